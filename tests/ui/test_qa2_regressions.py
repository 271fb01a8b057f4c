"""Regressions from the second pass of using the window (under Xvfb, keyboard, dark palette,
screen readers). Each test fails on the code as it was before the fix it guards."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner_gui.ui.catalog_model import EXERCISE_MIME
from planner_gui.ui.plan_editor import PlanEditor
from planner_gui.ui.plan_model import ItemPath, PlanModel
from tests.ui.editor_fixtures import small_catalog, small_program


def make_editor(qtbot: QtBot) -> tuple[PlanEditor, PlanModel]:
    model = PlanModel(small_program(), small_catalog())
    editor = PlanEditor(model, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, model


def drop_exercise(editor: PlanEditor, exercise_id: str, target: ItemPath | str) -> None:
    """A real drop event on the item table's viewport, on a block section or an item row."""
    table, model = editor.item_table, editor._model
    if isinstance(target, ItemPath):
        index = model.item_index(target)
    else:
        week, session = editor.current_week(), editor.current_session()
        index = model.block_index(week, session, target)  # type: ignore[arg-type]
    mime = QMimeData()
    mime.setData(EXERCISE_MIME, QByteArray(exercise_id.encode("utf-8")))
    point = table.visualRect(index).center()
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only to a widget the drag entered and moved over, as a real drag does.
    # PySide marks the QPoint constructors of these two events deprecated; Qt has no other.
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):
        enter = QDragEnterEvent(point, copy, mime, left, none)
        move = QDragMoveEvent(point, copy, mime, left, none)
    for event in (enter, move):
        QApplication.sendEvent(table.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(table.viewport(), QDropEvent(QPointF(point), copy, mime, left, none))


def test_drop_from_catalog_selects_the_new_row_and_scrolls_to_it(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    # Room for the header and about two rows: the new warm-up row lands out of sight.
    table.setFixedHeight(table.header().height() + 2 * table.sizeHintForRow(0) + 6)
    qtbot.waitUntil(lambda: table.viewport().height() < 3 * table.sizeHintForRow(0))
    table.scrollToTop()
    before = len(model.items_in_block(0, 0, "warmup"))
    drop_exercise(editor, "glute-bridge", "warmup")
    warmup = model.items_in_block(0, 0, "warmup")
    assert [item.exercise for item in warmup][-1] == "glute-bridge"
    added = ItemPath(0, 0, "warmup", before)
    assert editor.current_item() == added
    assert table.selectionModel().isRowSelected(added.row, model.block_index(0, 0, "warmup"))
    rect = table.visualRect(model.item_index(added))
    assert table.viewport().rect().contains(rect.center())


def test_drop_onto_an_item_row_selects_the_inserted_row(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    editor.select_item(ItemPath(0, 0, "core", 0))
    drop_exercise(editor, "side-plank", ItemPath(0, 0, "main", 1))
    names = [item.exercise for item in model.items_in_block(0, 0, "main")]
    row = names.index("side-plank")
    assert editor.current_item() == ItemPath(0, 0, "main", row)
