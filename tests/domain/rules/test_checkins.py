"""CK601–CK604: red flags until cleared, sharp pain after an exercise that stays (and its likes),
repeated soreness, and pain that holds progression. Each with plans it flags and near misses."""

from __future__ import annotations

from typing import Any

from planner_gui.domain.brand import SafetySection, SafetyWording
from planner_gui.domain.checker import check_program
from planner_gui.domain.models import Program
from tests.support.plans import PlanBuilder


def _checkin(when: str, pain: str = "none", **extra: Any) -> dict[str, Any]:
    return {"date": when, "pain": pain, **extra}


def _places(findings: list[Any]) -> list[tuple[int | None, str | None]]:
    return [(finding.week, finding.day) for finding in findings]


# -- CK601 --------------------------------------------------------------------------------


def test_ck601_an_emergency_flag_is_an_error_on_every_later_session(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week(), make.clean_week())
    calm = make.plan(*weeks, checkins=[_checkin("2026-01-06", "doms")])
    assert make.check(calm, "CK601") == []
    flagged = make.plan(
        *weeks, checkins=[_checkin("2026-01-13", "sharp", red_flags=["saddle-numbness"])]
    )
    findings = make.check(flagged, "CK601")
    # Tuesday of week 2: Wednesday and Friday of week 2 and all of week 3 come after it.
    assert _places(findings) == [(2, "wed"), (2, "fri"), (3, "mon"), (3, "wed"), (3, "fri")]
    for finding in findings:
        assert finding.severity == "error"
        assert finding.session is not None
        assert "numbness in the saddle area" in finding.message
        assert "Go to an emergency department now. Then leave this session out" in finding.message
        assert "no check-in since marks it cleared" in finding.message


def test_ck601_other_red_flags_send_to_a_doctor_in_their_tier_s_words(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week())
    plan = make.plan(*weeks, checkins=[_checkin("2026-01-13", red_flags=["gait-change"])])
    findings = make.check(plan, "CK601")
    assert len(findings) == 2
    for finding in findings:
        assert "a change in the way you walk" in finding.message
        assert "See a doctor today." in finding.message
        assert "emergency department" not in finding.message
    soon = make.plan(*weeks, checkins=[_checkin("2026-01-13", red_flags=["pain-at-rest"])])
    for finding in make.check(soon, "CK601"):
        assert "Book a doctor's appointment within a few days." in finding.message
        assert "today" not in finding.message


def test_ck601_says_what_to_do_in_the_clinic_s_words(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week())
    checkins = [
        _checkin("2026-01-13", red_flags=["night-pain"]),
        _checkin("2026-01-14", red_flags=["leg-weakness"]),
    ]
    wording = SafetyWording(
        emergency=SafetySection("Ring 999 <now>"), soon=SafetySection("Book with us this week")
    )
    plan = make.plan(*weeks, checkins=checkins)
    messages = {
        f.message.split(",")[0]: f.message
        for f in check_program(plan, make.catalog, select=["CK601"], wording=wording)
    }
    assert (
        "Book with us this week. Then"
        in messages["The check-in of 2026-01-13 reports pain that wakes you at night"]
    )
    assert (
        "Ring 999 <now>. Then" in messages["The check-in of 2026-01-14 reports weakness in a leg"]
    )


def test_ck601_stops_at_the_check_in_that_marks_it_cleared(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week(), make.clean_week())
    checkins = [
        _checkin("2026-01-13", red_flags=["radiating-leg-pain"]),
        _checkin("2026-01-19", cleared=True),  # Monday of week 3, before its session
    ]
    found = make.check(make.plan(*weeks, checkins=checkins), "CK601")
    findings = [f for f in found if f.severity == "error"]  # and a note of the clearance
    assert _places(findings) == [(2, "wed"), (2, "fri")]
    assert "it is not marked cleared until 2026-01-19" in findings[0].message
    # Cleared in the same check-in that reported it: nothing is stopped (a note stays).
    at_once = [_checkin("2026-01-13", red_flags=["fever-chills"], cleared=True)]
    assert {f.severity for f in make.check(make.plan(*weeks, checkins=at_once), "CK601")} == {
        "info"
    }
    # A clearance before the flag clears nothing that came after it.
    early = [_checkin("2026-01-06", cleared=True), _checkin("2026-01-13", red_flags=["night-pain"])]
    assert len(make.check(make.plan(*weeks, checkins=early), "CK601")) == 5


