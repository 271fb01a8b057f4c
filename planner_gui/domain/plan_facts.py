"""Facts about a plan's shape that a summary may state: its deload weeks, rest days, warm-ups
and whether its loads rise.

The handout says what a plan that passed the checker has going for it; every such claim
must be true of this plan, not of plans in general (a four-week plan with no deload must not
be praised for its deloads). These are read from the plan alone, so they hold whatever the
checker's settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.models import Program, Session
from planner_gui.domain.rules.codes import EXERCISE_LOAD_RISE, TABLE


@dataclass(frozen=True)
class PlanFacts:
    """What the plan has; weeks are numbered from 1."""

    weeks: int
    deload_weeks: tuple[int, ...]
    #: The fewest days without a session in any week (7 for a plan of empty weeks).
    fewest_rest_days: int
    #: Sessions with exercises, and how many of them begin with a warm-up.
    sessions: int
    warmed_up: int
    #: Sessions with loaded work (an item with a load above body weight), and how many of
    #: them begin with a warm-up.
    loaded_sessions: int
    loaded_warmed_up: int
    #: Whether some exercise's load is higher than it was the week before.
    loads_rise: bool
    #: The weekly rise PO101 allows this plan, and whether that is the rule's default.
    load_rise_limit_pct: float
    default_load_rise_limit: bool
    #: Codes of the rules the plan switches off, in table order.
    rules_off: tuple[str, ...]


def _trains(session: Session) -> bool:
    return any(block.items for block in session.blocks) or session.session_load > 0


def _warms_up(session: Session) -> bool:
    warmup = session.block("warmup")
    return warmup is not None and bool(warmup.items)


def _loaded(session: Session) -> bool:
    return any(item.load for block in session.blocks for item in block.items)


def plan_facts(program: Program) -> PlanFacts:
    """The facts of `program` a summary may claim."""
    sessions = [s for week in program.weeks for s in week.sessions if _trains(s)]
    loaded = [s for s in sessions if _loaded(s)]
    limit = EXERCISE_LOAD_RISE.settings(program.rules).limit_pct
    rest_days = [7 - len({s.day for s in week.sessions if _trains(s)}) for week in program.weeks]
    return PlanFacts(
        weeks=len(program.weeks),
        deload_weeks=tuple(i + 1 for i, week in enumerate(program.weeks) if week.deload),
        fewest_rest_days=min(rest_days, default=7),
        sessions=len(sessions),
        warmed_up=sum(map(_warms_up, sessions)),
        loaded_sessions=len(loaded),
        loaded_warmed_up=sum(map(_warms_up, loaded)),
        loads_rise=_loads_rise(program),
        load_rise_limit_pct=limit,
        default_load_rise_limit=abs(limit - EXERCISE_LOAD_RISE.settings({}).limit_pct) < 1e-9,
        rules_off=tuple(info.code for info in TABLE if not info.enabled(program.rules)),
    )


def _loads_rise(program: Program) -> bool:
    """Whether an exercise's heaviest load of a week beats its heaviest of the week before."""
    previous: dict[str, float] = {}
    for week in program.weeks:
        current: dict[str, float] = {}
        for session in week.sessions:
            for _, item in session.items():
                if item.load:
                    current[item.exercise] = max(current.get(item.exercise, 0.0), item.load)
        if any(load > previous.get(ex, load) + 1e-9 for ex, load in current.items()):
            return True
        previous = current
    return False
