"""Building the window's parts for a test: the plan editor alone, or the whole window.

make_editor builds a PlanEditor that is not shown and returns the undo stack too;
make_shown_editor shows and exposes one, for tests that need real geometry or focus (modules
using it import it as make_editor); discarding_window is the whole window on the editing
plan, closing without asking.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import editing_catalog, window_catalog
from tests.support.plans import editing_program


def make_editor(
    qtbot: QtBot, program: Program | None = None, catalog: Catalog | None = None
) -> tuple[PlanEditor, PlanModel, QUndoStack]:
    model = PlanModel(program or editing_program(), catalog or editing_catalog())
    stack = QUndoStack()
    editor = PlanEditor(model, stack)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    return editor, model, stack


def make_shown_editor(qtbot: QtBot, model: PlanModel | None = None) -> tuple[PlanEditor, PlanModel]:
    model = model or PlanModel(editing_program(), editing_catalog())
    editor = PlanEditor(model, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, model


def discarding_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The whole window on the editing tests' three-week plan and the window catalog;
    closing it at teardown discards edits instead of asking."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: discard)
    window = MainWindow(program=editing_program(), catalog=window_catalog())
    qtbot.addWidget(window)
    return window
