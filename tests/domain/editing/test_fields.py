"""Reading a typed value into one item field: what a cell (or a command line) accepts."""

from __future__ import annotations

import pytest

from planner_gui.domain.editing.fields import ItemField, edited_item
from planner_gui.domain.models import Item

DEADLIFT = Item(exercise="deadlift", sets=3, reps=5, load=80, rpe=7, rest_s=150)


@pytest.mark.parametrize(
    ("field", "value", "changes"),
    [
        ("sets", 4, {"sets": 4}),
        ("sets", "4", {"sets": 4}),
        ("sets", 4.0, {"sets": 4}),
        ("load", "85.5", {"load": 85.5}),
        ("load", "82,5", {"load": 82.5}),
        ("load", "", {"load": None}),
        ("rpe", 8, {"rpe": 8.0}),
        ("rest_s", "120 s", {"rest_s": 120}),
        ("rest_s", "90", {"rest_s": 90}),
        ("rest_s", " ", {"rest_s": None}),
        ("dose", "6", {"reps": 6}),
        ("dose", "8 × 5 s", {"reps": 8, "hold_s": 5}),
        ("per_side", True, {"per_side": True}),
        ("exercise", " goblet-squat ", {"exercise": "goblet-squat"}),
        ("note", "brace first", {"note": "brace first"}),
    ],
)
def test_a_readable_value_sets_the_field(
    field: ItemField, value: object, changes: dict[str, object]
) -> None:
    assert edited_item(DEADLIFT, field, value) == DEADLIFT.model_copy(update=changes)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("sets", 0),  # at least one set
        ("sets", 2.5),
        ("sets", True),
        ("load", "heavy"),
        ("load", -5),
        ("rpe", False),
        ("rest_s", "1.5 min"),
        ("dose", "lots"),
        ("dose", "8.5"),
        ("exercise", "  "),
    ],
)
def test_an_unreadable_or_invalid_value_changes_nothing(field: ItemField, value: object) -> None:
    assert edited_item(DEADLIFT, field, value) is None


def test_a_bare_number_doses_a_hold_or_distance_exercise_by_its_kind() -> None:
    plank = Item(exercise="side-plank", sets=3, hold_s=20)
    assert edited_item(plank, "dose", "30", "hold") == plank.model_copy(update={"hold_s": 30})
    carry = Item(exercise="farmer-carry", sets=3, distance_m=20)
    assert edited_item(carry, "dose", "40", "distance") == carry.model_copy(
        update={"distance_m": 40.0}
    )
