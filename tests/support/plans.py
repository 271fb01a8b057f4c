"""The hand-built plans the tests share, each on its catalog from `catalogs`; plain data, no Qt.

- `editing_program`: weeks of two sessions each, Lower A on Monday (deadlift rising 2.5 kg a
  week, goblet squat, a warm-up, core and mobility) and Core and glutes on Thursday; the
  editing tests, in the domain and in the editor (`editing_catalog`).
- `window_program`: two weeks of Lower A and Lower B; the window and file tests
  (`window_catalog`).
- `PlanBuilder`: plans as nested dicts for the rule tests (`RULES_CATALOG`), which change one
  thing in a `clean_week`.
- `handout_program`: a plausible plan for the handout tests (`handout_catalog`).

Plan dicts for the file-format tests live in `plan_files`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import PLAN_VERSION, Block, Item, Program, Session, Week
from planner_gui.domain.vocabulary import DAYS
from tests.support.catalogs import RULES_CATALOG

# The editing tests' plan ---------------------------------------------------------------------


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


def editing_plan_dict(weeks: int = 3) -> dict[str, Any]:
    """A plan of `weeks` weeks, two sessions each, deadlift rising 2.5 kg a week."""
    return {
        "format": "brace-plan",
        "version": PLAN_VERSION,
        "title": "Editor test plan",
        "athlete": "Test Athlete",
        "start_date": "2026-01-05",
        "units": "kg",
        "weeks": [
            {"sessions": [_lower("mon", "Lower A", 80 + 2.5 * n, 20), _upper("thu")]}
            for n in range(weeks)
        ],
    }


def editing_program(weeks: int = 3) -> Program:
    return Program.model_validate(editing_plan_dict(weeks), strict=False)


def empty_program() -> Program:
    """A plan with no weeks at all."""
    return Program(format="brace-plan", version=PLAN_VERSION, start_date=date(2026, 1, 5), weeks=[])


# The window tests' plan ----------------------------------------------------------------------


def window_program(title: str = "Test program", weeks: int = 2) -> Program:
    """A valid plan: `weeks` weeks of two sessions using the window catalog's exercises."""
    session_a = {
        "day": "mon",
        "name": "Lower A",
        "duration_min": 60,
        "rpe": 6,
        "blocks": [
            {"kind": "warmup", "items": [{"exercise": "glute-bridge", "sets": 1, "reps": 10}]},
            {
                "kind": "main",
                "items": [{"exercise": "deadlift", "sets": 3, "reps": 5, "load": 80.0}],
            },
            {"kind": "core", "items": [{"exercise": "bird-dog", "sets": 3, "reps": 6}]},
        ],
    }
    session_b = {
        "day": "thu",
        "name": "Lower B",
        "duration_min": 50,
        "rpe": 6,
        "blocks": [
            {"kind": "warmup", "items": []},
            {
                "kind": "main",
                "items": [{"exercise": "goblet-squat", "sets": 3, "reps": 8, "load": 20.0}],
            },
        ],
    }
    return Program.model_validate(
        {
            "format": "brace-plan",
            "version": PLAN_VERSION,
            "title": title,
            "athlete": "Sam Example",
            "start_date": date(2026, 1, 5),
            "weeks": [{"sessions": [session_a, session_b]} for _ in range(weeks)],
        }
    )


# The rule tests' builder ---------------------------------------------------------------------


class PlanBuilder:
    """Plans as nested dicts, validated by the real models at the end."""

    catalog = RULES_CATALOG

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
            self.session(
                "wed",
                "Upper",
                main=[self.item("bench-press", 3, reps=8, load=40, ramp=[{"pct": 50, "reps": 5}])],
            ),
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
                "version": PLAN_VERSION,
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


# The handout tests' plan ---------------------------------------------------------------------


def handout_session(
    day: str, name: str, *, load: float = 60.0, extra_items: int = 0, note: str = ""
) -> Session:
    main_items = [
        Item(exercise="deadlift", sets=3, reps=5, load=load, rpe=7, rest_s=150, note=note),
        Item(exercise="goblet-squat", sets=3, reps=8, load=load / 3, rest_s=90),
    ]
    main_items += [
        Item(exercise="goblet-squat", sets=2, reps=10, load=10.0 + i) for i in range(extra_items)
    ]
    return Session(
        day=day,  # type: ignore[arg-type]
        name=name,
        duration_min=50,
        rpe=6,
        blocks=[
            Block(
                kind="warmup",
                items=[
                    Item(exercise="leg-swing", sets=1, reps=10, per_side=True),
                    Item(exercise="cat-cow", sets=1, reps=8),
                ],
            ),
            Block(kind="main", items=main_items),
            Block(
                kind="core",
                items=[
                    Item(exercise="bird-dog", sets=3, reps=6, hold_s=5, per_side=True),
                    Item(exercise="front-plank", sets=3, hold_s=30),
                ],
            ),
            Block(
                kind="glute",
                items=[
                    Item(exercise="glute-bridge", sets=2, reps=12),
                    Item(exercise="clamshell", sets=2, reps=15, per_side=True),
                ],
            ),
            Block(
                kind="mobility",
                items=[
                    Item(
                        exercise="half-kneeling-hip-flexor-stretch",
                        sets=2,
                        hold_s=30,
                        per_side=True,
                    )
                ],
            ),
        ],
    )


def handout_program(weeks: int = 3, sessions_per_week: int = 2, **fields: Any) -> Program:
    """A plausible plan: loads rise 2.5 a week, every fourth week a deload."""
    built = []
    for w in range(weeks):
        deload = w % 4 == 3
        load = 60.0 + 2.5 * w - (10 if deload else 0)
        sessions = [
            handout_session(DAYS[2 * s], f"Session {chr(65 + s)}", load=load)
            for s in range(sessions_per_week)
        ]
        built.append(Week(deload=deload, sessions=sessions, notes="Keep two reps in reserve."))
    data: dict[str, Any] = {
        "format": "brace-plan",
        "version": PLAN_VERSION,
        "title": "Test program",
        "athlete": "Sam Tester",
        "start_date": date(2026, 1, 5),
        "weeks": built,
    }
    data.update(fields)
    return Program.model_validate(data)
