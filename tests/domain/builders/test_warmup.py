"""The warm-up: dynamic only, temperature first, the session's patterns rehearsed, ramp-up sets
on the first loaded main lift, 5-12 minutes."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.request import BuildRefused
from planner_gui.domain.builders.routine import propose
from planner_gui.domain.builders.warmup import MIN_MINUTES
from planner_gui.domain.models import Item
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


def _patterns(exercise_ids: list[str]) -> list[str]:
    found = [catalog().get(e) for e in exercise_ids]
    return [e.pattern for e in found if e is not None]


@pytest.mark.parametrize("preset", PRESETS)
def test_dynamic_work_only(preset: str) -> None:
    for target in (squat_day(), hinge_day(), session()):
        proposal = propose(target, catalog(), request("warmup", equipment=kit(preset)))
        for exercise_id in proposal.exercise_ids:
            exercise = catalog().get(exercise_id)
            assert exercise is not None
            assert exercise.stretch != "static", exercise_id
            assert exercise.dose != "hold", exercise_id


def test_temperature_comes_first() -> None:
    gym = propose(squat_day(), catalog(), request("warmup"))
    assert gym.choices[0].role == "temperature"
    assert _patterns(gym.exercise_ids[:1]) == ["cardio"]  # the easy bike, in a gym
    bodyweight = propose(squat_day(), catalog(), request("warmup", equipment=kit("none")))
    assert bodyweight.exercise_ids[0] == "brisk-walk"  # needs nothing
    # With the walk already in the session (a cool-down walk), bodyweight moves that travel.
    walked = session(
        main_item("push-up", 3, 10),
        blocks={"cooldown": [Item(exercise="brisk-walk", sets=1, time_s=300)]},
    )
    moving = propose(walked, catalog(), request("warmup", equipment=kit("none")))
    assert moving.choices[0].role == "temperature"
    assert moving.exercise_ids[0] != "brisk-walk"


def test_a_hinge_day_rehearses_the_hinge_and_a_squat_day_the_squat() -> None:
    hinge = propose(hinge_day(), catalog(), request("warmup"))
    assert "hinge" in _patterns(hinge.exercise_ids[1:])
    squat = propose(squat_day(), catalog(), request("warmup"))
    assert "squat" in _patterns(squat.exercise_ids[1:])
    # Without a dowel, a dumbbell-day hinge is rehearsed by a hinge done with no weight.
    dumbbells = propose(
        session(main_item("dumbbell-romanian-deadlift", 3, 10, load=18.0)),
        catalog(),
        request("warmup", equipment=kit("dumbbells")),
    )
    assert "hinge" in _patterns(dumbbells.exercise_ids[1:])
    assert all(item.load is None for item in dumbbells.items)


def test_ramp_up_sets_lead_into_the_first_loaded_main_lift() -> None:
    proposal = propose(squat_day(), catalog(), request("warmup", minutes=12))
    first = next(r for r in proposal.ramps if r.row == 0)
    pcts = [step.pct for step in first.item.ramp]
    assert pcts == sorted(pcts) and len(pcts) == 3
    assert pcts == [40, 60, 80]
    assert first.item.model_copy(update={"ramp": []}) == squat_day().blocks[0].items[0]
    assert "80 kg" in first.reason and "32.5 × 5" in first.reason


def test_a_later_lift_whose_pattern_is_not_rehearsed_gets_one_lighter_set() -> None:
    target = session(
        main_item("back-squat", 3, 5, load=80.0), main_item("bench-press", 3, 5, load=60.0)
    )
    proposal = propose(target, catalog(), request("warmup", max_exercises=2, minutes=12))
    assert "push" not in _patterns(proposal.exercise_ids)
    bench = next(r for r in proposal.ramps if r.row == 1)
    assert [(s.pct, s.reps) for s in bench.item.ramp] == [(50, 5)]


def test_bodyweight_lifts_get_no_ramp() -> None:
    target = session(main_item("push-up", 3, 10), main_item("bodyweight-squat", 3, 15))
    assert propose(target, catalog(), request("warmup")).ramps == ()


def test_no_main_lifts_still_warm_up_and_move() -> None:
    proposal = propose(session(), catalog(), request("warmup"))
    assert proposal.choices[0].role == "temperature"
    assert len(proposal.choices) >= 2
    assert proposal.ramps == ()


@pytest.mark.parametrize("minutes", [5, 6, 8, 10, 12])
def test_five_to_twelve_minutes_within_the_budget(minutes: int) -> None:
    for target in (squat_day(), hinge_day(), session()):
        proposal = propose(target, catalog(), request("warmup", minutes=minutes))
        assert MIN_MINUTES - 1e-9 <= proposal.minutes <= minutes + 1e-9


def _first_ramp_sets(minutes: int) -> int:
    proposal = propose(squat_day(), catalog(), request("warmup", minutes=minutes))
    first = [r for r in proposal.ramps if r.row == 0]
    if not first:
        assert any("ramp-up" in note for note in proposal.notes), "a dropped ramp is noted"
        return 0
    return len(first[0].item.ramp)


def test_a_tighter_budget_never_lengthens_the_ramp() -> None:
    sets = [_first_ramp_sets(minutes) for minutes in (12, 10, 8, 6, 5)]
    assert sets == sorted(sets, reverse=True)
    assert sets[0] == 3 and sets[-1] < 3


def test_refusals_are_one_line() -> None:
    for asked in (
        request("warmup", minutes=4),
        request("warmup", minutes=13),
        request("warmup", max_exercises=1),
        request("warmup", block="core"),
    ):
        with pytest.raises(BuildRefused) as refused:
            propose(squat_day(), catalog(), asked)
        assert str(refused.value) and "\n" not in str(refused.value)
