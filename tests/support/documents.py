"""The file tests' harness: a Document on a bare widget, stand-in dialogs, and crashes.

- `Dialogs` stands in for every message box (QMessageBox.exec) and file dialog, records what
  was shown and answers from queues; it fails a test whose box would render rich text.
- `Setup` is a Document on a PlanModel of `window_program`, with an edit that dirties it.
- `crash` leaves a document's autosave as a killed process would: the files stay and the lock
  names a process that has exited.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import Program
from planner_gui.ui.document import Document
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon

#: Takes a QLockFile at argv[1] and exits without unlocking, as a killed process would.
_STALE_LOCK = (
    "import os, sys\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1])\n"
    "lock.setStaleLockTime(0)\n"
    "assert lock.tryLock(0)\n"
    "os._exit(0)\n"
)


class ReplaceProgram(QUndoCommand):
    """A stand-in edit: swaps the whole program, so the stack goes dirty like any edit."""

    def __init__(self, model: PlanModel, program: Program) -> None:
        super().__init__("Replace program")
        self._model = model
        self._new = program
        self._old = model.program()

    def redo(self) -> None:
        self._model.set_program(self._new)

    def undo(self) -> None:
        self._model.set_program(self._old)


@dataclass(frozen=True)
class Box:
    icon: QMessageBox.Icon
    title: str
    text: str
    buttons: dict[Button, str]


class Dialogs:
    """Records every message box and file dialog and answers from queues set by the test.

    A box with only an OK button is answered OK; any other pops `answers`, or gets
    `otherwise` when none are left (the close prompts of a test's teardown).
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.boxes: list[Box] = []
        self.answers: list[Button] = []
        self.otherwise: Button | None = None
        self.open_names: list[str] = []
        self.save_names: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _exec(self, box: QMessageBox) -> Button:
        # Plan text is data: no box may guess markup from it.
        assert box.textFormat() == Qt.TextFormat.PlainText, box.text()
        buttons = {box.standardButton(button): button.text() for button in box.buttons()}
        self.boxes.append(Box(box.icon(), box.windowTitle(), box.text(), buttons))
        if list(buttons) == [Button.Ok]:
            return Button.Ok
        if not self.answers and self.otherwise is not None:
            return self.otherwise
        return self.answers.pop(0)

    def texts(self, icon: QMessageBox.Icon) -> list[str]:
        return [box.text for box in self.boxes if box.icon == icon]

    @property
    def questions(self) -> list[str]:
        return self.texts(Icon.Question)

    @property
    def warnings(self) -> list[str]:
        return self.texts(Icon.Warning)

    @property
    def errors(self) -> list[str]:
        return self.texts(Icon.Critical)

    def _open(self, *args: Any) -> tuple[str, str]:
        return (self.open_names.pop(0) if self.open_names else "", "")

    def _save(self, *args: Any) -> tuple[str, str]:
        return (self.save_names.pop(0) if self.save_names else "", "")


class Setup:
    """A Document on a bare widget and a model of `window_program`."""

    def __init__(self, qtbot: QtBot, interval_ms: int = 60_000) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.model = PlanModel(window_program(), window_catalog(), self.window)
        self.stack = QUndoStack(self.window)
        self.document = Document(
            self.model,
            self.stack,
            self.window,
            catalog=window_catalog(),
            autosave_interval_ms=interval_ms,
        )

    def edit(self, title: str = "Edited") -> Program:
        changed = self.model.program().model_copy(update={"title": title})
        self.stack.push(ReplaceProgram(self.model, changed))
        return changed


def leave_stale_lock(path: Path) -> None:
    """A QLockFile at `path` taken by a process that then exited without unlocking it."""
    subprocess.run([sys.executable, "-c", _STALE_LOCK, str(path)], check=True, timeout=120)
    assert path.is_file()


def crash(document: Document) -> None:
    """As if the document's process were killed now: its autosave stays, and its lock names
    a process that is gone, which the next start must see as an orphan."""
    document.autosave_timer.stop()
    slot = document.autosave_slot
    assert slot.exists() and slot.is_held()
    slot.release()
    leave_stale_lock(slot.lock_file)
