"""Opening a bundled template as the sample (`make run`, or its path on the command line)
keeps its made-up check-ins, moved with the plan; File ▸ New from template still brings none.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.resources import TEMPLATES_DIR
from planner_gui.ui.document import Document
from planner_gui.ui.main_window import MainWindow

RETURN = TEMPLATES_DIR / "return-to-lifting-6wk.brace.json"


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def assert_moved_with_the_plan(program: Program) -> None:
    template = load_plan(RETURN)
    assert program.start_date > template.start_date and program.start_date >= date.today()
    shift = program.start_date - template.start_date
    assert [c.date - shift for c in program.checkins] == [c.date for c in template.checkins]
    assert all(c.date >= program.start_date for c in program.checkins)
    assert program.athlete == ""


def test_opening_the_sample_shows_its_three_checkins_in_the_pane(window: MainWindow) -> None:
    assert window.document.load(RETURN)
    program = window.model.program()
    assert len(program.checkins) == 3
    assert_moved_with_the_plan(program)
    panel = window.checkins_panel
    assert panel.checkins.positions() == [2, 1, 0]
    assert panel.summary.text().startswith("3 check-ins")
    message = window.statusBar().currentMessage()
    assert "3 made-up check-ins" in message and "sample" in message
    assert window.document.path() is None  # still a copy: Save asks where


def test_the_sample_read_ahead_of_the_window_keeps_them_too(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    ahead = Document.read_ahead(RETURN)
    assert ahead is not None
    assert_moved_with_the_plan(ahead.program)
    window = MainWindow(ahead.program)
    qtbot.addWidget(window)
    assert window.document.load(RETURN, ahead)
    assert len(window.model.program().checkins) == 3
    assert window.checkins_panel.checkins.positions() == [2, 1, 0]


def test_new_from_the_same_template_is_a_new_client_without_checkins(
    window: MainWindow,
) -> None:
    assert window.document.new_from_template(RETURN)
    program = window.model.program()
    assert program.checkins == [] and program.athlete == ""
    assert window.checkins_panel.checkins.positions() == []
    assert "3 check-ins left out" in window.statusBar().currentMessage()
