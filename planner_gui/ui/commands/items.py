"""Edits of one exercise row: add, duplicate, remove, move, and replace (a cell edit)."""

from __future__ import annotations

from planner_gui.domain.editing.ops import AddItem, DuplicateItem, MoveItem, RemoveItem, ReplaceItem
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.editing.placement import move_item
from planner_gui.domain.models import Item
from planner_gui.domain.vocabulary import BlockKind
from planner_gui.ui.models.undo import EditTarget, OperationCommand


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
