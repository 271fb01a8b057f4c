"""PlanEditor journeys: add by drop and double-click (and which block a double-click picks),
edit cells, keyboard moves in the item table, weeks and sessions (new, duplicated, switched),
copy week forward (progression, deload)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.editing.ops import ReplaceItem
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.editing.transforms import Progression
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program, blank_program
from planner_gui.resources import SAMPLE_PLAN
from planner_gui.ui.commands.weeks import CopyWeekForwardCommand
from planner_gui.ui.dialogs.copy_week import CopyWeekForwardDialog
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.models.plan_model import (
    COL_LOAD,
    COL_NOTE,
    COL_PER_SIDE,
    COL_REST,
    EXERCISE_MIME,
    PlanModel,
)
from planner_gui.ui.panels.findings_panel import FindingsPanel
from planner_gui.ui.panels.load_chart import LoadChart
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program
from tests.support.widgets import make_editor


@dataclass
class Setup:
    model: PlanModel
    stack: QUndoStack
    editor: PlanEditor


@pytest.fixture
def setup(qtbot: QtBot) -> Setup:
    model = PlanModel(editing_program(), editing_catalog())
    stack = QUndoStack()
    editor = PlanEditor(model, stack)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    return Setup(model, stack, editor)


def main_names(model: PlanModel, week: int = 0, session: int = 0) -> list[str]:
    return [item.exercise for item in model.items_in_block(week, session, "main")]


def test_widgets_are_named_and_show_the_first_session(setup: Setup) -> None:
    editor = setup.editor
    for name in (
        "weekList",
        "dayView",
        "sessionName",
        "sessionDay",
        "sessionDuration",
        "sessionRpe",
        "itemTable",
    ):
        assert editor.findChild(QWidget, name) is not None, name
    assert (editor.current_week(), editor.current_session()) == (0, 0)
    assert editor.session_name.text() == "Lower A"
    assert editor.session_duration.value() == 60
    assert editor.item_table.rootIndex() == setup.model.session_index(0, 0)
    assert sorted(editor.day_view.session_buttons) == [0, 1]
    assert editor.week_list.model().data(editor.week_list.model().index(1, 0)) == (
        "Week 2 · 12 Jan"
    )


def test_plan_menu_actions_have_shortcuts(setup: Setup) -> None:
    actions = {a.text().replace("&", ""): a for a in setup.editor.actions_for_menu if a.text()}
    assert actions["Duplicate row"].shortcut().toString() == "Ctrl+D"
    assert actions["Move row up"].shortcut().toString() == "Alt+Up"
    assert actions["Move row down"].shortcut().toString() == "Alt+Down"
    assert actions["Remove row"].shortcut().toString() == "Del"
    assert "Copy week forward with progression…" in actions
    assert actions["Plan details…"].shortcut().toString() == "Ctrl+Shift+I"
    assert actions["Build routine…"].shortcut().toString() == "Ctrl+B"
    assert actions["Check-in…"].shortcut().toString() == "Ctrl+K"
    # plan | weeks | sessions | routines and rows | check-ins
    assert sum(a.isSeparator() for a in setup.editor.actions_for_menu) == 5


def test_drop_from_catalog_through_the_view_model(setup: Setup) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    before = model.program().model_dump()
    view_model = editor.item_table.model()
    mime = QMimeData()
    mime.setData(EXERCISE_MIME, QByteArray(b"glute-bridge"))
    glute = model.block_index(0, 0, "glute")
    assert view_model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, glute)
    assert view_model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, glute)
    added = list(model.items_in_block(0, 0, "glute"))
    assert [(i.exercise, i.sets, i.reps) for i in added] == [("glute-bridge", 3, 12)]
    assert stack.undoText() == "Add Glute bridge to Lower A"
    assert model.rowCount(glute) == 1
    stack.undo()
    assert model.program().model_dump() == before
    stack.redo()
    assert model.items_in_block(0, 0, "glute") == added


def test_add_exercise_goes_to_selected_block_or_its_usual_block(setup: Setup) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    before = model.program().model_dump()
    editor.add_exercise("side-plank")  # nothing selected: core block, at the end
    assert [i.exercise for i in model.items_in_block(0, 0, "core")] == ["bird-dog", "side-plank"]
    assert editor.current_item() == ItemPath(0, 0, "core", 1)
    editor.select_item(ItemPath(0, 0, "main", 0))
    editor.add_exercise("glute-bridge")  # selected row: right below it
    assert main_names(model) == ["deadlift", "glute-bridge", "goblet-squat"]
    first = model.items_in_block(0, 0, "main")[1]
    assert (first.sets, first.reps) == (3, 12)
    editor.add_exercise("no-such-exercise")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert model.program().model_dump() == before


def test_edit_cell_updates_findings_and_undo_redo(qtbot: QtBot, setup: Setup) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    panel = FindingsPanel(model)
    qtbot.addWidget(panel)
    before = model.program().model_dump()
    cell = model.item_index(ItemPath(1, 0, "main", 0), COL_LOAD)
    with qtbot.waitSignal(model.plan_changed):
        assert editor.item_table.model().setData(cell, "100", Qt.ItemDataRole.EditRole)
    assert [f.code for f in panel.findings() if f.severity == "error"] == ["PO101"]
    edited = model.program().model_dump()
    stack.undo()
    assert model.program().model_dump() == before
    assert not [f for f in panel.findings() if f.code == "PO101"]
    stack.redo()
    assert model.program().model_dump() == edited
    assert "PO101" in [f.code for f in panel.findings()]


def test_finding_click_selects_week_session_and_row(qtbot: QtBot, setup: Setup) -> None:
    model, editor = setup.model, setup.editor
    panel = FindingsPanel(model)
    qtbot.addWidget(panel)
    panel.finding_activated.connect(editor.select_finding)
    model.setData(model.item_index(ItemPath(1, 0, "main", 0), COL_LOAD), "100")
    model.setData(model.item_index(ItemPath(2, 0, "main", 1), COL_LOAD), "30")
    squat_jump = next(f for f in panel.findings() if f.code == "PO101" and f.week == 3)
    with qtbot.waitSignal(panel.finding_activated):
        panel.finding_activated.emit(squat_jump)
    assert (editor.current_week(), editor.current_session()) == (2, 0)
    assert editor.current_item() == ItemPath(2, 0, "main", 1)
    assert editor.item_table.selectionModel().isRowSelected(1, model.block_index(2, 0, "main"))
    week_finding = next(f for f in panel.findings() if f.code == "BA402" and f.week == 2)
    editor.select_finding(week_finding)
    assert editor.current_week() == 1


def test_alt_up_down_moves_rows(qtbot: QtBot, setup: Setup) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.select_item(ItemPath(0, 0, "main", 0))
    editor.item_table.setFocus()
    qtbot.waitUntil(editor.item_table.hasFocus)
    with qtbot.waitSignal(model.rowsMoved):
        qtbot.keyClick(editor.item_table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert main_names(model) == ["goblet-squat", "deadlift"]
    assert editor.current_item() == ItemPath(0, 0, "main", 1)
    assert stack.undoText() == "Move Conventional deadlift down"
    with qtbot.waitSignal(model.rowsMoved):
        qtbot.keyClick(editor.item_table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert main_names(model) == ["deadlift", "goblet-squat"]
    with qtbot.assertNotEmitted(model.rowsMoved):
        qtbot.keyClick(editor.item_table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.current_item() == ItemPath(0, 0, "main", 0)
    qtbot.keyClick(editor.item_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert main_names(model) == ["deadlift", "deadlift", "goblet-squat"]
    qtbot.keyClick(editor.item_table, Qt.Key.Key_Delete)
    assert main_names(model) == ["deadlift", "goblet-squat"]


def test_copy_week_forward_dialog_raises_only_the_chosen_variable(
    monkeypatch: pytest.MonkeyPatch, setup: Setup
) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    editor.select_week(2)

    def answer(dialog: CopyWeekForwardDialog) -> int:
        dialog.set_chosen_exercises({"goblet-squat"})
        dialog.by_amount.setChecked(True)
        dialog.amount.setValue(2.5)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CopyWeekForwardDialog, "exec", answer)
    source = model.week(2).model_copy(deep=True)
    editor.action("copy_forward").trigger()
    assert len(model.program().weeks) == 4
    assert editor.current_week() == 3
    new = model.week(3)
    changed = []
    for old_s, new_s in zip(source.sessions, new.sessions, strict=True):
        for old_b, new_b in zip(old_s.blocks, new_s.blocks, strict=True):
            for old, item in zip(old_b.items, new_b.items, strict=True):
                if old != item:
                    changed.append((item.exercise, old.load, item.load))
                    assert item.model_copy(update={"load": old.load}) == old
    assert changed == [("goblet-squat", 20.0, 22.5)]
    stack.undo()
    assert len(model.program().weeks) == 3


def test_copy_week_forward_cancelled_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, setup: Setup
) -> None:
    monkeypatch.setattr(CopyWeekForwardDialog, "exec", lambda self: 0)
    setup.editor.copy_week_forward()
    assert setup.stack.count() == 0


def test_session_fields_edit_through_commands(qtbot: QtBot, setup: Setup) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    editor.session_name.setText("Heavy lower")
    editor.session_name.editingFinished.emit()
    assert model.session(0, 0).name == "Heavy lower"
    editor.session_duration.setValue(70)
    editor.session_duration.setValue(75)
    assert model.session(0, 0).duration_min == 75
    editor.session_rpe.setValue(7)
    assert model.session(0, 0).rpe == 7
    editor.session_day.activated.emit(2)
    assert model.session(0, 0).day == "wed"
    assert stack.count() == 4  # the two duration steps merged
    assert editor.day_view.session_buttons[0].lines[0] == "Heavy lower"
    while stack.canUndo():
        stack.undo()
    assert model.program().model_dump() == editing_program().model_dump()
    assert editor.session_name.text() == "Lower A"


def test_weeks_and_sessions_actions(monkeypatch: pytest.MonkeyPatch, setup: Setup) -> None:
    model, stack, editor = setup.model, setup.stack, setup.editor
    editor.action("add_week").trigger()
    assert len(model.program().weeks) == 4 and editor.current_week() == 3
    assert editor.table_stack.currentWidget() is editor.no_session
    editor.action("add_session").trigger()
    assert [(s.day, s.name) for s in model.week(3).sessions] == [("mon", "Session 1")]
    assert editor.current_session() == 0
    assert editor.table_stack.currentWidget() is editor.item_table
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Friday", True))
    editor.action("move_session").trigger()
    assert model.session(3, 0).day == "fri"
    editor.week_deload.click()
    assert model.week(3).deload
    editor.select_week(0)
    editor.action("duplicate_week").trigger()
    assert editor.current_week() == 1 and len(model.program().weeks) == 5
    editor.action("remove_session").trigger()
    assert len(model.week(1).sessions) == 1
    editor.action("remove_week").trigger()
    assert len(model.program().weeks) == 4
    while stack.canUndo():
        stack.undo()
    assert model.program().model_dump() == editing_program().model_dump()


def test_day_view_add_button_and_session_click(qtbot: QtBot, setup: Setup) -> None:
    editor, model = setup.editor, setup.model
    with qtbot.waitSignal(editor.day_view.session_clicked):
        editor.day_view.session_buttons[1].click()
    assert editor.current_session() == 1
    assert editor.session_name.text() == "Core and glutes"
    editor.day_view.add_requested.emit("sat")
    assert [s.day for s in model.week(0).sessions] == ["mon", "thu", "sat"]
    assert editor.current_session() == 2
    editor.set_first_day("sun")
    columns = editor.day_view.findChildren(QWidget, "day_sun")
    assert columns


def test_model_reset_keeps_editor_consistent(setup: Setup) -> None:
    setup.model.set_program(editing_program(1))
    assert (setup.editor.current_week(), setup.editor.current_session()) == (0, 0)
    assert setup.editor.item_table.rootIndex() == setup.model.session_index(0, 0)


@pytest.mark.skipif(not SAMPLE_PLAN.exists(), reason="8-week template not bundled yet")
def test_eight_week_template_opens_in_editor_panel_and_chart(qtbot: QtBot) -> None:
    catalog = bundled_catalog()
    model = PlanModel(load_plan(SAMPLE_PLAN, catalog), catalog)
    stack = QUndoStack()
    editor = PlanEditor(model, stack)
    panel = FindingsPanel(model)
    chart = LoadChart(model)
    for widget in (editor, panel, chart):
        qtbot.addWidget(widget)
    weeks = len(model.program().weeks)
    assert weeks == 8
    assert editor.week_list.model().rowCount() == weeks
    assert chart.week_count() == weeks == chart.training_set.count()
    deloads = [w for w, week in enumerate(model.program().weeks) if week.deload]
    assert deloads == [3, 7]
    assert all(chart.training_set.at(w) == 0 and chart.deload_set.at(w) > 0 for w in deloads)
    assert not [f for f in panel.findings() if f.severity in ("error", "warning")]
    assert model.rowCount(model.session_index(0, 0)) == 6


# Double-click put every exercise into the block of the last added row -----------------------


def test_double_click_after_a_warm_up_row_sends_a_main_lift_to_main(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    editor.select_item(ItemPath(0, 0, "warmup", 0))  # e.g. the row just added
    editor.add_exercise("goblet-squat")
    assert [i.exercise for i in model.items_in_block(0, 0, "warmup")] == ["leg-swing"]
    assert [i.exercise for i in model.items_in_block(0, 0, "main")][-1] == "goblet-squat"
    assert editor.current_item() == ItemPath(0, 0, "main", 2)
    # A core exercise while a main row is selected goes to core.
    editor.add_exercise("side-plank")
    assert [i.exercise for i in model.items_in_block(0, 0, "core")] == ["bird-dog", "side-plank"]


def test_double_click_keeps_an_exercise_that_suits_the_selected_rows_block(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    editor.select_item(ItemPath(0, 0, "warmup", 0))
    editor.add_exercise("hip-flexor-stretch")  # mobility drills may warm up too
    assert [i.exercise for i in model.items_in_block(0, 0, "warmup")] == [
        "leg-swing",
        "hip-flexor-stretch",
    ]
    editor.select_item(ItemPath(0, 0, "main", 0))
    editor.add_exercise("glute-bridge")  # a glute lift may be a main lift, below the row
    assert [i.exercise for i in model.items_in_block(0, 0, "main")] == [
        "deadlift",
        "glute-bridge",
        "goblet-squat",
    ]


def test_double_click_honours_a_chosen_block_heading(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    editor.select_session(0)
    editor.item_table.setCurrentIndex(model.block_index(0, 0, "cooldown"))
    editor.add_exercise("bird-dog")
    assert [i.exercise for i in model.items_in_block(0, 0, "cooldown")] == ["bird-dog"]


# After switching day, the table's current row still pointed into the session shown before --


def test_double_click_after_switching_session_ignores_the_other_days_row(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    editor.select_item(ItemPath(0, 0, "mobility", 0))  # Monday's last row
    editor.select_session(1)  # Thursday, which has no mobility block items
    editor.add_exercise("leg-swing")
    assert [i.exercise for i in model.items_in_block(0, 1, "warmup")] == ["leg-swing"] * 2
    assert model.items_in_block(0, 1, "mobility") == []
    assert [i.exercise for i in model.items_in_block(0, 0, "mobility")] == ["hip-flexor-stretch"]


def test_row_actions_after_switching_session_do_not_touch_the_other_day(qtbot: QtBot) -> None:
    editor, model, stack = make_editor(qtbot)
    editor.select_item(ItemPath(0, 0, "main", 0))
    editor.select_session(1)
    assert editor.current_item() is None
    editor.action("remove_row").trigger()
    editor.action("duplicate_row").trigger()
    assert stack.count() == 0
    assert len(model.items_in_block(0, 0, "main")) == 2


# Rest: a drill added from the catalog showed "0 s" in a rest cell nobody filled in ---------


def rest_text(model: PlanModel, path: ItemPath) -> str:
    index = model.item_index(path).siblingAtColumn(COL_REST)
    return str(index.data(Qt.ItemDataRole.DisplayRole))


def catalog_with_no_rest_drill() -> Catalog:
    """The small catalog, with the leg swing's default rest 0 s as in the bundled catalog."""
    exercises = []
    for exercise in editing_catalog():
        if exercise.id == "leg-swing":
            defaults = exercise.defaults.model_copy(update={"rest_s": 0})
            exercise = exercise.model_copy(update={"defaults": defaults})
        exercises.append(exercise)
    return Catalog(exercises)


