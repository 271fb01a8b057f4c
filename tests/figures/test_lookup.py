"""Which drawing an exercise gets: the catalog names one for each; anything else, its pattern's."""

from __future__ import annotations

import json
from typing import Any

import pytest

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.models import Exercise
from planner_gui.domain.vocabulary import PATTERNS, Pattern
from planner_gui.figures import library
from planner_gui.figures.library import NO_FIGURE
from planner_gui.figures.lookup import PATTERN_POSES, pose_for, pose_id_for
from planner_gui.resources import CATALOG_PATH
from tests.support.drawing import catalog_pose, distance, lengths_of


def _custom(pattern: Pattern, **extra: Any) -> Exercise:
    """A custom exercise as a plan carries it, with no `pose` unless given."""
    return Exercise.model_validate(
        {
            "id": "my-own-drill",
            "name": "My own drill",
            "category": "core",
            "pattern": pattern,
            "muscles": ["glutes"],
            "dose": "reps",
            **extra,
        }
    )


def test_every_pattern_has_a_pose() -> None:
    assert set(PATTERN_POSES) == set(PATTERNS)
    assert all(library.pose(pose_id) is not None for pose_id in PATTERN_POSES.values())


def test_every_catalog_exercise_names_a_pose_the_library_has() -> None:
    raw = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))["exercises"]
    unnamed = [entry["id"] for entry in raw if entry.get("pose") is None]
    assert unnamed == []  # a catalog entry never relies on the fallback
    unknown = {entry["id"]: entry["pose"] for entry in raw if not library.is_known(entry["pose"])}
    assert unknown == {}


def test_every_catalog_exercise_has_a_figure() -> None:
    """The side-to-side drills that once had none are drawn from the front or from above."""
    catalog = bundled_catalog()
    assert {e.id for e in catalog if e.pose == NO_FIGURE} == set()
    assert {e.id for e in catalog if pose_for(e) is None} == set()


def test_lookup_by_pattern_and_by_id() -> None:
    catalog = bundled_catalog()
    deadlift = catalog.get("deadlift")
    bird_dog = catalog.get("bird-dog")
    assert deadlift is not None and bird_dog is not None
    pulled = pose_for(deadlift)
    assert pulled is not None and pulled.name == "deadlift"
    named = pose_for(bird_dog)
    assert named is not None and named.name == "bird dog"  # pattern says anti-rotation
    assert pose_for(None) is None
    fallback = pose_for(_custom("hinge"))
    assert fallback is not None and fallback.name == "hip hinge"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_an_exercise_without_a_pose_gets_its_patterns(pattern: Pattern) -> None:
    exercise = _custom(pattern)
    assert exercise.pose is None
    assert pose_id_for(exercise) == PATTERN_POSES[pattern]
    assert pose_for(exercise) is library.pose(PATTERN_POSES[pattern])


def test_the_fallback_goes_by_pattern_not_by_words_in_the_id() -> None:
    """The old id-fragment rules are gone: a custom "...-plank" that is a squat is a squat."""
    exercise = _custom("squat", id="wall-plank-squat")
    assert pose_id_for(exercise) == "squat"


def test_a_custom_exercise_may_name_its_pose_or_none() -> None:
    assert pose_id_for(_custom("anti-rotation", pose="bird-dog")) == "bird-dog"
    assert pose_for(_custom("squat", pose=NO_FIGURE)) is None


def test_a_pose_this_version_does_not_know_falls_back_to_the_pattern() -> None:
    exercise = _custom("hinge", pose="moonwalk")
    assert pose_id_for(exercise) == "hinge"
    pose = pose_for(exercise)
    assert pose is not None and pose.name == "hip hinge"


