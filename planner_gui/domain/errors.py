"""Errors that reach the user as one line naming the file and the place in it."""

from __future__ import annotations

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


def from_validation_error(path: Path | str, error: ValidationError) -> PlanFileError:
    """The first problem pydantic found, worded for a person; a count of the rest."""
    problems = error.errors(include_url=False)
    first = problems[0]
    message = _friendly(dict(first))
    places = {format_location(problem["loc"]) for problem in problems}
    if len(places) > 1:
        others = len(places) - 1
        message += f" (and {others} more problem{'s' if others > 1 else ''})"
    return PlanFileError(path, message, format_location(first["loc"]))
