"""Built routines: the builder's one composite edit (domain.builders) as one undo step."""

from __future__ import annotations

from planner_gui.domain.builders.proposal import BuiltRoutine
from planner_gui.ui.models.undo import EditTarget, OperationCommand


class BuildRoutineCommand(OperationCommand):
    """Put a built routine in its block (replacing what was there) and set the ramp-up sets
    a warm-up gives the main lifts; undo puts back exactly what was there."""

    def __init__(self, model: EditTarget, built: BuiltRoutine) -> None:
        super().__init__(model, built.operation)
        self.built = built
