"""Edits of the check-ins, and the plan adjustment after one: each one undo step.

The Check-in dialog adds or replaces a check-in, the Check-ins panel removes one, and Adjust
plan… applies `domain.checkins.adjust`'s edit of the next two weeks as a single command.
"""

from __future__ import annotations

from planner_gui.domain.checkins.adjust import Adjustment
from planner_gui.domain.editing.checkins import AddCheckIn, RemoveCheckIn, ReplaceCheckIn
from planner_gui.domain.models import CheckIn
from planner_gui.ui.models.undo import EditTarget, OperationCommand


class AddCheckInCommand(OperationCommand):
    """Record a new check-in (after the last one in the file; the panel sorts by date)."""

    def __init__(self, model: EditTarget, checkin: CheckIn) -> None:
        super().__init__(model, AddCheckIn(checkin))


class EditCheckInCommand(OperationCommand):
    """Put an edited check-in in place of the one at `position` in the file."""

    def __init__(self, model: EditTarget, position: int, checkin: CheckIn) -> None:
        super().__init__(model, ReplaceCheckIn(position, checkin))


class RemoveCheckInCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        super().__init__(model, RemoveCheckIn(position))


class AdjustPlanCommand(OperationCommand):
    """The adjustment after a check-in (fewer sets, less load or an easier exercise over the
    next two weeks), all of it one undo step; obsolete when it changes nothing."""

    def __init__(self, model: EditTarget, adjustment: Adjustment) -> None:
        super().__init__(model, adjustment.operation)
        self.setObsolete(not adjustment.changed)
