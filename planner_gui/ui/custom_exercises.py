"""The window's custom exercises: Plan ▸ New exercise…, and the catalog's "Duplicate as custom
exercise" and "Edit custom exercise", each opening the exercise dialog and pushing one undoable
edit (a domain operation of domain/editing/exercises.py) when it is accepted.

The exercises are saved in the plan (`Program.exercises`); the item model merges them into the
catalog the window shows, so the catalog panel lists them after each edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from planner_gui.domain.editing.exercises import (
    AddCustomExercise,
    ReplaceCustomExercise,
    custom_position,
)
from planner_gui.domain.models import Exercise
from planner_gui.ui.dialogs.exercise_dialog import ExerciseDialog, open_exercise_dialog
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.models.undo import OperationCommand
from planner_gui.ui.panels.catalog_panel import CatalogPanel
from planner_gui.ui.panels.pose_painter import PoseView


class CustomExercises(QObject):
    """Opens the exercise dialog for the window and pushes what it gives."""

    def __init__(
        self, model: PlanModel, stack: QUndoStack, panel: CatalogPanel, window: QWidget
    ) -> None:
        super().__init__(window)
        self._model = model
        self._stack = stack
        self._panel = panel
        self._window = window
        #: The dialog open now, if any (tests drive it).
        self.dialog: ExerciseDialog | None = None
        panel.duplicate_requested.connect(self.duplicate)
        panel.edit_requested.connect(self.edit)
        model.plan_changed.connect(self._update_panel)
        self._update_panel()

    def _catalog_ids(self) -> frozenset[str]:
        """Ids of the catalog the plan is read with, its own exercises left out."""
        own = {exercise.id for exercise in self._model.program().exercises}
        return frozenset(e.id for e in self._model.catalog() if e.id not in own)

    def _taken(self) -> frozenset[str]:
        return frozenset(exercise.id for exercise in self._model.catalog())

    def _update_panel(self) -> None:
        self._panel.set_custom_ids(exercise.id for exercise in self._model.program().exercises)

    def _open(self, dialog: ExerciseDialog) -> ExerciseDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        return dialog

    def _closed(self, dialog: ExerciseDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _dialog(self, start: Exercise | None = None, *, keep_id: bool = False) -> ExerciseDialog:
        preview = PoseView()
        dialog = ExerciseDialog(
            self._model.catalog(),
            self._taken(),
            start,
            preview=preview,
            show_pose=preview.set_pose,
            keep_id=keep_id,
            parent=self._window,
        )
        return self._open(dialog)

    def new_exercise(self) -> ExerciseDialog:
        """Plan ▸ New exercise…: an empty form."""
        dialog = self._dialog()
        open_exercise_dialog(dialog, self._add)
        return dialog

    def duplicate(self, exercise_id: str) -> ExerciseDialog | None:
        """A form filled from `exercise_id`, saved as a new exercise of the plan's own."""
        source = self._model.catalog().get(exercise_id)
        if source is None:
            return None
        copy = source.model_copy(update={"name": f"{source.name} (custom)"}, deep=True)
        dialog = self._dialog(copy)
        open_exercise_dialog(dialog, self._add)
        return dialog

    def edit(self, exercise_id: str) -> ExerciseDialog | None:
        """A form on the plan's own exercise `exercise_id`; it keeps its id."""
        position = custom_position(self._model.program(), exercise_id)
        if position is None:
            return None
        start = self._model.program().exercises[position]
        dialog = self._dialog(start, keep_id=True)
        open_exercise_dialog(dialog, lambda exercise: self._replace(position, exercise))
        return dialog

    def _add(self, exercise: Exercise) -> None:
        operation = AddCustomExercise(exercise, catalog_ids=self._catalog_ids())
        self._stack.push(OperationCommand(self._model, operation))
        self._panel.select_exercise(exercise.id)

    def _replace(self, position: int, exercise: Exercise) -> None:
        operation = ReplaceCustomExercise(position, exercise, self._catalog_ids())
        self._stack.push(OperationCommand(self._model, operation))
        self._panel.select_exercise(exercise.id)
