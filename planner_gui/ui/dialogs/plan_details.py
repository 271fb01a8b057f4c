"""The "Plan details" dialog: the plan's title, who it is for, and the date week 1 begins.

A blank plan starts as "Untitled program" for nobody on the next Monday; the handout prints all
three, so a coach needs to set them in the window. The dialog only collects the values; the
editor pushes one SetProgramMetadataCommand with what changed, so one Undo puts them back.
The fields take no more than a plan may hold: texts to their limits, the start date no later
than lets the plan's last week end by `LAST_PLAN_DATE`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.limits import FIRST_PLAN_DATE, MAX_NAME_CHARS, MAX_TITLE_CHARS
from planner_gui.domain.models import Program, latest_start

DEFAULT_TITLE = "Untitled program"


class PlanDetailsDialog(QDialog):
    """Edit title, athlete and start date; `changes()` holds only the fields that differ."""

    def __init__(self, program: Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDetailsDialog")
        self.setWindowTitle("Plan details")
        self._program = program

        self.title_edit = QLineEdit(program.title)
        self.title_edit.setObjectName("planTitleEdit")
        self.title_edit.setAccessibleName("Plan title")
        self.title_edit.setPlaceholderText(DEFAULT_TITLE)
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.title_edit.setToolTip("Printed at the top of the handout")
        self.athlete_edit = QLineEdit(program.athlete)
        self.athlete_edit.setObjectName("planAthleteEdit")
        self.athlete_edit.setAccessibleName("Athlete")
        self.athlete_edit.setPlaceholderText("Who the plan is for")
        self.athlete_edit.setMaxLength(MAX_NAME_CHARS)
        self.start_edit = QDateEdit()
        self.start_edit.setObjectName("planStartEdit")
        # Qt's own range starts in 1752 and ends on 9999-12-31: a plan may start earlier, and
        # must end by LAST_PLAN_DATE, so the latest start depends on its number of weeks.
        self.start_edit.setDateRange(
            _qdate(FIRST_PLAN_DATE), _qdate(latest_start(len(program.weeks)))
        )
        self.start_edit.setDate(_qdate(program.start_date))
        self.start_edit.setAccessibleName("Start date")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy")
        self.start_edit.setToolTip("Week 1 begins on this day; every session's date follows")

        form = QFormLayout()
        form.addRow("&Title", self.title_edit)
        form.addRow("&Athlete", self.athlete_edit)
        form.addRow("&Start date", self.start_edit)
        note = QLabel("Week 1 starts on the start date; later weeks follow on.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Room for a title like "Back-friendly strength base, 4 weeks" without scrolling.
        self.title_edit.setMinimumWidth(self.title_edit.fontMetrics().horizontalAdvance("M" * 26))
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def changes(self) -> dict[str, Any]:
        """The fields whose values differ from the plan's (an empty title means the default)."""
        values: dict[str, Any] = {
            "title": self.title_edit.text().strip() or DEFAULT_TITLE,
            "athlete": self.athlete_edit.text().strip(),
            "start_date": _pydate(self.start_edit.date()),
        }
        return {key: value for key, value in values.items() if getattr(self._program, key) != value}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
