"""A finding's text wraps in a narrow pane (its rows grow as the column narrows, up to a few
lines), the Finding column takes the width Where does not need, and the tool tip and the
detail line hold the whole message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner_gui.domain.findings import Finding
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.findings_panel import (
    FINDING_ROLE,
    MAX_ROW_LINES,
    WHERE_MAX_PX,
    FindingsPanel,
)
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


def test_in_a_narrow_pane_the_finding_column_takes_the_width_and_rows_stay_short(
    qtbot: QtBot,
) -> None:
    """A 300-pixel pane gave Finding about 90 pixels (Where kept 150), and a finding wrapped
    to 13 lines; now Where takes a share and a row is at most MAX_ROW_LINES lines."""
    model = PlanModel(editing_program(), editing_catalog())
    panel = FindingsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    width = view.viewport().width()
    qtbot.waitUntil(lambda: view.columnWidth(0) + view.columnWidth(1) == view.viewport().width())
    assert view.columnWidth(0) >= 0.6 * width
    assert view.columnWidth(1) < 0.35 * width
    line = view.fontMetrics().lineSpacing()
    finding, height = longest_row(panel)
    assert len(finding.message) > 4 * 40  # more than four narrow lines of text
    assert 2 * line <= height <= MAX_ROW_LINES * line + line // 2
    # A wide pane gives Where no more than it needs; Finding still takes the rest.
    panel.resize(1200, 500)
    qtbot.waitUntil(lambda: view.columnWidth(1) == WHERE_MAX_PX)
    assert view.columnWidth(0) == view.viewport().width() - WHERE_MAX_PX
