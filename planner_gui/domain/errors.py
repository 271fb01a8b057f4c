"""Errors that reach the user as one line naming the file and the place in it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from planner_gui.domain.vocabulary import BLOCK_KINDS


class PlanFileError(Exception):
    """A file could not be read or is not a valid plan or catalog.

    `str(error)` is the one line the CLI prints and the window shows, with the place counted
    from 1 as findings and the window count (`readable_place`):
    ``plan.brace.json: week 3, session 1 (Lower A), main block, item 1: sets must be at least 1``.
    `location` keeps the 0-based path (`weeks[2].sessions[0].blocks[1].items[0].sets`) for
    code that maps it; `raw`, the file's data, lends the place its session names.
    """

    def __init__(
        self, path: Path | str, message: str, location: str = "", *, raw: object = None
    ) -> None:
        self.path = str(path)
        self.location = location
        self.reason = message
        #: The place and the reason, for people, without the file name.
        self.problem = readable_problem(location, message, raw)
        super().__init__(f"{self.path}: {self.problem}")


#: Lists whose entries people count, and what one entry is called.
_COUNTED = {
    "weeks": "week",
    "sessions": "session",
    "items": "item",
    "exercises": "exercise",
    "checkins": "check-in",
    "ramp": "ramp-up set",
}
_TOKEN = re.compile(
    r"\.?(?P<name>[A-Za-z_][A-Za-z0-9_-]*)|\[(?P<index>\d+)\]"
    r"|\[(?P<key>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]"
)
#: How much of a session name or exercise id a place quotes.
_NAME_CHARS = 40


def _label(value: object) -> str:
    """A name from the file to put in brackets, "" when there is none to show."""
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the very problem being told
        return ""
    text = value.strip()
    return f" ({text[: _NAME_CHARS - 1]}…)" if len(text) > _NAME_CHARS else f" ({text})"


def _entry(node: object, name: str, index: int) -> object:
    """`node[name][index]` of the file's data, None where the file has no such entry."""
    child = node.get(name) if isinstance(node, dict) else None
    return child[index] if isinstance(child, list) and 0 <= index < len(child) else None


def readable_place(location: str, raw: object = None) -> tuple[str, str]:
    """A 0-based path as people count: (`week 2, session 1 (Lower A), main block, item 3`,
    `sets`), the place in the plan and the field in it ("" for either when there is none).

    Session names, block kinds, check-in dates and exercise ids come from `raw` (the file's
    data, when the caller has it). A path it cannot read is given back as it is."""
    tokens = []
    position = 0
    while position < len(location):
        match = _TOKEN.match(location, position)
        if match is None or match.end() == position:
            return "", location
        tokens.append(match)
        position = match.end()
    places: list[str] = []
    field = ""
    node: object = raw
    step = 0
    while step < len(tokens):
        token = tokens[step]
        name = token.group("name")
        following = tokens[step + 1] if step + 1 < len(tokens) else None
        counted = following is not None and following.group("index") is not None
        if not field and name in _COUNTED and counted and following is not None:
            index = int(following.group("index"))
            node = _entry(node, name, index)
            label = ""
            if isinstance(node, dict):
                label = _label(node.get({"sessions": "name", "exercises": "id"}.get(name, "")))
                if name == "checkins":
                    label = _label(node.get("date"))
            places.append(f"{_COUNTED[name]} {index + 1}{label}")
            step += 2
            continue
        if not field and name == "blocks" and counted and following is not None:
            index = int(following.group("index"))
            node = _entry(node, name, index)
            kind = node.get("kind") if isinstance(node, dict) else None
            known = kind in BLOCK_KINDS
            places.append(f"{kind} block" if known else f"block {index + 1}")
            step += 2
            continue
        # The rest is a field (and what lies inside it): `sets`, `rules.PO101.limit_pct`.
        if token.group("index") is not None:
            field += f" entry {int(token.group('index')) + 1}"
        elif token.group("key") is not None:
            field += f"[{token.group('key')}]" if field else token.group("key")
        else:
            field += f".{name}" if field else name
        step += 1
    return ", ".join(places), field


#: Reasons that read on from the field's name: "sets must be at least 1".
_READS_ON = ("must ", "is ", "needs ")


def readable_problem(location: str, reason: str, raw: object = None) -> str:
    """The place and the reason in one line, counted from 1: `week 2, session 1 (Lower A),
    main block, item 3: sets must be at least 1`; `version: must be a whole number`."""
    place, field = readable_place(location, raw)
    if field:
        # Inside a place the field reads on; alone it keeps its colon (`version: must be ...`)
        # as every message about the file's top-level keys always had.
        reads_on = place and reason.startswith(_READS_ON)
        reason = f"{field} {reason}" if reads_on else f"{field}: {reason}"
    return f"{place}: {reason}" if place else reason


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


def from_validation_error(
    path: Path | str, error: ValidationError, raw: object = None
) -> PlanFileError:
    """The first problem pydantic found, worded for a person; a count of the rest. `raw`, the
    data that was validated, names the sessions in the place."""
    problems = [dict(problem) for problem in error.errors(include_url=False)]
    first = problems[0]
    message = _friendly(first)
    places = {_place(problem) for problem in problems}
    if len(places) > 1:
        others = len(places) - 1
        message += f" (and {others} more problem{'s' if others > 1 else ''})"
    return PlanFileError(path, message, _place(first), raw=raw)
