"""Undoable edits of the plan: every change the window makes is one of these commands.

Each command calls one PlanModel mutator in redo() and remembers what it replaced or where
it put things so undo() can restore the exact program. Edits that touch several places
(copy week forward, moving an item to another block) are macros built from child commands;
QUndoCommand runs children in order on redo and in reverse on undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import floor
from typing import Any, Literal

from PySide6.QtGui import QUndoCommand

from planner_gui.domain.metrics import WORKING_BLOCKS
from planner_gui.domain.models import Item, Session, Week
from planner_gui.domain.vocabulary import BLOCK_TITLES, DAY_NAMES, BlockKind, Day, Units
from planner_gui.ui.plan_model import ItemPath, PlanModel, format_number

KG_PER_LB = 1 / 2.20462
LB_PER_KG = 2.20462
#: Rounding step of converted loads in each unit.
LOAD_STEP: dict[str, float] = {"kg": 0.25, "lb": 0.5}
#: Rounding step of loads raised by a percentage: the smallest jump most gyms can load
#: (fractional plates, microloading dumbbells).
PROGRESSION_STEP: dict[str, float] = {"kg": 0.5, "lb": 1.0}
#: Share of working sets a deload copy keeps (about 40 % fewer; deloads cut volume 30-50 %).
DELOAD_SET_SHARE = 0.6

_MERGE_SESSION_EDIT = 4101

FIELD_LABELS = {
    "exercise": "exercise",
    "sets": "sets",
    "reps": "reps",
    "hold_s": "hold",
    "time_s": "time",
    "distance_m": "distance",
    "load": "load",
    "rpe": "RPE",
    "rest_s": "rest",
    "tempo": "tempo",
    "per_side": "per side",
    "note": "note",
}


def round_load(value: float, units: str) -> float:
    """Round a load to the plate-friendly step of its units (0.25 kg, 0.5 lb)."""
    step = LOAD_STEP[units]
    return round(round(value / step) * step, 2)


def round_progressed_load(value: float, units: str) -> float:
    """Round a percentage-raised load to a step a lifter can actually load (0.5 kg, 1 lb)."""
    step = PROGRESSION_STEP[units]
    return round(round(value / step) * step, 2)


def convert_load(value: float, from_units: str, to_units: str) -> float:
    if from_units == to_units:
        return value
    factor = LB_PER_KG if to_units == "lb" else KG_PER_LB
    return round_load(value * factor, to_units)


def _session_label(model: PlanModel, week: int, session: int) -> str:
    entry = model.session(week, session)
    return entry.name or f"{DAY_NAMES[entry.day]} session"


class MacroCommand(QUndoCommand):
    """A command made of child commands, run in order on redo and in reverse on undo.

    The children are held by Python rather than given a Qt parent: Qt-owned children with
    Python overrides do not survive ownership handover reliably in PySide.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._children: list[QUndoCommand] = []

    def adopt(self, child: QUndoCommand) -> QUndoCommand:
        self._children.append(child)
        return child

    def child_commands(self) -> list[QUndoCommand]:
        return list(self._children)

    def redo(self) -> None:
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self._children):
            child.undo()


# --------------------------------------------------------------------------- items


