"""Triage: every outcome, the order of urgency, missing answers, and plain, non-diagnosing words."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from planner_gui.domain.brand import SafetySection, SafetyWording
from planner_gui.domain.checkins.triage import (
    EMERGENCY_FLAGS,
    FLAG_TIERS,
    FLAGS_BY_TIER,
    LEVEL_TITLES,
    LEVELS,
    SAME_DAY_FLAGS,
    SOON_FLAGS,
    TIER_FLAGS,
    TIERS,
    Triage,
    flag_signs,
    red_flag_guidance,
    tier_of,
    triage,
    urgency,
    worst,
)
from planner_gui.domain.models import CheckIn
from planner_gui.domain.vocabulary import RED_FLAGS

#: Words that would diagnose or forecast harm rather than describe and advise.
NOT_SAID = re.compile(
    r"injur|strain(?!ed)|sciatica|cauda|herniat|disc|fracture|tear\b|torn|you will|damage",
    re.IGNORECASE,
)
NAMES = {"deadlift": "Deadlift", "back-squat": "Back squat"}


def _checkin(pain: str = "none", when: str = "2026-01-13", **answers: Any) -> CheckIn:
    return CheckIn.model_validate({"date": when, "pain": pain, **answers}, strict=False)


def _triage(checkin: CheckIn, earlier: list[CheckIn] | None = None) -> Triage:
    return triage(checkin, earlier=earlier or [], name_of=lambda e: NAMES.get(e, e))


def _text(outcome: Triage) -> str:
    return "\n".join(outcome.lines())


# -- the red flags --------------------------------------------------------------------------


def test_the_three_tiers_hold_every_red_flag_once() -> None:
    assert TIERS == ("emergency", "same_day", "soon")
    assert set(FLAG_TIERS) == set(RED_FLAGS)
    assert {"bladder-bowel", "saddle-numbness", "leg-weakness"} == EMERGENCY_FLAGS
    assert {
        "radiating-leg-pain",
        "leg-numbness-tingling",
        "fever-chills",
        "weight-loss",
        "gait-change",
    } == SAME_DAY_FLAGS
    assert {"night-pain", "pain-at-rest", "worsening-after-72h"} == SOON_FLAGS
    assert sorted(FLAGS_BY_TIER) == sorted(RED_FLAGS)
    assert [FLAG_TIERS[flag] for flag in FLAGS_BY_TIER] == sorted(
        FLAG_TIERS.values(), key=TIERS.index
    )
    assert all(TIER_FLAGS[tier] for tier in TIERS)
    assert tier_of([]) is None
    assert tier_of(["night-pain", "fever-chills"]) == "same_day"
    assert tier_of(["night-pain", "weight-loss"]) == "same_day"  # urgent, like a fever


@pytest.mark.parametrize("flag", sorted(EMERGENCY_FLAGS))
def test_an_emergency_sign_means_the_emergency_department_now(flag: str) -> None:
    outcome = _triage(_checkin("doms", red_flags=[flag]))
    assert outcome.level == "emergency"
    assert outcome.headline == "Go to an emergency department now."
    assert outcome.title == "Go to an emergency department now"
    assert outcome.see_clinician == "Go to an emergency department now."
    assert "call the emergency services" in _text(outcome)
    assert outcome.red_flag


@pytest.mark.parametrize("flag", sorted(SAME_DAY_FLAGS))
def test_a_same_day_sign_means_a_doctor_today(flag: str) -> None:
    outcome = _triage(_checkin("sharp", after_exercise="deadlift", red_flags=[flag]))
    assert outcome.level == "same_day"
    assert outcome.headline == "See a doctor today."
    assert outcome.see_clinician.startswith("See a doctor today. If bladder or bowel control")
    # The emergency signs are named as the reason to go at once, with their own call.
    assert outcome.see_clinician.endswith(": Go to an emergency department now.")
    assert "Leave every session until a clinician has seen you" in _text(outcome)
    assert outcome.red_flag


@pytest.mark.parametrize("flag", sorted(SOON_FLAGS))
def test_a_soon_sign_means_a_doctor_s_appointment_within_days(flag: str) -> None:
    outcome = _triage(_checkin("doms", red_flags=[flag]))
    assert outcome.level == "soon"
    assert outcome.headline == "Book a doctor's appointment within a few days."
    see = outcome.see_clinician
    assert see.startswith("Book a doctor's appointment within a few days. If pain runs down")
    assert see.index(": See a doctor today.") < see.index(": Go to an emergency department now.")
    assert "Leave every session until a clinician has seen you" in _text(outcome)
    assert outcome.red_flag


def test_the_most_urgent_tier_wins() -> None:
    assert _triage(_checkin(red_flags=["night-pain", "fever-chills"])).level == "same_day"
    assert _triage(_checkin(red_flags=["gait-change", "leg-weakness"])).level == "emergency"
    assert _triage(_checkin(red_flags=["worsening-after-72h"])).level == "soon"


def test_a_clinic_s_headings_are_what_every_tier_tells_the_athlete() -> None:
    wording = SafetyWording(
        emergency=SafetySection("Ring 999 or go to A&E now"),
        same_day=SafetySection("Ring Northside before 6 pm today:"),
        soon=SafetySection("Book with Northside this week"),
    )
    urgent = triage(_checkin(red_flags=["leg-weakness"]), wording=wording)
    assert (urgent.headline, urgent.title) == (
        "Ring 999 or go to A&E now.",
        "Ring 999 or go to A&E now",
    )
    today = triage(_checkin(red_flags=["fever-chills"]), wording=wording)
    assert today.headline == "Ring Northside before 6 pm today."
    assert today.title == "Ring Northside before 6 pm today"  # the colon is the page's
    assert today.see_clinician.endswith(": Ring 999 or go to A&E now.")
    soon = red_flag_guidance("night-pain", wording)
    assert soon.headline == "Book with Northside this week."
    assert ": Ring Northside before 6 pm today." in soon.see_clinician
    # The calmer levels name the red flags to watch for with the clinic's calls too.
    calm = triage(_checkin("doms"), wording=wording)
    assert ": Ring Northside before 6 pm today." in calm.see_clinician
    assert "Go to an emergency department" not in _text(calm)
    # Empty headings fall back to the built-in ones.
    assert triage(_checkin(red_flags=["night-pain"]), wording=SafetyWording()).headline == (
        "Book a doctor's appointment within a few days."
    )


def test_the_emergency_outranks_other_red_flags_and_names_them_all() -> None:
    outcome = _triage(_checkin(red_flags=["night-pain", "saddle-numbness"]))
    assert outcome.level == "emergency"
    assert "numbness in the saddle area and pain that wakes you at night" in outcome.steps[0]


def test_red_flags_outrank_any_pain_answer() -> None:
    calm = dict(pain_score=1, onset="next-day", eases_with_movement=True)
    assert _triage(_checkin("doms", red_flags=["fever-chills"], **calm)).level == "same_day"


def test_a_cleared_check_in_gets_its_pain_guidance_with_the_clinician_first() -> None:
    outcome = _triage(_checkin("doms", red_flags=["radiating-leg-pain"], cleared=True))
    assert outcome.level == "doms"
    assert outcome.steps[0].startswith("A clinician has cleared training after pain running")
    assert outcome.see_clinician.startswith("Go back to them at once if a red flag returns.")
    plain = _triage(_checkin(cleared=True))
    assert (plain.level, plain.steps[0][:32]) == ("none", "A clinician has cleared training")


# -- sharp pain -----------------------------------------------------------------------------


def test_sharp_pain_during_a_lift() -> None:
    outcome = _triage(_checkin("sharp", after_exercise="deadlift", onset="during"))
    assert outcome.level == "sharp"
    assert outcome.headline == "Sharp pain during Deadlift: stop that movement."
    text = _text(outcome)
    assert "Leave Deadlift out" in text
    assert "24-48 hours use cold" in text and "warmth" in text  # cold first, then heat
    assert "walks" in text and "bed rest" in text
    assert "72 hours" in outcome.see_clinician and "keeps coming back" in outcome.see_clinician
    assert outcome.notes == ()


def test_sharp_pain_without_onset_or_exercise_is_read_cautiously_and_says_so() -> None:
    outcome = _triage(_checkin("sharp"))
    assert outcome.level == "sharp"
    assert outcome.headline == "Sharp pain: stop the movement that brought it on."
    assert any("No onset was given" in note for note in outcome.notes)
    assert any("No exercise was named" in note for note in outcome.notes)


def test_sharp_pain_that_came_on_later_still_stops_the_movement() -> None:
    outcome = _triage(_checkin("sharp", after_exercise="deadlift", onset="next-day"))
    assert outcome.level == "sharp"
    assert "the next day or later after Deadlift" in outcome.headline


def test_sharp_pain_that_keeps_coming_back_is_to_be_checked_soon() -> None:
    first = _checkin("sharp", "2026-01-06", after_exercise="deadlift")
    other = _checkin("sharp", "2026-01-08", after_exercise="back-squat")
    again = _checkin("sharp", after_exercise="deadlift", onset="during")
    outcome = _triage(again, [first, other, again])
    assert outcome.steps[0].startswith("This is not the first time (2026-01-06)")
    assert outcome.see_clinician.startswith("Soon, because it keeps coming back")
    assert "not the first time" not in _text(_triage(again, [other]))


# -- soreness -------------------------------------------------------------------------------


def test_dull_soreness_hours_later_that_eases_is_likely_doms() -> None:
    outcome = _triage(_checkin("doms", pain_score=3, onset="next-day", eases_with_movement=True))
    assert outcome.level == "doms"
    assert outcome.title == "Likely ordinary muscle soreness"
    text = _text(outcome)
    assert "Keep moving lightly" in text
    assert "ease within about 72 hours" in text
    assert "trim the volume first (a set less) and only then the load" in text
    assert "72 hours" in outcome.see_clinician
    assert outcome.notes == ()


def test_soreness_that_repeats_is_counted_and_a_strong_score_holds_progression() -> None:
    earlier = [_checkin("doms", "2026-01-06"), _checkin("doms", "2026-01-09")]
    outcome = _triage(_checkin("doms", pain_score=5, onset="hours"), earlier)
    text = _text(outcome)
    assert "Soreness has been reported 3 times now" in text
    assert "At 5/10, hold progression" in text
    assert "hold progression" not in _text(_triage(_checkin("doms", pain_score=4)))


def test_missing_soreness_answers_assume_the_usual_pattern_and_say_so() -> None:
    outcome = _triage(_checkin("doms"))
    assert outcome.level == "doms"
    notes = " ".join(outcome.notes)
    assert "No onset was given" in notes
    assert "Not asked whether it eases" in notes
    assert "No pain score was given" in notes


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({"onset": "during"}, "it began during the session"),
        ({"eases_with_movement": False}, "it does not ease when you move"),
        ({"pain_score": 8}, "a score of 8/10 is stronger"),
    ],
)
def test_soreness_that_does_not_fit_the_pattern_is_not_called_doms(
    answers: dict[str, Any], reason: str
) -> None:
    outcome = _triage(_checkin("doms", after_exercise="back-squat", **answers))
    assert outcome.level == "unclear"
    assert reason in outcome.steps[0]
    assert "Back squat" in outcome.steps[1]
    assert "DOMS" not in outcome.headline
    assert "72 hours" in outcome.see_clinician


# -- no pain --------------------------------------------------------------------------------


def test_no_pain_still_says_when_to_see_a_clinician() -> None:
    outcome = _triage(_checkin())
    assert outcome.level == "none"
    assert outcome.headline == "No pain reported: train as planned."
    assert "72 hours" in outcome.see_clinician
    assert ": Go to an emergency department now." in outcome.see_clinician
    scored = _triage(_checkin(pain_score=4))
    assert "record it as soreness or sharp pain" in scored.notes[0]


# -- every outcome --------------------------------------------------------------------------


def _one_of_each() -> dict[str, CheckIn]:
    return {
        "emergency": _checkin(red_flags=["bladder-bowel"]),
        "same_day": _checkin(red_flags=["gait-change"]),
        "soon": _checkin(red_flags=["pain-at-rest"]),
        "sharp": _checkin("sharp", after_exercise="deadlift", onset="during"),
        "unclear": _checkin("doms", onset="during"),
        "doms": _checkin("doms", onset="hours", eases_with_movement=True, pain_score=2),
        "none": _checkin(),
    }


def test_every_level_is_reached_and_says_when_to_see_a_clinician() -> None:
    outcomes = {level: _triage(checkin) for level, checkin in _one_of_each().items()}
    assert {level: outcome.level for level, outcome in outcomes.items()} == {
        level: level for level in LEVELS
    }
    for outcome in outcomes.values():
        assert outcome.see_clinician.strip()
        assert outcome.steps
        assert outcome.title == LEVEL_TITLES[outcome.level]
        lines = outcome.lines()
        assert lines[0] == outcome.headline
        assert f"When to see a clinician: {outcome.see_clinician}" in lines
        assert not NOT_SAID.search(_text(outcome)), (outcome.level, _text(outcome))


def test_no_title_or_sentence_an_athlete_reads_says_doms() -> None:
    """Athletes and clinics read the triage: "DOMS" is jargon; the form says "Dull muscle
    soreness" and the guidance "ordinary muscle soreness"."""
    checkins = [
        _checkin(pain, onset=onset, eases_with_movement=eases, pain_score=score, cleared=cleared)
        for pain in ("none", "doms", "sharp")
        for onset in (None, "during", "hours", "next-day")
        for eases in (None, True, False)
        for score in (None, 3, 8)
        for cleared in (False, True)
    ]
    outcomes = [_triage(c, [_checkin("doms", "2026-01-06")]) for c in checkins]
    seen = {outcome.level for outcome in outcomes}
    assert {"doms", "unclear", "sharp", "none"} <= seen
    for outcome in outcomes:
        assert "DOMS" not in outcome.title
        assert not re.search(r"\bDOMS\b", _text(outcome), re.IGNORECASE), _text(outcome)
    assert LEVEL_TITLES["doms"] == "Likely ordinary muscle soreness"
    assert _triage(_checkin("doms", onset="next-day", eases_with_movement=True)).headline == (
        "Most likely ordinary muscle soreness from training."
    )
    assert not [title for title in LEVEL_TITLES.values() if "DOMS" in title]


def test_every_red_flag_is_named_in_words() -> None:
    for flag in RED_FLAGS:
        outcome = _triage(_checkin(red_flags=[flag]))
        assert flag_signs([flag]) in outcome.steps[0]
        assert not NOT_SAID.search(_text(outcome))


def test_urgency_orders_the_levels_and_worst_picks_the_most_urgent() -> None:
    assert [urgency(level) for level in LEVELS] == list(range(len(LEVELS)))
    outcomes = [_triage(c) for c in _one_of_each().values()]
    picked = worst(reversed(outcomes))
    assert picked is not None and picked.level == "emergency"
    assert worst([]) is None


def test_triage_reads_only_earlier_check_ins() -> None:
    later = _checkin("sharp", "2026-02-01", after_exercise="deadlift")
    now = _checkin("sharp", after_exercise="deadlift", onset="during")
    assert "not the first time" not in _text(_triage(now, [later, now]))
    assert now.date == date(2026, 1, 13)
