"""The undo command every edit in the window is: a domain operation and, once done, its inverse.

It knows only the `EditTarget` protocol (a program to read, exercise names, and `apply`), not
the item model itself, so the model can push commands for the edits views make (cell edits,
drops) and commands.py can build the named edits of the menus, without either importing
the other.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from planner_gui.domain.editing.ops import Operation
from planner_gui.domain.models import Program


class EditTarget(Protocol):
    """What an undo command edits: in the window, the PlanModel."""

    def program(self) -> Program: ...

    def exercise_name(self, exercise_id: str) -> str: ...

    def apply(self, operation: Operation) -> Operation:
        """Apply `operation` (signalling views); return its inverse."""
        ...


class OperationCommand(QUndoCommand):
    """redo() applies the operation and keeps its inverse; undo() applies that inverse.

    The text is the operation's description, read from the program before the first redo,
    unless `text` is given.
    """

    def __init__(self, target: EditTarget, operation: Operation, text: str | None = None) -> None:
        if text is None:
            text = operation.describe(target.program(), target.exercise_name)
        super().__init__(text)
        self._target = target
        self._operation = operation
        self._inverse: Operation | None = None

    @property
    def operation(self) -> Operation:
        return self._operation

    def redo(self) -> None:
        self._inverse = self._target.apply(self._operation)

    def undo(self) -> None:
        if self._inverse is not None:
            self._target.apply(self._inverse)
            self._inverse = None
