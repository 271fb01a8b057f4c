"""PlanModel: a well-behaved Qt tree over the program, editable through setData and drops."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner_gui.domain.editing.ops import (
    AddItem,
    AddSession,
    AddWeek,
    Composite,
    EditWeek,
    MoveItem,
    RemoveItem,
    RemoveSession,
    RemoveWeek,
)
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.models import Item, Program, Session, Week
from planner_gui.ui.models.plan_model import (
    COL_DOSE,
    COL_EXERCISE,
    COL_LOAD,
    COL_PER_SIDE,
    COL_REST,
    COL_SETS,
    EXERCISE_MIME,
    ITEM_MIME,
    PlanModel,
)
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program


@pytest.fixture
def model() -> PlanModel:
    return PlanModel(editing_program(), editing_catalog())


def exercise_mime(exercise_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(EXERCISE_MIME, QByteArray(exercise_id.encode("utf-8")))
    return mime


def test_tree_shape_and_labels(model: PlanModel) -> None:
    assert model.rowCount() == 3
    assert model.rowCount(model.week_index(0)) == 2
    assert model.rowCount(model.session_index(0, 0)) == 6  # every block kind, always
    assert model.rowCount(model.block_index(0, 0, "main")) == 2
    assert model.rowCount(model.block_index(0, 0, "glute")) == 0
    assert model.data(model.week_index(1)) == "2 sessions"
    assert model.week_label(1) == "Week 2 · 12 Jan"
    deadlift = model.item_index(ItemPath(0, 0, "main", 0))
    assert model.data(deadlift) == "Conventional deadlift"
    assert model.data(deadlift.siblingAtColumn(COL_LOAD)) == "80"
    assert model.data(deadlift.siblingAtColumn(COL_REST)) == "150 s"
    bird_dog = model.item_index(ItemPath(0, 0, "core", 0), COL_DOSE)
    assert model.data(bird_dog) == "8 × 5 s hold"
    assert model.data(bird_dog.siblingAtColumn(COL_PER_SIDE), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert model.headerData(COL_LOAD, Qt.Orientation.Horizontal) == "Load (kg)"


def test_qtmodeltester_on_model_and_through_edits(
    qtmodeltester: ModelTester, model: PlanModel
) -> None:
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and re-checks every signal `apply` emits.
    model.apply(AddItem(ItemPath(0, 0, "glute", 0), Item(exercise="glute-bridge", sets=3, reps=12)))
    model.apply(MoveItem(ItemPath(0, 0, "main", 0), 1))
    model.apply(RemoveItem(ItemPath(0, 0, "core", 0)))
    model.apply(AddSession(1, 1, Session(day="wed", blocks=[])))
    model.apply(RemoveSession(0, 1))
    model.apply(AddWeek(0, Week()))
    model.apply(RemoveWeek(2))
    model.set_program(editing_program(2))
    qtmodeltester.check(model, force_py=True)


def test_persistent_index_follows_rows(model: PlanModel) -> None:
    squat = QPersistentModelIndex(model.item_index(ItemPath(1, 0, "main", 1)))
    model.apply(AddWeek(0, Week()))
    model.apply(MoveItem(ItemPath(2, 0, "main", 1), 0))
    assert model.item_path(squat) == ItemPath(2, 0, "main", 0)
    assert model.data(squat) == "Goblet squat"


def test_set_data_without_stack_applies_and_signals(qtbot: QtBot, model: PlanModel) -> None:
    index = model.item_index(ItemPath(0, 0, "main", 0), COL_SETS)
    with qtbot.waitSignal(model.plan_changed), qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, 4)
    assert model.program().weeks[0].sessions[0].blocks[1].items[0].sets == 4


def test_set_data_rejects_invalid_values(model: PlanModel) -> None:
    before = model.program().model_dump()
    index = model.item_index(ItemPath(0, 0, "main", 0))
    assert not model.setData(index.siblingAtColumn(COL_SETS), 0)
    assert not model.setData(index.siblingAtColumn(COL_LOAD), "heavy")
    assert not model.setData(index.siblingAtColumn(COL_LOAD), -5)
    assert not model.setData(index.siblingAtColumn(COL_DOSE), "lots")
    assert not model.setData(model.week_index(0), "x")
    assert model.program().model_dump() == before


def test_set_data_each_column(model: PlanModel) -> None:
    path = ItemPath(0, 0, "main", 0)
    index = model.item_index(path)
    assert model.setData(index.siblingAtColumn(COL_LOAD), "85.5")
    assert model.setData(index.siblingAtColumn(COL_DOSE), "6")
    assert model.setData(index.siblingAtColumn(COL_REST), "120 s")
    assert model.setData(
        index.siblingAtColumn(COL_PER_SIDE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(index.siblingAtColumn(COL_EXERCISE), "goblet-squat")
    item = model.item(path)
    assert (item.exercise, item.load, item.reps, item.rest_s, item.per_side) == (
        "goblet-squat",
        85.5,
        6,
        120,
        True,
    )
    assert model.setData(index.siblingAtColumn(COL_LOAD), "")
    assert model.item(path).load is None


def test_drop_exercise_on_block_adds_default_dose(qtbot: QtBot, model: PlanModel) -> None:
    stack = QUndoStack()
    model.set_undo_stack(stack)
    glute = model.block_index(0, 1, "glute")
    assert model.canDropMimeData(
        exercise_mime("glute-bridge"), Qt.DropAction.CopyAction, -1, 0, glute
    )
    with qtbot.waitSignal(model.rowsInserted):
        assert model.dropMimeData(
            exercise_mime("glute-bridge"), Qt.DropAction.CopyAction, -1, 0, glute
        )
    items = model.items_in_block(0, 1, "glute")
    assert [(i.exercise, i.sets, i.reps) for i in items] == [
        ("glute-bridge", 3, 12),
        ("glute-bridge", 3, 12),
    ]
    assert stack.count() == 1 and stack.undoText() == "Add Glute bridge to Core and glutes"
    assert not model.dropMimeData(exercise_mime("no-such"), Qt.DropAction.CopyAction, -1, 0, glute)


def test_drop_into_missing_block_creates_it_and_undo_removes_it(model: PlanModel) -> None:
    stack = QUndoStack()
    model.set_undo_stack(stack)
    before = model.program().model_dump()
    mobility = model.block_index(0, 1, "mobility")
    assert model.dropMimeData(
        exercise_mime("hip-flexor-stretch"), Qt.DropAction.CopyAction, -1, 0, mobility
    )
    session = model.session(0, 1)
    assert [b.kind for b in session.blocks] == ["warmup", "core", "glute", "mobility"]
    stack.undo()
    assert model.program().model_dump() == before


def test_drag_item_row_reorders_and_moves_across_blocks(model: PlanModel) -> None:
    stack = QUndoStack()
    model.set_undo_stack(stack)
    mime = model.mimeData([model.item_index(ItemPath(0, 0, "main", 1))])
    assert json.loads(bytes(mime.data(ITEM_MIME).data())) == [0, 0, "main", 1]
    main = model.block_index(0, 0, "main")
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, main)
    assert [i.exercise for i in model.items_in_block(0, 0, "main")] == ["goblet-squat", "deadlift"]
    mime = model.mimeData([model.item_index(ItemPath(0, 0, "main", 0))])
    assert model.dropMimeData(
        mime, Qt.DropAction.MoveAction, -1, 0, model.block_index(0, 0, "core")
    )
    assert [i.exercise for i in model.items_in_block(0, 0, "core")] == ["bird-dog", "goblet-squat"]
    assert stack.undoText() == "Move Goblet squat to Core"
    stack.undo()
    stack.undo()
    assert [i.exercise for i in model.items_in_block(0, 0, "main")] == ["deadlift", "goblet-squat"]


def test_the_dose_cell_reads_back_what_it_shows(model: PlanModel) -> None:
    bird_dog = model.item_index(ItemPath(0, 0, "core", 0), COL_DOSE)
    shown = model.data(bird_dog, Qt.ItemDataRole.EditRole)
    assert shown == "8 × 5 s hold"
    assert model.setData(bird_dog, shown.replace("5 s", "6 s"))
    assert (
        model.item(ItemPath(0, 0, "core", 0)).reps,
        model.item(ItemPath(0, 0, "core", 0)).hold_s,
    ) == (8, 6)


# --------------------------------------------------------------------------- apply


def test_apply_signals_a_composite_once_and_returns_its_inverse(
    qtmodeltester: ModelTester, model: PlanModel
) -> None:
    qtmodeltester.check(model, force_py=True)
    before = model.program().model_dump()
    changes: list[str] = []
    inserted: list[int] = []
    model.plan_changed.connect(lambda: changes.append("changed"))
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    squat = model.item(ItemPath(0, 0, "main", 1))
    operation = Composite(
        (
            RemoveItem(ItemPath(0, 0, "main", 1)),
            AddItem(ItemPath(0, 0, "cooldown", 0), squat),
            AddWeek(3),
            EditWeek(3, "deload", True),
        )
    )
    inverse = model.apply(operation)
    assert changes == ["changed"] and inserted == [0, 3]
    assert model.rowCount(model.block_index(0, 0, "cooldown")) == 1 and model.rowCount() == 4
    model.apply(inverse)
    assert changes == ["changed"] * 2
    assert model.program().model_dump() == before


@dataclass(frozen=True)
class _RenameProgram:
    """An operation the model has no finer signals for."""

    title: str

    def apply(self, program: Program) -> _RenameProgram:
        old, program.title = program.title, self.title
        return _RenameProgram(old)

    def describe(self, program: Program, name_of: object) -> str:
        return "Rename"


def test_apply_resets_the_views_for_an_operation_it_does_not_know(
    qtbot: QtBot, model: PlanModel
) -> None:
    with qtbot.waitSignal(model.modelReset), qtbot.waitSignal(model.plan_changed):
        inverse = model.apply(_RenameProgram("Other"))
    assert model.program().title == "Other" and model.rowCount() == 3
    model.apply(inverse)
    assert model.program().title == "Editor test plan"


def test_the_model_module_does_not_import_the_commands() -> None:
    """Views push OperationCommands (ui/models/undo.py); ui/commands/ builds on the model, not
    the other way round, so there is no import cycle to hide inside a function."""
    code = (
        "import sys\n"
        "import planner_gui.ui.models.plan_model\n"
        "assert not [m for m in sys.modules if m.startswith('planner_gui.ui.commands')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
