"""How the weeks go on: one variable at a time for each main lift, and a deload every 4th week.

Each main lift has a scheme. Linear: one loadable step a week (the smallest plates, the next
pair of dumbbells) while that step stays within the 10 % guideline. Double progression: one
more rep a week up to the top of the lift's range, then one loadable step up and back to the
bottom of the range. A strength lift whose next step would be more than 10 % turns to double
progression until its load is large enough. A bodyweight lift's reps rise to the top and stay.
Sets, rests and routines stay as they are, so a muscle's weekly sets do not climb.

Every 4th week is a deload (a program of 2 or 3 weeks ends with one): about 40 % fewer
working sets at the same loads, one point less effort on every lift and two on the session.
The week after a deload goes on from the week before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import ceil
from typing import Any, Literal

from planner_gui.domain.editing.transforms import deload_sets
from planner_gui.domain.metrics import WORKING_BLOCKS
from planner_gui.domain.models import Item, Session, Week
from planner_gui.domain.timing import session_minutes
from planner_gui.domain.units import next_load_up
from planner_gui.domain.vocabulary import BlockKind, LoadEquipment, Units

Scheme = Literal["linear", "double"]

#: The weekly rise guideline: a linear step must stay within it.
RISE_LIMIT = 0.10
DELOAD_EVERY = 4
#: Effort taken off in a deload week: on each lift, and on the session as a whole.
DELOAD_ITEM_RPE = 1.0
DELOAD_SESSION_RPE = 2.0
LOWEST_SESSION_RPE = 2.0


@dataclass(frozen=True)
class LiftPlan:
    """How one main lift progresses: its scheme, the rep range, how its load rises."""

    scheme: Scheme
    bottom: int
    top: int
    kind: LoadEquipment | None
    units: Units = "kg"

    def advance(self, item: Item) -> Item:
        """The item one normal week on: one variable rises, or none at the top of a
        bodyweight lift's range."""
        changes = self.changes(item)
        return item.model_copy(update=changes) if changes else item

    def changes(self, item: Item) -> dict[str, Any]:
        """What `advance` changes: the load, or the reps, or the load with the reps back at
        the bottom of the range; nothing at the top of a bodyweight lift's range."""
        load = item.load
        if load and self.scheme == "linear":
            step = next_load_up(load, self.kind, self.units)
            if step <= load * (1 + RISE_LIMIT) + 1e-9:
                return {"load": step}
        reps = item.reps or self.bottom
        if reps < self.top:
            return {"reps": reps + 1}
        if load:
            return {"load": next_load_up(load, self.kind, self.units), "reps": self.bottom}
        return {}

    def describe(self) -> str:
        if self.scheme == "linear":
            return "one loadable step a week (reps first when a step is over 10 %)"
        return f"reps {self.bottom} to {self.top}, then one loadable step"


def deload_weeks(weeks: int) -> frozenset[int]:
    """The 0-based weeks that are deloads: every 4th week, or the last of 2-3 weeks."""
    marked = {index for index in range(weeks) if (index + 1) % DELOAD_EVERY == 0}
    if not marked and weeks >= 2:
        marked.add(weeks - 1)
    return frozenset(marked)


PlanKey = tuple[int, int]
"""A main lift by its session's position in the week and its row in the main block."""


ItemChanges = Callable[[int, BlockKind, int, Item], dict[str, Any]]
"""What to change in an item while copying it, from its session's position, block and row."""


def copied_week(week: Week, changes: ItemChanges | None = None) -> Week:
    """A copy of `week` sharing no object with it, made model by model (pydantic's deep copy
    takes most of a generation's time), with `changes` applied to the items on the way."""
    return week.model_copy(
        update={
            "sessions": [
                _copied_session(session, position, changes)
                for position, session in enumerate(week.sessions)
            ]
        }
    )


def _copied_session(session: Session, position: int, changes: ItemChanges | None) -> Session:
    blocks = [
        block.model_copy(
            update={
                "items": [
                    copied_item(item, changes(position, block.kind, row, item) if changes else None)
                    for row, item in enumerate(block.items)
                ]
            }
        )
        for block in session.blocks
    ]
    return session.model_copy(update={"blocks": blocks})


def copied_item(item: Item, changes: dict[str, Any] | None = None) -> Item:
    """A copy of `item` (its ramp-up sets too) with `changes`."""
    update = dict(changes) if changes else {}
    if item.ramp and "ramp" not in update:
        update["ramp"] = [step.model_copy() for step in item.ramp]
    return item.model_copy(update=update) if update else item.model_copy()


def advanced_week(week: Week, plans: dict[PlanKey, LiftPlan]) -> Week:
    """A copy of `week` with every planned main lift one step on."""

    def step(position: int, kind: BlockKind, row: int, item: Item) -> dict[str, Any]:
        plan = plans.get((position, row)) if kind == "main" else None
        return plan.changes(item) if plan is not None else {}

    return copied_week(week, step)


def deload_of(week: Week) -> Week:
    """The deload version of a normal week: the sets of the working blocks cut as "copy week
    forward as a deload" cuts them (`transforms.deload_sets`), the same loads, less effort."""

    def lighter(position: int, kind: BlockKind, row: int, item: Item) -> dict[str, Any]:
        if kind not in WORKING_BLOCKS:
            return {}
        changes: dict[str, Any] = {"sets": deload_sets(item.sets)}
        if kind == "main" and item.rpe is not None:
            changes["rpe"] = max(1.0, item.rpe - DELOAD_ITEM_RPE)
        return changes

    result = copied_week(week, lighter)
    result.deload = True
    for session in result.sessions:
        if session.rpe is not None:
            session.rpe = max(LOWEST_SESSION_RPE, session.rpe - DELOAD_SESSION_RPE)
    return result


def plan_minutes(week: Week) -> None:
    """Set every session's planned minutes to its time estimate, rounded up."""
    for session in week.sessions:
        session.duration_min = max(1, ceil(session_minutes(session) - 1e-9))
