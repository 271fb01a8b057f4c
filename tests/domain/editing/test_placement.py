"""Where added exercises, new sessions and moved rows go, without a window."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.ops import AddItem, AddSession, Composite, MoveItem
from planner_gui.domain.editing.paths import ItemPath, block_items
from planner_gui.domain.editing.placement import (
    BLOCK_TAKES,
    CATEGORY_BLOCK,
    Selection,
    add_exercise,
    default_item,
    free_day,
    move_item,
    new_session,
    target_block,
)
from planner_gui.domain.models import Exercise, Session, Week, blank_program
from planner_gui.domain.vocabulary import BLOCK_KINDS, Category, Day
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

CATALOG = editing_catalog()
NAME_OF = CATALOG.name_of


def exercise(exercise_id: str, catalog: Catalog = CATALOG) -> Exercise:
    found = catalog.get(exercise_id)
    assert found is not None
    return found


# --------------------------------------------------------------------------- blocks


def test_every_category_has_a_block_that_takes_it() -> None:
    assert set(CATEGORY_BLOCK) == set(get_args(Category))
    assert set(BLOCK_TAKES) == set(BLOCK_KINDS)
    for category, block in CATEGORY_BLOCK.items():
        assert category in BLOCK_TAKES[block]


@pytest.mark.parametrize(
    ("exercise_id", "selection", "expected"),
    [
        ("goblet-squat", None, ("main", None)),
        ("side-plank", None, ("core", None)),
        ("hip-flexor-stretch", None, ("mobility", None)),
        # A chosen heading always wins, even for an exercise that does not belong there.
        ("bird-dog", Selection("cooldown"), ("cooldown", None)),
        ("deadlift", Selection("warmup"), ("warmup", None)),
        # A selected row keeps an exercise that suits its block, right below the row.
        ("hip-flexor-stretch", Selection("warmup", 0), ("warmup", 1)),
        ("glute-bridge", Selection("main", 0), ("main", 1)),
        # ... and sends one that does not to its own block, at the end.
        ("goblet-squat", Selection("warmup", 0), ("main", None)),
        ("side-plank", Selection("main", 1), ("core", None)),
    ],
)
def test_target_block(
    exercise_id: str, selection: Selection | None, expected: tuple[str, int | None]
) -> None:
    assert target_block(exercise(exercise_id), selection) == expected


def test_add_exercise_to_a_session_goes_to_the_end_of_its_block() -> None:
    program = editing_program()
    operation, path = add_exercise(program, exercise("side-plank"), 0, 0)
    assert path == ItemPath(0, 0, "core", 1)
    assert operation == AddItem(path, default_item(exercise("side-plank")))
    assert operation.describe(program, NAME_OF) == "Add Side plank to Lower A"
    operation.apply(program)
    assert [i.exercise for i in block_items(program, 0, 0, "core")] == ["bird-dog", "side-plank"]


def test_add_exercise_below_a_selected_row_of_a_block_that_suits_it() -> None:
    program = editing_program()
    operation, path = add_exercise(program, exercise("glute-bridge"), 0, 0, Selection("main", 0))
    assert path == ItemPath(0, 0, "main", 1)
    operation.apply(program)
    main = [i.exercise for i in block_items(program, 0, 0, "main")]
    assert main == ["deadlift", "glute-bridge", "goblet-squat"]


def test_add_exercise_with_no_session_makes_one_on_the_next_free_day() -> None:
    program = editing_program()
    program.weeks.append(Week())
    operation, path = add_exercise(
        program, exercise("bird-dog"), 3, None, Selection("warmup"), first_day="wed"
    )
    assert path == ItemPath(3, 0, "core", 0)  # the selection belongs to no session here
    assert isinstance(operation, Composite)
    assert operation.describe(program, NAME_OF) == "Add Bird-dog in a new session"
    add_session, add_item = operation.operations
    assert isinstance(add_session, AddSession) and isinstance(add_item, AddItem)
    session = add_session.session
    # Planned like the latest session before it (Core and glutes: 45 min at RPE 5).
    assert (session.day, session.name, session.duration_min, session.rpe) == (
        "wed",
        "Session 1",
        45,
        5,
    )
    before = program.model_dump()
    inverse = operation.apply(program)
    assert program.weeks[3].sessions[0].block("core") is not None
    inverse.apply(program)
    assert program.model_dump() == before


# --------------------------------------------------------------------------- sessions


def week_on(*days: Day) -> Week:
    return Week(sessions=[Session(day=day, blocks=[]) for day in days])


@pytest.mark.parametrize(
    ("taken", "first_day", "expected"),
    [
        ((), "mon", "mon"),
        (("mon", "thu"), "mon", "tue"),
        (("sat", "sun"), "sat", "mon"),  # wraps round the week
        (("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "thu", "thu"),  # all taken
    ],
)
def test_free_day(taken: tuple[Day, ...], first_day: Day, expected: Day) -> None:
    assert free_day(week_on(*taken), first_day) == expected


def test_new_session_copies_the_latest_planned_duration_and_rpe() -> None:
    program = blank_program(date(2026, 11, 30), weeks=2)
    assert new_session(program, 0, "mon", 0) == Session(day="mon", name="Session 1", blocks=[])
    program.weeks[0].sessions = [
        Session(day="mon", duration_min=45, rpe=6, blocks=[]),
        Session(day="wed", duration_min=30, blocks=[]),  # no RPE: not a template
    ]
    program.weeks[1].sessions = [Session(day="mon", duration_min=90, rpe=8, blocks=[])]
    session = new_session(program, 0, "fri", 2)
    assert (session.name, session.duration_min, session.rpe) == ("Session 3", 45, 6)
    # Later weeks are not looked at.
    assert new_session(program, 1, "fri", 1).duration_min == 90


def test_default_item_takes_the_catalog_dose_but_leaves_a_zero_rest_empty() -> None:
    deadlift = default_item(exercise("deadlift"))
    assert (deadlift.sets, deadlift.reps, deadlift.rest_s, deadlift.load) == (3, 5, 150, None)
    drill = exercise("leg-swing")
    drill = drill.model_copy(update={"defaults": drill.defaults.model_copy(update={"rest_s": 0})})
    item = default_item(drill)
    assert (item.exercise, item.sets, item.reps, item.per_side, item.rest_s) == (
        "leg-swing",
        1,
        10,
        True,
        None,
    )


# --------------------------------------------------------------------------- moves

DEADLIFT = ItemPath(0, 0, "main", 0)


def test_a_move_inside_a_block_counts_the_row_before_the_move() -> None:
    program = editing_program()
    assert move_item(program, DEADLIFT, "main", 0, NAME_OF) is None
    assert move_item(program, DEADLIFT, "main", 1, NAME_OF) is None  # just below itself
    assert move_item(program, DEADLIFT, "main", 2, NAME_OF) == MoveItem(DEADLIFT, 1)
    assert move_item(program, DEADLIFT, "main", 9, NAME_OF) == MoveItem(DEADLIFT, 1)
    squat = ItemPath(0, 0, "main", 1)
    assert move_item(program, squat, "main", 0, NAME_OF) == MoveItem(squat, 0)


def test_a_move_to_another_block_is_one_composite_and_undoes_exactly() -> None:
    program = editing_program()
    before = program.model_dump()
    operation = move_item(program, ItemPath(0, 0, "main", 1), "core", 0, NAME_OF)
    assert isinstance(operation, Composite)
    assert operation.describe(program, NAME_OF) == "Move Goblet squat to Core"
    inverse = operation.apply(program)
    assert [i.exercise for i in block_items(program, 0, 0, "core")] == ["goblet-squat", "bird-dog"]
    assert [i.exercise for i in block_items(program, 0, 0, "main")] == ["deadlift"]
    inverse.apply(program)
    assert program.model_dump() == before
