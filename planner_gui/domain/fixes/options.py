"""The routines a fix may build into one session, most expected first.

First the routine the neighbouring weeks have in that session, at each dose of `continuity`
(the week then continues the plan's progression); then the routine the builder chooses, dosed
like the neighbours' items of its kind; last the builder's routine as it doses it. Which one
the fix offers is the first the checker accepts (`verify`).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.builders.dosing import minutes
from planner_gui.domain.builders.proposal import BuiltRoutine, Choice, Proposal
from planner_gui.domain.builders.request import BuildRefused, RoutineRequest
from planner_gui.domain.builders.routine import build_routine, routine_operation
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.ops import Composite
from planner_gui.domain.fixes.continuity import matched_dose, neighbours, variants
from planner_gui.domain.models import Item, Program
from planner_gui.domain.vocabulary import BlockKind


@dataclass(frozen=True)
class Option:
    """One routine for session `session`: the edit that builds it, its exercises, and the week
    (0-based) it continues, None for a routine the builder chose."""

    session: int
    operation: Composite
    exercise_ids: tuple[str, ...]
    follows: int | None = None


def session_options(
    program: Program,
    catalog: Catalog,
    week: int,
    session: int,
    request: RoutineRequest | None,
) -> list[Option | None]:
    """The routines for session `session` of week `week`, most expected first (see the module
    docstring): `continuity.VARIANTS` of the neighbours' routine, then the builder's dosed
    like the neighbours', then the builder's own; None where there is no such routine for this
    session, so the k-th option is the same kind of routine in every session. `request` None
    (no room) leaves none; `catalog` holds the plan's custom exercises."""
    if request is None:
        return []
    built: BuiltRoutine | None
    try:
        built = build_routine(program, catalog, week, session, request)
    except BuildRefused:
        built = None
    block: BlockKind = built.proposal.block if built else request.target_block
    options: list[Option | None] = []
    found = neighbours(program, week, session, block)
    for dose in variants(found, deload=program.weeks[week].deload):
        if dose is None:
            options.append(None)
            continue
        source, items = dose
        proposal = _copied(request, block, items, source, built)
        operation = routine_operation(program, week, session, proposal)
        options.append(Option(session, operation, tuple(proposal.exercise_ids), source))
    matched: Option | None = None
    own: Option | None = None
    if built is not None:
        items = matched_dose(built.proposal.items, program, catalog, week, block)
        if items != built.proposal.items:
            proposal = _redosed(built.proposal, items)
            operation = routine_operation(program, week, session, proposal)
            matched = Option(session, operation, tuple(proposal.exercise_ids))
        own = Option(session, built.operation, tuple(built.proposal.exercise_ids))
    options.extend((matched, own))
    if all(option is None for option in options):
        return []
    return options


def _copied(
    request: RoutineRequest,
    block: BlockKind,
    items: list[Item],
    source: int,
    built: BuiltRoutine | None,
) -> Proposal:
    why = f"As in week {source + 1}: the week continues the plan's progression."
    choices = tuple(Choice(item, why, "continue the progression") for item in items)
    ramps = built.proposal.ramps if built is not None else ()
    return Proposal(request.kind, block, choices, minutes(items), request.budget, ramps)


def _redosed(proposal: Proposal, items: list[Item]) -> Proposal:
    choices = tuple(
        Choice(item, choice.reason, choice.role)
        for item, choice in zip(items, proposal.choices, strict=True)
    )
    return Proposal(
        proposal.kind,
        proposal.block,
        choices,
        minutes(items),
        proposal.budget,
        proposal.ramps,
        proposal.notes,
    )
