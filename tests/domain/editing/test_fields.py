"""Reading a typed value into one item field: what a cell (or a command line) accepts."""

from __future__ import annotations

import pytest

from planner_gui.domain.editing.fields import (
    FieldRefused,
    ItemField,
    edited_item,
    exercise_named,
    item_with_field,
    item_with_ramp,
)
from planner_gui.domain.models import Item, RampSet
from planner_gui.domain.notation import RampTextError
from tests.support.catalogs import editing_catalog

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
        ("ramp", "40x5 60x2", {"ramp": [RampSet(pct=50, reps=5), RampSet(pct=75, reps=2)]}),
        ("ramp", "50%x5 75%x2", {"ramp": [RampSet(pct=50, reps=5), RampSet(pct=75, reps=2)]}),
        ("ramp", "", {"ramp": []}),
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
        ("ramp", "80x2, 60x3"),  # not rising
        ("ramp", "100x1"),
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


def test_ramp_up_sets_typed_as_loads_become_percentages_of_the_item_s_load() -> None:
    ramped = item_with_ramp(DEADLIFT, "32×5 48×3 64×2 kg", "kg")
    assert ramped == DEADLIFT.model_copy(
        update={"ramp": [RampSet(pct=40, reps=5), RampSet(pct=60, reps=3), RampSet(pct=80, reps=2)]}
    )
    assert edited_item(DEADLIFT, "ramp", "40 60 kg x 2", units="kg") is None
    with pytest.raises(RampTextError, match="this plan is in kg"):
        item_with_ramp(DEADLIFT, "70×5 lb", "kg")
    with pytest.raises(RampTextError, match="no load yet"):
        item_with_ramp(DEADLIFT.model_copy(update={"load": None}), "30×5 kg", "kg")
    with pytest.raises(RampTextError, match="lighter than the working sets, below the working 80"):
        item_with_ramp(DEADLIFT, "40×5, 80×2 kg", "kg")
    # Rounded as the equipment loads: 1 kg of a 12 kg dumbbell is 0 kg in 2 kg steps.
    press = DEADLIFT.model_copy(update={"exercise": "dumbbell-bench-press", "load": 12})
    with pytest.raises(FieldRefused, match="rounds to 0 kg at dumbbell steps of 2 kg"):
        item_with_field(press, "ramp", "1x5, 8x3", load_kind="dumbbell")
    assert item_with_field(
        press, "ramp", "1x5, 8x3", load_kind="dumbbell", steps={"dumbbell": 1.0}
    ).ramp == [RampSet(pct=8, reps=5), RampSet(pct=67, reps=3)]


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("rpe", "15", "RPE goes from 1 to 10, not 15"),
        ("rpe", "0", "RPE goes from 1 to 10, not 0"),
        ("sets", "0", "sets must be at least 1"),
        ("sets", "2.5", "sets must be a whole number, like 3"),
        ("load", "-20", "load must be 0 kg or more"),
        ("load", "heavy", "load must be a number, like 7 or 82.5"),
        ("rest_s", "-5", "rest must be 0 seconds or more"),
        (
            "ramp",
            "60x2, 40x3",
            "the sets must rise towards the working load: 40 kg comes after 60 kg",
        ),
    ],
)
def test_a_refused_value_says_why_in_one_line(field: ItemField, value: str, reason: str) -> None:
    with pytest.raises(FieldRefused) as refused:
        item_with_field(DEADLIFT, field, value)
    assert str(refused.value) == reason
    assert "\n" not in reason


def test_tempo_is_typed_as_text_and_cleared_with_nothing() -> None:
    assert item_with_field(DEADLIFT, "tempo", " 3-1-1-0 ").tempo == "3-1-1-0"
    assert item_with_field(DEADLIFT.model_copy(update={"tempo": "slow"}), "tempo", "").tempo is None


def test_an_exercise_is_found_by_its_name_in_any_case_and_a_typo_is_refused() -> None:
    catalog = editing_catalog()
    assert exercise_named(catalog, "conventional DEADLIFT") == "deadlift"
    assert exercise_named(catalog, "goblet-squat") == "goblet-squat"
    with pytest.raises(FieldRefused, match='no exercise is called "Deadlfit"'):
        exercise_named(catalog, "Deadlfit")
