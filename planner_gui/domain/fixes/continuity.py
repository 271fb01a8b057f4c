"""A routine continuing the plan's progression: the neighbouring weeks' routine, dosed between.

A week missing a routine the weeks around it have is usually a week the coach left out, not
one meant to differ. Built afresh, its dose ignores how the other weeks progress (week 2 at
3 × 25 s after week 1 at 2 × 20 s raises sets and hold at once: PO104, PO108). So the routine
the fix offers first is the one the same session has in the week before (or, for the first
week, after), at a dose the progression passes through: the earlier week's, with at most one
of reps, hold, time or sets raised to the later week's (for a first week, a step back from
the second's). `variants` lists those doses, most expected first; which of them the plan
accepts is for the checker to say (`verify`).

A built routine (when the neighbours have none for that session) takes the dose of the same
exercise, or else the same pattern, in the neighbouring weeks' blocks of its kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Item, Program, Session
from planner_gui.domain.vocabulary import BlockKind

#: The dose fields a progression raises, one at a time, in the order a coach usually does.
STEPS = ("reps", "hold_s", "time_s", "sets")


@dataclass(frozen=True)
class Neighbours:
    """The same session's `block` items in the nearest earlier and later week having them
    (`before_week`, `after_week` 0-based, None when there is none)."""

    before: tuple[Item, ...] = ()
    after: tuple[Item, ...] = ()
    before_week: int | None = None
    after_week: int | None = None


def same_session(program: Program, week: int, session: int, other: int) -> int | None:
    """The session of week `other` that stands where session `session` of week `week` does:
    the same day (the same name too when the day has several), else the same position."""
    target = program.weeks[week].sessions[session]
    sessions = program.weeks[other].sessions
    same_day = [index for index, found in enumerate(sessions) if found.day == target.day]
    named = [index for index in same_day if sessions[index].name == target.name]
    for candidates in (named, same_day):
        if len(candidates) == 1:
            return candidates[0]
    if named:
        return named[0]
    return session if session < len(sessions) else None


def neighbours(program: Program, week: int, session: int, block: BlockKind) -> Neighbours:
    """The neighbouring weeks' items of `block` in the session standing where this one does.
    A deload week is no neighbour of a normal one: its doses are lighter on purpose."""
    deload = program.weeks[week].deload

    def items_in(other: int) -> tuple[Item, ...]:
        if program.weeks[other].deload and not deload:
            return ()
        index = same_session(program, week, session, other)
        if index is None:
            return ()
        found = program.weeks[other].sessions[index].block(block)
        return tuple(found.items) if found is not None else ()

    before: tuple[Item, ...] = ()
    before_week = None
    for other in range(week - 1, -1, -1):
        before = items_in(other)
        if before:
            before_week = other
            break
    after: tuple[Item, ...] = ()
    after_week = None
    for other in range(week + 1, len(program.weeks)):
        after = items_in(other)
        if after:
            after_week = other
            break
    return Neighbours(before, after, before_week, after_week)


#: How far one step back lowers a dose field the later week has (a set, two reps, 5 s).
STEP_BACK = {"sets": 1, "reps": 2, "hold_s": 5, "time_s": 30}
#: The work fields a step back lowers first (sets last: fewer sets is a deload's change).
WORK = ("reps", "hold_s", "time_s")

#: A routine at one dose, and the week (0-based) whose exercises it takes.
Dose = tuple[int, list[Item]]
#: How many doses `variants` lists, so that the k-th is the same kind of dose in every session,
#: and how far apart a dose and its twin with one set fewer are in that list.
VARIANTS = 12
TWIN = 6


def twin(rank: int) -> int | None:
    """Where the dose at `rank` of `variants` has its twin (the same dose with a set fewer, or
    the other way round); None for a rank past the neighbours' doses."""
    if not 0 <= rank < VARIANTS:
        return None
    return rank + TWIN if rank < TWIN else rank - TWIN


