"""Plan files: what loads, what is refused (and how it is worded), migration, atomic save."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner_gui.domain import formats
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan, plan_to_bytes, save_plan
from planner_gui.domain.models import Exercise, Program, blank_program
from tests.support.bad_files import BAD_FILES
from tests.support.plan_files import CUSTOM_EXERCISE, VALID_PLAN, plan, with_item


def write(tmp_path: Path, data: object, name: str = "plan.brace.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def catalog_with(*ids: str) -> Catalog:
    return Catalog(
        Exercise(
            id=i,
            name=i.replace("-", " ").title(),
            category="strength",
            pattern="hinge",
            muscles=["glutes"],
            dose="reps",
        )
        for i in ids
    )


def test_valid_plan_loads_with_its_values(tmp_path: Path) -> None:
    program = load_plan(write(tmp_path, VALID_PLAN))
    session = program.weeks[0].sessions[0]
    assert program.start_date == date(2026, 1, 5)
    assert [block.kind for block in session.blocks] == ["warmup", "main", "core"]
    item = session.blocks[1].items[0]
    assert (item.exercise, item.sets, item.reps, item.load, item.rest_s) == (
        "deadlift",
        3,
        5,
        80,
        150,
    )
    assert session.session_load == 360
    assert program.checkins[0].pain == "doms"


def test_optional_fields_take_documented_defaults(tmp_path: Path) -> None:
    minimal = {"format": "brace-plan", "version": 1, "start_date": "2026-01-05", "weeks": []}
    program = load_plan(write(tmp_path, minimal))
    assert (program.title, program.athlete, program.units) == ("Untitled program", "", "kg")
    assert program.exercises == [] and program.checkins == [] and program.rules == {}


def test_save_then_load_gives_the_same_program(tmp_path: Path) -> None:
    original = load_plan(write(tmp_path, VALID_PLAN))
    target = tmp_path / "copy.brace.json"
    save_plan(original, target)
    assert load_plan(target) == original
    assert plan_to_bytes(load_plan(target)) == target.read_bytes()


def test_saved_file_is_readable_json_with_format_first(tmp_path: Path) -> None:
    target = tmp_path / "new.brace.json"
    save_plan(blank_program(date(2026, 3, 2), weeks=2), target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "brace-plan",\n  "version": 3,')
    assert text.endswith("\n")


def test_unicode_names_survive_a_round_trip(tmp_path: Path) -> None:
    source = write(tmp_path, plan(athlete="Zoë Łukasiewicz", title="Søren's <b>plan</b> & co"))
    target = tmp_path / "out.brace.json"
    save_plan(load_plan(source), target)
    assert "Zoë Łukasiewicz" in target.read_text(encoding="utf-8")
    assert load_plan(target).title == "Søren's <b>plan</b> & co"


def test_implausible_but_possible_values_load(tmp_path: Path) -> None:
    program = load_plan(write(tmp_path, with_item(sets=15, load=650, exercise="no-such-lift")))
    item = program.weeks[0].sessions[0].blocks[1].items[0]
    assert (item.sets, item.load, item.exercise) == (15, 650, "no-such-lift")


def test_blocks_are_put_in_session_order(tmp_path: Path) -> None:
    data = plan()
    data["weeks"][0]["sessions"][0]["blocks"].reverse()
    program = load_plan(write(tmp_path, data))
    assert [b.kind for b in program.weeks[0].sessions[0].blocks] == ["warmup", "main", "core"]


@pytest.mark.parametrize(("name", "content", "fragments"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_is_refused_with_one_located_line(
    tmp_path: Path, name: str, content: bytes, fragments: tuple[str, ...]
) -> None:
    path = write(tmp_path, content, f"{name}.brace.json")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path, catalog_with("deadlift"))
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_gallery_has_at_least_thirty_bad_files() -> None:
    assert len(BAD_FILES) >= 30


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no such file"):
        load_plan(tmp_path / "absent.brace.json")
    with pytest.raises(PlanFileError, match="is a folder"):
        load_plan(tmp_path)


def test_custom_exercise_merges_with_the_catalog(tmp_path: Path) -> None:
    catalog = catalog_with("deadlift")
    program = load_plan(write(tmp_path, plan(exercises=[CUSTOM_EXERCISE])), catalog)
    merged = catalog.with_custom(program.exercises)
    assert "towel-row" in merged and "deadlift" in merged
    assert "towel-row" not in catalog


def test_custom_exercise_reusing_a_catalog_id_names_both(tmp_path: Path) -> None:
    clash = CUSTOM_EXERCISE | {"id": "deadlift", "name": "My deadlift"}
    with pytest.raises(PlanFileError) as caught:
        load_plan(write(tmp_path, plan(exercises=[clash])), catalog_with("deadlift"))
    message = str(caught.value)
    assert ": exercise 1 (deadlift): id: custom exercise" in message
    assert "'My deadlift'" in message and "'Deadlift'" in message


def test_newer_version_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match=r"newer Brace Planner \(file version 4"):
        load_plan(write(tmp_path, plan(version=4)))


def test_older_version_is_migrated_step_by_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A future version 2 that renamed `athlete` would upgrade version-1 files on load."""
    monkeypatch.setattr(formats, "CURRENT_VERSION", 2)

    def one_to_two(raw: dict[str, object]) -> dict[str, object]:
        raw["title"] = f"{raw['title']} (migrated)"
        return raw

    monkeypatch.setitem(formats.MIGRATIONS, 1, one_to_two)
    program = load_plan(write(tmp_path, VALID_PLAN))
    assert program.version == 2
    assert program.title == "Back-friendly strength (migrated)"


