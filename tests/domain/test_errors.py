"""An unknown key is named at its place, like every other error, and the key is escaped."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.errors import PlanFileError, key_location
from planner_gui.domain.formats import parse_plan
from tests.support.plan_files import CUSTOM_EXERCISE, VALID_PLAN

ITEM = "weeks[0].sessions[0].blocks[1].items[0]"


def _error(data: dict[str, Any]) -> PlanFileError:
    with pytest.raises(PlanFileError) as error:
        parse_plan(data, Path("plan.brace.json"))
    return error.value


def _with_key(where: str, key: str) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(VALID_PLAN)
    target = {
        "top": data,
        "week": data["weeks"][0],
        "session": data["weeks"][0]["sessions"][0],
        "item": data["weeks"][0]["sessions"][0]["blocks"][1]["items"][0],
        "checkin": data["checkins"][0],
    }[where]
    target[key] = 1
    return data


SHOWN_ITEM = "week 1, session 1 (Lower A), main block, item 1"


@pytest.mark.parametrize(
    ("where", "key", "place", "shown"),
    [
        # names that look like pydantic's union tags, which are dropped from other places
        ("item", "int", f"{ITEM}.int", f"{SHOWN_ITEM}: int"),
        ("item", "str", f"{ITEM}.str", f"{SHOWN_ITEM}: str"),
        ("week", "bool", "weeks[0].bool", "week 1: bool"),
        ("session", "none", "weeks[0].sessions[0].none", "week 1, session 1 (Lower A): none"),
        ("top", "titel", "titel", "titel"),
        ("checkin", "pain_scor", "checkins[0].pain_scor", "check-in 1 (2026-01-06): pain_scor"),
        # keys that are not plain names are quoted, so they cannot read as a deeper place
        ("top", "a[0]", "['a[0]']", "'a[0]'"),
        ("item", "load.kg", f"{ITEM}['load.kg']", f"{SHOWN_ITEM}: 'load.kg'"),
        (
            "session",
            "two words",
            "weeks[0].sessions[0]['two words']",
            "week 1, session 1 (Lower A): 'two words'",
        ),
    ],
)
def test_unknown_key_place(where: str, key: str, place: str, shown: str) -> None:
    error = _error(_with_key(where, key))
    assert error.location == place
    assert str(error) == f"plan.brace.json: {shown}: unknown key (check the spelling)"


def test_places_are_counted_from_1_as_findings_and_the_window_count() -> None:
    """`weeks[1]` is week 2: the one-line message counts weeks, sessions and items from 1,
    names the session and the block, and keeps the file name first."""
    data: dict[str, Any] = copy.deepcopy(VALID_PLAN)
    week = copy.deepcopy(data["weeks"][0])
    items = week["sessions"][0]["blocks"][1]["items"]
    items.extend(copy.deepcopy(items[0]) for _ in range(2))
    items[2]["sets"] = 0
    data["weeks"].append(week)
    error = _error(data)
    assert error.location == "weeks[1].sessions[0].blocks[1].items[2].sets"
    assert str(error) == (
        "plan.brace.json: week 2, session 1 (Lower A), main block, item 3: sets must be at least 1"
    )


def test_a_place_without_the_file_data_still_counts_from_1() -> None:
    error = PlanFileError("plan.json", "must be at most 10", "weeks[3].sessions[1].rpe")
    assert str(error) == "plan.json: week 4, session 2: rpe must be at most 10"
    assert error.problem == "week 4, session 2: rpe must be at most 10"
    assert error.location == "weeks[3].sessions[1].rpe"  # kept for code that maps it


def test_unknown_key_in_a_custom_exercise() -> None:
    data: dict[str, Any] = copy.deepcopy(VALID_PLAN)
    data["exercises"] = [dict(CUSTOM_EXERCISE, int=3)]
    assert _error(data).location == "exercises[0].int"


def test_control_characters_in_a_key_are_escaped() -> None:
    key = "na\x1b[2Jme\u202e\x9b\n"
    error = _error(_with_key("session", key))
    assert error.location == "weeks[0].sessions[0]['na\\x1b[2Jme\\u202e\\x9b\\n']"
    assert str(error).count("\n") == 0
    assert not any(char in str(error) for char in "\x1b\u202e\x9b")


def test_two_unknown_keys_in_one_object_are_two_problems() -> None:
    data = _with_key("item", "lod")
    data["weeks"][0]["sessions"][0]["blocks"][1]["items"][0]["rest"] = 60
    error = _error(data)
    assert error.location == f"{ITEM}.lod"
    assert error.reason == "unknown key (check the spelling) (and 1 more problem)"


def test_key_location() -> None:
    assert key_location("", "title") == "title"
    assert key_location("weeks[0]", "notes") == "weeks[0].notes"
    assert key_location("weeks[0]", "it's") == 'weeks[0]["it\'s"]'
    assert key_location("", "Übung") == "['Übung']"