def variants(found: Neighbours, *, deload: bool = False) -> list[Dose | None]:
    """The neighbours' routine at each dose worth trying, most expected first, each at the
    same place for every session (None where this session's neighbours have no such dose):

    0. one step on from the earlier week toward the later one (each item raises the first
       of reps, hold, time and sets that the later week has higher: one variable at a time);
    1. the earlier week's own dose; 2. the later week's dose of the earlier week's exercises;
    3. one step back from the later week in reps, hold or time (a first week comes before
       the second rather than repeating it); 4. the later week's own; 5. that with a set fewer;
    6-11. each of those with one set fewer, for a deload (first, when `deload`).
    """
    doses: list[Dose | None] = [None] * 6
    later = {item.exercise: item for item in found.after}
    if found.before and found.before_week is not None:
        base = list(found.before)
        week = found.before_week
        doses[0] = (week, [_step_on(item, later.get(item.exercise)) for item in base])
        doses[1] = (week, base)
        doses[2] = (week, [later.get(item.exercise, item) for item in base])
    if found.after and found.after_week is not None:
        base = list(found.after)
        week = found.after_week
        doses[3] = (week, [_step_back(item) for item in base])
        doses[4] = (week, base)
        doses[5] = (week, [_lowered(item, "sets") for item in base])
    fewer: list[Dose | None] = [
        None if dose is None else (dose[0], [_lowered(item, "sets") for item in dose[1]])
        for dose in doses
    ]
    ordered = fewer + doses if deload else doses + fewer
    return [
        None if dose is None else (dose[0], [item.model_copy(deep=True) for item in dose[1]])
        for dose in ordered
    ]


def _step_on(item: Item, later: Item | None) -> Item:
    if later is None:
        return item
    for field in STEPS:
        old, new = getattr(item, field), getattr(later, field)
        if old is not None and new is not None and new > old:
            return item.model_copy(update={field: new})
    return item


def _step_back(item: Item) -> Item:
    for field in WORK:
        lowered = _lowered(item, field)
        if lowered != item:
            return lowered
    return item


def _lowered(item: Item, field: str) -> Item:
    value = getattr(item, field)
    if value is None or value <= 1:
        return item
    return item.model_copy(update={field: max(1, value - STEP_BACK[field])})


def matched_dose(
    items: list[Item], program: Program, catalog: Catalog, week: int, block: BlockKind
) -> list[Item]:
    """Built `items` with the sets, reps, hold and time of the same exercise (else the same
    pattern and category) in `block` of the weeks just before or after `week`; an item the
    neighbours have nothing like keeps its dose."""
    pool: list[Item] = []
    for other in (week - 1, week + 1):
        if 0 <= other < len(program.weeks):
            pool.extend(_block_items(program.weeks[other].sessions, block))
    dosed: list[Item] = []
    for item in items:
        match = next((p for p in pool if p.exercise == item.exercise), None)
        if match is None:
            match = next((p for p in pool if _alike(catalog, p.exercise, item.exercise)), None)
        if match is None:
            dosed.append(item)
            continue
        update = {field: getattr(match, field) for field in (*STEPS, "rest_s")}
        if (item.reps is None) != (match.reps is None) or (item.hold_s is None) != (
            match.hold_s is None
        ):
            update = {"sets": match.sets}  # a hold for reps (or the other way) keeps its own
        dosed.append(item.model_copy(update=update))
    return dosed


def _block_items(sessions: list[Session], block: BlockKind) -> list[Item]:
    return [
        item
        for session in sessions
        for kind in session.blocks
        if kind.kind == block
        for item in kind.items
    ]


def _alike(catalog: Catalog, one: str, other: str) -> bool:
    first, second = catalog.get(one), catalog.get(other)
    return (
        first is not None
        and second is not None
        and first.pattern == second.pattern
        and first.category == second.category
    )
