"""Issue 10's progression fixes and rules: PO101 with loadable steps and falling reps, PO108
(weekly hard sets per muscle) and PO109 (RPE creep).

Exercises with equipment are the plan's own (custom) exercises, so the loadable steps are
those of a kettlebell, a pair of dumbbells or a barbell; the rest come from the rules catalog.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.plans import PlanBuilder


def _custom(exercise_id: str, equipment: str, pattern: str = "squat") -> dict[str, Any]:
    return {
        "id": exercise_id,
        "name": exercise_id.replace("-", " ").capitalize(),
        "category": "strength",
        "pattern": pattern,
        "muscles": ["quadriceps"],
        "equipment": [equipment],
        "dose": "reps",
        "loaded": True,
    }


EQUIPPED = [
    _custom("kb-goblet-squat", "kettlebell"),
    _custom("db-press", "dumbbell", "push"),
    _custom("bb-squat", "barbell"),
]


def _weeks(make: PlanBuilder, exercise: str, *doses: dict[str, Any]) -> list[dict[str, Any]]:
    """One Monday session a week with one main item of `exercise` at each dose."""
    return [
        make.week(make.session("mon", "Lower A", main=[make.item(exercise, **dose)]))
        for dose in doses
    ]


def _po101(make: PlanBuilder, exercise: str, *doses: dict[str, Any], **plan: Any) -> list[Any]:
    program = make.plan(*_weeks(make, exercise, *doses), exercises=EQUIPPED, **plan)
    return make.check(program, "PO101")


# -- PO101: reps down by a third -----------------------------------------------------------


def test_po101_is_info_when_the_reps_fall_by_a_third(make: PlanBuilder) -> None:
    """3 × 8 at 80 → 3 × 5 at 90 kg: the load rises 12.5 % but the work done falls."""
    [finding] = _po101(make, "deadlift", {"reps": 8, "load": 80}, {"reps": 5, "load": 90})
    assert finding.severity == "info"
    assert finding.message == (
        "Deadlift load rises 12.5 % from week 1 to week 2 (80 → 90 kg) while its reps fall "
        "from 8 to 5; with fewer reps that is a usual step, but the guideline for the load is "
        "at or below 10 %, e.g. 88 kg."
    )


def test_po101_still_warns_when_the_reps_fall_less_than_a_third(make: PlanBuilder) -> None:
    [finding] = _po101(make, "deadlift", {"reps": 8, "load": 80}, {"reps": 6, "load": 90})
    assert finding.severity == "warning"
    # 6 → 4 is exactly a third: one step milder.
    [finding] = _po101(make, "deadlift", {"reps": 6, "load": 80}, {"reps": 4, "load": 90})
    assert finding.severity == "info"


def test_po101_falling_reps_soften_an_error_to_a_warning(make: PlanBuilder) -> None:
    [finding] = _po101(make, "deadlift", {"reps": 10, "load": 60}, {"reps": 5, "load": 80})
    assert finding.severity == "warning" and "33.3 %" in finding.message
    off = {"PO101": {"reps_drop_pct": 100}}
    [finding] = _po101(
        make, "deadlift", {"reps": 10, "load": 60}, {"reps": 5, "load": 80}, rules=off
    )
    assert finding.severity == "error"


# -- PO101: the smallest loadable step -------------------------------------------------------


@pytest.mark.parametrize(
    ("exercise", "old", "new"),
    [
        ("kb-goblet-squat", 16, 20),  # one bell up: +25 %
        ("kb-goblet-squat", 8, 12),  # one bell up: +50 %
        ("db-press", 10, 12),  # the next pair of dumbbells: +20 %
        ("db-press", 20, 22),  # +10 %, within the guideline anyway
        ("bb-squat", 20, 22.5),  # the smallest plates on an empty bar: +12.5 %
        ("deadlift", 4, 4.5),  # no equipment listed: the 0.5 kg progression step
    ],
)
def test_po101_passes_the_smallest_step_the_equipment_allows(
    make: PlanBuilder, exercise: str, old: float, new: float
) -> None:
    assert _po101(make, exercise, {"load": old}, {"load": new}) == []


def test_po101_two_bells_up_warns_and_suggests_reps_first(make: PlanBuilder) -> None:
    [finding] = _po101(make, "kb-goblet-squat", {"load": 16}, {"load": 24})
    # 50 % is above the 20 % error line, but even one bell (+25 %) is: a warning, not an error.
    assert finding.severity == "warning"
    assert finding.message == (
        "Kb goblet squat load rises 50 % from week 1 to week 2 (16 → 24 kg); the guideline is "
        "to keep weekly rises at or below 10 %, and the smallest loadable step, 20 kg, is "
        "already 25 %: add reps at 16 kg first, then move up to 20 kg."
    )


def test_po101_errs_when_a_smaller_loadable_step_stays_within_the_limit(
    make: PlanBuilder,
) -> None:
    [finding] = _po101(make, "bb-squat", {"load": 40}, {"load": 50})
    assert finding.severity == "error"
    assert finding.message.endswith(
        "the guideline is to keep weekly rises at or below 10 %, e.g. 42.5 kg."
    )
    [finding] = _po101(make, "db-press", {"load": 20}, {"load": 26})  # +30 %, 22 kg fits
    assert finding.severity == "error" and finding.message.endswith("e.g. 22 kg.")
    [finding] = _po101(make, "db-press", {"load": 8}, {"load": 12})  # +50 %; 10 kg is +25 %
    assert finding.severity == "warning" and "the smallest loadable step, 10 kg" in (
        finding.message
    )


def test_po101_uses_the_plan_s_own_load_steps(make: PlanBuilder) -> None:
    program = make.plan(
        *_weeks(make, "kb-goblet-squat", {"load": 16}, {"load": 20}), exercises=EQUIPPED
    )
    assert make.check(program, "PO101") == []
    # A gym with kettlebells every 2 kg: 16 → 20 kg is two steps, and 18 kg is +12.5 %.
    fine_steps = program.model_copy(update={"load_steps": {"kettlebell": 2.0}})
    [finding] = make.check(fine_steps, "PO101")
    assert finding.severity == "error"
    assert "the smallest loadable step, 18 kg, is already 12.5 %" in finding.message


def test_po101_pound_plans_step_in_pounds(make: PlanBuilder) -> None:
    assert _po101(make, "db-press", {"load": 25}, {"load": 30}, units="lb") == []  # 5 lb pair
    [finding] = _po101(make, "db-press", {"load": 50}, {"load": 60}, units="lb")
    assert "(50 → 60 lb)" in finding.message and "e.g. 55 lb" in finding.message


# -- PO108: weekly hard sets per muscle ----------------------------------------------------


def _sets_week(make: PlanBuilder, deadlift_sets: int, *, deload: bool = False) -> dict[str, Any]:
    """One session: deadlift (glutes, hamstrings, erector spinae) and 2 glute-bridge sets
    (glutes), 2 bird-dog sets (multifidus), 2 hip-flexor stretch sets in the mobility block."""
    return make.week(
        make.session("mon", main=[make.item("deadlift", deadlift_sets, load=80)]),
        deload=deload,
    )


def test_po108_flags_hard_sets_rising_over_a_quarter_and_three_sets(make: PlanBuilder) -> None:
    program = make.plan(_sets_week(make, 4), _sets_week(make, 7))
    [finding] = make.check(program, "PO108")
    assert (finding.severity, finding.week, finding.exercise) == ("warning", 2, None)
    assert finding.message == (
        "Weekly hard sets rise fast from week 1 to week 2 for the glutes (6 → 9 sets, +50 %), "
        "hamstrings (4 → 7 sets, +75 %) and erector spinae (4 → 7 sets, +75 %); the guideline "
        "is at most 25 % more a week, or 2 sets more if that is more: spread the added sets "
        "over more weeks (e.g. at most 8 sets for the glutes)."
    )


def test_po108_near_misses(make: PlanBuilder) -> None:
    # Two more sets are fine, however large the share (4 → 6 is +50 %).
    assert make.check(make.plan(_sets_week(make, 4), _sets_week(make, 6)), "PO108") == []

    # Three more sets within 25 % pass: 10 + 2 → 13 + 2 glute sets is exactly +25 %.
    def big(first: int, second: int) -> dict[str, Any]:
        lifts = [make.item("deadlift", first, load=80), make.item("deadlift", second, load=80)]
        return make.week(make.session("mon", main=lifts, glute=[]))

    assert make.check(make.plan(big(6, 6), big(8, 7)), "PO108") == []  # 12 → 15: +25 %
    [finding] = make.check(make.plan(big(6, 6), big(8, 8)), "PO108")  # 12 → 16: +33 %
    assert "glutes (12 → 16 sets, +33.3 %)" in finding.message


def test_po108_counts_neither_warm_up_nor_mobility_work(make: PlanBuilder) -> None:
    def week(mobility_sets: int, warmup_sets: int) -> dict[str, Any]:
        return make.week(
            make.session(
                "mon",
                warmup=[make.item("dowel-hinge", warmup_sets, reps=10)],
                main=[
                    make.item("deadlift", 3, load=80),
                    # a mobility drill in the main block is not a hard set either
                    make.item("hip-flexor-stretch", mobility_sets, hold_s=30),
                ],
                mobility=[make.item("hip-flexor-stretch", mobility_sets, hold_s=30)],
            )
        )

    assert make.check(make.plan(week(1, 1), week(8, 8)), "PO108") == []


def test_po108_compares_after_a_deload_with_the_week_before_it(make: PlanBuilder) -> None:
    weeks = [_sets_week(make, 6), _sets_week(make, 2, deload=True), _sets_week(make, 7)]
    assert make.check(make.plan(*weeks), "PO108") == []
    weeks[2] = _sets_week(make, 10)
    [finding] = make.check(make.plan(*weeks), "PO108")
    assert finding.week == 3 and "from week 1 (the last week before the deload) to week 3" in (
        finding.message
    )


def test_po108_new_muscles_are_no_rise_and_thresholds_are_tunable(make: PlanBuilder) -> None:
    first = make.week(make.session("mon", core=[], glute=[], main=[make.item("bench-press", 3)]))
    second = make.week(
        make.session(
            "mon", core=[], glute=[], main=[make.item("bench-press", 3), make.item("row", 8)]
        )
    )
    assert make.check(make.plan(first, second), "PO108") == []
    weeks = (_sets_week(make, 4), _sets_week(make, 6))
    strict = make.plan(*weeks, rules={"PO108": {"min_sets": 2, "limit_pct": 40}})
    [finding] = make.check(strict, "PO108")
    assert "hamstrings (4 → 6 sets, +50 %)" in finding.message
    assert "glutes" not in finding.message  # 6 → 8 is +33 %, within 40 %


# -- PO109: RPE creep -------------------------------------------------------------------------


def test_po109_flags_a_two_point_rise(make: PlanBuilder) -> None:
    weeks = _weeks(make, "deadlift", {"load": 80, "rpe": 6}, {"load": 80, "rpe": 8})
    [finding] = make.check(make.plan(*weeks), "PO109")
    assert (finding.severity, finding.week, finding.exercise, finding.item_index) == (
        "warning",
        2,
        "deadlift",
        0,
    )
    assert finding.message == (
        "Deadlift's planned RPE rises from 6 to 8 from week 1 to week 2; the guideline is to "
        "raise effort by less than 2 points a week, e.g. RPE 7."
    )
    near = _weeks(make, "deadlift", {"load": 80, "rpe": 6}, {"load": 80, "rpe": 7.5})
    assert make.check(make.plan(*near), "PO109") == []


def test_po109_flags_reaching_rpe_10_once(make: PlanBuilder) -> None:
    weeks = _weeks(
        make,
        "deadlift",
        {"load": 80, "rpe": 9},
        {"load": 80, "rpe": 10},
        {"load": 80, "rpe": 10},
    )
    [finding] = make.check(make.plan(*weeks), "PO109")
    assert finding.week == 2
    assert finding.message == (
        "Deadlift is planned at RPE 10 in week 2, at the guideline's ceiling of 10: keep a rep "
        "or two in reserve (about RPE 8–9) and check all-out sets with your coach or physio."
    )
    near = _weeks(make, "deadlift", {"load": 80, "rpe": 9}, {"load": 80, "rpe": 9.5})
    assert make.check(make.plan(*near), "PO109") == []
    [first] = make.check(make.plan(*_weeks(make, "deadlift", {"load": 80, "rpe": 10})), "PO109")
    assert first.week == 1


def test_po109_rise_to_10_is_one_finding(make: PlanBuilder) -> None:
    weeks = _weeks(make, "deadlift", {"load": 80, "rpe": 7}, {"load": 80, "rpe": 10})
    [finding] = make.check(make.plan(*weeks), "PO109")
    assert finding.message.startswith(
        "Deadlift's planned RPE rises from 7 to 10 from week 1 to week 2, reaching the "
        "guideline's ceiling of 10"
    )


def test_po109_leaves_off_scale_values_to_da501_and_skips_deloads(make: PlanBuilder) -> None:
    typo = _weeks(make, "deadlift", {"load": 80, "rpe": 6}, {"load": 80, "rpe": 12})
    assert make.check(make.plan(*typo), "PO109") == []
    assert [f.code for f in make.check(make.plan(*typo), "DA501")] == ["DA501"]
    weeks = _weeks(
        make, "deadlift", {"load": 80, "rpe": 8}, {"load": 60, "rpe": 5}, {"load": 80, "rpe": 8}
    )
    weeks[1]["deload"] = True
    assert make.check(make.plan(*weeks), "PO109") == []


def test_po109_thresholds_are_tunable(make: PlanBuilder) -> None:
    weeks = _weeks(make, "deadlift", {"load": 80, "rpe": 8}, {"load": 80, "rpe": 9})
    assert make.check(make.plan(*weeks), "PO109") == []
    tight = make.plan(*weeks, rules={"PO109": {"rise_rpe": 1, "max_rpe": 9}})
    [finding] = make.check(tight, "PO109")
    assert "reaching the guideline's ceiling of 9" in finding.message
    above_ceiling = make.plan(
        *_weeks(make, "deadlift", {"load": 80, "rpe": 9.5}), rules={"PO109": {"max_rpe": 9}}
    )
    [finding] = make.check(above_ceiling, "PO109")
    assert "at RPE 9.5 in week 1, above the guideline's ceiling of 9" in finding.message


def test_po108_does_not_count_steady_conditioning_as_hard_sets(make: PlanBuilder) -> None:
    """A walk or an easy ride in the main block of a rest-day session is not a set of work."""

    def week(rides: int) -> dict[str, Any]:
        return make.week(
            make.session("mon", main=[make.item("deadlift", 3, load=80)]),
            make.session("wed", main=[make.item("bike", rides, time_s=600)]),
        )

    assert make.check(make.plan(week(1), week(6)), "PO108") == []
