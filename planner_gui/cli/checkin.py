"""`planner-gui checkin PLAN --date D --pain ...`: record one check-in and print its guidance.

The check-in is appended to the plan in one atomic save, through the same checked path as the
window's Save (`domain.safe_save`): only bytes that load again are written, and the previous
file survives any failure. Every answer is checked before anything is written, so a bad date,
score, exercise or red-flag name ends with one line on stderr, exit code 2, and the file
byte-for-byte as it was. After saving, the triage (`domain.checkins.triage`) is printed: what
the answers call for, and when to see a clinician; with `--brand-file`, a red flag's call is in
the clinic's words, as its handout prints it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner_gui.cli.common import EXIT_OK, CliFailure, fail, load_brand_for_cli, load_for_cli
from planner_gui.cli.terminal import prepare_stdout, say
from planner_gui.domain.catalog import Catalog, bundled_catalog, search_form
from planner_gui.domain.checkins.triage import triage
from planner_gui.domain.editing.checkins import AddCheckIn
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.errors import PlanFileError, from_validation_error
from planner_gui.domain.models import CheckIn, Program
from planner_gui.domain.safe_save import save_plan_checked
from planner_gui.domain.vocabulary import ONSETS, RED_FLAGS

#: The command this module adds.
COMMANDS = ("checkin",)
PAINS = ("none", "doms", "sharp")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "checkin",
        help="record how training felt (soreness, pain, red flags) and get guidance",
        description="Add one check-in to PLAN and print the guidance it gets: what to do, and "
        "when to see a clinician.",
        epilog=f"Red flags: {', '.join(RED_FLAGS)}. The plan file is saved atomically; on "
        "any bad answer nothing is written. Exit 0 once saved, 2 on bad input.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the .brace.json plan")
    parser.add_argument("--date", required=True, metavar="D", help="the day, like 2026-01-13")
    parser.add_argument(
        "--pain", required=True, metavar="|".join(PAINS), help="none, doms (soreness) or sharp"
    )
    parser.add_argument("--score", metavar="N", help="how bad, 0 (none) to 10 (worst)")
    parser.add_argument(
        "--after", metavar="EXERCISE", help="the exercise it came after (id or name)"
    )
    parser.add_argument(
        "--onset",
        metavar="|".join(ONSETS),
        help="when it began: during the session, within hours, or the next day or later",
    )
    eases = parser.add_mutually_exclusive_group()
    eases.add_argument(
        "--eases",
        dest="eases",
        action="store_const",
        const=True,
        default=None,
        help="it eases with movement",
    )
    eases.add_argument(
        "--no-eases",
        dest="eases",
        action="store_const",
        const=False,
        help="it does not ease with movement",
    )
    parser.add_argument(
        "--red-flag",
        dest="red_flags",
        action="extend",
        nargs="+",
        default=[],
        metavar="NAME",
        help="a red flag (repeat, or give several)",
    )
    parser.add_argument(
        "--cleared",
        action="store_true",
        help="a clinician has cleared training after the red flags reported so far",
    )
    parser.add_argument("--note", default="", metavar="TEXT", help="a note")
    parser.add_argument("--where", default="", metavar="TEXT", help="where it hurts")
    parser.add_argument(
        "--brand-file",
        type=Path,
        default=None,
        metavar="CLINIC.json",
        help="a brand file: a red flag's advice is printed in its safety-page wording",
    )
    parser.set_defaults(func=run)


def parse_date_option(text: str, option: str, plan: Path) -> date:
    """An ISO date given on the command line, or CliFailure naming the plan and the option."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliFailure(f"{plan}: {option}: {text!r} is not a date like 2026-01-13") from None


def save_for_cli(program: Program, path: Path) -> None:
    """Save atomically, and only what loads again; CliFailure (nothing written) otherwise."""
    try:
        save_plan_checked(program, path, bundled_catalog())
    except PlanFileError as error:
        raise CliFailure(str(error)) from None
    except OSError as error:
        raise CliFailure(f"{path}: cannot save the plan ({error.strerror or error})") from None


