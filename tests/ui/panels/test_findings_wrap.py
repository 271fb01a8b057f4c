"""A finding's text is never cut off: the Finding column wraps in a narrow pane (its rows grow
as the column narrows), and the tool tip and the detail line hold the whole message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner_gui.domain.findings import Finding
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.findings_panel import FINDING_ROLE, FindingsPanel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program


def longest_row(panel: FindingsPanel) -> tuple[Finding, int]:
    """The finding with the longest message, and its row's height as the view lays it out."""
    best: tuple[Finding, int] | None = None
    for group_row in range(panel.items.rowCount()):
        group = panel.items.item(group_row)
        for row in range(group.rowCount()):
            index = group.child(row).index()
            finding = index.data(FINDING_ROLE)
            assert isinstance(finding, Finding)
            if best is None or len(finding.message) > len(best[0].message):
                best = (finding, panel.view.visualRect(index).height())
    assert best is not None
    return best


def test_a_long_finding_wraps_in_a_narrow_pane_and_reads_whole(qtbot: QtBot) -> None:
    model = PlanModel(editing_program(), editing_catalog())
    panel = FindingsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    line = panel.view.fontMetrics().lineSpacing()
    finding, wide = longest_row(panel)
    assert len(finding.message) > 60  # long enough to need two lines in a narrow pane
    panel.resize(300, 500)
    qtbot.waitUntil(lambda: longest_row(panel)[1] >= 2 * line)
    _, narrow = longest_row(panel)
    assert narrow > wide
    # The whole message: in the cell, its tool tip, and the detail line once selected.
    for group_row in range(panel.items.rowCount()):
        group = panel.items.item(group_row)
        for row in range(group.rowCount()):
            item = group.child(row)
            if item.data(FINDING_ROLE) == finding:
                assert item.text() == f"{finding.code}  {finding.message}"
                tip = " ".join(item.toolTip().split())
                assert " ".join(finding.message.split()) in tip.replace(
                    "<p style='white-space:pre'>", ""
                )
                panel.view.setCurrentIndex(item.index())
    assert panel.detail.text().endswith(finding.message)
    assert panel.view.textElideMode() == Qt.TextElideMode.ElideNone
