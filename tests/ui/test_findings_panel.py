"""FindingsPanel: reruns the checker after each edit, groups by severity, reports clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.findings import Finding
from planner_gui.ui.findings_panel import FINDING_ROLE, FindingsPanel
from planner_gui.ui.plan_model import COL_LOAD, ItemPath, PlanModel
from tests.ui.editor_fixtures import small_catalog, small_program

WEEK2_DEADLIFT = ItemPath(1, 0, "main", 0)


def make_panel(qtbot: QtBot) -> tuple[PlanModel, FindingsPanel, QUndoStack]:
    model = PlanModel(small_program(), small_catalog())
    stack = QUndoStack()
    model.set_undo_stack(stack)
    panel = FindingsPanel(model)
    qtbot.addWidget(panel)
    return model, panel, stack


def codes(panel: FindingsPanel) -> list[str]:
    return [finding.code for finding in panel.findings()]


def test_groups_with_counts(qtbot: QtBot) -> None:
    _, panel, _ = make_panel(qtbot)
    groups = [panel.items.item(row).text() for row in range(panel.items.rowCount())]
    assert groups == ["3 warnings", "6 notes"]
    assert panel.summary.text().startswith("Plan check: 3 warnings, 6 notes")
    assert panel.items.item(0).rowCount() == 3


def test_editing_a_cell_adds_and_undo_removes_a_finding(qtbot: QtBot) -> None:
    model, panel, stack = make_panel(qtbot)
    assert "PO101" not in codes(panel)
    cell = model.item_index(WEEK2_DEADLIFT, COL_LOAD)
    with qtbot.waitSignal(model.plan_changed):
        assert model.setData(cell, "100")
    jump = [f for f in panel.findings() if f.code == "PO101"]
    assert len(jump) == 1 and jump[0].severity == "error" and jump[0].week == 2
    assert panel.items.item(0).text() == "1 error"
    assert stack.undoText() == "Change load of Conventional deadlift to 100"
    with qtbot.waitSignal(model.plan_changed):
        stack.undo()
    assert "PO101" not in codes(panel)
    with qtbot.waitSignal(model.plan_changed):
        stack.redo()
    assert "PO101" in codes(panel)


def test_click_emits_the_finding(qtbot: QtBot) -> None:
    model, panel, _ = make_panel(qtbot)
    model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "100")
    panel.show()
    qtbot.waitExposed(panel)
    error_group = panel.items.index(0, 0)
    row = panel.items.index(0, 0, error_group)
    assert isinstance(row.data(FINDING_ROLE), Finding)
    rect = panel.view.visualRect(row)
    with qtbot.waitSignal(panel.finding_activated) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    finding = blocker.args[0]
    assert (finding.code, finding.week, finding.item_index) == ("PO101", 2, 0)


def test_clean_plan_says_so(qtbot: QtBot) -> None:
    model, panel, _ = make_panel(qtbot)
    model.update_program({"rules": {"BA402": {"enabled": False}, "WU303": {"enabled": False}}})
    assert panel.findings() == []
    assert panel.items.rowCount() == 0
    assert "passes every rule" in panel.summary.text()
