"""What a check-in's answers call for, said plainly, the most urgent reading first.

The order is fixed: a sign that needs hospital care today outranks every other answer, other
red flags outrank pain, sharp pain outranks soreness. One check-in gets one outcome (its
`level`), with a headline, the steps to take and when to see a clinician; every outcome has
that last part, "no pain" too. The guidance describes what was reported and what usually
helps; it never names a diagnosis and never forecasts harm.

Answers may be missing (older check-ins, or a quick entry): no onset, no pain score, not asked
whether it eases with movement. The usual pattern is then assumed, and `notes` says what was
assumed, so the reader can add the answer. Answers that contradict the usual soreness pattern
(it began during the session, it does not ease when moving, a score of 7 or more) read as
"does not look like ordinary soreness" rather than as DOMS.

The window, `planner-gui checkin` and the handout all print the same `Triage`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from planner_gui.domain.models import CheckIn
from planner_gui.domain.vocabulary import RED_FLAG_TEXT, RED_FLAGS, Onset, Pain, RedFlag

Level = Literal["emergency", "doctor", "sharp", "unclear", "doms", "none"]
#: Every level, most urgent first.
LEVELS: tuple[Level, ...] = get_args(Level)
#: What each level is called where levels are listed (the window's panel, the handout).
LEVEL_TITLES: dict[Level, str] = {
    "emergency": "Emergency department now",
    "doctor": "See a doctor within a day",
    "sharp": "Sharp pain",
    "unclear": "Not ordinary soreness",
    "doms": "Likely ordinary soreness (DOMS)",
    "none": "No pain",
}

#: How the answers are named where they are offered as choices (the handout's blank form).
PAIN_TITLES: dict[Pain, str] = {
    "none": "No pain",
    "doms": "Dull soreness (DOMS)",
    "sharp": "Sharp pain",
}
ONSET_TITLES: dict[Onset, str] = {
    "during": "during the session",
    "hours": "within hours",
    "next-day": "the next day or later",
}

#: Red flags that need hospital care the same hour: the nerves at the base of the spine.
EMERGENCY_FLAGS: frozenset[RedFlag] = frozenset({"bladder-bowel", "saddle-numbness"})
#: Red flags that stop training until a doctor has looked, within a day.
DOCTOR_FLAGS: tuple[RedFlag, ...] = tuple(f for f in RED_FLAGS if f not in EMERGENCY_FLAGS)

#: A pain score from which progression holds (CK604's default): no more load or sets next week.
HOLD_PROGRESSION_SCORE = 5
#: A soreness score from which the report no longer reads as ordinary soreness.
STRONG_SCORE = 7

NameOf = Callable[[str], str]

_CLINICIAN_AT_ONCE = (
    "at once if pain runs down a leg, a leg goes numb or weak, or bladder or bowel control "
    "changes (that last one: an emergency department)"
)
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

    @property
    def title(self) -> str:
        """The level in a few words ("See a doctor within a day")."""
        return LEVEL_TITLES[self.level]

    @property
    def red_flag(self) -> bool:
        """Whether the outcome comes from a red flag (the two most urgent levels)."""
        return self.level in ("emergency", "doctor")

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


def red_flag_guidance(flag: RedFlag) -> Triage:
    """The guidance a check-in reporting `flag` alone gets: what to do when it is ticked."""
    return _emergency({flag}) if flag in EMERGENCY_FLAGS else _doctor({flag})


def triage(checkin: CheckIn, *, earlier: Sequence[CheckIn] = (), name_of: NameOf = str) -> Triage:
    """The guidance for `checkin`'s answers, the most urgent reading first.

    `earlier` holds the plan's other check-ins; those dated before this one tell whether the
    same pain keeps coming back. `name_of` turns an exercise id into its name.
    """
    before = [other for other in earlier if other.date < checkin.date]
    exercise = name_of(checkin.after_exercise) if checkin.after_exercise else None
    flags = set(checkin.red_flags)
    if flags and not checkin.cleared:
        if flags & EMERGENCY_FLAGS:
            return _emergency(flags)
        return _doctor(flags)
    outcome = _by_pain(checkin, before, exercise)
    if checkin.cleared:
        outcome = _after_clearance(outcome, flags)
    return outcome


def _emergency(flags: set[RedFlag]) -> Triage:
    return Triage(
        "emergency",
        "Go to an emergency department now.",
        (
            f"You reported {flag_signs(flags)}. A change in bladder or bowel "
            "control, or numbness around the groin and inner thighs, needs hospital care the "
            "same day: do not wait to see whether it passes.",
            "If you cannot get there safely on your own, call the emergency services.",
            "Do no training until a clinician has seen you and cleared you; then record a "
            "check-in marked cleared.",
        ),
        "Now, at an emergency department.",
    )


def _doctor(flags: set[RedFlag]) -> Triage:
    return Triage(
        "doctor",
        "Stop training and see a doctor within a day.",
        (
            f"You reported {flag_signs(flags)}. Signs like these need a medical check, not a "
            "change of program.",
            "Leave every session until a clinician has cleared you; then record a check-in "
            "marked cleared.",
        ),
        "Within a day. Go to an emergency department at once if bladder or bowel control "
        "changes or the saddle area (groin, inner thighs) goes numb.",
    )


def _by_pain(checkin: CheckIn, before: list[CheckIn], exercise: str | None) -> Triage:
    if checkin.pain == "sharp":
        return _sharp(checkin, before, exercise)
    if checkin.pain == "doms":
        odd = _unlike_soreness(checkin)
        if odd:
            return _unclear(checkin, odd, exercise)
        return _doms(checkin, before)
    return _no_pain(checkin)


def _sharp(checkin: CheckIn, before: list[CheckIn], exercise: str | None) -> Triage:
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
        see = f"Soon, because it keeps coming back; {_CLINICIAN_AT_ONCE}."
    else:
        see = (
            "If it is not clearly better within 72 hours or it keeps coming back; "
            f"{_CLINICIAN_AT_ONCE}."
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


def _unclear(checkin: CheckIn, reasons: list[str], exercise: str | None) -> Triage:
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
        "If it is not clearly better within 72 hours, gets worse or keeps coming back; "
        f"{_CLINICIAN_AT_ONCE}.",
        _score_notes(checkin),
    )


def _doms(checkin: CheckIn, before: list[CheckIn]) -> Triage:
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
        "Most likely ordinary muscle soreness (DOMS) from training.",
        tuple(steps),
        "If it has not eased after 72 hours, gets worse instead of better, keeps coming back "
        f"after training or disturbs your sleep; {_CLINICIAN_AT_ONCE}.",
        (*notes, *_score_notes(checkin)),
    )


def _no_pain(checkin: CheckIn) -> Triage:
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
        "Not needed now. See one if pain comes on and has not eased within 72 hours; "
        f"{_CLINICIAN_AT_ONCE}.",
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
