"""Which session goes on which day: full body, lower or upper, and which one is lighter.

A training day with rest on both sides gets a full-body session. Consecutive training days
alternate lower and upper body (Sunday to Monday counts as consecutive), so the same muscles
and the lower back never work hard two days running and high-spinal-load lifts never fall
on consecutive days. The lower-body days (lower or full body) alternate squat and hinge in
week order; when the week has only one, it gets both.

The last session of the week is the lighter one. With five or six days a week, one or two
more sessions are easy days (upper-body days first), because Foster's monotony guideline
asks for days clearly unlike each other when nearly every day is a training day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from planner_gui.domain.vocabulary import DAYS, Day

SessionKind = Literal["full", "lower", "upper"]
Effort = Literal["hard", "easy", "light"]
#: Training days a week from which some sessions are easy days, and how many.
EASY_FROM_DAYS = 5
Focus = Literal["squat", "hinge", "both"]

_TITLES: dict[SessionKind, str] = {"full": "Full body", "lower": "Lower", "upper": "Upper"}
_FOCUS_WORDS: dict[Focus, str] = {"squat": "squat", "hinge": "hinge", "both": "squat and hinge"}


@dataclass(frozen=True)
class DaySlot:
    """One training day of the week: its kind, its lower-body focus (None on upper days),
    its effort (the week's lighter session, an easy day or a hard one), and its name."""

    day: Day
    kind: SessionKind
    focus: Focus | None
    effort: Effort
    name: str

    @property
    def light(self) -> bool:
        return self.effort == "light"


def lay_out(days: tuple[Day, ...]) -> tuple[DaySlot, ...]:
    """The week's sessions for `days` (2-6 distinct days), in week order."""
    trained = sorted(DAYS.index(day) for day in days)
    kinds = _kinds(set(trained))
    lower = [index for index in trained if kinds[index] != "upper"]
    focus: dict[int, Focus] = {}
    for position, index in enumerate(lower):
        focus[index] = "both" if len(lower) == 1 else ("squat", "hinge")[position % 2]
    letters: dict[SessionKind, int] = {}
    count: dict[SessionKind, int] = {}
    for index in trained:
        count[kinds[index]] = count.get(kinds[index], 0) + 1
    efforts = _efforts(trained, kinds)
    slots: list[DaySlot] = []
    for index in trained:
        kind = kinds[index]
        effort = efforts[index]
        letter = letters.get(kind, 0)
        letters[kind] = letter + 1
        name = _TITLES[kind]
        if count[kind] > 1:
            name += f" {'ABCDEF'[letter]}"
        day_focus = focus.get(index)
        if day_focus is not None:
            name += f": {_FOCUS_WORDS[day_focus]}"
        if effort != "hard":
            name += " (lighter)" if effort == "light" else " (easy)"
        slots.append(DaySlot(DAYS[index], kind, day_focus, effort, name))
    return tuple(slots)


def _efforts(trained: list[int], kinds: dict[int, SessionKind]) -> dict[int, Effort]:
    """The last day is the lighter session; from EASY_FROM_DAYS days on, `days - 4` more are
    easy days, upper-body days first, then every other day."""
    efforts: dict[int, Effort] = {index: "hard" for index in trained}
    efforts[trained[-1]] = "light"
    wanted = max(0, len(trained) - 4) if len(trained) >= EASY_FROM_DAYS else 0
    others = trained[:-1]
    order = [i for i in others if kinds[i] == "upper"] + [
        i for position, i in enumerate(others) if kinds[i] != "upper" and position % 2 == 1
    ]
    order += [i for i in others if i not in order]
    for index in order[:wanted]:
        efforts[index] = "easy"
    return efforts


def _kinds(trained: set[int]) -> dict[int, SessionKind]:
    """Each training day's kind, walking the week round from a rest day."""
    rest = next(index for index in range(7) if index not in trained)
    kinds: dict[int, SessionKind] = {}
    run: list[int] = []
    for step in range(1, 8):
        index = (rest + step) % 7
        if index in trained:
            run.append(index)
            continue
        if len(run) == 1:
            kinds[run[0]] = "full"
        else:
            for position, day in enumerate(run):
                kinds[day] = "lower" if position % 2 == 0 else "upper"
        run = []
    return kinds
