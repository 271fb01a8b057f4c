"""Addressing items and sessions in a plan."""

from __future__ import annotations

import pytest

from planner_gui.domain.editing.paths import (
    ItemPath,
    block_items,
    item_at,
    session_at,
    session_label,
)
from planner_gui.domain.models import Session
from tests.support.plans import editing_program


def test_paths_read_items_sessions_and_blocks() -> None:
    program = editing_program()
    assert item_at(program, ItemPath(1, 0, "main", 0)).load == 82.5
    assert session_at(program, 0, 1).name == "Core and glutes"
    assert [i.exercise for i in block_items(program, 0, 0, "main")] == ["deadlift", "goblet-squat"]
    assert block_items(program, 0, 0, "cooldown") == []  # no such block yet
    with pytest.raises(IndexError, match="no cooldown block in week 1"):
        item_at(program, ItemPath(0, 0, "cooldown", 0))


def test_an_unnamed_session_is_called_after_its_day() -> None:
    assert session_label(Session(day="tue", name="Pull", blocks=[])) == "Pull"
    assert session_label(Session(day="tue", blocks=[])) == "Tuesday session"
