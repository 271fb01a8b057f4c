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


@pytest.mark.parametrize(
    ("where", "key", "place"),
    [
        # names that look like pydantic's union tags, which are dropped from other places
        ("item", "int", f"{ITEM}.int"),
        ("item", "str", f"{ITEM}.str"),
        ("week", "bool", "weeks[0].bool"),
        ("session", "none", "weeks[0].sessions[0].none"),
        ("top", "titel", "titel"),
        ("checkin", "pain_scor", "checkins[0].pain_scor"),
        # keys that are not plain names are quoted, so they cannot read as a deeper place
        ("top", "a[0]", "['a[0]']"),
        ("item", "load.kg", f"{ITEM}['load.kg']"),
        ("session", "two words", "weeks[0].sessions[0]['two words']"),
    ],
)
def test_unknown_key_place(where: str, key: str, place: str) -> None:
    error = _error(_with_key(where, key))
    assert error.location == place
    assert str(error) == f"plan.brace.json: {place}: unknown key (check the spelling)"


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
