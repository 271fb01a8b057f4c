"""Where new things go: the block an exercise joins, the day a new session takes, its defaults.

The window's double-click and drag and drop, and later the routine builders and the command
line, all place exercises by these rules, so an exercise lands in the same block whichever
way it was added.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.editing.ops import (
    AddItem,
    AddSession,
    Composite,
    MoveItem,
    NameOf,
    Operation,
    RemoveItem,
)
from planner_gui.domain.editing.paths import ItemPath, block_items, item_at
from planner_gui.domain.models import Exercise, Item, Program, Session, Week
from planner_gui.domain.vocabulary import BLOCK_TITLES, BlockKind, Category, Day, ordered_days

#: The block an exercise goes to when no block is chosen.
CATEGORY_BLOCK: dict[Category, BlockKind] = {
    "warmup": "warmup",
    "core": "core",
    "glute": "glute",
    "mobility": "mobility",
    "strength": "main",
    "conditioning": "main",
}

#: Categories a block takes when a row of it is selected and an exercise is added.
BLOCK_TAKES: dict[BlockKind, frozenset[Category]] = {
    "warmup": frozenset({"warmup", "mobility", "conditioning"}),
    "main": frozenset({"strength", "conditioning", "glute"}),
    "core": frozenset({"core"}),
    "glute": frozenset({"glute"}),
    "mobility": frozenset({"mobility", "warmup"}),
    "cooldown": frozenset({"warmup", "mobility", "conditioning"}),
}


@dataclass(frozen=True)
class Selection:
    """What is chosen in the session an exercise is added to: a block heading (`row` None)
    or a row of a block."""

    block: BlockKind
    row: int | None = None


def default_item(exercise: Exercise) -> Item:
    """A new item with the catalog's default dose for the exercise.

    The catalog gives warm-up drills, stretches and steady cardio a rest of 0 s, meaning
    "no set rest". Copied into the plan it showed as "0 s" in a rest cell nobody had filled
    in; the new item leaves rest empty instead (a plan that says 0 still shows "0 s").
    """
    dose = exercise.defaults.model_dump()
    if dose.get("rest_s") == 0:
        dose["rest_s"] = None
    return Item(exercise=exercise.id, **dose)


def target_block(exercise: Exercise, selection: Selection | None) -> tuple[BlockKind, int | None]:
    """The block an added exercise joins, and the row it takes there (None: the end).

    A chosen block heading always wins. A selected row only keeps the exercise in its block
    when it belongs there (`BLOCK_TAKES`), and then the exercise goes right below the row:
    after adding a warm-up drill its row stays selected, and the next main lift must not land
    in the warm-up. Otherwise the exercise goes to the end of its category's block.
    """
    if selection is not None:
        if selection.row is None:
            return selection.block, None
        if exercise.category in BLOCK_TAKES[selection.block]:
            return selection.block, selection.row + 1
    return CATEGORY_BLOCK[exercise.category], None


def free_day(week: Week, first_day: Day) -> Day:
    """The first day from `first_day` on with no session in the week (`first_day` if none)."""
    taken = {session.day for session in week.sessions}
    return next((day for day in ordered_days(first_day) if day not in taken), first_day)


def new_session(program: Program, week: int, day: Day, position: int) -> Session:
    """A new empty session, planned as long and as hard as the latest one before it.

    Without a duration and RPE a session adds nothing to the weekly load, so the chart and
    the load rules would ignore it until both were typed in for every session.
    """
    earlier = [s for w in program.weeks[: week + 1] for s in w.sessions]
    template = next((s for s in reversed(earlier) if s.duration_min and s.rpe), None)
    return Session(
        day=day,
        name=f"Session {position + 1}",
        duration_min=template.duration_min if template else None,
        rpe=template.rpe if template else None,
        blocks=[],
    )


def add_exercise(
    program: Program,
    exercise: Exercise,
    week: int,
    session: int | None,
    selection: Selection | None = None,
    *,
    first_day: Day = "mon",
) -> tuple[Operation, ItemPath]:
    """Add `exercise` with its default dose to a session of `week`; the edit and where the
    new item will be.

    `selection` is what is chosen in that session (see `target_block`). With no session
    (`session` None) a new one is made on the week's next free day from `first_day`, planned
    like the latest session (`new_session`), and the two steps are one edit.
    """
    item = default_item(exercise)
    if session is None:
        block, _ = target_block(exercise, None)
        position = len(program.weeks[week].sessions)
        day = free_day(program.weeks[week], first_day)
        path = ItemPath(week, position, block, 0)
        add_session = AddSession(week, position, new_session(program, week, day, position))
        text = f"Add {exercise.name} in a new session"
        return Composite((add_session, AddItem(path, item)), text), path
    block, row = target_block(exercise, selection)
    if row is None:
        row = len(block_items(program, week, session, block))
    path = ItemPath(week, session, block, row)
    return AddItem(path, item), path


def move_item(
    program: Program, source: ItemPath, block: BlockKind, row: int, name_of: NameOf
) -> Operation | None:
    """Move `source` so it lands at `row` of `block` (`row` counted before the move, as a
    drop indicator shows it); None when the item would not move.

    Inside one block this is a `MoveItem`; into another block of the same session, a
    composite of remove and add.
    """
    if block == source.block:
        count = len(block_items(program, source.week, source.session, block))
        to_row = row - 1 if row > source.row else row
        to_row = max(0, min(to_row, count - 1))
        if to_row == source.row:
            return None
        return MoveItem(source, to_row)
    item = item_at(program, source).model_copy(deep=True)
    target = ItemPath(source.week, source.session, block, row)
    text = f"Move {name_of(item.exercise)} to {BLOCK_TITLES[block]}"
    return Composite((RemoveItem(source), AddItem(target, item)), text)
