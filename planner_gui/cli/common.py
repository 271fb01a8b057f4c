"""What the headless commands share: loading a plan or saying in one line why not."""

from __future__ import annotations

from pathlib import Path

from planner_gui.cli.terminal import warn
from planner_gui.domain.brand import Brand
from planner_gui.domain.brand_file import load_brand
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


def load_brand_for_cli(path: Path | None) -> Brand:
    """The brand file at `path` (an empty brand for None), or CliFailure saying why not."""
    if path is None:
        return Brand()
    try:
        return load_brand(path)
    except PlanFileError as error:
        raise CliFailure(str(error)) from None


def fail(message: str) -> int:
    """`message` as one line on stderr (escaped, see `terminal`); the exit code for bad input."""
    warn(f"planner-gui: {message}")
    return EXIT_BAD_INPUT