def test_names_that_share_words_get_the_movement_they_are() -> None:
    def pose_name(exercise_id: str) -> str | None:
        pose = catalog_pose(exercise_id)
        return pose.name if pose else None

    assert pose_name("banded-lateral-walk") != "walk"
    assert pose_name("monster-walk") != "walk"
    # Both roll on a roller, each its own part of the body.
    assert pose_name("foam-roll-hamstrings") == "foam rolling"
    assert pose_name("foam-roll-glutes") == "foam rolling the glutes"
    assert pose_name("foam-roll-hamstrings") != "hamstring stretch"


@pytest.mark.parametrize(
    ("exercise_id", "expected"),
    [
        ("easy-bike", "bike"),
        ("stationary-bike", "bike"),
        ("rowing-machine", "rowing machine"),
        ("sled-push", "sled push"),
        ("hollow-body-hold", "hollow hold"),
        ("quadruped-hip-extension", "quadruped hip extension"),
        ("walking-knee-hug", "knee hug"),
        ("inchworm", "inchworm"),
        ("landmine-press", "landmine press"),
        ("bulgarian-split-squat", "rear-foot-elevated split squat"),
        ("single-leg-romanian-deadlift", "single-leg hinge"),
        ("crunch", "crunch"),
        ("mcgill-curl-up", "curl-up"),
        ("mcgill-curl-up-elbows-raised", "curl-up, elbows raised"),
        ("torso-twist", "torso twist"),
        ("open-book-thoracic-rotation", "open book"),
        ("lower-trunk-rotation", "lower trunk rotation"),
        ("90-90-hip-stretch", "90/90 hip stretch"),
        ("90-90-hip-switch", "90/90 hip switch"),
        # The back-friendly additions of issue 10.
        ("rolling-side-plank", "rolling side plank"),
        ("bird-dog-sweep", "bird-dog sweep"),
        ("quadruped-reach", "quadruped reach"),
        ("prone-press-up", "prone press-up"),
        ("sphinx", "sphinx"),
        ("sciatic-nerve-slider", "nerve slider"),
        ("belt-squat", "belt squat"),
        ("safety-bar-squat", "safety-bar squat"),
        ("block-pull", "block pull"),
        ("high-handle-trap-bar-deadlift", "high-handle trap-bar deadlift"),
        ("b-stance-romanian-deadlift", "b-stance hinge"),
        ("tall-kneeling-pallof-press", "tall-kneeling anti-rotation press"),
        ("bear-hold", "bear hold"),
        ("side-lying-hip-abduction", "side-lying hip abduction"),
        ("incline-push-up", "incline push-up"),
        ("supine-90-90-breathing", "90/90 breathing"),
        # Re-labelled patterns keep their own drawings.
        ("banded-lateral-walk", "lateral band walk"),
        ("monster-walk", "monster walk"),
        ("clamshell", "clamshell"),
        ("hip-airplane", "hip airplane"),
        ("cable-glute-kickback", "cable glute kickback"),
        # Issue 14: one drawing per movement.
        ("bodyweight-squat", "squat"),
        ("back-squat", "back squat"),
        ("goblet-squat", "goblet squat"),
        ("trap-bar-deadlift", "trap-bar deadlift"),
        ("overhead-press", "overhead press"),
        ("suitcase-carry", "suitcase carry"),
        ("farmer-carry", "farmer carry"),
        ("light-farmer-carry", "farmer carry"),
        ("incline-treadmill-walk", "treadmill walk"),
    ],
)
def test_catalog_exercises_get_the_movement_they_name(exercise_id: str, expected: str) -> None:
    pose = catalog_pose(exercise_id)
    assert pose is not None and pose.name == expected


def test_every_catalog_pose_keeps_limb_lengths() -> None:
    for exercise in bundled_catalog():
        pose = pose_for(exercise)
        assert pose is not None, exercise.id
        for frame in (pose.start, pose.end):
            for (a, b), length in lengths_of(pose).items():
                assert distance(frame.figure, a, b) == pytest.approx(length, abs=1e-9), (
                    exercise.id,
                    a,
                    b,
                )
