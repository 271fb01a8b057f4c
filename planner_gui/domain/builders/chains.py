"""Regression and progression chains: where each exercise sits, and which step suits a level.

The catalog links exercises to an easier one (`regression`) and a harder one (`progression`).
Followed both ways, the links form chains such as supine toe tap → dead bug → hollow body
hold. An exercise's rank is its number of easier steps before it; a level asks for the start
of a chain (beginner), its middle (intermediate) or its end (advanced).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from math import floor
from weakref import WeakKeyDictionary

from planner_gui.domain.builders.request import Level
from planner_gui.domain.catalog import Catalog

#: How far along its chain each level's exercise sits: start, middle, end.
LEVEL_SHARE: dict[Level, float] = {"beginner": 0.0, "intermediate": 0.5, "advanced": 1.0}
#: How far from a level an exercise on no chain is: it cannot be made easier or harder, so it
#: fits every level, but less well than the right step of a chain.
UNCHAINED_DISTANCE = 0.5


@dataclass(frozen=True)
class ChainPlace:
    """An exercise's step on its chain: `rank` easier steps before it, `top` for the hardest;
    `chain` names the chain (its easiest exercise's id)."""

    rank: int
    top: int
    chain: str

    def distance(self, level: Level) -> float:
        """Steps between this exercise and the one the level asks for on its chain."""
        if self.top == 0:
            return UNCHAINED_DISTANCE
        target = floor(LEVEL_SHARE[level] * self.top + 0.5)
        return float(abs(self.rank - target))


_CACHE: WeakKeyDictionary[Catalog, dict[str, ChainPlace]] = WeakKeyDictionary()


def chain_places(catalog: Catalog) -> dict[str, ChainPlace]:
    """Every exercise's place on its chain (worked out once per catalog)."""
    places = _CACHE.get(catalog)
    if places is None:
        places = _CACHE[catalog] = _places(catalog)
    return places


def _places(catalog: Catalog) -> dict[str, ChainPlace]:
    easier: dict[str, set[str]] = {exercise.id: set() for exercise in catalog}
    linked: dict[str, set[str]] = {exercise.id: set() for exercise in catalog}
    for exercise in catalog:
        for low, high in ((exercise.regression, exercise.id), (exercise.id, exercise.progression)):
            if low is None or high is None or low not in easier or high not in easier:
                continue
            easier[high].add(low)
            linked[high].add(low)
            linked[low].add(high)
    ranks: dict[str, int] = {}

    def rank(exercise_id: str, seen: frozenset[str]) -> int:
        known = ranks.get(exercise_id)
        if known is not None:
            return known
        # A loop of links (a catalog mistake) must not recurse forever: cut it.
        below = [rank(low, seen | {exercise_id}) for low in easier[exercise_id] if low not in seen]
        value = ranks[exercise_id] = 1 + max(below) if below else 0
        return value

    for exercise_id in easier:
        rank(exercise_id, frozenset())
    places: dict[str, ChainPlace] = {}
    for members in _components(linked):
        top = max(ranks[member] for member in members)
        start = min(members, key=lambda member: (ranks[member], member))
        for member in members:
            places[member] = ChainPlace(ranks[member], top, start)
    return places


def _components(linked: dict[str, set[str]]) -> Iterable[list[str]]:
    seen: set[str] = set()
    for first in linked:
        if first in seen:
            continue
        members, todo = [], [first]
        seen.add(first)
        while todo:
            current = todo.pop()
            members.append(current)
            for other in linked[current]:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        yield members


def chain_words(catalog: Catalog, exercise_id: str) -> str:
    """Where the exercise sits on its chain, in words: "between Supine toe tap and Hollow
    body hold", "the easiest step, before Dead bug"; "" for an exercise on no chain."""
    exercise = catalog.get(exercise_id)
    if exercise is None:
        return ""
    easier = catalog.get(exercise.regression) if exercise.regression else None
    harder = catalog.get(exercise.progression) if exercise.progression else None
    if easier is not None and harder is not None:
        return f"between {easier.name} and {harder.name}"
    if harder is not None:
        return f"the easiest step, before {harder.name}"
    if easier is not None:
        return f"the hardest step, after {easier.name}"
    return ""
