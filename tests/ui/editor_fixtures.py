"""Small hand-built catalogs and plans for the editor tests (imported explicitly, no conftest).

Built in code so each test states the numbers it relies on and does not depend on the bundled
catalog or templates; the data itself lives in tests/domain/editing/sample_plan.py, Qt-free,
so the domain editing tests share it. Also the two ways the editor tests build a PlanEditor:
make_editor (not shown; returns the undo stack too) and make_shown_editor (shown and exposed,
for tests that need real geometry or focus; modules using it import it as make_editor).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.models.plan_model import PlanModel
from tests.domain.editing.sample_plan import empty_week_program as empty_week_program
from tests.domain.editing.sample_plan import plan_dict as plan_dict
from tests.domain.editing.sample_plan import small_catalog, small_program


def make_editor(
    qtbot: QtBot, program: Program | None = None, catalog: Catalog | None = None
) -> tuple[PlanEditor, PlanModel, QUndoStack]:
    model = PlanModel(program or small_program(), catalog or small_catalog())
    stack = QUndoStack()
    editor = PlanEditor(model, stack)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    return editor, model, stack


def make_shown_editor(qtbot: QtBot, model: PlanModel | None = None) -> tuple[PlanEditor, PlanModel]:
    model = model or PlanModel(small_program(), small_catalog())
    editor = PlanEditor(model, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, model
