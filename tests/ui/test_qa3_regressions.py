"""Regressions found by building a plan from File ▸ New ▸ Blank under Xvfb, as a physio would.

Each test fails on the code as it was before the fix it guards.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import Program, blank_program
from planner_gui.ui.catalog_panel import CatalogPanel
from planner_gui.ui.plan_details_dialog import PlanDetailsDialog
from planner_gui.ui.plan_editor import PlanEditor
from planner_gui.ui.plan_model import COL_NOTE, COL_PER_SIDE, ItemPath, PlanModel
from tests.ui.editor_fixtures import small_catalog, small_program


def make_editor(
    qtbot: QtBot, program: Program | None = None
) -> tuple[PlanEditor, PlanModel, QUndoStack]:
    model = PlanModel(program or small_program(), small_catalog())
    stack = QUndoStack()
    editor = PlanEditor(model, stack)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    return editor, model, stack


# Plan details: title, athlete and start date could not be set in the window -----------------


def answer_details(
    monkeypatch: pytest.MonkeyPatch, title: str, athlete: str, start: date, accept: bool = True
) -> list[PlanDetailsDialog]:
    shown: list[PlanDetailsDialog] = []

    def fake_exec(dialog: PlanDetailsDialog) -> int:
        shown.append(dialog)
        dialog.title_edit.setText(title)
        dialog.athlete_edit.setText(athlete)
        dialog.start_edit.setDate(QDate(start.year, start.month, start.day))
        code = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
        return int(code.value)

    monkeypatch.setattr(PlanDetailsDialog, "exec", fake_exec)
    return shown


def test_plan_details_sets_title_athlete_and_start_in_one_undoable_step(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model, stack = make_editor(qtbot, blank_program(date(2026, 11, 30)))
    before = model.program().model_dump()
    shown = answer_details(monkeypatch, "  Back-friendly base  ", "Alex Client", date(2026, 12, 7))
    editor.action("plan_details").trigger()
    assert len(shown) == 1
    program = model.program()
    assert (program.title, program.athlete, program.start_date) == (
        "Back-friendly base",
        "Alex Client",
        date(2026, 12, 7),
    )
    assert stack.count() == 1
    assert editor.plan_heading.text() == (
        "Back-friendly base · for Alex Client · starts Mon 7 Dec 2026"
    )
    assert editor.week_list.model().data(editor.week_list.model().index(0, 0)) == "Week 1 · 7 Dec"
    stack.undo()
    assert model.program().model_dump() == before
    assert editor.plan_heading.text().startswith("Untitled program · starts Mon 30 Nov 2026")


def test_plan_details_cancelled_or_unchanged_pushes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model, stack = make_editor(qtbot)
    program = model.program()
    answer_details(monkeypatch, "Other", "Someone", date(2027, 1, 4), accept=False)
    editor.edit_plan_details()
    answer_details(monkeypatch, program.title, program.athlete, program.start_date)
    editor.edit_plan_details()
    assert stack.count() == 0


def test_plan_details_empty_title_falls_back_to_the_default(qtbot: QtBot) -> None:
    dialog = PlanDetailsDialog(small_program())
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("   ")
    assert dialog.changes() == {"title": "Untitled program"}
    metrics = dialog.title_edit.fontMetrics()
    assert dialog.title_edit.minimumWidth() >= metrics.horizontalAdvance(
        "Back-friendly strength base, 4 weeks"
    )


def test_plan_details_button_opens_the_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model, _ = make_editor(qtbot)
    shown = answer_details(monkeypatch, "From the button", "", date(2026, 1, 5))
    qtbot.mouseClick(editor.details_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert model.program().title == "From the button"


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


# The catalog's detail pane went blank while filtering kept a row highlighted -----------------


def test_catalog_details_follow_the_row_the_filter_leaves_selected(qtbot: QtBot) -> None:
    panel = CatalogPanel(small_catalog())
    qtbot.addWidget(panel)
    panel.view.selectRow(0)
    first = panel.current_exercise_id()
    assert first is not None
    panel.search.setText("side plank")
    assert panel.current_exercise_id() == "side-plank"  # the highlighted row moved onto it
    assert panel.detail.toPlainText().startswith("Side plank")
    panel.search.setText("no exercise has this")
    assert panel.current_exercise_id() is None
    assert panel.detail.toPlainText().startswith("Select an exercise")


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