class AddItemCommand(QUndoCommand):
    """Insert an item at a place in a block (creating the block in the file if needed)."""

    def __init__(
        self, model: PlanModel, path: ItemPath, item: Item, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._path = path
        self._item = item.model_copy(deep=True)
        self._created_block = False
        name = model.exercise_name(item.exercise)
        self.setText(f"Add {name} to {_session_label(model, path.week, path.session)}")

    @property
    def path(self) -> ItemPath:
        return self._path

    def redo(self) -> None:
        self._created_block = self._model.insert_item(self._path, self._item)

    def undo(self) -> None:
        self._model.remove_item(self._path, drop_empty_block=self._created_block)


class DuplicateItemCommand(AddItemCommand):
    """Put a copy of an item right below it."""

    def __init__(self, model: PlanModel, path: ItemPath) -> None:
        item = model.item(path)
        super().__init__(model, path._replace(row=path.row + 1), item)
        self.setText(f"Duplicate {model.exercise_name(item.exercise)}")


class RemoveItemCommand(QUndoCommand):
    def __init__(
        self, model: PlanModel, path: ItemPath, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._path = path
        self._item: Item = model.item(path).model_copy(deep=True)
        name = model.exercise_name(self._item.exercise)
        self.setText(f"Remove {name} from {_session_label(model, path.week, path.session)}")

    def redo(self) -> None:
        self._item = self._model.remove_item(self._path)

    def undo(self) -> None:
        self._model.insert_item(self._path, self._item)


class MoveItemCommand(QUndoCommand):
    """Move an item up or down inside its block."""

    def __init__(self, model: PlanModel, path: ItemPath, to_row: int) -> None:
        super().__init__()
        self._model = model
        self._path = path
        self._to_row = to_row
        name = model.exercise_name(model.item(path).exercise)
        direction = "up" if to_row < path.row else "down"
        self.setText(f"Move {name} {direction}")

    @property
    def destination(self) -> ItemPath:
        return self._path._replace(row=self._to_row)

    def redo(self) -> None:
        self._model.move_item(self._path, self._to_row)

    def undo(self) -> None:
        self._model.move_item(self.destination, self._path.row)


def move_item_command(
    model: PlanModel, source: ItemPath, block: BlockKind, row: int
) -> QUndoCommand | None:
    """A command moving `source` so it lands at `row` of `block` (row counted before the move).

    Inside one block this is a MoveItemCommand; across blocks a macro of remove and add.
    None when the item would not move.
    """
    if block == source.block:
        to_row = row - 1 if row > source.row else row
        to_row = max(
            0, min(to_row, len(model.items_in_block(source.week, source.session, block)) - 1)
        )
        if to_row == source.row:
            return None
        return MoveItemCommand(model, source, to_row)
    item = model.item(source)
    macro = MacroCommand(f"Move {model.exercise_name(item.exercise)} to {BLOCK_TITLES[block]}")
    macro.adopt(RemoveItemCommand(model, source))
    macro.adopt(AddItemCommand(model, ItemPath(source.week, source.session, block, row), item))
    return macro


class EditItemCommand(QUndoCommand):
    """Replace one item with an edited copy (a cell edit in the table)."""

    def __init__(self, model: PlanModel, path: ItemPath, new_item: Item) -> None:
        super().__init__()
        self._model = model
        self._path = path
        self._new = new_item.model_copy(deep=True)
        self._old = model.item(path).model_copy(deep=True)
        self.setText(self._describe())

    def _describe(self) -> str:
        name = self._model.exercise_name(self._old.exercise)
        changed = [
            key
            for key in type(self._new).model_fields
            if getattr(self._new, key) != getattr(self._old, key)
        ]
        if len(changed) != 1:
            return f"Change dose of {name}"
        key = changed[0]
        value = getattr(self._new, key)
        if key == "exercise":
            return f"Replace {name} with {self._model.exercise_name(value)}"
        if value is None or value == "":
            return f"Clear {FIELD_LABELS.get(key, key)} of {name}"
        if isinstance(value, bool):
            return f"{'Set' if value else 'Clear'} per side on {name}"
        shown = format_number(value) if isinstance(value, float) else str(value)
        if key == "note":
            return f"Change note of {name}"
        return f"Change {FIELD_LABELS.get(key, key)} of {name} to {shown}"

    def redo(self) -> None:
        self._model.replace_item(self._path, self._new)

    def undo(self) -> None:
        self._model.replace_item(self._path, self._old)


# --------------------------------------------------------------------------- sessions


class AddSessionCommand(QUndoCommand):
    def __init__(
        self,
        model: PlanModel,
        week: int,
        position: int,
        session: Session,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._week = week
        self._position = position
        self._session = session.model_copy(deep=True)
        label = session.name or f"{DAY_NAMES[session.day]} session"
        self.setText(f"Add session {label} to week {week + 1}")

    def redo(self) -> None:
        self._model.insert_session(self._week, self._position, self._session)

    def undo(self) -> None:
        self._model.remove_session(self._week, self._position)


class DuplicateSessionCommand(AddSessionCommand):
    """Copy a session, with all its blocks and items, to another day of the same week.

    The copy goes after the week's last session and keeps the name, duration and RPE, so
    three similar days are one session built and two duplicates.
    """

    def __init__(self, model: PlanModel, week: int, position: int, day: Day) -> None:
        source = model.session(week, position)
        copy = source.model_copy(deep=True, update={"day": day})
        super().__init__(model, week, len(model.week(week).sessions), copy)
        self.setText(f"Duplicate {_session_label(model, week, position)} to {DAY_NAMES[day]}")

    @property
    def position(self) -> int:
        """Where the copy goes in the week's sessions."""
        return self._position


class RemoveSessionCommand(QUndoCommand):
    def __init__(self, model: PlanModel, week: int, position: int) -> None:
        super().__init__()
        self._model = model
        self._week = week
        self._position = position
        self._session = model.session(week, position).model_copy(deep=True)
        self.setText(f"Remove session {_session_label(model, week, position)}")

    def redo(self) -> None:
        self._session = self._model.remove_session(self._week, self._position)

    def undo(self) -> None:
        self._model.insert_session(self._week, self._position, self._session)


SessionField = Literal["name", "day", "duration_min", "rpe"]


class EditSessionCommand(QUndoCommand):
    """Rename a session, move it to another day, or change its duration or RPE.

    Consecutive changes of the same field of the same session (a spin box stepping) merge
    into one undo step.
    """

    def __init__(
        self, model: PlanModel, week: int, position: int, field: SessionField, value: Any
    ) -> None:
        super().__init__()
        self._model = model
        self._week = week
        self._position = position
        self._field = field
        self._new = value
        self._old = getattr(model.session(week, position), field)
        self._label = _session_label(model, week, position)
        self.setText(self._describe())

    def _describe(self) -> str:
        value = self._new
        if self._field == "name":
            return f"Rename session {self._label} to {value or 'an unnamed session'}"
        if self._field == "day":
            day: Day = value
            return f"Move {self._label} to {DAY_NAMES[day]}"
        if self._field == "duration_min":
            shown = "none" if value is None else f"{value} min"
            return f"Change duration of {self._label} to {shown}"
        shown = "none" if value is None else format_number(value)
        return f"Change RPE of {self._label} to {shown}"

    def id(self) -> int:
        return _MERGE_SESSION_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditSessionCommand):
            return False
        if (other._week, other._position, other._field) != (
            self._week,
            self._position,
            self._field,
        ) or self._field in ("name", "day"):
            return False
        self._new = other._new
        self.setText(self._describe())
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        self._model.update_session(self._week, self._position, {self._field: self._new})

    def undo(self) -> None:
        self._model.update_session(self._week, self._position, {self._field: self._old})


# --------------------------------------------------------------------------- weeks


class AddWeekCommand(QUndoCommand):
    def __init__(
        self,
        model: PlanModel,
        position: int,
        week: Week | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._position = position
        self._week = (week or Week()).model_copy(deep=True)
        self.setText(f"Add week {position + 1}")

    def redo(self) -> None:
        self._model.insert_week(self._position, self._week)

    def undo(self) -> None:
        self._model.remove_week(self._position)


class DuplicateWeekCommand(AddWeekCommand):
    def __init__(self, model: PlanModel, position: int) -> None:
        super().__init__(model, position + 1, model.week(position))
        self.setText(f"Duplicate week {position + 1}")


class RemoveWeekCommand(QUndoCommand):
    def __init__(self, model: PlanModel, position: int, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._position = position
        self._week = model.week(position).model_copy(deep=True)
        self.setText(f"Remove week {position + 1}")

    def redo(self) -> None:
        self._week = self._model.remove_week(self._position)

    def undo(self) -> None:
        self._model.insert_week(self._position, self._week)


class ToggleDeloadCommand(QUndoCommand):
    def __init__(self, model: PlanModel, position: int) -> None:
        super().__init__()
        self._model = model
        self._position = position
        self._deload = not model.week(position).deload
        verb = "Mark" if self._deload else "Unmark"
        self.setText(f"{verb} week {position + 1} as a deload week")

    def redo(self) -> None:
        self._model.update_week(self._position, {"deload": self._deload})

    def undo(self) -> None:
        self._model.update_week(self._position, {"deload": not self._deload})


ProgressionKind = Literal["load_add", "load_pct", "reps"]


@dataclass(frozen=True)
class Progression:
    """What "copy week forward" raises: load by an amount (plan units) or %, or one rep."""

    kind: ProgressionKind
    amount: float = 0.0

    def describe(self, units: str) -> str:
        if self.kind == "load_add":
            return f"+{format_number(self.amount)} {units}"
        if self.kind == "load_pct":
            return f"+{format_number(self.amount)} %"
        return "+1 rep"

    def apply(self, item: Item, units: str) -> Item:
        """The item one step on; items the variable does not apply to come back unchanged."""
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
    source: Week, exercises: set[str], progression: Progression, units: str
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


class CopyWeekForwardCommand(MacroCommand):
    """Copy a week into the next one, raising one variable for the chosen exercises.

    With `deload` the copy is a deload week instead: about 40 % fewer working sets, the same
    loads, marked as a deload (the progression is not applied).

    A macro: when the next week exists it is removed and the copy takes its place (keeping
    its notes and, unless the copy is a deload, its deload flag); otherwise it is appended.
    """

    def __init__(
        self,
        model: PlanModel,
        position: int,
        exercises: set[str],
        progression: Progression,
        *,
        deload: bool = False,
    ) -> None:
        super().__init__("")
        units = model.program().units
        source = model.week(position)
        if deload:
            week = deloaded_week(source)
        else:
            week = progressed_week(source, exercises, progression, units)
            week.deload = False
        target = position + 1
        week.notes = ""
        if target < len(model.program().weeks):
            existing = model.week(target)
            week.deload = week.deload or existing.deload
            week.notes = existing.notes
            self.adopt(RemoveWeekCommand(model, target))
        self.adopt(AddWeekCommand(model, target, week))
        if deload:
            self.setText(
                f"Copy week {position + 1} forward to week {target + 1} as a deload "
                "(fewer working sets, same loads)"
            )
            return
        names = ", ".join(sorted(model.exercise_name(e) for e in exercises)) or "no exercises"
        self.setText(
            f"Copy week {position + 1} forward to week {target + 1} "
            f"({progression.describe(units)} on {names})"
        )


# --------------------------------------------------------------------------- program


class SetProgramMetadataCommand(QUndoCommand):
    """Change the title, athlete or start date of the program."""

    def __init__(self, model: PlanModel, **changes: Any) -> None:
        super().__init__()
        allowed = {"title", "athlete", "start_date"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not program metadata: {', '.join(sorted(unknown))}")
        self._model = model
        self._new = changes
        self._old = {key: getattr(model.program(), key) for key in changes}
        labels = {"title": "title", "athlete": "athlete", "start_date": "start date"}
        self.setText("Change " + " and ".join(labels[key] for key in changes))

    def redo(self) -> None:
        self._model.update_program(self._new)

    def undo(self) -> None:
        self._model.update_program(self._old)


class SetUnitsCommand(QUndoCommand):
    """Switch the plan between kg and lb, converting every load (rounded to 0.25 kg / 0.5 lb)."""

    def __init__(self, model: PlanModel, units: Units) -> None:
        super().__init__()
        self._model = model
        self._units = units
        current = model.program().units
        self._loads: dict[ItemPath, float | None] = {}
        for w, week in enumerate(model.program().weeks):
            for s, session in enumerate(week.sessions):
                for block in session.blocks:
                    for row, item in enumerate(block.items):
                        if item.load is not None:
                            path = ItemPath(w, s, block.kind, row)
                            self._loads[path] = convert_load(item.load, current, units)
        self._old_units: Units = current
        self._old_loads: dict[ItemPath, float | None] = {}
        self.setText(f"Change units to {units}")
        self.setObsolete(units == current)

    def redo(self) -> None:
        self._old_units, self._old_loads = self._model.set_units(self._units, self._loads)

    def undo(self) -> None:
        self._model.set_units(self._old_units, self._old_loads)


class SetRuleSettingsCommand(QUndoCommand):
    """Replace the plan's rule settings (thresholds and which rules are on)."""

    def __init__(self, model: PlanModel, rules: dict[str, dict[str, bool | float]]) -> None:
        super().__init__()
        self._model = model
        self._new = {code: dict(values) for code, values in rules.items()}
        self._old = {code: dict(values) for code, values in model.program().rules.items()}
        self.setText("Change rule settings")

    def redo(self) -> None:
        self._model.update_program({"rules": {c: dict(v) for c, v in self._new.items()}})

    def undo(self) -> None:
        self._model.update_program({"rules": {c: dict(v) for c, v in self._old.items()}})
