"""The small catalog and three-week plan the editing tests share, in the window and without it.

Seven exercises (one or two per block kind) and weeks of two sessions each: Lower A on Monday
(deadlift rising 2.5 kg a week, goblet squat, a warm-up, core and mobility) and Core and glutes
on Thursday. Plain data, no Qt, so the domain tests use it as the editor tests do.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise, Program


def _exercise(exercise_id: str, name: str, category: str, pattern: str, **extra: Any) -> Exercise:
    data: dict[str, Any] = {
        "id": exercise_id,
        "name": name,
        "category": category,
        "pattern": pattern,
        "muscles": extra.pop("muscles", ["glutes"]),
        "dose": extra.pop("dose", "reps"),
        "defaults": extra.pop("defaults", {"sets": 2, "reps": 10}),
    }
    data.update(extra)
    return Exercise.model_validate(data)


def small_catalog() -> Catalog:
    """Seven exercises, one or two per block kind."""
    return Catalog(
        [
            _exercise(
                "leg-swing",
                "Leg swing",
                "warmup",
                "dynamic-mobility",
                muscles=["hip-flexors", "hamstrings"],
                stretch="dynamic",
                defaults={"sets": 1, "reps": 10, "per_side": True},
            ),
            _exercise(
                "deadlift",
                "Conventional deadlift",
                "strength",
                "hinge",
                muscles=["glutes", "hamstrings", "erector-spinae"],
                loaded=True,
                spinal_load="high",
                defaults={"sets": 3, "reps": 5, "rest_s": 150},
            ),
            _exercise(
                "goblet-squat",
                "Goblet squat",
                "strength",
                "squat",
                muscles=["quadriceps", "glutes"],
                loaded=True,
                spinal_load="moderate",
                defaults={"sets": 3, "reps": 8, "rest_s": 90},
            ),
            _exercise(
                "bird-dog",
                "Bird-dog",
                "core",
                "anti-rotation",
                muscles=["multifidus", "erector-spinae"],
                defaults={"sets": 3, "reps": 8, "hold_s": 5, "per_side": True},
            ),
            _exercise(
                "side-plank",
                "Side plank",
                "core",
                "anti-lateral-flexion",
                muscles=["obliques"],
                dose="hold",
                defaults={"sets": 3, "hold_s": 20},
            ),
            _exercise(
                "glute-bridge",
                "Glute bridge",
                "glute",
                "bridge",
                muscles=["glutes", "hamstrings"],
                defaults={"sets": 3, "reps": 12},
            ),
            _exercise(
                "hip-flexor-stretch",
                "Half-kneeling hip flexor stretch",
                "mobility",
                "stretch",
                muscles=["hip-flexors"],
                dose="hold",
                stretch="static",
                defaults={"sets": 2, "hold_s": 30, "per_side": True},
            ),
        ]
    )


def _lower(day: str, name: str, deadlift: float, squat: float) -> dict[str, Any]:
    return {
        "day": day,
        "name": name,
        "duration_min": 60,
        "rpe": 6,
        "blocks": [
            {
                "kind": "warmup",
                "items": [
                    {"exercise": "leg-swing", "sets": 1, "reps": 10, "per_side": True},
                ],
            },
            {
                "kind": "main",
                "items": [
                    {
                        "exercise": "deadlift",
                        "sets": 3,
                        "reps": 5,
                        "load": deadlift,
                        "rpe": 7,
                        "rest_s": 150,
                    },
                    {"exercise": "goblet-squat", "sets": 3, "reps": 8, "load": squat, "rest_s": 90},
                ],
            },
            {
                "kind": "core",
                "items": [
                    {"exercise": "bird-dog", "sets": 3, "reps": 8, "hold_s": 5, "per_side": True},
                ],
            },
            {
                "kind": "mobility",
                "items": [
                    {"exercise": "hip-flexor-stretch", "sets": 2, "hold_s": 30, "per_side": True},
                ],
            },
        ],
    }


def _upper(day: str) -> dict[str, Any]:
    return {
        "day": day,
        "name": "Core and glutes",
        "duration_min": 45,
        "rpe": 5,
        "blocks": [
            {
                "kind": "warmup",
                "items": [
                    {"exercise": "leg-swing", "sets": 1, "reps": 10, "per_side": True},
                ],
            },
            {
                "kind": "core",
                "items": [
                    {"exercise": "side-plank", "sets": 3, "hold_s": 20, "per_side": True},
                ],
            },
            {
                "kind": "glute",
                "items": [
                    {"exercise": "glute-bridge", "sets": 3, "reps": 12},
                ],
            },
        ],
    }


def plan_dict(weeks: int = 3) -> dict[str, Any]:
    """A plan of `weeks` weeks, two sessions each, deadlift rising 2.5 kg a week."""
    return {
        "format": "brace-plan",
        "version": 1,
        "title": "Editor test plan",
        "athlete": "Test Athlete",
        "start_date": "2026-01-05",
        "units": "kg",
        "weeks": [
            {"sessions": [_lower("mon", "Lower A", 80 + 2.5 * n, 20), _upper("thu")]}
            for n in range(weeks)
        ],
    }


def small_program(weeks: int = 3) -> Program:
    return Program.model_validate(plan_dict(weeks), strict=False)


def empty_week_program() -> Program:
    """One week with no sessions at all."""
    return Program(format="brace-plan", version=1, start_date=date(2026, 1, 5), weeks=[])
