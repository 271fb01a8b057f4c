"""A refused edit in the window (its result could not be loaded again): the plan stays as it
was, nothing goes on the undo stack, and the window says why in its status bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.editing.paths import ItemPath, item_at
from planner_gui.domain.editing.transforms import Progression
from planner_gui.domain.limits import MAX_ITEMS_PER_BLOCK, MAX_NUMBER
from planner_gui.domain.models import Program
from planner_gui.ui.commands.program import SetProgramMetadataCommand, SetUnitsCommand
from planner_gui.ui.commands.sessions import EditSessionCommand
from planner_gui.ui.commands.weeks import AddWeekCommand, CopyWeekForwardCommand
from planner_gui.ui.models.plan_model import COL_LOAD, EXERCISE_MIME, PlanModel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program
from tests.support.widgets import discarding_window

DEADLIFT = ItemPath(0, 0, "main", 0)


def _at_a_million_reps() -> Program:
    program = editing_program()
    item_at(program, DEADLIFT).reps = MAX_NUMBER  # the most a plan may hold: it loads
    return program


@pytest.fixture
def stacked() -> tuple[PlanModel, QUndoStack]:
    model = PlanModel(_at_a_million_reps(), editing_catalog())
    stack = QUndoStack()
    model.set_undo_stack(stack)
    return model, stack


def test_a_refused_copy_forward_in_the_window_says_why_and_leaves_undo_empty(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = discarding_window(qtbot, monkeypatch)
    window.model.set_program(_at_a_million_reps())
    before = window.model.program().model_dump()
    command = CopyWeekForwardCommand(window.model, 0, {"deadlift"}, Progression("reps"))
    with qtbot.waitSignal(window.model.edit_refused) as refused:
        window.undo_stack.push(command)
    message = window.statusBar().currentMessage()
    assert message == refused.args[0]
    assert message.startswith("Not done: Copy week 1 forward to week 2 (+1 rep on ")
    assert message.endswith(
        "(weeks[1].sessions[0].blocks[1].items[0].reps: must be at most 1,000,000)"
    )
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert window.undo_stack.isClean()
    assert window.model.program().model_dump() == before
    assert window.model.rowCount() == 3


def test_kg_to_lb_overflowing_is_refused_and_the_loads_stay(
    qtbot: QtBot, stacked: tuple[PlanModel, QUndoStack]
) -> None:
    model, stack = stacked
    item_at(model.program(), DEADLIFT).load = 600_000.0
    before = model.program().model_dump()
    with qtbot.waitSignal(model.edit_refused) as refused:
        stack.push(SetUnitsCommand(model, "lb"))
    assert "600,000 kg would be 1,322,773.5 lb" in refused.args[0]
    assert stack.count() == 0 and model.program().model_dump() == before
    assert model.headerData(COL_LOAD, Qt.Orientation.Horizontal) == "Load (kg)"


def test_a_refused_edit_keeps_the_earlier_undo_steps(
    qtbot: QtBot, stacked: tuple[PlanModel, QUndoStack]
) -> None:
    model, stack = stacked
    stack.push(SetProgramMetadataCommand(model, title="Renamed"))
    with qtbot.waitSignal(model.edit_refused):
        stack.push(SetProgramMetadataCommand(model, start_date=date(9999, 12, 20)))
    assert stack.count() == 1 and model.program().start_date == date(2026, 1, 5)
    stack.undo()
    assert model.program().title == "Editor test plan"


def test_a_refused_spin_box_step_does_not_merge_into_the_last_one(
    qtbot: QtBot, stacked: tuple[PlanModel, QUndoStack]
) -> None:
    model, stack = stacked
    stack.push(EditSessionCommand(model, 0, 0, "duration_min", 70))
    with qtbot.waitSignal(model.edit_refused):
        stack.push(EditSessionCommand(model, 0, 0, "duration_min", MAX_NUMBER + 1))
    assert stack.count() == 1 and model.session(0, 0).duration_min == 70
    stack.undo()
    assert model.session(0, 0).duration_min == 60
    stack.redo()
    assert model.session(0, 0).duration_min == 70


def test_a_drop_on_a_full_block_is_refused_with_the_views_in_step(
    qtbot: QtBot, stacked: tuple[PlanModel, QUndoStack]
) -> None:
    model, stack = stacked
    block = model.block_index(0, 0, "main")
    mime = QMimeData()
    mime.setData(EXERCISE_MIME, QByteArray(b"deadlift"))
    for _ in range(MAX_ITEMS_PER_BLOCK - model.rowCount(block)):
        assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, block)
    assert model.rowCount(block) == MAX_ITEMS_PER_BLOCK
    inserted: list[int] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))
    with qtbot.waitSignal(model.edit_refused) as refused:
        model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, block)
    assert "a block may have at most 40" in refused.args[0]
    assert inserted == [] and model.rowCount(block) == MAX_ITEMS_PER_BLOCK
    assert stack.count() == MAX_ITEMS_PER_BLOCK - 2


def test_a_refused_added_week_past_the_last_date_leaves_the_rows(qtbot: QtBot) -> None:
    program = editing_program()
    program.start_date = date(9999, 12, 4)  # three weeks end on 9999-12-24
    model = PlanModel(program, editing_catalog())  # no stack: the command runs at once
    with qtbot.waitSignal(model.edit_refused) as refused:
        AddWeekCommand(model, 3).redo()
    assert "end after 9999-12-24" in refused.args[0]
    assert model.rowCount() == 3 and len(model.program().weeks) == 3


def test_a_cell_edit_out_of_range_is_still_refused_by_the_item_model(
    stacked: tuple[PlanModel, QUndoStack],
) -> None:
    model, stack = stacked
    index = model.item_index(DEADLIFT, COL_LOAD)
    assert not model.setData(index, MAX_NUMBER + 1)
    assert model.setData(index, MAX_NUMBER)
    assert stack.count() == 1 and model.item(DEADLIFT).load == MAX_NUMBER


def test_a_refused_edit_keeps_the_redo_history(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo something, then try an edit that is refused: Redo still brings the undone edit
    back (a plain QUndoStack would have dropped it before the command refused)."""
    window = discarding_window(qtbot, monkeypatch)
    window.model.set_program(_at_a_million_reps())
    window.undo_stack.push(SetProgramMetadataCommand(window.model, title="Renamed"))
    window.undo_stack.undo()
    assert window.undo_stack.canRedo()
    refused = CopyWeekForwardCommand(window.model, 0, {"deadlift"}, Progression("reps"))
    with qtbot.waitSignal(window.model.edit_refused):
        window.undo_stack.push(refused)
    assert window.undo_stack.canRedo()
    window.undo_stack.redo()
    assert window.model.program().title == "Renamed"
