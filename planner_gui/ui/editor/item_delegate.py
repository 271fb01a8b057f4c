"""Cell editors for the item table: a spin box for sets, a searchable exercise picker.

Values still go through PlanModel.setData, which validates them and pushes the undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner_gui.ui.models.plan_model import COL_EXERCISE, COL_SETS, PlanModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemDelegate(QStyledItemDelegate):
    """Editors fitted to each column of an item row."""

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == COL_SETS:
            spin = QSpinBox(parent)
            spin.setRange(1, 100)
            return spin
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
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findText(editor.currentText(), Qt.MatchFlag.MatchFixedString)
            if position >= 0:
                model.setData(index, editor.itemData(position), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
