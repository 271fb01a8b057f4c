"""Weekly progression one variable at a time, deload weeks, and copies that share nothing."""

from __future__ import annotations

from planner_gui.domain.generator.progression import (
    LiftPlan,
    advanced_week,
    copied_week,
    deload_of,
    deload_weeks,
)
from planner_gui.domain.models import Block, Item, RampSet, Session, Week


def test_linear_adds_one_loadable_step_within_ten_percent() -> None:
    plan = LiftPlan("linear", 5, 8, "barbell")
    item = Item(exercise="back-squat", sets=3, reps=5, load=60.0)
    assert plan.advance(item).load == 62.5
    assert plan.advance(item).reps == 5


def test_linear_turns_to_reps_when_a_step_is_over_ten_percent() -> None:
    plan = LiftPlan("linear", 5, 8, "dumbbell")  # 2 kg steps on 12 kg: 16.7 %
    item = Item(exercise="goblet-squat", sets=3, reps=5, load=12.0)
    steps = [item]
    for _ in range(4):
        steps.append(plan.advance(steps[-1]))
    assert [(s.reps, s.load) for s in steps] == [(5, 12), (6, 12), (7, 12), (8, 12), (5, 14)]


def test_double_progression_then_load_and_bodyweight_stays_at_the_top() -> None:
    plan = LiftPlan("double", 8, 10, "barbell")
    item = Item(exercise="bench-press", sets=3, reps=8, load=50.0)
    states = [item]
    for _ in range(3):
        states.append(plan.advance(states[-1]))
    assert [(s.reps, s.load) for s in states] == [(8, 50), (9, 50), (10, 50), (8, 52.5)]
    bodyweight = Item(exercise="push-up", sets=3, reps=10)
    assert LiftPlan("double", 8, 10, None).advance(bodyweight) == bodyweight


def test_deloads_every_fourth_week_or_at_the_end_of_a_short_program() -> None:
    assert deload_weeks(1) == frozenset()
    assert deload_weeks(2) == {1}
    assert deload_weeks(3) == {2}
    assert deload_weeks(4) == {3}
    assert deload_weeks(13) == {3, 7, 11}


def _week() -> Week:
    main = Item(
        exercise="deadlift", sets=5, reps=5, load=100.0, rpe=8, ramp=[RampSet(pct=50, reps=5)]
    )
    core = Item(exercise="dead-bug", sets=3, reps=8)
    mobility = Item(exercise="childs-pose", sets=2, hold_s=30)
    return Week(
        sessions=[
            Session(
                day="mon",
                rpe=7,
                duration_min=60,
                blocks=[
                    Block(kind="main", items=[main]),
                    Block(kind="core", items=[core]),
                    Block(kind="mobility", items=[mobility]),
                ],
            )
        ]
    )


def test_a_deload_cuts_working_sets_and_effort_and_keeps_loads() -> None:
    week = _week()
    deload = deload_of(week)
    assert deload.deload
    main, core, mobility = (block.items[0] for block in deload.sessions[0].blocks)
    assert (main.sets, main.load, main.rpe) == (3, 100.0, 7)
    assert core.sets == 2
    assert mobility.sets == 2  # not a working block
    assert deload.sessions[0].rpe == 5
    assert week == _week()  # the week it came from is untouched


def test_copies_share_no_object() -> None:
    week = _week()
    copy = copied_week(week)
    assert copy == week
    first = copy.sessions[0].blocks[0].items[0]
    assert first is not week.sessions[0].blocks[0].items[0]
    assert first.ramp[0] is not week.sessions[0].blocks[0].items[0].ramp[0]
    assert copy.sessions[0].blocks is not week.sessions[0].blocks
    later = advanced_week(week, {(0, 0): LiftPlan("linear", 5, 8, "barbell")})
    assert later.sessions[0].blocks[0].items[0].load == 102.5
    assert week == _week()
