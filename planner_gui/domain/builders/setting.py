"""What a plan already says about its athlete: the level, the equipment at hand, gentleness.

A plan file records none of them, yet a routine built into an existing plan (the window's
Build routine…, a fix from a finding) should suit the athlete the plan was written for. They
are read from the plan's exercises:

- equipment: every piece the plan's exercises need (what is used is at hand); where an
  exercise lists pieces that stand in for each other (a dumbbell or a kettlebell), which of
  them is at hand is unknown, so neither is assumed;
- level: where the plan's exercises sit on their regression/progression chains, on average
  (an exercise on no chain says nothing); beginner when nothing says otherwise;
- gentle: every known exercise of the plan loads the spine lightly (a return to lifting), so
  a routine added to it keeps to that too.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.builders.chains import LEVEL_SHARE, chain_places
from planner_gui.domain.builders.equipment import ALWAYS_AT_HAND, INTERCHANGEABLE
from planner_gui.domain.builders.request import LEVELS, Level, RoutineKind, RoutineRequest
from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.models import Exercise, Program
from planner_gui.domain.vocabulary import BlockKind


@dataclass(frozen=True)
class PlanSetting:
    """The level, equipment and gentleness a plan implies (see the module docstring)."""

    level: Level
    equipment: frozenset[str]
    gentle: bool

    def request(
        self,
        kind: RoutineKind,
        *,
        minutes: float | None = None,
        seed: int | None = None,
        block: BlockKind | None = None,
        max_exercises: int | None = None,
    ) -> RoutineRequest:
        """A request for a routine of `kind` that suits this setting."""
        return RoutineRequest(
            kind=kind,
            level=self.level,
            equipment=self.equipment,
            minutes=minutes,
            seed=seed,
            block=block,
            gentle=self.gentle,
            max_exercises=max_exercises,
        )


def plan_setting(program: Program, catalog: Catalog) -> PlanSetting:
    """The setting `program` implies; `catalog` may lack the plan's custom exercises."""
    full = catalog_for_plan(catalog, program)
    exercises = _plan_exercises(program, full)
    return PlanSetting(
        level=_level(exercises, full),
        equipment=_equipment(exercises),
        gentle=bool(exercises) and all(e.spinal_load == "low" for e in exercises),
    )


def _plan_exercises(program: Program, catalog: Catalog) -> list[Exercise]:
    """The plan's known exercises, each once, in the order they first come."""
    seen: dict[str, Exercise] = {}
    for week in program.weeks:
        for session in week.sessions:
            for block in session.blocks:
                for item in block.items:
                    if item.exercise not in seen:
                        exercise = catalog.get(item.exercise)
                        if exercise is not None:
                            seen[item.exercise] = exercise
    return list(seen.values())


def _equipment(exercises: list[Exercise]) -> frozenset[str]:
    pieces: set[str] = set()
    for exercise in exercises:
        needed = set(exercise.equipment) - ALWAYS_AT_HAND
        for group in INTERCHANGEABLE:
            listed = needed & group
            if len(listed) > 1:
                needed -= listed
        pieces |= needed
    return frozenset(pieces)


def _level(exercises: list[Exercise], catalog: Catalog) -> Level:
    places = chain_places(catalog)
    shares = [
        place.rank / place.top
        for place in (places.get(exercise.id) for exercise in exercises)
        if place is not None and place.top > 0
    ]
    if not shares:
        return "beginner"
    mean = sum(shares) / len(shares)
    # Ties go to the easier level: LEVELS runs from beginner up and min keeps the first.
    return min(LEVELS, key=lambda level: abs(LEVEL_SHARE[level] - mean))
