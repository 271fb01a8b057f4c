"""Adjust plan…: what `adjust_after_checkin` would change after a check-in, before it does.

The dialog lists the adjustment's lines (which sessions, which exercises, from what to what,
or why nothing changes) and offers Apply only when there is a change to make. It changes
nothing itself: the caller pushes the adjustment as one undo command when it is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.checkins.adjust import Adjustment

APPLY_BUTTON = "adjustApplyButton"


class AdjustPlanDialog(QDialog):
    """The preview of one adjustment, with Apply (when it changes something) and Cancel."""

    def __init__(self, adjustment: Adjustment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustPlanDialog")
        self.setWindowTitle("Adjust plan")
        self.adjustment = adjustment
        lines = list(adjustment.lines)
        self.heading = QLabel(lines.pop(0) if adjustment.changed and lines else "")
        self.heading.setObjectName("adjustHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setVisible(bool(self.heading.text()))
        self.changes = QListWidget()
        self.changes.setObjectName("adjustChanges")
        self.changes.setAccessibleName("What the adjustment changes")
        self.changes.setWordWrap(True)
        self.changes.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # QListWidget shows item text as plain text: exercise and session names stay data.
        self.changes.addItems(lines)
        self.changes.setCurrentRow(-1)  # a list to read: no row looks chosen
        width = self.changes.fontMetrics().horizontalAdvance("M" * 48)
        self.changes.setMinimumWidth(width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("adjustButtons")
        self.apply_button: QPushButton | None = None
        if adjustment.changed:
            self.apply_button = self.buttons.addButton(
                "&Apply", QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.apply_button.setObjectName(APPLY_BUTTON)
            self.apply_button.setDefault(True)
            self.apply_button.setToolTip("Make these changes (one step to undo)")
        else:
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText("Close")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)
