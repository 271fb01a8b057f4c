"""Edits computed from the plan: copy a week forward (progressed or as a deload), convert units.

Each returns an operation (see ops.py), so the window pushes it as one undo step and the
command line or a generator applies it directly.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from math import floor
from typing import Literal

from planner_gui.domain.catalog import Catalog
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
from planner_gui.domain.models import Item, Program, Session, Week
from planner_gui.domain.notation import format_number
from planner_gui.domain.units import (
    LoadSteps,
    convert_load,
    convert_step,
    load_equipment,
    next_load_up,
    raised_load,
)
from planner_gui.domain.vocabulary import LoadEquipment, Units

#: Share of working sets a deload copy keeps (about 40 % fewer; deloads cut volume 30-50 %).
DELOAD_SET_SHARE = 0.6
#: A deload copy's sessions feel easier too: the session RPE this much lower, never below
#: LOWEST_DELOAD_RPE; a session already there (or with no RPE) gets fewer minutes instead,
#: cut like the sets. Either way the week's session load (minutes × RPE) falls.
DELOAD_SESSION_RPE_DROP = 2.0
LOWEST_DELOAD_RPE = 1.0

ProgressionKind = Literal["load_add", "load_pct", "reps"]
#: The kind of loading each exercise uses (`units.load_equipment`); None: unknown.
KindOf = Callable[[str], LoadEquipment | None]


def _unknown_kind(_exercise_id: str) -> LoadEquipment | None:
    return None


def load_kinds(catalog: Catalog | None) -> KindOf:
    """Each exercise's kind of loading from `catalog` (None for an exercise it lacks)."""
    if catalog is None:
        return _unknown_kind

    def kind_of(exercise_id: str) -> LoadEquipment | None:
        exercise = catalog.get(exercise_id)
        return None if exercise is None else load_equipment(exercise.equipment)

    return kind_of


@dataclass(frozen=True)
class Progression:
    """What "copy week forward" raises: load by an amount (plan units) or %, or one rep.

    A raised load is rounded to what the item's equipment can load (`units.raised_load`):
    the nearest loadable load, never below the old one. No 16.8 kg kettlebell from +5 %: the
    bell stays at 16 kg, and the copy dialog says so (`load_rises`).
    """

    kind: ProgressionKind
    amount: float = 0.0

    def describe(self, units: Units) -> str:
        if self.kind == "load_add":
            return f"+{format_number(self.amount)} {units}"
        if self.kind == "load_pct":
            return f"+{format_number(self.amount)} %"
        return "+1 rep"

    @property
    def raises_load(self) -> bool:
        return self.kind != "reps"

    def target(self, load: float) -> float:
        """The load this rise aims at, before it is rounded to a loadable one."""
        if self.kind == "load_add":
            return load + self.amount
        return load * (1 + self.amount / 100)

    def raised(
        self,
        load: float,
        units: Units,
        kind: LoadEquipment | None = None,
        steps: LoadSteps | None = None,
    ) -> float:
        """`load` raised and rounded to what `kind` of equipment loads (`units.raised_load`;
        an unknown kind rounds to the progression step, 0.5 kg or 1 lb)."""
        return round(raised_load(load, self.target(load), kind, units, steps), 2)

    def apply(
        self,
        item: Item,
        units: Units,
        kind: LoadEquipment | None = None,
        steps: LoadSteps | None = None,
    ) -> Item:
        """The item one step on; items the variable does not apply to come back unchanged.

        `kind` is the item's kind of loading and `steps` the plan's own load steps: a raised
        load is rounded to what that equipment can load, never below the old load.
        """
        if self.kind == "reps":
            if item.reps is None:
                return item
            return item.model_copy(update={"reps": item.reps + 1})
        if item.load is None:
            return item
        return item.model_copy(update={"load": self.raised(item.load, units, kind, steps)})


@dataclass(frozen=True)
class LoadRise:
    """What a copy forward does to one load of an exercise: `old` aimed at `target`, became
    `new` (a loadable load); `next_up` is the lightest loadable load above `old`."""

    exercise: str
    old: float
    target: float
    new: float
    next_up: float

    @property
    def unchanged(self) -> bool:
        """The rise was too small for the next loadable step: the load stays as it was."""
        return self.new <= self.old + 1e-9


def load_rises(
    program: Program,
    position: int,
    exercises: Collection[str],
    progression: Progression,
    catalog: Catalog | None = None,
) -> list[LoadRise]:
    """Each distinct load of the chosen exercises in week `position`, and what copying it
    forward with `progression` makes of it, in the order the week lists them (none for a
    rise of reps). The copy dialog shows these, so a load left unchanged is said, not hidden.
    """
    if not progression.raises_load:
        return []
    kind_of = load_kinds(catalog)
    units, steps = program.units, program.load_steps
    seen: set[tuple[str, float]] = set()
    rises: list[LoadRise] = []
    for session in program.weeks[position].sessions:
        for block in session.blocks:
            for item in block.items:
                load = item.load
                if item.exercise not in exercises or load is None or load <= 0:
                    continue
                if (item.exercise, load) in seen:
                    continue
                seen.add((item.exercise, load))
                kind = kind_of(item.exercise)
                rises.append(
                    LoadRise(
                        item.exercise,
                        load,
                        progression.target(load),
                        progression.raised(load, units, kind, steps),
                        next_load_up(load, kind, units, steps),
                    )
                )
    return rises


