"""Where a finding points, worded for the CLI (long) and for narrow columns (short)."""

import dataclasses

import pytest

from planner_gui.domain.findings import Finding


def test_place_long_and_short_forms() -> None:
    finding = Finding(
        "PO101",
        "warning",
        "m",
        week=3,
        day="wed",
        session="Lower B",
        block="main",
        exercise="deadlift",
    )
    assert finding.place() == "week 3 · Wed · Lower B · deadlift"
    assert finding.place(short=True) == "W3 · Wed · Lower B · Main lifts"


def test_plan_wide_finding_has_no_place() -> None:
    assert Finding("DA502", "error", "m").place() == ""
    assert Finding("PO105", "warning", "m", week=7).place(short=True) == "W7"


def test_finding_built_in_one_store_is_still_a_frozen_dataclass() -> None:
    """Finding's own __init__ (one store, for speed) keeps the dataclass behaviour callers
    rely on: defaults, keywords, equality, hashing, replace, asdict and frozen fields."""
    full = Finding("PO101", "warning", "m", 2, "mon", "Lower", "main", "deadlift", 0, 1)
    keywords = Finding(
        code="PO101",
        severity="warning",
        message="m",
        week=2,
        day="mon",
        session="Lower",
        block="main",
        exercise="deadlift",
        session_index=0,
        item_index=1,
    )
    assert full == keywords and hash(full) == hash(keywords)
    assert Finding("DA502", "error", "x").week is None
    assert dataclasses.replace(full, week=3).week == 3
    assert dataclasses.asdict(full)["item_index"] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        full.week = 4  # type: ignore[misc]
