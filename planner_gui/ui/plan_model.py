"""The Qt adapter over a Program: the one write path to the plan inside the window.

The tree is week ▸ session ▸ block ▸ item. Every session always shows the six block kinds
in session order, whether or not the plan stores that block yet, so dropping an exercise on an
empty block needs no structural change in the tree (the block is created in the program on the
first insert and dropped again by undo). Index internal ids point at stable `_Node` objects
(weeks, sessions, blocks); an item index carries its block's node, so persistent indexes stay
correct as rows move.

Views edit through `setData` and `dropMimeData`; once an undo stack is attached those edits are
pushed as commands (see commands.py), which call the public mutators below. Each mutator
brackets its change with the matching begin/end calls and emits `plan_changed` once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import count
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from planner_gui.domain.catalog import Catalog, CatalogClashError
from planner_gui.domain.models import Block, Exercise, Item, Program, Session, Week
from planner_gui.domain.vocabulary import BLOCK_KINDS, BLOCK_TITLES, DAY_NAMES, BlockKind, Units
from planner_gui.ui.catalog_model import EXERCISE_MIME

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand, QUndoStack

#: MIME type of an item row dragged inside the plan: JSON [week, session, block, row].
ITEM_MIME = "application/x-brace-item"

COL_EXERCISE, COL_SETS, COL_DOSE, COL_LOAD, COL_RPE, COL_REST, COL_PER_SIDE, COL_NOTE = range(8)
COLUMN_TITLES = ("Exercise", "Sets", "Reps / hold", "Load", "RPE", "Rest", "Per side", "Note")
#: The Item field each editable column writes (the dose column writes several).
COLUMN_FIELDS = {
    COL_EXERCISE: "exercise",
    COL_SETS: "sets",
    COL_DOSE: "dose",
    COL_LOAD: "load",
    COL_RPE: "rpe",
    COL_REST: "rest_s",
    COL_PER_SIDE: "per_side",
    COL_NOTE: "note",
}
DOSE_FIELDS = ("reps", "hold_s", "time_s", "distance_m")
AnyIndex = QModelIndex | QPersistentModelIndex


class ItemPath(NamedTuple):
    """Where an item sits: week and session positions, block kind, row in the block."""

    week: int
    session: int
    block: BlockKind
    row: int


class _Node:
    """A stable tree node for a week, session or block (items need none)."""

    __slots__ = ("block_kind", "children", "kind", "parent", "uid")

    def __init__(
        self, uid: int, kind: str, parent: _Node | None, block_kind: BlockKind | None = None
    ) -> None:
        self.uid = uid
        self.kind = kind
        self.parent = parent
        self.block_kind = block_kind
        self.children: list[_Node] = []

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


def format_number(value: float) -> str:
    """80.0 -> "80", 82.5 -> "82.5": loads and RPE without noise."""
    return f"{value:g}"


def dose_text(item: Item) -> str:
    """The reps / hold / time / distance an item prescribes, as the table shows it."""
    parts: list[str] = []
    if item.reps is not None:
        parts.append(str(item.reps))
    if item.hold_s is not None:
        parts.append(f"{item.hold_s} s hold" if item.reps is not None else f"{item.hold_s} s")
    if item.time_s is not None:
        parts.append(f"{item.time_s} s")
    if item.distance_m is not None:
        parts.append(f"{format_number(item.distance_m)} m")
    return " × ".join(parts)


_DOSE_PART = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|hold|s hold)?\s*$")


def parse_dose(text: str, dose_kind: str) -> dict[str, Any] | None:
    """Read "8", "30 s", "8 × 5 s", "400 m" into the four dose fields; None if unreadable.

    A bare number means reps, except for exercises dosed by hold, time or distance.
    """
    fields: dict[str, Any] = dict.fromkeys(DOSE_FIELDS)
    pieces = [piece for piece in re.split(r"[×x*]", text.strip()) if piece.strip()]
    if not pieces or len(pieces) > 2:
        return None
    for piece in pieces:
        match = _DOSE_PART.match(piece.replace("hold", " hold"))
        if match is None:
            return None
        number, unit = match.group(1), (match.group(2) or "").strip()
        if unit == "m":
            target = "distance_m"
        elif unit:
            target = "time_s" if dose_kind == "time" else "hold_s"
        elif len(pieces) == 1 and dose_kind in ("hold", "time", "distance"):
            target = {"hold": "hold_s", "time": "time_s", "distance": "distance_m"}[dose_kind]
        else:
            target = "reps"
        if fields[target] is not None:
            return None
        value = float(number)
        if target != "distance_m":
            if not value.is_integer():
                return None
            fields[target] = int(value)
        else:
            fields[target] = value
    return fields


def default_item(exercise: Exercise) -> Item:
    """A new item with the catalog's default dose for the exercise.

    The catalog gives warm-up drills, stretches and steady cardio a rest of 0 s, meaning
    "no set rest". Copied into the plan it showed as "0 s" in a rest cell nobody had filled
    in; the new item leaves rest empty instead (a plan that says 0 still shows "0 s").
    """
    dose = exercise.defaults.model_dump()
    if dose.get("rest_s") == 0:
        dose["rest_s"] = None
    return Item(exercise=exercise.id, **dose)


def merged_catalog(catalog: Catalog, program: Program) -> Catalog:
    """The catalog plus the plan's custom exercises (clashing ones are left out, not fatal)."""
    try:
        return catalog.with_custom(program.exercises)
    except CatalogClashError:
        return catalog.with_custom(e for e in program.exercises if e.id not in catalog)


