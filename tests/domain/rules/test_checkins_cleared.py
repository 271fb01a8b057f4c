"""A clinician's clearance as the check-in rules read it: CK602 ends at a clearance recorded on
the sharp-pain check-in itself (as its rationale says), and CK601 keeps a trace of a red flag a
clinician cleared (an info finding naming the check-in), not silence."""

from __future__ import annotations

from typing import Any

from planner_gui.domain.export_gate import export_gate
from planner_gui.domain.models import CheckIn
from planner_gui.domain.rules.registry import REGISTRY
from tests.domain.rules.test_checkins import _hinge_weeks
from tests.domain.test_export_gate import _sample
from tests.support.plans import PlanBuilder


def _checkin(when: str, pain: str = "none", **extra: Any) -> dict[str, Any]:
    return {"date": when, "pain": pain, **extra}


def test_ck602_a_clearance_on_the_sharp_pain_check_in_itself_ends_it(make: PlanBuilder) -> None:
    weeks = _hinge_weeks(make)
    kept = [_checkin("2026-01-05", "sharp", after_exercise="deadlift")]
    assert len(make.check(make.plan(*weeks, checkins=kept), "CK602")) == 5
    cleared = [_checkin("2026-01-05", "sharp", after_exercise="deadlift", cleared=True)]
    assert make.check(make.plan(*weeks, checkins=cleared), "CK602") == []
    unnamed = [_checkin("2026-01-06", "sharp", cleared=True)]
    assert make.check(make.plan(*weeks, checkins=unnamed), "CK602") == []


def test_ck602_near_miss_a_clearance_before_the_sharp_pain_does_not_end_it(
    make: PlanBuilder,
) -> None:
    weeks = _hinge_weeks(make)
    earlier = [
        _checkin("2026-01-04", cleared=True),
        _checkin("2026-01-05", "sharp", after_exercise="deadlift"),
    ]
    assert len(make.check(make.plan(*weeks, checkins=earlier), "CK602")) == 5


def test_ck602_rationale_names_the_clearance_on_the_check_in_itself() -> None:
    text = REGISTRY["CK602"].rationale
    assert "recorded on the sharp-pain check-in itself or on a later one" in text


def test_ck601_a_red_flag_cleared_on_its_own_check_in_leaves_a_note(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week())
    flags = ["bladder-bowel", "saddle-numbness"]
    cleared = [_checkin("2026-01-13", red_flags=flags, cleared=True)]
    [note] = make.check(make.plan(*weeks, checkins=cleared), "CK601")
    assert note.severity == "info"
    assert (note.week, note.day) == (2, "tue")
    assert note.message.startswith("Red flag on 2026-01-13, cleared by a clinician:")
    assert "loss of bladder or bowel control" in note.message
    assert "the clearance is recorded on the same check-in." in note.message


def test_ck601_a_later_clearance_keeps_the_errors_before_it_and_a_note(
    make: PlanBuilder,
) -> None:
    weeks = (make.clean_week(), make.clean_week(), make.clean_week())
    checkins = [
        _checkin("2026-01-13", red_flags=["fever-chills"]),
        _checkin("2026-01-19", cleared=True),
    ]
    findings = make.check(make.plan(*weeks, checkins=checkins), "CK601")
    errors = [f for f in findings if f.severity == "error"]
    [note] = [f for f in findings if f.severity == "info"]
    assert [(f.week, f.day) for f in errors] == [(2, "wed"), (2, "fri")]
    assert "the clearance is recorded on the check-in of 2026-01-19." in note.message


def test_ck601_near_miss_an_open_red_flag_has_no_note(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), make.clean_week())
    open_flag = [_checkin("2026-01-13", red_flags=["bladder-bowel"])]
    findings = make.check(make.plan(*weeks, checkins=open_flag), "CK601")
    assert findings
    assert {f.severity for f in findings} == {"error"}


def test_the_export_gate_counts_no_note_as_a_red_flag() -> None:
    program, catalog = _sample()
    program.checkins = [
        CheckIn(date=program.start_date, red_flags=["bladder-bowel"], cleared=True),
        CheckIn(date=program.session_date(1, "mon"), red_flags=["fever-chills"]),
    ]
    gate = export_gate(program, catalog)
    assert gate.needs_confirmation
    blocking = gate.findings
    assert blocking and {f.severity for f in blocking} == {"error"}
    program.checkins = program.checkins[:1]
    assert export_gate(program, catalog).allows()
