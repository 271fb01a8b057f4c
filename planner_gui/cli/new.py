"""`planner-gui new`: generate a whole program from a few answers and save it as a plan file.

The plan comes from `domain.generator` and is written through the checked, atomic save path
(`safe_save.save_plan_checked`): only bytes that load again are written, and an existing file
is replaced only with --force. Every bad answer ends with one line on stderr and exit code 2,
before anything is written.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from planner_gui.cli.common import EXIT_OK, CliFailure, fail
from planner_gui.cli.terminal import prepare_stdout, say, warn
from planner_gui.domain.atomic import check_replaceable
from planner_gui.domain.builders.equipment import (
    PRESET_HELP,
    UnknownEquipmentError,
    resolve_equipment,
)
from planner_gui.domain.builders.request import LEVELS
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.generator.program import generate_program
from planner_gui.domain.generator.request import (
    GOAL_HELP,
    GOALS,
    MAX_MINUTES,
    MAX_WEEKS,
    MIN_MINUTES,
    MIN_WEEKS,
    ProgramRequest,
    RequestError,
    next_monday,
    parse_date,
    parse_days,
    parse_weeks,
)
from planner_gui.domain.models import Program
from planner_gui.domain.safe_save import save_plan_checked
from planner_gui.domain.vocabulary import DAYS

#: The command this module adds.
COMMANDS = ("new",)

#: The catalog's equipment names, for --help (a test keeps this list equal to the catalog's).
EQUIPMENT_NAMES = (
    "ab-wheel ankle-strap back-extension-bench band barbell belt-squat bench bike blocks box "
    "cable dowel dumbbell foam-roller kettlebell landmine leg-press mat mini-band none "
    "pull-up-bar rack rope rower safety-squat-bar sled stability-ball strap trap-bar treadmill"
)


def add_parser(subparsers: Any) -> None:
    presets = "; ".join(f"{name}: {words}" for name, words in PRESET_HELP.items())
    goals = "; ".join(f"{goal}: {words}" for goal, words in GOAL_HELP.items())
    parser = subparsers.add_parser(
        "new",
        help="generate a whole program (sessions, routines, progression, deloads) as a plan",
        description="Generate a complete program: a session on each chosen day with its "
        "main lifts, warm-up, core, glute and mobility routines, weekly progression one "
        "variable at a time and a deload every 4th week. What it writes checks clean "
        "(no errors, no warnings; see `planner-gui check`).",
        epilog=f"Equipment presets: {presets}. Equipment names (mix them with presets, "
        f"e.g. dumbbells,band,dowel): {EQUIPMENT_NAMES}. Goals: {goals}. "
        "PLAN must not exist unless --force is given; it is written atomically, and only "
        "when the plan loads again. Exit 0 on success, 2 on a bad answer or a file that "
        "cannot be written.",
    )
    parser.add_argument(
        "--weeks", required=True, metavar="N", help=f"weeks, {MIN_WEEKS}-{MAX_WEEKS}"
    )
    parser.add_argument(
        "--days",
        required=True,
        metavar="DAYS",
        help=f"training days, comma-separated, 2-6 of {' '.join(DAYS)} (e.g. mon,wed,fri)",
    )
    parser.add_argument("--level", required=True, metavar="LEVEL", help=" | ".join(LEVELS))
    parser.add_argument(
        "--equipment",
        required=True,
        metavar="LIST",
        help=f"what is at hand, comma-separated: presets ({', '.join([*PRESET_HELP])}) "
        "and catalog equipment names; bodyweight, a mat and the floor always are",
    )
    parser.add_argument("--goal", required=True, metavar="GOAL", help=" | ".join(GOALS))
    parser.add_argument(
        "--start", metavar="DATE", help="first day, like 2026-01-05 (default: next Monday)"
    )
    parser.add_argument("--athlete", default="", metavar="NAME", help="the athlete's name")
    parser.add_argument("--title", default=None, metavar="TEXT", help="the plan's title")
    parser.add_argument(
        "--minutes",
        metavar="M",
        help=f"minutes a session, {MIN_MINUTES}-{MAX_MINUTES} (default: 60 for strength, "
        "50 for foundation, 45 for return)",
    )
    parser.add_argument(
        "--seed", metavar="S", help="a whole number that varies the exercises chosen"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PLAN", help="the plan file to write"
    )
    parser.add_argument("--force", action="store_true", help="replace PLAN if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        request = _request(args)
        out = _checked_output(args.output, force=args.force)
        catalog = bundled_catalog()
        program = generate_program(request, catalog)
        findings = check_program(program, catalog)
        save_plan_checked(program, out, catalog)
    except CliFailure as failure:
        return fail(str(failure))
    except RequestError as error:
        return fail(f"--{error.field}: {error}")
    except PlanFileError as error:
        return fail(f"cannot write the plan: {error}")
    except OSError as error:
        return fail(f"{args.output}: cannot write the plan ({error.strerror or error})")
    if request.start < date.today():
        warn(f"planner-gui: note: the plan starts on {request.start.isoformat()}, in the past")
    prepare_stdout()
    say(f"wrote {out}: {_summary(program, request, args.equipment)}")
    errors = sum(1 for finding in findings if finding.severity == "error")
    warnings = sum(1 for finding in findings if finding.severity == "warning")
    infos = len(findings) - errors - warnings
    if not findings:
        say("check: no problems found")
    else:
        say(f"check: {errors} errors, {warnings} warnings, {infos} info (planner-gui check)")
    return EXIT_OK


def _request(args: argparse.Namespace) -> ProgramRequest:
    level = {name: name for name in LEVELS}.get(args.level.strip().lower())
    if level is None:
        raise RequestError("level", f"{args.level!r} is not a level: {', '.join(LEVELS)}")
    goal = {name: name for name in GOALS}.get(args.goal.strip().lower())
    if goal is None:
        raise RequestError("goal", f"{args.goal!r} is not a goal: {', '.join(GOALS)}")
    try:
        equipment = resolve_equipment(args.equipment.split(","), bundled_catalog())
    except UnknownEquipmentError as error:
        raise RequestError("equipment", str(error)) from None
    request = ProgramRequest(
        weeks=parse_weeks(args.weeks),
        days=parse_days(args.days),
        level=level,
        goal=goal,
        start=parse_date(args.start) if args.start else next_monday(date.today()),
        equipment=equipment,
        athlete=args.athlete,
        title=args.title,
        minutes=_whole(args.minutes, "minutes"),
        seed=_whole(args.seed, "seed"),
    )
    request.check()
    return request


def _whole(text: str | None, option: str) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise RequestError(option, f"{text!r} is not a whole number") from None


def _checked_output(out: Path, *, force: bool) -> Path:
    """Refuse, before any work, an output that is a folder, in no folder, or an existing file
    without --force (or one a save may not replace)."""
    if out.is_dir():
        raise CliFailure(f"{out}: is a folder; give a file name such as plan.brace.json")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CliFailure(f"{out}: the folder {folder} does not exist")
    if out.exists() or out.is_symlink():
        if not force:
            raise CliFailure(f"{out}: exists; add --force to replace it")
        try:
            check_replaceable(out)
        except OSError as error:
            raise CliFailure(f"{out}: {error.strerror or error}; it was left as it is") from None
    return out


def _summary(program: Program, request: ProgramRequest, equipment: str) -> str:
    days = ", ".join(day.capitalize() for day in request.training_days)
    weeks = len(program.weeks)
    deloads = sum(1 for week in program.weeks if week.deload)
    kit = ", ".join(word.strip() for word in equipment.split(",") if word.strip())
    return (
        f"{program.title!r}, {_count(weeks, 'week')} from {program.start_date.isoformat()} "
        f"({_count(deloads, 'deload')}), {days}, {request.level}, {request.goal}, "
        f"equipment: {kit}"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
