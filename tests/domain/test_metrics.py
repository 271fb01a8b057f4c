"""Weekly load metrics, checked against numbers worked out by hand."""

from __future__ import annotations

from typing import Any

import pytest

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.metrics import (
    MONOTONY_CAP,
    ewma_acwr,
    item_volume,
    monotony_of,
    program_metrics,
)
from planner_gui.domain.models import Exercise, Item, Program

CATALOG = Catalog(
    [
        Exercise(
            id="deadlift",
            name="Deadlift",
            category="strength",
            pattern="hinge",
            muscles=["glutes", "hamstrings"],
            dose="reps",
            loaded=True,
            spinal_load="high",
        ),
        Exercise(
            id="plank",
            name="Front plank",
            category="core",
            pattern="anti-extension",
            muscles=["transverse-abdominis"],
            dose="hold",
        ),
        Exercise(
            id="leg-swing",
            name="Leg swing",
            category="warmup",
            pattern="dynamic-mobility",
            muscles=["hip-flexors"],
            dose="reps",
            stretch="dynamic",
        ),
    ]
)


def _session(day: str, duration: int, rpe: float, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"day": day, "duration_min": duration, "rpe": rpe, "blocks": blocks}


def _plan(weeks: list[dict[str, Any]]) -> Program:
    return Program.model_validate(
        {"format": "brace-plan", "version": 1, "start_date": "2026-01-05", "weeks": weeks}
    )


def _loads_plan(loads: list[int], deload_at: int | None = None) -> Program:
    """One Monday session per week whose Foster load is exactly the given number."""
    return _plan(
        [
            {"deload": index == deload_at, "sessions": [_session("mon", load, 1, [])]}
            for index, load in enumerate(loads)
        ]
    )


@pytest.fixture
def one_week() -> Program:
    return _plan(
        [
            {
                "sessions": [
                    _session(
                        "mon",
                        60,
                        5,
                        [
                            {
                                "kind": "warmup",
                                "items": [
                                    {"exercise": "leg-swing", "sets": 2, "reps": 10},
                                ],
                            },
                            {
                                "kind": "main",
                                "items": [
                                    {"exercise": "deadlift", "sets": 3, "reps": 5, "load": 80},
                                    {"exercise": "deadlift", "sets": 1, "reps": 3, "load": 90},
                                ],
                            },
                            {
                                "kind": "core",
                                "items": [
                                    {"exercise": "plank", "sets": 3, "hold_s": 30},
                                ],
                            },
                        ],
                    ),
                    _session("wed", 60, 6, []),
                    _session("wed", 30, 4, []),
                ]
            }
        ]
    )


def test_daily_loads_add_sessions_on_one_day_and_rest_days_are_zero(one_week: Program) -> None:
    week = program_metrics(one_week, CATALOG).weeks[0]
    assert week.daily_loads == (300.0, 0.0, 480.0, 0.0, 0.0, 0.0, 0.0)
    assert week.load == 780.0
    assert week.session_loads == (300.0, 360.0, 120.0)


def test_monotony_and_strain_match_hand_computation(one_week: Program) -> None:
    week = program_metrics(one_week, CATALOG).weeks[0]
    # mean 780/7 = 111.43; population SD of (300, 0, 480, 0, 0, 0, 0) = 182.63
    assert week.monotony == pytest.approx(0.61012, abs=1e-5)
    assert week.strain == pytest.approx(475.894, abs=1e-3)


def test_per_exercise_top_load_volume_and_hold(one_week: Program) -> None:
    week = program_metrics(one_week, CATALOG).weeks[0]
    assert week.top_load == {"deadlift": 90.0}
    # 3 × 5 × 80 + 1 × 3 × 90
    assert week.volume_load == {"deadlift": 1470.0}
    assert week.hold_seconds == {"plank": 90.0}
    stats = week.exercises["deadlift"]
    assert (stats.top_sets, stats.top_reps, stats.top_hold) == (3, 5, None)
    assert (stats.top_ref.session_index, stats.top_ref.block, stats.top_ref.item_index) == (
        0,
        "main",
        1,
    )


