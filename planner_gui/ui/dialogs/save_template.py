"""The "Save as template" dialog: the name a plan is kept under in the user's library.

It only collects the name, shows the file it becomes and where, and refuses an empty one;
ui/library.py asks about replacing an existing template and writes the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.library import template_file_name, template_title_problem
from planner_gui.domain.limits import MAX_TITLE_CHARS


class SaveTemplateDialog(QDialog):
    """Ask for a template's name (starting from the plan's title); `title()` once accepted."""

    def __init__(self, title: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveTemplateDialog")
        self.setWindowTitle("Save as template")
        self._folder = folder
        self.name_edit = QLineEdit(title)
        self.name_edit.setObjectName("templateNameEdit")
        self.name_edit.setAccessibleName("Template name")
        self.name_edit.setMaxLength(MAX_TITLE_CHARS)
        self.name_edit.setPlaceholderText("What File ▸ New lists it as")
        self.name_edit.selectAll()
        self.file_label = QLabel()
        self.file_label.setObjectName("templateFileLabel")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        note = QLabel(
            "The template keeps the weeks, sessions and rule settings. The athlete's name and "
            "the check-ins stay with this plan only."
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Name", self.name_edit)
        form.addRow("File", self.file_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self._update()

    def save_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def title(self) -> str:
        return self.name_edit.text().strip()

    def _update(self) -> None:
        problem = template_title_problem(self.name_edit.text())
        self.save_button().setEnabled(problem is None)
        if problem is None:
            self.file_label.setText(str(self._folder / template_file_name(self.title())))
        else:
            self.file_label.setText(problem[:1].upper() + problem[1:] + ".")
