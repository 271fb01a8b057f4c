"""Core drawings: the kneeling plank rests on the knees, kneeling drills kneel, the bear hold
hovers, the rolling side plank rolls and the quadruped drills stay on all fours."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import FLOOR_Y, Circle, Rect
from planner_gui.figures.skeleton import HEAD_RADIUS
from tests.support.drawing import catalog_pose, drawn, frames, on_floor


def test_kneeling_plank_is_a_hold_on_the_knees() -> None:
    kneeling = catalog_pose("kneeling-plank")
    assert kneeling is not None and kneeling.is_static
    assert kneeling.end.figure.knee_n[1] == pytest.approx(FLOOR_Y, abs=0.02)


@pytest.mark.parametrize("exercise_id", ["half-kneeling-pallof-press", "half-kneeling-cable-chop"])
def test_half_kneeling_drills_kneel(exercise_id: str) -> None:
    """One knee on the floor under the hip, the other foot flat ahead: not a standing figure."""
    pose = drawn(exercise_id)
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.knee_n) and abs(f.knee_n[0] - f.hip[0]) < 0.02
        assert on_floor(f.ankle_f) and f.ankle_f[0] > f.hip[0] + 0.15
        assert not on_floor(f.knee_f)


def test_tall_kneeling_pallof_press_kneels_on_both_knees() -> None:
    pose = drawn("tall-kneeling-pallof-press")
    assert pose != drawn("half-kneeling-pallof-press")
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.knee_n) and on_floor(f.knee_f)
        assert abs(f.knee_n[0] - f.hip[0]) < 0.02  # hips stacked over the knees
        assert f.neck[1] > f.hip[1] + 0.25  # kneeling tall
    assert pose.end.figure.wrist_n[0] > pose.start.figure.wrist_n[0] + 0.15  # pressed out


def test_bear_hold_hovers_the_knees_on_hands_and_toes() -> None:
    pose = drawn("bear-hold")
    assert pose.is_static
    f = pose.end.figure
    assert on_floor(f.wrist_n) and on_floor(f.ankle_n)
    assert FLOOR_Y + 0.03 < f.knee_n[1] < FLOOR_Y + 0.1  # just off the floor
    assert abs(f.knee_n[0] - f.hip[0]) < 0.02  # knees under the hips


def test_rolling_side_plank_rolls_from_a_side_plank_to_a_plank() -> None:
    pose = drawn("rolling-side-plank")
    side, front = drawn("side-plank"), drawn("front-plank")
    assert not pose.is_static
    assert pose.start.figure == side.start.figure
    assert pose.end.figure == front.end.figure


@pytest.mark.parametrize("exercise_id", ["quadruped-reach", "bird-dog-sweep"])
def test_quadruped_drills_keep_a_hand_and_a_knee_down(exercise_id: str) -> None:
    pose = drawn(exercise_id)
    assert not pose.is_static
    for frame in frames(pose):
        assert on_floor(frame.figure.wrist_n) and on_floor(frame.figure.knee_n)


def test_bird_dog_sweep_sweeps_the_limbs_low() -> None:
    pose = drawn("bird-dog-sweep")
    reach, swept = pose.start.figure, pose.end.figure
    assert reach.wrist_f[1] > reach.neck[1] - 0.05  # arm long at shoulder height
    assert FLOOR_Y < swept.wrist_f[1] < FLOOR_Y + 0.05  # hand just above the floor
    assert FLOOR_Y < swept.knee_f[1] < FLOOR_Y + 0.06  # knee just above the floor


def test_90_90_breathing_rests_the_calves_on_a_bench() -> None:
    pose = drawn("supine-90-90-breathing")
    assert pose.is_static
    f = pose.end.figure
    bench = next(p for p in pose.scenery if isinstance(p, Rect))
    assert f.knee_n[1] == pytest.approx(f.ankle_n[1], abs=0.01)  # shins level
    assert bench.x <= f.ankle_n[0] <= bench.x + bench.width
    assert 0 < f.ankle_n[1] - (bench.y + bench.height) < 0.03


def test_side_plank_from_the_knees_rests_the_shins_on_the_floor_behind() -> None:
    """Knees bent, the shins folded back along the floor, never pointing up (issue 14)."""
    pose = drawn("knee-side-plank")
    f = pose.end.figure
    assert pose.view == "front" and pose.is_static
    assert on_floor(f.knee_n) and on_floor(f.ankle_n) and f.ankle_f[1] < FLOOR_Y + 0.06
    for knee, ankle in ((f.knee_n, f.ankle_n), (f.knee_f, f.ankle_f)):
        assert ankle[0] > knee[0] + 0.2  # back under the body, towards the hips
        assert ankle[1] < f.hip[1]  # lower than the hips, not raised behind


def test_ab_wheel_rollout_holds_the_wheel_and_rolls_out_long() -> None:
    pose = drawn("ab-wheel-rollout")
    hubs = []
    for frame in frames(pose):
        f = frame.figure
        wheel = [p for p in frame.props if isinstance(p, Circle) and p.role == "wheel"]
        tyre = max(wheel, key=lambda p: p.radius)
        assert tyre.radius >= 0.06 and tyre.center[1] - tyre.radius == pytest.approx(FLOOR_Y)
        assert math.dist(f.wrist_n, tyre.center) < 0.01  # the hands on the wheel
        assert on_floor(f.knee_n)  # kneeling throughout
        hubs.append(tyre.center[0])
    start, end = pose.start.figure, pose.end.figure
    assert hubs[1] - hubs[0] > 0.35  # rolled far out
    assert start.hip[1] > end.hip[1] + 0.1 and end.neck[1] < start.neck[1] - 0.15  # long, low
    assert math.dist(end.neck, end.wrist_n) > 0.3  # arms straight out ahead


@pytest.mark.parametrize("exercise_id", ["side-plank", "knee-side-plank"])
def test_side_plank_rests_the_top_hand_on_the_hip_not_a_post_over_the_head(
    exercise_id: str,
) -> None:
    f = drawn(exercise_id).end.figure
    assert math.dist(f.wrist_f, f.hip_f) < 0.05  # the top hand on the top hip
    top_of_head = f.head[1] + HEAD_RADIUS
    assert max(f.elbow_f[1], f.wrist_f[1]) < top_of_head  # nothing stands over the head
    # The elbow bent up off the trunk, so the arm reads apart from it.
    t = (f.elbow_f[0] - f.hip[0]) / (f.neck[0] - f.hip[0])
    assert f.elbow_f[1] > f.hip[1] + t * (f.neck[1] - f.hip[1]) + 0.06
