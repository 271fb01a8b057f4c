"""`planner-gui export PLAN -o OUT.pdf`: write the printable handout without opening a window."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from planner_gui.cli.check import format_finding
from planner_gui.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    CliFailure,
    fail,
    load_brand_for_cli,
    load_for_cli,
    note_stale_dates,
)
from planner_gui.cli.terminal import prepare_stdout, say, warn
from planner_gui.domain.export_gate import export_gate
from planner_gui.domain.output_check import output_problem
from planner_gui.export.brand import Brand
from planner_gui.export.options import (
    DEFAULT_LAYOUT,
    LAYOUT_DESCRIPTIONS,
    LAYOUTS,
    HandoutOptions,
)

#: The command this module adds.
COMMANDS = ("export",)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the printable PDF handout of a plan",
        description="Write the athlete's printable PDF handout of PLAN in one of three "
        "layouts. compact (the default): the cover with the weeks at a glance, an exercise "
        "guide (each exercise once, with its figure, cues, cautions and easier option), then "
        "each session type as a table with the weeks as columns and boxes to log each time. "
        "full: the cover, a how-to page, a dated page for every session with its own log, "
        "and each loaded exercise's progression. cards: one session per half page, to fold "
        "to A5 and print a week or a session. Every layout ends with the safety page, a "
        "check-in form and the check-ins recorded so far (if any). The compact and full "
        "layouts print the weekly load chart unless --no-load-chart is given, and the plan "
        "check only with --plan-check: it is a "
        "coach's page, and `planner-gui check PLAN --pdf REVIEW.pdf` writes it as the "
        "coach's own plan review instead.",
        epilog="The coach's or clinic's details are optional: --brand NAME sets the name "
        "printed on the cover and in every page header, --brand-contact a contact line under "
        "it (and on the safety page), --brand-logo a PNG or JPEG logo for the cover; "
        "--brand-file CLINIC.json reads these and the clinic's own safety-page wording from a "
        "brand file (see the README), and the three options override it. Plans with data "
        "errors (DA501, DA502; see `planner-gui check`) are refused. A plan with a red flag no "
        "clinician has cleared (CK601) is refused too, unless --allow-red-flags is given. "
        "Any other error the check finds (such as a load rising past the error limit) does "
        "not stop the export: each is named in a warning on stderr, and the exit code is "
        "unchanged. Exit 0 on success, 1 when red flags stop the export, 2 on bad input.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the .brace.json plan")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help="where to write the PDF: a new file, an empty one or an earlier PDF, replaced "
        "atomically; never the plan, the logo, any other file, a read-only one or a device",
    )
    parser.add_argument(
        "--page-size", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"
    )
    parser.add_argument(
        "--layout",
        choices=LAYOUTS,
        default=DEFAULT_LAYOUT,
        help="; ".join(f"{name}: {text}" for name, text in LAYOUT_DESCRIPTIONS.items())
        + f" (default: {DEFAULT_LAYOUT})",
    )
    for name, default, what in (
        ("log", True, "the boxes to log each session in"),
        ("load-chart", True, "the weekly load chart (compact and full layouts)"),
        (
            "plan-check",
            False,
            "the plan check, a coach's page (compact and full layouts; the coach's own copy "
            "is `check PLAN --pdf REVIEW.pdf`)",
        ),
    ):
        parser.add_argument(
            f"--{name}",
            action=argparse.BooleanOptionalAction,
            # None when not given, so `run` tells an asked-for switch from the default.
            default=None,
            help=f"print {what} (default: {'yes' if default else 'no'})",
        )
    parser.add_argument(
        "--brand",
        "--brand-name",
        dest="brand_name",
        default="",
        metavar="NAME",
        help="coach's or clinic's name",
    )
    parser.add_argument(
        "--brand-contact",
        default="",
        metavar="TEXT",
        help="contact line printed under the brand name",
    )
    parser.add_argument(
        "--brand-logo",
        type=Path,
        default=None,
        metavar="PNG",
        help="logo image for the cover (PNG or JPEG)",
    )
    parser.add_argument(
        "--brand-file",
        type=Path,
        default=None,
        metavar="CLINIC.json",
        help="a brand file: name, contact line, logo and safety-page wording",
    )
    parser.add_argument(
        "--allow-red-flags",
        action="store_true",
        help="export even though a check-in reports a red flag no clinician has cleared",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Deferred: reportlab is needed to export, not to build the parser for `check`.
    from planner_gui.export.cover import LogoError
    from planner_gui.export.handout import HandoutLayoutError, write_handout

    try:
        program, catalog = load_for_cli(args.plan)
        brand = _brand(args)
        gate = export_gate(program, catalog, None if brand is None else brand.safety)
        if gate.refused:
            raise CliFailure(
                f"{args.plan}: cannot export: {gate.summary()}; "
                "run `planner-gui check` to see them all"
            )
        if not gate.allows(confirmed=args.allow_red_flags):
            warn(
                f"planner-gui: {args.plan}: not exported: {gate.confirmation_reason()}; the "
                "athlete should see a clinician first (give --allow-red-flags to export anyway)"
            )
            return EXIT_FINDINGS
        out = _checked_output(
            args.output,
            {
                "the plan": args.plan,
                "the brand file": args.brand_file,
                "the brand logo": None if brand is None else brand.logo_path,
            },
        )
        note_stale_dates(args.plan, program)
        for finding in gate.errors:
            # DESIGN.md refuses bad input only: a plan the checker faults still exports,
            # but never silently.
            warn(f"planner-gui: {args.plan}: warning: {format_finding(finding)}")
        if args.layout == "cards":
            # Cards print neither: asked for, it would be left out without a word.
            if args.plan_check:
                warn(
                    "planner-gui: note: cards don't carry the plan check; "
                    f"use `planner-gui check {args.plan} --pdf REVIEW.pdf` for the review"
                )
            if args.load_chart:
                warn(
                    "planner-gui: note: cards don't carry the load chart; "
                    "use --layout compact or full, or `check --pdf` for the review"
                )
        options = HandoutOptions(
            layout=args.layout,
            log=args.log is not False,
            chart=args.load_chart is not False,
            plan_check=bool(args.plan_check),
        )
        write_handout(program, catalog, out, page_size=args.page_size, brand=brand, options=options)
    except CliFailure as failure:
        return fail(str(failure))
    except LogoError as error:
        return fail(str(error))
    except HandoutLayoutError as error:
        return fail(f"{args.plan}: cannot export: {error}")
    except OSError as error:
        return fail(f"{args.output}: cannot write the PDF ({error.strerror or error})")
    prepare_stdout()
    say(f"wrote {out}")
    return EXIT_OK


def _checked_output(out: Path, inputs: dict[str, Path | None]) -> Path:
    """Refuse, before any work is done, an output that is not ours to replace."""
    problem = output_problem(out, inputs)
    if problem is not None:
        raise CliFailure(problem)
    return out


def _brand(args: argparse.Namespace) -> Brand | None:
    """The brand file's brand with the command line's own options over it (CliFailure for a
    bad file), its logo checked before the layout, so a bad logo costs no time."""
    # Deferred with the rest of reportlab (see `run`).
    from planner_gui.export.cover import LogoError, check_logo

    brand = load_brand_for_cli(args.brand_file)
    brand = replace(
        brand,
        name=args.brand_name or brand.name,
        contact=args.brand_contact or brand.contact,
        logo_path=args.brand_logo or brand.logo_path,
    )
    if brand.logo_path is not None:
        try:
            check_logo(brand.logo_path)
        except LogoError as error:
            if args.brand_logo is None:  # the brand file named it: say so, with the place
                raise CliFailure(f"{args.brand_file}: logo: {error}") from None
            raise
    return None if brand.is_empty else brand
