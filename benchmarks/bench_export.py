"""Handout export time against a floor measured in the same run.

The floor is reportlab writing the same rows (every item of every session) as plain tables:
no styling, no drawings, no outline. Goals: the 12-week, 4-sessions-a-week program exports in
under 1.5 s and within 3× the floor.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Block, Item, Program, Session, Week
from planner_gui.domain.poses import pose_for
from planner_gui.export.handout import render_handout
from planner_gui.export.text import dose_text, load_text
from planner_gui.resources import SAMPLE_PLAN

RUNS = 5
GOAL_SECONDS = 1.5
GOAL_RATIO = 3.0
SESSION_PLAN = (("warmup", 3), ("main", 3), ("core", 2), ("glute", 2), ("mobility", 2))
CATEGORY_OF_BLOCK = {"warmup": "warmup", "main": "strength", "core": "core", "glute": "glute",
                     "mobility": "mobility"}


def generated_program(catalog: Catalog, weeks: int = 12, per_week: int = 4) -> Program:
    """A 12-week, 4-sessions-a-week plan of illustrated catalog exercises, loads rising."""
    by_category: dict[str, list[str]] = {}
    for exercise in catalog:
        if pose_for(exercise) is not None:
            by_category.setdefault(exercise.category, []).append(exercise.id)
    days = ("mon", "tue", "thu", "fri")
    built: list[Week] = []
    for w in range(weeks):
        sessions = []
        for s in range(per_week):
            blocks = []
            for kind, count in SESSION_PLAN:
                pool = by_category[CATEGORY_OF_BLOCK[kind]]
                items = []
                for i in range(count):
                    exercise_id = pool[(s * count + i) % len(pool)]
                    loaded = kind == "main"
                    items.append(Item(
                        exercise=exercise_id, sets=3, reps=8,
                        load=40.0 + 2.5 * w + 10 * i if loaded else None,
                        rpe=7 if loaded else None, rest_s=120 if loaded else 45,
                        note="Smooth and controlled." if i == 0 else "",
                    ))
                blocks.append(Block(kind=kind, items=items))  # type: ignore[arg-type]
            sessions.append(Session(day=days[s], name=f"Day {s + 1}",  # type: ignore[arg-type]
                                    duration_min=55, rpe=6 + (w % 4 == 3) * -2, blocks=blocks))
        built.append(Week(deload=w % 4 == 3, sessions=sessions))
    return Program(format="brace-plan", version=1, title="Benchmark, 12 weeks",
                   athlete="Bench Mark", start_date=date(2026, 1, 5), weeks=built)


def floor_pdf(program: Program, catalog: Catalog) -> bytes:
    """The same item rows as plain, unstyled tables: what any PDF of this plan must cost."""
    story: list[object] = []
    for week in program.weeks:
        for session in week.sessions:
            rows = [
                [catalog.name_of(item.exercise), dose_text(item), load_text(item, program.units),
                 "" if item.rpe is None else str(item.rpe), str(item.rest_s or ""),
                 " ".join(catalog.get(item.exercise).cues[:3])  # type: ignore[union-attr]
                 if catalog.get(item.exercise) else "", item.note]
                for _, item in session.items()
            ]
            story += [Table(rows), PageBreak()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    catalog = bundled_catalog()
    sample = load_plan(SAMPLE_PLAN, catalog)
    sample_catalog = catalog.with_custom(sample.exercises)
    generated = generated_program(catalog)
    render_handout(sample, sample_catalog)  # warm caches (fonts, poses) outside the timing
    for label, program, cat in (
        ("8-week template", sample, sample_catalog),
        ("12 weeks × 4 sessions, illustrated", generated, catalog),
    ):
        handout = median_seconds(partial(render_handout, program, cat))
        floor = median_seconds(partial(floor_pdf, program, cat))
        ratio = handout / floor
        sessions = sum(len(week.sessions) for week in program.weeks)
        print(f"{label}: {sessions} sessions; handout median {handout:.3f} s, "
              f"plain-table floor median {floor:.3f} s, ratio {ratio:.2f}× "
              f"(median of {RUNS} runs)")
        if program is generated:
            verdict = "meets" if handout < GOAL_SECONDS and ratio <= GOAL_RATIO else "MISSES"
            print(f"  goal < {GOAL_SECONDS} s and ≤ {GOAL_RATIO}× floor: {verdict}")


if __name__ == "__main__":
    main()
