"""Every sentence the triage prints ends a thought: a sentence that opens with "If" also says
what to do then (the user report's "If it is not clearly better within 72 hours or it keeps
coming back." was a condition with nothing after it)."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from planner_gui.domain.checkins.triage import Triage, triage
from planner_gui.domain.models import CheckIn
from planner_gui.domain.vocabulary import RED_FLAGS

#: Words a main clause after an "If ..." condition starts with (the triage speaks in
#: imperatives, or names the tier's call after a colon).
_MAIN_CLAUSE = re.compile(
    r"(:\s*\S|,\s*(?:see|stop|leave|go|call|book|trim|ease|keep|hold|have|tell|get|"
    r"record|swap|do|rest|then)\b)",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """`text` cut at the end of each sentence (a full stop, ! or ? before a space or the end)."""
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def every_text(outcome: Triage) -> list[str]:
    return [outcome.headline, *outcome.steps, outcome.see_clinician, *outcome.notes]


def outcomes() -> list[Triage]:
    earlier = [
        CheckIn(date=date(2026, 1, 5), pain="sharp", after_exercise="deadlift"),
        CheckIn(date=date(2026, 1, 6), pain="doms"),
    ]
    found: list[Triage] = []
    answers = itertools.product(
        ("none", "doms", "sharp"),
        (None, "during", "hours", "next-day"),
        (None, 3, 8),
        (None, True, False),
        (False, True),
        (None, "deadlift"),
    )
    for pain, onset, score, eases, cleared, exercise in answers:
        checkin = CheckIn(
            date=date(2026, 1, 12),
            pain=pain,
            onset=onset,
            pain_score=score,
            eases_with_movement=eases,
            cleared=cleared,
            after_exercise=exercise,
        )
        found.append(triage(checkin))
        found.append(triage(checkin, earlier=earlier))
    for flag, cleared in itertools.product(RED_FLAGS, (False, True)):
        checkin = CheckIn(date=date(2026, 1, 12), pain="doms", red_flags=[flag], cleared=cleared)
        found.append(triage(checkin))
    return found


def test_no_triage_sentence_is_a_bare_condition() -> None:
    bare = {
        sentence
        for outcome in outcomes()
        for text in every_text(outcome)
        for sentence in sentences(text)
        if sentence.startswith("If ") and not _MAIN_CLAUSE.search(sentence)
    }
    assert not bare


@pytest.mark.parametrize(
    "sentence",
    [
        "If it is not clearly better within 72 hours or it keeps coming back.",
        "If it is not clearly better within 72 hours, gets worse or keeps coming back.",
    ],
)
def test_the_check_notices_a_bare_condition(sentence: str) -> None:
    assert not _MAIN_CLAUSE.search(sentence)


def test_sharp_pain_after_clearance_says_whom_to_see() -> None:
    outcome = triage(
        CheckIn(
            date=date(2026, 1, 12),
            pain="sharp",
            after_exercise="deadlift",
            red_flags=["bladder-bowel"],
            cleared=True,
        )
    )
    assert outcome.see_clinician.startswith(
        "Go back to them at once if a red flag returns. See a doctor or physio if it is not "
        "clearly better within 72 hours or it keeps coming back."
    )
