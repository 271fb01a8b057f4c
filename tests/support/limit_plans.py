"""Plan dicts at the limits of domain/limits.py: many exercises, dates near the ends."""

from __future__ import annotations

import copy
from typing import Any

from planner_gui.domain.limits import MAX_ITEMS_PER_BLOCK
from tests.support.plan_files import VALID_PLAN, plan


def items_in_all(count: int) -> dict[str, Any]:
    """A plan of `count` exercises: full main blocks, four sessions a day, every day."""
    item = {"exercise": "deadlift", "sets": 3, "reps": 5}
    sessions: list[dict[str, Any]] = []
    left = count
    while left:
        rows = min(left, MAX_ITEMS_PER_BLOCK)
        day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[len(sessions) // 4 % 7]
        sessions.append({"day": day, "blocks": [{"kind": "main", "items": [item] * rows}]})
        left -= rows
    per_week = 4 * 7
    weeks = [{"sessions": sessions[at : at + per_week]} for at in range(0, len(sessions), per_week)]
    return plan(weeks=weeks, checkins=[])


def dated_plan(start: str, weeks: int, checkin: str = "2026-01-06") -> dict[str, Any]:
    """`weeks` weeks from `start`, each with a Friday and a Sunday session, and one check-in."""
    session = copy.deepcopy(VALID_PLAN["weeks"][0]["sessions"][0])
    week = {"sessions": [dict(session, day="fri"), dict(session, day="sun")]}
    return plan(
        start_date=start,
        weeks=[copy.deepcopy(week) for _ in range(weeks)],
        checkins=[{"date": checkin, "pain": "doms"}],
    )
