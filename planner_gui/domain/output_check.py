"""Whether a PDF may be written at a path: the one check the command line and the window share.

The rename that writes a handout atomically would replace anything with that name: the plan
itself (also through a link), the brand logo, a document that is not a PDF, a read-only file,
or a device node such as /dev/null. Only a missing file, an empty one (it holds nothing to
lose) or an earlier PDF may be replaced.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from planner_gui.domain.atomic import check_replaceable

#: How every PDF begins; an existing output that does not is someone's other file.
PDF_MAGIC = b"%PDF-"


def output_problem(out: Path, inputs: Mapping[str, Path | None]) -> str | None:
    """Why a PDF may not be written at `out`, in one line naming it, or None when it may.

    `inputs` names the files the export reads ("the plan": its path), which it must never
    replace.
    """
    if out.is_dir():
        return f"{out}: is a folder; give a file name such as handout.pdf"
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        return f"{out}: the folder {folder} does not exist"
    try:
        info = os.stat(out)
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"{out}: cannot write the PDF there ({error.strerror or error})"
    for what, source in inputs.items():
        if source is not None and _same_file(out, info, source):
            return f"{out}: is {what}; give the PDF another name"
    try:
        check_replaceable(out)
    except OSError as error:
        return f"{out}: {error.strerror or error}; it was left as it is (give the PDF another name)"
    if info.st_size and not _starts_like_pdf(out):
        return (
            f"{out}: exists and is not a PDF; it was left as it is "
            "(give the PDF another name, or remove that file first)"
        )
    return None


def _same_file(out: Path, info: os.stat_result, source: Path) -> bool:
    """True when `out` and `source` are one file: one path, a symbolic or a hard link."""
    try:
        other = os.stat(source)
    except OSError:
        return False
    if (info.st_dev, info.st_ino) == (other.st_dev, other.st_ino):
        return True
    with contextlib.suppress(OSError, RuntimeError):
        return out.resolve() == source.resolve()
    return False


def _starts_like_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(PDF_MAGIC)) == PDF_MAGIC
    except OSError:
        return False