def test_ck601_an_open_flag_after_the_last_session_is_still_reported(make: PlanBuilder) -> None:
    plan = make.plan(
        make.clean_week(), checkins=[_checkin("2026-01-10", red_flags=["radiating-leg-pain"])]
    )
    [finding] = make.check(plan, "CK601")
    assert (finding.severity, finding.week, finding.day, finding.session) == (
        "error",
        1,
        "sat",
        None,
    )
    assert "this session" not in finding.message  # no session follows it
    assert "See a doctor today. Then do no more training until a clinician" in finding.message
    outside = make.plan(
        make.clean_week(), checkins=[_checkin("2026-03-01", red_flags=["bladder-bowel"])]
    )
    [late] = make.check(outside, "CK601")
    assert late.week is None
    assert "Go to an emergency department now. Then do no more training" in late.message


# -- CK602 --------------------------------------------------------------------------------


def _hinge_weeks(make: PlanBuilder, count: int = 3) -> list[dict[str, Any]]:
    """Deadlift on Monday, good mornings, a cable pull-through and squats later in the week."""
    return [
        make.week(
            make.session("mon", "Lower A", main=[make.item("deadlift", 3, reps=5, load=80)]),
            make.session(
                "wed",
                "Hinge B",
                main=[
                    make.item("good-morning", 3, reps=8, load=30),
                    make.item("hip-hinge-cable", 3, reps=12, load=20),
                ],
            ),
            make.session("fri", "Lower B", main=[make.item("back-squat", 3, reps=5, load=60)]),
        )
        for _ in range(count)
    ]


def test_ck602_each_later_occurrence_of_the_exercise_and_its_likes(make: PlanBuilder) -> None:
    sharp = [_checkin("2026-01-05", "sharp", after_exercise="deadlift")]
    findings = make.check(make.plan(*_hinge_weeks(make), checkins=sharp), "CK602")
    found = [(f.week, f.day, f.exercise) for f in findings]
    # The check-in's own Monday is not later; good mornings are a hinge with as much spinal
    # load; the cable pull-through (low), the warm-up's dowel hinge and the squat are not.
    assert found == [
        (1, "wed", "good-morning"),
        (2, "mon", "deadlift"),
        (2, "wed", "good-morning"),
        (3, "mon", "deadlift"),
        (3, "wed", "good-morning"),
    ]
    assert {f.severity for f in findings} == {"warning"}
    again = findings[1].message
    assert "after Deadlift on 2026-01-05, and it is planned again here" in again
    assert "swap it for an easier variation with less load on the spine" in again
    alike = findings[0].message
    assert "Good morning is the same movement (hinge) with as much load on the spine" in alike


def test_ck602_suggests_the_catalog_regression_and_never_flags_it(make: PlanBuilder) -> None:
    custom = [
        {
            "id": "rack-pull",
            "name": "Rack pull",
            "category": "strength",
            "pattern": "hinge",
            "muscles": ["glutes"],
            "dose": "reps",
            "loaded": True,
            "spinal_load": "high",
            "regression": "block-pull",
        },
        {
            "id": "block-pull",
            "name": "Block pull",
            "category": "strength",
            "pattern": "hinge",
            "muscles": ["glutes"],
            "dose": "reps",
            "loaded": True,
            "spinal_load": "high",
        },
    ]
    week = make.week(
        make.session("mon", "Pull", main=[make.item("rack-pull", 3, reps=5, load=100)]),
        make.session("thu", "Easier", main=[make.item("block-pull", 3, reps=5, load=80)]),
    )
    sharp = [_checkin("2026-01-05", "sharp", after_exercise="rack-pull")]
    findings = make.check(make.plan(week, week, checkins=sharp, exercises=custom), "CK602")
    assert [(f.week, f.exercise) for f in findings] == [(2, "rack-pull")]
    assert "swap it for Block pull, its easier version in the catalog," in findings[0].message


