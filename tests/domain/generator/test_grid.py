"""Every generated program checks clean: no error and no warning from any rule the checker has,
for every level × goal × 2-6 days × equipment preset (none, bands, dumbbells, gym) × 4-16
weeks (2,340 programs), and every day set of the week for one set-up of each goal.

The only finding allowed is WU303's note on a bodyweight squat: with no equipment the
catalog's one squat is the bodyweight squat itself, so the warm-up has no other squat drill to
rehearse it with (a catalog gap, not a plan problem).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from itertools import combinations
from math import ceil

import pytest

from planner_gui.domain.builders.request import LEVELS, Level
from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.formats import parse_plan, plan_to_bytes
from planner_gui.domain.generator.program import MAX_EXERCISES, generate_program
from planner_gui.domain.generator.progression import deload_weeks
from planner_gui.domain.generator.request import GOALS, Goal, ProgramRequest
from planner_gui.domain.models import Program
from planner_gui.domain.timing import session_minutes
from planner_gui.domain.vocabulary import DAYS, Day
from tests.support.builders import PRESETS, catalog, kit

WEEK_DAYS: dict[int, tuple[Day, ...]] = {
    2: ("mon", "thu"),
    3: ("mon", "wed", "fri"),
    4: ("mon", "tue", "thu", "fri"),
    5: ("mon", "tue", "wed", "fri", "sat"),
    6: ("mon", "tue", "wed", "thu", "fri", "sat"),
}
WEEKS = range(4, 17)
ROUTINE_BLOCKS = ("warmup", "main", "core", "glute", "mobility")


def _allowed(finding: Finding, plan: Program) -> bool:
    if finding.code != "WU303" or finding.severity != "info" or finding.week is None:
        return False
    session = plan.weeks[finding.week - 1].sessions[finding.session_index or 0]
    main = session.block("main")
    return main is not None and "bodyweight-squat" in {item.exercise for item in main.items}


def _check(plan: Program, days: tuple[Day, ...], where: str) -> list[str]:
    problems = [
        f"{where}: {f.code} {f.severity} week {f.week} {f.session}: {f.message}"
        for f in check_program(plan, catalog())
        if not _allowed(f, plan)
    ]
    assert {i for i, week in enumerate(plan.weeks) if week.deload} == deload_weeks(len(plan.weeks))
    for number, week in enumerate(plan.weeks, 1):
        assert tuple(s.day for s in week.sessions) == days, where
        for session in week.sessions:
            ids = [item.exercise for _, item in session.items()]
            assert len(ids) == len(set(ids)) <= MAX_EXERCISES, (where, number, session.name)
            assert tuple(b.kind for b in session.blocks if b.items) == ROUTINE_BLOCKS, where
            assert session.duration_min == ceil(session_minutes(session) - 1e-9), where
    return problems


@pytest.mark.parametrize("goal", GOALS)
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("preset", PRESETS)
def test_the_grid_checks_clean(preset: str, level: Level, goal: Goal) -> None:
    at_hand = kit(preset)
    problems: list[str] = []
    for count, days in WEEK_DAYS.items():
        for weeks in WEEKS:
            request = ProgramRequest(
                weeks=weeks,
                days=days,
                level=level,
                goal=goal,
                start=date(2026, 1, 5),
                equipment=at_hand,
            )
            plan = generate_program(request, catalog())
            problems += _check(plan, days, f"{preset}/{level}/{goal}/{count} days/{weeks} weeks")
    # The largest, 6 days for 16 weeks: what is written loads again, exactly.
    assert parse_plan(json.loads(plan_to_bytes(plan)), "grid.brace.json", catalog()) == plan
    assert problems == []


@pytest.mark.parametrize("goal", GOALS)
def test_every_set_of_days_checks_clean(goal: Goal) -> None:
    """Consecutive runs, Saturday-Sunday-Monday, starts on any weekday: all 119 day sets."""
    problems: list[str] = []
    for count in range(2, 7):
        for number, days in enumerate(combinations(DAYS, count)):
            request = ProgramRequest(
                weeks=9,
                days=days,
                level=LEVELS[number % 3],
                goal=goal,
                start=date(2026, 1, 5) + timedelta(days=number % 7),
                equipment=kit(PRESETS[number % 4]),
                minutes=(30, 45, 60, 90)[number % 4],
            )
            plan = generate_program(request, catalog())
            problems += _check(plan, days, f"{goal}/{'-'.join(days)}")
    assert problems == []
