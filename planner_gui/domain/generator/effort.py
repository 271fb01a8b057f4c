"""How hard each session is planned (session RPE), so a week's days stay unlike each other.

Foster's monotony (the mean of the 7 daily loads ÷ their SD, rest days 0) rises when every
training day carries the same load; with five or six days a week it passes the guideline of
2 unless some days are clearly easier. Sessions start at the goal's effort, the week's
lighter session two points below; with easy days (five or six days a week, see `layout`),
easy days three points below and the lighter session four. Then, as a guard, the lightest
session is eased half a point at a time, then the next lightest, until the week's monotony is
at most `MONOTONY_TARGET`, which leaves room below the guideline for the small changes in
minutes as reps rise.
"""

from __future__ import annotations

from planner_gui.domain.generator.layout import Effort
from planner_gui.domain.generator.request import Goal
from planner_gui.domain.metrics import monotony_of
from planner_gui.domain.models import Week
from planner_gui.domain.vocabulary import DAYS

SESSION_RPE: dict[Goal, float] = {"strength": 7.0, "foundation": 6.0, "return": 5.0}
#: Points below the goal's effort: the lighter session of a week with easy days too, an
#: easy day, the lighter session of a week without easy days.
DROP: dict[Effort, float] = {"hard": 0.0, "easy": 3.0, "light": 4.0}
LIGHT_DROP = 2.0
MONOTONY_TARGET = 1.8
LIGHTEST_RPE = 3.0
#: How far below the goal's effort an ordinary session may be eased.
EASED_DROP = 1.5
STEP = 0.5


def session_rpe(goal: Goal, effort: Effort, easy_days: bool) -> float:
    """A session's planned RPE: the goal's, less its effort's drop (the lighter session drops
    LIGHT_DROP in a week without easy days), never below LIGHTEST_RPE - 1."""
    drop = LIGHT_DROP if effort == "light" and not easy_days else DROP[effort]
    return max(LIGHTEST_RPE - 1, SESSION_RPE[goal] - drop)


def week_monotony(week: Week) -> float:
    daily = [0.0] * 7
    for session in week.sessions:
        daily[DAYS.index(session.day)] += session.session_load
    return monotony_of(daily)


def ordinary_floor(goal: Goal) -> float:
    """The least effort an ordinary session of the goal is eased to."""
    return SESSION_RPE[goal] - EASED_DROP


def spread_efforts(week: Week, lowest_ordinary: float) -> None:
    """Ease sessions, the lightest first, until the week's monotony is low enough: the
    lightest down to LIGHTEST_RPE (or `lowest_ordinary` if that is lower), the others down
    to `lowest_ordinary`."""
    while week_monotony(week) > MONOTONY_TARGET:
        by_load = sorted(week.sessions, key=lambda session: session.session_load)
        for rank, session in enumerate(by_load):
            least = min(LIGHTEST_RPE, lowest_ordinary) if rank == 0 else lowest_ordinary
            if session.rpe is not None and session.rpe - STEP >= least - 1e-9:
                session.rpe -= STEP
                break
        else:
            return
