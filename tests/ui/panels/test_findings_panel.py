"""FindingsPanel: reruns the checker after each edit, groups by severity, reports clicks, and
its detail line shows only a finding the plan still has."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.editing.ops import EditProgram
from planner_gui.domain.findings import Finding
from planner_gui.ui.models.plan_model import COL_LOAD, COL_NOTE, ItemPath, PlanModel
from planner_gui.ui.panels.findings_panel import FINDING_ROLE, FindingsPanel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

WEEK2_DEADLIFT = ItemPath(1, 0, "main", 0)


def make_panel(qtbot: QtBot) -> tuple[PlanModel, FindingsPanel, QUndoStack]:
    model = PlanModel(editing_program(), editing_catalog())
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
    off = {"enabled": False}
    model.apply(EditProgram({"rules": {"BA402": off, "WU303": off, "WU304": off}}))
    assert panel.findings() == []
    assert panel.items.rowCount() == 0
    assert "passes every rule" in panel.summary.text()


# In-place updates: the tree changes only where the findings did ------------------------------


def tree(panel: FindingsPanel) -> list[object]:
    """Everything the list shows: group titles, open state, and each row's cells and data."""
    shown: list[object] = []
    for group_row in range(panel.items.rowCount()):
        group = panel.items.item(group_row)
        rows = [
            tuple(
                (cell.text(), cell.toolTip(), cell.data(FINDING_ROLE))
                for cell in (group.child(row, 0), group.child(row, 1))
            )
            for row in range(group.rowCount())
        ]
        spanned = panel.view.isFirstColumnSpanned(group_row, QModelIndex())
        shown.append((group.text(), panel.view.isExpanded(group.index()), spanned, rows))
    return [*shown, panel.summary.text()]


def changes_of(panel: FindingsPanel) -> list[str]:
    """Record every structural or data change of the panel's item model."""
    seen: list[str] = []
    items = panel.items
    items.rowsInserted.connect(lambda *_: seen.append("inserted"))
    items.rowsRemoved.connect(lambda *_: seen.append("removed"))
    items.dataChanged.connect(lambda *_: seen.append("changed"))
    items.modelReset.connect(lambda: seen.append("reset"))
    return seen


def test_an_edit_that_changes_no_finding_leaves_the_list_alone(qtbot: QtBot) -> None:
    model, panel, _ = make_panel(qtbot)
    seen = changes_of(panel)
    before = panel.revision_shown()
    with qtbot.waitSignal(model.plan_changed):
        assert model.setData(model.item_index(ItemPath(0, 1, "core", 0), COL_NOTE), "slow")
    assert seen == []
    assert panel.revision_shown() == before + 1  # it did check the edited plan


def test_a_new_finding_inserts_rows_and_keeps_the_others(qtbot: QtBot) -> None:
    model, panel, _ = make_panel(qtbot)
    warning = QPersistentModelIndex(panel.items.index(1, 0, panel.items.index(0, 0)))
    text = warning.data()
    seen = changes_of(panel)
    model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "100")
    assert "reset" not in seen and "removed" not in seen
    # The warnings group moved down under the new errors group, its rows untouched.
    assert warning.isValid() and warning.data() == text and warning.parent().row() == 1
    seen.clear()
    model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "110")
    assert seen and set(seen) == {"changed"}  # the error row rewritten, nothing else
    assert "110" in panel.items.index(0, 0, panel.items.index(0, 0)).data()


def test_updates_in_place_show_what_a_fresh_panel_shows(qtbot: QtBot) -> None:
    """After any mix of edits the tree equals one built from scratch for the same plan."""
    model, panel, stack = make_panel(qtbot)
    edits: list[Callable[[], object]] = [
        lambda: model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "100"),
        lambda: model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "110"),
        # Week 2's squat becomes a second deadlift: a note in the middle of its group goes.
        lambda: model.setData(model.item_index(ItemPath(1, 0, "main", 1)), "deadlift"),
        stack.undo,
        stack.undo,
        lambda: model.apply(EditProgram({"rules": {"WU303": {"enabled": False}}})),
        lambda: model.apply(EditProgram({"rules": {}})),
        stack.redo,
        lambda: model.set_program(editing_program(weeks=6)),
    ]
    for edit in edits:
        edit()
        fresh = FindingsPanel(model)
        qtbot.addWidget(fresh)
        assert tree(panel) == tree(fresh)
        assert panel.findings() == fresh.findings()


def test_a_closed_group_stays_closed_while_its_rows_change(qtbot: QtBot) -> None:
    model, panel, _ = make_panel(qtbot)
    notes = panel.items.index(1, 0)
    panel.view.setExpanded(notes, False)
    model.setData(model.item_index(ItemPath(1, 0, "main", 1)), "deadlift")
    assert panel.items.item(1).text() == "5 notes"
    assert not panel.view.isExpanded(panel.items.index(1, 0))
    assert panel.view.isExpanded(panel.items.index(0, 0))


def test_the_selected_finding_stays_selected_when_rows_before_it_go(qtbot: QtBot) -> None:
    model, panel, _ = make_panel(qtbot)
    notes = panel.items.index(1, 0)
    last = panel.items.index(5, 0, notes)
    panel.view.setCurrentIndex(last)
    chosen = last.data(FINDING_ROLE)
    detail = panel.detail.text()
    model.setData(model.item_index(ItemPath(1, 0, "main", 1)), "deadlift")  # drops a note above
    assert panel.view.currentIndex().data(FINDING_ROLE) == chosen
    assert panel.view.currentIndex().row() == 4
    assert panel.detail.text() == detail


# The detail line kept describing a finding an undo had removed ------------------------------


@pytest.fixture
def panel_setup(qtbot: QtBot) -> tuple[PlanModel, FindingsPanel, QUndoStack]:
    return make_panel(qtbot)


def _select_first_finding(panel: FindingsPanel, code: str) -> None:
    for group_row in range(panel.items.rowCount()):
        group = panel.items.item(group_row)
        for row in range(group.rowCount()):
            if group.child(row).data(FINDING_ROLE).code == code:
                panel.view.setCurrentIndex(group.child(row).index())
                return
    raise AssertionError(f"no {code} finding")


def test_detail_line_forgets_a_finding_the_plan_no_longer_has(
    panel_setup: tuple[PlanModel, FindingsPanel, QUndoStack],
) -> None:
    model, panel, stack = panel_setup
    model.setData(model.item_index(ItemPath(1, 0, "main", 0)).siblingAtColumn(COL_LOAD), 200)
    _select_first_finding(panel, "PO101")
    assert "PO101" in panel.detail.text()
    stack.undo()
    assert "PO101" not in [f.code for f in panel.findings()]
    assert "PO101" not in panel.detail.text()
    assert panel.view.currentIndex() == QModelIndex()


def test_detail_line_keeps_a_finding_that_still_applies(
    panel_setup: tuple[PlanModel, FindingsPanel, QUndoStack],
) -> None:
    model, panel, _ = panel_setup
    model.setData(model.item_index(ItemPath(1, 0, "main", 0)).siblingAtColumn(COL_LOAD), 200)
    _select_first_finding(panel, "PO101")
    text = panel.detail.text()
    model.setData(model.item_index(ItemPath(0, 1, "core", 0)).siblingAtColumn(COL_NOTE), "slow")
    assert panel.detail.text() == text
    assert panel.view.currentIndex().data(FINDING_ROLE).code == "PO101"
