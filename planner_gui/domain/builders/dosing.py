"""Doses for a routine's exercises, by level, and trimming them until they fit the minutes.

Routines start from the catalog's default dose, with fewer sets for a beginner; they never set
a load or an RPE (a routine is practice and endurance work, not a hard set). When the routine
is longer than its budget by the session time estimate (`domain.timing`), sets go first, one
at a time from the longest item, then rests, then holds and reps, down to a floor; a routine
that still does not fit is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import ceil

from planner_gui.domain.builders.request import BuildRefused, Level
from planner_gui.domain.editing.placement import default_item
from planner_gui.domain.models import Exercise, Item
from planner_gui.domain.timing import item_seconds

#: Most sets a routine item gets at each level (the catalog's default when it is fewer).
LEVEL_SETS: dict[Level, int] = {"beginner": 2, "intermediate": 3, "advanced": 3}
#: Floors of trimming: a rest long enough to change position, a hold long enough to brace,
#: reps enough to groove the movement, a bout of easy cardio long enough to warm up.
MIN_REST_S = 20
MIN_HOLD_S = 15
MIN_REPS = 5
MIN_TIME_S = 120
REST_STEP_S = 15
HOLD_STEP_S = 5
TIME_STEP_S = 30


def dosed(exercise: Exercise, level: Level, *, sets: int | None = None) -> Item:
    """A routine item for `exercise`: the catalog's default dose, sets capped by the level."""
    item = default_item(exercise)
    count = min(item.sets, LEVEL_SETS[level]) if sets is None else sets
    return item.model_copy(update={"sets": max(1, count), "load": None, "rpe": None})


def minutes(items: list[Item], extra_s: float = 0.0) -> float:
    return (sum(map(item_seconds, items)) + extra_s) / 60


@dataclass(frozen=True)
class Floor:
    """The least an item may be trimmed to (a warm-up drill keeps one set)."""

    sets: int = 1


Trim = Callable[[Item], Item | None]


def _fewer_sets(floor: Floor) -> Trim:
    def trim(item: Item) -> Item | None:
        return item.model_copy(update={"sets": item.sets - 1}) if item.sets > floor.sets else None

    return trim


def _shorter_rest(item: Item) -> Item | None:
    if item.rest_s is None or item.rest_s <= MIN_REST_S or item.sets < 2:
        return None
    return item.model_copy(update={"rest_s": max(MIN_REST_S, item.rest_s - REST_STEP_S)})


def _less_work(item: Item) -> Item | None:
    if item.hold_s is not None and item.hold_s > MIN_HOLD_S:
        return item.model_copy(update={"hold_s": max(MIN_HOLD_S, item.hold_s - HOLD_STEP_S)})
    if item.time_s is not None and item.time_s > MIN_TIME_S:
        return item.model_copy(update={"time_s": max(MIN_TIME_S, item.time_s - TIME_STEP_S)})
    if item.reps is not None and item.reps > MIN_REPS:
        return item.model_copy(update={"reps": max(MIN_REPS, item.reps - 2)})
    return None


def fit(
    items: list[Item],
    budget_min: float,
    what: str,
    *,
    floors: list[Floor] | None = None,
    extra_s: float = 0.0,
) -> list[Item]:
    """`items` trimmed until they take at most `budget_min` minutes (with `extra_s` seconds
    the caller adds, such as ramp-up sets); BuildRefused, naming `what`, when even the least
    dose of every item is longer."""
    current = list(items)
    limits = floors or [Floor() for _ in current]
    budget_s = budget_min * 60 + 1e-6
    stages: list[Callable[[int], Trim]] = [
        lambda index: _fewer_sets(limits[index]),
        lambda index: _shorter_rest,
        lambda index: _less_work,
    ]
    while sum(map(item_seconds, current)) + extra_s > budget_s:
        for stage in stages:
            trimmed = _trim_longest(current, stage)
            if trimmed:
                break
        else:
            least = minutes(current, extra_s)
            raise BuildRefused(
                f"{what} needs at least {ceil(least)} minutes; allow more time for it"
            )
    return current


def _trim_longest(items: list[Item], stage: Callable[[int], Trim]) -> bool:
    """Trim the item with the most sets, the longest of them, that the stage can trim (so
    the sets even out before one item loses all but one); False when it can trim none."""
    order = sorted(
        range(len(items)), key=lambda index: (-items[index].sets, -item_seconds(items[index]))
    )
    for index in order:
        trimmed = stage(index)(items[index])
        if trimmed is not None:
            items[index] = trimmed
            return True
    return False
