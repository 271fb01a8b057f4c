"""The mobility or cool-down routine: hip flexors, hamstrings, glutes and thoracic spine."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.mobility import TARGETS
from planner_gui.domain.builders.request import LEVELS, BuildRefused
from planner_gui.domain.builders.routine import propose
from planner_gui.domain.models import Item
from tests.support.builders import PRESETS, catalog, hinge_day, kit, request, session, squat_day


def _covered(exercise_ids: list[str]) -> set[str]:
    muscles: set[str] = set()
    for exercise_id in exercise_ids:
        exercise = catalog().get(exercise_id)
        assert exercise is not None
        muscles |= set(exercise.muscles)
    return muscles


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("level", LEVELS)
def test_the_four_targets_are_covered(preset: str, level: str) -> None:
    for target in (squat_day(), hinge_day(), session()):
        proposal = propose(target, catalog(), request("mobility", level, kit(preset)))  # type: ignore[arg-type]
        assert set(TARGETS) <= _covered(proposal.exercise_ids)
        assert len(proposal.items) <= len(TARGETS)


def test_static_holds_are_allowed_here() -> None:
    proposal = propose(squat_day(), catalog(), request("mobility"))
    kinds = {catalog().get(e).stretch for e in proposal.exercise_ids}  # type: ignore[union-attr]
    assert "static" in kinds


def test_a_hinge_day_starts_with_what_the_hinge_worked() -> None:
    proposal = propose(hinge_day(), catalog(), request("mobility"))
    first = catalog().get(proposal.exercise_ids[0])
    assert first is not None
    assert {"glutes", "hamstrings"} & set(first.muscles)
    assert "Conventional deadlift" in proposal.reasons[0]


def test_it_may_go_in_the_cool_down_block() -> None:
    proposal = propose(squat_day(), catalog(), request("mobility", block="cooldown"))
    assert proposal.block == "cooldown"


def test_what_the_session_has_is_not_repeated() -> None:
    target = session(blocks={"warmup": [Item(exercise="worlds-greatest-stretch", sets=1, reps=5)]})
    proposal = propose(target, catalog(), request("mobility"))
    assert "worlds-greatest-stretch" not in proposal.exercise_ids
    assert set(TARGETS) <= _covered(proposal.exercise_ids)


def test_too_little_room_is_refused() -> None:
    with pytest.raises(BuildRefused, match="cannot cover"):
        propose(squat_day(), catalog(), request("mobility", max_exercises=1))
