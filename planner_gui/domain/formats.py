"""Loading, migrating and saving plan files (`*.brace.json`).

Loading refuses what cannot be (and says where); saving is atomic, so the user's previous
file survives any failure during the write.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.catalog import Catalog, CatalogClashError
from planner_gui.domain.errors import PlanFileError, from_validation_error
from planner_gui.domain.jsonfile import read_json_object
from planner_gui.domain.models import PLAN_FORMAT, PLAN_VERSION, Program, dump_program
from planner_gui.domain.rules.settings import validate_rules_section

CURRENT_VERSION = PLAN_VERSION
PLAN_SUFFIX = ".brace.json"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _version_1_to_2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional fields, so a version-1 plan reads as it is.

    New in version 2: ramp-up sets on items (`ramp`); on check-ins a pain score, the onset,
    whether the pain eases with movement, `cleared`, and three more red flags; on custom
    exercises `pose` and `aliases`, the patterns `hip-extension`, `hip-abduction` and
    `hip-rotation` and three
    more muscles; the plan's `load_steps`. None has a version-1 counterpart to convert.
    """
    return raw


def _version_2_to_3(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 3 only adds an optional field, so a version-2 plan reads as it is.

    New in version 3: `notes` on a session (like a week's notes, at most MAX_NOTE_CHARS),
    written only when not empty; version 2 had nowhere to keep them.
    """
    return raw


#: Upgrades by the version they start from: MIGRATIONS[n] turns a version-n dict into n + 1.
MIGRATIONS: dict[int, Migration] = {1: _version_1_to_2, 2: _version_2_to_3}


def migrate(raw: dict[str, Any], path: Path | str) -> dict[str, Any]:
    """Bring an older plan dict up to CURRENT_VERSION, one registered step at a time."""
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanFileError(path, "must be a whole number", "version")
    if version > CURRENT_VERSION:
        raise PlanFileError(
            path,
            f"was saved by a newer Brace Planner (file version {version}; this version reads "
            f"up to {CURRENT_VERSION}); update Brace Planner to open it",
            "version",
        )
    while version < CURRENT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise PlanFileError(path, f"file version {version} is not supported", "version")
        raw = step(dict(raw))
        version += 1
        raw["version"] = version
    return raw


def parse_plan(raw: dict[str, Any], path: Path | str, catalog: Catalog | None = None) -> Program:
    """Validate an already-read plan dict; `catalog` enables the custom-id clash check."""
    fmt = raw.get("format")
    if fmt != PLAN_FORMAT:
        where = "format"
        if fmt is None:
            raise PlanFileError(path, f'is not a Brace Planner plan (no "format": "{PLAN_FORMAT}")')
        raise PlanFileError(path, f"must be {PLAN_FORMAT!r}, not {fmt!r}", where)
    raw = migrate(raw, path)
    try:
        program = Program.model_validate(raw)
    except ValidationError as error:
        raise from_validation_error(path, error, raw) from None
    if catalog is not None:
        try:
            catalog.with_custom(program.exercises)
        except CatalogClashError as error:
            raise PlanFileError(path, str(error), f"exercises[{error.index}].id", raw=raw) from None
    # An unknown rule code or threshold is usually a typo: refuse it with its place.
    problem = validate_rules_section(program)
    if problem is not None:
        raise PlanFileError(path, problem[1], problem[0], raw=raw)
    return program


def load_plan(path: Path | str, catalog: Catalog | None = None) -> Program:
    """Read a plan file; raise PlanFileError (one line, file and place) on any bad input."""
    return parse_plan(read_json_object(path), path, catalog)


def plan_to_bytes(program: Program) -> bytes:
    """The exact bytes a plan is saved as: indented UTF-8 JSON, newline at the end."""
    text = json.dumps(dump_program(program), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def save_plan(program: Program, path: Path | str) -> None:
    """Save atomically: the old file stays intact if anything fails before the rename."""
    write_bytes_atomic(Path(path), plan_to_bytes(program))
