"""What every routine promises, on every kind, level and equipment preset, for several sessions:
no exercise the session already has and none twice, only exercises the equipment allows, the
time budget by the session time estimate, one reason of one line per exercise, no load or
effort on routine items, and the same routine for the same request."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.equipment import usable
from planner_gui.domain.builders.request import LEVELS, ROUTINE_KINDS, RoutineKind
from planner_gui.domain.builders.routine import propose
from planner_gui.domain.models import Item, Session
from planner_gui.domain.timing import item_seconds
from tests.support.builders import (
    PRESETS,
    catalog,
    hinge_day,
    kit,
    main_item,
    request,
    session,
    squat_day,
)


def _sessions() -> dict[str, Session]:
    return {
        "squat day": squat_day(),
        "hinge day": hinge_day(),
        "bodyweight": session(main_item("push-up", 3, 10), main_item("bodyweight-squat", 3, 15)),
        "no main lifts": session(),
        "full": session(
            main_item("goblet-squat", 3, 8, load=16.0),
            main_item("dumbbell-romanian-deadlift", 3, 10, load=18.0),
            main_item("dumbbell-bench-press", 3, 10, load=16.0),
            blocks={"mobility": [Item(exercise="brisk-walk", sets=1, time_s=300)]},
        ),
    }


@pytest.mark.parametrize("kind", ROUTINE_KINDS)
@pytest.mark.parametrize("preset", PRESETS)
def test_every_routine_keeps_its_promises(kind: RoutineKind, preset: str) -> None:
    at_hand = kit(preset)
    for label, target in _sessions().items():
        for level in LEVELS:
            asked = request(kind, level, at_hand)
            proposal = propose(target, catalog(), asked)
            ids = proposal.exercise_ids
            where = f"{kind} / {preset} / {label} / {level}"
            assert ids, where
            assert len(set(ids)) == len(ids), where
            others = {
                i.exercise for b in target.blocks if b.kind != proposal.block for i in b.items
            }
            assert not set(ids) & others, where
            for item in proposal.items:
                exercise = catalog().get(item.exercise)
                assert exercise is not None
                assert usable(exercise, at_hand), f"{where}: {item.exercise}"
                assert item.load is None and item.rpe is None, where
            assert proposal.minutes <= asked.budget + 1e-9, where
            assert len(proposal.reasons) == len(ids)
            for reason in [*proposal.reasons, *(ramp.reason for ramp in proposal.ramps)]:
                assert reason.strip() and "\n" not in reason, where
            assert propose(target, catalog(), asked) == proposal, where


@pytest.mark.parametrize("kind", ROUTINE_KINDS)
def test_minutes_are_the_session_time_estimate(kind: RoutineKind) -> None:
    proposal = propose(squat_day(), catalog(), request(kind))
    ramp_s = sum(
        item_seconds(r.item) - item_seconds(r.item.model_copy(update={"ramp": []}))
        for r in proposal.ramps
    )
    expected = (sum(map(item_seconds, proposal.items)) + ramp_s) / 60
    assert proposal.minutes == pytest.approx(expected)


@pytest.mark.parametrize("kind", ROUTINE_KINDS)
def test_a_seed_is_repeatable_and_another_seed_can_choose_otherwise(kind: RoutineKind) -> None:
    target = hinge_day()
    seeded = propose(target, catalog(), request(kind, seed=7))
    assert propose(target, catalog(), request(kind, seed=7)) == seeded
    choices = {
        tuple(propose(target, catalog(), request(kind, seed=seed)).exercise_ids)
        for seed in range(1, 25)
    }
    assert len(choices) > 1, "the catalog offers more than one fitting choice"
    # Whatever the seed, the routine still covers what it must (see each builder's tests).
    for seed in range(1, 25):
        roles = {c.role for c in propose(target, catalog(), request(kind, seed=seed)).choices}
        assert roles, seed
