"""Put a generated program together: the week's sessions, their routines, then the weeks.

Week 1 is designed once: each session's main lifts (`lifts`), trimmed to the session's time
budget, then its warm-up, core, glute and mobility routines built by `domain.builders` and
applied through their editing operations on a scratch plan, exactly as the window applies
them; then every session's minutes are set to its time estimate and the efforts spread
(`effort`). The other weeks follow from it (`progression`). No session has more than 12
exercises.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from math import floor
from weakref import WeakKeyDictionary

from planner_gui.domain.builders.dosing import Floor, fit
from planner_gui.domain.builders.equipment import load_kind
from planner_gui.domain.builders.request import (
    BuildRefused,
    RoutineKind,
    RoutineRequest,
    level_words,
)
from planner_gui.domain.builders.routine import build_routine
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.ops import AddSession
from planner_gui.domain.generator.effort import ordinary_floor, session_rpe, spread_efforts
from planner_gui.domain.generator.layout import EASY_FROM_DAYS, DaySlot, lay_out
from planner_gui.domain.generator.lifts import MainLift, choose_lifts
from planner_gui.domain.generator.progression import (
    LiftPlan,
    PlanKey,
    Scheme,
    advanced_week,
    copied_week,
    deload_of,
    deload_weeks,
    plan_minutes,
)
from planner_gui.domain.generator.request import GOAL_TITLES, ProgramRequest, RequestError
from planner_gui.domain.models import PLAN_VERSION, Block, Program, Session, Week, blank_program
from planner_gui.domain.vocabulary import BlockKind

#: Most exercises in one session (TI702's guideline).
MAX_EXERCISES = 12
ROUTINES: tuple[RoutineKind, ...] = ("warmup", "core", "glute", "mobility")
#: Exercises the core and glute routines take, and the fewest a mobility routine needs.
CORE_ROOM, GLUTE_ROOM, MOBILITY_ROOM = 3, 2, 2
#: Share of a session's minutes each routine gets, and its bounds.
BUDGET_SHARE: dict[RoutineKind, tuple[float, int, int]] = {
    "warmup": (0.17, 5, 12),
    "core": (0.17, 5, 30),
    "glute": (0.12, 4, 20),
    "mobility": (0.10, 4, 20),
}

DELOAD_NOTE = (
    "Deload week: about 40 % fewer working sets at the same loads, and easier sessions, so "
    "fatigue settles before the next block."
)

#: The least effort a deload session is eased to.
DELOAD_LOWEST_RPE = 1.0

ReasonKey = tuple[int, BlockKind, int]
"""An item of week 1 by its session's position, its block and its row."""


@dataclass(frozen=True)
class Generated:
    """A generated program, with one reason for each item of week 1 (for a preview)."""

    program: Program
    reasons: dict[ReasonKey, str]


def routine_budgets(minutes: int) -> dict[RoutineKind, int]:
    """Each routine's minutes in a session of `minutes`; the main lifts get the rest."""
    budgets: dict[RoutineKind, int] = {}
    for kind, (share, low, high) in BUDGET_SHARE.items():
        budgets[kind] = max(low, min(high, floor(minutes * share + 0.5)))
    return budgets


def generate(request: ProgramRequest, catalog: Catalog) -> Generated:
    """The whole program `request` asks for; RequestError (one line) when it cannot be."""
    request.check()
    week, plans, reasons = _designed(request, catalog)
    weeks = _unroll(week, plans, request.weeks)
    # Not part of the kept design: it names the deload weeks, which depend on the length.
    weeks[0].notes = _first_note(request)
    title = request.title or (
        f"{GOAL_TITLES[request.goal]}, {request.weeks} week{'s' if request.weeks > 1 else ''}, "
        f"{len(request.days)} days a week"
    )
    program = Program(
        format="brace-plan",
        version=PLAN_VERSION,
        title=title,
        athlete=request.athlete,
        start_date=request.start,
        units="kg",
        weeks=weeks,
    )
    return Generated(program, dict(reasons))


def generate_program(request: ProgramRequest, catalog: Catalog) -> Program:
    return generate(request, catalog).program


# --------------------------------------------------------------------------- week 1

Design = tuple[Week, dict[PlanKey, LiftPlan], dict[ReasonKey, str]]
#: Week 1 depends on neither the number of weeks nor the start, athlete or title: a wizard
#: that changes only those, or a test that walks every length, designs each week once.
#: The designs kept are never changed (`_unroll` copies week 1); the oldest go first.
_DESIGNS: WeakKeyDictionary[Catalog, OrderedDict[tuple[object, ...], Design]] = WeakKeyDictionary()
DESIGNS_KEPT = 256


def _designed(request: ProgramRequest, catalog: Catalog) -> Design:
    key = (
        request.training_days,
        request.level,
        request.goal,
        request.equipment,
        request.session_minutes,
        request.seed,
    )
    kept = _DESIGNS.setdefault(catalog, OrderedDict())
    design = kept.get(key)
    if design is None:
        design = kept[key] = _design(request, catalog)
        if len(kept) > DESIGNS_KEPT:
            kept.popitem(last=False)
    else:
        kept.move_to_end(key)
    return design


