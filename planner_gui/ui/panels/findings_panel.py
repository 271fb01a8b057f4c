"""The checker's findings, live: rerun after every edit, grouped by severity with counts.

The check runs synchronously on each plan_changed, through the model's shared PlanAnalysis (so
the load chart reuses its metrics). The tree is updated in place: an edit that leaves the
findings as they were touches nothing, and one that changes a few rows replaces only those, so
a long plan's thousand findings are not rebuilt (and laid out again) on every keystroke.
Clicking or activating a finding emits finding_activated so the window can select its row.
A finding that says a part is missing (domain.fixes) offers its fix on the button under the
list and in the row's context menu: one undoable edit, pushed on the model's undo stack, after
which the finding is gone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.display_text import display_text
from planner_gui.domain.findings import Finding
from planner_gui.domain.fixes.mapping import Fix, fix_for, has_fix
from planner_gui.domain.vocabulary import SEVERITIES, Severity
from planner_gui.ui.models.analysis import analysis_for
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.models.undo import OperationCommand
from planner_gui.ui.plain import tool_tip

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
SEVERITY_TITLES: dict[Severity, tuple[str, str]] = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("note", "notes"),
}
#: A group whose changed middle has more rows than this is rebuilt whole (one reset of its
#: rows is cheaper than that many single-row inserts).
MAX_ROWS_IN_PLACE = 200
#: A finding's row is at most this many lines high; the detail line shows the rest.
MAX_ROW_LINES = 4
#: The Where column's share of the list's width, and its bounds in pixels: the Finding
#: column takes the rest (with 150 fixed pixels, a 300-pixel pane wrapped a finding to 13
#: lines).
WHERE_SHARE = 0.3
WHERE_MIN_PX = 72
WHERE_MAX_PX = 160
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


def finding_row(finding: Finding) -> list[QStandardItem]:
    """The two cells of a finding's row: code and message, then where it points (messages
    and places quote plan text: its control characters show as escapes)."""
    message, place = display_text(finding.message), display_text(place_of(finding))
    text = QStandardItem(f"{finding.code}  {message}")
    text.setData(finding, FINDING_ROLE)
    text.setToolTip(tool_tip(f"{finding.code} ({finding.severity}): {message}"))
    where = QStandardItem(place)
    where.setData(finding, FINDING_ROLE)
    where.setToolTip(tool_tip(place))
    return [text, where]


class _WrappingDelegate(QStyledItemDelegate):
    """Finding rows wrap at their columns' widths (QTreeView asks for a size hint with no
    width, which never wraps), up to MAX_ROW_LINES lines: a longer finding ends its last line
    with "…" and is read whole in the detail line under the list (and its tool tip), so one
    finding never fills the view."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.parent().isValid():
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideRight

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not index.parent().isValid():
            return super().sizeHint(option, index)
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        width = self._view.columnWidth(index.column())
        if index.column() == 0:
            width -= self._view.indentation() * 2  # the group's level and the root's
        wrapped.rect = QRect(0, 0, max(width, 40), 1)  # valid: the style wraps only then
        style = self._view.style()
        kind = QStyle.ContentsType.CT_ItemViewItem
        size = style.sizeFromContents(kind, wrapped, QSize(), self._view)
        wrapped.text = "\u2028".join("x" * MAX_ROW_LINES)  # a line separator: "\n" is none here
        tallest = style.sizeFromContents(kind, wrapped, QSize(), self._view).height()
        return QSize(size.width(), min(size.height(), tallest))


