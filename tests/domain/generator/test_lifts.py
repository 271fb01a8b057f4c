"""The main-block tables: every lift exists, every loaded one has a first load, upper-body
lifts never load the spine heavily, a return to lifting leaves heavy spinal loads out."""

from __future__ import annotations

import pytest

from planner_gui.domain.generator.layout import DaySlot
from planner_gui.domain.generator.lifts import CANDIDATES, START_LOADS, choose_lifts, start_load
from planner_gui.domain.units import LOAD_STEPS
from tests.support.builders import PRESETS, catalog, kit

ALL = {e for by_level in CANDIDATES.values() for ids in by_level.values() for e in ids}


def test_every_candidate_is_in_the_catalog_and_every_loaded_one_has_a_first_load() -> None:
    for exercise_id in ALL:
        exercise = catalog().get(exercise_id)
        assert exercise is not None, exercise_id
        if exercise.loaded:
            assert exercise_id in START_LOADS, exercise_id
    assert set(START_LOADS) <= ALL


def test_upper_body_slots_never_load_the_spine_heavily() -> None:
    for slot in ("push", "pull", "hinge-accessory", "lunge"):
        for ids in CANDIDATES[slot].values():  # type: ignore[index]
            for exercise_id in ids:
                assert catalog().get(exercise_id).spinal_load != "high", exercise_id  # type: ignore[union-attr]


@pytest.mark.parametrize("preset", PRESETS)
def test_a_return_to_lifting_leaves_heavy_spinal_loads_out(preset: str) -> None:
    slot = DaySlot("mon", "lower", "both", "hard", "Lower")
    for level in ("beginner", "intermediate", "advanced"):
        for lift in choose_lifts(slot, catalog(), kit(preset), level, "return", None):  # type: ignore[arg-type]
            assert catalog().get(lift.item.exercise).spinal_load != "high"  # type: ignore[union-attr]


def test_first_loads_are_loadable_and_scale_with_level() -> None:
    squat = catalog().get("back-squat")
    assert squat is not None
    loads = [
        start_load(squat, kit("gym"), level, "strength")
        for level in ("beginner", "intermediate", "advanced")
    ]  # type: ignore[arg-type]
    assert loads == sorted(loads) and all(load is not None for load in loads)
    step = LOAD_STEPS["barbell"]["kg"]
    assert all(load % step == 0 for load in loads if load is not None)
    assert start_load(catalog().get("push-up"), kit("gym"), "advanced", "strength") is None  # type: ignore[arg-type]
