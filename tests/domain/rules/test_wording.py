"""How findings are worded (DESIGN.md): they describe the plan and say what to change, call the
limits guidelines, and never predict injury."""

from __future__ import annotations

import re
from typing import Any

from planner_gui.domain.findings import Finding
from tests.support.plans import PlanBuilder

#: Words that would predict harm instead of describing the plan.
PREDICTIONS = re.compile(
    r"injur|you will|will get|get hurt|damage|tear|dangerous|unsafe|cause[sd]? (pain|harm)",
    re.IGNORECASE,
)
#: Rules whose findings are facts about the data or the athlete, not a guideline.
NOT_GUIDELINES = {"DA501", "DA502", "CK601", "CK602", "CK603", "CK604"}


def _everything_wrong(make: PlanBuilder) -> list[Finding]:
    """A plan that breaks nearly every rule at least once (RC204's pairs are all RC201's, the
    deload comes in time for PO105, and the hip-flexor stretch in the warm-up satisfies BA403).

    Session RPE doubles from week 5, so the session load does too (PO102, PO103)."""

    def week(load: float, sets: int, rpe: float, effort: float, **extra: Any) -> dict[str, Any]:
        days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        heavy = [
            make.item("deadlift", sets, reps=5, load=load, rpe=rpe),
            make.item("good-morning", sets, reps=8, load=load / 2, rpe=rpe),
            make.item("bench-press", sets, reps=8, load=load / 2, rpe=rpe),
            make.item("row", sets, reps=8, load=load / 3, rpe=rpe),
        ]
        warmup = [make.item("hip-flexor-stretch", 2, hold_s=30)]
        sessions = [
            make.session(day, duration=20, rpe=effort, warmup=warmup, main=heavy, core=[], glute=[])
            for day in days
        ]
        sessions[0] = make.session(
            "mon",
            duration=20,
            rpe=effort,
            warmup=[],
            main=[*heavy, *[make.item(e.id, 1) for e in make.catalog][:12]],
            core=[make.item("sit-up", 3, reps=20)],
            glute=[],
            mobility=[make.item("calf-stretch", 1, hold_s=30)],
        )
        return make.week(*sessions, **extra)

    weeks = [week(100, 3, 8, 5) for _ in range(4)]
    weeks += [week(140, 6, 10, 10), week(140, 6, 10, 10, deload=True)]
    weeks += [week(145, 6, 10, 10) for _ in range(2)]
    checkins = [
        {"date": "2026-01-06", "pain": "sharp", "after_exercise": "deadlift"},
        {"date": "2026-01-07", "pain": "doms"},
        {"date": "2026-01-08", "pain": "doms"},
        {"date": "2026-01-09", "red_flags": ["night-pain"]},
        {"date": "2026-01-27", "pain": "doms", "pain_score": 6, "after_exercise": "deadlift"},
    ]
    program = make.plan(*weeks, checkins=checkins)
    program.weeks[0].sessions[1].blocks[1].items[0].exercise = "deadlfit"
    program.weeks[0].sessions[1].blocks[1].items[1].sets = 12
    return make.check(program)


def test_findings_describe_the_plan_and_never_predict_injury(make: PlanBuilder) -> None:
    findings = _everything_wrong(make)
    codes = {finding.code for finding in findings}
    assert len(codes) >= 25, sorted(codes)
    assert {"PO108", "PO109", "WU302", "WU304", "TI701", "TI702", "CK604"} <= codes
    for finding in findings:
        assert not PREDICTIONS.search(finding.message), (finding.code, finding.message)
        assert finding.message.endswith((".", ")")), (finding.code, finding.message)


def test_guideline_rules_say_guideline(make: PlanBuilder) -> None:
    for finding in _everything_wrong(make):
        if finding.code in NOT_GUIDELINES or finding.code in {"WU301", "WU303", "BA403", "BA404"}:
            continue
        assert "guideline" in finding.message, (finding.code, finding.message)
