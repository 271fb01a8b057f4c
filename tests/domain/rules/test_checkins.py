"""CK601–CK603: red flags, sharp pain after an exercise that stays, repeated soreness."""

from __future__ import annotations

from typing import Any

from tests.support.plans import PlanBuilder


def _checkin(when: str, pain: str = "none", **extra: Any) -> dict[str, Any]:
    return {"date": when, "pain": pain, **extra}


def test_ck601_red_flag(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week())
    calm = make.plan(*weeks, checkins=[_checkin("2026-01-06", "doms")])
    assert make.check(calm, "CK601") == []
    flagged = make.plan(
        *weeks, checkins=[_checkin("2026-01-13", "sharp", red_flags=["saddle-numbness"])]
    )
    [finding] = make.check(flagged, "CK601")
    assert (finding.severity, finding.week, finding.day) == ("error", 2, "tue")
    assert "numbness in the saddle area" in finding.message
    assert "see a clinician now" in finding.message


def test_ck602_sharp_pain_after_an_exercise_kept_later(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week())
    sharp = [_checkin("2026-01-05", "sharp", after_exercise="deadlift")]
    [finding] = make.check(make.plan(*weeks, checkins=sharp), "CK602")
    # Monday of week 1 is the day of the check-in itself; the next deadlift is in week 2
    assert (finding.week, finding.day, finding.exercise) == (2, "mon", "deadlift")
    assert "stays in 1 later session" in finding.message
    dull = [_checkin("2026-01-05", "doms", after_exercise="deadlift")]
    assert make.check(make.plan(*weeks, checkins=dull), "CK602") == []
    last_week = [_checkin("2026-01-12", "sharp", after_exercise="deadlift")]
    assert make.check(make.plan(*weeks, checkins=last_week), "CK602") == []


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
