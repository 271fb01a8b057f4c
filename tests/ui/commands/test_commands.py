"""Undo commands on a bare QUndoStack (no widgets): push, undo and redo restore the exact plan.

What the edits compute (rounding, deload sets, where things go) is tested without Qt in
tests/domain/editing/; these tests cover the commands: texts, the stack, signals, merging.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner_gui.domain.editing.ops import MoveItem
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.editing.transforms import Progression
from planner_gui.domain.models import Item, RampSet, Session
from planner_gui.ui.commands.items import (
    AddItemCommand,
    DuplicateItemCommand,
    EditItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
    move_item_command,
)
from planner_gui.ui.commands.program import (
    SetLoadStepsCommand,
    SetProgramMetadataCommand,
    SetRuleSettingsCommand,
    SetUnitsCommand,
)
from planner_gui.ui.commands.sessions import (
    AddSessionCommand,
    DuplicateSessionCommand,
    EditSessionCommand,
    RemoveSessionCommand,
)
from planner_gui.ui.commands.weeks import (
    AddWeekCommand,
    CopyWeekForwardCommand,
    DuplicateWeekCommand,
    RemoveWeekCommand,
    ToggleDeloadCommand,
)
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

DEADLIFT = ItemPath(0, 0, "main", 0)

CommandFactory = Callable[[PlanModel], QUndoCommand]

CASES: dict[str, tuple[CommandFactory, str]] = {
    "add item": (
        lambda m: AddItemCommand(m, ItemPath(0, 1, "glute", 1), Item(exercise="deadlift", sets=2)),
        "Add Conventional deadlift to Core and glutes",
    ),
    "add item to missing block": (
        lambda m: AddItemCommand(
            m, ItemPath(1, 1, "cooldown", 0), Item(exercise="leg-swing", sets=1)
        ),
        "Add Leg swing to Core and glutes",
    ),
    "remove item": (
        lambda m: RemoveItemCommand(m, DEADLIFT),
        "Remove Conventional deadlift from Lower A",
    ),
    "move item": (lambda m: MoveItemCommand(m, DEADLIFT, 1), "Move Conventional deadlift down"),
    "move item across blocks": (
        lambda m: move_item_command(m, ItemPath(0, 0, "main", 1), "core", 0),  # type: ignore[return-value]
        "Move Goblet squat to Core",
    ),
    "duplicate item": (
        lambda m: DuplicateItemCommand(m, DEADLIFT),
        "Duplicate Conventional deadlift",
    ),
    "edit sets": (
        lambda m: EditItemCommand(m, DEADLIFT, m.item(DEADLIFT).model_copy(update={"sets": 4})),
        "Change sets of Conventional deadlift to 4",
    ),
    "edit load": (
        lambda m: EditItemCommand(m, DEADLIFT, m.item(DEADLIFT).model_copy(update={"load": 92.5})),
        "Change load of Conventional deadlift to 92.5",
    ),
    "add session": (
        lambda m: AddSessionCommand(m, 0, 2, Session(day="sat", name="Walk", blocks=[])),
        "Add session Walk to week 1",
    ),
    "remove session": (lambda m: RemoveSessionCommand(m, 1, 0), "Remove session Lower A"),
    "rename session": (
        lambda m: EditSessionCommand(m, 0, 0, "name", "Lower B"),
        "Rename session Lower A to Lower B",
    ),
    "move session to day": (
        lambda m: EditSessionCommand(m, 0, 1, "day", "fri"),
        "Move Core and glutes to Friday",
    ),
    "session duration": (
        lambda m: EditSessionCommand(m, 0, 0, "duration_min", 75),
        "Change duration of Lower A to 75 min",
    ),
    "session rpe": (
        lambda m: EditSessionCommand(m, 0, 0, "rpe", None),
        "Change RPE of Lower A to none",
    ),
    "add week": (lambda m: AddWeekCommand(m, 1), "Add week 2"),
    "duplicate week": (lambda m: DuplicateWeekCommand(m, 0), "Duplicate week 1"),
    "remove week": (lambda m: RemoveWeekCommand(m, 1), "Remove week 2"),
    "toggle deload": (lambda m: ToggleDeloadCommand(m, 2), "Mark week 3 as a deload week"),
    "copy week forward into existing week": (
        lambda m: CopyWeekForwardCommand(m, 0, {"deadlift"}, Progression("load_add", 5)),
        "Copy week 1 forward to week 2 (+5 kg on Conventional deadlift)",
    ),
    "copy week forward past the end": (
        lambda m: CopyWeekForwardCommand(m, 2, {"goblet-squat"}, Progression("reps")),
        "Copy week 3 forward to week 4 (+1 rep on Goblet squat)",
    ),
    "program metadata": (
        lambda m: SetProgramMetadataCommand(m, title="New", start_date=date(2026, 2, 2)),
        "Change title and start date",
    ),
    "units": (lambda m: SetUnitsCommand(m, "lb"), "Change units to lb"),
    "load steps": (
        lambda m: SetLoadStepsCommand(m, {"dumbbell": 1.0, "barbell": 1.25}),
        "Change load steps",
    ),
    "ramp-up sets": (
        lambda m: EditItemCommand(
            m, DEADLIFT, m.item(DEADLIFT).model_copy(update={"ramp": [RampSet(pct=50, reps=5)]})
        ),
        "Add ramp-up sets to Conventional deadlift: 50 % × 5",
    ),
    "rule settings": (
        lambda m: SetRuleSettingsCommand(
            m, {"PO101": {"limit_pct": 5.0}, "BA401": {"enabled": False}}
        ),
        "Change rule settings",
    ),
}


@pytest.fixture
def model() -> PlanModel:
    return PlanModel(editing_program(), editing_catalog())


@pytest.mark.parametrize("case", sorted(CASES))
def test_push_undo_redo_restores_exact_program(case: str, model: PlanModel) -> None:
    factory, text = CASES[case]
    stack = QUndoStack()
    before = model.program().model_dump()
    command = factory(model)
    assert command.text() == text
    stack.push(command)
    after = model.program().model_dump()
    assert after != before
    stack.undo()
    assert model.program().model_dump() == before
    stack.redo()
    assert model.program().model_dump() == after
    stack.undo()
    assert model.program().model_dump() == before


def test_every_command_emits_plan_changed(model: PlanModel) -> None:
    seen: list[str] = []
    model.plan_changed.connect(lambda: seen.append("changed"))
    stack = QUndoStack()
    for factory, _ in CASES.values():
        stack.push(factory(model))
        assert seen, "command did not announce its change"
        seen.clear()
        stack.undo()
        assert seen
        seen.clear()


def test_long_history_unwinds_to_the_start(model: PlanModel) -> None:
    stack = QUndoStack()
    before = model.program().model_dump()
    for name in (
        "add item",
        "duplicate week",
        "remove session",
        "move item",
        "units",
        "copy week forward into existing week",
        "toggle deload",
        "edit load",
    ):
        stack.push(CASES[name][0](model))
    middle = model.program().model_dump()
    while stack.canUndo():
        stack.undo()
    assert model.program().model_dump() == before
    while stack.canRedo():
        stack.redo()
    assert model.program().model_dump() == middle


def test_units_convert_with_plate_rounding(model: PlanModel) -> None:
    stack = QUndoStack()
    stack.push(SetUnitsCommand(model, "lb"))
    assert model.program().units == "lb"
    assert model.item(DEADLIFT).load == 176.5  # 80 kg = 176.37 lb -> nearest 0.5
    stack.push(SetUnitsCommand(model, "kg"))
    assert model.item(DEADLIFT).load == 80.0  # 176.5 lb = 80.06 kg -> nearest 0.25
    assert SetUnitsCommand(model, "kg").isObsolete()


def test_session_spin_edits_merge_into_one_step(model: PlanModel) -> None:
    stack = QUndoStack()
    for minutes in (61, 62, 63):
        stack.push(EditSessionCommand(model, 0, 0, "duration_min", minutes))
    assert stack.count() == 1
    assert stack.undoText() == "Change duration of Lower A to 63 min"
    stack.undo()
    assert model.session(0, 0).duration_min == 60
    stack.redo()
    stack.push(EditSessionCommand(model, 0, 0, "duration_min", 60))
    assert stack.count() == 0  # stepping back to the start leaves nothing to undo
    assert model.session(0, 0).duration_min == 60


def test_move_within_block_to_same_place_is_no_command(model: PlanModel) -> None:
    assert move_item_command(model, DEADLIFT, "main", 0) is None
    assert move_item_command(model, DEADLIFT, "main", 1) is None
    command = move_item_command(model, DEADLIFT, "main", 2)
    assert command is not None and command.operation == MoveItem(DEADLIFT, 1)


def test_duplicate_session_command_copies_blocks_and_items_and_undoes_exactly() -> None:
    model = PlanModel(editing_program(1), editing_catalog())
    stack = QUndoStack()
    before = model.program().model_dump()
    source = model.session(0, 0)
    stack.push(DuplicateSessionCommand(model, 0, 0, "wed"))
    assert stack.undoText() == "Duplicate Lower A to Wednesday"
    sessions = model.week(0).sessions
    assert [s.day for s in sessions] == ["mon", "thu", "wed"]
    copy = sessions[2]
    assert copy.model_dump() == source.model_copy(update={"day": "wed"}).model_dump()
    # A deep copy: editing the copy leaves the original alone.
    copy.blocks[1].items[0].load = 200
    assert model.session(0, 0).blocks[1].items[0].load == 80
    copy.blocks[1].items[0].load = 80
    after = model.program().model_dump()
    stack.undo()
    assert model.program().model_dump() == before
    stack.redo()
    assert model.program().model_dump() == after
