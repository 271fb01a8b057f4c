"""PlanEditor journeys: add by drop and double-click, edit cells, keyboard moves, weeks."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.resources import SAMPLE_PLAN
from planner_gui.ui.copy_week_dialog import CopyWeekForwardDialog
from planner_gui.ui.findings_panel import FindingsPanel
from planner_gui.ui.load_chart import LoadChart
from planner_gui.ui.plan_editor import PlanEditor
from planner_gui.ui.plan_model import COL_LOAD, EXERCISE_MIME, ItemPath, PlanModel
from tests.ui.editor_fixtures import small_catalog, small_program


@dataclass
class Setup:
    model: PlanModel
    stack: QUndoStack
    editor: PlanEditor


@pytest.fixture
def setup(qtbot: QtBot) -> Setup:
    model = PlanModel(small_program(), small_catalog())
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
    assert sum(a.isSeparator() for a in setup.editor.actions_for_menu) == 3


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
    assert model.program().model_dump() == small_program().model_dump()
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
    assert model.program().model_dump() == small_program().model_dump()


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
    setup.model.set_program(small_program(1))
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
