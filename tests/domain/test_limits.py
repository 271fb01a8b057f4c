"""Limits at load (domain/limits.py): at each limit a plan loads; one past it is refused with
one line naming the place. Only regular files are read, never more than MAX_FILE_BYTES, and a
plan's dates stay inside LAST_PLAN_DATE."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan
from planner_gui.domain.jsonfile import read_regular_file
from planner_gui.domain.limits import (
    FIRST_PLAN_DATE,
    LAST_PLAN_DATE,
    MAX_CHECKINS,
    MAX_CUE_CHARS,
    MAX_CUES,
    MAX_CUSTOM_EXERCISES,
    MAX_FILE_BYTES,
    MAX_ITEMS,
    MAX_ITEMS_PER_BLOCK,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_NUMBER,
    MAX_SESSIONS_PER_DAY,
    MAX_SHORT_TEXT_CHARS,
    MAX_TAGS,
    MAX_TITLE_CHARS,
    MAX_WEEKS,
)
from planner_gui.domain.models import latest_start, plan_end_problem
from tests.support.limit_plans import dated_plan, items_in_all
from tests.support.plan_files import CUSTOM_EXERCISE, VALID_PLAN, plan

ITEM = "weeks[0].sessions[0].blocks[1].items[0]"
Build = Callable[[int], dict[str, Any]]


def write(tmp_path: Path, data: dict[str, Any] | bytes, name: str = "plan.brace.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode("utf-8"))
    return path


def _edited(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(VALID_PLAN)
    change(data)
    return data


def _item(data: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = data["weeks"][0]["sessions"][0]["blocks"][1]["items"][0]
    return item


def _weeks(count: int) -> dict[str, Any]:
    return plan(weeks=[{} for _ in range(count)])


def _sessions_on_monday(count: int) -> dict[str, Any]:
    session = VALID_PLAN["weeks"][0]["sessions"][0]
    return plan(weeks=[{"sessions": [copy.deepcopy(session) for _ in range(count)]}])


def _items_in_block(count: int) -> dict[str, Any]:
    def change(data: dict[str, Any]) -> None:
        items = data["weeks"][0]["sessions"][0]["blocks"][1]["items"]
        items[:] = [copy.deepcopy(items[0]) for _ in range(count)]

    return _edited(change)


def _checkins(count: int) -> dict[str, Any]:
    return plan(checkins=[{"date": "2026-01-06"} for _ in range(count)])


def _custom_exercises(count: int) -> dict[str, Any]:
    exercises = [dict(CUSTOM_EXERCISE, id=f"custom-{n}") for n in range(count)]
    return plan(exercises=exercises)


def _exercise_list(key: str, entry: str) -> Build:
    def build(count: int) -> dict[str, Any]:
        return plan(exercises=[dict(CUSTOM_EXERCISE, **{key: [entry] * count})])

    return build


def _red_flags(count: int) -> dict[str, Any]:
    return plan(checkins=[{"date": "2026-01-06", "red_flags": ["night-pain"] * count}])


#: (what, a plan with n of it, the limit, where the error is, what it says one past the limit)
COUNTS: list[tuple[str, Build, int, str, str]] = [
    ("weeks", _weeks, MAX_WEEKS, "weeks", "has 105 weeks; a plan may have at most 104"),
    (
        "sessions on a day",
        _sessions_on_monday,
        MAX_SESSIONS_PER_DAY,
        "weeks[0].sessions",
        "has 5 sessions on Monday; a day may have at most 4",
    ),
    (
        "exercises in a block",
        _items_in_block,
        MAX_ITEMS_PER_BLOCK,
        "weeks[0].sessions[0].blocks[1].items",
        "has 41 exercises; a block may have at most 40",
    ),
    (
        "exercises in all",
        items_in_all,
        MAX_ITEMS,
        "weeks",
        "has 50,001 exercises in all; a plan may have at most 50,000",
    ),
    (
        "check-ins",
        _checkins,
        MAX_CHECKINS,
        "checkins",
        "has 1,001 check-ins; a plan may have at most 1,000",
    ),
    (
        "custom exercises",
        _custom_exercises,
        MAX_CUSTOM_EXERCISES,
        "exercises",
        "has 501 custom exercises; a plan may have at most 500",
    ),
    (
        "cues",
        _exercise_list("cues", "Brace first"),
        MAX_CUES,
        "exercises[0].cues",
        "has 13 cues; an exercise may have at most 12",
    ),
    (
        "cautions",
        _exercise_list("cautions", "Stop if it hurts"),
        MAX_CUES,
        "exercises[0].cautions",
        "has 13 cautions; an exercise may have at most 12",
    ),
    (
        "muscles",
        _exercise_list("muscles", "glutes"),
        MAX_TAGS,
        "exercises[0].muscles",
        "has 31 muscles; an exercise may have at most 30",
    ),
    (
        "secondary muscles",
        _exercise_list("secondary_muscles", "glutes"),
        MAX_TAGS,
        "exercises[0].secondary_muscles",
        "has 31 muscles; an exercise may have at most 30",
    ),
    (
        "equipment",
        _exercise_list("equipment", "towel"),
        MAX_TAGS,
        "exercises[0].equipment",
        "has 31 pieces of equipment; an exercise may have at most 30",
    ),
    (
        "red flags",
        _red_flags,
        MAX_TAGS,
        "checkins[0].red_flags",
        "has 31 red flags; a check-in may have at most 30",
    ),
]


def _set(path: tuple[str | int, ...]) -> Callable[[object], dict[str, Any]]:
    def build(value: object) -> dict[str, Any]:
        data = plan(exercises=[dict(copy.deepcopy(CUSTOM_EXERCISE), equipment=["towel"])])
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return data

    return build


#: (a text field's place in the file, its limit in characters)
TEXTS: list[tuple[tuple[str | int, ...], int]] = [
    (("title",), MAX_TITLE_CHARS),
    (("athlete",), MAX_NAME_CHARS),
    (("weeks", 0, "notes"), MAX_NOTE_CHARS),
    (("weeks", 0, "sessions", 0, "name"), MAX_NAME_CHARS),
    (("weeks", 0, "sessions", 0, "blocks", 1, "items", 0, "note"), MAX_NOTE_CHARS),
    (("weeks", 0, "sessions", 0, "blocks", 1, "items", 0, "tempo"), MAX_SHORT_TEXT_CHARS),
    (("checkins", 0, "where"), MAX_SHORT_TEXT_CHARS),
    (("checkins", 0, "note"), MAX_NOTE_CHARS),
    (("checkins", 0, "after_exercise"), MAX_NAME_CHARS),
    (("exercises", 0, "name"), MAX_NAME_CHARS),
    (("exercises", 0, "cues", 0), MAX_CUE_CHARS),
    (("exercises", 0, "equipment", 0), MAX_SHORT_TEXT_CHARS),
]


def _place(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path).lstrip(".")


def _refusal(tmp_path: Path, data: dict[str, Any] | bytes) -> str:
    path = write(tmp_path, data)
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    # The limits are about the place and the reason: read them in the path form (0-based,
    # `weeks[0].notes`); how the line counts them for people is test_errors.py's business.
    error = caught.value
    assert message == f"{path}: {error.problem}"
    return f"{error.location}: {error.reason}" if error.location else error.reason


@pytest.mark.parametrize(
    ("what", "build", "limit", "where", "says"), COUNTS, ids=[c[0] for c in COUNTS]
)
def test_a_count_at_its_limit_loads_and_one_more_is_refused_at_its_place(
    tmp_path: Path, what: str, build: Build, limit: int, where: str, says: str
) -> None:
    load_plan(write(tmp_path, build(limit)))
    assert _refusal(tmp_path, build(limit + 1)) == f"{where}: {says}"


@pytest.mark.parametrize(("path", "limit"), TEXTS, ids=[_place(t[0]) for t in TEXTS])
def test_a_text_at_its_limit_loads_and_one_character_more_is_refused(
    tmp_path: Path, path: tuple[str | int, ...], limit: int
) -> None:
    build = _set(path)
    load_plan(write(tmp_path, build("é" * limit)))
    message = _refusal(tmp_path, build("é" * (limit + 1)))
    assert message == f"{_place(path)}: is too long (at most {limit} characters)"


def test_numbers_stop_at_a_million(tmp_path: Path) -> None:
    load_plan(write(tmp_path, _edited(lambda d: _item(d).update(reps=MAX_NUMBER))))
    message = _refusal(tmp_path, _edited(lambda d: _item(d).update(reps=MAX_NUMBER + 1)))
    assert message == f"{ITEM}.reps: must be at most 1,000,000"


# Files ---------------------------------------------------------------------------------------


def test_a_file_of_the_largest_size_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    body = json.dumps(VALID_PLAN).encode("utf-8")
    padded = body + b" " * (MAX_FILE_BYTES - len(body))
    assert len(padded) == MAX_FILE_BYTES
    assert load_plan(write(tmp_path, padded)).title == VALID_PLAN["title"]
    message = _refusal(tmp_path, padded + b" ")
    assert message == f"is too large to read ({MAX_FILE_BYTES + 1:,} bytes; the limit is 20 MB)"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_file_longer_than_its_size_says_is_still_read_only_to_the_limit() -> None:
    """Files in /proc report size 0 and hold more: the limit counts bytes read, not st_size."""
    with pytest.raises(PlanFileError, match=r"more than 10 bytes; the limit is 10 bytes"):
        read_regular_file(Path("/proc/self/status"), limit=10)


def _load_in_a_subprocess(path: Path) -> subprocess.CompletedProcess[str]:
    """Load `path` in a child with a 10 s timeout and 1 GB of memory: a regression (a blocking
    open, an endless read) fails the test instead of hanging or swamping the suite."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from planner_gui.domain.errors import PlanFileError\n"
        "from planner_gui.domain.formats import load_plan\n"
        "try:\n"
        "    load_plan(sys.argv[1])\n"
        "except PlanFileError as error:\n"
        "    print(error)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=10
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.brace.json"
    os.mkfifo(fifo)
    result = _load_in_a_subprocess(fifo)
    assert result.stdout.strip() == f"{fifo}: is not a regular file (a pipe)", result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_command_line_refuses_a_fifo_too(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.brace.json"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "planner_gui", "check", str(fifo)],
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert result.returncode == 2
    assert "is not a regular file (a pipe)" in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_without_reading_it(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    result = _load_in_a_subprocess(Path(device))
    assert result.stdout.strip() == f"{device}: is not a regular file (a device)", result.stderr


def test_a_link_to_a_plan_loads_and_a_folder_is_still_named(tmp_path: Path) -> None:
    target = write(tmp_path, VALID_PLAN, "real.brace.json")
    link = tmp_path / "link.brace.json"
    link.symlink_to(target)
    assert load_plan(link).title == VALID_PLAN["title"]
    with pytest.raises(PlanFileError, match="is a folder, not a file"):
        load_plan(tmp_path)


# Dates ---------------------------------------------------------------------------------------


def test_a_plan_whose_last_week_passes_the_last_date_is_refused(tmp_path: Path) -> None:
    """The issue's plan: 9999-12-20 with two weeks (a Sunday session in the last week of 9999)
    checked fine, then export died with OverflowError."""
    message = _refusal(tmp_path, dated_plan("9999-12-20", 2))
    assert message == (
        "weeks: 2 weeks from 9999-12-20 end after 9999-12-24, the last day a plan may reach; "
        "start earlier or use fewer weeks"
    )


def test_start_and_check_in_dates_are_bounded(tmp_path: Path) -> None:
    assert _refusal(tmp_path, dated_plan("9999-12-31", 0)) == (
        "start_date: must be 9999-12-24 or earlier"
    )
    assert _refusal(tmp_path, dated_plan("2026-01-05", 1, checkin="9999-12-30")) == (
        "checkins[0].date: must be 9999-12-24 or earlier"
    )
    assert _refusal(tmp_path, dated_plan("0001-01-01", 0)) == (
        "start_date: must be 0001-01-08 or later"
    )
    assert _refusal(tmp_path, dated_plan("2026-01-05", 1, checkin="0001-01-07")) == (
        "checkins[0].date: must be 0001-01-08 or later"
    )


def test_a_plan_ending_on_the_last_date_loads(tmp_path: Path) -> None:
    program = load_plan(write(tmp_path, dated_plan("9999-12-11", 2, checkin="9999-12-24")))
    assert program.end_date == LAST_PLAN_DATE == program.session_date(1, "fri")
    assert load_plan(write(tmp_path, dated_plan("0001-01-08", 0, checkin="0001-01-08")))


def test_the_latest_start_is_the_last_date_less_the_plans_weeks() -> None:
    assert latest_start(2) == date(9999, 12, 11)
    assert latest_start(1) == date(9999, 12, 18)
    assert latest_start(0) == LAST_PLAN_DATE
    assert plan_end_problem(latest_start(52), 52) is None
    assert plan_end_problem(date.fromordinal(latest_start(52).toordinal() + 1), 52) is not None
    assert FIRST_PLAN_DATE < LAST_PLAN_DATE
