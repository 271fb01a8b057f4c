"""Reading a JSON file with errors a person can act on: the file, the line, the reason."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from planner_gui.domain.errors import PlanFileError

MAX_FILE_BYTES = 64 * 1024 * 1024
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


def read_json_object(path: Path | str) -> dict[str, Any]:
    """Return the top-level JSON object of `path`, or raise PlanFileError saying why not."""
    path = Path(path)
    try:
        if path.is_dir():
            raise PlanFileError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PlanFileError(path, f"is too large to be a plan ({size:,} bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise PlanFileError(path, "no such file") from None
    except PermissionError:
        raise PlanFileError(path, "permission denied") from None
    except OSError as error:
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
            path, f"not valid JSON: {error.msg}", f"line {error.lineno}, column {error.colno}"
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
