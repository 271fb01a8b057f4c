"""What the headless commands share: loading a plan or saying in one line why not."""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2


class CliFailure(Exception):
    """Ends a command with `message` on stderr and exit code 2."""


def load_for_cli(path: Path) -> tuple[Program, Catalog]:
    """The plan and the catalog merged with its custom exercises, or CliFailure."""
    catalog = bundled_catalog()
    try:
        program = load_plan(path, catalog)
    except PlanFileError as error:
        raise CliFailure(str(error)) from None
    return program, catalog_for_plan(catalog, program)


def fail(message: str) -> int:
    print(f"planner-gui: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def prepare_stdout() -> bool:
    """Make printing safe on a terminal that cannot show "·", "→" or "×"; True if it can.

    With a non-Unicode stdout (PYTHONIOENCODING=ascii, an old code page) such characters
    become "?" instead of ending the command with a UnicodeEncodeError traceback. JSON output
    should use `ensure_ascii` when this returns False, so it stays exact.
    """
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        unicode = codecs.lookup(encoding).name in {"utf-8", "utf-16", "utf-32", "utf-8-sig"}
    except LookupError:
        unicode = False
    if not unicode and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    return unicode
