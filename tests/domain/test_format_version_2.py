"""Plan file version 2: its new fields, and every version-1 file loading through migration."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import CURRENT_VERSION, load_plan, plan_to_bytes
from tests.support.bad_files import BAD_FILES
from tests.support.plan_files import VALID_PLAN

#: The bundled templates as they were before they were rewritten as version 2 files.
VERSION_1_DIR = Path(__file__).parents[1] / "support" / "version_1"

#: Every version-1 plan the test data holds.
VERSION_1_FILES: list[tuple[str, bytes]] = [
    ("valid-plan", json.dumps(VALID_PLAN).encode()),
    *[(path.name, path.read_bytes()) for path in sorted(VERSION_1_DIR.glob("*.brace.json"))],
]


def write(tmp_path: Path, data: dict[str, Any] | bytes) -> Path:
    path = tmp_path / "plan.brace.json"
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def version_2(**item_fields: Any) -> dict[str, Any]:
    raw = copy.deepcopy(VALID_PLAN)
    raw["version"] = 2
    raw["weeks"][0]["sessions"][0]["blocks"][1]["items"][0].update(item_fields)
    return raw


def test_this_program_reads_version_2_and_writes_a_later_version() -> None:
    assert CURRENT_VERSION > 2  # version 3 is tested in test_format_version_3.py


@pytest.mark.parametrize(("name", "data"), VERSION_1_FILES, ids=[n for n, _ in VERSION_1_FILES])
def test_every_version_1_file_loads_through_migration_and_saves_as_the_current_version(
    tmp_path: Path, name: str, data: bytes
) -> None:
    assert json.loads(data)["version"] == 1, name
    program = load_plan(write(tmp_path, data))
    assert program.version == CURRENT_VERSION
    saved = json.loads(plan_to_bytes(program))
    assert saved["version"] == CURRENT_VERSION
    again = load_plan(write(tmp_path, plan_to_bytes(program)))
    assert again == program


def test_version_1_files_in_the_bad_file_gallery_are_still_judged_after_migration(
    tmp_path: Path,
) -> None:
    """Migration must not make a bad version-1 file acceptable."""
    for name, data, _ in BAD_FILES:
        path = tmp_path / f"{name}.brace.json"
        path.write_bytes(data)
        with pytest.raises(PlanFileError):
            load_plan(path)


def test_ramp_up_sets_load_in_order(tmp_path: Path) -> None:
    ramp = [{"pct": 40, "reps": 5}, {"pct": 60, "reps": 3}, {"pct": 80, "reps": 2}]
    program = load_plan(write(tmp_path, version_2(ramp=ramp)))
    item = program.weeks[0].sessions[0].blocks[1].items[0]
    assert [(step.pct, step.reps) for step in item.ramp] == [(40, 5), (60, 3), (80, 2)]
    assert (
        json.loads(plan_to_bytes(program))["weeks"][0]["sessions"][0]["blocks"][1]["items"][0][
            "ramp"
        ]
        == ramp
    )


@pytest.mark.parametrize(
    ("ramp", "words"),
    [
        ([{"pct": 60, "reps": 3}, {"pct": 40, "reps": 5}], "must rise"),
        ([{"pct": 50, "reps": 3}, {"pct": 50, "reps": 3}], "must rise"),
        ([{"pct": 100, "reps": 3}], "must be at most 99"),
        ([{"pct": 0, "reps": 3}], "must be at least 1"),
        ([{"pct": 40, "reps": 0}], "must be at least 1"),
        ([{"pct": 40}], "reps"),
    ],
)
def test_impossible_ramps_are_refused_at_their_place(
    tmp_path: Path, ramp: list[dict[str, int]], words: str
) -> None:
    with pytest.raises(PlanFileError) as refused:
        load_plan(write(tmp_path, version_2(ramp=ramp)))
    message = str(refused.value)
    assert "week 1, session 1 (Lower A), main block, item 1" in message and "ramp" in message
    assert words in message
    assert "\n" not in message


def test_check_in_fields_of_version_2_load(tmp_path: Path) -> None:
    raw = version_2()
    raw["checkins"] = [
        {
            "date": "2026-01-06",
            "pain": "sharp",
            "pain_score": 6,
            "onset": "during",
            "eases_with_movement": False,
            "red_flags": ["pain-at-rest", "gait-change", "worsening-after-72h"],
            "cleared": True,
        }
    ]
    checkin = load_plan(write(tmp_path, raw)).checkins[0]
    assert (checkin.pain_score, checkin.onset, checkin.eases_with_movement, checkin.cleared) == (
        6,
        "during",
        False,
        True,
    )
    assert checkin.red_flags == ["pain-at-rest", "gait-change", "worsening-after-72h"]


@pytest.mark.parametrize(
    ("field", "value"), [("pain_score", 11), ("pain_score", -1), ("onset", "yesterday")]
)
def test_impossible_check_in_answers_are_refused(tmp_path: Path, field: str, value: object) -> None:
    raw = version_2()
    raw["checkins"] = [{"date": "2026-01-06", field: value}]
    with pytest.raises(PlanFileError, match=rf"check-in 1 \(2026-01-06\): {field} "):
        load_plan(write(tmp_path, raw))


def test_load_steps_per_equipment(tmp_path: Path) -> None:
    raw = version_2()
    raw["load_steps"] = {"dumbbell": 2.5, "kettlebell": 2}
    program = load_plan(write(tmp_path, raw))
    assert program.load_steps == {"dumbbell": 2.5, "kettlebell": 2}
    raw["load_steps"] = {"sandbag": 5}
    with pytest.raises(PlanFileError, match=r"load_steps"):
        load_plan(write(tmp_path, raw))
