"""The check-ins in the whole window: Plan ▸ Check-in… (Ctrl+K), the pane beside the plan and
View ▸ Check-ins, opened on the return-to-lifting template."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan
from planner_gui.resources import template_paths
from planner_gui.ui.dialogs.checkin import CheckInDialog
from planner_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    # A screen with room for the pane beside the plan (on a laptop's it is a tab beside
    # Findings: tests/ui/test_screen_fit.py).
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1080))
    (path,) = [p for p in template_paths() if p.name.startswith("return-to-lifting")]
    window = MainWindow(program=load_plan(path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_pane_sits_beside_the_plan_and_can_be_hidden(window: MainWindow) -> None:
    panel = window.checkins_panel
    assert window.main_splitter.widget(2) is panel
    assert window.findChild(object, "checkinsPanel") is panel
    assert panel.isVisible() and panel.accessibleName() == "Check-ins"
    assert panel.checkins.positions() == [2, 1, 0]
    action = window.action("checkins_pane")
    assert action.shortcut() == QKeySequence("Ctrl+4")
    action.setChecked(False)
    assert not panel.isVisible()
    action.setChecked(True)
    assert panel.isVisible()


def test_plan_check_in_opens_the_dialog_and_adds_one_undo_step(window: MainWindow) -> None:
    action = window.editor.action("checkin")
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action.objectName() == "checkinAction"
    plan_menu = window.menuBar().actions()[2].menu()
    assert plan_menu is not None and action in plan_menu.actions()
    window.pane_actions["checkins"].setChecked(False)
    action.trigger()
    assert window.checkins_panel.isVisible()  # the pane comes back to show the result
    dialog = window.checkins_panel.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.isVisible()
    dialog.date_edit.setDate(QDate(2026, 3, 20))  # after the plan's last week
    dialog.pain_buttons["doms"].setChecked(True)
    dialog.after_combo.setCurrentIndex(dialog.after_combo.findData("goblet-squat"))
    dialog.flag_boxes["gait-change"].setChecked(True)
    dialog.accept()
    assert len(window.model.program().checkins) == 4
    assert window.undo_action.text() == "&Undo Add check-in of 2026-03-20"
    assert window.statusBar().currentMessage() == "Added the check-in of 2026-03-20"
    assert "1 error" in window.summary_label.text()  # CK601: no session follows it
    window.undo_action.trigger()
    assert len(window.model.program().checkins) == 3
