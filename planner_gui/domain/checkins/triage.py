"""What a check-in's answers call for, said plainly, the most urgent reading first.

The order is fixed: red flags outrank pain, sharp pain outranks soreness. The red flags come in
three tiers, most urgent first: `emergency` (the nerves at the base of the spine, a leg growing
weak: emergency care now), `same_day` (signs of an irritated nerve root, a fever, unexplained weight
loss, a change in walking: a doctor today) and `soon` (night pain, pain at rest, pain still
worse after 72 hours: a doctor's appointment within days). One check-in gets one outcome (its
`level`), with a headline, the steps to take and when to see a clinician; every outcome has
that last part, "no pain" too.

What a tier tells the athlete to do is the brand's wording (`domain.brand`, the tier's
heading), so a clinic's own words print everywhere the advice is given; without one the
built-in wording is used. The guidance describes what was reported and what usually
helps; it never names a diagnosis and never forecasts harm.

Answers may be missing (older check-ins, or a quick entry): no onset, no pain score, not asked
whether it eases with movement. The usual pattern is then assumed, and `notes` says what was
assumed, so the reader can add the answer. Answers that contradict the usual soreness pattern
(it began during the session, it does not ease when moving, a score of 7 or more) read as
"does not look like ordinary soreness" rather than as ordinary muscle soreness (the
clinician's DOMS, a word no athlete-facing text uses).

The window, `planner-gui checkin` and the handout all print the same `Triage`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from planner_gui.domain.brand import BUILT_IN_SAFETY, SafetyWording
from planner_gui.domain.models import CheckIn
from planner_gui.domain.vocabulary import RED_FLAG_TEXT, RED_FLAGS, Onset, Pain, RedFlag

#: How urgent a red flag is; each tier is also a part of the brand's safety wording.
Tier = Literal["emergency", "same_day", "soon"]
#: Every tier, most urgent first.
TIERS: tuple[Tier, ...] = get_args(Tier)
Level = Literal["emergency", "same_day", "soon", "sharp", "unclear", "doms", "none"]
#: Every level, most urgent first.
LEVELS: tuple[Level, ...] = get_args(Level)

#: Each red flag's tier. Loss of bladder or bowel control, saddle numbness and a leg growing
#: weak can mean pressure on the nerves at the base of the spine: emergency care. A nerve
#: root's signs (pain, numbness or tingling down a leg), a fever, unexplained weight loss
#: (urgent, like a fever, in the clinical references) and a change in walking need a doctor
#: the same day; the rest need a doctor's appointment within days.
FLAG_TIERS: dict[RedFlag, Tier] = {
    "bladder-bowel": "emergency",
    "saddle-numbness": "emergency",
    "leg-weakness": "emergency",
    "radiating-leg-pain": "same_day",
    "leg-numbness-tingling": "same_day",
    "fever-chills": "same_day",
    "weight-loss": "same_day",
    "gait-change": "same_day",
    "night-pain": "soon",
    "pain-at-rest": "soon",
    "worsening-after-72h": "soon",
}
#: Each tier's flags, in the format's order.
TIER_FLAGS: dict[Tier, tuple[RedFlag, ...]] = {
    tier: tuple(flag for flag in RED_FLAGS if FLAG_TIERS[flag] == tier) for tier in TIERS
}
#: The flags that need emergency care now.
EMERGENCY_FLAGS: frozenset[RedFlag] = frozenset(TIER_FLAGS["emergency"])
#: The flags that need a doctor today.
SAME_DAY_FLAGS: frozenset[RedFlag] = frozenset(TIER_FLAGS["same_day"])
#: The flags that need a doctor's appointment within days.
SOON_FLAGS: frozenset[RedFlag] = frozenset(TIER_FLAGS["soon"])
#: Every red flag, the most urgent tier first (how the form and the window list them).
FLAGS_BY_TIER: tuple[RedFlag, ...] = tuple(flag for tier in TIERS for flag in TIER_FLAGS[tier])

#: What each level is called where levels are listed (the window's panel, the handout); a
#: tier's title is its heading in the brand's wording (these are the built-in ones).
LEVEL_TITLES: dict[Level, str] = {
    "emergency": BUILT_IN_SAFETY["emergency"].heading,
    "same_day": BUILT_IN_SAFETY["same_day"].heading,
    "soon": BUILT_IN_SAFETY["soon"].heading,
    "sharp": "Sharp pain",
    "unclear": "Not ordinary soreness",
    "doms": "Likely ordinary muscle soreness",  # athletes and clinics read it: plain words
    "none": "No pain",
}

#: How the answers are named where they are offered as choices (the handout's blank form).
PAIN_TITLES: dict[Pain, str] = {
    "none": "No pain",
    "doms": "Dull muscle soreness",  # a patient reads it: no "DOMS"
    "sharp": "Sharp pain",
}
ONSET_TITLES: dict[Onset, str] = {
    "during": "during the session",
    "hours": "within hours",
    "next-day": "the next day or later",
}

#: A pain score from which progression holds (CK604's default): no more load or sets next week.
HOLD_PROGRESSION_SCORE = 5
#: A soreness score from which the report no longer reads as ordinary soreness.
STRONG_SCORE = 7

NameOf = Callable[[str], str]

#: When each tier's signs come on, in words that follow "If " (the escalation advice).
_TIER_SIGNS: dict[Tier, str] = {
    "emergency": "bladder or bowel control changes, the saddle area (groin, inner thighs) goes "
    "numb or a leg grows weak",
    "same_day": "pain runs down a leg, a leg goes numb or tingles, a fever or chills come on or "
    "your walking changes",
    "soon": "pain wakes you at night, does not ease at rest or is still getting worse after "
    "72 hours, or you lose weight without trying",
}
_COLD_THEN_HEAT = (
    "For the first 24-48 hours use cold: an ice pack wrapped in a cloth, 15-20 minutes at a "
    "time. After that, warmth (a heat pack, a warm shower) eases the stiffness."
)
_KEEP_MOVING = (
    "Keep moving gently: short, easy walks through the day are better than bed rest or long "
    "spells of sitting."
)


@dataclass(frozen=True)
class Triage:
    """The guidance one check-in gets.

    `steps` are in the order to take them; `see_clinician` always says when (and where, for
    the emergency signs); `notes` name the answers that were missing and what was assumed.
    """

    level: Level
    headline: str
    steps: tuple[str, ...]
    see_clinician: str
    notes: tuple[str, ...] = ()
    #: The level in a few words; empty means `LEVEL_TITLES`' (a tier's is the brand's heading).
    heading: str = ""

    @property
    def title(self) -> str:
        """The level in a few words ("See a doctor today")."""
        return self.heading or LEVEL_TITLES[self.level]

    @property
    def red_flag(self) -> bool:
        """Whether the outcome comes from a red flag (one of the three most urgent levels)."""
        return self.level in TIERS

    def lines(self) -> list[str]:
        """The guidance as lines of text: headline, steps ("- "), when to see a clinician,
        then the notes; how the command line prints it."""
        return [
            self.headline,
            *(f"- {step}" for step in self.steps),
            f"When to see a clinician: {self.see_clinician}",
            *(f"Note: {note}" for note in self.notes),
        ]


def urgency(level: Level) -> int:
    """0 for the most urgent level, higher for calmer ones (sort keys, "worst of" choices)."""
    return LEVELS.index(level)


def flag_signs(flags: Iterable[RedFlag]) -> str:
    """The red flags in words, in the format's order: "fever or chills and night pain"."""
    chosen = set(flags)
    words = [RED_FLAG_TEXT[flag] for flag in RED_FLAGS if flag in chosen]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def tier_of(flags: Iterable[RedFlag]) -> Tier | None:
    """The most urgent tier among `flags`, None when there are none."""
    chosen = {FLAG_TIERS[flag] for flag in flags}
    return next((tier for tier in TIERS if tier in chosen), None)


