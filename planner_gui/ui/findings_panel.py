"""The checker's findings, live: rerun after every edit, grouped by severity with counts.

The check is fast enough (well under a frame) to run synchronously on each plan_changed.
Clicking or activating a finding emits finding_activated so the window can select its row.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.vocabulary import SEVERITIES, Severity
from planner_gui.ui.plan_model import PlanModel

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
SEVERITY_TITLES: dict[Severity, tuple[str, str]] = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("note", "notes"),
}
SEVERITY_ICONS: dict[Severity, QStyle.StandardPixmap] = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def place_of(finding: Finding) -> str:
    """ "W3 · Wed · Lower B · Main lifts": where a finding points, briefly."""
    return finding.place(short=True) or "whole plan"


def count_text(severity: Severity, count: int) -> str:
    singular, plural = SEVERITY_TITLES[severity]
    return f"{count} {singular if count == 1 else plural}"


class FindingsPanel(QWidget):
    """A summary line and a tree of findings under Errors / Warnings / Notes."""

    finding_activated = Signal(object)

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.setAccessibleName("Plan check findings")
        self._model = model
        self._findings: list[Finding] = []
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        self.items = QStandardItemModel(self)
        self.items.setHorizontalHeaderLabels(["Finding", "Where"])
        self.view = QTreeView()
        self.view.setObjectName("findingsView")
        self.view.setAccessibleName("Findings")
        self.view.setModel(self.items)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.detail = QLabel("Select a finding to read it in full.")
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        self.view.clicked.connect(self._emit_for)
        self.view.activated.connect(self._emit_for)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.view.selectionModel().currentChanged.connect(self._show_detail)
        model.plan_changed.connect(self.refresh)
        self.refresh()

    def findings(self) -> list[Finding]:
        """The findings of the last check, in the checker's order."""
        return list(self._findings)

    def refresh(self) -> None:
        """Check the plan again and rebuild the list, keeping groups' open/closed state and the
        selected finding while it still applies (otherwise the detail line is cleared, so it
        never describes a finding the plan no longer has)."""
        selected = self.view.currentIndex().siblingAtColumn(0).data(FINDING_ROLE)
        self._findings = check_program(self._model.program(), self._model.catalog())
        collapsed = {
            self.items.item(row).data(SEVERITY_ROLE)
            for row in range(self.items.rowCount())
            if not self.view.isExpanded(self.items.index(row, 0))
        }
        self.items.removeRows(0, self.items.rowCount())
        counts: list[str] = []
        style = self.style()
        for severity in SEVERITIES:
            found = [f for f in self._findings if f.severity == severity]
            if not found:
                continue
            counts.append(count_text(severity, len(found)))
            group = QStandardItem(count_text(severity, len(found)).capitalize())
            group.setData(severity, SEVERITY_ROLE)
            group.setIcon(style.standardIcon(SEVERITY_ICONS[severity]))
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for finding in found:
                text = QStandardItem(f"{finding.code}  {finding.message}")
                text.setData(finding, FINDING_ROLE)
                text.setToolTip(f"{finding.code} ({finding.severity}): {finding.message}")
                where = QStandardItem(place_of(finding))
                where.setData(finding, FINDING_ROLE)
                where.setToolTip(place_of(finding))
                group.appendRow([text, where])
            self.items.appendRow([group, QStandardItem()])
            self.view.setFirstColumnSpanned(self.items.rowCount() - 1, QModelIndex(), True)
            self.view.setExpanded(group.index(), severity not in collapsed)
        self._reselect(selected if isinstance(selected, Finding) else None)
        if counts:
            self.summary.setText("Plan check: " + ", ".join(counts) + ". Click one to see it.")
        else:
            self.summary.setText("Plan check: no findings. The plan passes every rule.")

    def _reselect(self, finding: Finding | None) -> None:
        for group_row in range(self.items.rowCount()):
            group = self.items.item(group_row)
            for row in range(group.rowCount()):
                if finding is not None and group.child(row).data(FINDING_ROLE) == finding:
                    self.view.setCurrentIndex(group.child(row).index())
                    return
        self.view.setCurrentIndex(QModelIndex())
        self._show_detail(QModelIndex())

    def _show_detail(self, index: QModelIndex | QPersistentModelIndex) -> None:
        finding = index.sibling(index.row(), 0).data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.detail.setText(
                f"<b>{finding.code}</b> ({finding.severity}, {escape(place_of(finding))}): "
                f"{escape(finding.message)}"
            )
        else:
            self.detail.setText("Select a finding to read it in full.")

    def _emit_for(self, index: QModelIndex | QPersistentModelIndex) -> None:
        finding = index.sibling(index.row(), 0).data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)
