"""Which check-in a CK finding is about: where the window's Adjust plan… starts from a finding.

A finding carries a place in the plan, not the check-in behind it, but every CK message names
the date of the check-in it reads ("The check-in of 2026-02-03 reports ...", "Sharp pain was
reported after Deadlift on 2026-02-03"). The date named first is that check-in; CK603 lists
every soreness it counted, oldest first, and the latest of them is the one to adjust after,
since the adjustment reaches forward from it. Of several check-ins on that date, the most
urgent (`adjust.checkin_on`).
"""

from __future__ import annotations

import re
from datetime import date

from planner_gui.domain.checkins.adjust import checkin_on
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import (
    PAIN_HOLDS_PROGRESSION,
    RED_FLAG,
    REPEATED_SORENESS,
    SHARP_PAIN_EXERCISE_KEPT,
)

#: The check-in rules' codes, in code order.
CHECKIN_CODES: tuple[str, ...] = tuple(
    rule.code
    for rule in (RED_FLAG, SHARP_PAIN_EXERCISE_KEPT, REPEATED_SORENESS, PAIN_HOLDS_PROGRESSION)
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def dates_named(text: str) -> list[date]:
    """The ISO dates in `text`, in the order they appear (malformed ones left out)."""
    found: list[date] = []
    for match in _ISO_DATE.findall(text):
        try:
            found.append(date.fromisoformat(match))
        except ValueError:
            continue
    return found


def checkin_of_finding(program: Program, finding: Finding) -> int | None:
    """The index in `program.checkins` of the check-in `finding` is about; None for a finding
    of another rule, or one whose check-in the plan no longer holds."""
    if finding.code not in CHECKIN_CODES:
        return None
    reported = {checkin.date for checkin in program.checkins}
    named = [day for day in dates_named(finding.message) if day in reported]
    if not named:
        return None
    chosen = max(named) if finding.code == REPEATED_SORENESS.code else named[0]
    return checkin_on(program, chosen)