def test_per_exercise_top_and_lowest_rpe_with_the_top_rpe_item(one_week: Program) -> None:
    main = one_week.weeks[0].sessions[0].blocks[1].items
    main[0].rpe, main[1].rpe = 7, 8.5
    stats = program_metrics(one_week, CATALOG).weeks[0].exercises
    assert (stats["deadlift"].top_rpe, stats["deadlift"].low_rpe) == (8.5, 7)
    ref = stats["deadlift"].rpe_ref
    assert ref is not None and (ref.block, ref.item_index) == ("main", 1)
    assert (stats["plank"].top_rpe, stats["plank"].rpe_ref) == (None, None)


def test_sets_per_primary_muscle_counts_working_blocks_only(one_week: Program) -> None:
    week = program_metrics(one_week, CATALOG).weeks[0]
    assert week.sets_per_muscle == {"glutes": 4, "hamstrings": 4, "transverse-abdominis": 3}


def test_working_sets_total_leaves_out_warm_up(one_week: Program) -> None:
    week = program_metrics(one_week, CATALOG).weeks[0]
    # deadlift 3 + 1 in the main block, plank 3 in the core block; the 2 leg swings do not count
    assert week.working_sets == 7


def test_item_volume_for_reps_holds_and_bodyweight() -> None:
    assert item_volume(Item(exercise="deadlift", sets=3, reps=5, load=100.0)) == 1500.0
    assert item_volume(Item(exercise="plank", sets=3, hold_s=20)) == 60.0
    assert item_volume(Item(exercise="bird-dog", sets=3, reps=8)) == 0.0


def test_monotony_cap_and_all_zero() -> None:
    assert monotony_of([50.0] * 7) == MONOTONY_CAP
    assert monotony_of([0.0] * 7) == 0.0


def test_rolling_acwr_needs_four_weeks_and_counts_deloads() -> None:
    weeks = program_metrics(_loads_plan([100, 200, 300, 400, 500, 250], deload_at=3), CATALOG)
    ratios = [week.acwr for week in weeks.weeks]
    assert ratios[:4] == [None, None, None, None]
    # 500 ÷ mean(100, 200, 300, 400) and 250 ÷ mean(200, 300, 400, 500); the deload week counts
    assert ratios[4] == pytest.approx(2.0)
    assert ratios[5] == pytest.approx(250 / 350)
    assert weeks.weeks[3].deload is True


def test_ewma_acwr_uses_spans_of_one_and_four_weeks() -> None:
    ratios = ewma_acwr([100.0, 200.0, 300.0, 400.0, 500.0, 250.0])
    # chronic EWMA, λ = 0.4 seeded with 100: 140, 204, 282.4, 369.44, 321.664
    assert ratios[:4] == [None, None, None, None]
    assert ratios[4] == pytest.approx(500 / 369.44)
    assert ratios[5] == pytest.approx(250 / 321.664)


def test_acwr_is_none_when_history_has_no_load() -> None:
    weeks = program_metrics(_loads_plan([0, 0, 0, 0, 100]), CATALOG).weeks
    assert weeks[4].acwr is None
    assert weeks[4].acwr_ewma is None


def test_unknown_exercise_counts_volume_but_no_muscles() -> None:
    plan = _plan(
        [
            {
                "sessions": [
                    _session(
                        "tue",
                        45,
                        7,
                        [
                            {
                                "kind": "main",
                                "items": [
                                    {"exercise": "mystery-lift", "sets": 2, "reps": 10, "load": 20},
                                ],
                            }
                        ],
                    )
                ]
            }
        ]
    )
    week = program_metrics(plan, CATALOG).weeks[0]
    assert week.volume_load == {"mystery-lift": 400.0}
    assert week.sets_per_muscle == {}
    assert week.daily_loads[1] == 315.0
