"""Edits computed from the plan: copy a week forward (progressed or as a deload), convert units.

Each returns an operation (see ops.py), so the window pushes it as one undo step and the
command line or a generator applies it directly.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from math import floor
from typing import Literal

from planner_gui.domain.editing.ops import (
    AddWeek,
    Composite,
    NameOf,
    Operation,
    RemoveWeek,
    SetUnits,
)
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.metrics import WORKING_BLOCKS
from planner_gui.domain.models import Item, Program, Week
from planner_gui.domain.notation import format_number
from planner_gui.domain.units import convert_load, round_progressed_load
from planner_gui.domain.vocabulary import Units

#: Share of working sets a deload copy keeps (about 40 % fewer; deloads cut volume 30-50 %).
DELOAD_SET_SHARE = 0.6

ProgressionKind = Literal["load_add", "load_pct", "reps"]


@dataclass(frozen=True)
class Progression:
    """What "copy week forward" raises: load by an amount (plan units) or %, or one rep."""

    kind: ProgressionKind
    amount: float = 0.0

    def describe(self, units: Units) -> str:
        if self.kind == "load_add":
            return f"+{format_number(self.amount)} {units}"
        if self.kind == "load_pct":
            return f"+{format_number(self.amount)} %"
        return "+1 rep"

    def apply(self, item: Item, units: Units) -> Item:
        """The item one step on; items the variable does not apply to come back unchanged.

        A percentage rise is rounded to a step a gym can load (`units.PROGRESSION_STEP`).
        """
        if self.kind == "reps":
            if item.reps is None:
                return item
            return item.model_copy(update={"reps": item.reps + 1})
        if item.load is None:
            return item
        if self.kind == "load_add":
            load = item.load + self.amount
        else:
            load = round_progressed_load(item.load * (1 + self.amount / 100), units)
        return item.model_copy(update={"load": round(load, 2)})


def progressed_week(
    source: Week, exercises: Collection[str], progression: Progression, units: Units
) -> Week:
    """A copy of `source` with `progression` applied to the items of `exercises`."""
    week = source.model_copy(deep=True)
    for session in week.sessions:
        for block in session.blocks:
            block.items = [
                progression.apply(item, units) if item.exercise in exercises else item
                for item in block.items
            ]
    return week


def deload_sets(sets: int) -> int:
    """Working sets of a deload copy: about 40 % fewer, never below one (3 -> 2, 5 -> 3)."""
    return max(1, floor(sets * DELOAD_SET_SHARE + 0.5))


def deloaded_week(source: Week) -> Week:
    """A copy of `source` marked as a deload, with fewer working sets and the same loads.

    Only the blocks whose sets count as working sets (main, core, glute) are trimmed, as the
    checker counts them; warm-up, mobility and cool-down stay as they were.
    """
    week = source.model_copy(deep=True)
    week.deload = True
    for session in week.sessions:
        for block in session.blocks:
            if block.kind in WORKING_BLOCKS:
                block.items = [
                    item.model_copy(update={"sets": deload_sets(item.sets)}) for item in block.items
                ]
    return week


def copy_week_forward(
    program: Program,
    position: int,
    exercises: Collection[str],
    progression: Progression,
    *,
    deload: bool = False,
    name_of: NameOf,
) -> Composite:
    """Copy a week into the next one, raising one variable for the chosen exercises.

    With `deload` the copy is a deload week instead: about 40 % fewer working sets, the same
    loads, marked as a deload (the progression is not applied).

    When the next week exists it is removed and the copy takes its place, keeping that week's
    notes and, unless the copy is a deload, its deload flag; otherwise the copy is appended.
    `name_of` names the exercises in the description.
    """
    units = program.units
    source = program.weeks[position]
    if deload:
        week = deloaded_week(source)
    else:
        week = progressed_week(source, exercises, progression, units)
        week.deload = False
    target = position + 1
    week.notes = ""
    operations: list[Operation] = []
    if target < len(program.weeks):
        existing = program.weeks[target]
        week.deload = week.deload or existing.deload
        week.notes = existing.notes
        operations.append(RemoveWeek(target))
    operations.append(AddWeek(target, week))
    if deload:
        text = (
            f"Copy week {position + 1} forward to week {target + 1} as a deload "
            "(fewer working sets, same loads)"
        )
    else:
        names = ", ".join(sorted(name_of(e) for e in exercises)) or "no exercises"
        text = (
            f"Copy week {position + 1} forward to week {target + 1} "
            f"({progression.describe(units)} on {names})"
        )
    return Composite(tuple(operations), text)


def convert_units(program: Program, units: Units) -> SetUnits:
    """Switch the plan to `units`, converting every load (rounded to 0.25 kg / 0.5 lb).

    Switching to the units the plan already has converts nothing.
    """
    current = program.units
    loads: dict[ItemPath, float | None] = {}
    if units != current:
        for w, week in enumerate(program.weeks):
            for s, session in enumerate(week.sessions):
                for block in session.blocks:
                    for row, item in enumerate(block.items):
                        if item.load is not None:
                            path = ItemPath(w, s, block.kind, row)
                            loads[path] = convert_load(item.load, current, units)
    return SetUnits(units, loads)
