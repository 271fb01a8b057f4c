"""Small plan builders and an in-test catalog, so rule tests read like the plans they describe.

The catalog is built here from `models.Exercise` so the tests do not depend on the contents of
assets/catalog.json. `clean_week()` passes every rule; each test changes one thing in it.
"""

from __future__ import annotations

from typing import Any

import pytest

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Exercise, Program


def _exercise(
    exercise_id: str, category: str, pattern: str, muscles: list[str], **extra: Any
) -> Exercise:
    return Exercise.model_validate(
        {
            "id": exercise_id,
            "name": extra.pop("name", exercise_id.replace("-", " ").capitalize()),
            "category": category,
            "pattern": pattern,
            "muscles": muscles,
            "dose": extra.pop("dose", "reps"),
            **extra,
        }
    )


CATALOG = Catalog(
    [
        _exercise("leg-swing", "warmup", "dynamic-mobility", ["hip-flexors"], stretch="dynamic"),
        _exercise("dowel-hinge", "warmup", "hinge", ["hamstrings"]),
        _exercise("bodyweight-squat", "warmup", "squat", ["quadriceps"]),
        _exercise(
            "deadlift",
            "strength",
            "hinge",
            ["glutes", "hamstrings", "erector-spinae"],
            name="Deadlift",
            loaded=True,
            spinal_load="high",
        ),
        _exercise(
            "good-morning",
            "strength",
            "hinge",
            ["hamstrings", "erector-spinae"],
            name="Good morning",
            loaded=True,
            spinal_load="high",
        ),
        _exercise(
            "hip-hinge-cable",
            "strength",
            "hinge",
            ["glutes"],
            name="Cable pull-through",
            loaded=True,
            spinal_load="low",
        ),
        _exercise(
            "back-squat",
            "strength",
            "squat",
            ["quadriceps", "glutes"],
            name="Back squat",
            loaded=True,
            spinal_load="moderate",
        ),
        _exercise("bench-press", "strength", "push", ["chest", "triceps"], loaded=True),
        _exercise("row", "strength", "pull", ["upper-back", "lats"], loaded=True),
        _exercise("bird-dog", "core", "anti-rotation", ["multifidus"]),
        _exercise("plank", "core", "anti-extension", ["transverse-abdominis"], dose="hold"),
        _exercise("sit-up", "core", "spinal-flexion", ["rectus-abdominis"], name="Sit-up"),
        _exercise("glute-bridge", "glute", "bridge", ["glutes"]),
        _exercise(
            "hip-flexor-stretch",
            "mobility",
            "stretch",
            ["hip-flexors"],
            dose="hold",
            stretch="static",
            name="Hip flexor stretch",
        ),
        _exercise("calf-stretch", "mobility", "stretch", ["calves"], dose="hold", stretch="static"),
        _exercise("thoracic-rotation", "mobility", "rotation", ["thoracic-spine"]),
        _exercise("bike", "conditioning", "cardio", ["full-body"], dose="time"),
    ]
)


class Builder:
    """Plans as nested dicts, validated by the real models at the end."""

    catalog = CATALOG

    @staticmethod
    def item(exercise: str, sets: int = 3, **dose: Any) -> dict[str, Any]:
        if "reps" not in dose and "hold_s" not in dose and "time_s" not in dose:
            dose["reps"] = 5
        return {"exercise": exercise, "sets": sets, **dose}

    def session(
        self,
        day: str,
        name: str = "",
        *,
        duration: int = 60,
        rpe: float = 6,
        warmup: list[dict[str, Any]] | None = None,
        main: list[dict[str, Any]] | None = None,
        core: list[dict[str, Any]] | None = None,
        glute: list[dict[str, Any]] | None = None,
        mobility: list[dict[str, Any]] | None = None,
        cooldown: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A session; omitted blocks get the clean defaults, [] leaves a block empty."""
        blocks = {
            "warmup": self.default_warmup() if warmup is None else warmup,
            "main": main or [],
            "core": [self.item("bird-dog", 2, reps=8)] if core is None else core,
            "glute": [self.item("glute-bridge", 2, reps=12)] if glute is None else glute,
            "mobility": (
                [self.item("hip-flexor-stretch", 2, hold_s=30)] if mobility is None else mobility
            ),
            "cooldown": cooldown or [],
        }
        return {
            "day": day,
            "name": name or f"{day.capitalize()} session",
            "duration_min": duration,
            "rpe": rpe,
            "blocks": [{"kind": kind, "items": items} for kind, items in blocks.items() if items],
        }

    def default_warmup(self) -> list[dict[str, Any]]:
        return [
            self.item("leg-swing", 1, reps=10),
            self.item("dowel-hinge", 1, reps=10),
            self.item("bodyweight-squat", 1, reps=10),
        ]

    def clean_week(
        self, deadlift: float = 80, squat: float = 60, *, deload: bool = False
    ) -> dict[str, Any]:
        """Three spaced sessions that pass every rule."""
        return self.week(
            self.session("mon", "Lower A", main=[self.item("deadlift", 3, reps=5, load=deadlift)]),
            self.session("wed", "Upper", main=[self.item("bench-press", 3, reps=8, load=40)]),
            self.session("fri", "Lower B", main=[self.item("back-squat", 3, reps=5, load=squat)]),
            deload=deload,
        )

    @staticmethod
    def week(*sessions: dict[str, Any], deload: bool = False) -> dict[str, Any]:
        return {"deload": deload, "sessions": list(sessions)}

    @staticmethod
    def plan(
        *weeks: dict[str, Any],
        rules: dict[str, Any] | None = None,
        checkins: list[dict[str, Any]] | None = None,
        units: str = "kg",
        start: str = "2026-01-05",
        exercises: list[dict[str, Any]] | None = None,
    ) -> Program:
        return Program.model_validate(
            {
                "format": "brace-plan",
                "version": 1,
                "start_date": start,
                "units": units,
                "weeks": list(weeks),
                "rules": rules or {},
                "checkins": checkins or [],
                "exercises": exercises or [],
            }
        )

    def check(self, program: Program, code: str | None = None) -> list[Finding]:
        """Findings of one rule (or all rules when `code` is None)."""
        return check_program(program, self.catalog, select=None if code is None else [code])


@pytest.fixture
def make() -> Builder:
    return Builder()
