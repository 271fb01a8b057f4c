"""After a dialog closes the window is active again, so its shortcuts work at once: Ctrl+S
right after adding a check-in once did nothing (with no window manager to hand the focus
back, none of the window's shortcuts did) until the window was clicked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.ui.main_window import MainWindow
from tests.support.plans import editing_program
from tests.support.widgets import discarding_window


@pytest.fixture
def saved_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> tuple[MainWindow, Path]:
    path = tmp_path / "plan.brace.json"
    save_plan(editing_program(), path)
    window = discarding_window(qtbot, monkeypatch)
    assert window.document.load(path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, path


def test_ctrl_s_right_after_adding_a_check_in_saves_it(
    qtbot: QtBot, saved_window: tuple[MainWindow, Path]
) -> None:
    window, path = saved_window
    before = len(load_plan(path).checkins)
    dialog = window.checkins_panel.record_checkin()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.accept()  # Add check-in
    assert window.isWindowModified() and window.save_action.isEnabled()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    assert target.window() is window  # nothing of the dialog holds the keyboard
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert len(load_plan(path).checkins) == before + 1
