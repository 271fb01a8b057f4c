"""Print week… and Print session…: which part of the plan they name (no display needed)."""

from __future__ import annotations

from planner_gui.domain.print_part import PrintPart
from tests.support.plans import window_program


def test_a_week_is_all_its_sessions_in_order() -> None:
    program = window_program(weeks=3)
    part = PrintPart(1)
    assert part.problem(program) is None
    assert [(index, s.name) for index, s in part.sessions(program)] == [
        (0, "Lower A"),
        (1, "Lower B"),
    ]
    assert part.label(program) == "week 2"


def test_a_session_is_that_session_alone() -> None:
    program = window_program(weeks=3)
    part = PrintPart(2, 1)
    assert part.problem(program) is None
    assert [(index, s.name) for index, s in part.sessions(program)] == [(1, "Lower B")]
    assert part.label(program) == "week 3, Lower B"


def test_a_part_outside_the_plan_says_what_is_missing() -> None:
    program = window_program(weeks=2)
    assert PrintPart(-1).problem(program) == "no week is selected"
    assert PrintPart(2).problem(program) == "no week is selected"
    assert PrintPart(0, -1).problem(program) == "no session is selected"
    assert PrintPart(0, 2).problem(program) == "no session is selected"