def test_added_drill_leaves_rest_empty_but_a_planned_zero_still_shows(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot, catalog=catalog_with_no_rest_drill())
    editor.select_week(0)
    editor.select_session(0)
    editor.add_exercise("leg-swing")
    added = editor.current_item()
    assert added is not None and added.block == "warmup"
    assert model.item(added).rest_s is None
    assert rest_text(model, added) == ""
    # A rest the plan itself says is 0 s is kept and shown.
    first = ItemPath(0, 0, "warmup", 0)
    zero = model.item(first).model_copy(update={"rest_s": 0})
    model.apply(ReplaceItem(first, zero))
    assert rest_text(model, first) == "0 s"
    # Deadlift's default rest (150 s) is copied as before.
    editor.add_exercise("deadlift")
    deadlift = editor.current_item()
    assert deadlift is not None and model.item(deadlift).rest_s == 150
    assert rest_text(model, deadlift) == "150 s"


# Tab after ticking Per side left the table, so the note could not be reached ---------------


def test_tab_after_ticking_per_side_goes_to_the_note(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.item_table
    path = ItemPath(0, 0, "main", 0)
    table.setCurrentIndex(model.item_index(path).siblingAtColumn(COL_PER_SIDE))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert model.item(path).per_side is True
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert table.hasFocus()
    assert table.currentIndex() == model.item_index(path).siblingAtColumn(COL_NOTE)
    QTest.keyClicks(table, "B")
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    QTest.keyClicks(editors[0], "race")
    QTest.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.item(path).note == "Brace")
    # Shift+Tab walks back along the row without an editor too.
    QTest.keyClick(table, Qt.Key.Key_Backtab)
    assert table.currentIndex() == model.item_index(path).siblingAtColumn(COL_PER_SIDE)


