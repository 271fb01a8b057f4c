"""Check-ins against the plan's calendar: which red flags are still open, which exercises a
check-in is about, and which sessions come after it.

The checker's CK rules, the export gate and the plan adjustment read check-ins through these,
so they agree on what "cleared", "involved" and "later" mean:

- A red flag stays open from its check-in until a check-in marked `cleared`, on the same day
  or later (a check-in that reports flags and is itself marked cleared closes them at once).
  Sessions strictly after the flag's date and before the clearing date are the ones it stops.
- The exercises a check-in is about: the one it names (`after_exercise`); when it names none,
  the working exercises (main, core and glute blocks) of the latest session on the check-in's
  date or up to `LOOKBACK_DAYS` before it.
- After sharp pain, the exercises to keep away from: the painful one, and others of its
  movement pattern that load the spine as much or more, except its own easier versions (the
  catalog's `regression` chain), which are what the checker and the adjustment suggest.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.metrics import WORKING_BLOCKS
from planner_gui.domain.models import CheckIn, Program, Session
from planner_gui.domain.vocabulary import SpinalLoad

_SPINAL_RANK: dict[SpinalLoad, int] = {"low": 0, "moderate": 1, "high": 2}

#: How many days before a check-in its session may lie (soreness comes on up to 48 h later).
LOOKBACK_DAYS = 2


@dataclass(frozen=True)
class RedFlagSpan:
    """One check-in's red flags and the date a later check-in cleared them (None: still open)."""

    index: int
    checkin: CheckIn
    cleared_on: date | None
    #: The position in `program.checkins` of the check-in that cleared it (None: still open).
    clearing_index: int | None = None

    @property
    def open(self) -> bool:
        return self.cleared_on is None

    def stops(self, when: date) -> bool:
        """Whether a session on `when` falls after the flag and before its clearance."""
        if when <= self.checkin.date:
            return False
        return self.cleared_on is None or when < self.cleared_on


def ordered(program: Program) -> list[tuple[int, CheckIn]]:
    """The plan's check-ins with their positions, by date (the file's order within a day)."""
    return sorted(enumerate(program.checkins), key=lambda pair: (pair[1].date, pair[0]))


def red_flag_spans(program: Program) -> list[RedFlagSpan]:
    """Every check-in that reports red flags, by date, with when (if ever) it was cleared."""
    timeline = ordered(program)
    spans: list[RedFlagSpan] = []
    for position, (index, checkin) in enumerate(timeline):
        if not checkin.red_flags:
            continue
        clearing = next(
            ((at, later) for at, later in timeline[position:] if later.cleared),
            None,
        )
        if clearing is None:
            spans.append(RedFlagSpan(index, checkin, None))
        else:
            spans.append(RedFlagSpan(index, checkin, clearing[1].date, clearing[0]))
    return spans


def open_red_flags(program: Program) -> list[RedFlagSpan]:
    """The red flags no check-in has cleared yet, by date."""
    return [span for span in red_flag_spans(program) if span.open]


@dataclass(frozen=True)
class PlannedSession:
    """A session of the plan with its position and calendar date."""

    week: int
    position: int
    session: Session
    date: date


def sessions_by_date(program: Program) -> list[PlannedSession]:
    """Every session with its date, in calendar order (the plan's order within a day)."""
    found = [
        PlannedSession(w, s, session, program.session_date(w, session.day))
        for w, week in enumerate(program.weeks)
        for s, session in enumerate(week.sessions)
    ]
    found.sort(key=lambda planned: (planned.date, planned.week, planned.position))
    return found


def sessions_after(
    program: Program, when: date, days: int | None = None
) -> Iterator[PlannedSession]:
    """Sessions dated after `when` (and within `days` days of it, when given), by date."""
    last = None if days is None else when + timedelta(days=days)
    for planned in sessions_by_date(program):
        if planned.date <= when:
            continue
        if last is not None and planned.date > last:
            break
        yield planned


def session_before(program: Program, checkin: CheckIn) -> PlannedSession | None:
    """The latest session on the check-in's date or up to LOOKBACK_DAYS before it."""
    earliest = checkin.date - timedelta(days=LOOKBACK_DAYS)
    chosen: PlannedSession | None = None
    for planned in sessions_by_date(program):
        if planned.date > checkin.date:
            break
        if planned.date >= earliest:
            chosen = planned
    return chosen


def involved_exercises(program: Program, checkin: CheckIn) -> list[str]:
    """The exercises `checkin` is about: the one it names, or its session's working ones."""
    if checkin.after_exercise:
        return [checkin.after_exercise]
    planned = session_before(program, checkin)
    if planned is None:
        return []
    found: list[str] = []
    for block in planned.session.blocks:
        if block.kind not in WORKING_BLOCKS:
            continue
        for item in block.items:
            if item.exercise not in found:
                found.append(item.exercise)
    return found


def regressions_of(catalog: Catalog, exercise_id: str) -> list[str]:
    """The catalog's chain of easier versions of an exercise, nearest first."""
    chain: list[str] = []
    current = catalog.get(exercise_id)
    while current is not None and current.regression:
        easier = current.regression
        if easier == exercise_id or easier in chain:
            break
        chain.append(easier)
        current = catalog.get(easier)
    return chain


def progressions_of(catalog: Catalog, exercise_id: str) -> list[str]:
    """The catalog's chain of harder versions of an exercise, nearest first (what a plan
    moves the exercise on to as the weeks go by)."""
    chain: list[str] = []
    current = catalog.get(exercise_id)
    while current is not None and current.progression:
        harder = current.progression
        if harder == exercise_id or harder in chain:
            break
        chain.append(harder)
        current = catalog.get(harder)
    return chain


def like_the_painful(catalog: Catalog, painful: str) -> frozenset[str]:
    """The painful exercise and those of its pattern with as much spinal load or more, other
    than its own easier versions; just the painful one when the catalog does not know it."""
    exercise = catalog.get(painful)
    if exercise is None:
        return frozenset({painful})
    easier = set(regressions_of(catalog, painful))
    rank = _SPINAL_RANK[exercise.spinal_load]
    return frozenset(
        other.id
        for other in catalog
        if other.id == painful
        or (
            other.pattern == exercise.pattern
            and _SPINAL_RANK[other.spinal_load] >= rank
            and other.id not in easier
        )
    )
