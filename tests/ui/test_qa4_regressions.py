"""Regressions from a physio building a plan from blank (fourth round of QA under Xvfb).

Each test fails on the code as it was before the fix it guards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.ui.plan_editor import PlanEditor
from planner_gui.ui.plan_model import COL_REST, ItemPath, PlanModel
from tests.ui.editor_fixtures import small_catalog, small_program


def make_editor(
    qtbot: QtBot, program: Program | None = None, catalog: Catalog | None = None
) -> tuple[PlanEditor, PlanModel, QUndoStack]:
    model = PlanModel(program or small_program(), catalog or small_catalog())
    stack = QUndoStack()
    editor = PlanEditor(model, stack)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    return editor, model, stack


def rest_text(model: PlanModel, path: ItemPath) -> str:
    index = model.item_index(path).siblingAtColumn(COL_REST)
    return str(index.data(Qt.ItemDataRole.DisplayRole))


# Rest: a drill added from the catalog showed "0 s" in a rest cell nobody filled in ---------


def catalog_with_no_rest_drill() -> Catalog:
    """The small catalog, with the leg swing's default rest 0 s as in the bundled catalog."""
    exercises = []
    for exercise in small_catalog():
        if exercise.id == "leg-swing":
            defaults = exercise.defaults.model_copy(update={"rest_s": 0})
            exercise = exercise.model_copy(update={"defaults": defaults})
        exercises.append(exercise)
    return Catalog(exercises)


def test_added_drill_leaves_rest_empty_but_a_planned_zero_still_shows(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot, catalog=catalog_with_no_rest_drill())
    editor.select_week(0)
    editor.select_session(0)
    editor.add_exercise("leg-swing")
    added = editor.current_item()
    assert added is not None and added.block == "warmup"
    assert model.item(added).rest_s is None
    assert rest_text(model, added) == ""
    # A rest the plan itself says is 0 s is kept and shown.
    first = ItemPath(0, 0, "warmup", 0)
    zero = model.item(first).model_copy(update={"rest_s": 0})
    model.replace_item(first, zero)
    assert rest_text(model, first) == "0 s"
    # Deadlift's default rest (150 s) is copied as before.
    editor.add_exercise("deadlift")
    deadlift = editor.current_item()
    assert deadlift is not None and model.item(deadlift).rest_s == 150
    assert rest_text(model, deadlift) == "150 s"
