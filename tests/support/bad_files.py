"""A gallery of broken plan files: each with what the one-line error must say.

Shared by the loader tests and the CLI tests, so every bad file is proven both ways.
"""

from __future__ import annotations

import json
from typing import Any

from tests.support.plan_files import CUSTOM_EXERCISE, VALID_PLAN, plan, with_item, with_session


def _json(data: Any) -> bytes:
    return json.dumps(data).encode()


def _text(data: Any, old: str, new: str) -> bytes:
    text = json.dumps(data)
    assert old in text, old
    return text.replace(old, new, 1).encode()


#: Places as people count them (1-based, with the session's name and the block's kind).
ITEM = "week 1, session 1 (Lower A), main block, item 1"
SESSION = "week 1, session 1 (Lower A)"

#: (id, file bytes, expected fragments of the message after the file name)
BAD_FILES: list[tuple[str, bytes, tuple[str, ...]]] = [
    ("empty", b"", ("the file is empty",)),
    ("whitespace-only", b"  \n\t ", ("the file is empty",)),
    ("binary-junk", bytes(range(256)) * 4, ("not UTF-8",)),
    ("png-header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("not UTF-8",)),
    ("not-json", b"this is not json", ("not valid JSON (expected a value)", "line 1, column 1")),
    ("truncated", _json(VALID_PLAN)[:-7], ("the file is cut off: not valid JSON (",)),
    (
        "trailing-comma",
        b'{"format": "brace-plan",}',
        ("not valid JSON (expected a name in double quotes)", "line 1"),
    ),
    ("top-level-list", b"[1, 2, 3]", ("JSON object at the top level",)),
    ("top-level-string", b'"plan"', ("JSON object at the top level",)),
    ("no-format", _json({"version": 1}), ("not a Brace Planner plan",)),
    ("wrong-format", _json(plan(format="brace-catalog")), ("format", "brace-plan")),
    ("newer-version", _json(plan(version=99)), ("version", "newer Brace Planner")),
    ("version-text", _json(plan(version="1")), ("version", "whole number")),
    (
        "missing-weeks",
        _json({k: v for k, v in VALID_PLAN.items() if k != "weeks"}),
        ("weeks", "required"),
    ),
    (
        "missing-start-date",
        _json({k: v for k, v in VALID_PLAN.items() if k != "start_date"}),
        ("start_date", "required"),
    ),
    ("bad-date", _json(plan(start_date="2026-13-45")), ("start_date", "not a date")),
    ("date-as-number", _json(plan(start_date=20260105)), ("start_date", "date")),
    ("unknown-top-key", _json(plan(titel="typo")), ("titel", "unknown key")),
    ("unknown-item-key", _json(with_item(lod=80)), (f"{ITEM}: lod", "unknown key")),
    ("zero-sets", _json(with_item(sets=0)), (f"{ITEM}: sets", "must be at least 1")),
    ("negative-sets", _json(with_item(sets=-3)), (f"{ITEM}: sets", "at least 1")),
    ("zero-reps", _json(with_item(reps=0)), (f"{ITEM}: reps", "at least 1")),
    ("negative-load", _json(with_item(load=-5)), (f"{ITEM}: load", "at least 0")),
    ("fractional-sets", _json(with_item(sets=2.5)), (f"{ITEM}: sets", "whole number")),
    ("sets-as-text", _json(with_item(sets="3")), (f"{ITEM}: sets", "whole number")),
    ("sets-as-bool", _json(with_item(sets=True)), (f"{ITEM}: sets", "whole number")),
    ("load-as-text", _json(with_item(load="80kg")), (f"{ITEM}: load", "must be a number")),
    ("nan-load", _text(with_item(load=80), '"load": 80', '"load": NaN'), ("NaN", "line 1")),
    ("infinity-load", _text(with_item(load=80), '"load": 80', '"load": Infinity'), ("Infinity",)),
    ("huge-load", _json(with_item(load=5_000_000)), (f"{ITEM}: load", "at most 1,000,000")),
    ("missing-sets", _json(with_item(sets=...)), (f"{ITEM}: sets", "required")),
    ("missing-exercise", _json(with_item(exercise=...)), (f"{ITEM}: exercise", "required")),
    ("empty-exercise-id", _json(with_item(exercise="")), (f"{ITEM}: exercise", "empty")),
    ("unknown-day", _json(with_session(day="monday")), (f"{SESSION}: day", "must be one of")),
    ("missing-day", _json(with_session(day=...)), (f"{SESSION}: day", "required")),
    ("missing-blocks", _json(with_session(blocks=...)), (f"{SESSION}: blocks", "required")),
    (
        "unknown-block-kind",
        _text(VALID_PLAN, '"kind": "core"', '"kind": "abs"'),
        ("week 1, session 1 (Lower A), block 3: kind must be one of",),
    ),
    (
        "duplicate-block-kind",
        _text(VALID_PLAN, '"kind": "core"', '"kind": "main"'),
        (f"{SESSION}: blocks", "more than once"),
    ),
    (
        "negative-duration",
        _json(with_session(duration_min=-10)),
        (f"{SESSION}: duration_min", "at least 0"),
    ),
    ("weeks-not-list", _json(plan(weeks={"1": {}})), ("weeks", "must be a list")),
    ("week-not-object", _json(plan(weeks=[3])), ("week 1: must be an object",)),
    ("bad-units", _json(plan(units="stone")), ("units", "must be one of")),
    (
        "bad-pain",
        _text(VALID_PLAN, '"pain": "doms"', '"pain": "ouch"'),
        ("check-in 1 (2026-01-06): pain must be one of",),
    ),
    (
        "bad-red-flag",
        _text(VALID_PLAN, '"red_flags": []', '"red_flags": ["headache"]'),
        ("check-in 1 (2026-01-06): red_flags entry 1 must be one of",),
    ),
    (
        "duplicate-key",
        b'{"format": "brace-plan", "format": "brace-plan"}',
        ("'format' appears twice", "line 1"),
    ),
    (
        "duplicate-custom-ids",
        _json(plan(exercises=[CUSTOM_EXERCISE, CUSTOM_EXERCISE])),
        ("exercises", "share the id 'towel-row'"),
    ),
    (
        "custom-bad-id",
        _json(plan(exercises=[CUSTOM_EXERCISE | {"id": "Towel Row"}])),
        ("exercise 1 (Towel Row): id must use lowercase letters",),
    ),
    ("title-not-text", _json(plan(title=["a"])), ("title", "must be text")),
    ("per-side-text", _json(with_item(per_side="yes")), (f"{ITEM}: per_side", "true or false")),
    (
        "five-thousand-digit-sets",
        _text(with_item(sets=3), '"sets": 3', '"sets": ' + "9" * 5000),
        ("5,000 digits", "too large", "line 1"),
    ),
    (
        "rule-threshold-text",
        _json(plan(rules={"PO101": {"limit_pct": "ten"}})),
        ("rules.PO101.limit_pct", "must be a number"),
    ),
    (
        "rule-threshold-huge",
        _json(plan(rules={"PO101": {"limit_pct": 1e300}})),
        ("rules.PO101.limit_pct", "at most 1,000,000"),
    ),
    (
        "rule-enabled-text",
        _json(plan(rules={"BA401": {"enabled": "no"}})),
        ("rules.BA401.enabled", "true or false"),
    ),
    (
        "lone-surrogate",
        _text(VALID_PLAN, '"Lower A"', '"Lower \\ud800A"'),
        ("week 1, session 1: name is not valid", "broken character"),
    ),
]
