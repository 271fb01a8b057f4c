"""Every catalog exercise has a figure of its own movement, with its equipment, in the view
that shows the movement (issue 14)."""

from __future__ import annotations

import math
from collections import defaultdict

import pytest

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.models import Exercise
from planner_gui.figures.library import NO_FIGURE
from planner_gui.figures.lookup import pose_for, pose_id_for
from planner_gui.figures.pose import Pose
from planner_gui.figures.props import FLOOR_Y, Line, Role
from planner_gui.figures.skeleton import HEAD_RADIUS, JOINTS

CATALOG = list(bundled_catalog())

#: The only drawings two exercises share: each pair is one movement with the same kit, the
#: second a lighter or easier dose of the first.
SAME_MOVEMENT: dict[str, set[str]] = {
    "walk": {"brisk-walk", "steady-walk"},  # a walk, at two paces
    "bike": {"easy-bike", "stationary-bike"},  # the same bike, warm-up or conditioning
    "carry": {"light-farmer-carry", "farmer-carry"},  # the farmer carry, lighter to warm up
}

#: Drawings shared by exercises of different pattern or equipment, and why: none.
DIFFERENT_KIT_SHARING: dict[str, str] = {}

#: What each piece of catalog equipment is drawn as (a prop's role).
EQUIPMENT_ROLES: dict[str, Role] = {
    "barbell": "bar",
    "trap-bar": "bar",
    "safety-squat-bar": "bar",
    "landmine": "bar",
    "pull-up-bar": "bar",
    "dumbbell": "dumbbell",
    "kettlebell": "kettlebell",
    "band": "band",
    "mini-band": "band",
    "cable": "cable",
    "rope": "cable",  # a rope handle on the cable
    "ankle-strap": "cable",  # the cable's cuff on the ankle
    "box": "box",
    "blocks": "box",
    "bench": "bench",
    "back-extension-bench": "bench",
    "stability-ball": "ball",
    "foam-roller": "roller",
    "ab-wheel": "wheel",
    "strap": "strap",
    "dowel": "dowel",
    "bike": "machine",
    "rower": "machine",
    "sled": "machine",
    "treadmill": "machine",
    "leg-press": "machine",
    "belt-squat": "machine",
}
#: Equipment not drawn: nothing, the mat under the body, the rack the bar comes from.
NOT_DRAWN = {"none", "mat", "rack"}
#: Equipment listed as either-or: one of them is drawn.
ALTERNATIVES = ({"dumbbell", "kettlebell"}, {"cable", "band"})

#: Exercises not drawn from the side, and from where: side-to-side and lying drills (the
#: lower trunk rotation from above, its knees dropped flat to each side).
VIEWS = {
    "lateral-leg-swing": "front",
    "torso-twist": "front",
    "band-pull-apart": "front",
    "arm-circle": "front",
    "lateral-lunge-shift": "front",
    "knee-side-plank": "front",
    "side-plank": "front",
    "rolling-side-plank": "front",
    "copenhagen-side-plank": "front",
    "suitcase-carry": "front",
    "farmer-carry": "front",
    "light-farmer-carry": "front",
    "clamshell": "oblique",
    "side-lying-hip-abduction": "front",
    "banded-lateral-walk": "front",
    "monster-walk": "front",
    "lateral-step-up": "front",
    "back-squat": "front",
    "box-squat": "front",
    "overhead-press": "front",
    "pull-up": "front",
    "90-90-hip-stretch": "front",
    "90-90-hip-switch": "front",
    "open-book-thoracic-rotation": "front",
    "lower-trunk-rotation": "top",
}


def _drawn(exercise: Exercise) -> Pose:
    pose = pose_for(exercise)
    assert pose is not None, exercise.id
    return pose


def _roles(pose: Pose) -> set[str]:
    return {prop.role for prop in (*pose.scenery, *pose.start.props, *pose.end.props)}


def test_every_exercise_names_a_drawing() -> None:
    assert [e.id for e in CATALOG if e.pose in (None, NO_FIGURE)] == []
    assert all(pose_for(e) is not None for e in CATALOG)


def test_exercises_share_a_drawing_only_when_they_are_one_movement() -> None:
    by_pose: dict[str, set[str]] = defaultdict(set)
    for exercise in CATALOG:
        by_pose[pose_id_for(exercise)].add(exercise.id)
    shared = {pose_id: ids for pose_id, ids in by_pose.items() if len(ids) > 1}
    assert shared == SAME_MOVEMENT


def test_different_pattern_or_equipment_never_shares_a_drawing() -> None:
    kits: dict[str, set[tuple[str, frozenset[str]]]] = defaultdict(set)
    for exercise in CATALOG:
        kits[pose_id_for(exercise)].add((exercise.pattern, frozenset(exercise.equipment)))
    mixed = {pose_id for pose_id, found in kits.items() if len(found) > 1}
    assert mixed == set(DIFFERENT_KIT_SHARING)


def test_different_drawings_look_different() -> None:
    """No two pose ids of the catalog are the same picture under another name."""
    seen: dict[tuple[object, ...], str] = {}
    for exercise in CATALOG:
        pose = _drawn(exercise)
        key = (pose.start, pose.end, pose.scenery)
        assert seen.setdefault(key, pose_id_for(exercise)) == pose_id_for(exercise)


