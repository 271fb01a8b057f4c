"""Adjust plan…: the preview of `adjust_after_checkin`'s changes, Apply as one undo step, and
the same from a check-in finding in the findings pane."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.brand import Brand, SafetySection, SafetyWording
from planner_gui.domain.checkins.adjust import adjust_after_checkin
from planner_gui.domain.models import CheckIn, Program
from planner_gui.ui.dialogs.adjust_plan import AdjustPlanDialog
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.checkins_panel import CheckInsPanel
from planner_gui.ui.panels.findings_panel import FINDING_ROLE
from planner_gui.ui.settings import store_brand
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program


def sore_plan() -> Program:
    """Six weeks of deadlift rising 2.5 kg a week, and 6/10 soreness after it in week 2."""
    program = editing_program(6)
    program.checkins.append(
        CheckIn(date=date(2026, 1, 12), pain="doms", pain_score=6, after_exercise="deadlift")
    )
    return program


def make_panel(qtbot: QtBot, program: Program) -> tuple[CheckInsPanel, PlanModel, QUndoStack]:
    model = PlanModel(program, editing_catalog())
    stack = QUndoStack()
    panel = CheckInsPanel(model, stack)
    qtbot.addWidget(panel)
    return panel, model, stack


def listed(dialog: AdjustPlanDialog) -> list[str]:
    return [dialog.changes.item(row).text() for row in range(dialog.changes.count())]


def test_the_preview_lists_the_changes_and_apply_is_one_undo_step(qtbot: QtBot) -> None:
    program = sore_plan()
    before = program.model_copy(deep=True)
    expected = adjust_after_checkin(program, editing_catalog(), 0)
    assert expected.changed
    panel, model, stack = make_panel(qtbot, program)
    panel.select_position(0)
    panel.adjust_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, AdjustPlanDialog) and dialog.isVisible()
    assert dialog.heading.text() == expected.lines[0]
    shown = listed(dialog)
    assert shown == list(expected.lines[1:])  # every line of the domain's adjustment, in order
    assert (
        shown[0] == "week 3 · Mon · Lower A: Conventional deadlift: 3 → 2 sets, load 85 → 82.5 kg."
    )
    assert shown[-1] == "The plan check finds nothing new after the change."
    assert model.program() == before  # a preview changes nothing
    assert dialog.apply_button is not None
    dialog.apply_button.click()
    item = model.program().weeks[2].sessions[0].blocks[1].items[0]
    assert (item.sets, item.load) == (2, 82.5)
    assert model.program().weeks[3].sessions[0].blocks[1].items[0].load == 82.5
    assert stack.count() == 1
    assert stack.undoText() == "Adjust plan after the check-in of 2026-01-12"
    stack.undo()
    assert model.program() == before
    stack.redo()
    assert model.program().weeks[2].sessions[0].blocks[1].items[0].sets == 2


def test_cancel_changes_nothing(qtbot: QtBot) -> None:
    program = sore_plan()
    before = program.model_copy(deep=True)
    panel, model, stack = make_panel(qtbot, program)
    dialog = panel.adjust_after(0)
    dialog.reject()
    assert model.program() == before and stack.count() == 0


def test_a_red_flag_gets_no_apply_and_says_why(qtbot: QtBot) -> None:
    program = sore_plan()
    program.checkins[0] = CheckIn(
        date=date(2026, 1, 12), pain="sharp", red_flags=["leg-numbness-tingling"]
    )
    before = program.model_copy(deep=True)
    panel, model, stack = make_panel(qtbot, program)
    dialog = panel.adjust_after(0)
    assert dialog.apply_button is None
    lines = listed(dialog)
    assert lines[0] == "The check-in of 2026-01-12 reports a red flag: See a doctor today."
    assert "cleared" in lines[1]
    dialog.accept()  # even accepted, nothing to apply
    assert stack.count() == 0 and model.program() == before
    # In the clinic's words once Preferences keeps its own.
    store_brand(Brand(safety=SafetyWording(same_day=SafetySection("Ring us today"))))
    again = panel.adjust_after(0)
    assert listed(again)[0] == "The check-in of 2026-01-12 reports a red flag: Ring us today."


def test_from_a_check_in_finding_in_the_findings_pane(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    window = MainWindow(program=sore_plan(), catalog=editing_catalog())
    qtbot.addWidget(window)
    window.show()
    button = window.finding_adjust
    assert button.objectName() == "findingAdjustButton"
    assert button.parent() is window.findings_panel
    assert not button.isVisible()  # nothing selected yet
    panel = window.findings_panel
    other = next(f for f in panel.findings() if not f.code.startswith("CK"))
    assert panel.select_finding(other)
    assert not button.isVisible()
    finding = next(f for f in panel.findings() if f.code == "CK604")
    assert panel.select_finding(finding)
    assert panel.view.currentIndex().siblingAtColumn(0).data(FINDING_ROLE) == finding
    assert button.isVisible() and button.position() == 0
    button.click()
    dialog = window.checkins_panel.dialog
    assert isinstance(dialog, AdjustPlanDialog)
    assert dialog.adjustment.checkin == window.model.program().checkins[0]
    assert dialog.apply_button is not None
    dialog.apply_button.click()
    assert window.undo_action.text().endswith("Adjust plan after the check-in of 2026-01-12")
    # The adjusted plan holds the load, so CK604 has nothing more to say.
    assert not any(f.code == "CK604" for f in panel.findings())
    assert not button.isVisible()
    window.undo_action.trigger()
    assert any(f.code == "CK604" for f in panel.findings())
