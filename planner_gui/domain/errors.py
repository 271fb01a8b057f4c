"""Errors that reach the user as one line naming the file and the place in it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError


class PlanFileError(Exception):
    """A file could not be read or is not a valid plan or catalog.

    `str(error)` is the one line the CLI prints and the window shows:
    ``plan.brace.json: weeks[2].sessions[0].blocks[1].items[0].sets: must be at least 1``.
    """

    def __init__(self, path: Path | str, message: str, location: str = "") -> None:
        self.path = str(path)
        self.location = location
        self.reason = message
        place = f"{location}: " if location else ""
        super().__init__(f"{self.path}: {place}{message}")


def format_location(loc: Sequence[int | str]) -> str:
    """Turn pydantic's location tuple into `weeks[2].sessions[0].sets` form."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif "[" in part or part in _UNION_TAGS:
            continue
        else:
            text += f".{part}" if text else part
    return text


_UNION_TAGS = {"bool", "float", "int", "str", "list", "dict", "none"}
#: A key written as `.key` in a place; any other is written quoted, `["a key"]`.
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def key_location(parent: str, key: str) -> str:
    """The place of `key` inside the object at `parent`: `items[0].int`, `weeks[0]['a.b']`.

    The key is the user's own text, so it is never dropped (as `format_location` drops
    pydantic's union tags, which `int` or `str` look like) and anything but a plain name is
    quoted with its control characters escaped (`'na\x1b[2Jme'`), so the place reads the same
    in the window and in a terminal and cannot be mistaken for a deeper path.
    """
    if _PLAIN_KEY.fullmatch(key):
        return f"{parent}.{key}" if parent else key
    return f"{parent}[{key!r}]"


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _friendly(error: dict[str, object]) -> str:
    kind = str(error["type"])
    ctx = error.get("ctx") or {}
    assert isinstance(ctx, dict)
    if kind == "greater_than_equal":
        return f"must be at least {_number(ctx['ge'])}"
    if kind == "greater_than":
        return f"must be more than {_number(ctx['gt'])}"
    if kind == "less_than_equal":
        return f"must be at most {_number(ctx['le'])}"
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "unknown key (check the spelling)"
    if kind == "literal_error":
        return f"must be one of {ctx['expected']}"
    if kind in {"int_type", "int_from_float", "int_parsing"}:
        return "must be a whole number"
    if kind in {"float_type", "float_parsing"}:
        return "must be a number"
    if kind == "finite_number":
        return "must be a finite number"
    if kind == "string_type":
        return "must be text"
    if kind == "string_unicode":
        return "is not valid text (it holds a broken character escape such as \\ud800)"
    if kind == "bool_type":
        return "must be true or false"
    if kind == "list_type":
        return "must be a list"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return "must be an object"
    if kind == "string_pattern_mismatch":
        return "must use lowercase letters, digits and hyphens only"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long (at most {ctx['max_length']} characters)"
    if kind == "too_short":
        return f"needs at least {ctx['min_length']} entry"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"]).lower()


def _place(problem: dict[str, object]) -> str:
    loc = problem["loc"]
    assert isinstance(loc, tuple)
    if problem["type"] == "extra_forbidden" and loc and isinstance(loc[-1], str):
        return key_location(format_location(loc[:-1]), loc[-1])
    return format_location(loc)


def from_validation_error(path: Path | str, error: ValidationError) -> PlanFileError:
    """The first problem pydantic found, worded for a person; a count of the rest."""
    problems = [dict(problem) for problem in error.errors(include_url=False)]
    first = problems[0]
    message = _friendly(first)
    places = {_place(problem) for problem in problems}
    if len(places) > 1:
        others = len(places) - 1
        message += f" (and {others} more problem{'s' if others > 1 else ''})"
    return PlanFileError(path, message, _place(first))