def test_version_without_a_migration_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formats, "CURRENT_VERSION", 3)
    monkeypatch.setitem(formats.MIGRATIONS, 1, lambda raw: raw)
    monkeypatch.delitem(formats.MIGRATIONS, 2)
    with pytest.raises(PlanFileError, match="file version 2 is not supported"):
        load_plan(write(tmp_path, VALID_PLAN))


def test_failure_during_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write(tmp_path, VALID_PLAN)
    before = target.read_bytes()
    changed = load_plan(target).model_copy(update={"title": "Changed"})

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_plan(changed, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_failure_mid_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write(tmp_path, VALID_PLAN)
    before = target.read_bytes()
    program = load_plan(target)

    def half_written(_program: Program) -> bytes:
        raise RuntimeError("serialiser crashed")

    real_replace = os.replace
    calls: list[tuple[str, str]] = []

    def crashing_replace(src: str, dst: str) -> None:
        calls.append((src, dst))
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", crashing_replace)
    with pytest.raises(OSError, match="I/O error"):
        save_plan(program, target)
    monkeypatch.setattr(os, "replace", real_replace)
    assert calls, "save must go through a rename"
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_session_dates_follow_start_date() -> None:
    program = blank_program(date(2026, 1, 5), weeks=3)  # a Monday
    assert program.session_date(0, "mon") == date(2026, 1, 5)
    assert program.session_date(0, "fri") == date(2026, 1, 9)
    assert program.session_date(2, "wed") == date(2026, 1, 21)
    assert program.end_date == date(2026, 1, 25)


def test_session_dates_when_the_program_starts_midweek() -> None:
    program = blank_program(date(2026, 1, 7), weeks=2)  # a Wednesday
    assert program.session_date(0, "wed") == date(2026, 1, 7)
    assert program.session_date(0, "mon") == date(2026, 1, 12)
    assert program.session_date(1, "tue") == date(2026, 1, 20)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=300))
def test_random_bytes_never_escape_as_anything_but_a_plan_error(
    tmp_path: Path, junk: bytes
) -> None:
    path = write(tmp_path, junk, "junk.brace.json")
    with pytest.raises(PlanFileError):
        load_plan(path)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=2),
    )
)
def test_any_value_for_sets_loads_or_is_refused_cleanly(tmp_path: Path, value: object) -> None:
    path = write(tmp_path, json.dumps(with_item(sets=value), allow_nan=True).encode())
    try:
        program = load_plan(path)
    except PlanFileError as error:
        assert "\n" not in str(error)
    else:
        sets = program.weeks[0].sessions[0].blocks[1].items[0].sets
        assert isinstance(sets, int) and 1 <= sets <= 1_000_000
