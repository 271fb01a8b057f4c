"""Sessions and requests for the routine builder and generator tests, on the bundled catalog."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner_gui.domain.builders.equipment import resolve_equipment
from planner_gui.domain.builders.request import Level, RoutineKind, RoutineRequest
from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.models import PLAN_VERSION, Block, Item, Program, Session, Week
from planner_gui.domain.vocabulary import BlockKind, Day

PRESETS = ("none", "bands", "dumbbells", "gym")


def catalog() -> Catalog:
    return bundled_catalog()


def kit(*names: str) -> frozenset[str]:
    """The equipment at hand for presets and names ("gym", "dumbbells", "band")."""
    return resolve_equipment(names, bundled_catalog())


def main_item(exercise: str, sets: int = 3, reps: int = 5, **dose: Any) -> Item:
    return Item(exercise=exercise, sets=sets, reps=reps, **dose)


def session(
    *main: Item,
    day: Day = "mon",
    name: str = "Lower A",
    blocks: dict[BlockKind, list[Item]] | None = None,
) -> Session:
    """A session with `main` in its main block and any other blocks given."""
    parts = [Block(kind="main", items=list(main))] if main else []
    parts += [Block(kind=kind, items=items) for kind, items in (blocks or {}).items()]
    return Session(day=day, name=name, duration_min=60, rpe=6, blocks=parts)


def program(*sessions: Session) -> Program:
    return Program(
        format="brace-plan",
        version=PLAN_VERSION,
        start_date=date(2026, 1, 5),
        weeks=[Week(sessions=list(sessions))],
    )


def squat_day() -> Session:
    return session(
        main_item("back-squat", 3, 5, load=80.0),
        main_item("one-arm-dumbbell-row", 3, 10, load=22.0),
    )


def hinge_day() -> Session:
    return session(
        main_item("deadlift", 3, 5, load=100.0),
        main_item("bench-press", 3, 5, load=60.0),
        name="Lower B",
        day="wed",
    )


def request(
    kind: RoutineKind,
    level: Level = "intermediate",
    equipment: frozenset[str] | None = None,
    **options: Any,
) -> RoutineRequest:
    return RoutineRequest(
        kind=kind, level=level, equipment=kit("gym") if equipment is None else equipment, **options
    )
