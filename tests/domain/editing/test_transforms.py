"""Copy a week forward (progressed or as a deload) and unit conversion, without a window."""

from __future__ import annotations

import pytest

from planner_gui.domain.editing.ops import AddWeek, Composite, RemoveWeek, SetUnits
from planner_gui.domain.editing.paths import ItemPath, item_at
from planner_gui.domain.editing.transforms import (
    Progression,
    convert_units,
    copy_week_forward,
    deload_sets,
    deloaded_week,
)
from planner_gui.domain.models import Item, Program, Week
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

NAME_OF = editing_catalog().name_of
DEADLIFT = ItemPath(0, 0, "main", 0)
WORKING = ("main", "core", "glute")


def working_sets(week: Week) -> int:
    return sum(
        item.sets
        for session in week.sessions
        for block in session.blocks
        if block.kind in WORKING
        for item in block.items
    )


def items_of(week: Week) -> list[tuple[str, Item]]:
    return [(block.kind, item) for s in week.sessions for block in s.blocks for item in block.items]


# --------------------------------------------------------------------------- copy forward


def test_copy_forward_raises_only_the_chosen_variable_and_keeps_the_next_weeks_flags() -> None:
    program = editing_program()
    source = program.weeks[0].model_copy(deep=True)
    program.weeks[1].deload = True
    program.weeks[1].notes = "easy week"
    operation = copy_week_forward(
        program, 0, {"deadlift"}, Progression("load_pct", 10), name_of=NAME_OF
    )
    operation.apply(program)
    copied = program.weeks[1]
    assert copied.deload and copied.notes == "easy week"
    for (_, old), (_, new) in zip(items_of(source), items_of(copied), strict=True):
        if old.exercise == "deadlift":
            assert new.load == 88.0
            assert new.model_copy(update={"load": old.load}) == old
        else:
            assert new == old
    assert len(program.weeks) == 3


def test_copy_forward_into_an_existing_week_replaces_it_and_undoes_exactly() -> None:
    program = editing_program()
    before = program.model_dump()
    operation = copy_week_forward(
        program, 0, {"deadlift"}, Progression("load_add", 5), name_of=NAME_OF
    )
    assert [type(part) for part in operation.operations] == [RemoveWeek, AddWeek]
    assert operation.describe(program, NAME_OF) == (
        "Copy week 1 forward to week 2 (+5 kg on Conventional deadlift)"
    )
    inverse = operation.apply(program)
    assert item_at(program, ItemPath(1, 0, "main", 0)).load == 85.0
    inverse.apply(program)
    assert program.model_dump() == before


def test_copy_forward_past_the_end_appends_and_reps_leave_loads_alone() -> None:
    program = editing_program()
    operation = copy_week_forward(
        program, 2, {"deadlift", "bird-dog"}, Progression("reps"), name_of=NAME_OF
    )
    assert [type(part) for part in operation.operations] == [AddWeek]
    assert (
        operation.text
        == "Copy week 3 forward to week 4 (+1 rep on Bird-dog, Conventional deadlift)"
    )
    operation.apply(program)
    new = program.weeks[3]
    deadlift = new.sessions[0].block("main").items[0]  # type: ignore[union-attr]
    bird_dog = new.sessions[0].block("core").items[0]  # type: ignore[union-attr]
    assert (deadlift.reps, deadlift.load) == (6, 85.0)
    assert (bird_dog.reps, bird_dog.hold_s) == (9, 5)
    assert not new.deload and new.notes == ""


def test_copy_forward_does_not_carry_the_source_weeks_deload_mark_or_notes() -> None:
    program = editing_program()
    program.weeks[2].deload = True
    program.weeks[2].notes = "deload, travel"
    copy_week_forward(program, 2, set(), Progression("reps"), name_of=NAME_OF).apply(program)
    assert (program.weeks[3].deload, program.weeks[3].notes) == (False, "")


def test_copy_forward_with_no_exercises_says_so() -> None:
    program = editing_program()
    operation = copy_week_forward(program, 0, set(), Progression("load_pct", 5), name_of=NAME_OF)
    assert operation.text == "Copy week 1 forward to week 2 (+5 % on no exercises)"


def dumbbell_program(units: str = "kg", load: float = 16) -> Program:
    program = editing_program(1)
    program.units = units  # type: ignore[assignment]
    squat = program.weeks[0].sessions[0].blocks[1].items[1]
    assert squat.exercise == "goblet-squat"
    squat.load = load
    return program