def sentence(text: str) -> str:
    """A heading as a sentence: stripped, with a full stop unless it ends in one of its own."""
    text = text.strip().rstrip(":;,").rstrip()
    return text if not text or text[-1] in ".!?…。" else f"{text}."


def tier_heading(tier: Tier, wording: SafetyWording | None = None) -> str:
    """What the tier tells the athlete to do, in the brand's words (the built-in ones without)."""
    return (wording or SafetyWording()).section(tier).heading


def watch_for(wording: SafetyWording | None = None, tiers: Iterable[Tier] = TIERS) -> str:
    """The red flags to watch for and what each tier's call is, most urgent last:
    "If pain runs down a leg ...: See a doctor today. If bladder or bowel control changes ...:
    Go to an emergency department now." """
    chosen = set(tiers)
    return " ".join(
        f"If {_TIER_SIGNS[tier]}: {sentence(tier_heading(tier, wording))}"
        for tier in reversed(TIERS)
        if tier in chosen
    )


def red_flag_guidance(flag: RedFlag, wording: SafetyWording | None = None) -> Triage:
    """The guidance a check-in reporting `flag` alone gets: what to do when it is ticked."""
    return _red_flag({flag}, wording or SafetyWording())


def triage(
    checkin: CheckIn,
    *,
    earlier: Sequence[CheckIn] = (),
    name_of: NameOf = str,
    wording: SafetyWording | None = None,
) -> Triage:
    """The guidance for `checkin`'s answers, the most urgent reading first.

    `earlier` holds the plan's other check-ins; those dated before this one tell whether the
    same pain keeps coming back. `name_of` turns an exercise id into its name; `wording` is
    the brand's (what the red-flag tiers tell the athlete to do), built in when None.
    """
    words = wording or SafetyWording()
    before = [other for other in earlier if other.date < checkin.date]
    exercise = name_of(checkin.after_exercise) if checkin.after_exercise else None
    flags = set(checkin.red_flags)
    if flags and not checkin.cleared:
        return _red_flag(flags, words)
    outcome = _by_pain(checkin, before, exercise, words)
    if checkin.cleared:
        outcome = _after_clearance(outcome, flags)
    return outcome