def test_every_piece_of_catalog_equipment_is_accounted_for() -> None:
    used = {item for exercise in CATALOG for item in exercise.equipment}
    assert used <= set(EQUIPMENT_ROLES) | NOT_DRAWN, used - set(EQUIPMENT_ROLES) - NOT_DRAWN


@pytest.mark.parametrize("exercise", CATALOG, ids=lambda e: e.id)
def test_the_drawing_shows_the_equipment(exercise: Exercise) -> None:
    roles = _roles(_drawn(exercise))
    kit = set(exercise.equipment) - NOT_DRAWN
    for group in ALTERNATIVES:
        listed = kit & group
        if listed:
            assert {EQUIPMENT_ROLES[item] for item in listed} & roles, (exercise.id, listed)
            kit -= listed
    missing = {item for item in kit if EQUIPMENT_ROLES[item] not in roles}
    assert missing == set(), exercise.id


@pytest.mark.parametrize("exercise", [e for e in CATALOG if e.loaded], ids=lambda e: e.id)
def test_a_loaded_exercise_moves_its_load(exercise: Exercise) -> None:
    """The load travels with the figure: it is drawn in the start and end positions, not
    left standing in the scenery."""
    pose = _drawn(exercise)
    loads = {"bar", "dumbbell", "kettlebell", "cable", "band", "machine"}
    for frame in (pose.start, pose.end):
        assert {p.role for p in frame.props} & loads, exercise.id


def test_the_views_are_the_ones_that_show_the_movement() -> None:
    views = {e.id: _drawn(e).view for e in CATALOG if _drawn(e).view != "side"}
    assert views == VIEWS
    # The drills the issue names, drawn from the front or from above.
    for exercise_id in (
        "clamshell",
        "banded-lateral-walk",
        "90-90-hip-stretch",
        "90-90-hip-switch",
        "open-book-thoracic-rotation",
        "torso-twist",
        "lower-trunk-rotation",
    ):
        assert exercise_id in VIEWS


@pytest.mark.parametrize("exercise", CATALOG, ids=lambda e: e.id)
def test_a_view_is_drawn_as_flagged(exercise: Exercise) -> None:
    """From the side the shoulders sit on the neck and the hips on one point; from the front
    they stand apart (the rolling side plank ends in a side-on plank). From above either can
    be: a body lying on its side shows its side."""
    pose = _drawn(exercise)
    start = pose.start.figure
    apart = math.dist(start.shoulder_n, start.shoulder_f) + math.dist(start.hip_n, start.hip_f)
    if pose.view == "side":
        for frame in (pose.start, pose.end):
            f = frame.figure
            assert f.shoulder_n == f.shoulder_f == f.neck and f.hip_n == f.hip_f == f.hip
    elif pose.view == "front":
        assert apart > 0.05, exercise.id
    elif pose.view == "oblique":  # lying on the side, seen from the front: hips stacked
        for frame in (pose.start, pose.end):
            f = frame.figure
            assert f.hip_f[1] - f.hip_n[1] > 0.05, exercise.id


def test_the_overhead_press_shows_both_arms_clear_of_the_body() -> None:
    press = _drawn(next(e for e in CATALOG if e.id == "overhead-press"))
    top = press.end.figure
    assert top.wrist_n[1] > top.head[1] and top.wrist_f[1] > top.head[1]  # locked out
    assert top.wrist_n[0] - top.wrist_f[0] > 0.15  # both arms, apart
    bar = next(p for p in press.end.props if p.role == "bar")
    assert bar.a[1] == pytest.approx(top.wrist_n[1])  # the bar in the hands


@pytest.mark.parametrize("exercise", CATALOG, ids=lambda e: e.id)
def test_no_joint_sinks_under_a_flat_floor(exercise: Exercise) -> None:
    """Set joint angles put the sit-up's feet 0.05 and the crunch's 0.03 under the floor
    line, the child's pose's hands on all fours 0.04, the pigeon's front knee 0.015 and the
    glute roll's crossed knee 0.02. Where the floor is drawn flat across the box, every
    joint (the head aside: a head resting on the floor is drawn round) stays on or above
    it, within a hair."""
    pose = _drawn(exercise)
    flat = any(
        isinstance(p, Line) and p.role == "floor" and p.a[1] == p.b[1] == FLOOR_Y
        for p in pose.scenery
    )
    if not flat:
        return
    for frame in (pose.start, pose.end):
        for name in JOINTS:
            if name != "head":
                assert getattr(frame.figure, name)[1] > FLOOR_Y - 0.012, (exercise.id, name)


@pytest.mark.parametrize("exercise", CATALOG, ids=lambda e: e.id)
def test_a_head_lying_on_a_flat_floor_rests_on_it(exercise: Exercise) -> None:
    """Lying on the back the neck sits 0.03 over the floor, so a head in line with the
    trunk sank 0.02 to 0.04 under the floor line (bridges, curl-ups, knee to chest, the
    straight-leg raise and a dozen more). Where the floor is drawn flat, no head sinks
    under it by more than a hair: a head on the floor touches it."""
    pose = _drawn(exercise)
    flat = any(
        isinstance(p, Line) and p.role == "floor" and p.a[1] == p.b[1] == FLOOR_Y
        for p in pose.scenery
    )
    if not flat:
        return
    for frame in (pose.start, pose.end):
        assert frame.figure.head[1] - HEAD_RADIUS > FLOOR_Y - 0.003, exercise.id
