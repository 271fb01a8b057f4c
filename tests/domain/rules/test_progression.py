"""PO101–PO106: load rises, acute:chronic ratio, several variables at once, deloads, monotony.

PO107 (a deload week that is not lighter) has its own module, test_deload.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.plans import PlanBuilder


def test_clean_plan_passes_every_rule(make: PlanBuilder) -> None:
    program = make.plan(*[make.clean_week() for _ in range(6)])
    assert make.check(program) == []


@pytest.mark.parametrize(
    ("new_load", "expected"),
    [(88, None), (88.8, "warning"), (96, "warning"), (96.8, "error")],
    ids=["10pct-passes", "11pct-warns", "20pct-warns", "21pct-errors"],
)
def test_po101_thresholds_are_strict(
    make: PlanBuilder, new_load: float, expected: str | None
) -> None:
    program = make.plan(make.clean_week(deadlift=80), make.clean_week(deadlift=new_load))
    findings = make.check(program, "PO101")
    if expected is None:
        assert findings == []
    else:
        assert [f.severity for f in findings] == [expected]


def test_po101_message_location_and_suggestion(make: PlanBuilder) -> None:
    program = make.plan(
        make.clean_week(deadlift=75), make.clean_week(deadlift=80), make.clean_week(deadlift=92)
    )
    [finding] = make.check(program, "PO101")
    assert finding.message == (
        "Deadlift load rises 15 % from week 2 to week 3 (80 → 92 kg); the guideline is to keep "
        "weekly rises at or below 10 %, e.g. 88 kg."
    )
    where = (finding.week, finding.day, finding.session, finding.block)
    assert where == (3, "mon", "Lower A", "main")
    assert (finding.exercise, finding.session_index, finding.item_index) == ("deadlift", 0, 0)


def test_po101_uses_pounds_in_a_pound_plan(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(deadlift=200), make.clean_week(deadlift=230), units="lb")
    [finding] = make.check(program, "PO101")
    assert "(200 → 230 lb)" in finding.message and "e.g. 220 lb" in finding.message


def test_po101_skips_deload_and_compares_return_with_week_before(make: PlanBuilder) -> None:
    weeks = [
        make.clean_week(deadlift=100),
        make.clean_week(deadlift=60, deload=True),
        make.clean_week(deadlift=105),
    ]
    assert make.check(make.plan(*weeks), "PO101") == []
    weeks[2] = make.clean_week(deadlift=115)
    [finding] = make.check(make.plan(*weeks), "PO101")
    assert finding.week == 3
    assert "from week 1 (the last week before the deload) to week 3" in finding.message
    assert "(100 → 115 kg)" in finding.message


def test_po101_settings_override_and_disable(make: PlanBuilder) -> None:
    weeks = (make.clean_week(deadlift=80), make.clean_week(deadlift=86))
    assert make.check(make.plan(*weeks), "PO101") == []
    tighter = make.plan(*weeks, rules={"PO101": {"limit_pct": 5}})
    [finding] = make.check(tighter, "PO101")
    assert finding.severity == "warning" and "at or below 5 %" in finding.message
    off = make.plan(*weeks, rules={"PO101": {"limit_pct": 5, "enabled": False}})
    assert make.check(off, "PO101") == []


def _week_of_load(make: PlanBuilder, minutes: int, *, deload: bool = False) -> dict[str, Any]:
    """A clean week whose session load is 3 × minutes × RPE 6."""
    week = make.clean_week(deload=deload)
    for session in week["sessions"]:
        session["duration_min"] = minutes
    return week


def test_po102_weekly_load_rise(make: PlanBuilder) -> None:
    assert make.check(make.plan(_week_of_load(make, 50), _week_of_load(make, 55)), "PO102") == []
    [finding] = make.check(make.plan(_week_of_load(make, 50), _week_of_load(make, 56)), "PO102")
    assert finding.week == 2 and finding.severity == "warning"
    assert "12 %" in finding.message and "(900 → 1,008" in finding.message


def test_po102_skips_deload_week(make: PlanBuilder) -> None:
    program = make.plan(
        _week_of_load(make, 60), _week_of_load(make, 30, deload=True), _week_of_load(make, 62)
    )
    assert make.check(program, "PO102") == []


def test_po103_acute_chronic_ratio(make: PlanBuilder) -> None:
    base = [_week_of_load(make, 50) for _ in range(4)]
    assert make.check(make.plan(*base, _week_of_load(make, 65)), "PO103") == []  # 1.3 exactly
    [warning] = make.check(make.plan(*base, _week_of_load(make, 70)), "PO103")
    assert (warning.week, warning.severity) == (5, "warning")
    assert "1.4 × the mean of the 4 weeks" in warning.message
    [error] = make.check(make.plan(*base, _week_of_load(make, 80)), "PO103")
    assert error.severity == "error"


def test_po103_needs_four_weeks_of_history(make: PlanBuilder) -> None:
    program = make.plan(*[_week_of_load(make, 20) for _ in range(3)], _week_of_load(make, 90))
    assert make.check(program, "PO103") == []


def test_po104_two_variables_rise_together(make: PlanBuilder) -> None:
    def week(sets: int, reps: int, load: float) -> dict[str, object]:
        return make.week(
            make.session(
                "mon", "Lower A", main=[make.item("deadlift", sets, reps=reps, load=load)]
            ),
            make.session("thu", "Lower B", main=[make.item("back-squat", 3, reps=5, load=60)]),
        )

    assert make.check(make.plan(week(3, 5, 80), week(3, 5, 85)), "PO104") == []
    assert make.check(make.plan(week(3, 5, 80), week(4, 5, 80)), "PO104") == []
    [finding] = make.check(make.plan(week(3, 5, 80), week(4, 5, 85)), "PO104")
    assert finding.message.startswith("Deadlift: sets (3 → 4) and load (80 → 85 kg) both rise")
    assert (finding.week, finding.exercise, finding.item_index) == (2, "deadlift", 0)


def test_po104_counts_holds(make: PlanBuilder) -> None:
    def week(sets: int, hold: int) -> dict[str, object]:
        return make.week(make.session("mon", core=[make.item("plank", sets, hold_s=hold)]))

    [finding] = make.check(make.plan(week(2, 20), week(3, 30)), "PO104")
    assert "hold (20 → 30 s)" in finding.message


def test_po105_weeks_without_deload(make: PlanBuilder) -> None:
    six = [make.clean_week() for _ in range(6)]
    assert make.check(make.plan(*six), "PO105") == []
    [finding] = make.check(make.plan(*six, make.clean_week()), "PO105")
    assert finding.week == 7 and "7th week in a row" in finding.message
    with_deload = [*six[:3], make.clean_week(deload=True), *six[3:], make.clean_week()]
    assert make.check(make.plan(*with_deload), "PO105") == []
    longer = make.plan(*six, make.clean_week(), rules={"PO105": {"max_weeks": 8}})
    assert make.check(longer, "PO105") == []


def test_po106_monotony(make: PlanBuilder) -> None:
    five = make.week(*[make.session(day) for day in ("mon", "tue", "wed", "thu", "fri")])
    assert make.check(make.plan(five), "PO106") == []  # monotony 1.58
    six = make.week(*[make.session(day) for day in ("mon", "tue", "wed", "thu", "fri", "sat")])
    [finding] = make.check(make.plan(six), "PO106")
    assert finding.week == 1 and "monotony 2.45" in finding.message
