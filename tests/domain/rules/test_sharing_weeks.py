"""What sharing between weeks must not change: a rule that decides each distinct pair of weeks
once (by their session keys) still reports every week where the pair recurs, in that week's
words, and tells apart weeks that differ."""

from __future__ import annotations

from typing import Any

from benchmarks.bench_check import _catalog, build_program
from planner_gui.domain.checker import check_program
from planner_gui.domain.metrics import program_metrics
from planner_gui.domain.rules.context import CheckContext
from tests.support.plans import PlanBuilder


def _week(make: PlanBuilder, sets: int) -> dict[str, Any]:
    session = make.session(
        "mon",
        "Lower A",
        main=[make.item("deadlift", sets, reps=5, load=80)],
        core=[],
        glute=[],
        mobility=[],
    )
    return make.week(session)


def test_po108_reports_each_recurring_rise_at_its_own_week(make: PlanBuilder) -> None:
    # Weeks 1, 3 and 5 are equal, and weeks 2 and 4: the rise from 3 to 6 sets comes twice.
    program = make.plan(*(_week(make, 6 if index % 2 else 3) for index in range(5)))
    keys = CheckContext(program, make.catalog).week_keys
    assert keys[0] == keys[2] == keys[4] and keys[1] == keys[3] and keys[0] != keys[1]
    found = make.check(program, "PO108")
    assert [finding.week for finding in found] == [2, 4]
    first, second = (finding.message for finding in found)
    assert "week 1" in first and "week 2" in first
    assert "week 3" in second and "week 4" in second
    # Past the weeks it names, the finding is the same: the same muscles, sets and advice.
    assert first.split(" for the ", 1)[1] == second.split(" for the ", 1)[1]


def test_po108_tells_apart_weeks_whose_sets_differ(make: PlanBuilder) -> None:
    # Week 4 has one set more than week 2: 3 -> 5 sets is no finding, 3 -> 6 is.
    program = make.plan(_week(make, 3), _week(make, 4), _week(make, 3), _week(make, 6))
    assert [finding.week for finding in make.check(program, "PO108")] == [4]


def test_repeated_weeks_share_stats_that_a_check_leaves_as_plain_metrics_have_them() -> None:
    """Repeated weeks share their ExerciseWeek objects; every rule only reads them, so after a
    full check they still equal metrics summed item by item, week by week."""
    program, catalog = build_program(12), _catalog()
    context = CheckContext(program, catalog)
    shared = context.metrics
    assert shared.weeks[6].exercises["deadlift"] is shared.weeks[0].exercises["deadlift"]
    assert shared.weeks[6].exercises is not shared.weeks[0].exercises
    check_program(program, catalog, metrics=shared)
    plain = program_metrics(program, catalog)
    for ours, theirs in zip(shared.weeks, plain.weeks, strict=True):
        assert ours.exercises == theirs.exercises
        assert ours.sets_per_muscle == theirs.sets_per_muscle