@pytest.mark.parametrize(
    ("units", "load", "expected"),
    [
        ("kg", 16, 17),  # 16.8 kg, loaded as 17 kg: +6.25 %
        ("kg", 82.5, 86.5),  # 86.625
        ("lb", 35, 37),  # 36.75
        ("lb", 45, 47),  # 47.25
    ],
)
def test_percent_rises_round_to_a_loadable_step(units: str, load: float, expected: float) -> None:
    program = dumbbell_program(units, load)
    operation = copy_week_forward(
        program, 0, {"goblet-squat", "deadlift"}, Progression("load_pct", 5), name_of=NAME_OF
    )
    operation.apply(program)
    assert program.weeks[1].sessions[0].blocks[1].items[1].load == expected
    assert program.weeks[1].sessions[0].blocks[1].items[0].load == 84  # 80 kg (or lb) + 5 %


def test_progression_leaves_items_it_does_not_apply_to() -> None:
    unloaded = Item(exercise="side-plank", sets=3, hold_s=20)
    assert Progression("load_add", 2.5).apply(unloaded, "kg") is unloaded
    assert Progression("reps").apply(unloaded, "kg") is unloaded
    loaded = Item(exercise="deadlift", sets=3, reps=5, load=80.125)
    assert Progression("load_add", 2.5).apply(loaded, "kg").load == 82.62  # kept to 0.01
    assert Progression("load_add", 2.5).describe("kg") == "+2.5 kg"
    assert Progression("load_pct", 7.5).describe("lb") == "+7.5 %"
    assert Progression("reps").describe("kg") == "+1 rep"


# --------------------------------------------------------------------------- deload copy


@pytest.mark.parametrize(
    ("sets", "kept"), [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 4), (10, 6)]
)
def test_deload_keeps_about_sixty_percent_of_working_sets(sets: int, kept: int) -> None:
    assert deload_sets(sets) == kept


def test_deload_copy_trims_working_sets_only_and_keeps_loads() -> None:
    program = editing_program(1)
    source = program.weeks[0].model_copy(deep=True)
    operation = copy_week_forward(
        program, 0, {"deadlift"}, Progression("load_pct", 10), deload=True, name_of=NAME_OF
    )
    assert operation.text == (
        "Copy week 1 forward to week 2 as a deload (fewer working sets, same loads)"
    )
    operation.apply(program)
    copy = program.weeks[1]
    assert copy.deload and not program.weeks[0].deload
    for (kind, old), (_, new) in zip(items_of(source), items_of(copy), strict=True):
        assert new.load == old.load  # the progression is not applied
        if kind in WORKING:
            assert new.sets == deload_sets(old.sets)
            assert new.model_copy(update={"sets": old.sets}) == old
        else:
            assert new == old
    cut = 1 - working_sets(copy) / working_sets(source)
    assert 0.3 <= cut <= 0.5


def test_deload_copy_over_an_existing_week_keeps_its_notes() -> None:
    program = editing_program()
    program.weeks[1].notes = "travel week"
    copy_week_forward(program, 0, set(), Progression("reps"), deload=True, name_of=NAME_OF).apply(
        program
    )
    assert program.weeks[1].deload and program.weeks[1].notes == "travel week"


def test_deloaded_week_is_a_copy() -> None:
    source = editing_program(1).weeks[0]
    copy = deloaded_week(source)
    copy.sessions[0].blocks[1].items[0].load = 200
    assert source.sessions[0].blocks[1].items[0].load == 80
    assert not source.deload


# --------------------------------------------------------------------------- units


def test_convert_units_rounds_to_plates_and_round_trips_the_sample() -> None:
    program = editing_program(1)
    operation = convert_units(program, "lb")
    assert operation.describe(program, NAME_OF) == "Change units to lb"
    operation.apply(program)
    assert program.units == "lb"
    assert item_at(program, DEADLIFT).load == 176.5  # 80 kg = 176.37 lb -> nearest 0.5
    assert item_at(program, ItemPath(0, 0, "main", 1)).load == 44.0  # 20 kg = 44.09 lb
    assert item_at(program, ItemPath(0, 0, "core", 0)).load is None
    back = convert_units(program, "kg")
    back.apply(program)
    assert item_at(program, DEADLIFT).load == 80.0  # 176.5 lb = 80.06 kg -> nearest 0.25
    # The undo of a conversion restores the exact loads, whatever the rounding did.
    program = editing_program(1)
    item_at(program, DEADLIFT).load = 80.1
    before = program.model_dump()
    inverse = convert_units(program, "lb").apply(program)
    inverse.apply(program)
    assert program.model_dump() == before


def test_converting_to_the_current_units_changes_nothing() -> None:
    program = editing_program(1)
    assert convert_units(program, "kg") == SetUnits("kg", {})


def test_copy_forward_is_one_composite_of_plain_operations() -> None:
    operation = copy_week_forward(
        editing_program(), 1, {"deadlift"}, Progression("reps"), name_of=NAME_OF
    )
    assert isinstance(operation, Composite) and operation.text.startswith("Copy week 2")
