"""The Qt adapter over a Program: the one write path to the plan inside the window.

The tree is week ▸ session ▸ block ▸ item. Every session always shows the six block kinds
in session order, whether or not the plan stores that block yet, so dropping an exercise on an
empty block needs no structural change in the tree (the block is created in the program on the
first insert and dropped again by undo). Index internal ids point at stable `_Node` objects
(weeks, sessions, blocks); an item index carries its block's node, so persistent indexes stay
correct as rows move.

The plan changes only through `apply`, which runs a domain operation (domain/editing/ops.py)
bracketed by the matching begin/end row calls and dataChanged signals, emits `plan_changed`
once and returns the inverse. An operation the plan cannot take raises EditRefused before
anything changes, so `_apply` checks it before the begin calls; `refuse` passes the reason on
as `edit_refused` for the window to show. Views edit through `setData` and `dropMimeData`;
once an undo stack is attached those edits are pushed as OperationCommands (see undo.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import count
from typing import TYPE_CHECKING, Any

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

from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.display_text import display_text
from planner_gui.domain.editing.checkins import AddCheckIn, RemoveCheckIn, ReplaceCheckIn
from planner_gui.domain.editing.exercises import CUSTOM_EXERCISE_OPERATIONS
from planner_gui.domain.editing.fields import (
    FIELD_LABELS,
    FieldRefused,
    ItemField,
    item_with_field,
)
from planner_gui.domain.editing.ops import (
    AddItem,
    AddSession,
    AddWeek,
    Composite,
    EditProgram,
    EditSession,
    EditWeek,
    MoveItem,
    Operation,
    RemoveItem,
    RemoveSession,
    RemoveWeek,
    ReplaceItem,
    SetUnits,
)
from planner_gui.domain.editing.paths import ItemPath as ItemPath  # the model's addresses
from planner_gui.domain.editing.paths import block_items, item_at, session_at
from planner_gui.domain.editing.placement import default_item, move_item
from planner_gui.domain.models import Item, Program, Session, Week
from planner_gui.domain.notation import (
    RAMP_EXAMPLE,
    dose_text,
    format_number,
    ramp_cell_text,
    ramp_example,
    ramp_percent_text,
)
from planner_gui.domain.units import load_equipment, load_step
from planner_gui.domain.vocabulary import (
    BLOCK_KINDS,
    BLOCK_TITLES,
    DAY_NAMES,
    BlockKind,
    LoadEquipment,
)
from planner_gui.ui.models.catalog_model import EXERCISE_MIME
from planner_gui.ui.models.undo import OperationCommand
from planner_gui.ui.plain import tool_tip

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand, QUndoStack

#: MIME type of an item row dragged inside the plan: JSON [week, session, block, row].
ITEM_MIME = "application/x-brace-item"

(
    COL_EXERCISE,
    COL_SETS,
    COL_DOSE,
    COL_LOAD,
    COL_RPE,
    COL_RAMP,
    COL_REST,
    COL_TEMPO,
    COL_PER_SIDE,
    COL_NOTE,
) = range(10)
COLUMN_TITLES = (
    "Exercise",
    "Sets",
    "Reps / hold",
    "Load",
    "RPE",
    "Ramp-up",
    "Rest",
    "Tempo",
    "Per side",
    "Note",
)
#: The Item field each editable column writes (the dose column writes several).
COLUMN_FIELDS: dict[int, ItemField] = {
    COL_EXERCISE: "exercise",
    COL_SETS: "sets",
    COL_DOSE: "dose",
    COL_LOAD: "load",
    COL_RPE: "rpe",
    COL_RAMP: "ramp",
    COL_REST: "rest_s",
    COL_TEMPO: "tempo",
    COL_PER_SIDE: "per_side",
    COL_NOTE: "note",
}
AnyIndex = QModelIndex | QPersistentModelIndex
TEMPO_TIP = "Tempo: seconds down, pause, up, pause (3-1-1-0), or words such as slow lowering"
RAMP_HEADER_TIP = (
    "Ramp-up sets: lighter sets of the lift before its working sets, shown and typed as "
    "load × reps in the plan's units (20×5, 30×3); a percentage of the working load takes "
    f"its sign ({RAMP_EXAMPLE}). Loads are rounded to what the equipment can load."
)
#: The roles some row answers. Views ask each cell for many more (decoration, alignment,
#: colours, size hint), which every row leaves to the style: those return before any lookup.
_ANSWERED_ROLES = frozenset(
    role.value
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
    )
)
_FONT_ROLE = Qt.ItemDataRole.FontRole.value
_CHECK_ROLE = Qt.ItemDataRole.CheckStateRole.value
#: The operations `_apply` signals row by row; each says whether it may apply (`check`).
_CHECKED = (
    AddItem,
    RemoveItem,
    MoveItem,
    ReplaceItem,
    AddSession,
    RemoveSession,
    EditSession,
    AddWeek,
    RemoveWeek,
    EditWeek,
    EditProgram,
    SetUnits,
    AddCheckIn,
    RemoveCheckIn,
    ReplaceCheckIn,
)


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


class PlanModel(QAbstractItemModel):
    """week ▸ session ▸ block ▸ item over one Program; emits plan_changed after each change."""

    plan_changed = Signal()
    #: An edit was refused (its result could not be loaded again): one line saying why.
    edit_refused = Signal(str)
    #: A value typed into this cell was not taken, and why (also sent as edit_refused).
    cell_refused = Signal(QModelIndex, str)

    def __init__(self, program: Program, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base_catalog = catalog
        self._program = program
        self._catalog = catalog_for_plan(catalog, program)
        self._uids = count(1)
        self._nodes: dict[int, _Node] = {}
        self._root = _Node(0, "root", None)
        self._undo_stack: QUndoStack | None = None
        self._build_nodes()

    # ----------------------------------------------------------------- access

    def program(self) -> Program:
        """The plan being edited. Read it; change it only through `apply`."""
        return self._program

    def catalog(self) -> Catalog:
        """The bundled catalog merged with the plan's custom exercises."""
        return self._catalog

    def set_program(self, program: Program) -> None:
        """Replace the whole plan (File ▸ New/Open/restore): a model reset."""
        self.beginResetModel()
        self._program = program
        self._catalog = catalog_for_plan(self._base_catalog, program)
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

    def load_kind(self, exercise_id: str) -> LoadEquipment | None:
        """The kind of loading an exercise uses (barbell, kettlebell...), None if unknown."""
        exercise = self._catalog.get(exercise_id)
        return None if exercise is None else load_equipment(exercise.equipment)

    def refuse(self, message: str) -> None:
        """An edit was not made (see undo.py): pass the reason on to the window."""
        self.edit_refused.emit(message)

    def week(self, week: int) -> Week:
        return self._program.weeks[week]

    def session(self, week: int, session: int) -> Session:
        return session_at(self._program, week, session)

    def item(self, path: ItemPath) -> Item:
        return item_at(self._program, path)

    def items_in_block(self, week: int, session: int, kind: BlockKind) -> list[Item]:
        return block_items(self._program, week, session, kind)

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
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_RAMP:
            return tool_tip(RAMP_HEADER_TIP)
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
        if role not in _ANSWERED_ROLES:
            return None
        kind = self.kind_of(index)
        if kind is None:
            return None
        if kind == "item":
            if role == _FONT_ROLE or (role == _CHECK_ROLE and index.column() != COL_PER_SIDE):
                return None  # items keep the view's font; only Per side is a check box
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
            text = f"{DAY_NAMES[entry.day]} · {display_text(entry.name) or 'Session'}"
            return text if role == Qt.ItemDataRole.DisplayRole else tool_tip(text)
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
                name = self.exercise_name(item.exercise)
                return tool_tip(display_text(f"{name} ({item.exercise})"))
            if column == COL_NOTE and item.note:
                return tool_tip(display_text(item.note, note=True))
            if column == COL_TEMPO:
                return tool_tip(TEMPO_TIP)
            if column == COL_RAMP:
                return tool_tip(self._ramp_tip(item))
            return None
        if not (display or edit):
            return None
        if column == COL_EXERCISE:
            return display_text(self.exercise_name(item.exercise)) if display else item.exercise
        if column == COL_SETS:
            return item.sets
        if column == COL_DOSE:
            return dose_text(item, "cell")
        if column == COL_LOAD:
            return "" if item.load is None else format_number(item.load)
        if column == COL_RPE:
            return "" if item.rpe is None else format_number(item.rpe)
        if column == COL_RAMP:
            # The editor starts from what the cell shows, and reads it back unchanged.
            program = self._program
            kind = self.load_kind(item.exercise)
            return ramp_cell_text(item, kind, program.units, program.load_steps)
        if column == COL_REST:
            if item.rest_s is None:
                return ""
            return f"{item.rest_s} s" if display else str(item.rest_s)
        # The window shows a text's control characters as escapes; an editor gets it raw.
        if column == COL_TEMPO:
            return display_text(item.tempo or "") if display else item.tempo or ""
        if column == COL_NOTE:
            return display_text(item.note, note=True) if display else item.note
        return None

    def _ramp_tip(self, item: Item) -> str:
        """The ramp-up sets in percent (the cell shows loads), and how the loads are rounded."""
        units = self._program.units
        kind = self.load_kind(item.exercise)
        if not item.ramp:
            if not item.load:
                return f"No ramp-up sets. Type percent × reps of the working load: {RAMP_EXAMPLE}"
            example = ramp_example(item.load, kind, units, self._program.load_steps)
            return (
                f"No ramp-up sets. Type load × reps in {units}, e.g. {example}, "
                f"or percent of the working load: {RAMP_EXAMPLE}"
            )
        text = f"Ramp-up sets: {ramp_percent_text(item.ramp)} of the working load"
        if not item.load:
            return text + "; give the exercise a load to see them as loads"
        # The loads first, whole: a narrow column elides the cell that shows them.
        loads = ramp_cell_text(item, kind, units, self._program.load_steps)
        text = f"Ramp-up sets {loads}: {ramp_percent_text(item.ramp)} of the working load"
        text += f" ({format_number(item.load)} {units})"
        if kind == "kettlebell" and "kettlebell" not in self._program.load_steps:
            return text + ", as the nearest kettlebells sold"
        step = load_step(kind, units, self._program.load_steps)
        equipment = f"{kind} " if kind is not None else ""
        return text + f", rounded to {equipment}steps of {format_number(step)} {units}"

    # ----------------------------------------------------------------- editing by views

    def edited_item(self, path: ItemPath, column: int, value: Any, role: int) -> Item | None:
        """The item as it would be after a view writes `value` to `column`; None if invalid."""
        field = COLUMN_FIELDS.get(column)
        if field is None:
            return None
        try:
            return self.item_with_value(path, field, value, role)
        except FieldRefused:
            return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Write a typed value; a value the field cannot take changes nothing and is
        refused with the reason (`cell_refused` for the cell, `edit_refused` for the window)."""
        path = self.item_path(index)
        if path is None:
            return False
        field = COLUMN_FIELDS.get(index.column())
        if field is None:
            return False
        try:
            new_item = self.item_with_value(path, field, value, role)
        except FieldRefused as refusal:
            self.refuse_cell(index, field, str(refusal))
            return False
        if new_item is None:
            return False
        if new_item == self.item(path):
            return True
        self._push(OperationCommand(self, ReplaceItem(path, new_item)))
        return True

    def item_with_value(
        self, path: ItemPath, field: ItemField, value: Any, role: int
    ) -> Item | None:
        """The item as a view's write would leave it; None for a role that writes nothing;
        FieldRefused saying why when the value cannot be taken."""
        if field == "per_side" and role == Qt.ItemDataRole.CheckStateRole:
            try:
                state = value.value if isinstance(value, Qt.CheckState) else int(value)
            except (ValueError, TypeError):
                return None
            value = state == Qt.CheckState.Checked.value
        elif role != Qt.ItemDataRole.EditRole:
            return None
        item = self.item(path)
        exercise = self._catalog.get(item.exercise)
        dose = exercise.dose if exercise else "reps"
        program = self._program
        return item_with_field(
            item,
            field,
            value,
            dose,
            program.units,
            self.load_kind(item.exercise),
            program.load_steps,
        )

    def refuse_cell(self, index: AnyIndex, field: ItemField, reason: str) -> None:
        """A value typed into a cell was not taken: say which field of which exercise, why."""
        path = self.item_path(index)
        name = self.exercise_name(self.item(path).exercise) if path is not None else "the row"
        message = f"{FIELD_LABELS[field]} of {name} not changed ({reason})"
        self.cell_refused.emit(self.index(index.row(), index.column(), index.parent()), message)
        self.refuse(message)

    def _push(self, command: QUndoCommand) -> None:
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
            operation = move_item(
                self._program, source, target.block, target.row, self.exercise_name
            )
            if operation is not None:
                self._push(OperationCommand(self, operation))
            return True
        exercise_id = bytes(data.data(EXERCISE_MIME).data()).decode("utf-8", "replace").strip()
        exercise = self._catalog.get(exercise_id)
        if exercise is None:
            return False
        self._push(OperationCommand(self, AddItem(target, default_item(exercise))))
        return True

    # ----------------------------------------------------------------- applying operations

    def apply(self, operation: Operation) -> Operation:
        """Apply a domain operation to the plan with the row signals views need; returns the
        operation that undoes it. `plan_changed` is emitted once, after all of it."""
        inverse = self._apply(operation)
        self.plan_changed.emit()
        return inverse

    def _apply(self, operation: Operation) -> Operation:
        program = self._program
        if isinstance(operation, _CHECKED):
            operation.check(program)  # refused before any begin call, with nothing changed
        match operation:
            case Composite():
                return operation.apply_each(self._apply)
            case AddItem(path=path):
                parent = self.block_index(path.week, path.session, path.block)
                self.beginInsertRows(parent, path.row, path.row)
                inverse: Operation = operation.apply(program)
                self.endInsertRows()
                self.dataChanged.emit(parent, parent)
            case RemoveItem(path=path):
                parent = self.block_index(path.week, path.session, path.block)
                self.beginRemoveRows(parent, path.row, path.row)
                inverse = operation.apply(program)
                self.endRemoveRows()
                self.dataChanged.emit(parent, parent)
            case MoveItem(path=path, to_row=to_row):
                if to_row == path.row:
                    return operation.apply(program)  # nothing moves, nothing to signal
                parent = self.block_index(path.week, path.session, path.block)
                destination = to_row + 1 if to_row > path.row else to_row
                if not self.beginMoveRows(parent, path.row, path.row, parent, destination):
                    return self._apply_with_reset(operation)
                inverse = operation.apply(program)
                self.endMoveRows()
            case ReplaceItem(path=path):
                inverse = operation.apply(program)
                self._emit_row_changed(self.item_index(path))
            case AddSession(week=week, position=position):
                week_node = self._root.children[week]
                self.beginInsertRows(self.week_index(week), position, position)
                inverse = operation.apply(program)
                week_node.children.insert(position, self._session_node(week_node))
                self.endInsertRows()
                self._emit_weeks_changed(week)
            case RemoveSession(week=week, position=position):
                week_node = self._root.children[week]
                self.beginRemoveRows(self.week_index(week), position, position)
                inverse = operation.apply(program)
                self._forget(week_node.children.pop(position))
                self.endRemoveRows()
                self._emit_weeks_changed(week)
            case EditSession(week=week, position=position):
                inverse = operation.apply(program)
                self._emit_row_changed(self.session_index(week, position))
            case AddWeek(position=position):
                self.beginInsertRows(QModelIndex(), position, position)
                inverse = operation.apply(program)
                self._root.children.insert(position, self._week_node(program.weeks[position]))
                self.endInsertRows()
                self._emit_weeks_changed(position)
            case RemoveWeek(position=position):
                self.beginRemoveRows(QModelIndex(), position, position)
                inverse = operation.apply(program)
                self._forget(self._root.children.pop(position))
                self.endRemoveRows()
                self._emit_weeks_changed(position)
            case EditWeek(position=position):
                inverse = operation.apply(program)
                self._emit_weeks_changed(position)
            case EditProgram(changes=changes):
                inverse = operation.apply(program)
                self._emit_weeks_changed()
                if "load_steps" in changes:
                    self._emit_ramps_changed()
            case SetUnits(loads=loads):
                inverse = operation.apply(program)
                for path in loads:
                    # The load, and the ramp-up loads shown from it.
                    first = self.item_index(path, COL_LOAD)
                    self.dataChanged.emit(first, first.siblingAtColumn(COL_RAMP))
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_LOAD, COL_LOAD)
            case _ if isinstance(operation, CUSTOM_EXERCISE_OPERATIONS):
                # Rows keep their place; names shown in them may change with the catalog.
                inverse = operation.apply(program)
                self._catalog = catalog_for_plan(self._base_catalog, program)
                self._emit_items_changed()
            case AddCheckIn() | RemoveCheckIn() | ReplaceCheckIn():
                # Check-ins are not rows of this tree: plan_changed tells their own model.
                inverse = operation.apply(program)
            case _:
                # An operation this adapter has no finer signals for resets the views.
                return self._apply_with_reset(operation)
        return inverse

    def _apply_with_reset(self, operation: Operation) -> Operation:
        self.beginResetModel()
        try:
            inverse = operation.apply(self._program)
        finally:
            self._build_nodes()
            self.endResetModel()
        return inverse

    def _emit_ramps_changed(self) -> None:
        """The load steps changed: every ramp-up cell shown as loads is rounded anew."""
        for w, week in enumerate(self._program.weeks):
            for s, session in enumerate(week.sessions):
                for block in session.blocks:
                    for row, item in enumerate(block.items):
                        if item.ramp and item.load:
                            index = self.item_index(ItemPath(w, s, block.kind, row), COL_RAMP)
                            self.dataChanged.emit(index, index)

    def _emit_items_changed(self) -> None:
        for w, week in enumerate(self._program.weeks):
            for s in range(len(week.sessions)):
                for kind in BLOCK_KINDS:
                    parent = self.block_index(w, s, kind)
                    if rows := self.rowCount(parent):
                        last = self.index(rows - 1, self.columnCount(parent) - 1, parent)
                        self.dataChanged.emit(self.index(0, 0, parent), last)

    def _emit_row_changed(self, index: QModelIndex) -> None:
        last = index.sibling(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(index.siblingAtColumn(0), last)

    def _emit_weeks_changed(self, first: int = 0) -> None:
        if self.rowCount() > first:
            self.dataChanged.emit(self.index(first, 0), self.index(self.rowCount() - 1, 0))
