"""Cell editors for the item table, and how the current cell is drawn.

Values still go through PlanModel.setData, which validates them, says why it refuses one and
pushes the undo command. Text cells behave as in a spreadsheet: an arrow key that would leave
the typed text (Right at its end, Left at its start, Up, Down) takes the value and moves to the
next cell, so "16, Right, 7" puts 16 in the load and 7 in the RPE beside it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner_gui.domain.editing.fields import FieldRefused, exercise_named
from planner_gui.ui.models.plan_model import COL_EXERCISE, COL_SETS, PlanModel

AnyIndex = QModelIndex | QPersistentModelIndex
#: Width of the frame around the current cell, in pixels.
CURRENT_FRAME = 2
_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class ItemDelegate(QStyledItemDelegate):
    """Editors fitted to each column of an item row; the current cell framed."""

    #: An arrow key left a text editor (after its value was taken): the Qt.Key pressed.
    arrow_left_editor = Signal(int)

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == COL_SETS:
            # A plain line rather than a spin box: 0 typed is refused with the reason, not
            # swallowed by the box's range, and the arrow keys move between cells.
            return QLineEdit(parent)
        if index.column() == COL_EXERCISE:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for exercise in sorted(self._model.catalog(), key=lambda e: e.name.lower()):
                combo.addItem(exercise.name, exercise.id)
            completer = combo.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))
            return
        if isinstance(editor, QLineEdit) and index.column() == COL_SETS:
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole)))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            try:
                exercise_id = exercise_named(self._model.catalog(), editor.currentText())
            except FieldRefused as refusal:
                self._model.refuse_cell(index, "exercise", str(refusal))
                return
            model.setData(index, exercise_id, Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and _leaves_text(watched, Qt.Key(event.key()))
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.arrow_left_editor.emit(event.key())
            return True
        return super().eventFilter(watched, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The current cell of an item row: the plain background inside a frame of the
        selection colour, so it stands out of its selected row in light and dark palettes."""
        view = self.parent()
        if not (
            isinstance(view, QAbstractItemView)
            and index == view.currentIndex()
            and self._model.kind_of(index) == "item"
        ):
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        cell.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
        super().paint(painter, cell, index)
        painter.save()
        pen = QPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
        pen.setWidth(CURRENT_FRAME)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = CURRENT_FRAME // 2
        painter.drawRect(option.rect.adjusted(half, half, -half, -half))
        painter.restore()


def _leaves_text(line: QLineEdit, key: Qt.Key) -> bool:
    """Whether `key` would move out of the text rather than inside it."""
    if key not in _ARROWS or line.hasSelectedText() or line.parent() is None:
        return False
    if isinstance(line.parent(), QComboBox):
        return False  # the exercise picker's own list takes Up and Down
    if key == Qt.Key.Key_Right:
        return line.cursorPosition() == len(line.text())
    if key == Qt.Key.Key_Left:
        return line.cursorPosition() == 0
    return True
