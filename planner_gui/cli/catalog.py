"""`planner-gui catalog`: the bundled exercises, one line each, or their figures as a PDF.

`--sheet OUT.pdf` writes a contact sheet of every exercise's figure (name, id, pose id and
view under each), to look the drawings over page by page. The output is checked before any
work as the handout's is (`domain.output_check`) and replaced atomically. Exit 0 on success,
2 when the output may not be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner_gui.cli.common import EXIT_OK, fail
from planner_gui.cli.terminal import prepare_stdout, say
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.output_check import output_problem
from planner_gui.figures.lookup import pose_id_for

#: The command this module adds.
COMMANDS = ("catalog",)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "catalog",
        help="list the bundled exercises, or print a contact sheet of their figures",
        description="List the bundled exercises (id, pose, name), or with --sheet write a "
        "PDF contact sheet of every exercise's figure.",
        epilog="Exit 0 on success, 2 when the PDF cannot be written.",
    )
    parser.add_argument(
        "--sheet",
        type=Path,
        default=None,
        metavar="OUT.pdf",
        help="write the contact sheet here: a new file, an empty one or an earlier PDF, "
        "replaced atomically; never any other file, a read-only one or a device",
    )
    parser.add_argument(
        "--page-size", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    exercises = list(bundled_catalog())
    if args.sheet is None:
        prepare_stdout()
        for exercise in exercises:
            say(f"{exercise.id:<36} {pose_id_for(exercise):<36} {exercise.name}")
        return EXIT_OK
    # Deferred: reportlab is needed for the sheet, not for the listing or other commands.
    from planner_gui.export.contact_sheet import write_contact_sheet

    problem = output_problem(args.sheet, {})
    if problem is not None:
        return fail(problem)
    try:
        pages = write_contact_sheet(exercises, args.sheet, page_size=args.page_size)
    except OSError as error:
        return fail(f"{args.sheet}: cannot write the PDF ({error.strerror or error})")
    prepare_stdout()
    say(f"wrote {args.sheet} ({len(exercises)} exercises on {pages} pages)")
    return EXIT_OK
