"""Saving without losing data: only bytes the loader accepts are written, and a file's stamp
tells whether another program changed it since it was read or written.

A plan edited past validation (a value poked in, an operation that forgot a limit) would
otherwise be saved and then refuse to open, which loses the user's work as surely as a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import parse_plan, plan_to_bytes
from planner_gui.domain.limits import MAX_FILE_BYTES
from planner_gui.domain.models import Program


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like: a different time or size means someone wrote it."""

    mtime_ns: int
    size: int


def file_stamp(path: Path) -> FileStamp | None:
    """The stamp of `path` now, None when it does not exist or cannot be looked at."""
    try:
        status = path.stat()
    except OSError:
        return None
    return FileStamp(status.st_mtime_ns, status.st_size)


def checked_plan_bytes(program: Program, path: Path | str, catalog: Catalog | None = None) -> bytes:
    """The bytes `program` is saved as, once they have been read back with the plan loader.

    Raises the PlanFileError that opening the written file would raise, naming `path` and the
    place, so the caller can refuse the write and keep the previous file.
    """
    try:
        data = plan_to_bytes(program)
    except (TypeError, ValueError) as error:
        raise PlanFileError(path, f"cannot be written as JSON ({error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError(
            path,
            f"would be {len(data):,} bytes, more than the {MAX_FILE_BYTES:,} a plan file may "
            "hold to be opened again",
        )
    parse_plan(json.loads(data), path, catalog)
    return data


def save_plan_checked(program: Program, path: Path, catalog: Catalog | None = None) -> None:
    """Save atomically, and only what loads again; on a PlanFileError nothing is written."""
    write_bytes_atomic(path, checked_plan_bytes(program, path, catalog))
