"""Which check-in a CK finding is about: the date it names, found among the plan's check-ins."""

from __future__ import annotations

from typing import Any

from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.reported import CHECKIN_CODES, checkin_of_finding, dates_named
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import CheckIn, Program
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program


def _add(program: Program, **answers: Any) -> int:
    program.checkins.append(CheckIn.model_validate(answers, strict=False))
    return len(program.checkins) - 1


def _found(program: Program, code: str) -> list[Finding]:
    return [f for f in check_program(program, editing_catalog()) if f.code == code]


def test_the_codes_are_the_four_check_in_rules() -> None:
    assert CHECKIN_CODES == ("CK601", "CK602", "CK603", "CK604")


def test_dates_are_read_in_order_and_malformed_ones_skipped() -> None:
    text = "The check-in of 2026-01-12 (not 2026-02-30) is cleared on 2026-01-20."
    assert [d.isoformat() for d in dates_named(text)] == ["2026-01-12", "2026-01-20"]
    assert dates_named("no date here") == []


def test_a_pain_hold_finding_is_about_its_check_in() -> None:
    program = editing_program(6)
    _add(program, date="2026-01-06", pain="none")
    index = _add(program, date="2026-01-12", pain="doms", pain_score=6, after_exercise="deadlift")
    (finding,) = _found(program, "CK604")
    assert checkin_of_finding(program, finding) == index


def test_a_red_flag_finding_is_about_the_flag_not_the_clearance() -> None:
    program = editing_program(4)
    flagged = _add(program, date="2026-01-06", pain="sharp", red_flags=["leg-weakness"])
    _add(program, date="2026-01-20", pain="none", cleared=True)
    findings = _found(program, "CK601")
    assert findings  # sessions between the flag and its clearance
    assert all("2026-01-20" in f.message for f in findings)
    assert {checkin_of_finding(program, f) for f in findings} == {flagged}


def test_sharp_pain_findings_are_about_the_sharp_pain() -> None:
    program = editing_program(3)
    _add(program, date="2026-01-04", pain="none")
    sharp = _add(program, date="2026-01-05", pain="sharp", after_exercise="deadlift")
    findings = _found(program, "CK602")
    assert findings
    assert {checkin_of_finding(program, f) for f in findings} == {sharp}


def test_repeated_soreness_is_about_the_latest_soreness() -> None:
    program = editing_program(3)
    for day in ("2026-01-06", "2026-01-13"):
        _add(program, date=day, pain="doms", after_exercise="deadlift")
    program.weeks[0].sessions[0].blocks[1].items[0].rpe = 9
    program.weeks[1].sessions[0].blocks[1].items[0].rpe = 9
    (finding,) = _found(program, "CK603")
    assert "2026-01-06" in finding.message and "2026-01-13" in finding.message
    assert checkin_of_finding(program, finding) == 1


def test_other_findings_and_dates_the_plan_lacks_give_none() -> None:
    program = editing_program(2)
    _add(program, date="2026-01-12", pain="doms")
    other = Finding("PO101", "warning", "Load rises on 2026-01-12")
    assert checkin_of_finding(program, other) is None
    stale = Finding("CK604", "warning", "The check-in of 2026-03-01 reports pain of 6/10")
    assert checkin_of_finding(program, stale) is None
