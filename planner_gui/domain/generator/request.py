"""What the generator is asked, read from words ("mon,wed,fri") and checked in one place.

The command line and the window's wizard both build a `ProgramRequest` through these parsers,
so a bad answer gets the same one-line message in both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, get_args

from planner_gui.domain.builders.request import LEVELS, Level
from planner_gui.domain.limits import MAX_NAME_CHARS, MAX_TITLE_CHARS
from planner_gui.domain.models import plan_end_problem
from planner_gui.domain.vocabulary import DAY_NAMES, DAYS, Day

Goal = Literal["strength", "foundation", "return"]
GOALS: tuple[Goal, ...] = get_args(Goal)
GOAL_TITLES: dict[Goal, str] = {
    "strength": "Strength",
    "foundation": "Foundation",
    "return": "Return to lifting",
}
GOAL_HELP: dict[Goal, str] = {
    "strength": "heavier main lifts in low reps, load rising in the equipment's steps",
    "foundation": "moderate loads in 8-12 reps, reps first, then load",
    "return": "gentle: low spinal load only, easy efforts, reps first, then load",
}

MIN_WEEKS, MAX_WEEKS = 1, 52
#: At least two sessions, so core and glute work come twice a week; at most six, so one day
#: is left for rest.
MIN_DAYS, MAX_DAYS = 2, 6
MIN_MINUTES, MAX_MINUTES = 30, 120
#: Minutes a session is planned for when the request does not say.
DEFAULT_MINUTES: dict[Goal, int] = {"strength": 60, "foundation": 50, "return": 45}

_DAY_WORDS: dict[str, Day] = {
    **{day: day for day in DAYS},
    **{name.lower(): day for day, name in DAY_NAMES.items()},
}


class RequestError(ValueError):
    """An answer the generator cannot take; `field` names the option, `str()` says why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


@dataclass(frozen=True)
class ProgramRequest:
    """Everything a generated program depends on.

    `equipment` holds catalog names (`builders.equipment.resolve_equipment` reads presets).
    `minutes` is each session's time budget (by the goal when None); `seed` None chooses the
    best-fitting exercises, another seed varies the choice.
    """

    weeks: int
    days: tuple[Day, ...]
    level: Level
    goal: Goal
    start: date
    equipment: frozenset[str] = field(default_factory=frozenset)
    athlete: str = ""
    title: str | None = None
    minutes: int | None = None
    seed: int | None = None

    @property
    def session_minutes(self) -> int:
        return DEFAULT_MINUTES[self.goal] if self.minutes is None else self.minutes

    @property
    def training_days(self) -> tuple[Day, ...]:
        """The days in week order, Monday first."""
        return tuple(day for day in DAYS if day in self.days)

    def check(self) -> None:
        """Raise RequestError for the first answer that cannot be used."""
        if not MIN_WEEKS <= self.weeks <= MAX_WEEKS:
            raise RequestError(
                "weeks", f"{self.weeks} weeks: choose {MIN_WEEKS} to {MAX_WEEKS} weeks"
            )
        check_days(self.days)
        if self.level not in LEVELS:
            raise RequestError("level", f"{self.level!r} is not a level: {', '.join(LEVELS)}")
        if self.goal not in GOALS:
            raise RequestError("goal", f"{self.goal!r} is not a goal: {', '.join(GOALS)}")
        if not MIN_MINUTES <= self.session_minutes <= MAX_MINUTES:
            raise RequestError(
                "minutes",
                f"{self.session_minutes} minutes a session: choose {MIN_MINUTES} to {MAX_MINUTES}",
            )
        problem = plan_end_problem(self.start, self.weeks)
        if problem is not None:
            raise RequestError("start", problem)
        if len(self.athlete) > MAX_NAME_CHARS:
            raise RequestError("athlete", f"the athlete's name is longer than {MAX_NAME_CHARS}")
        if self.title is not None and len(self.title) > MAX_TITLE_CHARS:
            raise RequestError("title", f"the title is longer than {MAX_TITLE_CHARS} characters")


def check_days(days: Iterable[Day]) -> None:
    chosen = list(days)
    if len(set(chosen)) != len(chosen):
        raise RequestError("days", "a day is named twice")
    if not MIN_DAYS <= len(chosen) <= MAX_DAYS:
        raise RequestError(
            "days",
            f"{len(chosen)} training day{'s' if len(chosen) != 1 else ''}: choose {MIN_DAYS} to "
            f"{MAX_DAYS} (core and glute work want two sessions a week, recovery a rest day)",
        )


def parse_days(text: str) -> tuple[Day, ...]:
    """Days from "mon,wed,fri" (full names too, any case), in week order."""
    found: list[Day] = []
    for word in text.split(","):
        key = word.strip().lower()
        if not key:
            continue
        day = _DAY_WORDS.get(key)
        if day is None:
            raise RequestError(
                "days", f"{word.strip()!r} is not a day: use mon tue wed thu fri sat sun"
            )
        found.append(day)
    check_days(found)
    return tuple(day for day in DAYS if day in found)


def parse_weeks(text: str) -> int:
    try:
        weeks = int(text.strip())
    except ValueError:
        raise RequestError("weeks", f"{text!r} is not a number of weeks") from None
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise RequestError("weeks", f"{weeks} weeks: choose {MIN_WEEKS} to {MAX_WEEKS} weeks")
    return weeks


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise RequestError("start", f"{text!r} is not a date like 2026-01-05") from None


def next_monday(today: date) -> date:
    """The first Monday after `today` (a week on, when today is a Monday)."""
    return today + timedelta(days=7 - today.weekday())
