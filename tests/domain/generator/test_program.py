"""A generated program: deterministic, its own objects, progressing one variable at a time,
lighter in deload weeks, and loading again from its file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner_gui.domain.formats import parse_plan, plan_to_bytes
from planner_gui.domain.generator.program import generate, generate_program
from planner_gui.domain.generator.request import ProgramRequest, RequestError
from planner_gui.domain.models import Program
from tests.support.builders import catalog, kit


def _request(**changes: object) -> ProgramRequest:
    base: dict[str, object] = {
        "weeks": 8,
        "days": ("mon", "wed", "fri"),
        "level": "intermediate",
        "goal": "strength",
        "start": date(2026, 1, 5),
        "equipment": kit("gym"),
        "athlete": "Sam Example",
    }
    return ProgramRequest(**(base | changes))  # type: ignore[arg-type]


def _main(
    plan: Program, week: int, session: int
) -> list[tuple[str, int, int | None, float | None]]:
    block = plan.weeks[week].sessions[session].block("main")
    assert block is not None
    return [(i.exercise, i.sets, i.reps, i.load) for i in block.items]


def test_the_same_request_gives_the_same_program_and_loads_again() -> None:
    plan = generate_program(_request(), catalog())
    assert generate_program(_request(), catalog()) == plan
    again = parse_plan(json.loads(plan_to_bytes(plan)), "generated.brace.json", catalog())
    assert again == plan
    assert (plan.athlete, plan.start_date, len(plan.weeks)) == ("Sam Example", date(2026, 1, 5), 8)
    assert plan.title == "Strength, 8 weeks, 3 days a week"


def test_programs_share_nothing_with_each_other() -> None:
    first = generate_program(_request(), catalog())
    first.weeks[0].sessions[0].blocks[0].items[0].sets = 9
    first.weeks[0].sessions[0].name = "changed"
    second = generate_program(_request(), catalog())
    assert second.weeks[0].sessions[0].name != "changed"
    assert second.weeks[0].sessions[0].blocks[0].items[0].sets != 9
    objects = {id(item) for week in second.weeks for s in week.sessions for _, item in s.items()}
    items = sum(len(s.items()) for week in second.weeks for s in week.sessions)
    assert len(objects) == items  # no item is shared between weeks


def test_another_seed_varies_the_choice() -> None:
    plain = generate_program(_request(), catalog())
    varied = {
        tuple(
            i.exercise
            for s in generate_program(_request(seed=s), catalog()).weeks[0].sessions
            for _, i in s.items()
        )
        for s in range(1, 8)
    }
    assert len(varied) > 1
    assert generate_program(_request(seed=3), catalog()) == generate_program(
        _request(seed=3), catalog()
    )
    assert plain.weeks[0].sessions  # seedless is the best fit, still a program


def test_one_variable_at_a_time_and_the_deload_in_between() -> None:
    plan = generate_program(_request(), catalog())
    assert [week.deload for week in plan.weeks] == [False, False, False, True] * 2
    for before, after in ((0, 1), (1, 2), (2, 4)):  # week 5 goes on from week 3
        for old, new in zip(_main(plan, before, 0), _main(plan, after, 0), strict=True):
            assert old[1] == new[1]  # sets stay
            rises = (new[2] or 0) > (old[2] or 0), (new[3] or 0) > (old[3] or 0)
            assert sum(rises) == 1, (old, new)
    deload, base = plan.weeks[3], plan.weeks[2]
    for session, normal in zip(deload.sessions, base.sessions, strict=True):
        assert (session.rpe or 0) < (normal.rpe or 0)
        assert _main(plan, 3, 0)[0][3] == _main(plan, 2, 0)[0][3]  # the same loads
    assert sum(i.sets for s in deload.sessions for _, i in s.items()) < sum(
        i.sets for s in base.sessions for _, i in s.items()
    )
    assert "Deload" in deload.notes
    assert plan.weeks[0].notes.startswith("Generated for an intermediate lifter")
    assert plan.weeks[0].notes.endswith("Weeks 4 and 8 are deloads.")
    short = generate_program(_request(weeks=3), catalog())
    assert short.weeks[0].notes.endswith("Week 3 is a deload.")
    assert [week.deload for week in short.weeks] == [False, False, True]


def test_the_week_has_squat_and_hinge_and_one_lighter_session() -> None:
    plan = generate_program(_request(), catalog())
    week = plan.weeks[0]
    patterns = {
        catalog().get(item.exercise).pattern  # type: ignore[union-attr]
        for session in week.sessions
        for item in session.block("main").items  # type: ignore[union-attr]
    }
    assert {"squat", "hinge"} <= patterns
    loads = [session.session_load for session in week.sessions]
    assert loads[-1] == min(loads) and loads.count(min(loads)) == 1
    assert week.sessions[-1].name.endswith("(lighter)")


def test_every_item_of_week_one_has_a_reason() -> None:
    result = generate(_request(), catalog())
    week = result.program.weeks[0]
    for position, session in enumerate(week.sessions):
        for block in session.blocks:
            for row, _ in enumerate(block.items):
                reason = result.reasons[(position, block.kind, row)]
                assert reason and "\n" not in reason


def test_a_bad_request_is_refused() -> None:
    with pytest.raises(RequestError) as refused:
        generate_program(_request(weeks=60), catalog())
    assert refused.value.field == "weeks"
