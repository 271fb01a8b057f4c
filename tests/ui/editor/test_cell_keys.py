"""Keyboard editing of the item table never puts a value in the wrong place: F2 edits the
current cell, the arrow keys move the current cell (which is drawn framed in light and dark
palettes), and a value a cell cannot take is refused with the reason beside the cell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from planner_gui.ui import app as app_module
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.models.plan_model import (
    COL_DOSE,
    COL_EXERCISE,
    COL_LOAD,
    COL_RPE,
    COL_SETS,
    ItemPath,
    PlanModel,
)
from tests.support.widgets import discarding_window
from tests.support.widgets import make_shown_editor as make_editor

DEADLIFT = ItemPath(0, 0, "main", 0)


def focus_cell(editor: PlanEditor, model: PlanModel, column: int) -> QModelIndex:
    editor.select_item(DEADLIFT)
    index = model.item_index(DEADLIFT, column)
    editor.item_table.setCurrentIndex(index)
    editor.item_table.setFocus()
    return index


def key_target(editor: PlanEditor) -> QLineEdit | QComboBox | PlanEditor:
    """Where a key typed now goes: the open cell editor, or the table."""
    widget = editor.item_table.focusWidget()
    if isinstance(widget, QLineEdit | QComboBox) and widget.isVisible():
        return widget
    return editor.item_table  # type: ignore[return-value]


def type_keys(qtbot: QtBot, editor: PlanEditor, *keys: str | Qt.Key) -> None:
    """Each key to where it would go now: the first typed opens an editor, the rest go in."""
    for key in keys:
        for one in key if isinstance(key, str) else [key]:
            qtbot.keyClick(key_target(editor), one)


def finish_editing(qtbot: QtBot, editor: PlanEditor) -> None:
    type_keys(qtbot, editor, Qt.Key.Key_Return)  # the delegate takes the value queued
    qtbot.waitUntil(lambda: editor.item_table.state() != editor.item_table.State.EditingState)


# F2 -----------------------------------------------------------------------------------------


def test_f2_on_a_cell_edits_that_cell_not_the_session_name(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    focus_cell(editor, model, COL_LOAD)
    qtbot.keyClick(editor.item_table, Qt.Key.Key_F2)
    assert editor.item_table.state() == editor.item_table.State.EditingState
    assert not editor.session_name.hasFocus()
    line = editor.item_table.focusWidget()
    assert isinstance(line, QLineEdit) and line.text() == "80"
    line.selectAll()
    qtbot.keyClicks(line, "90")
    finish_editing(qtbot, editor)
    assert model.item(DEADLIFT).load == 90
    assert model.session(0, 0).name == "Lower A"


def test_f2_on_a_block_heading_edits_the_first_exercise_below_it(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    editor.select_item(DEADLIFT)
    editor.item_table.setCurrentIndex(model.block_index(0, 0, "main"))
    editor.item_table.setFocus()
    qtbot.keyClick(editor.item_table, Qt.Key.Key_F2)
    assert editor.item_table.state() == editor.item_table.State.EditingState
    assert model.item_path(editor.item_table.currentIndex()) == DEADLIFT


def test_rename_session_has_its_own_key_in_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = discarding_window(qtbot, monkeypatch)
    window.show()
    qtbot.waitExposed(window)
    keys = [s.toString() for s in window.editor.action("rename_session").shortcuts()]
    assert keys == ["Shift+F2"]
    every = [
        s.toString()
        for action in window.findChildren(type(window.save_action))
        for s in action.shortcuts()
    ]
    assert "F2" not in every


# Arrow keys ---------------------------------------------------------------------------------


def test_typing_then_right_puts_each_value_in_its_own_cell(qtbot: QtBot) -> None:
    """The bug: 16 in Load, Right, 7 set the load to 7."""
    editor, model = make_editor(qtbot)
    focus_cell(editor, model, COL_LOAD)
    type_keys(qtbot, editor, "16", Qt.Key.Key_Right, "7")
    finish_editing(qtbot, editor)
    assert model.item(DEADLIFT).load == 16
    assert model.item(DEADLIFT).rpe == 7
    assert editor.item_table.currentIndex().column() == COL_RPE


def test_arrow_keys_move_the_current_cell_without_an_editor(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    focus_cell(editor, model, COL_LOAD)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex() == model.item_index(DEADLIFT, COL_RPE)
    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert table.currentIndex() == model.item_index(DEADLIFT, COL_DOSE)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    below = DEADLIFT._replace(row=1)
    assert table.currentIndex() == model.item_index(below, COL_DOSE)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentIndex() == model.item_index(DEADLIFT, COL_DOSE)
    # Typing edits the cell the keys arrived at, and only it.
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    type_keys(qtbot, editor, "8")
    finish_editing(qtbot, editor)
    assert model.item(DEADLIFT).rpe == 8
    assert model.item(DEADLIFT).load == 80


def test_left_inside_typed_text_moves_the_text_cursor_not_the_cell(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    focus_cell(editor, model, COL_LOAD)
    type_keys(qtbot, editor, "15", Qt.Key.Key_Left, "0")
    finish_editing(qtbot, editor)
    assert model.item(DEADLIFT).load == 105
    assert editor.item_table.currentIndex().column() == COL_LOAD


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    old = QPalette(qapp.palette())
    if request.param == "dark":
        app_module._follow_scheme(qapp, Qt.ColorScheme.Dark)
    yield request.param
    qapp.setPalette(old)


def test_the_current_cell_is_framed_inside_its_selected_row(qtbot: QtBot, scheme: str) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    current = focus_cell(editor, model, COL_LOAD)
    qtbot.waitUntil(table.hasFocus)
    image = table.viewport().grab().toImage()
    palette = table.palette()
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    frame = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    if scheme == "dark":
        assert base.lightness() < 100
    cell = table.visualRect(current)
    ratio = table.devicePixelRatioF()

    def at(x: int, y: int) -> QColor:
        return image.pixelColor(int(x * ratio), int(y * ratio))

    # Inside the current cell: the plain ground; on its edge: the frame.
    assert at(cell.right() - 3, cell.top() + 3) == base
    assert at(cell.center().x(), cell.top()) == frame
    assert at(cell.left(), cell.center().y()) == frame
    # The neighbouring cell of the same row keeps the selection colour.
    rpe = table.visualRect(current.siblingAtColumn(COL_RPE))
    assert at(rpe.right() - 3, rpe.top() + 3) == selected
    assert base != selected


# Refused values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "typed", "reason"),
    [
        (COL_RPE, "15", "RPE of Conventional deadlift not changed (RPE goes from 1 to 10, not 15)"),
        (COL_SETS, "0", "Sets of Conventional deadlift not changed (sets must be at least 1)"),
        (COL_LOAD, "-20", "Load of Conventional deadlift not changed (load must be 0 kg or more)"),
    ],
)
def test_a_value_a_cell_cannot_take_says_why_beside_it_and_keeps_the_old(
    qtbot: QtBot, column: int, typed: str, reason: str
) -> None:
    editor, model = make_editor(qtbot)
    before = model.item(DEADLIFT)
    focus_cell(editor, model, column)
    with qtbot.waitSignal(model.edit_refused) as refused:
        type_keys(qtbot, editor, typed)
        finish_editing(qtbot, editor)
    assert refused.args == [reason]
    assert model.item(DEADLIFT) == before
    note = editor.item_table.refusal_label
    assert note.isVisible() and note.text() == reason
    # Beside the cell: just below (or above) it, overlapping its column.
    cell = editor.item_table.visualRect(model.item_index(DEADLIFT, column))
    assert note.geometry().top() in (cell.bottom() + 1, cell.top() - note.height())
    assert note.geometry().left() <= cell.left() < note.geometry().right()


def test_an_unknown_exercise_name_says_so_and_keeps_the_exercise(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    focus_cell(editor, model, COL_EXERCISE)
    qtbot.keyClick(editor.item_table, Qt.Key.Key_F2)
    combo = editor.item_table.focusWidget()
    assert isinstance(combo, QComboBox)
    # Set as typed, without the completer's popup (offscreen cannot raise it).
    combo.setEditText("Deadlfit")
    with qtbot.waitSignal(model.edit_refused) as refused:
        finish_editing(qtbot, editor)
    assert refused.args == [
        'Exercise of Conventional deadlift not changed (no exercise is called "Deadlfit"; '
        "choose one from the list)"
    ]
    assert model.item(DEADLIFT).exercise == "deadlift"


def test_the_window_status_bar_says_why_a_cell_refused_a_value(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = discarding_window(qtbot, monkeypatch)
    window.show()
    qtbot.waitExposed(window)
    editor, model = window.editor, window.model
    focus_cell(editor, model, COL_RPE)
    type_keys(qtbot, editor, "15")
    finish_editing(qtbot, editor)
    assert window.statusBar().currentMessage() == (
        "RPE of Conventional deadlift not changed (RPE goes from 1 to 10, not 15)"
    )
    assert model.item(DEADLIFT).rpe == 7
