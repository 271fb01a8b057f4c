"""Check-in operations: add, remove and replace, each undone by its inverse, refused at limits."""

from __future__ import annotations

from datetime import date

import pytest

from planner_gui.domain.editing.checkins import AddCheckIn, RemoveCheckIn, ReplaceCheckIn
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.limits import MAX_CHECKINS, MAX_NOTE_CHARS
from planner_gui.domain.models import CheckIn
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

NAME_OF = editing_catalog().name_of


def _checkin(day: int, **answers: object) -> CheckIn:
    return CheckIn.model_validate({"date": date(2026, 1, day), **answers}, strict=False)


def test_add_appends_or_inserts_and_its_inverse_removes() -> None:
    program = editing_program(2)
    original = program.model_copy(deep=True)
    add = AddCheckIn(_checkin(6, pain="doms"))
    assert add.describe(program, NAME_OF) == "Add check-in of 2026-01-06"
    inverse = add.apply(program)
    assert inverse == RemoveCheckIn(0)
    first = AddCheckIn(_checkin(5, pain="sharp"), position=0).apply(program)
    assert [c.date.day for c in program.checkins] == [5, 6]
    assert first.describe(program, NAME_OF) == "Remove check-in of 2026-01-05"
    again = first.apply(program)
    inverse.apply(program)
    assert program == original
    again.apply(program)
    assert [c.pain for c in program.checkins] == ["sharp"]


def test_the_added_check_in_is_a_copy() -> None:
    program = editing_program(1)
    checkin = _checkin(6, red_flags=["night-pain"])
    AddCheckIn(checkin).apply(program)
    checkin.red_flags.append("fever-chills")
    assert program.checkins[0].red_flags == ["night-pain"]


def test_replace_and_remove_are_undone_exactly() -> None:
    program = editing_program(1)
    AddCheckIn(_checkin(6, pain="doms", pain_score=3)).apply(program)
    before = program.model_copy(deep=True)
    edit = ReplaceCheckIn(0, _checkin(6, pain="doms", pain_score=6, cleared=True))
    assert edit.describe(program, NAME_OF) == "Edit check-in of 2026-01-06"
    undo = edit.apply(program)
    assert program.checkins[0].pain_score == 6
    undo.apply(program)
    assert program == before
    removed = RemoveCheckIn(0).apply(program)
    assert program.checkins == []
    removed.apply(program)
    assert program == before


def test_refused_past_the_limits_leaving_the_plan_as_it_was() -> None:
    program = editing_program(1)
    long_note = _checkin(6)
    object.__setattr__(long_note, "note", "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(EditRefused, match=r"checkins\[0\]\.note"):
        AddCheckIn(long_note).apply(program)
    assert program.checkins == []
    program.checkins = [_checkin(6) for _ in range(MAX_CHECKINS)]
    with pytest.raises(EditRefused, match="a plan may have at most 1,000"):
        AddCheckIn(_checkin(7)).apply(program)
    assert len(program.checkins) == MAX_CHECKINS
    with pytest.raises(EditRefused):
        ReplaceCheckIn(0, long_note).apply(program)
    assert program.checkins[0].note == ""
