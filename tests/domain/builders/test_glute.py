"""The glute routine: a bridge or thrust and a hip abduction, with no barbell or dumbbells."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.request import LEVELS, BuildRefused
from planner_gui.domain.builders.routine import propose
from planner_gui.domain.models import Item
from tests.support.builders import PRESETS, catalog, hinge_day, kit, request, session


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("level", LEVELS)
def test_a_bridge_and_an_abduction(preset: str, level: str) -> None:
    proposal = propose(hinge_day(), catalog(), request("glute", level, kit(preset)))  # type: ignore[arg-type]
    first, second = (catalog().get(e) for e in proposal.exercise_ids)
    assert first is not None and second is not None
    assert first.pattern == "bridge"
    assert second.pattern == "hip-abduction" or (
        second.pattern == "hip-rotation" and "abductors" in second.muscles
    )
    assert [c.role for c in proposal.choices] == ["bridge", "hip-abduction"]


def test_thrusts_that_need_a_weight_are_left_to_the_main_block() -> None:
    for level in LEVELS:
        proposal = propose(hinge_day(), catalog(), request("glute", level))
        assert not {"hip-thrust", "dumbbell-hip-thrust"} & set(proposal.exercise_ids)


def test_the_main_block_s_bridge_is_not_repeated() -> None:
    target = session(Item(exercise="single-leg-glute-bridge", sets=3, reps=10))
    proposal = propose(target, catalog(), request("glute", "advanced", kit("none")))
    assert "single-leg-glute-bridge" not in proposal.exercise_ids
    assert catalog().get(proposal.exercise_ids[0]).pattern == "bridge"  # type: ignore[union-attr]


def test_a_bridge_after_a_hinge_says_so() -> None:
    proposal = propose(hinge_day(), catalog(), request("glute"))
    assert "Conventional deadlift" in proposal.reasons[0]


def test_room_for_two_is_needed() -> None:
    with pytest.raises(BuildRefused, match="room for 2"):
        propose(hinge_day(), catalog(), request("glute", max_exercises=1))
