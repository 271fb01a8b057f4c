"""Core drawings: the kneeling plank rests on the knees, kneeling drills kneel, the bear hold
hovers, the rolling side plank rolls and the quadruped drills stay on all fours."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import FLOOR_Y, Circle, Line, Rect
from planner_gui.figures.skeleton import HEAD_RADIUS
from tests.support.drawing import angle, catalog_pose, drawn, frames, on_floor


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


def test_side_plank_from_the_knees_lifts_the_hips_over_the_elbow_with_the_shins_behind() -> None:
    """Issue 14: the shins folded under the thighs read as a tangle. Seen from the front and
    a little above, on a mat: the lower knee and the elbow down, the elbow under the
    shoulder, the hips lifted in line, both knees bent and the shins lying back behind."""
    pose = drawn("knee-side-plank")
    f = pose.end.figure
    assert pose.view == "front" and pose.is_static
    assert on_floor(f.knee_n) and on_floor(f.elbow_n)
    assert abs(f.elbow_n[0] - f.shoulder_n[0]) < 0.02  # the elbow under the shoulder
    # The hips lifted off the floor, in line from the knee to the shoulder.
    (kx, ky), (sx, sy), (hx, hy) = f.knee_n, f.shoulder_n, f.hip_n
    assert (
        abs((sx - kx) * (hy - ky) - (sy - ky) * (hx - kx)) / math.dist(f.knee_n, f.shoulder_n)
        < 0.03
    )
    assert f.hip[1] > FLOOR_Y + 0.1
    # Knees bent, the shins back away from the body (up the page: behind, on the slant).
    for hip, knee, ankle in ((f.hip_n, f.knee_n, f.ankle_n), (f.hip_f, f.knee_f, f.ankle_f)):
        assert ankle[0] < knee[0] - 0.15 and ankle[1] > knee[1] + 0.1
        assert abs(angle(knee, hip) - angle(knee, ankle)) > 60
    # The top leg lies on the lower one.
    assert math.dist(f.knee_f, f.knee_n) < 0.05
    assert abs(angle(f.knee_f, f.ankle_f) - angle(f.knee_n, f.ankle_n)) < 5
    # On a mat that reaches behind the feet.
    mat = [p for p in pose.scenery if isinstance(p, Line) and p.role == "mat"]
    assert mat and max(max(p.a[1], p.b[1]) for p in mat) > max(f.ankle_n[1], f.ankle_f[1])
    assert min(min(p.a[0], p.b[0]) for p in mat) < min(f.ankle_n[0], f.ankle_f[0])


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


def test_side_plank_stacks_straight_legs_and_reaches_the_top_arm_up() -> None:
    """Issue 14: legs meeting at the feet and a hand on the hip drew a kite on a string."""
    pose = drawn("side-plank")
    f = pose.end.figure
    assert pose.view == "front" and pose.is_static
    assert on_floor(f.elbow_n) and on_floor(f.ankle_n)
    # The legs parallel, the top foot just over the lower one: no narrow triangle.
    assert abs(angle(f.hip_f, f.ankle_f) - angle(f.hip_n, f.ankle_n)) < 2
    assert abs(f.ankle_f[0] - f.ankle_n[0]) < 0.03 and 0 < f.ankle_f[1] - f.ankle_n[1] < 0.1
    # The top arm straight up from its shoulder.
    assert abs(f.wrist_f[0] - f.shoulder_f[0]) < 0.02
    assert f.wrist_f[1] - f.shoulder_f[1] > 0.25


def test_copenhagen_rests_the_top_shin_across_the_bench_the_lower_leg_beneath() -> None:
    """Issue 14: the top foot at the end of a small bench and a lower shin standing like a
    table leg read as two objects, a body and a table."""
    pose = drawn("copenhagen-side-plank")
    f = pose.end.figure
    seat = next(p for p in pose.scenery if isinstance(p, Rect) and p.role == "bench")
    top = seat.y + seat.height
    assert seat.width >= 0.25
    assert seat.x + seat.width / 3 < f.ankle_f[0] < seat.x + 2 * seat.width / 3
    assert 0 < f.ankle_f[1] - top < 0.03  # the ankle on the pad
    assert on_floor(f.ankle_n) and on_floor(f.elbow_n)
    assert seat.x < f.ankle_n[0] < seat.x + seat.width  # the lower foot under the bench
    assert abs(angle(f.knee_n, f.ankle_n) + 90) > 25  # slanting, not a table leg
    assert f.wrist_f[1] - f.shoulder_f[1] > 0.25  # the top arm up, as in the side plank


@pytest.mark.parametrize("exercise_id", ["knee-side-plank"])
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


def _off_segment(
    point: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    (ax, ay), (bx, by), (px, py) = a, b, point
    t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / math.dist(a, b) ** 2
    t = max(0.0, min(1.0, t))
    return math.dist(point, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_hollow_hold_lifts_both_ends_into_a_dish_arms_over_the_head() -> None:
    """Issue 14: lifted 12 degrees at each end, with the arms through the head, the hollow
    hold drew a line with a head on it."""
    pose = drawn("hollow-body-hold")
    f = pose.end.figure
    assert pose.is_static
    assert f.hip[1] < FLOOR_Y + 0.05 and f.waist[1] < FLOOR_Y + 0.06  # the low back down
    assert 180 - angle(f.waist, f.neck) > 25  # the shoulders lifted
    assert angle(f.hip, f.ankle_n) > 20  # the legs lifted
    assert f.wrist_n[1] > f.head[1] + HEAD_RADIUS  # the arms long overhead
    for a, b in ((f.neck, f.elbow_n), (f.elbow_n, f.wrist_n)):
        assert _off_segment(f.head, a, b) > HEAD_RADIUS  # past the head, not through it
