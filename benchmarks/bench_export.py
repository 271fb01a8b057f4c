"""Handout export time against a floor measured in the same run.

The floor is reportlab writing every row the handout prints as plain tables (see `floor_pdf`
for the list): no styling, no drawings, no outline, no embedded font. Goals: the 12-week,
4-sessions-a-week program exports in under 1.5 s and within 3× the floor.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Table

from planner_gui.domain import limits
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.formats import load_plan
from planner_gui.domain.metrics import ProgramMetrics, program_metrics
from planner_gui.domain.models import Block, Item, Program, Session, Week
from planner_gui.domain.vocabulary import DAYS
from planner_gui.export.details import ramp_line
from planner_gui.export.handout import render_handout
from planner_gui.export.progression import item_at, loaded_exercises
from planner_gui.export.text import dose_text, load_text
from planner_gui.figures.lookup import pose_for
from planner_gui.resources import SAMPLE_PLAN

RUNS = 5
GOAL_SECONDS = 1.5
GOAL_RATIO = 3.0
SESSION_PLAN = (("warmup", 3), ("main", 3), ("core", 2), ("glute", 2), ("mobility", 2))
CATEGORY_OF_BLOCK = {
    "warmup": "warmup",
    "main": "strength",
    "core": "core",
    "glute": "glute",
    "mobility": "mobility",
}


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
                    items.append(
                        Item(
                            exercise=exercise_id,
                            sets=3,
                            reps=8,
                            load=40.0 + 2.5 * w + 10 * i if loaded else None,
                            rpe=7 if loaded else None,
                            rest_s=120 if loaded else 45,
                            note="Smooth and controlled." if i == 0 else "",
                        )
                    )
                blocks.append(Block(kind=kind, items=items))  # type: ignore[arg-type]
            sessions.append(
                Session(
                    day=days[s],  # type: ignore[arg-type]
                    name=f"Day {s + 1}",
                    duration_min=55,
                    rpe=6 + (w % 4 == 3) * -2,
                    blocks=blocks,
                )
            )
        built.append(Week(deload=w % 4 == 3, sessions=sessions))
    return Program(
        format="brace-plan",
        version=1,
        title="Benchmark, 12 weeks",
        athlete="Bench Mark",
        start_date=date(2026, 1, 5),
        weeks=built,
    )


def maximal_block_program(items: int) -> Program:
    """One session whose main block holds `items` items, each with a note of the longest
    length a plan may carry: the layout's worst case, which must grow with the items, not
    with their square."""
    note = ("Brace and hinge, breathe out on the way up. " * 100)[: limits.MAX_NOTE_CHARS]
    block = Block(
        kind="main",
        items=[Item(exercise="deadlift", sets=3, reps=5, note=note) for _ in range(items)],
    )
    return Program(
        format="brace-plan",
        version=1,
        title="Benchmark, maximal block",
        start_date=date(2026, 1, 5),
        weeks=[Week(notes=note, sessions=[Session(day="mon", name="Day", blocks=[block])])],
    )


def floor_pdf(program: Program, catalog: Catalog) -> bytes:
    """Every row the handout prints, as plain tables: what any PDF of this plan must cost.

    Helvetica, default Table style (no colours, rules, fixed widths or fonts), no drawings, no
    outline, no running header. The rows: the cover's week-at-a-glance grid; per session each
    block's header row and item rows (name, ramp-up loads, dose, load, RPE, rest, cues,
    cautions, note), the warm-up tick rows, the per-set log boxes as empty cells and the
    back-feel rows; the progression rows (load and dose of each loaded exercise per week); one
    row per plan-check finding.
    """
    story: list[Flowable] = [Table(_glance_rows(program)), PageBreak()]
    for week in program.weeks:
        for session in week.sessions:
            story += _session_tables(program, catalog, session)
            story.append(PageBreak())
    metrics = program_metrics(program, catalog)
    exercise_ids = loaded_exercises(metrics)
    if exercise_ids:
        story.append(Table(_progression_rows(program, catalog, metrics, exercise_ids)))
    findings = check_program(program, catalog)
    if findings:
        story.append(
            Table([[f"{f.severity} {f.code}", _where(f, catalog), f.message] for f in findings])
        )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


FLOOR_CONTENTS = (
    "plain Helvetica Tables, default style, no drawings/outline/header: cover "
    "grid rows, every block's header and item rows, warm-up tick rows, per-set log "
    "boxes as empty cells, back-feel rows, progression rows, finding rows"
)


def _glance_rows(program: Program) -> list[list[str]]:
    rows = [["Week", *DAYS]]
    for index, week in enumerate(program.weeks):
        names: dict[str, list[str]] = {}
        for session in week.sessions:
            names.setdefault(session.day, []).append(session.name)
        label = f"{index + 1} {program.start_date + timedelta(weeks=index):%d %b}"
        rows.append(
            [
                label + (" deload" if week.deload else ""),
                *("\n".join(names.get(day, [])) for day in DAYS),
            ]
        )
    return rows


def _session_tables(program: Program, catalog: Catalog, session: Session) -> list[Flowable]:
    tables: list[Flowable] = []
    for block in session.blocks:
        if not block.items:
            continue
        rows = [["", "Exercise", "Dose", "Load", "RPE", "Rest"]]
        for item in block.items:
            exercise = catalog.get(item.exercise)
            text = [
                catalog.name_of(item.exercise),
                *([ramp] if (ramp := ramp_line(item, exercise, program)) else []),
                *(exercise.cues[:3] if exercise else ()),
                *(f"Caution: {c}" for c in (exercise.cautions[:3] if exercise else ())),
                *([f"Note: {item.note}"] if item.note else []),
            ]
            rows.append(
                [
                    "",
                    "\n".join(text),
                    dose_text(item),
                    load_text(item, program.units),
                    "–" if item.rpe is None else str(item.rpe),
                    "–" if item.rest_s is None else str(item.rest_s),
                ]
            )
        tables.append(Table(rows))
    warmup = session.block("warmup")
    if warmup is not None and warmup.items:
        labels = [f"{catalog.name_of(i.exercise)} ({dose_text(i)})" for i in warmup.items]
        half = (len(labels) + 1) // 2
        tables.append(
            Table(
                [
                    ["", labels[r], "", labels[r + half] if r + half < len(labels) else ""]
                    for r in range(half)
                ]
            )
        )
    logged = [item for block in session.blocks if block.kind != "warmup" for item in block.items]
    if logged:
        columns = min(8, max(item.sets for item in logged))
        rows = [["Exercise", *(f"Set {n}" for n in range(1, columns + 1))]]
        rows += [
            [f"{catalog.name_of(i.exercise)}\n{dose_text(i)}", *([""] * columns)] for i in logged
        ]
        tables.append(Table(rows))
    tables.append(
        Table(
            [
                [
                    "",
                    "fine",
                    "",
                    "sore: dull, spread out",
                    "",
                    "sharp pain: stop and read the safety page",
                ]
            ]
        )
    )
    tables.append(Table([[""], [""]]))
    return tables


def _progression_rows(
    program: Program, catalog: Catalog, metrics: ProgramMetrics, exercise_ids: list[str]
) -> list[list[str]]:
    rows = [["Week", *(catalog.name_of(e) for e in exercise_ids)]]
    for index, week in enumerate(metrics.weeks):
        row = [str(index + 1)]
        for exercise_id in exercise_ids:
            stats = week.exercises.get(exercise_id)
            item = None if stats is None else item_at(program, index, stats.top_ref)
            row.append(
                "–" if item is None else f"{load_text(item, program.units)}\n{dose_text(item)}"
            )
        rows.append(row)
    return rows


def _where(finding: Finding, catalog: Catalog) -> str:
    parts = [
        str(finding.week or ""),
        finding.day or "",
        finding.session or "",
        catalog.name_of(finding.exercise) if finding.exercise else "",
    ]
    return " ".join(part for part in parts if part)


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
    sample_catalog = catalog_for_plan(catalog, sample)
    generated = generated_program(catalog)
    render_handout(sample, sample_catalog)  # warm caches (fonts, poses) outside the timing
    floor_pdf(sample, sample_catalog)
    print(f"floor: {FLOOR_CONTENTS}")
    for label, program, cat in (
        ("8-week template", sample, sample_catalog),
        ("12 weeks × 4 sessions, illustrated", generated, catalog),
    ):
        handout = median_seconds(partial(render_handout, program, cat))
        floor = median_seconds(partial(floor_pdf, program, cat))
        ratio = handout / floor
        sessions = sum(len(week.sessions) for week in program.weeks)
        print(
            f"{label}: {sessions} sessions; handout median {handout:.3f} s, "
            f"plain-table floor median {floor:.3f} s, ratio {ratio:.2f}× "
            f"(median of {RUNS} runs)"
        )
        if program is generated:
            verdict = "meets" if handout < GOAL_SECONDS and ratio <= GOAL_RATIO else "MISSES"
            print(f"  goal < {GOAL_SECONDS} s and ≤ {GOAL_RATIO}× floor: {verdict}")
    half, whole = (
        maximal_block_program(n)
        for n in (limits.MAX_ITEMS_PER_BLOCK // 2, limits.MAX_ITEMS_PER_BLOCK)
    )
    block_catalog = catalog_for_plan(catalog, whole)
    half_seconds = median_seconds(partial(render_handout, half, block_catalog))
    whole_seconds = median_seconds(partial(render_handout, whole, block_catalog))
    growth = whole_seconds / half_seconds
    print(
        f"maximal block ({limits.MAX_ITEMS_PER_BLOCK} items of {limits.MAX_NOTE_CHARS} "
        f"characters): median {whole_seconds:.3f} s; half as many items {half_seconds:.3f} s; "
        f"growth {growth:.2f}× for 2× the items "
        f"({'linear' if growth < 3 else 'FASTER THAN LINEAR'})"
    )


if __name__ == "__main__":
    main()
