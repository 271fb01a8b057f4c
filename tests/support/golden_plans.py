"""Plans whose findings are pinned in tests/domain/rules/golden/findings.json, and the writer.

The checker is tuned for speed (shared per-item facts, per-session results cached by what the
session holds); this set pins what it must keep saying, finding for finding: the bundled
templates and the sample, generated plans, the check benchmark's year-long plan, and the
templates copied forward for months and then roughened at random with a fixed seed, so that
many sessions repeat exactly and many differ from a repeat in a single field (a cache keyed
on too little would show here).

After a change that is meant to change findings, rewrite the file and review its diff:

    .venv/bin/python -m tests.support.golden_plans
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.bench_check import _catalog as bench_catalog
from benchmarks.bench_check import build_program as bench_program
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.checker import check_program
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.findings import Finding
from planner_gui.domain.formats import load_plan, parse_plan
from planner_gui.domain.generator.program import generate_program
from planner_gui.domain.generator.request import ProgramRequest
from planner_gui.domain.models import Program, dump_program
from planner_gui.domain.templates import plan_from_template
from planner_gui.resources import SAMPLE_PLAN, template_paths

GOLDEN_PATH = (
    Path(__file__).resolve().parent.parent / "domain" / "rules" / "golden" / "findings.json"
)

Row = list[object]
"""A finding as the golden file keeps it: code, severity, message index, week, day, session,
block, exercise, session index, item index."""

_TEMPOS = ("3-1-1-0", "31X0", "2-0-2", "slow", None)
_RAMPS: tuple[list[dict[str, int]], ...] = (
    [],
    [{"pct": 50, "reps": 5}],
    [{"pct": 40, "reps": 5}, {"pct": 60, "reps": 3}, {"pct": 80, "reps": 2}],
)
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _roughened(template: Program, seed: int, weeks: int) -> Program:
    """`template`'s weeks copied forward to `weeks` weeks, then a few values changed here and
    there: loads, sets, reps, RPE, rests, tempos, ramp-up sets, sides, exercises, days,
    session efforts and minutes, deloads, a missing warm-up."""
    rng = random.Random(seed)
    data = dump_program(template)
    source = data["weeks"]
    data["weeks"] = [json.loads(json.dumps(source[index % len(source)])) for index in range(weeks)]
    ids = sorted(exercise.id for exercise in bundled_catalog())
    for week in data["weeks"]:
        if rng.random() < 0.1:
            week["deload"] = not week.get("deload", False)
        if week["sessions"] and rng.random() < 0.1:  # a week with training on every day
            taken = {session["day"] for session in week["sessions"]}
            for day in _DAYS:
                if day not in taken:
                    extra = json.loads(json.dumps(rng.choice(week["sessions"])))
                    week["sessions"].append(extra | {"day": day})
        for session in week["sessions"]:
            _roughen_session(session, rng, ids)
    start = date.fromisoformat(data["start_date"])
    data["checkins"] = [
        {
            "date": (start + timedelta(days=rng.randrange(7 * weeks))).isoformat(),
            "pain": rng.choice(["none", "doms", "sharp"]),
            "after_exercise": rng.choice([None, "deadlift", "back-squat", "goblet-squat"]),
            "red_flags": rng.choice([[], [], ["night-pain"]]),
            "pain_score": rng.choice([None, 2, 6]),
            "onset": rng.choice([None, "during", "next-day"]),
        }
        for _ in range(seed % 4)
    ]
    for checkin in data["checkins"]:
        for key in [key for key, value in checkin.items() if value is None]:
            del checkin[key]
    if seed % 3 == 0:
        data["rules"] = {
            "PO101": {"limit_pct": 5},
            "TI701": {"limit_pct": 10},
            "RC202": {"hard_rpe": 8},
            "WU304": {"heavy_pct": 50},
            "TI702": {"max_exercises": 8},
            "RC201": {"enabled": False},
        }
    if seed % 4 == 1:
        data["units"] = "lb"
        data["load_steps"] = {"barbell": 5.0, "dumbbell": 5.0}
    for _ in range(5):  # a moved session may crowd a day; keep the plan loadable
        try:
            return parse_plan(data, "roughened", bundled_catalog())
        except PlanFileError:
            for week in data["weeks"]:
                week["sessions"] = week["sessions"][:4]
    return parse_plan(data, "roughened", bundled_catalog())


def _roughen_session(session: dict[str, Any], rng: random.Random, ids: list[str]) -> None:
    if rng.random() < 0.05:
        session["day"] = rng.choice(_DAYS)
    if rng.random() < 0.05:
        session["rpe"] = rng.choice([None, 2.0, 3.0, 7.0, 9.0])
    if rng.random() < 0.05:
        session["duration_min"] = rng.choice([None, 0, 20, 30, 90])
    if rng.random() < 0.04:
        session["blocks"] = [block for block in session["blocks"] if block["kind"] != "warmup"]
    if rng.random() < 0.04:
        session["blocks"] = [block for block in session["blocks"] if block["kind"] != "core"]
    for block in session["blocks"]:
        if block["kind"] == "warmup" and rng.random() < 0.04:
            block["items"].append({"exercise": "couch-stretch", "sets": 2, "hold_s": 30})
        if block["kind"] == "core" and rng.random() < 0.04:
            block["items"].append({"exercise": "crunch", "sets": 2, "reps": 15})
    for block in session["blocks"]:
        for item in block["items"]:
            if rng.random() < 0.08:
                _roughen_item(item, rng, ids)


def _roughen_item(item: dict[str, Any], rng: random.Random, ids: list[str]) -> None:
    change = rng.randrange(12)
    if change == 0:
        load = item.get("load") or 20.0
        item["load"] = round(load * rng.choice([0.8, 1.05, 1.1, 1.25, 1.5]), 1)
    elif change == 1:
        item["sets"] = max(1, item["sets"] + rng.choice([-1, 1, 2]))
    elif change == 2 and item.get("reps"):
        item["reps"] = max(1, item["reps"] + rng.choice([-3, -1, 2, 5]))
    elif change == 3:
        item["rpe"] = rng.choice([None, 4.0, 6.0, 8.0, 9.5, 10.0])
    elif change == 4:
        item["rest_s"] = rng.choice([None, 0, 30, 90, 240])
    elif change == 5:
        item["tempo"] = rng.choice(_TEMPOS)
    elif change == 6:
        item["ramp"] = rng.choice(_RAMPS) if item.get("load") and item.get("reps") else []
    elif change == 7:
        item["per_side"] = not item.get("per_side", False)
    elif change == 8:
        item["exercise"] = rng.choice([*ids[:: max(1, len(ids) // 20)], "mystery-lift"])
    elif change == 9:
        item["load"] = None if item.get("load") else rng.choice([10.0, 24.0, 62.5])
        if item["load"] is None:
            item["ramp"] = []
    elif change == 10:
        item["hold_s"] = rng.choice([None, 10, 45, 90])
    else:  # implausible, for DA501
        item["sets"], item["load"] = rng.choice([(12, item.get("load")), (3, 650.0)])
    for key in [key for key, value in item.items() if value is None]:
        del item[key]
    if item.get("ramp") and not (item.get("load") and item.get("reps")):
        item["ramp"] = []


def _generated() -> Iterator[tuple[str, Program]]:
    requests = [
        ProgramRequest(
            weeks=12,
            days=("mon", "tue", "thu", "fri", "sat", "sun"),
            level="intermediate",
            goal="strength",
            start=date(2026, 1, 5),
        ),
        ProgramRequest(
            weeks=8,
            days=("mon", "wed", "fri"),
            level="beginner",
            goal="foundation",
            start=date(2026, 3, 4),
            minutes=30,
            seed=7,
        ),
        ProgramRequest(
            weeks=6,
            days=("tue", "thu"),
            level="beginner",
            goal="return",
            start=date(2026, 2, 2),
        ),
    ]
    for request in requests:
        name = f"generated {request.goal} {len(request.days)} days {request.weeks} weeks"
        yield name, generate_program(request, bundled_catalog())


def golden_plans() -> Iterator[tuple[str, Program, Catalog]]:
    """Every pinned plan with the catalog it is checked with, in a fixed order."""
    catalog = bundled_catalog()
    templates = [(path.name, load_plan(path, catalog)) for path in template_paths()]
    for name, program in templates:
        yield name, program, catalog
    sample = plan_from_template(
        load_plan(SAMPLE_PLAN, catalog), date(2026, 9, 2), keep_checkins=True
    )
    yield "sample", sample.program, catalog
    for name, program in _generated():
        yield name, program, catalog
    yield "benchmark year", bench_program(), bench_catalog()
    for seed, (name, program) in enumerate(templates * 3):
        yield f"{name} roughened {seed}", _roughened(program, seed, 10 + 4 * seed), catalog


def findings_of(program: Program, catalog: Catalog) -> list[Finding]:
    return check_program(program, catalog_for_plan(catalog, program))


def golden_rows() -> tuple[list[str], dict[str, list[Row]]]:
    """The findings of every pinned plan, messages kept once (a year-long plan repeats them)."""
    messages: list[str] = []
    index_of: dict[str, int] = {}
    plans: dict[str, list[Row]] = {}
    for name, program, catalog in golden_plans():
        rows: list[Row] = []
        for finding in findings_of(program, catalog):
            number = index_of.get(finding.message)
            if number is None:
                number = index_of[finding.message] = len(messages)
                messages.append(finding.message)
            rows.append(
                [
                    finding.code,
                    finding.severity,
                    number,
                    finding.week,
                    finding.day,
                    finding.session,
                    finding.block,
                    finding.exercise,
                    finding.session_index,
                    finding.item_index,
                ]
            )
        plans[name] = rows
    return messages, plans


def expand(messages: list[str], rows: list[Row]) -> list[tuple[object, ...]]:
    """Rows with their message written out, for comparing and for readable failures."""
    return [(row[0], row[1], messages[row[2]], *row[3:]) for row in rows]  # type: ignore[index]


def _golden_text(messages: list[str], plans: dict[str, list[Row]]) -> str:
    """JSON with one message or one finding a line, so a change reads as a short diff."""

    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    plan_parts = [
        f"  {line(name)}: [\n" + ",\n".join(f"    {line(row)}" for row in rows) + "\n  ]"
        if rows
        else f"  {line(name)}: []"
        for name, rows in plans.items()
    ]
    return (
        '{"messages": [\n'
        + ",\n".join(f"  {line(message)}" for message in messages)
        + '\n],\n"plans": {\n'
        + ",\n".join(plan_parts)
        + "\n}}\n"
    )


def main() -> int:
    messages, plans = golden_rows()
    GOLDEN_PATH.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN_PATH.write_text(_golden_text(messages, plans), encoding="utf-8")
    total = sum(len(rows) for rows in plans.values())
    print(f"{GOLDEN_PATH}: {len(plans)} plans, {total:,} findings, {len(messages):,} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