class FindingsPanel(QWidget):
    """A summary line and a tree of findings under Errors / Warnings / Notes."""

    finding_activated = Signal(object)
    #: A fix was applied: a short message for the status bar.
    fix_applied = Signal(str)

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.setAccessibleName("Plan check findings")
        self._model = model
        self._analysis = analysis_for(model)
        self._findings: list[Finding] = []
        self._rows: dict[Severity, list[Finding]] = {}
        self._built = False
        self._revision_shown = -1
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
        # The Finding column wraps, so a long finding is read whole rather than cut off.
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setItemDelegate(_WrappingDelegate(self.view))
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
        header.setMinimumSectionSize(WHERE_MIN_PX // 2)
        # Deep enough for the groups' arrows; the default 20 pixels a level is lost width.
        self.view.setIndentation(max(12, self.view.fontMetrics().height() * 3 // 4))
        self.view.viewport().installEventFilter(self)
        self._fit_where_column()
        # Row heights follow the Finding column's width (QTreeView keeps them otherwise).
        header.sectionResized.connect(lambda *_: self.view.doItemsLayout())
        self.view.clicked.connect(self._emit_for)
        self.view.activated.connect(self._emit_for)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("findingFixButton")
        self.fix_button.clicked.connect(lambda _=False: self.apply_fix())
        self.fix_button.hide()
        self._fix: Fix | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.view.selectionModel().currentChanged.connect(self._show_detail)
        model.plan_changed.connect(self.refresh)
        self._analysis.wording_changed.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_where_column()
        return super().eventFilter(watched, event)

    def _fit_where_column(self) -> None:
        """Where gets a share of the list's width within bounds; Finding stretches over the
        rest."""
        share = int(self.view.viewport().width() * WHERE_SHARE)
        self.view.header().resizeSection(1, max(WHERE_MIN_PX, min(WHERE_MAX_PX, share)))

    def findings(self) -> list[Finding]:
        """The findings of the last check, in the checker's order."""
        return list(self._findings)

    def revision_shown(self) -> int:
        """The plan revision (PlanAnalysis.revision) whose findings the list shows."""
        return self._revision_shown

    def refresh(self) -> None:
        """Check the plan again and bring the list up to date in place, keeping groups'
        open/closed state and the selected finding while it still applies (otherwise the
        detail line is cleared, so it never describes a finding the plan no longer has)."""
        findings = self._analysis.findings()
        self._revision_shown = self._analysis.revision()
        if self._built and findings == self._findings:
            return
        selected = self.view.currentIndex().siblingAtColumn(0).data(FINDING_ROLE)
        self._findings = list(findings)
        counts: list[str] = []
        position = 0
        for severity in SEVERITIES:
            found = [f for f in self._findings if f.severity == severity]
            group = self._group(severity)
            if not found:
                if group is not None:
                    self.items.removeRow(group.row())
                self._rows.pop(severity, None)
                continue
            counts.append(count_text(severity, len(found)))
            if group is None:
                self._insert_group(position, severity, found, expanded=True)
            else:
                self._update_group(group, severity, found)
            position += 1
        self._built = True
        self._reselect(selected if isinstance(selected, Finding) else None)
        if counts:
            self.summary.setText("Plan check: " + ", ".join(counts) + ". Click one to see it.")
        else:
            self.summary.setText("Plan check: no findings. The plan passes every rule.")

    def _group(self, severity: Severity) -> QStandardItem | None:
        for row in range(self.items.rowCount()):
            group = self.items.item(row)
            if group.data(SEVERITY_ROLE) == severity:
                return group
        return None

    def _insert_group(
        self, position: int, severity: Severity, found: list[Finding], *, expanded: bool
    ) -> None:
        """A new group row at `position`, filled before it joins the model (one insert)."""
        group = QStandardItem(count_text(severity, len(found)).capitalize())
        group.setData(severity, SEVERITY_ROLE)
        group.setIcon(self.style().standardIcon(SEVERITY_ICONS[severity]))
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for finding in found:
            group.appendRow(finding_row(finding))
        self._rows[severity] = list(found)
        self.items.insertRow(position, [group, QStandardItem()])
        self.view.setFirstColumnSpanned(position, QModelIndex(), True)
        self.view.setExpanded(group.index(), expanded)

    def _update_group(self, group: QStandardItem, severity: Severity, found: list[Finding]) -> None:
        """Replace only the rows between the unchanged head and tail of the group."""
        old = self._rows[severity]
        head, limit = 0, min(len(old), len(found))
        while head < limit and old[head] == found[head]:
            head += 1
        old_end, new_end = len(old), len(found)
        while old_end > head and new_end > head and old[old_end - 1] == found[new_end - 1]:
            old_end -= 1
            new_end -= 1
        removed, added = old_end - head, new_end - head
        if removed + added > MAX_ROWS_IN_PLACE:
            position = group.row()
            expanded = self.view.isExpanded(group.index())
            self.items.removeRow(position)
            self._insert_group(position, severity, found, expanded=expanded)
            return
        kept = min(removed, added)
        for row in range(head, head + kept):
            for column, item in enumerate(finding_row(found[row])):
                group.setChild(row, column, item)
        if removed > kept:
            group.removeRows(head + kept, removed - kept)
        for row in range(head + kept, head + added):
            group.insertRow(row, finding_row(found[row]))
        title = count_text(severity, len(found)).capitalize()
        if group.text() != title:
            group.setText(title)
        self._rows[severity] = list(found)

    def _reselect(self, finding: Finding | None) -> None:
        current = self.view.currentIndex()
        if finding is not None:
            for severity, rows in self._rows.items():
                if finding in rows:
                    group = self._group(severity)
                    assert group is not None
                    target = group.child(rows.index(finding)).index()
                    if current.siblingAtColumn(0) != target:
                        self.view.setCurrentIndex(target)
                    return
        if current.isValid():
            self.view.setCurrentIndex(QModelIndex())
        self._show_detail(QModelIndex())

    def _show_detail(self, index: QModelIndex | QPersistentModelIndex) -> None:
        finding = index.sibling(index.row(), 0).data(FINDING_ROLE)
        self._show_fix(finding if isinstance(finding, Finding) else None)
        if isinstance(finding, Finding):
            self.detail.setText(
                f"<b>{escape(finding.code)}</b> ({finding.severity}, {escape(place_of(finding))}): "
                f"{escape(finding.message)}"
            )
        else:
            self.detail.setText("Select a finding to read it in full.")

    # Fixes -------------------------------------------------------------------------------

    def fix_of(self, finding: Finding) -> Fix | None:
        """The fix `finding` offers on the plan as it is (None without an undo stack: every
        edit in the window is undoable)."""
        if not has_fix(finding.code) or self._model.undo_stack() is None:
            return None
        return fix_for(finding, self._model.program(), self._analysis.catalog())

    def current_fix(self) -> Fix | None:
        """The fix of the selected finding, as the button offers it."""
        return self._fix

    def _show_fix(self, finding: Finding | None) -> None:
        self._fix = None if finding is None else self.fix_of(finding)
        if self._fix is None:
            self.fix_button.hide()
            return
        self.fix_button.setText(f"{self._fix.label}")
        self.fix_button.setToolTip(tool_tip(self._fix.summary))
        self.fix_button.setAccessibleName(self._fix.label)
        self.fix_button.show()

    def apply_fix(self, fix: Fix | None = None) -> bool:
        """Push `fix` (the selected finding's when None) as one undo step; False when there
        is none or the edit was refused (the model says why)."""
        fix = fix or self._fix
        stack = self._model.undo_stack()
        if fix is None or stack is None:
            return False
        command = OperationCommand(self._model, fix.operation)
        before = stack.count()
        stack.push(command)
        if stack.count() == before:
            return False
        self.fix_applied.emit(f"Done: {command.text()}")
        return True

    def finding_menu(self, finding: Finding) -> QMenu:
        """The row's context menu: go to the finding, and its fix when it has one."""
        menu = QMenu(self)
        menu.setObjectName("findingMenu")
        go = menu.addAction("&Go to it")
        go.triggered.connect(lambda _=False: self.finding_activated.emit(finding))
        fix = self.fix_of(finding)
        if fix is not None:
            action = menu.addAction(fix.label)
            action.setObjectName("findingFixAction")
            action.setToolTip(tool_tip(fix.summary))
            action.setStatusTip(fix.summary)
            action.triggered.connect(lambda _=False: self.apply_fix(fix))
        return menu

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        finding = index.siblingAtColumn(0).data(FINDING_ROLE)
        if not isinstance(finding, Finding):
            return
        self.view.setCurrentIndex(index.siblingAtColumn(0))
        menu = self.finding_menu(finding)
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def select_finding(self, finding: Finding) -> bool:
        """Select `finding`'s row and act as a click on it (finding_activated); False when the
        list does not hold it."""
        for severity, rows in self._rows.items():
            if finding in rows:
                group = self._group(severity)
                assert group is not None
                self.view.setExpanded(group.index(), True)
                target = group.child(rows.index(finding)).index()
                self.view.setCurrentIndex(target)
                self.view.scrollTo(target)
                self._emit_for(target)
                return True
        return False

    def _emit_for(self, index: QModelIndex | QPersistentModelIndex) -> None:
        finding = index.sibling(index.row(), 0).data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)
