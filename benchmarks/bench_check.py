"""How long a full check of a large plan takes: the window reruns it on every keystroke.

Builds a 52-week program, 6 sessions a week, 20 items a session (6,240 items), and times
`check_program` against a floor measured in the same run: one plain pass over every item
reading the fields a rule reads. Goal: the check's median under 16 ms.

The plan repeats a 6-week cycle, and the check works out what a repeated week or session
holds once; a real plan's loads rise every week, so the same plan with loads rising weekly is
timed too and reported beside the goal (not against it).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.models import Block, Exercise, Item, Program, Session, Week

GOAL_MS = 16.0
REPEATS = 30
WEEKS = 52
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat")


def _catalog() -> Catalog:
    def make(
        exercise_id: str, category: str, pattern: str, muscles: list[str], **extra: object
    ) -> Exercise:
        return Exercise.model_validate(
            {
                "id": exercise_id,
                "name": exercise_id.replace("-", " ").capitalize(),
                "category": category,
                "pattern": pattern,
                "muscles": muscles,
                "dose": "hold" if pattern in {"anti-extension", "stretch"} else "reps",
                **extra,
            }
        )

    return Catalog(
        [
            make("leg-swing", "warmup", "dynamic-mobility", ["hip-flexors"], stretch="dynamic"),
            make("dowel-hinge", "warmup", "hinge", ["hamstrings"]),
            make("bodyweight-squat", "warmup", "squat", ["quadriceps"]),
            make(
                "deadlift",
                "strength",
                "hinge",
                ["glutes", "hamstrings"],
                loaded=True,
                spinal_load="high",
            ),
            make(
                "back-squat",
                "strength",
                "squat",
                ["quadriceps", "glutes"],
                loaded=True,
                spinal_load="high",
            ),
            make("bench-press", "strength", "push", ["chest", "triceps"], loaded=True),
            make("row", "strength", "pull", ["upper-back", "lats"], loaded=True),
            make("split-squat", "strength", "lunge", ["quadriceps", "glutes"], loaded=True),
            make("plank", "core", "anti-extension", ["transverse-abdominis"]),
            make("bird-dog", "core", "anti-rotation", ["multifidus"]),
            make("glute-bridge", "glute", "bridge", ["glutes"]),
            make("clamshell", "glute", "bridge", ["abductors"]),
            make("hip-flexor-stretch", "mobility", "stretch", ["hip-flexors"], stretch="static"),
            make("hamstring-stretch", "mobility", "stretch", ["hamstrings"], stretch="static"),
        ]
    )


def build_program(weeks: int = WEEKS, *, rising: bool = False) -> Program:
    """A year of plausible training: 6 sessions a week, 20 items each, loads creeping up.

    The loads follow a 6-week cycle; with `rising`, the main lifts also gain 0.5 kg every
    week, so that no week's sessions repeat an earlier week's.
    """
    main = ["deadlift", "back-squat", "bench-press", "row", "split-squat"]
    built: list[Week] = []
    for week in range(weeks):
        deload = week % 6 == 5
        step = 1.0 + 0.02 * (week % 6)
        sessions: list[Session] = []
        for day_index, day in enumerate(DAYS):
            warmup = [
                Item(exercise="leg-swing", sets=1, reps=10, per_side=True),
                Item(exercise="dowel-hinge", sets=1, reps=10),
                Item(exercise="bodyweight-squat", sets=1, reps=10),
                Item(exercise="leg-swing", sets=1, reps=8),
            ]
            lifts = [
                Item(
                    exercise=main[(day_index + k) % len(main)],
                    sets=3 if not deload else 2,
                    reps=5,
                    load=round(60 * step + 5 * k + (0.5 * week if rising else 0.0), 1),
                    rpe=7,
                    rest_s=120,
                )
                for k in range(8)
            ]
            core = [Item(exercise=name, sets=3, hold_s=20) for name in ("plank", "bird-dog")] * 2
            glute = [Item(exercise=name, sets=2, reps=12) for name in ("glute-bridge", "clamshell")]
            mobility = [
                Item(exercise="hip-flexor-stretch", sets=2, hold_s=30, per_side=True),
                Item(exercise="hamstring-stretch", sets=2, hold_s=30),
            ]
            sessions.append(
                Session(
                    day=day,  # type: ignore[arg-type]
                    name=f"Session {day_index + 1}",
                    duration_min=60,
                    rpe=5 + (day_index % 3),
                    blocks=[
                        Block(kind="warmup", items=warmup),
                        Block(kind="main", items=lifts),
                        Block(kind="core", items=core),
                        Block(kind="glute", items=glute),
                        Block(kind="mobility", items=mobility),
                    ],
                )
            )
        built.append(Week(deload=deload, sessions=sessions))
    return Program(format="brace-plan", version=1, start_date=date(2026, 1, 5), weeks=built)


def _baseline(program: Program) -> int:
    """The floor: touch every item once, reading the fields the rules read."""
    total = 0
    for week in program.weeks:
        for session in week.sessions:
            for block in session.blocks:
                for item in block.items:
                    if item.load is not None and item.sets and item.exercise:
                        total += 1
    return total


def _median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    timings: list[float] = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    program = build_program()
    catalog = _catalog()
    items = sum(len(b.items) for w in program.weeks for s in w.sessions for b in s.blocks)
    findings = check_program(program, catalog)
    check_ms = _median_ms(lambda: check_program(program, catalog))
    floor_ms = _median_ms(lambda: _baseline(program))
    rising = build_program(rising=True)
    rising_findings = check_program(rising, catalog)
    rising_ms = _median_ms(lambda: check_program(rising, catalog))
    verdict = "meets" if check_ms < GOAL_MS else "MISSES"
    print(
        f"check_program: {WEEKS} weeks, {items:,} items, {len(findings)} findings\n"
        f"  median of {REPEATS}: {check_ms:.2f} ms ({verdict} the {GOAL_MS:.0f} ms goal)\n"
        f"  floor (one pass over every item): {floor_ms:.2f} ms; ratio {check_ms / floor_ms:.1f}×\n"
        f"  loads rising every week (no week repeats; reported, not the goal): "
        f"{rising_ms:.2f} ms, {len(rising_findings)} findings"
    )


if __name__ == "__main__":
    main()
