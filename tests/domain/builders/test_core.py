"""The core routine: the three bracing patterns, no spinal flexion unless asked, the level's
step on each chain."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.chains import chain_places
from planner_gui.domain.builders.request import LEVELS, BuildRefused
from planner_gui.domain.builders.routine import propose
from planner_gui.domain.models import Item
from tests.support.builders import PRESETS, catalog, kit, request, session, squat_day

BRACING = ["anti-extension", "anti-rotation", "anti-lateral-flexion"]


def _patterns(proposal_ids: list[str]) -> list[str]:
    return [catalog().get(e).pattern for e in proposal_ids]  # type: ignore[union-attr]


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("level", LEVELS)
def test_the_three_bracing_patterns_and_no_flexion(preset: str, level: str) -> None:
    proposal = propose(squat_day(), catalog(), request("core", level, kit(preset)))  # type: ignore[arg-type]
    assert _patterns(proposal.exercise_ids) == BRACING
    assert [choice.role for choice in proposal.choices] == BRACING


def test_spinal_flexion_only_when_asked() -> None:
    asked = propose(squat_day(), catalog(), request("core", allow_flexion=True, minutes=15))
    assert _patterns(asked.exercise_ids) == [*BRACING, "spinal-flexion"]
    crowded = propose(
        squat_day(), catalog(), request("core", allow_flexion=True, max_exercises=3, minutes=15)
    )
    assert _patterns(crowded.exercise_ids) == BRACING
    assert crowded.notes


def test_the_level_picks_the_step_on_the_chain() -> None:
    places = chain_places(catalog())
    ranks = {}
    for level in LEVELS:
        proposal = propose(squat_day(), catalog(), request("core", level, minutes=15))
        ranks[level] = [places[e].rank / max(1, places[e].top) for e in proposal.exercise_ids]
    for easier, harder in zip(ranks["beginner"], ranks["advanced"], strict=True):
        assert easier < harder
    beginner = propose(squat_day(), catalog(), request("core", "beginner", minutes=15))
    assert "quadruped-reach" in beginner.exercise_ids  # the first step before the bird-dog
    advanced = propose(squat_day(), catalog(), request("core", "advanced", minutes=15))
    assert "bird-dog-sweep" in advanced.exercise_ids


def _pallof_in(preset: str) -> bool:
    """Whether some seed draws a Pallof press (band or cable) for a beginner."""
    return any(
        "pallof-press"
        in propose(
            squat_day(), catalog(), request("core", "beginner", kit(preset), seed=seed)
        ).exercise_ids
        for seed in range(1, 30)
    )


def test_equipment_decides_between_chains() -> None:
    assert _pallof_in("bands")
    assert not _pallof_in("none")


def test_a_gentle_routine_keeps_the_spine_lightly_loaded() -> None:
    proposal = propose(squat_day(), catalog(), request("core", "advanced", gentle=True))
    for exercise_id in proposal.exercise_ids:
        assert catalog().get(exercise_id).spinal_load == "low"  # type: ignore[union-attr]
    assert "hollow-body-hold" not in proposal.exercise_ids  # the hardest step loads it more


def test_nothing_the_session_has_already() -> None:
    target = session(blocks={"glute": [Item(exercise="bird-dog", sets=2, reps=8)]})
    proposal = propose(target, catalog(), request("core"))
    assert "bird-dog" not in proposal.exercise_ids
    assert _patterns(proposal.exercise_ids) == BRACING


def test_the_budget_trims_sets_evenly() -> None:
    roomy = propose(squat_day(), catalog(), request("core", "advanced", minutes=30))
    tight = propose(squat_day(), catalog(), request("core", "advanced", minutes=5))
    assert tight.minutes <= 5
    assert sum(i.sets for i in tight.items) < sum(i.sets for i in roomy.items)
    assert max(i.sets for i in tight.items) - min(i.sets for i in tight.items) <= 1
    assert _patterns(tight.exercise_ids) == BRACING  # time never costs a pattern


def test_minutes_outside_the_range_are_refused() -> None:
    with pytest.raises(BuildRefused, match="5–30 minutes"):
        propose(squat_day(), catalog(), request("core", minutes=2))


def test_reasons_say_what_each_exercise_covers() -> None:
    proposal = propose(squat_day(), catalog(), request("core"))
    assert proposal.reasons[0].startswith("Anti-extension")
    assert "Back squat" in proposal.reasons[0]  # the lift the brace serves
    assert proposal.reasons[1].startswith("Anti-rotation")
    assert proposal.reasons[2].startswith("Anti-lateral flexion")
