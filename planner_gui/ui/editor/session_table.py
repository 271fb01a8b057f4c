"""The selected session's blocks and items: a tree rooted at the session in PlanModel.

Block kinds are section rows (spanning every column, always expanded) with their items below,
so a drop on a section adds to that block. Internal drags move rows through the model's
dropMimeData (an undoable command); the view never removes the source rows itself.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QDrag, QDropEvent, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeView,
    QWidget,
)

from planner_gui.domain.vocabulary import BLOCK_KINDS
from planner_gui.ui.editor.item_delegate import ItemDelegate
from planner_gui.ui.models.plan_model import (
    COL_DOSE,
    COL_EXERCISE,
    COL_LOAD,
    COL_NOTE,
    COL_PER_SIDE,
    COL_RAMP,
    COL_REST,
    COL_RPE,
    COL_SETS,
    COL_TEMPO,
    PlanModel,
)

COLUMN_WIDTHS = {
    COL_SETS: 38,
    COL_DOSE: 86,
    COL_LOAD: 66,
    COL_RPE: 38,
    COL_RAMP: 175,
    COL_REST: 52,
    COL_TEMPO: 58,
    COL_PER_SIDE: 58,
    COL_NOTE: 60,
}
#: The exercise name column never gets narrower than this; a scroll bar appears instead.
MIN_EXERCISE_WIDTH = 170
#: Past this the names have room enough; wider windows give the space to the note.
MAX_EXERCISE_WIDTH = 300
#: The ramp-up column is as wide as the session's widest ramp ("25×5 · 35×3 · 45×2 kg"), up
#: to this; past it a ramp is elided and whole in the cell's tool tip.
MAX_RAMP_WIDTH = 240
#: In a pane too narrow for the names and the ramps whole, the ramp-up loads give way
#: (elided, whole in the tool tip) down to this, before the exercise names do.
MIN_RAMP_WIDTH = 110
#: The columns from the exercise name to the ramp-up sets: what a coach reads first, kept in
#: view together when the pane has the width; those after them may scroll into view.
_FIRST_COLUMNS = (COL_SETS, COL_DOSE, COL_LOAD, COL_RPE)
_LATER_COLUMNS = (COL_REST, COL_TEMPO, COL_PER_SIDE, COL_NOTE)
#: How long the reason a typed value was refused stays beside its cell.
REFUSAL_SHOWN_MS = 8000


class SessionTable(QTreeView):
    """Editable table of one session's items, grouped under block sections."""

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemTable")
        self.setAccessibleName("Exercises of the selected session")
        self._model = model
        #: The last reason a typed value was refused, as shown beside its cell.
        self.refusal = ""
        self.refusal_label = QLabel(self.viewport())
        self.refusal_label.setObjectName("cellRefusal")
        self.refusal_label.setAccessibleName("Why the value typed was not taken")
        self.refusal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setFrameShape(QFrame.Shape.Box)
        self.refusal_label.setMargin(3)
        self.refusal_label.setAutoFillBackground(True)
        self.refusal_label.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.refusal_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.refusal_label.hide()
        self._refusal_timer = QTimer(self)
        self._refusal_timer.setSingleShot(True)
        self._refusal_timer.setInterval(REFUSAL_SHOWN_MS)
        self._refusal_timer.timeout.connect(self.refusal_label.hide)
        self.setModel(model)
        self._delegate = ItemDelegate(model, self)
        self._delegate.arrow_left_editor.connect(self._step_from_editor)
        self.setItemDelegate(self._delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No SelectedClicked: a click on the selected row arms a delayed editor for the
        # double-click interval, and Qt drops the keys typed meanwhile (or reads them as a
        # keyboard search), so "click, type 85" lost the 85. Typing, F2 and double-click edit.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setItemsExpandable(False)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        # The current cell is drawn by the delegate, framed inside its selected row.
        self.setAllColumnsShowFocus(False)
        header = self.header()
        # The exercise name takes spare width up to a cap (see resizeEvent), the note column
        # the rest; numbers stay compact.
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(34)
        header.setSectionResizeMode(COL_EXERCISE, QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
        self.setColumnWidth(COL_EXERCISE, MIN_EXERCISE_WIDTH)
        #: While a drop is handled: the item row it inserted (see dropEvent).
        self._dropping = False
        self._dropped = QPersistentModelIndex()
        model.rowsInserted.connect(self._after_rows_changed)
        model.rowsInserted.connect(self._note_dropped_row)
        model.rowsRemoved.connect(self._after_rows_changed)
        # A ramp typed, added or dropped, or a load that changes the ramp's loads.
        model.dataChanged.connect(self._refit)
        model.modelReset.connect(self._after_rows_changed)
        model.cell_refused.connect(self._show_refusal)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def ramp_wanted_width(self) -> int:
        """The ramp-up column's width that shows the session's every ramp whole (its title's
        with none), at most MAX_RAMP_WIDTH."""
        header = self.header().sectionSizeFromContents(COL_RAMP).width()
        content = (
            self.sizeHintForColumn(COL_RAMP)
            if self._model.kind_of(self.rootIndex()) == "session"
            else 0
        )
        return min(MAX_RAMP_WIDTH, max(header, content))

    def fit_columns(self) -> None:
        """Share the viewport's width: the ramp-up sets whole, and the exercise names between
        their minimum and their cap, with the columns after the ramp in view as well when
        they fit (the note takes what is left) and scrolled to otherwise.

        A fixed 175 pixels, given way to the names first, cut "25×5 · 35×3 · 45×2 kg" to
        "25×5 · 35×3 · …" in a 1366×800 window; only a pane too narrow for the names and the
        ramps (the names' minimum first) elides a ramp now, and its tool tip has it whole."""
        width = self._viewport().width() - 6
        first = sum(COLUMN_WIDTHS[column] for column in _FIRST_COLUMNS)
        later = sum(COLUMN_WIDTHS[column] for column in _LATER_COLUMNS)
        ramp = self.ramp_wanted_width()
        names = width - first - ramp - later
        if names < MIN_EXERCISE_WIDTH:
            names = width - first - ramp
        exercise = max(MIN_EXERCISE_WIDTH, min(MAX_EXERCISE_WIDTH, names))
        self.setColumnWidth(COL_EXERCISE, exercise)
        self.setColumnWidth(
            COL_RAMP, max(min(ramp, MIN_RAMP_WIDTH), min(ramp, width - first - exercise))
        )

    def _refit(self, *_: object) -> None:
        self.fit_columns()

    def _viewport(self) -> QWidget:
        """`viewport()`, found as the child Qt names so: PySide wraps the QWidget that
        `viewport()` returns only after creating every QWidget subclass it binds (~4 ms at
        the start), while a child found by name is wrapped as the class asked for."""
        found = self.findChild(
            QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return found if found is not None else self.viewport()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab step through a row's cells, then on to the next item row.

        QTreeView treats "next" as "down", so after editing a load, Tab would land on the
        next row's load instead of the RPE beside it. Block section rows are skipped.
        """
        action = QAbstractItemView.CursorAction
        if cursorAction in (action.MoveLeft, action.MoveRight):
            # Across the row's cells (QTreeView would scroll or collapse with rows selected).
            current = self.currentIndex()
            if self._model.kind_of(current) != "item":
                return current
            step = 1 if cursorAction == action.MoveRight else -1
            column = current.column() + step
            if 0 <= column < self._model.columnCount(current.parent()):
                return current.siblingAtColumn(column)
            return current
        if cursorAction in (action.MoveNext, action.MovePrevious):
            step = 1 if cursorAction == action.MoveNext else -1
            target = self._next_cell(self.currentIndex(), step)
            if target.isValid():
                return target
            return self.currentIndex()
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F2 edits the current cell; on a block heading (or with none) the first exercise
        cell below it, so F2 never does anything but edit in the table."""
        if event.key() == Qt.Key.Key_F2 and self.state() != QAbstractItemView.State.EditingState:
            target = self.currentIndex()
            if self._model.kind_of(target) != "item":
                target = self._first_item_cell(target)
            if target.isValid():
                self._make_current(target)
                self.edit(target, QAbstractItemView.EditTrigger.EditKeyPressed, event)
            event.accept()
            return
        super().keyPressEvent(event)

    def _first_item_cell(self, index: QModelIndex) -> QModelIndex:
        """The first exercise row at or below `index` (the session's first without one)."""
        row = index.siblingAtColumn(0) if index.isValid() else QModelIndex()
        if not row.isValid():
            root = self.rootIndex()
            row = self._model.index(0, 0, root) if root.isValid() else QModelIndex()
        while row.isValid() and self._model.kind_of(row) != "item":
            row = self.indexBelow(row)
        return row

    def _make_current(self, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def _step_from_editor(self, key: int) -> None:
        """An arrow key took the typed value and left its editor: move on, as unedited."""
        action = QAbstractItemView.CursorAction
        moves = {
            Qt.Key.Key_Left.value: action.MoveLeft,
            Qt.Key.Key_Right.value: action.MoveRight,
            Qt.Key.Key_Up.value: action.MoveUp,
            Qt.Key.Key_Down.value: action.MoveDown,
        }
        move = moves.get(int(key))
        if move is None:
            return
        target = self.moveCursor(move, Qt.KeyboardModifier.NoModifier)
        if target.isValid():
            self._make_current(target)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_refusal(self, index: QModelIndex, message: str) -> None:
        """Say just below the cell why a typed value was not taken (the old value stays);
        the note goes when the current cell moves or after a few seconds."""
        self.refusal = message
        label = self.refusal_label
        label.setText(message)
        area = self.viewport().rect()
        cell = self.visualRect(index) if index.isValid() else area
        width = min(max(cell.width(), 320), area.width())
        label.setFixedWidth(width)
        label.adjustSize()
        x = max(0, min(cell.left(), area.width() - width))
        y = cell.bottom() + 1
        if y + label.height() > area.height():
            y = max(0, cell.top() - label.height())
        label.move(x, y)
        label.show()
        label.raise_()
        self._refusal_timer.start()

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self.refusal_label.hide()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab on an item's cell goes to the next cell even when no editor is open.

        Without this, Tab after ticking Per side (a check box, no editor) or after Enter left
        the table, so the note beside it could not be reached from the keyboard. From a block
        heading, with no current cell, or past the session's last cell, Tab leaves as usual
        (Ctrl+Tab always does).
        """
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and (
            self._model.kind_of(current) == "item"
        ):
            target = self._next_cell(current, 1 if next else -1)
            if target.isValid():
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.selectionModel().setCurrentIndex(target, flags)
                self.scrollTo(target)
                return True
        return super().focusNextPrevChild(next)

    def _next_cell(self, index: QModelIndex, step: int) -> QModelIndex:
        """The next (step 1) or previous (-1) editable or tickable cell of an item row."""
        if not index.isValid():
            return QModelIndex()
        wanted = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        columns = self._model.columnCount(index.parent())
        row, column = index.siblingAtColumn(0), index.column()
        while row.isValid():
            column += step
            if not 0 <= column < columns:
                row = self.indexBelow(row) if step > 0 else self.indexAbove(row)
                column = 0 if step > 0 else columns - 1
                if not row.isValid():
                    break
            cell = row.siblingAtColumn(column)
            if self._model.kind_of(cell) == "item" and self._model.flags(cell) & wanted:
                return cell
        return QModelIndex()

    def show_session(self, week: int, session: int) -> None:
        """Root the table at a session (or show nothing for a negative index)."""
        if week < 0 or session < 0:
            self.setRootIndex(self._model.index(-1, 0))
            return
        root = self._model.session_index(week, session)
        if root != self.rootIndex():
            self.setRootIndex(root)
            # The current row belonged to the session shown before; Delete or Ctrl+D must
            # not act on another day's exercise.
            self.selectionModel().clear()
        self._after_rows_changed()

    def _after_rows_changed(self, *_: object) -> None:
        root = self.rootIndex()
        if self._model.kind_of(root) != "session":
            return
        for row in range(len(BLOCK_KINDS)):
            self.setFirstColumnSpanned(row, root, True)
            self.expand(self._model.index(row, 0, root))
        self.fit_columns()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the current item row; the drop itself (dropMimeData) performs the move."""
        index = self.currentIndex()
        if self._model.item_path(index) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self._model.mimeData([index.siblingAtColumn(0)]))
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        """Let the model take the drop, then select the row it added and bring it into view,
        as a double-click in the catalog does, so Delete or Ctrl+D act on what was dropped."""
        self._dropping, self._dropped = True, QPersistentModelIndex()
        try:
            super().dropEvent(event)
        finally:
            self._dropping = False
        dropped, self._dropped = self._dropped, QPersistentModelIndex()
        if dropped.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().setCurrentIndex(dropped, flags)
            self.scrollTo(dropped)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_dropped_row(self, parent: QModelIndex, first: int, _last: int) -> None:
        if self._dropping and self._model.kind_of(parent) == "block":
            self._dropped = QPersistentModelIndex(self._model.index(first, 0, parent))

    def current_block_row(self) -> QModelIndex:
        """The block section of the current row (itself, or the block of an item)."""
        index = self.currentIndex()
        kind = self._model.kind_of(index)
        if kind == "item":
            return index.parent()
        if kind == "block":
            return index.siblingAtColumn(0)
        return QModelIndex()
