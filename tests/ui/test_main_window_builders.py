"""The window's routine builder and finding fixes: Plan ▸ Build routine… opens on the selected
session, and a fix applied from the findings pane says what it did in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.resources import template_paths
from planner_gui.ui.dialogs.build_routine import BuildRoutineDialog
from planner_gui.ui.main_window import MainWindow

CATALOG = bundled_catalog()


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: discard)
    path = next(p for p in template_paths() if p.name.startswith("back-friendly"))
    plan = load_plan(path, CATALOG)
    for session in plan.weeks[0].sessions:
        session.blocks = [block for block in session.blocks if block.kind != "core"]
    window = MainWindow(program=plan, catalog=CATALOG)
    qtbot.addWidget(window)
    return window


def test_the_plan_menu_opens_build_routine_and_apply_is_one_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    plan_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    action = window.editor.action("build_routine")
    assert action in plan_menu.actions()  # type: ignore[union-attr]
    action.trigger()
    dialog = window.findChild(BuildRoutineDialog)
    assert isinstance(dialog, BuildRoutineDialog) and dialog.isVisible()
    with qtbot.waitSignal(window.model.plan_changed):
        dialog.accept()
    assert window.undo_stack.count() == 1 and window.isWindowModified()
    window.undo_action.trigger()
    assert window.undo_stack.index() == 0


def test_a_fix_from_the_findings_pane_says_what_it_did(window: MainWindow, qtbot: QtBot) -> None:
    finding = next(f for f in window.findings_panel.findings() if f.code == "BA401")
    window.show_finding(finding)
    # Two would meet BA401, but week 2's three would then raise the hard sets too fast
    # (PO108): the fix gives week 1 back its three, at week 2's progression.
    assert window.findings_panel.fix_button.text() == "Add 3 core routines"
    with qtbot.waitSignal(window.findings_panel.fix_applied):
        window.findings_panel.fix_button.click()
    assert window.statusBar().currentMessage() == "Done: Add 3 core routines to week 1"
    assert finding not in window.findings_panel.findings()
    assert not {"BA401", "PO104", "PO108"} & {f.code for f in window.findings_panel.findings()}
    assert window.undo_action.text().endswith("Add 3 core routines to week 1")
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Add 3 core routines to week 1"
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Redone: Add 3 core routines to week 1"
