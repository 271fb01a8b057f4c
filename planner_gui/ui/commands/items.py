"""The window's named edits: each one a domain operation in an OperationCommand.

The classes only translate what a menu or dialog knows (positions, a chosen day, a progression)
into an operation from `domain.editing`; applying, undoing and the undo text all come from the
operation (see models/undo.py). Session field edits are the one command with behaviour of its own:
a spin box stepping merges into one undo step.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, cast

from PySide6.QtGui import QUndoCommand

from planner_gui.domain.editing.ops import (
    AddItem,
    AddSession,
    AddWeek,
    DuplicateItem,
    DuplicateSession,
    DuplicateWeek,
    EditProgram,
    EditSession,
    EditWeek,
    MoveItem,
    ProgramField,
    RemoveItem,
    RemoveSession,
    RemoveWeek,
    ReplaceItem,
    SessionField,
)
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.editing.placement import move_item
from planner_gui.domain.editing.transforms import Progression, convert_units, copy_week_forward
from planner_gui.domain.models import Item, Session, Week
from planner_gui.domain.vocabulary import BlockKind, Day, Units
from planner_gui.ui.models.undo import EditTarget, OperationCommand

_MERGE_SESSION_EDIT = 4101

# --------------------------------------------------------------------------- items


class AddItemCommand(OperationCommand):
    """Insert an item at a place in a block (creating the block in the file if needed)."""

    def __init__(self, model: EditTarget, path: ItemPath, item: Item) -> None:
        super().__init__(model, AddItem(path, item))


class DuplicateItemCommand(OperationCommand):
    """Put a copy of an item right below it."""

    def __init__(self, model: EditTarget, path: ItemPath) -> None:
        super().__init__(model, DuplicateItem.of(model.program(), path))


class RemoveItemCommand(OperationCommand):
    def __init__(self, model: EditTarget, path: ItemPath) -> None:
        super().__init__(model, RemoveItem(path))


class MoveItemCommand(OperationCommand):
    """Move an item up or down inside its block."""

    def __init__(self, model: EditTarget, path: ItemPath, to_row: int) -> None:
        super().__init__(model, MoveItem(path, to_row))


def move_item_command(
    model: EditTarget, source: ItemPath, block: BlockKind, row: int
) -> OperationCommand | None:
    """A command moving `source` so it lands at `row` of `block` (row counted before the move);
    None when the item would not move (see placement.move_item)."""
    operation = move_item(model.program(), source, block, row, model.exercise_name)
    return None if operation is None else OperationCommand(model, operation)


class EditItemCommand(OperationCommand):
    """Replace one item with an edited copy (a cell edit in the table)."""

    def __init__(self, model: EditTarget, path: ItemPath, new_item: Item) -> None:
        super().__init__(model, ReplaceItem(path, new_item))


# --------------------------------------------------------------------------- sessions


class AddSessionCommand(OperationCommand):
    def __init__(self, model: EditTarget, week: int, position: int, session: Session) -> None:
        super().__init__(model, AddSession(week, position, session))


class DuplicateSessionCommand(OperationCommand):
    """Copy a session, with all its blocks and items, to another day of the same week."""

    def __init__(self, model: EditTarget, week: int, position: int, day: Day) -> None:
        self._duplicate = DuplicateSession.of(model.program(), week, position, day)
        super().__init__(model, self._duplicate)

    @property
    def position(self) -> int:
        """Where the copy goes in the week's sessions."""
        return self._duplicate.position


class RemoveSessionCommand(OperationCommand):
    def __init__(self, model: EditTarget, week: int, position: int) -> None:
        super().__init__(model, RemoveSession(week, position))


class EditSessionCommand(OperationCommand):
    """Rename a session, move it to another day, or change its duration or RPE.

    Consecutive changes of the same number field of the same session (a spin box stepping)
    merge into one undo step; stepping back to the start leaves nothing to undo.
    """

    def __init__(
        self, model: EditTarget, week: int, position: int, field: SessionField, value: Any
    ) -> None:
        self._edit = EditSession(week, position, field, value)
        self._old = getattr(model.program().weeks[week].sessions[position], field)
        super().__init__(model, self._edit)

    def id(self) -> int:
        return _MERGE_SESSION_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditSessionCommand):
            return False
        mine, theirs = self._edit, other._edit
        if (theirs.week, theirs.position, theirs.field) != (
            mine.week,
            mine.position,
            mine.field,
        ) or mine.field in ("name", "day"):
            return False
        self._edit = self._operation = theirs
        self.setText(other.text())
        self.setObsolete(theirs.value == self._old)
        return True


# --------------------------------------------------------------------------- weeks


class AddWeekCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int, week: Week | None = None) -> None:
        super().__init__(model, AddWeek(position, week or Week()))


class DuplicateWeekCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        super().__init__(model, DuplicateWeek.of(model.program(), position))


class RemoveWeekCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        super().__init__(model, RemoveWeek(position))


class ToggleDeloadCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        deload = not model.program().weeks[position].deload
        super().__init__(model, EditWeek(position, "deload", deload))


class CopyWeekForwardCommand(OperationCommand):
    """Copy a week into the next one, raising one variable for the chosen exercises, or as a
    deload (see transforms.copy_week_forward)."""

    def __init__(
        self,
        model: EditTarget,
        position: int,
        exercises: Collection[str],
        progression: Progression,
        *,
        deload: bool = False,
    ) -> None:
        operation = copy_week_forward(
            model.program(),
            position,
            exercises,
            progression,
            deload=deload,
            name_of=model.exercise_name,
        )
        super().__init__(model, operation)


# --------------------------------------------------------------------------- program


class SetProgramMetadataCommand(OperationCommand):
    """Change the title, athlete or start date of the program."""

    def __init__(self, model: EditTarget, **changes: Any) -> None:
        unknown = set(changes) - {"title", "athlete", "start_date"}
        if unknown:
            raise ValueError(f"not program metadata: {', '.join(sorted(unknown))}")
        super().__init__(model, EditProgram(cast(dict[ProgramField, Any], changes)))


class SetUnitsCommand(OperationCommand):
    """Switch the plan between kg and lb, converting every load (rounded to 0.25 kg / 0.5 lb)."""

    def __init__(self, model: EditTarget, units: Units) -> None:
        super().__init__(model, convert_units(model.program(), units))
        self.setObsolete(units == model.program().units)


class SetRuleSettingsCommand(OperationCommand):
    """Replace the plan's rule settings (thresholds and which rules are on)."""

    def __init__(self, model: EditTarget, rules: dict[str, dict[str, bool | float]]) -> None:
        super().__init__(model, EditProgram({"rules": rules}))
