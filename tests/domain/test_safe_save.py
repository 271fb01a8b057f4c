"""Saving only what loads again, and noticing a file someone else wrote (domain/safe_save.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner_gui.domain import safe_save
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan, plan_to_bytes, save_plan
from planner_gui.domain.models import Item, Program
from planner_gui.domain.safe_save import (
    FileStamp,
    checked_plan_bytes,
    file_stamp,
    save_plan_checked,
)
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


def with_load(program: Program, load: float) -> Program:
    """`program` with its first main item's load set past validation."""
    poked = program.model_copy(deep=True)
    block = poked.weeks[0].sessions[0].blocks[1]
    block.items[0] = Item.model_construct(**{**dict(block.items[0]), "load": load})
    return poked


def test_a_valid_plan_gives_the_bytes_it_is_saved_as(tmp_path: Path) -> None:
    program = window_program()
    data = checked_plan_bytes(program, tmp_path / "plan.brace.json", window_catalog())
    assert data == plan_to_bytes(program)
    save_plan_checked(program, tmp_path / "plan.brace.json", window_catalog())
    assert load_plan(tmp_path / "plan.brace.json") == program


@pytest.mark.parametrize(
    ("load", "reason"),
    [(10**9, "must be at most 1,000,000"), (-5.0, "must be at least 0")],
)
def test_a_plan_that_would_not_load_is_refused_with_its_place(
    tmp_path: Path, load: float, reason: str
) -> None:
    path = tmp_path / "plan.brace.json"
    save_plan(window_program("Before"), path)
    before = path.read_bytes()
    with pytest.raises(PlanFileError) as caught:
        save_plan_checked(with_load(window_program(), load), path)
    assert caught.value.location == "weeks[0].sessions[0].blocks[1].items[0].load"
    assert caught.value.reason == reason
    assert str(caught.value).startswith(f"{path}: ")
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == [path]


def test_a_value_json_cannot_hold_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="cannot be written as JSON"):
        checked_plan_bytes(with_load(window_program(), float("nan")), tmp_path / "p.brace.json")


def test_a_plan_too_large_to_open_again_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = len(plan_to_bytes(window_program()))
    monkeypatch.setattr(safe_save, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(PlanFileError, match=f"would be {size:,} bytes"):
        checked_plan_bytes(window_program(), tmp_path / "p.brace.json")
    monkeypatch.setattr(safe_save, "MAX_FILE_BYTES", size)
    assert checked_plan_bytes(window_program(), tmp_path / "p.brace.json")


def test_a_stamp_changes_with_the_time_or_the_size(tmp_path: Path) -> None:
    path = tmp_path / "plan.brace.json"
    assert file_stamp(path) is None
    path.write_bytes(b"abc")
    stamp = file_stamp(path)
    assert stamp is not None
    assert stamp == FileStamp(path.stat().st_mtime_ns, 3)
    os.utime(path, ns=(stamp.mtime_ns, stamp.mtime_ns))
    assert file_stamp(path) == stamp
    os.utime(path, ns=(stamp.mtime_ns, stamp.mtime_ns + 1))
    assert file_stamp(path) != stamp