_CLEARED_STEP = (
    "Leave every session until a clinician has seen you and cleared training; then record a "
    "check-in marked cleared."
)


def _red_flag(flags: set[RedFlag], wording: SafetyWording) -> Triage:
    """The guidance of the most urgent tier among `flags`, in the brand's words."""
    tier = tier_of(flags)
    assert tier is not None
    heading = tier_heading(tier, wording)
    reported = f"You reported {flag_signs(flags)}."
    if tier == "emergency":
        steps: tuple[str, ...] = (
            f"{reported} Signs like these need hospital care the same day: do not wait to see "
            "whether they pass.",
            "If you cannot get there safely on your own, call the emergency services.",
            _CLEARED_STEP,
        )
        see = sentence(heading)
    elif tier == "same_day":
        steps = (
            f"{reported} Signs like these need a medical check today, not a change of program.",
            _CLEARED_STEP,
        )
        see = f"{sentence(heading)} {watch_for(wording, ('emergency',))}"
    else:
        steps = (
            f"{reported} Signs like these need a doctor to look at them within the next few "
            "days, not a change of program.",
            _CLEARED_STEP,
        )
        see = f"{sentence(heading)} {watch_for(wording, ('emergency', 'same_day'))}"
    return Triage(tier, sentence(heading), steps, see, heading=heading.strip().rstrip(":;, "))


def _by_pain(
    checkin: CheckIn, before: list[CheckIn], exercise: str | None, wording: SafetyWording
) -> Triage:
    watch = watch_for(wording)
    if checkin.pain == "sharp":
        return _sharp(checkin, before, exercise, watch)
    if checkin.pain == "doms":
        odd = _unlike_soreness(checkin)
        if odd:
            return _unclear(checkin, odd, exercise, watch)
        return _doms(checkin, before, watch)
    return _no_pain(checkin, watch)


def _sharp(checkin: CheckIn, before: list[CheckIn], exercise: str | None, watch: str) -> Triage:
    movement = exercise or "the movement that brought it on"
    notes: list[str] = []
    if checkin.onset == "during":
        headline = (
            f"Sharp pain during {exercise}: stop that movement."
            if exercise
            else "Sharp pain during the session: stop the movement that brought it on."
        )
    elif checkin.onset is None:
        headline = (
            f"Sharp pain after {exercise}: stop that movement."
            if exercise
            else "Sharp pain: stop the movement that brought it on."
        )
        notes.append(
            "No onset was given; the guidance reads it as pain that began during the lift."
        )
    else:
        when = "within hours" if checkin.onset == "hours" else "the next day or later"
        headline = (
            f"Sharp pain that came on {when} after {exercise}: stop that movement for now."
            if exercise
            else f"Sharp pain that came on {when}: stop the movement that brought it on."
        )
    if exercise is None:
        notes.append("No exercise was named; name it so the plan can be checked for it.")
    repeated = [
        other
        for other in before
        if other.pain == "sharp"
        and (checkin.after_exercise is None or other.after_exercise == checkin.after_exercise)
    ]
    steps = [
        f"Leave {movement} out, or swap it for an easier version, until the pain has settled; "
        "do not train through sharp pain.",
        _COLD_THEN_HEAT,
        _KEEP_MOVING,
    ]
    if repeated:
        steps.insert(
            0,
            f"This is not the first time ({_dates(repeated)}): have it checked before you do "
            f"{movement} again.",
        )
        see = f"Soon, because it keeps coming back. {watch}"
    else:
        see = (
            "See a doctor or physio if it is not clearly better within 72 hours or it keeps "
            f"coming back. {watch}"
        )
    return Triage("sharp", headline, tuple(steps), see, tuple(notes))


