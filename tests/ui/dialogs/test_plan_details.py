"""The Plan details dialog: title, athlete and start date set from the window in one undoable
step, from the Plan menu or the button by the plan heading."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import blank_program
from planner_gui.ui.dialogs.plan_details import PlanDetailsDialog
from tests.support.plans import editing_program
from tests.support.widgets import make_editor


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
    dialog = PlanDetailsDialog(editing_program())
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
