"""Which exercises the equipment at hand allows, presets, and unknown names."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.equipment import (
    ALWAYS_AT_HAND,
    PRESETS,
    UnknownEquipmentError,
    catalog_equipment,
    load_kind,
    needs_a_load,
    resolve_equipment,
    usable,
)
from planner_gui.domain.models import Exercise
from tests.support.builders import catalog


def _exercise(exercise_id: str) -> Exercise:
    found = catalog().get(exercise_id)
    assert found is not None, exercise_id
    return found


def test_bodyweight_mat_and_floor_need_nothing() -> None:
    assert usable(_exercise("push-up"), frozenset())  # "none"
    assert usable(_exercise("dead-bug"), frozenset())  # "mat"
    assert resolve_equipment(["none", "mat", "floor"], catalog()) == frozenset()
    assert {"none", "mat", "floor"} == ALWAYS_AT_HAND


def test_every_listed_piece_is_needed() -> None:
    thrust = _exercise("dumbbell-hip-thrust")  # dumbbell and bench
    assert not usable(thrust, frozenset({"dumbbell"}))
    assert not usable(thrust, frozenset({"bench"}))
    assert usable(thrust, frozenset({"dumbbell", "bench"}))


def test_hand_weights_and_line_resistance_stand_in_for_each_other() -> None:
    carry = _exercise("light-farmer-carry")  # dumbbell or kettlebell
    assert usable(carry, frozenset({"kettlebell"}))
    assert usable(carry, frozenset({"dumbbell"}))
    assert not usable(carry, frozenset({"band"}))
    pallof = _exercise("tall-kneeling-pallof-press")  # cable or band, and a mat
    assert usable(pallof, frozenset({"band"}))
    assert usable(pallof, frozenset({"cable"}))
    assert not usable(pallof, frozenset())


def test_presets_resolve_and_mix_with_names() -> None:
    everything = catalog_equipment(catalog()) - ALWAYS_AT_HAND
    assert resolve_equipment(["gym"], catalog()) == everything
    assert resolve_equipment(["none"], catalog()) == frozenset()
    assert resolve_equipment(["bands"], catalog()) == PRESETS["bands"]
    assert resolve_equipment([" Dumbbells ", "band", ""], catalog()) == frozenset(
        {"dumbbell", "bench", "band"}
    )
    for preset in PRESETS.values():
        assert preset <= everything  # presets name real catalog pieces


def test_an_unknown_name_is_refused_with_a_suggestion() -> None:
    with pytest.raises(UnknownEquipmentError) as refused:
        resolve_equipment(["dumbells"], catalog())
    assert "'dumbells'" in str(refused.value)
    assert "did you mean" in str(refused.value)
    assert "\n" not in str(refused.value)


def test_load_kind_follows_what_is_at_hand() -> None:
    goblet = _exercise("goblet-squat")  # kettlebell or dumbbell
    assert load_kind(goblet, frozenset({"dumbbell"})) == "dumbbell"
    assert load_kind(goblet, frozenset({"kettlebell"})) == "kettlebell"
    assert load_kind(_exercise("push-up"), frozenset({"dumbbell"})) is None


def test_a_routine_leaves_out_what_means_little_without_its_weight() -> None:
    assert needs_a_load(_exercise("hip-thrust"), frozenset({"barbell", "bench"}))
    assert needs_a_load(_exercise("dumbbell-hip-thrust"), frozenset({"dumbbell", "bench"}))
    # A band's or a cable stack's light resistance is left to the athlete.
    assert not needs_a_load(_exercise("pallof-press"), frozenset({"band"}))
    assert not needs_a_load(_exercise("pallof-press"), frozenset({"cable"}))
    assert not needs_a_load(_exercise("glute-bridge"), frozenset())
