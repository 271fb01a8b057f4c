"""Edits of a week: add, duplicate, remove, mark as deload, copy forward with progression."""

from __future__ import annotations

from collections.abc import Collection

from planner_gui.domain.editing.ops import AddWeek, DuplicateWeek, EditWeek, RemoveWeek
from planner_gui.domain.editing.transforms import Progression, copy_week_forward
from planner_gui.domain.models import Week
from planner_gui.ui.models.undo import EditTarget, OperationCommand


class AddWeekCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int, week: Week | None = None) -> None:
        super().__init__(model, AddWeek(position, week or Week()))


class DuplicateWeekCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        super().__init__(model, DuplicateWeek.of(model.program(), position))


class RemoveWeekCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        super().__init__(model, RemoveWeek(position))


class ToggleDeloadCommand(OperationCommand):
    def __init__(self, model: EditTarget, position: int) -> None:
        deload = not model.program().weeks[position].deload
        super().__init__(model, EditWeek(position, "deload", deload))


class CopyWeekForwardCommand(OperationCommand):
    """Copy a week into the next one, raising one variable for the chosen exercises (loads
    rounded to what each exercise's equipment loads), or as a deload (see
    transforms.copy_week_forward)."""

    def __init__(
        self,
        model: EditTarget,
        position: int,
        exercises: Collection[str],
        progression: Progression,
        *,
        deload: bool = False,
    ) -> None:
        operation = copy_week_forward(
            model.program(),
            position,
            exercises,
            progression,
            deload=deload,
            name_of=model.exercise_name,
            catalog=model.catalog(),
        )
        super().__init__(model, operation)