def rise_summary(
    rises: Collection[LoadRise], progression: Progression, units: Units, name_of: NameOf
) -> list[str]:
    """The copy dialog's summary: one line per load, the unchanged ones saying why.

    "Deadlift 80 → 85 kg"; "Goblet squat stays at 16 kg (+5 % is 16.8 kg, nearer 16 kg than
    the next loadable load, 20 kg)".
    """

    def amount(value: float) -> str:
        return f"{format_number(round(value, 2))} {units}"

    lines: list[str] = []
    for rise in rises:
        name = name_of(rise.exercise)
        if rise.unchanged:
            lines.append(
                f"{name} stays at {amount(rise.old)} ({progression.describe(units)} is "
                f"{amount(rise.target)}, nearer {amount(rise.old)} than the next loadable "
                f"load, {amount(rise.next_up)})"
            )
        else:
            lines.append(f"{name} {format_number(round(rise.old, 2))} → {amount(rise.new)}")
    return lines


def progressed_week(
    source: Week,
    exercises: Collection[str],
    progression: Progression,
    units: Units,
    kind_of: KindOf = _unknown_kind,
    steps: LoadSteps | None = None,
) -> Week:
    """A copy of `source` with `progression` applied to the items of `exercises`, raised
    loads rounded to what each exercise's equipment (`kind_of`) can load."""
    week = source.model_copy(deep=True)
    for session in week.sessions:
        for block in session.blocks:
            block.items = [
                progression.apply(item, units, kind_of(item.exercise), steps)
                if item.exercise in exercises
                else item
                for item in block.items
            ]
    return week


def deload_sets(sets: int) -> int:
    """Working sets of a deload copy: about 40 % fewer, never below one (3 -> 2, 5 -> 3)."""
    return max(1, floor(sets * DELOAD_SET_SHARE + 0.5))


def deload_effort(session: Session) -> None:
    """Lower a deload session's planned effort: its RPE by DELOAD_SESSION_RPE_DROP (not below
    LOWEST_DELOAD_RPE), or, when the RPE cannot fall (or is not set), its minutes as the sets
    are cut. Without this the week's load (minutes × RPE) stayed what it was."""
    if session.rpe is not None and session.rpe > LOWEST_DELOAD_RPE:
        session.rpe = max(LOWEST_DELOAD_RPE, session.rpe - DELOAD_SESSION_RPE_DROP)
    elif session.duration_min:
        session.duration_min = max(1, floor(session.duration_min * DELOAD_SET_SHARE + 0.5))


def deloaded_week(source: Week) -> Week:
    """A copy of `source` marked as a deload, with fewer working sets, the same loads and
    easier sessions (`deload_effort`), so its session load is below the source week's.

    Only the blocks whose sets count as working sets (main, core, glute) are trimmed, as the
    checker counts them; warm-up, mobility and cool-down stay as they were.
    """
    week = source.model_copy(deep=True)
    week.deload = True
    for session in week.sessions:
        deload_effort(session)
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
    catalog: Catalog | None = None,
) -> Composite:
    """Copy a week into the next one, raising one variable for the chosen exercises.

    A raised load is rounded to what the exercise's equipment can load (`catalog` says which
    equipment; the plan's `load_steps` may override the steps), never below the old load.

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
        kind_of = load_kinds(catalog)
        week = progressed_week(source, exercises, progression, units, kind_of, program.load_steps)
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
            "(fewer working sets, same loads, easier sessions)"
        )
    else:
        names = ", ".join(sorted(name_of(e) for e in exercises)) or "no exercises"
        text = (
            f"Copy week {position + 1} forward to week {target + 1} "
            f"({progression.describe(units)} on {names})"
        )
    return Composite(tuple(operations), text)


def convert_units(program: Program, units: Units) -> SetUnits:
    """Switch the plan to `units`, converting every load (rounded to 0.25 kg / 0.5 lb) and
    the plan's own load steps (`units.convert_step`).

    Switching to the units the plan already has converts nothing.
    """
    current = program.units
    loads: dict[ItemPath, float | None] = {}
    steps: Mapping[LoadEquipment, float] | None = None
    if units != current and program.load_steps:
        steps = {
            kind: convert_step(step, current, units) for kind, step in program.load_steps.items()
        }
    if units != current:
        for w, week in enumerate(program.weeks):
            for s, session in enumerate(week.sessions):
                for block in session.blocks:
                    for row, item in enumerate(block.items):
                        if item.load is not None:
                            path = ItemPath(w, s, block.kind, row)
                            loads[path] = convert_load(item.load, current, units)
    return SetUnits(units, loads, steps)
