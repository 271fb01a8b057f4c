"""Operations on a Program: each one's inverse restores the plan exactly, and redoing repeats it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner_gui.domain.editing.ops import (
    AddItem,
    AddSession,
    AddWeek,
    Composite,
    DuplicateItem,
    DuplicateSession,
    DuplicateWeek,
    EditProgram,
    EditSession,
    EditWeek,
    MoveItem,
    Operation,
    RemoveItem,
    RemoveSession,
    RemoveWeek,
    ReplaceItem,
    SetUnits,
)
from planner_gui.domain.editing.paths import ItemPath, item_at
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.models import Item, Program, RampSet, Session, Week
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAYS
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

DEADLIFT = ItemPath(0, 0, "main", 0)
NAME_OF = editing_catalog().name_of

OperationFactory = Callable[[Program], Operation]


def _replaced(program: Program, **changes: object) -> ReplaceItem:
    return ReplaceItem(DEADLIFT, item_at(program, DEADLIFT).model_copy(update=changes))


#: Every kind of operation, built on the sample plan, with the text the Edit menu shows.
CASES: dict[str, tuple[OperationFactory, str]] = {
    "add item": (
        lambda p: AddItem(ItemPath(0, 1, "glute", 1), Item(exercise="deadlift", sets=2)),
        "Add Conventional deadlift to Core and glutes",
    ),
    "add item to missing block": (
        lambda p: AddItem(ItemPath(1, 1, "cooldown", 0), Item(exercise="leg-swing", sets=1)),
        "Add Leg swing to Core and glutes",
    ),
    "duplicate item": (lambda p: DuplicateItem.of(p, DEADLIFT), "Duplicate Conventional deadlift"),
    "remove item": (
        lambda p: RemoveItem(DEADLIFT),
        "Remove Conventional deadlift from Lower A",
    ),
    "remove last item and its block": (
        lambda p: RemoveItem(ItemPath(0, 0, "mobility", 0), drop_empty_block=True),
        "Remove Half-kneeling hip flexor stretch from Lower A",
    ),
    "move item down": (lambda p: MoveItem(DEADLIFT, 1), "Move Conventional deadlift down"),
    "move item up": (
        lambda p: MoveItem(ItemPath(0, 0, "main", 1), 0),
        "Move Goblet squat up",
    ),
    "edit sets": (lambda p: _replaced(p, sets=4), "Change sets of Conventional deadlift to 4"),
    "edit load": (
        lambda p: _replaced(p, load=92.5),
        "Change load of Conventional deadlift to 92.5",
    ),
    "clear load": (lambda p: _replaced(p, load=None), "Clear load of Conventional deadlift"),
    "set per side": (
        lambda p: _replaced(p, per_side=True),
        "Set per side on Conventional deadlift",
    ),
    "change note": (lambda p: _replaced(p, note="brace"), "Change note of Conventional deadlift"),
    "replace exercise": (
        lambda p: _replaced(p, exercise="goblet-squat"),
        "Replace Conventional deadlift with Goblet squat",
    ),
    "add ramp": (
        lambda p: _replaced(p, ramp=[RampSet(pct=40, reps=5), RampSet(pct=70, reps=3)]),
        "Add ramp-up sets to Conventional deadlift: 40 % × 5, 70 % × 3",
    ),
    "change ramp": (
        lambda p: Composite(
            (
                _replaced(p, ramp=[RampSet(pct=50, reps=5)]),
                ReplaceItem(
                    DEADLIFT,
                    item_at(p, DEADLIFT).model_copy(update={"ramp": [RampSet(pct=60, reps=3)]}),
                ),
            ),
            "Ramp twice",
        ),
        "Ramp twice",
    ),
    "edit two fields": (
        lambda p: _replaced(p, sets=4, reps=3),
        "Change dose of Conventional deadlift",
    ),
    "add session": (
        lambda p: AddSession(0, 2, Session(day="sat", name="Walk", blocks=[])),
        "Add session Walk to week 1",
    ),
    "add unnamed session": (
        lambda p: AddSession(0, 0, Session(day="sun", blocks=[])),
        "Add session Sunday session to week 1",
    ),
    "duplicate session": (
        lambda p: DuplicateSession.of(p, 0, 0, "wed"),
        "Duplicate Lower A to Wednesday",
    ),
    "remove session": (lambda p: RemoveSession(1, 0), "Remove session Lower A"),
    "rename session": (
        lambda p: EditSession(0, 0, "name", "Lower B"),
        "Rename session Lower A to Lower B",
    ),
    "clear session name": (
        lambda p: EditSession(0, 0, "name", ""),
        "Rename session Lower A to an unnamed session",
    ),
    "move session to day": (
        lambda p: EditSession(0, 1, "day", "fri"),
        "Move Core and glutes to Friday",
    ),
    "session duration": (
        lambda p: EditSession(0, 0, "duration_min", 75),
        "Change duration of Lower A to 75 min",
    ),
    "session rpe": (lambda p: EditSession(0, 0, "rpe", 6.5), "Change RPE of Lower A to 6.5"),
    "clear session rpe": (
        lambda p: EditSession(0, 0, "rpe", None),
        "Change RPE of Lower A to none",
    ),
    "add week": (lambda p: AddWeek(1), "Add week 2"),
    "add week at the end": (lambda p: AddWeek(3, Week(notes="test week")), "Add week 4"),
    "duplicate week": (lambda p: DuplicateWeek.of(p, 0), "Duplicate week 1"),
    "remove week": (lambda p: RemoveWeek(1), "Remove week 2"),
    "mark deload": (lambda p: EditWeek(2, "deload", True), "Mark week 3 as a deload week"),
    "week notes": (lambda p: EditWeek(0, "notes", "travel"), "Change notes of week 1"),
    "program metadata": (
        lambda p: EditProgram({"title": "New", "start_date": date(2026, 2, 2)}),
        "Change title and start date",
    ),
    "athlete": (lambda p: EditProgram({"athlete": "Robin"}), "Change athlete"),
    "rule settings": (
        lambda p: EditProgram(
            {"rules": {"PO101": {"limit_pct": 5.0}, "BA401": {"enabled": False}}}
        ),
        "Change rule settings",
    ),
    "load steps": (
        lambda p: EditProgram({"load_steps": {"dumbbell": 1.0, "kettlebell": 2.0}}),
        "Change load steps",
    ),
    "units with loads and load steps": (
        lambda p: SetUnits("lb", {DEADLIFT: 176.5}, {"barbell": 2.2}),
        "Change units to lb",
    ),
    "units with loads": (
        lambda p: SetUnits("lb", {DEADLIFT: 176.5, ItemPath(0, 0, "main", 1): 44.0}),
        "Change units to lb",
    ),
    "composite": (
        lambda p: Composite(
            (
                RemoveItem(ItemPath(0, 0, "main", 1)),
                AddItem(ItemPath(0, 0, "core", 0), p.weeks[0].sessions[0].blocks[1].items[1]),
            ),
            "Move Goblet squat to Core",
        ),
        "Move Goblet squat to Core",
    ),
    "composite of one": (lambda p: Composite((AddWeek(0),)), "Add week 1"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_inverse_restores_and_applying_again_repeats(case: str) -> None:
    factory, _ = CASES[case]
    program = editing_program()
    before = program.model_dump()
    operation = factory(program)
    inverse = operation.apply(program)
    after = program.model_dump()
    assert after != before
    inverse.apply(program)
    assert program.model_dump() == before
    again = operation.apply(program)
    assert program.model_dump() == after
    # The inverse of the second application undoes it just as well.
    again.apply(program)
    assert program.model_dump() == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_inverse_of_the_inverse_redoes(case: str) -> None:
    factory, _ = CASES[case]
    program = editing_program()
    operation = factory(program)
    inverse = operation.apply(program)
    after = program.model_dump()
    redo = inverse.apply(program)
    redo.apply(program)
    assert program.model_dump() == after


@pytest.mark.parametrize("case", sorted(CASES))
def test_description_reads_the_plan_before_the_change(case: str) -> None:
    factory, text = CASES[case]
    program = editing_program()
    assert factory(program).describe(program, NAME_OF) == text


def test_descriptions_fall_back_to_ids_for_unknown_exercises() -> None:
    program = editing_program()
    assert RemoveItem(DEADLIFT).describe(program, lambda exercise_id: exercise_id) == (
        "Remove deadlift from Lower A"
    )


def test_an_applied_operation_shares_no_object_with_the_plan() -> None:
    program = editing_program()
    item = Item(exercise="glute-bridge", sets=3, reps=12)
    AddItem(ItemPath(0, 1, "glute", 0), item).apply(program)
    item.sets = 9
    assert program.weeks[0].sessions[1].blocks[2].items[0].sets == 3
    duplicate = DuplicateItem.of(program, DEADLIFT)
    item_at(program, DEADLIFT).sets = 7
    assert duplicate.item.sets == 3
    week = Week(notes="copy me")
    AddWeek(0, week).apply(program)
    week.notes = "changed"
    assert program.weeks[0].notes == "copy me"
    rules = {"PO101": {"limit_pct": 5.0}}
    EditProgram({"rules": rules}).apply(program)
    rules["PO101"]["limit_pct"] = 50.0
    assert program.rules == {"PO101": {"limit_pct": 5.0}}


def test_add_item_creates_the_block_in_session_order_and_undo_drops_it() -> None:
    program = editing_program()
    session = program.weeks[0].sessions[1]
    kinds = [block.kind for block in session.blocks]
    inverse = AddItem(ItemPath(0, 1, "main", 0), Item(exercise="deadlift", sets=3)).apply(program)
    assert [block.kind for block in session.blocks] == ["warmup", "main", "core", "glute"]
    assert inverse == RemoveItem(ItemPath(0, 1, "main", 0), drop_empty_block=True)
    inverse.apply(program)
    assert [block.kind for block in session.blocks] == kinds


def test_remove_keeps_an_emptied_block_unless_asked() -> None:
    program = editing_program()
    mobility = ItemPath(0, 0, "mobility", 0)
    RemoveItem(mobility).apply(program)
    block = program.weeks[0].sessions[0].block("mobility")
    assert block is not None and block.items == []


def test_a_move_to_where_the_item_is_changes_nothing() -> None:
    program = editing_program()
    before = program.model_dump()
    stay = MoveItem(DEADLIFT, 0)
    assert stay.apply(program) == stay
    assert program.model_dump() == before
    assert MoveItem(DEADLIFT, 1).destination == ItemPath(0, 0, "main", 1)


def test_duplicates_go_below_the_row_after_the_last_session_and_after_the_week() -> None:
    program = editing_program()
    assert DuplicateItem.of(program, DEADLIFT).path == ItemPath(0, 0, "main", 1)
    copy = DuplicateSession.of(program, 0, 0, "wed")
    assert (copy.position, copy.session.day, copy.session.name) == (2, "wed", "Lower A")
    assert DuplicateWeek.of(program, 1).position == 2


def test_program_metadata_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="not program metadata: units"):
        EditProgram({"units": "lb"})  # type: ignore[dict-item]


def test_ramp_descriptions_say_added_changed_or_cleared() -> None:
    program = editing_program()
    ramp = [RampSet(pct=50, reps=5)]
    assert _replaced(program, ramp=ramp).describe(program, NAME_OF) == (
        "Add ramp-up sets to Conventional deadlift: 50 % × 5"
    )
    _replaced(program, ramp=ramp).apply(program)
    assert _replaced(program, ramp=[RampSet(pct=60, reps=3)]).describe(program, NAME_OF) == (
        "Change ramp-up sets of Conventional deadlift: 60 % × 3"
    )
    assert _replaced(program, ramp=[]).describe(program, NAME_OF) == (
        "Clear ramp-up sets of Conventional deadlift"
    )


def test_load_steps_are_checked_like_a_loaded_file() -> None:
    program = editing_program()
    for steps in ({"sandbag": 5.0}, {"dumbbell": 0.0}):
        with pytest.raises(EditRefused, match="load_steps"):
            EditProgram({"load_steps": steps}).apply(program)
    assert program.load_steps == {}
    steps = {"dumbbell": 1.0}
    inverse = EditProgram({"load_steps": steps}).apply(program)
    steps["dumbbell"] = 3.0  # the operation copied it
    assert program.load_steps == {"dumbbell": 1.0}
    inverse.apply(program)
    assert program.load_steps == {}


def test_set_units_switches_units_and_sets_each_load() -> None:
    program = editing_program()
    inverse = SetUnits("lb", {DEADLIFT: 176.5}).apply(program)
    assert program.units == "lb" and item_at(program, DEADLIFT).load == 176.5
    assert inverse == SetUnits("kg", {DEADLIFT: 80.0})


def test_a_composite_applies_in_order_and_undoes_in_reverse() -> None:
    program = editing_program()
    squat = item_at(program, ItemPath(0, 0, "main", 1))
    move = Composite(
        (RemoveItem(ItemPath(0, 0, "main", 1)), AddItem(ItemPath(0, 0, "core", 0), squat))
    )
    inverse = move.apply(program)
    assert [i.exercise for i in program.weeks[0].sessions[0].blocks[2].items] == [
        "goblet-squat",
        "bird-dog",
    ]
    assert isinstance(inverse, Composite)
    assert [type(part) for part in inverse.operations] == [RemoveItem, AddItem]
    assert move.describe(program, NAME_OF) == ""


# --------------------------------------------------------------------------- any sequence


@st.composite
def _operation(draw: st.DrawFn, program: Program) -> Operation:
    """One valid operation for the program as it is now."""
    weeks = program.weeks
    week_options = range(len(weeks))
    kind = draw(st.sampled_from(["item", "session", "week", "program"]))
    if kind == "program" or not weeks:
        return draw(
            st.sampled_from(
                [
                    AddWeek(len(weeks)),
                    EditProgram({"title": "Other"}),
                    SetUnits("lb" if program.units == "kg" else "kg"),
                ]
            )
        )
    week = draw(st.sampled_from(week_options))
    sessions = weeks[week].sessions
    if kind == "week" or not sessions:
        return draw(
            st.sampled_from(
                [
                    AddWeek(week),
                    RemoveWeek(week),
                    EditWeek(week, "deload", not weeks[week].deload),
                    DuplicateWeek.of(program, week),
                    AddSession(week, len(sessions), Session(day="sat", blocks=[])),
                ]
            )
        )
    session = draw(st.sampled_from(range(len(sessions))))
    paths = [
        ItemPath(week, session, block.kind, row)
        for block in sessions[session].blocks
        for row in range(len(block.items))
    ]
    block = draw(st.sampled_from(BLOCK_KINDS))
    items = sessions[session].block(block)
    end = 0 if items is None else len(items.items)
    choices: list[Operation] = [
        AddItem(ItemPath(week, session, block, end), Item(exercise="bird-dog", sets=2)),
        RemoveSession(week, session),
        EditSession(week, session, "day", draw(st.sampled_from(DAYS))),
        EditSession(week, session, "rpe", draw(st.sampled_from([None, 5.0, 8.5]))),
        DuplicateSession.of(program, week, session, "sun"),
    ]
    if paths:
        path = draw(st.sampled_from(paths))
        rows = len(sessions[session].block(path.block).items)  # type: ignore[union-attr]
        choices += [
            RemoveItem(path, drop_empty_block=draw(st.booleans())),
            MoveItem(path, draw(st.sampled_from(range(rows)))),
            DuplicateItem.of(program, path),
            ReplaceItem(path, item_at(program, path).model_copy(update={"sets": 4})),
        ]
    return draw(st.sampled_from(choices))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_sequence_of_operations_unwinds_to_the_start(data: st.DataObject) -> None:
    program = editing_program(2)
    before = program.model_dump()
    inverses: list[Operation] = []
    for _ in range(data.draw(st.integers(min_value=1, max_value=12))):
        operation = data.draw(_operation(program))
        inverses.append(operation.apply(program))
    middle = program.model_dump()
    redos = [inverse.apply(program) for inverse in reversed(inverses)]
    assert program.model_dump() == before
    for redo in reversed(redos):
        redo.apply(program)
    assert program.model_dump() == middle
    # The whole history undone as one composite, whose inverse redoes it all.
    redo_all = Composite(tuple(reversed(inverses))).apply(program)
    assert program.model_dump() == before
    redo_all.apply(program)
    assert program.model_dump() == middle
