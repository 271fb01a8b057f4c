"""The clinic's wording reaches the window at once: after Preferences ▸ OK with a new same-day
heading, the Check-ins pane and CK601's findings say it without a restart or an edit (user
report point 6: they kept "See a doctor today" until the next run)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import CheckIn
from planner_gui.resources import template_paths
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.settings import brand_notifier

NEW = "Ring the clinic today"


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1080))
    (path,) = [p for p in template_paths() if p.name.startswith("return-to-lifting")]
    program = load_plan(path)
    program.checkins.append(CheckIn(date=date(2026, 1, 7), red_flags=["radiating-leg-pain"]))
    window = MainWindow(program=program)
    qtbot.addWidget(window)
    window.show()
    return window


def _pane_text(window: MainWindow) -> str:
    model = window.checkins_panel.checkins
    cells = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            cells += [str(model.index(row, c, group).data()) for c in range(3)]
    return " ".join(cells) + " " + window.checkins_panel.detail.text()


def _ck601(window: MainWindow) -> list[str]:
    return [f.message for f in window.findings_panel.findings() if f.code == "CK601"]


def test_a_new_same_day_heading_shows_in_the_pane_and_the_findings(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert "See a doctor today" in _pane_text(window)
    assert _ck601(window) and all("See a doctor today." in m for m in _ck601(window))
    dialog = window.show_preferences()
    dialog.wording_headings["same_day"].setText(NEW)
    with qtbot.waitSignal(brand_notifier().brand_changed, timeout=2000):
        dialog.accept()
    assert NEW in _pane_text(window)
    assert "See a doctor today" not in _pane_text(window)
    messages = _ck601(window)
    assert messages and all(f"{NEW}." in m for m in messages)


def test_ok_without_a_change_does_not_signal(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.show_preferences()
    with qtbot.assertNotEmitted(brand_notifier().brand_changed):
        dialog.accept()
    assert "See a doctor today" in _pane_text(window)
