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


# -- Issue 10: RC202 counts hard work on primary muscles only ----------------------------------

CARRY = {
    "id": "farmer-carry",
    "name": "Farmer carry",
    "category": "strength",
    "pattern": "carry",
    "muscles": ["grip", "transverse-abdominis"],
    "secondary_muscles": ["upper-back", "obliques"],
    "dose": "distance",
    "loaded": True,
}
LIGHT_CARRY = CARRY | {"id": "light-carry", "name": "Light carry", "muscles": ["upper-back"]}


def _rows_then(make: PlanBuilder, tuesday: dict[str, Any]) -> list[Any]:
    week = make.week(
        make.session("mon", "Pull", main=[make.item("row", load=40)]),
        make.session("tue", "Carry", core=[], glute=[], main=[tuesday]),
    )
    return make.check(make.plan(week, exercises=[CARRY, LIGHT_CARRY]), "RC202")


def test_rc202_ignores_secondary_muscles(make: PlanBuilder) -> None:
    """Rows on Monday, farmer carries on Tuesday: the carry's upper back is secondary."""
    carry = {"exercise": "farmer-carry", "sets": 3, "distance_m": 40, "load": 24, "rpe": 7}
    assert _rows_then(make, carry) == []


def test_rc202_counts_only_hard_items(make: PlanBuilder) -> None:
    light = {"exercise": "light-carry", "sets": 3, "distance_m": 40, "load": 16, "rpe": 4}
    assert _rows_then(make, light) == []  # loaded, but at RPE 4
    [finding] = _rows_then(make, light | {"rpe": 6})  # RPE 6 is hard
    assert (finding.day, finding.exercise) == ("tue", "light-carry")
    assert finding.message.startswith("Hard work hits the upper back on consecutive days")
    assert "make one of the days lighter (RPE below 6)" in finding.message
    [finding] = _rows_then(make, {k: v for k, v in light.items() if k != "rpe"})
    assert finding.exercise == "light-carry"  # a load and no RPE: counts as hard
    unloaded = {"exercise": "row", "sets": 3, "reps": 10}
    assert _rows_then(make, unloaded) == []  # no load, no RPE
    [finding] = _rows_then(make, unloaded | {"rpe": 8})  # hard without a load
    assert finding.exercise == "row"


def test_rc202_hard_rpe_is_tunable(make: PlanBuilder) -> None:
    light = {"exercise": "light-carry", "sets": 3, "distance_m": 40, "load": 16, "rpe": 4}
    week = make.week(
        make.session("mon", "Pull", main=[make.item("row", load=40)]),
        make.session("tue", "Carry", core=[], glute=[], main=[light]),
    )
    program = make.plan(week, exercises=[LIGHT_CARRY], rules={"RC202": {"hard_rpe": 4}})
    assert [f.exercise for f in make.check(program, "RC202")] == ["light-carry"]


# -- Issue 10: RC203 counts easy days as active rest ------------------------------------------

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _easy(make: PlanBuilder, day: str, *, rpe: float | None, **blocks: Any) -> dict[str, Any]:
    session = make.session(day, "Easy day", core=[], glute=[], **blocks)
    if rpe is None:
        del session["rpe"]
    else:
        session["rpe"] = rpe
    return session


def test_rc203_an_easy_walk_or_ride_is_active_rest(make: PlanBuilder) -> None:
    six = [make.session(day) for day in _DAYS[:6]]
    ride = [make.item("bike", 1, time_s=1800)]
    assert (
        make.check(make.plan(make.week(*six, _easy(make, "sun", rpe=3, main=ride))), "RC203") == []
    )
    [finding] = make.check(
        make.plan(make.week(*six, _easy(make, "sun", rpe=4, main=ride))), "RC203"
    )
    assert finding.message == (
        "Week 1 has training on all 7 days; the guideline is at least one rest day a week: "
        "merge two light sessions, or make one day an easy walk or mobility at session RPE 3 "
        "or less."
    )