def test_ck602_sharp_pain_with_no_exercise_named_speaks_of_the_next_session(
    make: PlanBuilder,
) -> None:
    sharp = [_checkin("2026-01-06", "sharp")]
    [finding] = make.check(make.plan(*_hinge_weeks(make, 2), checkins=sharp), "CK602")
    assert (finding.week, finding.day, finding.session, finding.exercise) == (
        1,
        "wed",
        "Hinge B",
        None,
    )
    assert "without naming the exercise" in finding.message
    last = [_checkin("2026-01-16", "sharp")]  # after the last session
    assert make.check(make.plan(*_hinge_weeks(make, 2), checkins=last), "CK602") == []


def test_ck602_near_misses(make: PlanBuilder) -> None:
    weeks = _hinge_weeks(make)
    dull = [_checkin("2026-01-05", "doms", after_exercise="deadlift")]
    assert make.check(make.plan(*weeks, checkins=dull), "CK602") == []
    after_last = [_checkin("2026-01-21", "sharp", after_exercise="deadlift")]
    assert make.check(make.plan(*weeks, checkins=after_last), "CK602") == []
    # A later check-in after the same exercise without pain, or a clearance, ends it.
    settled = [
        _checkin("2026-01-05", "sharp", after_exercise="deadlift"),
        _checkin("2026-01-12", "none", after_exercise="deadlift"),
    ]
    found = make.check(make.plan(*weeks, checkins=settled), "CK602")
    assert [(f.week, f.exercise) for f in found] == [(1, "good-morning")]
    cleared = [
        _checkin("2026-01-05", "sharp", after_exercise="deadlift"),
        _checkin("2026-01-06", cleared=True),
    ]
    assert make.check(make.plan(*weeks, checkins=cleared), "CK602") == []


def test_ck602_says_each_item_once_for_two_check_ins(make: PlanBuilder) -> None:
    twice = [
        _checkin("2026-01-05", "sharp", after_exercise="deadlift"),
        _checkin("2026-01-05", "sharp", after_exercise="deadlift", onset="during"),
    ]
    findings = make.check(make.plan(*_hinge_weeks(make, 2), checkins=twice), "CK602")
    assert [(f.week, f.exercise) for f in findings] == [
        (1, "good-morning"),
        (2, "deadlift"),
        (2, "good-morning"),
    ]


# -- CK603 --------------------------------------------------------------------------------


def test_ck603_soreness_after_heavy_days(make: PlanBuilder) -> None:
    heavy = make.week(
        make.session("mon", main=[make.item("deadlift", load=100)], rpe=8),
        make.session("thu", main=[make.item("back-squat", load=80)], rpe=6),
    )
    once = [_checkin("2026-01-06", "doms")]
    assert make.check(make.plan(heavy, heavy, checkins=once), "CK603") == []
    after_light = [_checkin("2026-01-06", "doms"), _checkin("2026-01-09", "doms")]
    assert make.check(make.plan(heavy, heavy, checkins=after_light), "CK603") == []
    twice = [_checkin("2026-01-06", "doms"), _checkin("2026-01-13", "doms")]
    [finding] = make.check(make.plan(heavy, heavy, checkins=twice), "CK603")
    assert (finding.severity, finding.week, finding.day) == ("info", 2, "mon")
    assert "2 times (2026-01-06 and 2026-01-13)" in finding.message
    assert "trim volume first" in finding.message