def test_tab_from_a_block_heading_still_leaves_the_table(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.item_table
    table.setCurrentIndex(model.block_index(0, 0, "main"))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


# Typing right after clicking the selected row: the click's delayed editor took later keys ---


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(text: str) -> None:
    """Type each key into whatever has the focus, as the keyboard does."""
    for char in text:
        QTest.keyClicks(focused(), char)


def press_enter(qtbot: QtBot, table: QAbstractItemView) -> None:
    """Enter in a cell editor; the delegate commits and closes it on the next event loop pass."""
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


@pytest.fixture
def short_double_click() -> Any:
    """A 40 ms double-click interval, so the view's delayed "selected clicked" edit is due
    quickly; restored afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.doubleClickInterval()
    app.setDoubleClickInterval(40)
    yield 40
    app.setDoubleClickInterval(old)


def test_typing_after_clicking_the_selected_row_lands_in_the_cells_typed_into(
    qtbot: QtBot, short_double_click: int
) -> None:
    editor, model, _ = make_editor(qtbot, editing_program(1))
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    first = ItemPath(0, 0, "main", 0)
    second = first._replace(row=1)
    editor.select_item(first)
    table = editor.item_table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    cell = model.item_index(first).siblingAtColumn(COL_LOAD)
    table.scrollTo(cell)
    # Click the load of the row that is already selected, then type at once: 85, Enter, Down
    # to the next exercise, 25, Enter.
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center()
    )
    assert table.currentIndex() == cell
    type_text("85")
    press_enter(qtbot, table)
    assert model.item(first).load == 85
    # The keys of a fast typist arrive after the click's double-click interval has passed:
    # a timer started now (after the view's own) times out once that moment is over.
    later = QTimer()
    later.setSingleShot(True)
    with qtbot.waitSignal(later.timeout, timeout=2000):
        later.start(short_double_click + 10)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    type_text("25")
    press_enter(qtbot, table)
    assert model.item(first).load == 85
    assert model.item(second).load == 25
    assert table.state() != QAbstractItemView.State.EditingState


# New sessions had no duration or RPE, so they added nothing to the weekly load -----------


def test_new_session_is_planned_like_the_latest_one(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot, blank_program(date(2026, 11, 30)))
    editor.add_session("mon")
    assert (model.session(0, 0).duration_min, model.session(0, 0).rpe) == (None, None)
    editor.session_duration.setValue(45)
    editor.session_rpe.setValue(6)
    editor.add_session("wed")
    assert (model.session(0, 1).duration_min, model.session(0, 1).rpe) == (45, 6)
    assert editor.session_duration.value() == 45
    editor.add_week()
    editor.add_exercise("bird-dog")  # a new session made on the way, in the new week
    assert (model.session(1, 0).duration_min, model.session(1, 0).rpe) == (45, 6)


# Duplicate session: three similar days meant adding every exercise three times ------------


def test_plan_menu_duplicates_the_selected_session_to_the_chosen_day(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model, stack = make_editor(qtbot, editing_program(1))
    asked: list[tuple[list[str], int]] = []

    def fake_get_item(
        parent: Any, title: str, label: str, items: list[str], current: int, editable: bool
    ) -> tuple[str, bool]:
        asked.append((list(items), current))
        return "Friday", True

    monkeypatch.setattr(QInputDialog, "getItem", fake_get_item)
    editor.select_week(0)
    editor.select_session(0)
    action = editor.action("duplicate_session")
    assert action in editor.actions_for_menu
    assert action.shortcut() == QKeySequence("Ctrl+Shift+Y")
    action.trigger()
    # Every day but the session's own is offered; Tuesday (the next free one) is suggested.
    days, current = asked[0]
    assert "Monday" not in days and len(days) == 6
    assert days[current] == "Tuesday"
    sessions = model.week(0).sessions
    assert [s.day for s in sessions] == ["mon", "thu", "fri"]
    assert sessions[2].name == "Lower A"
    assert [len(b.items) for b in sessions[2].blocks] == [len(b.items) for b in sessions[0].blocks]
    # The copy is shown, ready to be adjusted.
    assert editor.current_session() == 2
    assert editor.item_table.rootIndex() == model.session_index(0, 2)
    stack.undo()
    assert [s.day for s in model.week(0).sessions] == ["mon", "thu"]


def test_duplicate_session_is_disabled_without_a_session(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot, editing_program(1))
    editor.add_week()
    assert editor.current_week() == 1 and not model.week(1).sessions
    assert not editor.action("duplicate_session").isEnabled()


# Copy week forward: the dialog's list, its default rise, and a deload copy -----------------


def test_copy_forward_list_is_wide_enough_for_its_names(qtbot: QtBot) -> None:
    model = PlanModel(editing_program(), editing_catalog())
    dialog = CopyWeekForwardDialog(model, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    items = dialog.exercise_list
    metrics = items.fontMetrics()
    widest = max(metrics.horizontalAdvance(items.item(r).text()) for r in range(items.count()))
    assert items.viewport().width() >= widest + 30
    assert items.horizontalScrollBar().maximum() == 0


# "+2.5 kg" by default was +15 % on a 16 kg dumbbell


def dumbbell_program(units: str = "kg", load: float = 16) -> Program:
    program = editing_program(1)
    program.units = units  # type: ignore[assignment]
    squat = program.weeks[0].sessions[0].blocks[1].items[1]
    assert squat.exercise == "goblet-squat"
    squat.load = load
    return program


def test_copy_forward_defaults_to_a_rise_within_the_ten_percent_guideline(qtbot: QtBot) -> None:
    model = PlanModel(dumbbell_program(), editing_catalog())
    dialog = CopyWeekForwardDialog(model, 0)
    qtbot.addWidget(dialog)
    assert dialog.progression() == Progression("load_pct", 5)
    assert not dialog.makes_deload()
    stack = QUndoStack()
    stack.push(CopyWeekForwardCommand(model, 0, dialog.chosen_exercises(), dialog.progression()))
    squat = model.week(1).sessions[0].blocks[1].items[1]
    # 16 kg + 5 % = 16.8 kg, loaded as 17 kg: +6.25 %, within the guideline.
    assert squat.load == 17
    assert model.week(1).sessions[0].blocks[1].items[0].load == 84  # 80 kg + 5 %


def working_sets(model: PlanModel, week: int) -> int:
    return sum(
        item.sets
        for session in model.week(week).sessions
        for block in session.blocks
        if block.kind in ("main", "core", "glute")
        for item in block.items
    )


def test_copy_forward_can_make_the_new_week_a_deload(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model, stack = make_editor(qtbot, editing_program(1))
    editor.select_week(0)
    shown: list[CopyWeekForwardDialog] = []

    def answer(dialog: CopyWeekForwardDialog) -> int:
        shown.append(dialog)
        dialog.deload.setChecked(True)
        # Loads stay the same, so the progression choices are greyed out.
        assert not dialog.exercise_list.isEnabled() and not dialog.percent.isEnabled()
        assert "as a deload week" in dialog.intro.text()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CopyWeekForwardDialog, "exec", answer)
    before = model.program().model_dump()
    editor.action("copy_forward").trigger()
    assert shown and stack.count() == 1
    assert "as a deload" in stack.undoText()
    source, copy = model.week(0), model.week(1)
    assert copy.deload and not source.deload
    assert editor.current_week() == 1
    for old_session, new_session in zip(source.sessions, copy.sessions, strict=True):
        for old_block, new_block in zip(old_session.blocks, new_session.blocks, strict=True):
            for old, new in zip(old_block.items, new_block.items, strict=True):
                assert new.load == old.load
                if old_block.kind in ("main", "core", "glute"):
                    assert new.sets == {3: 2, 2: 1, 1: 1}[old.sets]
                else:
                    assert new == old
    cut = 1 - working_sets(model, 1) / working_sets(model, 0)
    assert 0.3 <= cut <= 0.5
    stack.undo()
    assert model.program().model_dump() == before