def _choice(text: str | None, allowed: tuple[str, ...], option: str, plan: Path) -> str | None:
    if text is None or text in allowed:
        return text
    raise CliFailure(f"{plan}: {option}: {text!r} is not one of {', '.join(allowed)}")


def _score(text: str | None, plan: Path) -> int | None:
    if text is None:
        return None
    digits = text.strip()
    if digits.isascii() and digits.isdigit() and int(digits) <= 10:
        return int(digits)
    raise CliFailure(f"{plan}: --score: {text!r} is not a whole number from 0 to 10")


def exercise_id(text: str, catalog: Catalog, plan: Path) -> str:
    """The exercise `text` names: its id, or a name or alias only one exercise has."""
    if text in catalog:
        return text
    wanted = search_form(text)
    found = [
        exercise.id
        for exercise in catalog
        if wanted in {search_form(exercise.name), *(search_form(a) for a in exercise.aliases)}
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise CliFailure(
            f"{plan}: --after: {text!r} could be {', '.join(found)}; give the exercise's id"
        )
    raise CliFailure(
        f"{plan}: --after: {text!r} is not an exercise of the catalog or the plan "
        "(give its id, e.g. deadlift)"
    )


def checkin_from_args(args: argparse.Namespace, catalog: Catalog) -> CheckIn:
    """The check-in the options describe, or CliFailure saying which option is wrong."""
    plan: Path = args.plan
    when = parse_date_option(args.date, "--date", plan)
    for flag in args.red_flags:
        _choice(flag, RED_FLAGS, "--red-flag", plan)
    data: dict[str, object] = {
        "date": when,
        "pain": _choice(args.pain, PAINS, "--pain", plan),
        "pain_score": _score(args.score, plan),
        "after_exercise": None if args.after is None else exercise_id(args.after, catalog, plan),
        "onset": _choice(args.onset, ONSETS, "--onset", plan),
        "eases_with_movement": args.eases,
        "red_flags": list(dict.fromkeys(args.red_flags)),
        "cleared": args.cleared,
        "note": args.note,
        "where": args.where,
    }
    try:
        return CheckIn.model_validate(data)
    except ValidationError as error:
        problem = from_validation_error(plan, error)
        option = _OPTIONS.get(problem.location.split("[")[0], problem.location)
        raise CliFailure(f"{plan}: {option}: {problem.reason}") from None


#: The option that sets each check-in field, for error messages.
_OPTIONS = {
    "date": "--date",
    "pain": "--pain",
    "pain_score": "--score",
    "after_exercise": "--after",
    "onset": "--onset",
    "red_flags": "--red-flag",
    "note": "--note",
    "where": "--where",
}


def run(args: argparse.Namespace) -> int:
    try:
        # Read first: a bad brand file must stop the command before the plan is written.
        wording = load_brand_for_cli(args.brand_file).safety
        program, catalog = load_for_cli(args.plan)
        checkin = checkin_from_args(args, catalog)
        try:
            AddCheckIn(checkin).apply(program)
        except EditRefused as refused:
            raise CliFailure(f"{args.plan}: {refused}") from None
        save_for_cli(program, args.plan)
    except CliFailure as failure:
        return fail(str(failure))
    prepare_stdout()
    count = len(program.checkins)
    say(
        f"added the check-in of {checkin.date.isoformat()} to {args.plan} "
        f"({count} check-in{'' if count == 1 else 's'})"
    )
    if not program.start_date <= checkin.date <= program.end_date:
        say(
            f"Note: {checkin.date.isoformat()} is outside the plan's weeks "
            f"({program.start_date.isoformat()} to {program.end_date.isoformat()})."
        )
    say()
    guidance = triage(checkin, earlier=program.checkins, name_of=catalog.name_of, wording=wording)
    for line in guidance.lines():
        say(line)
    return EXIT_OK
