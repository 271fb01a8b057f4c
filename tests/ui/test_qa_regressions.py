"""Regressions found by using the window like a coach would (under Xvfb, with the real mouse).

Each test fails on the code as it was before the fix it guards.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import Week
from planner_gui.ui.copy_week_dialog import CopyWeekForwardDialog
from planner_gui.ui.day_view import SessionButton
from planner_gui.ui.document import next_weekday
from planner_gui.ui.findings_panel import FINDING_ROLE, FindingsPanel
from planner_gui.ui.load_chart import LoadChart
from planner_gui.ui.plan_editor import PlanEditor
from planner_gui.ui.plan_model import COL_LOAD, COL_NOTE, COL_RPE, COL_SETS, ItemPath, PlanModel
from tests.ui.editor_fixtures import empty_week_program, plan_dict, small_catalog, small_program

WEEK1_DEADLIFT = ItemPath(0, 0, "main", 0)


def make_editor(qtbot: QtBot, model: PlanModel | None = None) -> tuple[PlanEditor, PlanModel]:
    model = model or PlanModel(small_program(), small_catalog())
    editor = PlanEditor(model, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, model


def test_day_card_wraps_a_long_session_name_onto_two_lines(qtbot: QtBot) -> None:
    button = SessionButton(("Lower A: squat and hinge", "60 min", "RPE 6"))
    qtbot.addWidget(button)
    width = button.fontMetrics().horizontalAdvance("Lower A: squat") + 12
    button.resize(width, button.sizeHint().height())
    button.show()
    qtbot.waitExposed(button)
    lines = button.text().split("\n")
    assert lines[:2] == ["Lower A: squat", "and hinge"]
    assert lines[2:] == ["60 min", "RPE 6"]
    # Room for four lines, so the wrapped name does not push the RPE out of the card.
    assert button.sizeHint().height() >= 4 * button.fontMetrics().lineSpacing()


def test_day_card_elides_only_what_two_lines_cannot_hold(qtbot: QtBot) -> None:
    button = SessionButton(("Full body: single leg and press", "60 min", "RPE 6"))
    qtbot.addWidget(button)
    button.resize(button.fontMetrics().horizontalAdvance("Full body:") + 12, 60)
    button.show()
    qtbot.waitExposed(button)
    name = button.text().split("\n")[:2]
    assert name[0] == "Full body:"
    assert name[1].endswith("…") and name[1].startswith("single")


def test_day_view_dates_stay_in_order_whatever_the_first_day(qtbot: QtBot) -> None:
    wednesday_start = dict(plan_dict(1), start_date="2026-01-07")
    model = PlanModel(
        small_program().model_validate(wednesday_start, strict=False), small_catalog()
    )
    editor, _ = make_editor(qtbot, model)
    editor.set_first_day("sun")
    columns = [
        w
        for w in editor.day_view.findChildren(QWidget)
        if w.objectName() in DAY_COLUMNS and not w.isHidden()
    ]
    columns.sort(key=lambda w: w.mapTo(editor, w.rect().topLeft()).x())
    days = [w.objectName().removeprefix("day_") for w in columns]
    assert days == ["wed", "thu", "fri", "sat", "sun", "mon", "tue"]
    dates = [model.program().session_date(0, day) for day in days]  # type: ignore[arg-type]
    assert dates == sorted(dates)


DAY_COLUMNS = {f"day_{d}" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def test_next_weekday_starts_blank_plans_on_the_preferred_day() -> None:
    thursday = date(2026, 1, 8)
    assert next_weekday("sun", thursday) == date(2026, 1, 11)
    assert next_weekday("thu", thursday) == thursday
    assert next_weekday("mon", thursday) == date(2026, 1, 12)


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
    spins = [w for w in table.viewport().findChildren(QSpinBox) if w.isVisible()]
    assert len(spins) == 1
    assert spins[0].value() == 4  # the key that opened the editor replaced the old value
    table.commitData(spins[0])
    assert model.item(WEEK1_DEADLIFT).sets == 4


@pytest.fixture
def panel_setup(qtbot: QtBot) -> tuple[PlanModel, FindingsPanel, QUndoStack]:
    model = PlanModel(small_program(), small_catalog())
    stack = QUndoStack()
    model.set_undo_stack(stack)
    panel = FindingsPanel(model)
    qtbot.addWidget(panel)
    return model, panel, stack


def _select_first_finding(panel: FindingsPanel, code: str) -> None:
    for group_row in range(panel.items.rowCount()):
        group = panel.items.item(group_row)
        for row in range(group.rowCount()):
            if group.child(row).data(FINDING_ROLE).code == code:
                panel.view.setCurrentIndex(group.child(row).index())
                return
    raise AssertionError(f"no {code} finding")


def test_detail_line_forgets_a_finding_the_plan_no_longer_has(
    panel_setup: tuple[PlanModel, FindingsPanel, QUndoStack],
) -> None:
    model, panel, stack = panel_setup
    model.setData(model.item_index(ItemPath(1, 0, "main", 0)).siblingAtColumn(COL_LOAD), 200)
    _select_first_finding(panel, "PO101")
    assert "PO101" in panel.detail.text()
    stack.undo()
    assert "PO101" not in [f.code for f in panel.findings()]
    assert "PO101" not in panel.detail.text()
    assert panel.view.currentIndex() == QModelIndex()


def test_detail_line_keeps_a_finding_that_still_applies(
    panel_setup: tuple[PlanModel, FindingsPanel, QUndoStack],
) -> None:
    model, panel, _ = panel_setup
    model.setData(model.item_index(ItemPath(1, 0, "main", 0)).siblingAtColumn(COL_LOAD), 200)
    _select_first_finding(panel, "PO101")
    text = panel.detail.text()
    model.setData(model.item_index(ItemPath(0, 1, "core", 0)).siblingAtColumn(COL_NOTE), "slow")
    assert panel.detail.text() == text
    assert panel.view.currentIndex().data(FINDING_ROLE).code == "PO101"


def test_copy_forward_list_is_wide_enough_for_its_names(qtbot: QtBot) -> None:
    model = PlanModel(small_program(), small_catalog())
    dialog = CopyWeekForwardDialog(model, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    items = dialog.exercise_list
    metrics = items.fontMetrics()
    widest = max(metrics.horizontalAdvance(items.item(r).text()) for r in range(items.count()))
    assert items.viewport().width() >= widest + 30
    assert items.horizontalScrollBar().maximum() == 0


def test_load_axis_labels_are_distinct_for_an_empty_plan(qtbot: QtBot) -> None:
    model = PlanModel(empty_week_program().model_copy(update={"weeks": [Week()]}), small_catalog())
    chart = LoadChart(model)
    qtbot.addWidget(chart)
    axis = chart.load_axis
    steps = axis.tickCount() - 1
    ticks = [axis.min() + (axis.max() - axis.min()) * i / steps for i in range(steps + 1)]
    labels = [f"{tick:.0f}" for tick in ticks]
    assert len(set(labels)) == len(labels), labels
