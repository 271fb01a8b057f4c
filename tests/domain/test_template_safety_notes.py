"""No template note tells the athlete something calmer about a red-flag symptom than the triage
does: a sentence that names a symptom of the triage's list and says what to do about it says
what the symptom's tier says (or something more urgent).

The user report found the 8-week template's week-3 note sending "pain running down a leg" to
the physio while the safety page (the triage's `same_day` tier) says "See a doctor today and
leave training until then". The references put pain, numbness or tingling down a leg among the
signs that need a medical check without delay, a same-day matter.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner_gui.domain.brand import BUILT_IN_SAFETY
from planner_gui.domain.checkins.triage import FLAG_TIERS, TIERS, Tier
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.domain.vocabulary import RedFlag
from planner_gui.resources import template_paths

#: How a note may name each red flag (the triage's list).
SYMPTOMS: dict[RedFlag, re.Pattern[str]] = {
    "bladder-bowel": re.compile(r"\b(bladder|bowel)\b"),
    "saddle-numbness": re.compile(r"\bsaddle\b"),
    "leg-weakness": re.compile(
        r"\bleg (grows|growing|goes|feels) weak|\bweak(ness)? in (a|the|one) leg"
    ),
    "radiating-leg-pain": re.compile(
        r"\b(pain|ache)\b[^.;:]*\b(runs?|running|ran|radiat\w*|shoot\w*) down "
        r"(a|one|both|the|your) legs?"
    ),
    "leg-numbness-tingling": re.compile(r"\b(numb\w*|tingl\w*)\b[^.;:]*\blegs?\b"),
    "fever-chills": re.compile(r"\b(fever|chills)\b"),
    "weight-loss": re.compile(r"\b(weight loss|lose weight)\b"),
    "gait-change": re.compile(r"\b(gait|the way you walk|your walking changes)\b"),
    "night-pain": re.compile(r"\bwakes? you\b[^.;:]*\bnight\b|\bnight pain\b"),
    "pain-at-rest": re.compile(r"\bpain at rest\b|\bdoes not ease at rest\b"),
    "worsening-after-72h": re.compile(r"\bworse after 72 hours\b"),
}
#: What a note may tell the athlete to do that is calmer than a red flag's call.
CALMER_CALLS = re.compile(
    r"\b(physio|coach|get checked|stop that exercise|check with|tell your|ease off)\b"
)


def call_of(tier: Tier) -> str:
    return BUILT_IN_SAFETY[tier].heading.casefold()


def urgent_enough(sentence: str, tier: Tier) -> bool:
    """Whether `sentence` gives the tier's call or a more urgent one."""
    return any(call_of(t) in sentence for t in TIERS[: TIERS.index(tier) + 1])


def sentences(text: str) -> list[str]:
    return [s.strip().casefold() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def notes_of(program: Program) -> list[tuple[str, str]]:
    found = [(f"week {n}", week.notes) for n, week in enumerate(program.weeks, 1)]
    for n, week in enumerate(program.weeks, 1):
        for session in week.sessions:
            for block in session.blocks:
                for item in block.items:
                    if item.note:
                        found.append((f"week {n} {session.day} {item.exercise}", item.note))
    return found


def contradictions(text: str) -> list[str]:
    """The sentences of `text` that name a red-flag symptom, give a calmer call than its
    tier's and not the tier's own."""
    found = []
    for sentence in sentences(text):
        for flag, pattern in SYMPTOMS.items():
            tier = FLAG_TIERS[flag]
            if not pattern.search(sentence):
                continue
            if CALMER_CALLS.search(sentence) and not urgent_enough(sentence, tier):
                found.append(f"{flag} ({tier}): {sentence}")
    return found


@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name)
def test_no_template_note_contradicts_the_triage(path: Path) -> None:
    program = load_plan(path)
    bad = [
        f"{where}: {problem}"
        for where, note in notes_of(program)
        for problem in contradictions(note)
    ]
    assert not bad


def test_the_notes_name_leg_pain_with_its_tier_s_call() -> None:
    """The notes that spoke of leg pain still do, now with the same-day call."""
    named = [
        sentence
        for path in template_paths()
        for _, note in notes_of(load_plan(path))
        for sentence in sentences(note)
        if SYMPTOMS["radiating-leg-pain"].search(sentence) and urgent_enough(sentence, "same_day")
    ]
    assert len(named) >= 2


def test_the_check_finds_the_week_3_note_the_user_report_quoted() -> None:
    old = (
        "A dull, even ache a day or two after training is normal; sharp pain, or pain running "
        "down a leg, is not: stop that exercise and check with your physio."
    )
    assert contradictions(old)
    assert not contradictions(
        "Pain, numbness or tingling running down a leg: see a doctor today and leave training "
        "until then."
    )
    assert contradictions("Pain that wakes you at night: tell your physio.")
