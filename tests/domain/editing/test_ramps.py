"""The standard ramp-up sets added to an item in one edit, undone exactly."""

from __future__ import annotations

from planner_gui.domain.editing.paths import ItemPath, item_at
from planner_gui.domain.editing.ramps import (
    STANDARD_RAMP,
    add_standard_ramp,
    standard_ramp,
    takes_standard_ramp,
)
from planner_gui.domain.models import Item, RampSet
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

DEADLIFT = ItemPath(0, 0, "main", 0)
NAME_OF = editing_catalog().name_of


def test_the_standard_ramp_is_40_60_80_percent_for_5_3_2_reps() -> None:
    assert STANDARD_RAMP == ((40, 5), (60, 3), (80, 2))
    assert standard_ramp() == [
        RampSet(pct=40, reps=5),
        RampSet(pct=60, reps=3),
        RampSet(pct=80, reps=2),
    ]
    assert standard_ramp() is not standard_ramp()


def test_adding_the_standard_ramp_is_one_undoable_item_edit() -> None:
    program = editing_program()
    before = program.model_dump()
    operation = add_standard_ramp(program, DEADLIFT)
    assert operation is not None
    assert operation.describe(program, NAME_OF) == (
        "Add ramp-up sets to Conventional deadlift: 40 % × 5, 60 % × 3, 80 % × 2"
    )
    inverse = operation.apply(program)
    deadlift = item_at(program, DEADLIFT)
    assert deadlift.ramp == standard_ramp()
    assert deadlift.model_copy(update={"ramp": []}) == Item.model_validate(
        before["weeks"][0]["sessions"][0]["blocks"][1]["items"][0]
    )
    # Once it has the standard ramp there is nothing left to add.
    assert add_standard_ramp(program, DEADLIFT) is None
    inverse.apply(program)
    assert program.model_dump() == before


def test_an_other_ramp_is_replaced_and_holds_take_none() -> None:
    squat = Item(exercise="goblet-squat", sets=3, reps=8, ramp=[RampSet(pct=50, reps=5)])
    assert takes_standard_ramp(squat)
    plank = Item(exercise="side-plank", sets=3, hold_s=20)
    assert not takes_standard_ramp(plank)
    program = editing_program()
    side_plank = ItemPath(0, 1, "core", 0)
    assert item_at(program, side_plank).reps is None
    assert add_standard_ramp(program, side_plank) is None
