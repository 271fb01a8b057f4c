"""TI701–TI702: a session that takes longer than planned, and one with too many exercises."""

from __future__ import annotations

from typing import Any

from planner_gui.domain.timing import session_minutes
from tests.support.plans import PlanBuilder


def _timed(make: PlanBuilder, minutes: int, rest_s: int) -> Any:
    """One session of deadlifts only: 30 s setup + 3 sets × 5 reps × 4 s + 2 rests."""
    lifts = [make.item("deadlift", 3, reps=5, load=80, rest_s=rest_s)]
    session = make.session(
        "mon", "Lower A", duration=minutes, warmup=[], core=[], glute=[], mobility=[], main=lifts
    )
    return make.plan(make.week(session))


def test_ti701_session_longer_than_planned(make: PlanBuilder) -> None:
    program = _timed(make, 5, rest_s=150)  # 30 + 60 + 300 s = 6.5 min
    assert session_minutes(program.weeks[0].sessions[0]) == 6.5
    [finding] = make.check(program, "TI701")
    assert (finding.severity, finding.week, finding.day, finding.session) == (
        "warning",
        1,
        "mon",
        "Lower A",
    )
    assert finding.session_index == 0 and finding.block is None
    assert finding.message == (
        "Lower A is planned for 5 min but its exercises take about 7 min (30 % more); the "
        "guideline is within 20 % of the plan, at most 6 min: shorten rests, drop an exercise, "
        "or plan 10 min."
    )


def test_ti701_near_miss_and_sessions_without_minutes(make: PlanBuilder) -> None:
    exact = _timed(make, 5, rest_s=135)  # 30 + 60 + 270 s = 6 min: exactly 20 % more
    assert session_minutes(exact.weeks[0].sessions[0]) == 6
    assert make.check(exact, "TI701") == []
    unplanned = _timed(make, 5, rest_s=150)
    del_minutes = unplanned.model_copy(deep=True)
    del_minutes.weeks[0].sessions[0].duration_min = None
    assert make.check(del_minutes, "TI701") == []
    tuned = _timed(make, 5, rest_s=150).model_copy(update={"rules": {"TI701": {"limit_pct": 30}}})
    assert make.check(tuned, "TI701") == []


def test_ti701_says_both_numbers_in_minutes(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week())
    for session in program.weeks[0].sessions:
        session.duration_min = 5
    findings = make.check(program, "TI701")
    assert len(findings) == 3
    for finding, session in zip(findings, program.weeks[0].sessions, strict=True):
        estimate = int(session_minutes(session) + 0.5)
        assert f"planned for 5 min but its exercises take about {estimate} min" in (finding.message)


def _many(make: PlanBuilder, count: int) -> Any:
    ids = [e.id for e in make.catalog][:count]
    session = make.session("mon", warmup=[], core=[], glute=[], mobility=[])
    session["blocks"] = [{"kind": "main", "items": [make.item(i, 1, reps=5) for i in ids]}]
    return make.plan(make.week(session))


def test_ti702_more_than_twelve_exercises(make: PlanBuilder) -> None:
    [finding] = make.check(_many(make, 13), "TI702")
    assert (finding.severity, finding.week, finding.session_index) == ("info", 1, 0)
    assert finding.message == (
        "Mon session lists 13 different exercises; the guideline is at most 12 a session, as "
        "long lists are harder to follow: rotate some between sessions or move the mobility "
        "work to a session of its own."
    )
    assert make.check(_many(make, 12), "TI702") == []


def test_ti702_counts_an_exercise_once(make: PlanBuilder) -> None:
    program = _many(make, 12)
    items = program.weeks[0].sessions[0].blocks[0].items
    items.append(items[0].model_copy())  # 13 items, still 12 exercises
    assert make.check(program, "TI702") == []
    tuned = program.model_copy(update={"rules": {"TI702": {"max_exercises": 11}}})
    assert len(make.check(tuned, "TI702")) == 1
