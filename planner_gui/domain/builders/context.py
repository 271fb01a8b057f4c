"""What a builder reads of the session it builds for: the main lifts and the exercises taken."""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.builders.request import RoutineRequest
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise, Item, Session
from planner_gui.domain.vocabulary import Units


@dataclass(frozen=True)
class MainLift:
    """An item of the session's main block, with its row and its exercise (None when the
    catalog and the plan do not know it)."""

    row: int
    item: Item
    exercise: Exercise | None

    @property
    def pattern(self) -> str | None:
        return None if self.exercise is None else self.exercise.pattern

    @property
    def name(self) -> str:
        return self.item.exercise if self.exercise is None else self.exercise.name


@dataclass(frozen=True)
class RoutineContext:
    """One build's inputs. `catalog` holds the plan's custom exercises too; `used` holds the
    exercises the session already has outside the block being built, which the routine must
    not repeat."""

    catalog: Catalog
    session: Session
    request: RoutineRequest
    units: Units
    used: frozenset[str]
    main: tuple[MainLift, ...]

    @classmethod
    def of(
        cls, session: Session, catalog: Catalog, request: RoutineRequest, units: Units = "kg"
    ) -> RoutineContext:
        target = request.target_block
        used = frozenset(
            item.exercise
            for block in session.blocks
            if block.kind != target
            for item in block.items
        )
        main_block = session.block("main")
        main = tuple(
            MainLift(row, item, catalog.get(item.exercise))
            for row, item in enumerate(main_block.items if main_block else [])
        )
        return cls(catalog, session, request, units, used, main)

    @property
    def at_hand(self) -> frozenset[str]:
        return self.request.equipment

    def main_patterns(self) -> list[str]:
        """The main lifts' patterns, each once, in the order the lifts come."""
        patterns: list[str] = []
        for lift in self.main:
            if lift.pattern is not None and lift.pattern not in patterns:
                patterns.append(lift.pattern)
        return patterns

    def main_with(self, pattern: str) -> list[MainLift]:
        return [lift for lift in self.main if lift.pattern == pattern]

    def main_muscles(self) -> list[str]:
        """The main lifts' primary muscles, each once, in the order the lifts name them."""
        muscles: list[str] = []
        for lift in self.main:
            for muscle in lift.exercise.muscles if lift.exercise else ():
                if muscle not in muscles:
                    muscles.append(muscle)
        return muscles