def _unlike_soreness(checkin: CheckIn) -> list[str]:
    """Why a soreness report does not match ordinary soreness; empty when it does."""
    reasons: list[str] = []
    if checkin.onset == "during":
        reasons.append(
            "it began during the session, while ordinary soreness comes on 12-48 hours later"
        )
    if checkin.eases_with_movement is False:
        reasons.append("it does not ease when you move, while ordinary soreness usually does")
    if checkin.pain_score is not None and checkin.pain_score >= STRONG_SCORE:
        reasons.append(
            f"a score of {checkin.pain_score}/10 is stronger than ordinary soreness usually is"
        )
    return reasons


def _unclear(checkin: CheckIn, reasons: list[str], exercise: str | None, watch: str) -> Triage:
    movement = f"{exercise}, the movement" if exercise else "the movement"
    because = "; ".join(reasons)
    return Triage(
        "unclear",
        "This does not look like ordinary soreness: ease off and watch it.",
        (
            f"Reported as soreness, but {because}.",
            f"Ease off {movement} that brought it on: fewer sets, less load, or leave it out; "
            "do not push through pain.",
            _COLD_THEN_HEAT,
            _KEEP_MOVING,
        ),
        "See a doctor or physio if it is not clearly better within 72 hours, gets worse or "
        f"keeps coming back. {watch}",
        _score_notes(checkin),
    )


def _doms(checkin: CheckIn, before: list[CheckIn], watch: str) -> Triage:
    notes: list[str] = []
    if checkin.onset is None:
        notes.append("No onset was given; ordinary soreness comes on 12-48 hours after training.")
    if checkin.eases_with_movement is None:
        notes.append("Not asked whether it eases with movement; ordinary soreness usually does.")
    steps = [
        "Keep moving lightly: an easy walk, an easy ride or gentle mobility helps more than "
        "resting still.",
        "Expect it to ease within about 72 hours; it usually peaks around the second day.",
    ]
    repeats = [other for other in before if other.pain == "doms"]
    if repeats:
        steps.append(
            f"Soreness has been reported {len(repeats) + 1} times now: if it keeps following "
            "the heavy days, trim the volume first (a set less) and only then the load."
        )
    else:
        steps.append(
            "If it keeps following the heavy days, trim the volume first (a set less) and only "
            "then the load."
        )
    score = checkin.pain_score
    if score is not None and score >= HOLD_PROGRESSION_SCORE:
        steps.append(
            f"At {score}/10, hold progression: no more load or sets next week for the "
            "exercises involved."
        )
    return Triage(
        "doms",
        "Most likely ordinary muscle soreness from training.",
        tuple(steps),
        "See a doctor or physio if it has not eased after 72 hours, gets worse instead of "
        f"better, keeps coming back after training or disturbs your sleep. {watch}",
        (*notes, *_score_notes(checkin)),
    )


def _no_pain(checkin: CheckIn, watch: str) -> Triage:
    notes: tuple[str, ...] = ()
    if checkin.pain_score:
        notes = (
            f"A score of {checkin.pain_score}/10 was given with no pain type; record it as "
            "soreness or sharp pain to get guidance for it.",
        )
    return Triage(
        "none",
        "No pain reported: train as planned.",
        ("Keep the warm-up and progress as the plan says.",),
        f"Not needed now. See one if pain comes on and has not eased within 72 hours. {watch}",
        notes,
    )


def _after_clearance(outcome: Triage, flags: set[RedFlag]) -> Triage:
    """A check-in marked cleared: the pain's own guidance, with the clinician's word first."""
    if flags:
        first = (
            f"A clinician has cleared training after {flag_signs(flags)}: follow their advice "
            "where it differs from this."
        )
    else:
        first = "A clinician has cleared training: follow their advice where it differs from this."
    return Triage(
        outcome.level,
        outcome.headline,
        (first, *outcome.steps),
        "Go back to them at once if a red flag returns. " + outcome.see_clinician,
        outcome.notes,
    )


def _score_notes(checkin: CheckIn) -> tuple[str, ...]:
    if checkin.pain_score is None:
        return ("No pain score was given (0-10); adding one lets the plan hold progression.",)
    return ()


def _dates(checkins: list[CheckIn]) -> str:
    shown = [c.date.isoformat() for c in checkins[-3:]]
    return ", ".join(shown)


def worst(outcomes: Iterable[Triage]) -> Triage | None:
    """The most urgent of several outcomes (the first of equals), None when there are none."""
    chosen: Triage | None = None
    for outcome in outcomes:
        if chosen is None or urgency(outcome.level) < urgency(chosen.level):
            chosen = outcome
    return chosen
