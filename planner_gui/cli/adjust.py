"""`planner-gui adjust PLAN --after-checkin DATE`: ease the two weeks after a check-in.

The same edit as the window's Adjust plan… (`domain.checkins.adjust`): fewer sets first, then
load, for the exercises involved, or a swap to the catalog's easier version after sharp pain, with
the later weeks held back until they rejoin the plan without a jump, never adding a warning to
the plan check. The plan is saved atomically through the checked
save path, and the lines saying what changed are printed; `--dry-run` prints them only.

Exit codes: 0 when the plan was adjusted (or nothing needed adjusting), 1 when it could not be
(an open red flag, nothing that can be taken off, or every edit tried would add a warning), 2
on bad input (the file is then left byte-for-byte as it was).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner_gui.cli.checkin import parse_date_option, save_for_cli
from planner_gui.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliFailure,
    fail,
    load_brand_for_cli,
    load_for_cli,
)
from planner_gui.cli.terminal import prepare_stdout, say
from planner_gui.domain.checkins.adjust import adjust_after_checkin, checkin_on

#: The command this module adds.
COMMANDS = ("adjust",)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "adjust",
        help="ease the two weeks after a check-in (fewer sets, then load, or an easier swap)",
        description="Adjust PLAN after the check-in of DATE: the exercises involved get fewer "
        "sets first, then less load, for the next two weeks, or after sharp pain are swapped "
        "for the catalog's easier version; the weeks after that pick up from the eased level "
        "until the plan as written is no higher. Nothing is changed that would add a warning "
        "to the plan check.",
        epilog="Exit 0 when adjusted (or nothing needed it), 1 when it could not be done, "
        "2 on bad input.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the .brace.json plan")
    parser.add_argument(
        "--after-checkin", required=True, metavar="DATE", help="the check-in's date"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change; save nothing"
    )
    parser.add_argument(
        "--brand-file",
        type=Path,
        default=None,
        metavar="CLINIC.json",
        help="a brand file: a red flag's advice is printed in its safety-page wording",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        wording = load_brand_for_cli(args.brand_file).safety
        program, catalog = load_for_cli(args.plan)
        when = parse_date_option(args.after_checkin, "--after-checkin", args.plan)
        index = checkin_on(program, when)
        if index is None:
            dates = sorted({checkin.date.isoformat() for checkin in program.checkins})
            known = f"; it has check-ins on {', '.join(dates[-5:])}" if dates else ""
            raise CliFailure(
                f"{args.plan}: --after-checkin: no check-in on {when.isoformat()}{known}"
            )
        adjustment = adjust_after_checkin(program, catalog, index, wording)
        if adjustment.changed and not args.dry_run:
            adjustment.operation.apply(program)
            save_for_cli(program, args.plan)
    except CliFailure as failure:
        return fail(str(failure))
    prepare_stdout()
    for line in adjustment.lines:
        say(line)
    if adjustment.changed:
        say("Dry run: the plan file was not changed." if args.dry_run else f"saved {args.plan}")
    ok = adjustment.changed or adjustment.outcome == "nothing-to-do"
    return EXIT_OK if ok else EXIT_FINDINGS
