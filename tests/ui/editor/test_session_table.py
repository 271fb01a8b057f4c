"""The item table (SessionTable) in a shown editor: Tab and Shift+Tab along and between rows,
typing on a cell starts editing it, and a drop from the catalog selects the new row."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.models.catalog_model import EXERCISE_MIME
from planner_gui.ui.models.plan_model import COL_LOAD, COL_NOTE, COL_RPE, COL_SETS, ItemPath
from tests.support.widgets import make_shown_editor as make_editor

WEEK1_DEADLIFT = ItemPath(0, 0, "main", 0)


# Tab and typing in the item table -----------------------------------------------------------


def test_tab_while_editing_moves_to_the_next_cell_of_the_row(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    editor.select_item(WEEK1_DEADLIFT)
    load = model.item_index(WEEK1_DEADLIFT).siblingAtColumn(COL_LOAD)
    table.setCurrentIndex(load)
    table.setFocus()
    table.edit(load)
    line = table.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "85")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert model.item(WEEK1_DEADLIFT).load == 85
    assert table.currentIndex().row() == load.row()
    assert table.currentIndex().column() == COL_RPE
    # Shift+Tab goes back along the row, and from a row's first cell to the end of the one above.
    back = table.moveCursor(table.CursorAction.MovePrevious, Qt.KeyboardModifier.NoModifier)
    assert back == load
    second = model.item_index(WEEK1_DEADLIFT._replace(row=1)).siblingAtColumn(0)
    table.setCurrentIndex(second)
    previous = table.moveCursor(table.CursorAction.MovePrevious, Qt.KeyboardModifier.NoModifier)
    assert previous == load.siblingAtColumn(COL_NOTE)


def test_tab_from_the_last_cell_skips_the_next_block_section(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    last_main = model.item_index(WEEK1_DEADLIFT._replace(row=1)).siblingAtColumn(COL_NOTE)
    table.setCurrentIndex(last_main)
    target = table.moveCursor(table.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier)
    assert model.item_path(target) == ItemPath(0, 0, "core", 0)
    assert target.column() == 0


def test_typing_on_a_cell_starts_editing_it(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    sets = model.item_index(WEEK1_DEADLIFT).siblingAtColumn(COL_SETS)
    table.setCurrentIndex(sets)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_4)
    assert table.state() == table.State.EditingState
    # Sets are typed in a plain line (so 0 is refused with the reason, see test_cell_keys).
    lines = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(lines) == 1
    assert lines[0].text() == "4"  # the key that opened the editor replaced the old value
    table.commitData(lines[0])
    assert model.item(WEEK1_DEADLIFT).sets == 4


# Drops from the catalog select the new row --------------------------------------------------


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
