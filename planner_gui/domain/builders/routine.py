"""Build a routine for one session of a plan: the proposal, and the operation that applies it.

The operation replaces the items of the routine's block (creating the block when the session
has none) and, for a warm-up, gives main lifts their ramp-up sets: one `Composite` of
`RemoveItem`, `AddItem` and `ReplaceItem`, so the window pushes it as one undoable edit and
the command line or the generator applies it directly.
"""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.domain.builders.context import RoutineContext
from planner_gui.domain.builders.core import build_core
from planner_gui.domain.builders.glute import build_glute
from planner_gui.domain.builders.mobility import build_mobility
from planner_gui.domain.builders.proposal import BuiltRoutine, Proposal
from planner_gui.domain.builders.request import ROUTINE_TITLES, RoutineKind, RoutineRequest
from planner_gui.domain.builders.warmup import build_warmup
from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.editing.ops import AddItem, Composite, Operation, RemoveItem, ReplaceItem
from planner_gui.domain.editing.paths import ItemPath, block_items, session_at, session_label
from planner_gui.domain.models import Program, Session
from planner_gui.domain.vocabulary import Units

Builder = Callable[[RoutineContext], Proposal]

BUILDERS: dict[RoutineKind, Builder] = {
    "warmup": build_warmup,
    "core": build_core,
    "glute": build_glute,
    "mobility": build_mobility,
}


def propose(
    session: Session, catalog: Catalog, request: RoutineRequest, units: Units = "kg"
) -> Proposal:
    """The routine `request` asks for in `session`, changing nothing. `catalog` must hold the
    plan's custom exercises (`catalog_for_plan`). Raises BuildRefused with a one-line reason
    when it cannot be built (too little time, nothing at hand for a pattern)."""
    request.check()
    return BUILDERS[request.kind](RoutineContext.of(session, catalog, request, units))


def build_routine(
    program: Program, catalog: Catalog, week: int, session: int, request: RoutineRequest
) -> BuiltRoutine:
    """The routine for session `session` of week `week` (0-based) and the edit that applies it."""
    target = session_at(program, week, session)
    proposal = propose(target, catalog_for_plan(catalog, program), request, program.units)
    return BuiltRoutine(proposal, routine_operation(program, week, session, proposal))


def routine_operation(program: Program, week: int, session: int, proposal: Proposal) -> Composite:
    """One edit putting `proposal` in place of the block's items (and setting ramp-up sets)."""
    block = proposal.block
    existing = block_items(program, week, session, block)
    operations: list[Operation] = [
        RemoveItem(ItemPath(week, session, block, row)) for row in reversed(range(len(existing)))
    ]
    operations.extend(
        AddItem(ItemPath(week, session, block, row), item)
        for row, item in enumerate(proposal.items)
    )
    operations.extend(
        ReplaceItem(ItemPath(week, session, "main", ramp.row), ramp.item) for ramp in proposal.ramps
    )
    label = session_label(session_at(program, week, session))
    return Composite(tuple(operations), f"Build {ROUTINE_TITLES[proposal.kind]} for {label}")