class PlanModel(QAbstractItemModel):
    """week ▸ session ▸ block ▸ item over one Program; emits plan_changed after each change."""

    plan_changed = Signal()

    def __init__(self, program: Program, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base_catalog = catalog
        self._program = program
        self._catalog = merged_catalog(catalog, program)
        self._uids = count(1)
        self._nodes: dict[int, _Node] = {}
        self._root = _Node(0, "root", None)
        self._undo_stack: QUndoStack | None = None
        self._build_nodes()

    # ----------------------------------------------------------------- access

    def program(self) -> Program:
        """The plan being edited. Read it; change it only through the mutators."""
        return self._program

    def catalog(self) -> Catalog:
        """The bundled catalog merged with the plan's custom exercises."""
        return self._catalog

    def set_program(self, program: Program) -> None:
        """Replace the whole plan (File ▸ New/Open/restore): a model reset."""
        self.beginResetModel()
        self._program = program
        self._catalog = merged_catalog(self._base_catalog, program)
        self._build_nodes()
        self.endResetModel()
        self.plan_changed.emit()

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        """Route view edits (setData, drops) through `stack` as undoable commands."""
        self._undo_stack = stack

    def undo_stack(self) -> QUndoStack | None:
        return self._undo_stack

    def exercise_name(self, exercise_id: str) -> str:
        return self._catalog.name_of(exercise_id)

    def week(self, week: int) -> Week:
        return self._program.weeks[week]

    def session(self, week: int, session: int) -> Session:
        return self._program.weeks[week].sessions[session]

    def item(self, path: ItemPath) -> Item:
        block = self.session(path.week, path.session).block(path.block)
        if block is None:
            raise IndexError(f"no {path.block} block in week {path.week + 1}")
        return block.items[path.row]

    def items_in_block(self, week: int, session: int, kind: BlockKind) -> list[Item]:
        block = self.session(week, session).block(kind)
        return [] if block is None else block.items

    # ----------------------------------------------------------------- node tree

    def _new_node(self, kind: str, parent: _Node, block_kind: BlockKind | None = None) -> _Node:
        node = _Node(next(self._uids), kind, parent, block_kind)
        self._nodes[node.uid] = node
        return node

    def _session_node(self, week_node: _Node) -> _Node:
        node = self._new_node("session", week_node)
        node.children = [self._new_node("block", node, kind) for kind in BLOCK_KINDS]
        return node

    def _week_node(self, week: Week) -> _Node:
        node = self._new_node("week", self._root)
        node.children = [self._session_node(node) for _ in week.sessions]
        return node

    def _forget(self, node: _Node) -> None:
        for child in node.children:
            self._forget(child)
        self._nodes.pop(node.uid, None)

    def _build_nodes(self) -> None:
        self._nodes = {0: self._root}
        self._root.children = [self._week_node(week) for week in self._program.weeks]

    def _node_at(self, index: AnyIndex) -> _Node | None:
        """The node an index stands for; the root for an invalid index; None for an item."""
        if not index.isValid():
            return self._root
        parent = self._nodes.get(index.internalId())
        if parent is None or parent.kind == "block":
            return None
        return parent.children[index.row()]

    @staticmethod
    def _position(node: _Node) -> tuple[int, ...]:
        rows: list[int] = []
        while node.parent is not None:
            rows.append(node.row())
            node = node.parent
        return tuple(reversed(rows))

    # ----------------------------------------------------------------- index helpers

    def week_index(self, week: int, column: int = 0) -> QModelIndex:
        return self.index(week, column)

    def session_index(self, week: int, session: int, column: int = 0) -> QModelIndex:
        return self.index(session, column, self.week_index(week))

    def block_index(self, week: int, session: int, kind: BlockKind, column: int = 0) -> QModelIndex:
        return self.index(BLOCK_KINDS.index(kind), column, self.session_index(week, session))

    def item_index(self, path: ItemPath, column: int = 0) -> QModelIndex:
        return self.index(path.row, column, self.block_index(path.week, path.session, path.block))

    def kind_of(self, index: AnyIndex) -> str | None:
        """'week', 'session', 'block' or 'item' for a valid index, else None."""
        if not index.isValid():
            return None
        node = self._node_at(index)
        return "item" if node is None else node.kind

    def location(self, index: AnyIndex) -> tuple[int, ...]:
        """(week,), (week, session), (week, session, block row) or those plus the item row."""
        if not index.isValid():
            return ()
        node = self._node_at(index)
        if node is None:
            parent = self._nodes[index.internalId()]
            return (*self._position(parent), index.row())
        return self._position(node)

    def item_path(self, index: AnyIndex) -> ItemPath | None:
        """The item an index (any column) points at, or None for other rows."""
        if self.kind_of(index) != "item":
            return None
        week, session, block_row, row = self.location(index)
        return ItemPath(week, session, BLOCK_KINDS[block_row], row)

    # ----------------------------------------------------------------- Qt structure

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node_at(parent)
        if node is None:
            return QModelIndex()
        return self.createIndex(row, column, node.uid)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes.get(index.internalId())
        if parent is None or parent.parent is None:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent.parent.uid)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        node = self._node_at(parent)
        if node is None:
            return 0
        if node.kind == "block":
            week, session, block_row = self._position(node)
            return len(self.items_in_block(week, session, BLOCK_KINDS[block_row]))
        return len(node.children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMN_TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_LOAD:
                return f"Load ({self._program.units})"
            return COLUMN_TITLES[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.kind_of(index)
        if kind is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        if kind in ("session", "block"):
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if kind == "week":
            return base
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == COL_PER_SIDE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # ----------------------------------------------------------------- data

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        kind = self.kind_of(index)
        if kind is None:
            return None
        if kind == "item":
            path = self.item_path(index)
            assert path is not None
            return self._item_data(self.item(path), index.column(), role)
        if index.column() != 0:
            return None
        where = self.location(index)
        if kind == "week":
            return self._week_data(where[0], role)
        if kind == "session":
            return self._session_data(where[0], where[1], role)
        return self._block_data(where[0], where[1], BLOCK_KINDS[where[2]], role)

    def week_dates(self, week: int) -> tuple[date, date]:
        """First and last calendar day of a week."""
        first = self._program.start_date + timedelta(weeks=week)
        return first, first + timedelta(days=6)

    def week_label(self, week: int) -> str:
        """ "Week 3 · 19 Jan", with the deload mark: shown in the week selector."""
        first, _ = self.week_dates(week)
        label = f"Week {week + 1} · {first.day} {first:%b}"
        if self._program.weeks[week].deload:
            label += " · deload"
        return label

    def week_summary(self, week: int) -> str:
        """ "2 sessions · deload": the week row's own text.

        It does not include the week number or dates, which depend on the row's position:
        an item model's rows must keep their data when neighbours are inserted. The week
        selector adds those through a proxy (see week_bar.py).
        """
        entry = self._program.weeks[week]
        count_ = len(entry.sessions)
        text = f"{count_} session" + ("" if count_ == 1 else "s")
        return text + (" · deload" if entry.deload else "")

    def _week_data(self, week: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.week_summary(week)
        if role == Qt.ItemDataRole.FontRole and self._program.weeks[week].deload:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _session_data(self, week: int, session: int, role: int) -> Any:
        entry = self.session(week, session)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = entry.name or "Session"
            return f"{DAY_NAMES[entry.day]} · {name}"
        return None

    def _block_data(self, week: int, session: int, kind: BlockKind, role: int) -> Any:
        items = self.items_in_block(week, session, kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if not items:
                return f"{BLOCK_TITLES[kind]} (empty: drop or double-click exercises to add)"
            noun = "exercise" if len(items) == 1 else "exercises"
            return f"{BLOCK_TITLES[kind]} · {len(items)} {noun}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{BLOCK_TITLES[kind]} block: drop exercises here"
        return None

    def _item_data(self, item: Item, column: int, role: int) -> Any:
        display = role == Qt.ItemDataRole.DisplayRole
        edit = role == Qt.ItemDataRole.EditRole
        if column == COL_PER_SIDE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if item.per_side else Qt.CheckState.Unchecked
            if edit:
                return item.per_side
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_EXERCISE:
                return f"{self.exercise_name(item.exercise)} ({item.exercise})"
            if column == COL_NOTE and item.note:
                return item.note
            return None
        if not (display or edit):
            return None
        if column == COL_EXERCISE:
            return self.exercise_name(item.exercise) if display else item.exercise
        if column == COL_SETS:
            return item.sets
        if column == COL_DOSE:
            return dose_text(item)
        if column == COL_LOAD:
            return "" if item.load is None else format_number(item.load)
        if column == COL_RPE:
            return "" if item.rpe is None else format_number(item.rpe)
        if column == COL_REST:
            if item.rest_s is None:
                return ""
            return f"{item.rest_s} s" if display else str(item.rest_s)
        if column == COL_NOTE:
            return item.note
        return None

    # ----------------------------------------------------------------- editing by views

    def edited_item(self, path: ItemPath, column: int, value: Any, role: int) -> Item | None:
        """The item as it would be after a view writes `value` to `column`; None if invalid."""
        item = self.item(path)
        fields = item.model_dump()
        try:
            if column == COL_PER_SIDE:
                if role == Qt.ItemDataRole.CheckStateRole:
                    state = value.value if isinstance(value, Qt.CheckState) else int(value)
                    fields["per_side"] = state == Qt.CheckState.Checked.value
                elif role == Qt.ItemDataRole.EditRole:
                    fields["per_side"] = bool(value)
                else:
                    return None
            elif role != Qt.ItemDataRole.EditRole:
                return None
            elif column == COL_EXERCISE:
                exercise_id = str(value).strip()
                if not exercise_id:
                    return None
                fields["exercise"] = exercise_id
            elif column == COL_SETS:
                fields["sets"] = _whole(value)
            elif column == COL_DOSE:
                exercise = self._catalog.get(item.exercise)
                dose = parse_dose(str(value), exercise.dose if exercise else "reps")
                if dose is None:
                    return None
                fields.update(dose)
            elif column in (COL_LOAD, COL_RPE):
                fields["load" if column == COL_LOAD else "rpe"] = _optional_number(value)
            elif column == COL_REST:
                text = str(value).strip().removesuffix("s").strip()
                fields["rest_s"] = None if text == "" else _whole(text)
            elif column == COL_NOTE:
                fields["note"] = str(value)
            else:
                return None
            return Item.model_validate(fields)
        except (ValueError, TypeError, ValidationError):
            return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        path = self.item_path(index)
        if path is None:
            return False
        new_item = self.edited_item(path, index.column(), value, role)
        if new_item is None:
            return False
        if new_item == self.item(path):
            return True
        from planner_gui.ui.commands import EditItemCommand

        self._apply(EditItemCommand(self, path, new_item))
        return True

    def _apply(self, command: QUndoCommand) -> None:
        """Push a command when a stack is attached, else just do it (model-only use)."""
        if self._undo_stack is not None:
            self._undo_stack.push(command)
        else:
            command.redo()

    # ----------------------------------------------------------------- drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME, ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first item row among `indexes`, as its location under ITEM_MIME."""
        mime = QMimeData()
        for index in indexes:
            path = self.item_path(index)
            if path is not None:
                payload = json.dumps([path.week, path.session, path.block, path.row])
                mime.setData(ITEM_MIME, QByteArray(payload.encode("utf-8")))
                mime.setText(self.exercise_name(self.item(path).exercise))
                break
        return mime

    def drop_target(self, row: int, parent: AnyIndex) -> ItemPath | None:
        """Where a drop lands: the block and the row the new item takes."""
        kind = self.kind_of(parent)
        where = self.location(parent)
        if kind == "session":
            block_row = max(0, row - 1) if row >= 0 else len(BLOCK_KINDS) - 1
            block = BLOCK_KINDS[min(block_row, len(BLOCK_KINDS) - 1)]
            end = len(self.items_in_block(where[0], where[1], block))
            return ItemPath(where[0], where[1], block, end)
        if kind == "block":
            block = BLOCK_KINDS[where[2]]
            end = len(self.items_in_block(where[0], where[1], block))
            return ItemPath(where[0], where[1], block, end if row < 0 else min(row, end))
        if kind == "item":
            return ItemPath(where[0], where[1], BLOCK_KINDS[where[2]], where[3])
        return None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if not (data.hasFormat(EXERCISE_MIME) or data.hasFormat(ITEM_MIME)):
            return False
        return self.drop_target(row, parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Add a dragged catalog exercise, or move a dragged item row, as an undoable command."""
        from planner_gui.ui.commands import AddItemCommand, move_item_command

        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self.drop_target(row, parent)
        if target is None:
            return False
        if data.hasFormat(ITEM_MIME):
            try:
                week, session, block, source_row = json.loads(bytes(data.data(ITEM_MIME).data()))
                source = ItemPath(int(week), int(session), block, int(source_row))
                self.item(source)
            except (ValueError, TypeError, IndexError):
                return False
            if block not in BLOCK_KINDS or (source.week, source.session) != target[:2]:
                return False
            command = move_item_command(self, source, target.block, target.row)
            if command is not None:
                self._apply(command)
            return True
        exercise_id = bytes(data.data(EXERCISE_MIME).data()).decode("utf-8", "replace").strip()
        exercise = self._catalog.get(exercise_id)
        if exercise is None:
            return False
        self._apply(AddItemCommand(self, target, default_item(exercise)))
        return True

    # ----------------------------------------------------------------- mutators (commands only)

    def _emit_row_changed(self, index: QModelIndex) -> None:
        last = index.sibling(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(index.siblingAtColumn(0), last)

    def _emit_weeks_changed(self, first: int = 0) -> None:
        if self.rowCount() > first:
            self.dataChanged.emit(self.index(first, 0), self.index(self.rowCount() - 1, 0))

    def replace_item(self, path: ItemPath, item: Item) -> Item:
        """Put `item` at `path`; returns the item it replaced."""
        block = self.session(path.week, path.session).block(path.block)
        assert block is not None
        old = block.items[path.row]
        block.items[path.row] = item.model_copy(deep=True)
        self._emit_row_changed(self.item_index(path))
        self.plan_changed.emit()
        return old

    def insert_item(self, path: ItemPath, item: Item) -> bool:
        """Insert `item` at `path`; True when the block had to be created for it."""
        session = self.session(path.week, path.session)
        block = session.block(path.block)
        created = block is None
        parent = self.block_index(path.week, path.session, path.block)
        self.beginInsertRows(parent, path.row, path.row)
        if block is None:
            block = Block(kind=path.block)
            session.blocks.append(block)
            session.blocks.sort(key=lambda entry: BLOCK_KINDS.index(entry.kind))
        block.items.insert(path.row, item.model_copy(deep=True))
        self.endInsertRows()
        self.dataChanged.emit(parent, parent)
        self.plan_changed.emit()
        return created

    def remove_item(self, path: ItemPath, drop_empty_block: bool = False) -> Item:
        """Remove the item at `path` (and its block when asked and left empty); returns it."""
        session = self.session(path.week, path.session)
        block = session.block(path.block)
        assert block is not None
        parent = self.block_index(path.week, path.session, path.block)
        self.beginRemoveRows(parent, path.row, path.row)
        item = block.items.pop(path.row)
        if drop_empty_block and not block.items:
            session.blocks.remove(block)
        self.endRemoveRows()
        self.dataChanged.emit(parent, parent)
        self.plan_changed.emit()
        return item

    def move_item(self, path: ItemPath, to_row: int) -> None:
        """Move an item inside its block so that it ends up at `to_row`."""
        if to_row == path.row:
            return
        block = self.session(path.week, path.session).block(path.block)
        assert block is not None
        parent = self.block_index(path.week, path.session, path.block)
        destination = to_row + 1 if to_row > path.row else to_row
        if not self.beginMoveRows(parent, path.row, path.row, parent, destination):
            return
        block.items.insert(to_row, block.items.pop(path.row))
        self.endMoveRows()
        self.plan_changed.emit()

    def insert_session(self, week: int, position: int, session: Session) -> None:
        week_node = self._root.children[week]
        self.beginInsertRows(self.week_index(week), position, position)
        self._program.weeks[week].sessions.insert(position, session.model_copy(deep=True))
        week_node.children.insert(position, self._session_node(week_node))
        self.endInsertRows()
        self._emit_weeks_changed(week)
        self.plan_changed.emit()

    def remove_session(self, week: int, position: int) -> Session:
        week_node = self._root.children[week]
        self.beginRemoveRows(self.week_index(week), position, position)
        session = self._program.weeks[week].sessions.pop(position)
        self._forget(week_node.children.pop(position))
        self.endRemoveRows()
        self._emit_weeks_changed(week)
        self.plan_changed.emit()
        return session

    def update_session(self, week: int, position: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Set session fields (name, day, duration_min, rpe); returns their old values."""
        session = self.session(week, position)
        old = {key: getattr(session, key) for key in changes}
        for key, value in changes.items():
            setattr(session, key, value)
        self._emit_row_changed(self.session_index(week, position))
        self.plan_changed.emit()
        return old

    def insert_week(self, position: int, week: Week) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        copy = week.model_copy(deep=True)
        self._program.weeks.insert(position, copy)
        self._root.children.insert(position, self._week_node(copy))
        self.endInsertRows()
        self._emit_weeks_changed(position)
        self.plan_changed.emit()

    def remove_week(self, position: int) -> Week:
        self.beginRemoveRows(QModelIndex(), position, position)
        week = self._program.weeks.pop(position)
        self._forget(self._root.children.pop(position))
        self.endRemoveRows()
        self._emit_weeks_changed(position)
        self.plan_changed.emit()
        return week

    def update_week(self, position: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Set week fields (deload, notes); returns their old values."""
        week = self._program.weeks[position]
        old = {key: getattr(week, key) for key in changes}
        for key, value in changes.items():
            setattr(week, key, value)
        self._emit_weeks_changed(position)
        self.plan_changed.emit()
        return old

    def update_program(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Set program metadata (title, athlete, start_date, rules); returns old values."""
        old = {key: getattr(self._program, key) for key in changes}
        for key, value in changes.items():
            setattr(self._program, key, value)
        self._emit_weeks_changed()
        self.plan_changed.emit()
        return old

    def set_units(
        self, units: Units, loads: dict[ItemPath, float | None]
    ) -> tuple[Units, dict[ItemPath, float | None]]:
        """Switch units and set the given item loads in one step; returns what it replaced."""
        old_units = self._program.units
        old_loads: dict[ItemPath, float | None] = {}
        self._program.units = units
        for path, load in loads.items():
            item = self.item(path)
            old_loads[path] = item.load
            item.load = load
            index = self.item_index(path, COL_LOAD)
            self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_LOAD, COL_LOAD)
        self.plan_changed.emit()
        return old_units, old_loads


def _whole(value: Any) -> int:
    """An int from an int, a whole float or digits; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int):
        return value
    number = float(str(value).strip())
    if not number.is_integer():
        raise ValueError("not a whole number")
    return int(number)


def _optional_number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    return float(str(value).strip().replace(",", "."))
