"""What the handout prints beside an item's prescription and a session's header: the ramp-up
sets (one style for every layout), the exercise's cautions and the session time estimate.

The numbers come from the domain (`domain.ramping`, `domain.timing`); this module only words
them, so the session pages and any other layout print them alike.
"""

from __future__ import annotations

from math import ceil, floor

from planner_gui.domain.models import Exercise, Item, Program, Session
from planner_gui.domain.ramping import ramp_set_loads
from planner_gui.domain.rules.codes import SESSION_TOO_LONG
from planner_gui.domain.rules.wording import above
from planner_gui.domain.timing import session_minutes
from planner_gui.export.flowables import Run
from planner_gui.export.fonts import BOLD, ITALIC
from planner_gui.export.styles import INK
from planner_gui.export.text import number

#: Printed before each caution: black-and-white safe, unlike a red cue.
CAUTION_MARK = "⚠"
#: The ramp-up loads are loads to put on the bar: the size of every other load (11 pt).
RAMP_PT = 11.0
#: What ramp-up sets are called wherever the athlete reads them, and their label when they
#: are percentages of a working load the plan does not give.
RAMP_WORDS = "Ramp-up"
RAMP_PERCENT_LABEL = f"{RAMP_WORDS} (of the working load)"
#: The compact programme's row label for percentages (see `ramp_columns`).
RAMP_PERCENT_COLUMNS = f"{RAMP_WORDS} sets (% of the working load × reps)"
#: Cautions, as the cues: body text.
CAUTION_PT = 10.0


def ramp_sets(item: Item, exercise: Exercise | None, program: Program) -> tuple[str, list[str]]:
    """The ramp-up sets in the one style every athlete-facing page prints: the label
    'Ramp-up' and the sets '25 kg × 5', '35 kg × 3', each load with its unit (loads the
    equipment can load; '40 % × 5' of the working load when the item has none, labelled so).
    A physio's review read 'Ramp-up sets (kg × reps): 4 × 5, 8 × 3' beside the dose
    '3 × 6 · 12 kg' as two kinds of sets × reps: a number with its unit cannot be a count of
    sets. ("", []) for an item without ramp-up sets."""
    equipment = exercise.equipment if exercise is not None else ()
    sets = ramp_set_loads(item, equipment, program.units, program.load_steps)
    if not sets:
        return "", []
    if any(step.load is None for step in sets):
        return RAMP_PERCENT_LABEL, [f"{step.pct} % × {step.reps}" for step in sets]
    units = program.units
    return RAMP_WORDS, [f"{number(step.load or 0)} {units} × {step.reps}" for step in sets]


def ramp_columns(item: Item, exercise: Exercise | None, program: Program) -> tuple[str, list[str]]:
    """The ramp-up sets for the compact programme's narrow week columns, where '47.5 kg × 2'
    takes two lines at the dose size (a 13th A4 page for the 8-week template): the row's
    label says what the numbers are, 'Ramp-up sets (kg × reps)', the cells '25 × 5' under
    the word 'Ramp-up', ruled off from the working sets. ("", []) without ramp-up sets."""
    equipment = exercise.equipment if exercise is not None else ()
    sets = ramp_set_loads(item, equipment, program.units, program.load_steps)
    if not sets:
        return "", []
    if any(step.load is None for step in sets):
        return RAMP_PERCENT_COLUMNS, [f"{step.pct} × {step.reps}" for step in sets]
    label = f"{RAMP_WORDS} sets ({program.units} × reps)"
    return label, [f"{number(step.load or 0)} × {step.reps}" for step in sets]


def ramp_line(item: Item, exercise: Exercise | None, program: Program) -> str:
    """ "Ramp-up: 32.5 kg × 5, 47.5 kg × 3, 65 kg × 2" (see `ramp_sets`); "" for an item
    without ramp-up sets."""
    label, sets = ramp_sets(item, exercise, program)
    return f"{label}: {', '.join(sets)}" if sets else ""


def ramp_run(item: Item, exercise: Exercise | None, program: Program) -> list[Run]:
    """The ramp line as a run of the exercise cell (none without ramp-up sets)."""
    text = ramp_line(item, exercise, program)
    return [Run(text, BOLD, RAMP_PT, RAMP_PT * 1.22)] if text else []


def caution_runs(exercise: Exercise | None, limit: int) -> list[Run]:
    """The exercise's cautions (at most `limit`), each marked and worded as a caution so it
    cannot be read as one more cue."""
    if exercise is None:
        return []
    return [
        Run(
            f"Caution: {caution}",
            ITALIC,
            CAUTION_PT,
            12.5,
            INK,
            bullet=CAUTION_MARK,
            direction_of=caution,
        )
        for caution in exercise.cautions[:limit]
    ]


def estimated_minutes(session: Session) -> int | None:
    """The session's estimated whole minutes (at least 1), or None with nothing to time."""
    minutes = session_minutes(session)
    if minutes <= 0:
        return None
    return max(1, floor(minutes + 0.5))


def allow_minutes(program: Program, session: Session) -> int | None:
    """The minutes to set aside when the estimate runs past the planned minutes by more than
    the session-time rule (TI701) allows with the plan's settings, rounded up to 5 as
    sessions are planned; None otherwise.

    Only a longer estimate counts: planned minutes often hold what the list does not time
    (walking between stations, loading plates), and "it takes 20 min" would rush the rests.
    A coach who switched the rule off has judged the estimate wrong for the plan (a
    circuit's rests), so the handout says nothing then, as the window's mark does not.
    """
    planned = session.duration_min
    minutes = session_minutes(session)
    if not planned or minutes <= 0 or not SESSION_TOO_LONG.enabled(program.rules):
        return None
    limit = SESSION_TOO_LONG.settings(program.rules).limit_pct
    if not above((minutes - planned) / planned * 100, limit):
        return None
    return ceil(minutes / 5 - 1e-9) * 5


def allow_text(program: Program, session: Session) -> str:
    """ "allow 60 min for all of it" when the session runs long (see `allow_minutes`), as
    every layout words it after the planned minutes; "" otherwise."""
    allow = allow_minutes(program, session)
    return "" if allow is None else allow_words(allow)


def allow_words(minutes: int) -> str:
    """The words for `minutes` to set aside: "allow 60 min for all of it"."""
    return f"allow {minutes} min for all of it"


def session_time_text(program: Program, session: Session) -> str:
    """How long the session takes, as one number the athlete can plan with: "about 45 min",
    the planned minutes as the compact programme and the cards print them. A clinician's
    review found "45 min planned, about 43 min by the estimate" confusing: the estimate
    shows only when it is the number to plan with, when nothing is planned ("about 7 min")
    or when it runs well past the plan ("about 45 min; allow 60 min for all of it", see
    `allow_minutes`). "" with neither."""
    planned = session.duration_min
    if planned:
        allow = allow_text(program, session)
        return f"about {planned} min; {allow}" if allow else f"about {planned} min"
    estimate = estimated_minutes(session)
    return f"about {estimate} min" if estimate is not None else ""