# -- CK604 --------------------------------------------------------------------------------


def _rising(make: PlanBuilder, loads: list[float], sets: list[int] | None = None) -> Program:
    sets = sets or [3] * len(loads)
    weeks = [
        make.week(
            make.session("mon", "Lower A", main=[make.item("deadlift", s, reps=5, load=load)]),
            make.session("thu", "Lower B", main=[make.item("back-squat", 3, reps=5, load=60)]),
        )
        for load, s in zip(loads, sets, strict=True)
    ]
    return make.plan(*weeks)


def _with(program: Program, *checkins: dict[str, Any]) -> Program:
    return Program.model_validate(program.model_dump() | {"checkins": list(checkins)}, strict=False)


def test_ck604_a_score_of_5_holds_the_next_week(make: PlanBuilder) -> None:
    plan = _rising(make, [80, 85, 90])
    strong = _checkin("2026-01-05", "doms", pain_score=5, after_exercise="deadlift")
    [finding] = make.check(_with(plan, strong), "CK604")
    assert (finding.severity, finding.week, finding.day, finding.exercise) == (
        "warning",
        2,
        "mon",
        "deadlift",
    )
    assert "reports pain of 5/10 for Deadlift" in finding.message
    assert "week 2 raises its load (80 → 85 kg)" in finding.message
    assert "hold the dose of week 1" in finding.message
    # Near misses: a 4, a held week, a check-in in the last week.
    mild = _checkin("2026-01-05", "doms", pain_score=4, after_exercise="deadlift")
    assert make.check(_with(plan, mild), "CK604") == []
    assert make.check(_with(_rising(make, [80, 80, 85]), strong), "CK604") == []
    last = _checkin("2026-01-19", "doms", pain_score=8, after_exercise="deadlift")
    assert make.check(_with(plan, last), "CK604") == []


def test_ck604_more_sets_count_as_progression_too(make: PlanBuilder) -> None:
    plan = _rising(make, [80, 80], sets=[3, 4])
    [finding] = make.check(
        _with(plan, _checkin("2026-01-06", "sharp", pain_score=6, after_exercise="deadlift")),
        "CK604",
    )
    assert "raises its sets (3 → 4)" in finding.message


def test_ck604_without_an_exercise_holds_the_session_before(make: PlanBuilder) -> None:
    plan = _rising(make, [80, 85])
    # Tuesday: Monday's session is the one it is about; its deadlift rises next week.
    [finding] = make.check(_with(plan, _checkin("2026-01-06", "doms", pain_score=7)), "CK604")
    assert finding.exercise == "deadlift"
    # Friday: Thursday's session is the one before, and its back squat stays at 60 kg.
    assert make.check(_with(plan, _checkin("2026-01-09", "doms", pain_score=7)), "CK604") == []


def test_ck604_pain_worse_the_next_morning(make: PlanBuilder) -> None:
    plan = _rising(make, [80, 85])
    after = _checkin("2026-01-05", "doms", pain_score=3, onset="during", after_exercise="deadlift")
    worse = _checkin(
        "2026-01-06", "doms", pain_score=4, onset="next-day", after_exercise="deadlift"
    )
    [finding] = make.check(_with(plan, after, worse), "CK604")
    assert "pain worse the next morning (3 → 4/10)" in finding.message
    assert finding.week == 2
    same = worse | {"pain_score": 3}
    assert make.check(_with(plan, after, same), "CK604") == []
    not_next_day = worse | {"onset": "hours"}
    assert make.check(_with(plan, after, not_next_day), "CK604") == []
    other_lift = worse | {"after_exercise": "back-squat"}
    assert make.check(_with(plan, after, other_lift), "CK604") == []
    too_late = worse | {"date": "2026-01-08"}
    assert make.check(_with(plan, after, too_late), "CK604") == []
