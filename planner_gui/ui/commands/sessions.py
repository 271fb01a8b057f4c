"""Edits of a session: add, duplicate to another day, remove, and its field edits.

Session field edits are the one command with behaviour of its own: a spin box stepping merges
into one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from planner_gui.domain.editing.ops import (
    AddSession,
    DuplicateSession,
    EditSession,
    RemoveSession,
    SessionField,
)
from planner_gui.domain.models import Session
from planner_gui.domain.vocabulary import Day
from planner_gui.ui.models.undo import EditTarget, OperationCommand

_MERGE_SESSION_EDIT = 4101


class AddSessionCommand(OperationCommand):
    def __init__(self, model: EditTarget, week: int, position: int, session: Session) -> None:
        super().__init__(model, AddSession(week, position, session))


class DuplicateSessionCommand(OperationCommand):
    """Copy a session, with all its blocks and items, to another day of the same week."""

    def __init__(self, model: EditTarget, week: int, position: int, day: Day) -> None:
        self._duplicate = DuplicateSession.of(model.program(), week, position, day)
        super().__init__(model, self._duplicate)

    @property
    def position(self) -> int:
        """Where the copy goes in the week's sessions."""
        return self._duplicate.position


class RemoveSessionCommand(OperationCommand):
    def __init__(self, model: EditTarget, week: int, position: int) -> None:
        super().__init__(model, RemoveSession(week, position))


class EditSessionCommand(OperationCommand):
    """Rename a session, move it to another day, or change its duration or RPE.

    Consecutive changes of the same number field of the same session (a spin box stepping)
    merge into one undo step; stepping back to the start leaves nothing to undo.
    """

    def __init__(
        self, model: EditTarget, week: int, position: int, field: SessionField, value: Any
    ) -> None:
        self._edit = EditSession(week, position, field, value)
        self._old = getattr(model.program().weeks[week].sessions[position], field)
        super().__init__(model, self._edit)

    def id(self) -> int:
        return _MERGE_SESSION_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        # A refused edit is obsolete (undo.py): QUndoStack asks to merge it before it drops it.
        if not isinstance(other, EditSessionCommand) or other.isObsolete():
            return False
        mine, theirs = self._edit, other._edit
        if (theirs.week, theirs.position, theirs.field) != (
            mine.week,
            mine.position,
            mine.field,
        ) or mine.field in ("name", "day", "notes"):
            return False
        self._edit = self._operation = theirs
        self.setText(other.text())
        self.setObsolete(theirs.value == self._old)
        return True
