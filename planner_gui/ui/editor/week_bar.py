"""The week selector: the plan's weeks with their numbers, dates and deload mark.

PlanModel's week rows hold only position-independent text (an item model's row must keep its
data when neighbours are inserted), so a thin proxy adds "Week 3 · 19 Jan" from the row number.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner_gui.ui.models.plan_model import PlanModel


class WeekLabelProxy(QIdentityProxyModel):
    """Top-level rows of PlanModel shown as "Week N · date · deload"."""

    def __init__(self, model: PlanModel) -> None:
        super().__init__(model)
        self._plan = model
        self.setSourceModel(model)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if index.isValid() and not index.parent().isValid() and index.column() == 0:
            week = index.row()
            if role == Qt.ItemDataRole.DisplayRole:
                return self._plan.week_label(week)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                first, last = self._plan.week_dates(week)
                return (
                    f"Week {week + 1}, {first.day} {first:%b} to {last.day} {last:%b}: "
                    f"{self._plan.week_summary(week)}"
                )
        return super().data(index, role)


class WeekList(QListView):
    """A compact list of weeks; the current row is the week the editor shows."""

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekList")
        self.setAccessibleName("Weeks")
        self.proxy = WeekLabelProxy(model)
        self.setModel(self.proxy)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = self.fontMetrics().horizontalAdvance("Week 52 · 28 Sep · deload")
        self.setMinimumWidth(widest + 28)

    def current_week(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_week(self, week: int) -> None:
        index = self.proxy.index(week, 0)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
