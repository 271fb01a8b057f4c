"""The undo command every edit in the window is: a domain operation and, once done, its inverse.

It knows only the `EditTarget` protocol (a program to read, its catalog and exercise names,
and `apply`), not
the item model itself, so the model can push commands for the edits views make (cell edits,
drops) and commands.py can build the named edits of the menus, without either importing
the other.

Every edit reaches the plan here, so this is where a refused edit (`EditRefused`: the result
could not be loaded again) is caught: the command marks itself obsolete, so QUndoStack.push
drops it instead of keeping it, and the target is told why, to show the user.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.ops import Operation
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.models import Program


class EditTarget(Protocol):
    """What an undo command edits: in the window, the PlanModel."""

    def program(self) -> Program: ...

    def catalog(self) -> Catalog:
        """The exercises the plan may use (what equipment each loads with, for one)."""
        ...

    def exercise_name(self, exercise_id: str) -> str: ...

    def apply(self, operation: Operation) -> Operation:
        """Apply `operation` (signalling views); return its inverse."""
        ...

    def refuse(self, message: str) -> None:
        """Tell the user an edit was not made, and why (`message` is one plain line)."""
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
        self._done_ahead = False

    @property
    def operation(self) -> Operation:
        return self._operation

    def redo(self) -> None:
        if self._done_ahead:  # PlanUndoStack.push already did it, to see whether it was refused
            self._done_ahead = False
            return
        try:
            self._inverse = self._target.apply(self._operation)
        except EditRefused as refusal:
            self._refused(refusal)

    def undo(self) -> None:
        if self._inverse is not None:
            try:
                self._target.apply(self._inverse)
            except EditRefused as refusal:
                self._refused(refusal)
            self._inverse = None

    def redo_ahead(self) -> bool:
        """Do the edit before it is pushed; False (and nothing changed) when it was refused."""
        self.redo()
        if self.isObsolete():
            return False
        self._done_ahead = True
        return True

    def _refused(self, refusal: EditRefused) -> None:
        """Nothing changed: leave the stack (an obsolete command is not kept) and say why."""
        self._inverse = None
        self.setObsolete(True)
        self._target.refuse(f"Not done: {self.text()} ({refusal})")


class PlanUndoStack(QUndoStack):
    """The window's undo stack: a refused edit is never pushed, so the redo history stays.

    QUndoStack.push drops the redo history before it sees that a command made itself
    obsolete; this push does the edit first and pushes only what was done.
    """

    def push(self, command: QUndoCommand) -> None:
        if isinstance(command, OperationCommand) and not command.redo_ahead():
            return
        super().push(command)