def test_rc203_easy_means_nothing_loaded_and_only_conditioning_or_mobility(
    make: PlanBuilder,
) -> None:
    six = [make.session(day) for day in _DAYS[:6]]
    loaded = _easy(make, "sun", rpe=2, main=[make.item("bike", 1, time_s=600, load=5)])
    core = make.session("sun", "Core", rpe=2, glute=[], mobility=[])  # bird-dogs: core work
    for sunday in (loaded, core):
        assert len(make.check(make.plan(make.week(*six, sunday)), "RC203")) == 1
    mobility = _easy(make, "sun", rpe=None, warmup=[], mobility=None)  # stretches, no RPE
    assert make.check(make.plan(make.week(*six, mobility)), "RC203") == []
    ride = _easy(make, "sun", rpe=None, main=[make.item("bike", 1, time_s=1800)])
    assert len(make.check(make.plan(make.week(*six, ride)), "RC203")) == 1  # effort unknown
    tuned = make.plan(
        make.week(*six, _easy(make, "sun", rpe=4, main=[make.item("bike", 1, time_s=900)])),
        rules={"RC203": {"easy_rpe": 4}},
    )
    assert make.check(tuned, "RC203") == []


# -- Issue 10: RC204 high spinal load on consecutive days ------------------------------------

HEAVY_SQUAT = {
    "id": "heavy-back-squat",
    "name": "Heavy back squat",
    "category": "strength",
    "pattern": "squat",
    "muscles": ["quadriceps", "glutes"],
    "dose": "reps",
    "loaded": True,
    "spinal_load": "high",
}


def _spinal_week(make: PlanBuilder, second_day: str, second: str) -> dict[str, Any]:
    return make.week(
        make.session("mon", "Lower A", main=[make.item("deadlift", load=80)]),
        make.session(second_day, "Lower B", main=[make.item(second, load=60)]),
    )


def test_rc204_high_spinal_load_of_any_pattern_on_consecutive_days(make: PlanBuilder) -> None:
    program = make.plan(_spinal_week(make, "tue", "heavy-back-squat"), exercises=[HEAVY_SQUAT])
    [finding] = make.check(program, "RC204")
    assert (finding.severity, finding.day, finding.exercise, finding.item_index) == (
        "warning",
        "tue",
        "heavy-back-squat",
        0,
    )
    assert finding.message == (
        "Heavy back squat (Tue of week 1) comes the day after Deadlift (Mon of week 1), and "
        "both load the spine heavily; the guideline is a lighter day between such sessions: "
        "move one, or swap one lift for a variation with less spinal load."
    )
    spaced = make.plan(_spinal_week(make, "wed", "heavy-back-squat"), exercises=[HEAVY_SQUAT])
    assert make.check(spaced, "RC204") == []
    moderate = make.plan(_spinal_week(make, "tue", "back-squat"))  # moderate spinal load
    assert make.check(moderate, "RC204") == []


def test_rc204_leaves_heavy_hinge_pairs_to_rc201(make: PlanBuilder) -> None:
    program = make.plan(_spinal_week(make, "tue", "good-morning"))
    found = [(f.code, f.day) for f in make.check(program) if f.code in ("RC201", "RC204")]
    assert found == [("RC201", "tue")]  # one finding for the pair, not two
    # Selected alone (`check --select RC204`), RC201 does not report the pair, so RC204 does.
    assert [f.exercise for f in make.check(program, "RC204")] == ["good-morning"]
    alone = make.plan(
        _spinal_week(make, "tue", "good-morning"), rules={"RC201": {"enabled": False}}
    )
    [finding] = make.check(alone, "RC204")
    assert finding.exercise == "good-morning"


def test_rc204_ignores_the_warm_up(make: PlanBuilder) -> None:
    week = make.week(
        make.session("mon", main=[make.item("deadlift", load=80)]),
        make.session("tue", warmup=[make.item("heavy-back-squat", 1, load=20)]),
    )
    assert make.check(make.plan(week, exercises=[HEAVY_SQUAT]), "RC204") == []
