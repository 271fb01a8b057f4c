"""The four drawings on the back a clinician could not tell apart: knee-to-chest, bridge
march, McGill curl-up and the curl-up with the elbows raised. Each shows what sets it apart,
and no two share it."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import FLOOR_Y
from planner_gui.figures.skeleton import HEAD_RADIUS, Figure, Point
from tests.support.drawing import drawn, frames

LYING = ("knee-to-chest-stretch", "glute-bridge-march", "mcgill-curl-up")
LYING_ALL = (*LYING, "mcgill-curl-up-elbows-raised")


def _off_segment(point: Point, a: Point, b: Point) -> float:
    (ax, ay), (bx, by), (px, py) = a, b, point
    t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / math.dist(a, b) ** 2
    t = max(0.0, min(1.0, t))
    return math.dist(point, (ax + t * (bx - ax), ay + t * (by - ay)))


def _down(point: Point) -> bool:
    """On the floor, for a body lying on its back (its line drawn just above the floor)."""
    return point[1] < FLOOR_Y + 0.035


def _knee_hugged(f: Figure) -> bool:
    """The near knee drawn up over the chest: above the hip and nearer the head."""
    return f.knee_n[1] > f.hip[1] + 0.15 and f.knee_n[0] < f.hip[0]


def test_knee_to_chest_pulls_one_knee_in_with_both_hands_the_other_foot_flat() -> None:
    pose = drawn("knee-to-chest-stretch")
    end = pose.end.figure
    assert _knee_hugged(end)
    for wrist in (end.wrist_n, end.wrist_f):  # both hands on the shin, just below the knee
        assert _off_segment(wrist, end.knee_n, end.ankle_n) < 0.005
        assert math.dist(wrist, end.knee_n) < 0.12
    assert _down(end.ankle_f) and end.knee_f[1] > end.hip[1] + 0.1  # other foot flat
    assert pose.start.figure.knee_n == end.knee_f  # from both knees bent
    for frame in frames(pose):
        assert frame.figure.head[1] < FLOOR_Y + HEAD_RADIUS + 0.005  # head down: no curl-up
        assert _down(frame.figure.hip)


def test_bridge_march_lifts_one_foot_with_the_hips_up() -> None:
    pose = drawn("glute-bridge-march")
    top, lifted = pose.start.figure, pose.end.figure
    assert top.hip == lifted.hip and top.hip[1] > FLOOR_Y + 0.1  # held at the top
    assert _down(top.ankle_n) and _down(top.ankle_f)
    # The near foot (drawn bold) lifts, the knee up over the hip, bent at a right angle.
    assert not _down(lifted.ankle_n) and lifted.knee_n[1] > lifted.hip[1] + 0.2
    assert abs(lifted.knee_n[0] - lifted.hip[0]) < 0.03
    assert abs(lifted.ankle_n[1] - lifted.knee_n[1]) < 0.03
    assert _down(lifted.ankle_f)


@pytest.mark.parametrize("exercise_id", ["mcgill-curl-up", "mcgill-curl-up-elbows-raised"])
def test_mcgill_curl_up_has_one_knee_bent_hands_under_the_back_and_a_small_lift(
    exercise_id: str,
) -> None:
    pose = drawn(exercise_id)
    for frame in frames(pose):
        f = frame.figure
        assert f.knee_n[1] > f.hip[1] + 0.1 and _down(f.ankle_n)  # one knee bent, foot flat
        assert _down(f.knee_f) and _down(f.ankle_f)  # the other leg straight
        assert _down(f.wrist_n) and f.waist[0] < f.wrist_n[0] < f.hip[0] + 0.04
        elbow_up = f.elbow_n[1] > f.neck[1] + 0.04
        assert elbow_up == exercise_id.endswith("elbows-raised")
        if not elbow_up:
            assert f.elbow_n[1] == pytest.approx(f.wrist_n[1])  # the elbow on the floor
        else:  # just off the floor: lifted higher, the arm drew a tall tent by the knee's
            assert f.elbow_n[1] - f.neck[1] < 0.06
    start, end = pose.start.figure, pose.end.figure
    assert 0.03 < end.neck[1] - start.neck[1] < 0.1  # head and shoulders just lifted
    assert end.waist[1] == pytest.approx(start.waist[1], abs=0.005)  # the low back stays down
    assert end.head[1] - start.head[1] > 0.03


def test_the_lying_drawings_are_told_apart_by_what_each_shows() -> None:
    def signs(exercise_id: str) -> tuple[bool, bool, bool, bool]:
        start, end = drawn(exercise_id).start.figure, drawn(exercise_id).end.figure
        return (
            _knee_hugged(end),
            end.hip[1] > FLOOR_Y + 0.1,  # hips up
            end.neck[1] - start.neck[1] > 0.03,  # head and shoulders lift
            end.elbow_n[1] > end.neck[1] + 0.04,  # elbows up
        )

    assert len({signs(i) for i in LYING_ALL}) == len(LYING_ALL)
