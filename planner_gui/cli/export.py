"""`planner-gui export PLAN -o OUT.pdf`: write the printable handout without opening a window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner_gui.cli.common import EXIT_OK, CliFailure, fail, load_for_cli, prepare_stdout
from planner_gui.domain.export_gate import export_gate
from planner_gui.export.brand import Brand

#: The command this module adds.
COMMANDS = ("export",)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the printable PDF handout of a plan",
        description="Write the printable PDF handout of PLAN: cover, how-to page, every "
        "session with a log to fill in, progression, plan check and safety page.",
        epilog="The coach's or clinic's details are optional: --brand NAME sets the name "
        "printed on the cover and in every page header, --brand-contact a contact line under "
        "it, --brand-logo a PNG or JPEG logo for the cover. Plans with data errors (DA501, "
        "DA502; see `planner-gui check`) are refused. Exit 0 on success, 2 on bad input.",
    )
    parser.add_argument("plan", type=Path, metavar="PLAN", help="the .brace.json plan")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help="where to write the PDF (replaced atomically)",
    )
    parser.add_argument(
        "--page-size", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"
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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Deferred: reportlab is needed to export, not to build the parser for `check`.
    from planner_gui.export.cover import LogoError
    from planner_gui.export.handout import HandoutLayoutError, write_handout

    try:
        program, catalog = load_for_cli(args.plan)
        out = _checked_output(args.output)
        brand = _brand(args)
        gate = export_gate(program, catalog)
        if not gate.allowed:
            raise CliFailure(
                f"{args.plan}: cannot export: {gate.summary()}; "
                "run `planner-gui check` to see them all"
            )
        write_handout(program, catalog, out, page_size=args.page_size, brand=brand)
    except CliFailure as failure:
        return fail(str(failure))
    except LogoError as error:
        return fail(str(error))
    except HandoutLayoutError as error:
        return fail(f"{args.plan}: cannot export: {error}")
    except OSError as error:
        return fail(f"{args.output}: cannot write the PDF ({error.strerror or error})")
    prepare_stdout()
    print(f"wrote {out}")
    return EXIT_OK


def _checked_output(out: Path) -> Path:
    """Refuse an output that cannot be a file we may replace, before any work is done."""
    if out.is_dir():
        raise CliFailure(f"{out}: is a folder; give a file name such as handout.pdf")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CliFailure(f"{out}: the folder {folder} does not exist")
    return out


def _brand(args: argparse.Namespace) -> Brand | None:
    # Deferred with the rest of reportlab (see `run`).
    from planner_gui.export.cover import logo_flowable

    logo: Path | None = args.brand_logo
    if logo is not None:
        if not logo.is_file():
            raise CliFailure(f"{logo}: no such logo file")
        logo_flowable(logo)
    brand = Brand(name=args.brand_name, contact=args.brand_contact, logo_path=logo)
    return None if brand.is_empty else brand
