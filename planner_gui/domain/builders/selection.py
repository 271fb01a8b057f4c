"""Which exercises a routine may use, ranked for the athlete's level, and the seeded pick.

Ranking puts first the exercises whose step on their chain is the level's (`chains`); the
catalog's order breaks ties, so with no seed a routine is the best fit, always the same. A
seed picks among the exercises that fit nearly as well (one step off at most), through a
random generator seeded with the seed and the slot's name, so every slot draws on its own
and the same seed always gives the same routine.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection
from weakref import WeakKeyDictionary

from planner_gui.domain.builders.chains import UNCHAINED_DISTANCE, chain_places
from planner_gui.domain.builders.context import RoutineContext
from planner_gui.domain.builders.equipment import usable
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise

#: How much worse than the best fit an exercise may be and still be drawn: one chain step.
TOLERANCE = 1.0


def eligible(
    ctx: RoutineContext,
    test: Callable[[Exercise], bool],
    taken: Collection[str] = (),
) -> list[Exercise]:
    """The catalog's exercises that pass `test`, can be done with the equipment at hand, are
    not in the session yet nor in `taken`, and (for a gentle request) load the spine lightly."""
    gentle = ctx.request.gentle
    used = ctx.used
    return [
        exercise
        for exercise in usable_exercises(ctx.catalog, ctx.at_hand)
        if exercise.id not in used
        and exercise.id not in taken
        and (not gentle or exercise.spinal_load == "low")
        and test(exercise)
    ]


_USABLE: WeakKeyDictionary[Catalog, dict[frozenset[str], tuple[Exercise, ...]]] = (
    WeakKeyDictionary()
)


def usable_exercises(catalog: Catalog, at_hand: frozenset[str]) -> tuple[Exercise, ...]:
    """The exercises of `catalog` the equipment allows, in catalog order (worked out once per
    catalog and set of equipment: every slot of every routine asks)."""
    by_equipment = _USABLE.setdefault(catalog, {})
    found = by_equipment.get(at_hand)
    if found is None:
        found = by_equipment[at_hand] = tuple(e for e in catalog if usable(e, at_hand))
    return found


def ranked(ctx: RoutineContext, exercises: list[Exercise]) -> list[tuple[float, Exercise]]:
    """`exercises` with their distance from the level's step, best first (stable)."""
    places = chain_places(ctx.catalog)
    level = ctx.request.level

    def distance(exercise: Exercise) -> float:
        place = places.get(exercise.id)
        return UNCHAINED_DISTANCE if place is None else place.distance(level)

    return sorted(((distance(exercise), exercise) for exercise in exercises), key=lambda p: p[0])


def pick(ctx: RoutineContext, options: list[tuple[float, Exercise]], slot: str) -> Exercise | None:
    """The exercise for `slot` ("core:anti-rotation"): the best fit without a seed, a seeded
    draw among the near-best with one; None when there is no option."""
    if not options:
        return None
    seed = ctx.request.seed
    if seed is None:
        return options[0][1]
    best = options[0][0]
    pool = [exercise for distance, exercise in options if distance <= best + TOLERANCE]
    return random.Random(f"{seed}:{slot}").choice(pool)
