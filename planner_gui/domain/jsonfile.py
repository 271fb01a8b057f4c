"""Reading a JSON file with errors a person can act on: the file, the line, the reason.

Only a regular file is read, and never more than `limits.MAX_FILE_BYTES` of it: a plan path
can name a FIFO (opening it would wait for a writer forever), a device such as /dev/zero
(reading it would fill the memory) or a file still growing. The file is opened without
blocking, the open descriptor is checked (not the path, which could change in between), and
at most one byte more than the limit is read.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.limits import MAX_FILE_BYTES

_READ_CHUNK = 1024 * 1024
#: Longest whole number read as a number; far beyond the 1,000,000 any plan value may reach,
#: and far below the digits at which Python refuses to convert text to int (a ValueError).
MAX_INT_DIGITS = 30
_NON_FINITE = re.compile(r"(?<![\w\"])(-?Infinity|NaN)(?![\w\"])")


class _DuplicateKeyError(ValueError):
    pass


class _NonFiniteError(ValueError):
    pass


class _HugeNumberError(ValueError):
    pass


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _NonFiniteError(name)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _HugeNumberError(text)
    return int(text)


def _line_of(text: str, pattern: re.Pattern[str] | str) -> str:
    match = re.search(pattern, text)
    if match is None:
        return ""
    return f"line {text.count(chr(10), 0, match.start()) + 1}"


def _kind_of(mode: int) -> str:
    """What a file that is not a regular one is, in words."""
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _too_large(path: Path, size: str, limit: int) -> PlanFileError:
    shown = f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
    return PlanFileError(path, f"is too large to read ({size} bytes; the limit is {shown})")


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of `path` if it is a regular file of at most `limit` bytes (a link to one is
    fine); OSError from the system, PlanFileError for a folder, a special file or a size."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise PlanFileError(path, "is a folder, not a file") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise PlanFileError(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise PlanFileError(path, f"is not a regular file ({_kind_of(info.st_mode)})")
        if info.st_size > limit:
            raise _too_large(path, f"{info.st_size:,}", limit)
        chunks: list[bytes] = []
        remaining = limit + 1  # one byte past the limit tells a file that grew meanwhile
        while remaining > 0:
            chunk = os.read(fd, min(remaining, _READ_CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    if remaining <= 0:
        raise _too_large(path, f"more than {limit:,}", limit)
    return b"".join(chunks)


#: Python's words for what the JSON parser expected, in a clinician's words (by prefix).
_JSON_WORDS = (
    ("Expecting property name enclosed in double quotes", "expected a name in double quotes"),
    ("Expecting value", "expected a value"),
    ("Expecting ',' delimiter", "expected a comma"),
    ("Expecting ':' delimiter", "expected a colon after a name"),
    ("Unterminated string", "a text in double quotes is not closed"),
    ("Invalid control character", "a line break or control character inside double quotes"),
    ("Invalid \\uXXXX escape", "a backslash escape JSON does not allow"),
    ("Invalid \\escape", "a backslash escape JSON does not allow"),
    ("Extra data", "more text after the end of the plan"),
    ("Illegal trailing comma", "a comma before a closing bracket"),
)


def json_problem(error: json.JSONDecodeError, text: str) -> str:
    """What is wrong at `error`'s place, in plain words rather than Python's: "the file is
    cut off: not valid JSON (expected a value)" when the parser ran out of text, else
    "not valid JSON (expected a comma)"."""
    words = next(
        (plain for prefix, plain in _JSON_WORDS if error.msg.startswith(prefix)),
        error.msg[:1].lower() + error.msg[1:],
    )
    cut_off = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")
    return f"{'the file is cut off: ' if cut_off else ''}not valid JSON ({words})"


def read_json_object(path: Path | str) -> dict[str, Any]:
    """Return the top-level JSON object of `path`, or raise PlanFileError saying why not."""
    path = Path(path)
    try:
        data = read_regular_file(path)
    except FileNotFoundError:
        raise PlanFileError(path, "no such file") from None
    except PermissionError:
        raise PlanFileError(path, "permission denied") from None
    except OSError as error:
        if error.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise PlanFileError(path, "is not a regular file") from None
        raise PlanFileError(path, error.strerror or "cannot be read") from None
    if not data.strip():
        raise PlanFileError(path, "the file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanFileError(
            path, "is not UTF-8 text (is it a plan file?)", f"byte {error.start}"
        ) from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as error:
        raise PlanFileError(
            path, json_problem(error, text), f"line {error.lineno}, column {error.colno}"
        ) from None
    except _DuplicateKeyError as error:
        key = str(error)
        raise PlanFileError(
            path,
            f"the key {key!r} appears twice in one object",
            _line_of(text, re.escape(f'"{key}"')),
        ) from None
    except _NonFiniteError as error:
        raise PlanFileError(
            path, f"{error} is not a number a plan can hold", _line_of(text, _NON_FINITE)
        ) from None
    except _HugeNumberError as error:
        digits = len(str(error).lstrip("-"))
        raise PlanFileError(
            path,
            f"a whole number with {digits:,} digits is too large for a plan",
            _line_of(text, re.escape(str(error)[:40])),
        ) from None
    except RecursionError:
        raise PlanFileError(path, "is nested too deeply to be a plan") from None
    if not isinstance(value, dict):
        raise PlanFileError(path, "must hold a JSON object at the top level")
    return value