def _design(request: ProgramRequest, catalog: Catalog) -> Design:
    budgets = routine_budgets(request.session_minutes)
    main_minutes = request.session_minutes - sum(budgets.values())
    sessions: list[Session] = []
    plans: dict[PlanKey, LiftPlan] = {}
    reasons: dict[ReasonKey, str] = {}
    for position, slot in enumerate(lay_out(request.training_days)):
        lifts = choose_lifts(
            slot, catalog, request.equipment, request.level, request.goal, request.seed
        )
        lifts = _fit_main(lifts, main_minutes, request)
        session, routine_reasons = _session(slot, lifts, request, catalog, budgets)
        sessions.append(session)
        for row, lift in enumerate(lifts):
            exercise = catalog.get(lift.item.exercise)
            kind = None if exercise is None else load_kind(exercise, request.equipment)
            scheme: Scheme = "linear" if request.goal == "strength" else "double"
            plans[(position, row)] = LiftPlan(scheme, lift.item.reps or 1, lift.top_reps, kind)
            reasons[(position, "main", row)] = lift.reason
        for (kind_of_block, row), reason in routine_reasons.items():
            key = (position, kind_of_block, row)
            reasons[key] = f"{reasons[key]} {reason}" if key in reasons else reason
    week = Week(sessions=sessions)
    plan_minutes(week)
    spread_efforts(week, ordinary_floor(request.goal))
    return week, plans, reasons


def _fit_main(lifts: list[MainLift], minutes: float, request: ProgramRequest) -> list[MainLift]:
    """The lifts with sets trimmed (to 2 at least) until they fit `minutes` at the top of their
    rep ranges, so the sessions still fit when the reps have risen."""
    top = [lift.item.model_copy(update={"reps": lift.top_reps}) for lift in lifts]
    try:
        fitted = fit(top, minutes, "the main lifts", floors=[Floor(sets=2) for _ in top])
    except BuildRefused as refused:
        raise RequestError(
            "minutes",
            f"sessions of {request.session_minutes} minutes are too short: {refused}",
        ) from None
    return [
        MainLift(lift.item.model_copy(update={"sets": item.sets}), lift.top_reps, lift.reason)
        for lift, item in zip(lifts, fitted, strict=True)
    ]


def _session(
    slot: DaySlot,
    lifts: list[MainLift],
    request: ProgramRequest,
    catalog: Catalog,
    budgets: dict[RoutineKind, int],
) -> tuple[Session, dict[tuple[BlockKind, int], str]]:
    """One session with its routines, built on a scratch plan of its own. When the mobility
    routine finds no room, the warm-up gives up a drill and the routines are built again."""
    count = len(lifts)
    warmup_room = max(2, MAX_EXERCISES - count - CORE_ROOM - GLUTE_ROOM - MOBILITY_ROOM)
    while True:
        try:
            return _built_session(slot, lifts, request, catalog, budgets, warmup_room)
        except BuildRefused as refused:
            if warmup_room <= 2:
                raise RequestError("equipment", f"{slot.name}: {refused}") from None
            warmup_room -= 1


def _built_session(
    slot: DaySlot,
    lifts: list[MainLift],
    request: ProgramRequest,
    catalog: Catalog,
    budgets: dict[RoutineKind, int],
    warmup_room: int,
) -> tuple[Session, dict[tuple[BlockKind, int], str]]:
    scratch = blank_program(request.start, 1)
    easy_days = len(request.days) >= EASY_FROM_DAYS
    session = Session(
        day=slot.day,
        name=slot.name,
        rpe=session_rpe(request.goal, slot.effort, easy_days),
        blocks=[Block(kind="main", items=[lift.item for lift in lifts])],
    )
    AddSession(0, 0, session).apply(scratch)
    reasons: dict[tuple[BlockKind, int], str] = {}
    rooms: dict[RoutineKind, int] = {"warmup": warmup_room, "core": CORE_ROOM, "glute": GLUTE_ROOM}
    for kind in ROUTINES:
        used = len(scratch.weeks[0].sessions[0].items())
        room = rooms.get(kind, MAX_EXERCISES - used)
        routine = RoutineRequest(
            kind=kind,
            level=request.level,
            equipment=request.equipment,
            minutes=budgets[kind],
            seed=request.seed,
            gentle=request.goal == "return",
            max_exercises=room,
        )
        built = build_routine(scratch, catalog, 0, 0, routine)
        built.operation.apply(scratch)
        proposal = built.proposal
        for row, choice in enumerate(proposal.choices):
            reasons[(proposal.block, row)] = choice.reason
        for ramp in proposal.ramps:
            reasons[("main", ramp.row)] = ramp.reason
    return scratch.weeks[0].sessions[0], reasons


def _first_note(request: ProgramRequest) -> str:
    progress = (
        "main lifts add one loadable step a week while the step stays within 10 %, and add "
        "reps first when it would not"
        if request.goal == "strength"
        else "main lifts add a rep a week to the top of their range, then one loadable step"
    )
    deloads = sorted(index + 1 for index in deload_weeks(request.weeks))
    if not deloads:
        rest = ""
    elif len(deloads) == 1:
        rest = f" Week {deloads[0]} is a deload."
    else:
        rest = f" Weeks {', '.join(map(str, deloads[:-1]))} and {deloads[-1]} are deloads."
    return (
        f"Generated for {level_words(request.level)}: the first loads are a guess; set them "
        f"so every working set ends with 2-3 good reps in reserve. Then {progress}.{rest}"
    )


# --------------------------------------------------------------------------- weeks


def _unroll(first: Week, plans: dict[PlanKey, LiftPlan], weeks: int) -> list[Week]:
    deloads = deload_weeks(weeks)
    result: list[Week] = []
    state = first
    for index in range(weeks):
        if index in deloads:
            week = deload_of(state)
            week.notes = DELOAD_NOTE
            plan_minutes(week)
            spread_efforts(week, DELOAD_LOWEST_RPE)
        else:
            if index > 0:
                state = advanced_week(state, plans)
                state.notes = ""
                plan_minutes(state)
            # Week 1 is the kept design: copied. Later weeks are fresh copies already.
            week = copied_week(state) if index == 0 else state
        result.append(week)
    return result
