"""RC201–RC203: heavy hinges and the same muscles on consecutive days, rest days."""

from __future__ import annotations

from typing import Any

from tests.support.plans import PlanBuilder


def test_rc201_heavy_hinges_on_consecutive_days(make: PlanBuilder) -> None:
    def week(second_day: str) -> dict[str, object]:
        return make.week(
            make.session("mon", "Lower A", main=[make.item("deadlift", load=80)]),
            make.session(second_day, "Lower B", main=[make.item("good-morning", load=40)]),
        )

    assert make.check(make.plan(week("wed")), "RC201") == []
    [finding] = make.check(make.plan(week("tue")), "RC201")
    assert (finding.week, finding.day, finding.exercise, finding.item_index) == (
        1,
        "tue",
        "good-morning",
        0,
    )
    assert "Good morning (Tue of week 1) comes the day after Deadlift (Mon of week 1)" in (
        finding.message
    )


def test_rc201_sunday_to_monday_counts(make: PlanBuilder) -> None:
    sunday = make.week(make.session("sun", "Sunday pull", main=[make.item("deadlift", load=80)]))
    monday = make.week(make.session("mon", "Monday pull", main=[make.item("deadlift", load=80)]))
    [finding] = make.check(make.plan(sunday, monday), "RC201")
    assert (finding.week, finding.day) == (2, "mon")
    tuesday = make.week(make.session("tue", "Tuesday pull", main=[make.item("deadlift", load=80)]))
    assert make.check(make.plan(sunday, tuesday), "RC201") == []


def test_rc201_ignores_low_spinal_load_hinges(make: PlanBuilder) -> None:
    program = make.plan(
        make.week(
            make.session("mon", main=[make.item("deadlift", load=80)]),
            make.session("tue", main=[make.item("hip-hinge-cable", load=20)]),
        )
    )
    assert make.check(program, "RC201") == []


def test_rc202_same_muscle_loaded_on_consecutive_days(make: PlanBuilder) -> None:
    def week(second: str, squat_load: float | None) -> dict[str, object]:
        dose: dict[str, Any] = {"load": squat_load} if squat_load is not None else {}
        return make.week(
            make.session("mon", "Lower A", main=[make.item("deadlift", load=80)]),
            make.session(
                second,
                "Lower B",
                main=[
                    make.item("bench-press", load=40),
                    make.item("back-squat", **dose),
                ],
            ),
        )

    assert make.check(make.plan(week("wed", 60)), "RC202") == []
    assert make.check(make.plan(week("tue", None)), "RC202") == []  # unloaded squat
    [finding] = make.check(make.plan(week("tue", 60)), "RC202")
    assert finding.message.startswith(
        "Hard work hits the glutes on consecutive days (Mon of week 1 and Tue"
    )
    assert (finding.day, finding.exercise, finding.block, finding.item_index) == (
        "tue",
        "back-squat",
        "main",
        1,
    )


def test_rc202_names_muscles_in_words(make: PlanBuilder) -> None:
    week = make.week(
        make.session("mon", "Lower A", main=[make.item("deadlift", load=80)]),
        make.session("tue", "Lower B", main=[make.item("good-morning", load=40)]),
    )
    [finding] = make.check(make.plan(week), "RC202")
    assert finding.message.startswith(
        "Hard work hits the hamstrings and erector spinae on consecutive days"
    )


def test_rc202_ignores_the_warm_up(make: PlanBuilder) -> None:
    program = make.plan(
        make.week(
            make.session("mon", main=[make.item("deadlift", load=80)]),
            make.session("tue", warmup=[make.item("glute-bridge", load=20)], glute=[]),
        )
    )
    assert make.check(program, "RC202") == []


def test_rc203_no_rest_day(make: PlanBuilder) -> None:
    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    six = make.week(*[make.session(day) for day in days[:6]], make.session("sat", "Extra"))
    assert make.check(make.plan(six), "RC203") == []
    [finding] = make.check(make.plan(make.week(*[make.session(day) for day in days])), "RC203")
    assert finding.week == 1 and "all 7 days" in finding.message


def test_rc201_follows_calendar_dates_when_the_plan_starts_midweek(make: PlanBuilder) -> None:
    # 2026-01-07 is a Wednesday: week 1 runs Wed 7 to Tue 13, so week 1's Tuesday (13th) and
    # week 2's Wednesday (14th) are consecutive days even though Tue comes before Wed by name.
    tuesday = make.week(make.session("tue", "Pull", main=[make.item("deadlift", load=80)]))
    wednesday = make.week(make.session("wed", "Pull", main=[make.item("deadlift", load=80)]))
    [finding] = make.check(make.plan(tuesday, wednesday, start="2026-01-07"), "RC201")
    assert (finding.week, finding.day) == (2, "wed")
    assert make.check(make.plan(tuesday, wednesday), "RC201") == []  # Monday start: 8 days apart
