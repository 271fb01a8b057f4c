"""New from wizard…: the pages' defaults and checks, the preview of week 1 and of the load
chart, and Finish opening the generated program as a new unsaved plan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from planner_gui.domain.builders.equipment import resolve_equipment
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.generator.program import generate
from planner_gui.domain.generator.request import ProgramRequest, RequestError
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.plain import tool_tip
from planner_gui.ui.wizard import new_plan
from planner_gui.ui.wizard.new_plan import NewPlanWizard

CATALOG = bundled_catalog()
TODAY = date(2026, 12, 2)  # a Wednesday


def make_wizard(qtbot: QtBot) -> NewPlanWizard:
    wizard = NewPlanWizard(CATALOG, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_start_defaults_to_next_monday_and_warns_for_a_past_date(qtbot: QtBot) -> None:
    wizard = make_wizard(qtbot)
    who = wizard.who
    assert who.start_date() == date(2026, 12, 7)
    assert who.warning.isHidden() and not who.in_the_past()
    who.start.setDate(QDate(2026, 11, 30))
    assert who.in_the_past() and not who.warning.isHidden()
    assert who.warning.text().startswith("Mon 30 Nov 2026 is in the past")
    # A warning, not a refusal: the page still lets the coach go on.
    assert who.isComplete()
    who.start.setDate(QDate(2026, 12, 2))
    assert who.warning.isHidden()


def test_the_schedule_needs_two_to_six_days(qtbot: QtBot) -> None:
    wizard = make_wizard(qtbot)
    wizard.next()
    page = wizard.schedule
    assert page.chosen_days() == ("mon", "wed", "fri") and page.weeks.value() == 4
    with qtbot.waitSignal(page.completeChanged):
        page.days["wed"].setChecked(False)
    with qtbot.waitSignal(page.completeChanged):
        page.days["fri"].setChecked(False)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.problem.text().startswith("1 training day: choose 2 to 6")
    page.days["thu"].setChecked(True)
    assert page.isComplete() and page.problem.text() == ""


def test_the_preview_shows_week_1_with_reasons_and_the_whole_plan_s_load(qtbot: QtBot) -> None:
    wizard = make_wizard(qtbot)
    wizard.who.athlete.setText("Sam Example")
    wizard.next()
    wizard.schedule.weeks.setValue(6)
    wizard.next()
    athlete = wizard.athlete_page
    athlete.level.setCurrentIndex(athlete.level.findData("beginner"))
    athlete.goal.setCurrentIndex(athlete.goal.findData("return"))
    athlete.equipment_buttons["dumbbells"].setChecked(True)
    with qtbot.waitSignal(wizard.preview.completeChanged):
        wizard.next()
    preview = wizard.preview
    assert wizard.currentPage() is preview and preview.isComplete()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    expected = generate(
        ProgramRequest(
            weeks=6,
            days=("mon", "wed", "fri"),
            level="beginner",
            goal="return",
            start=date(2026, 12, 7),
            equipment=resolve_equipment(["dumbbells"], CATALOG),
            athlete="Sam Example",
        ),
        CATALOG,
    )
    program = wizard.program()
    assert program == expected.program
    assert "checks clean" in preview.summary.text()
    week = preview.week
    assert week.topLevelItemCount() == 3
    monday = week.topLevelItem(0)
    assert monday is not None and monday.text(0).startswith("Monday · ")
    first_session = expected.program.weeks[0].sessions[0]
    assert monday.childCount() == len(first_session.items())
    warmup = monday.child(0)
    assert warmup is not None and warmup.text(0).startswith("Warm-up: ")
    assert warmup.toolTip(0) == tool_tip(expected.reasons[(0, "warmup", 0)])
    assert preview.chart.week_count() == 6
    assert preview.chart.objectName() == "wizardLoadChart"


def test_a_request_the_generator_cannot_take_says_why_and_cannot_finish(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(request: ProgramRequest, catalog: object) -> None:
        raise RequestError("minutes", "sessions of 30 minutes are too short")

    monkeypatch.setattr(new_plan, "generate", refuse)
    wizard = make_wizard(qtbot)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview and not wizard.preview.isComplete()
    assert wizard.preview.summary.text() == (
        "Cannot build this plan: sessions of 30 minutes are too short."
    )
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.program() is None


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: discard)
    window = MainWindow(catalog=CATALOG)
    qtbot.addWidget(window)
    return window


def test_finish_opens_the_program_as_a_new_unsaved_plan(window: MainWindow, qtbot: QtBot) -> None:
    action = window.action("new_wizard")
    assert action.objectName() == "newWizardAction"
    assert action in window.new_menu.actions()
    action.trigger()
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.who.athlete.setText("Journey One")
    wizard.next()
    wizard.next()
    wizard.next()
    program = wizard.program()
    assert program is not None
    with qtbot.waitSignal(window.document.program_replaced):
        wizard.accept()
    assert window.model.program() == program
    assert window.model.program().athlete == "Journey One"
    assert window.document.path() is None
    assert window.isWindowModified() and window.document.is_modified()
    assert window.undo_stack.count() == 0
    assert check_program(window.model.program(), CATALOG) == []
    assert window.findings_panel.findings() == []


def test_cancelling_the_wizard_leaves_the_plan_as_it_was(window: MainWindow) -> None:
    before = window.model.program()
    wizard = window.new_from_wizard()
    assert wizard is not None
    wizard.reject()
    assert window.model.program() is before and not window.document.is_modified()
