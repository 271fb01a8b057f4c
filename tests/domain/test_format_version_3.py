"""Plan file version 3: notes on a session, and every version-1 and version-2 file loading
through migration (the bundled templates as they were at version 2 are kept in
tests/support/version_2)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import CURRENT_VERSION, MIGRATIONS, load_plan, plan_to_bytes
from planner_gui.domain.limits import MAX_NOTE_CHARS
from tests.support.plan_files import VALID_PLAN

SUPPORT = Path(__file__).parents[1] / "support"
OLDER_FILES: list[tuple[str, bytes]] = [
    (f"{folder}/{path.name}", path.read_bytes())
    for folder in ("version_1", "version_2")
    for path in sorted((SUPPORT / folder).glob("*.brace.json"))
]


def write(tmp_path: Path, data: dict[str, Any] | bytes) -> Path:
    path = tmp_path / "plan.brace.json"
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def with_session_notes(version: int, notes: object) -> dict[str, Any]:
    raw = copy.deepcopy(VALID_PLAN)
    raw["version"] = version
    raw["weeks"][0]["sessions"][0]["notes"] = notes
    return raw


def test_this_program_writes_version_3_and_migrates_2_to_3() -> None:
    assert CURRENT_VERSION == 3
    assert sorted(MIGRATIONS) == [1, 2]


@pytest.mark.parametrize(("name", "data"), OLDER_FILES, ids=[n for n, _ in OLDER_FILES])
def test_every_older_file_loads_and_saves_as_version_3_unchanged_otherwise(
    tmp_path: Path, name: str, data: bytes
) -> None:
    raw = json.loads(data)
    assert raw["version"] in (1, 2), name
    program = load_plan(write(tmp_path, data))
    assert program.version == 3
    saved = json.loads(plan_to_bytes(program))
    assert saved["version"] == 3
    assert all(not s.notes for week in program.weeks for s in week.sessions)
    if raw["version"] == 2:
        assert saved == raw | {"version": 3}  # the migration is the identity
    assert load_plan(write(tmp_path, plan_to_bytes(program))) == program


def test_session_notes_load_and_save_and_empty_ones_are_left_out(tmp_path: Path) -> None:
    program = load_plan(write(tmp_path, with_session_notes(3, "Go easy if the back is stiff")))
    assert program.weeks[0].sessions[0].notes == "Go easy if the back is stiff"
    saved = json.loads(plan_to_bytes(program))
    assert saved["weeks"][0]["sessions"][0]["notes"] == "Go easy if the back is stiff"
    program.weeks[0].sessions[0].notes = ""
    assert "notes" not in json.loads(plan_to_bytes(program))["weeks"][0]["sessions"][0]


def test_session_notes_are_bounded_like_other_notes(tmp_path: Path) -> None:
    too_long = "x" * (MAX_NOTE_CHARS + 1)
    with pytest.raises(PlanFileError, match=r"week 1, session 1 \(Lower A\): notes "):
        load_plan(write(tmp_path, with_session_notes(3, too_long)))
    with pytest.raises(PlanFileError, match="notes"):
        load_plan(write(tmp_path, with_session_notes(3, 5)))


def test_a_version_2_file_is_read_with_the_version_3_models(tmp_path: Path) -> None:
    """Migration 2 -> 3 is the identity: a version-2 file is read as version 3 reads it."""
    program = load_plan(write(tmp_path, with_session_notes(2, "hello")))
    assert program.weeks[0].sessions[0].notes == "hello"
