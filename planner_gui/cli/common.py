"""What the headless commands share: loading a plan or saying in one line why not."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from planner_gui.cli.terminal import warn
from planner_gui.domain.brand import Brand
from planner_gui.domain.brand_file import load_brand
from planner_gui.domain.calendar import coming_weekday, weekday_of
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
#: A plan that began longer ago than this is likely still on its template's dates.
STALE_START = timedelta(weeks=4)
#: An ISO date the commands take as today (reproducible runs and tests); unset: the clock's.
TODAY_ENV = "BRACE_TODAY"


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


def stale_dates_note(path: Path, program: Program, today: date) -> str | None:
    """One line saying the plan's dates are past, or None: a bundled template keeps the dates
    it was written with (2026-01-05), and the CLI prints them as they are, while the window
    starts a template on the coming Monday. Said when the plan ended before `today` or began
    more than STALE_START before it; naming the start the window would give it."""
    start, end = program.start_date, program.end_date
    if end >= today and start >= today - STALE_START:
        return None
    if end < today:
        when = f"its dates are past ({_long_date(start)} to {_long_date(end)})"
    else:
        when = f"it began {(today - start).days // 7} weeks ago, on {_long_date(start)}"
    fresh = coming_weekday(weekday_of(start), today)
    return (
        f"planner-gui: note: {path}: {when}, and they print as they are; to date it from "
        f'{_long_date(fresh)}, set "start_date": "{fresh.isoformat()}" in the file (the '
        "window's File ▸ New starts a template on the coming Monday)"
    )


def today() -> date:
    """BRACE_TODAY when it holds an ISO date, else the clock's date."""
    try:
        return date.fromisoformat(os.environ.get(TODAY_ENV, "").strip())
    except ValueError:
        return date.today()


def note_stale_dates(path: Path, program: Program) -> None:
    """`stale_dates_note` on stderr, when there is one."""
    note = stale_dates_note(path, program, today())
    if note is not None:
        warn(note)


def _long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"
