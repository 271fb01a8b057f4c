"""An edit whose result the loader would refuse is refused (EditRefused) with the place and
the reason, and the program is left exactly as it was: nothing unloadable is ever saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

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
    Operation,
    ReplaceItem,
    SetUnits,
)
from planner_gui.domain.editing.paths import ItemPath, item_at
from planner_gui.domain.editing.transforms import Progression, convert_units, copy_week_forward
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.limits import (
    LAST_PLAN_DATE,
    MAX_ITEMS,
    MAX_ITEMS_PER_BLOCK,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_NUMBER,
    MAX_SESSIONS_PER_DAY,
    MAX_TITLE_CHARS,
    MAX_WEEKS,
)
from planner_gui.domain.models import Item, Program, Week, latest_start
from tests.support.catalogs import editing_catalog
from tests.support.limit_plans import items_in_all
from tests.support.plans import editing_program

NAME_OF = editing_catalog().name_of
DEADLIFT = ItemPath(0, 0, "main", 0)
DEADLIFT_AT = "weeks[0].sessions[0].blocks[1].items[0]"


def _with_deadlift(weeks: int = 3, **changes: object) -> Program:
    """The editing plan with week 1's deadlift changed without validation (as an old edit
    could leave it): the edits below then have to refuse what they make of it."""
    program = editing_program(weeks)
    item = item_at(program, DEADLIFT)
    for key, value in changes.items():
        setattr(item, key, value)
    return program


def _full_block(program: Program) -> Program:
    items = program.weeks[0].sessions[0].blocks[1].items
    items[:] = [items[0].model_copy(deep=True) for _ in range(MAX_ITEMS_PER_BLOCK)]
    return program


def _full_monday(program: Program) -> Program:
    sessions = program.weeks[0].sessions
    monday = sessions[0]
    sessions[1:1] = [monday.model_copy(deep=True) for _ in range(MAX_SESSIONS_PER_DAY - 1)]
    return program


def _long_item(program: Program, **changes: object) -> Item:
    return item_at(program, DEADLIFT).model_copy(update=changes)


Case = tuple[Callable[[], Program], Callable[[Program], Operation], str, str]

#: (the plan, the edit, where it is refused, what the refusal says)
CASES: dict[str, Case] = {
    "add an item past the block's limit": (
        lambda: _full_block(editing_program()),
        lambda p: AddItem(DEADLIFT, Item(exercise="deadlift", sets=1)),
        "weeks[0].sessions[0].blocks[1].items",
        "would have 41 exercises; a block may have at most 40",
    ),
    "duplicate an item in a full block": (
        lambda: _full_block(editing_program()),
        lambda p: DuplicateItem.of(p, DEADLIFT),
        "weeks[0].sessions[0].blocks[1].items",
        "would have 41 exercises; a block may have at most 40",
    ),
    "add an invalid item": (
        editing_program,
        lambda p: AddItem(ItemPath(0, 0, "main", 1), _long_item(p, reps=MAX_NUMBER + 1)),
        "weeks[0].sessions[0].blocks[1].items[1].reps",
        "must be at most 1,000,000",
    ),
    "add an item to a block the session lacks": (
        editing_program,
        lambda p: AddItem(ItemPath(0, 1, "cooldown", 0), _long_item(p, note="n" * 4_001)),
        "weeks[0].sessions[1].blocks[3].items[0].note",
        f"is too long (at most {MAX_NOTE_CHARS} characters)",
    ),
    "replace an item with a long tempo": (
        editing_program,
        lambda p: ReplaceItem(DEADLIFT, _long_item(p, tempo="3" * 81)),
        f"{DEADLIFT_AT}.tempo",
        "is too long (at most 80 characters)",
    ),
    "add a fifth session on Monday": (
        lambda: _full_monday(editing_program()),
        lambda p: AddSession(0, 0, p.weeks[0].sessions[0].model_copy(deep=True)),
        "weeks[0].sessions",
        "would have 5 sessions on Monday; a day may have at most 4",
    ),
    "duplicate a session to a full day": (
        lambda: _full_monday(editing_program()),
        lambda p: DuplicateSession.of(p, 0, len(p.weeks[0].sessions) - 1, "mon"),
        "weeks[0].sessions",
        "would have 5 sessions on Monday; a day may have at most 4",
    ),
    "add a session with an invalid item": (
        lambda: _with_deadlift(sets=0),
        lambda p: AddSession(1, 0, p.weeks[0].sessions[0].model_copy(deep=True)),
        "weeks[1].sessions[0].blocks[1].items[0].sets",
        "must be at least 1",
    ),
    "rename a session past the limit": (
        editing_program,
        lambda p: EditSession(0, 1, "name", "n" * (MAX_NAME_CHARS + 1)),
        "weeks[0].sessions[1].name",
        f"is too long (at most {MAX_NAME_CHARS} characters)",
    ),
    "move a session to a full day": (
        lambda: _full_monday(editing_program()),
        lambda p: EditSession(0, len(p.weeks[0].sessions) - 1, "day", "mon"),
        "weeks[0].sessions",
        "would have 5 sessions on Monday; a day may have at most 4",
    ),
    "a session duration past the limit": (
        editing_program,
        lambda p: EditSession(0, 0, "duration_min", MAX_NUMBER + 1),
        "weeks[0].sessions[0].duration_min",
        "must be at most 1,000,000",
    ),
    "a day that is no day": (
        editing_program,
        lambda p: EditSession(0, 0, "day", "someday"),
        "weeks[0].sessions[0].day",
        "must be one of 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' or 'sun'",
    ),
    "add a week past the limit": (
        lambda: editing_program(MAX_WEEKS),
        lambda p: AddWeek(0),
        "weeks",
        "would have 105 weeks; a plan may have at most 104",
    ),
    "duplicate a week past the last date": (
        lambda: _starting(editing_program(3), latest_start(3)),
        lambda p: DuplicateWeek.of(p, 2),
        "weeks",
        f"4 weeks from {latest_start(3)} end after {LAST_PLAN_DATE}, the last day a plan may "
        "reach; start earlier or use fewer weeks",
    ),
    "add a week with an invalid item": (
        lambda: _with_deadlift(load=-1.0),
        lambda p: AddWeek(3, p.weeks[0].model_copy(deep=True)),
        "weeks[3].sessions[0].blocks[1].items[0].load",
        "must be at least 0",
    ),
    "add an exercise past the plan's limit": (
        lambda: Program.model_validate(items_in_all(MAX_ITEMS)),
        lambda p: AddItem(ItemPath(0, 0, "core", 0), Item(exercise="deadlift", sets=1)),
        "weeks",
        "would have 50,001 exercises in all; a plan may have at most 50,000",
    ),
    "week notes past the limit": (
        editing_program,
        lambda p: EditWeek(1, "notes", "n" * (MAX_NOTE_CHARS + 1)),
        "weeks[1].notes",
        f"is too long (at most {MAX_NOTE_CHARS} characters)",
    ),
    "a title past the limit": (
        editing_program,
        lambda p: EditProgram({"title": "t" * (MAX_TITLE_CHARS + 1)}),
        "title",
        f"is too long (at most {MAX_TITLE_CHARS} characters)",
    ),
    "a start date that takes the end past the last date": (
        editing_program,
        lambda p: EditProgram({"title": "Fine", "start_date": date(9999, 12, 20)}),
        "start_date",
        "3 weeks from 9999-12-20 end after 9999-12-24, the last day a plan may reach; "
        "start earlier or use fewer weeks",
    ),
    "an unknown rule code": (
        editing_program,
        lambda p: EditProgram({"rules": {"PO999": {"enabled": False}}}),
        "rules.PO999",
        "unknown rule code 'PO999'",
    ),
    "kg to lb past the largest number": (
        lambda: _with_deadlift(load=600_000.0),
        lambda p: convert_units(p, "lb"),
        f"{DEADLIFT_AT}.load",
        "600,000 kg would be 1,322,773.5 lb, and the load must be at most 1,000,000",
    ),
    "units that are none": (
        editing_program,
        lambda p: SetUnits("stone", {}),  # type: ignore[arg-type]
        "units",
        "must be one of 'kg' or 'lb'",
    ),
    "copy forward one rep past the largest number, appended": (
        lambda: _with_deadlift(1, reps=MAX_NUMBER),
        lambda p: copy_week_forward(p, 0, {"deadlift"}, Progression("reps"), name_of=NAME_OF),
        "weeks[1].sessions[0].blocks[1].items[0].reps",
        "must be at most 1,000,000",
    ),
    "copy forward over an existing week": (
        lambda: _with_deadlift(reps=MAX_NUMBER),
        lambda p: copy_week_forward(p, 0, {"deadlift"}, Progression("reps"), name_of=NAME_OF),
        "weeks[1].sessions[0].blocks[1].items[0].reps",
        "must be at most 1,000,000",
    ),
    "copy forward a load past the largest number": (
        lambda: _with_deadlift(load=float(MAX_NUMBER)),
        lambda p: copy_week_forward(
            p, 0, {"deadlift"}, Progression("load_add", 2.5), name_of=NAME_OF
        ),
        "weeks[1].sessions[0].blocks[1].items[0].load",
        "must be at most 1,000,000",
    ),
    "a composite refused in its last part": (
        editing_program,
        lambda p: Composite(
            (AddWeek(3), EditWeek(3, "notes", "ok"), EditWeek(0, "notes", "n" * 4_001)), "Three"
        ),
        "weeks[0].notes",
        f"is too long (at most {MAX_NOTE_CHARS} characters)",
    ),
}


def _starting(program: Program, start: date) -> Program:
    program.start_date = start
    return program


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_refused_edit_names_the_place_and_changes_nothing(case: str) -> None:
    make, edit, where, says = CASES[case]
    program = make()
    operation = edit(program)
    before = program.model_dump()
    with pytest.raises(EditRefused) as caught:
        operation.apply(program)
    assert caught.value.location == where
    assert caught.value.reason.startswith(says)
    assert str(caught.value) == f"{where}: {caught.value.reason}"
    assert program.model_dump() == before


def test_edits_up_to_each_limit_are_made() -> None:
    program = editing_program()
    sessions = program.weeks[0].sessions
    for _ in range(MAX_SESSIONS_PER_DAY - 1):
        AddSession(0, 0, sessions[0].model_copy(deep=True)).apply(program)
    assert sum(s.day == "mon" for s in sessions) == MAX_SESSIONS_PER_DAY
    rows = len(program.weeks[1].sessions[0].blocks[1].items)
    for row in range(rows, MAX_ITEMS_PER_BLOCK):
        AddItem(ItemPath(1, 0, "main", row), Item(exercise="deadlift", sets=1)).apply(program)
    assert len(program.weeks[1].sessions[0].blocks[1].items) == MAX_ITEMS_PER_BLOCK
    EditProgram({"start_date": latest_start(3), "title": "t" * MAX_TITLE_CHARS}).apply(program)
    assert program.end_date == LAST_PLAN_DATE
    ReplaceItem(DEADLIFT, _long_item(program, reps=MAX_NUMBER)).apply(program)
    Program.model_validate(program.model_dump())


def test_kg_to_lb_within_the_limit_converts() -> None:
    program = _with_deadlift(load=400_000.0)
    convert_units(program, "lb").apply(program)
    assert item_at(program, DEADLIFT).load == 881_849.0
    Program.model_validate(program.model_dump())


def test_a_refused_copy_forward_puts_the_replaced_week_back() -> None:
    """The rollback of a refused copy forward puts the replaced week back in its place."""
    program = _with_deadlift(reps=MAX_NUMBER)
    second = program.weeks[1]
    operation = copy_week_forward(program, 0, {"deadlift"}, Progression("reps"), name_of=NAME_OF)
    with pytest.raises(EditRefused):
        operation.apply(program)
    assert len(program.weeks) == 3 and program.weeks[1] == second


def test_an_empty_week_fits_until_the_last_date() -> None:
    program = _starting(editing_program(2), latest_start(3))
    AddWeek(2, Week()).apply(program)
    assert program.end_date == LAST_PLAN_DATE
    with pytest.raises(EditRefused, match="end after 9999-12-24"):
        AddWeek(3, Week()).apply(program)
