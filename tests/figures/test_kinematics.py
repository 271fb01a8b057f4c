"""Forward and inverse kinematics: limbs keep their length, and a limb reaches its target."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.figures.kinematics import arm_to, body, leg_to, reach, step
from planner_gui.figures.skeleton import NECK_TO_HEAD, SHIN, THIGH, TORSO
from tests.support.drawing import LENGTHS, distance

angles = st.floats(min_value=-360, max_value=360, allow_nan=False)
pairs = st.tuples(angles, angles)


def test_step_walks_along_an_angle() -> None:
    assert step((0.5, 0.5), 0, 0.2) == pytest.approx((0.7, 0.5))
    assert step((0.5, 0.5), 90, 0.2) == pytest.approx((0.5, 0.7))


@given(torso=angles, leg=pairs, arm=pairs, far_leg=pairs, far_arm=pairs, head=angles)
def test_any_angles_keep_every_bone_its_length(
    torso: float,
    leg: tuple[float, float],
    arm: tuple[float, float],
    far_leg: tuple[float, float],
    far_arm: tuple[float, float],
    head: float,
) -> None:
    figure = body((0.5, 0.5), torso, leg, arm, far_leg=far_leg, far_arm=far_arm, head=head)
    for (a, b), length in LENGTHS.items():
        assert distance(figure, a, b) == pytest.approx(length, abs=1e-9)
    assert distance(figure, "neck", "head") == pytest.approx(NECK_TO_HEAD, abs=1e-9)


def test_far_limbs_default_to_the_near_ones() -> None:
    figure = body((0.5, 0.51), 90, (-80, -100), (-30, 110))
    assert figure.knee_f == figure.knee_n and figure.ankle_f == figure.ankle_n
    assert figure.elbow_f == figure.elbow_n and figure.wrist_f == figure.wrist_n


def test_a_leg_reaches_a_foot_within_range_with_the_knee_forward() -> None:
    hip, foot = (0.5, 0.5), (0.6, 0.1)
    forward = body(hip, 90, leg_to(hip, foot), (-90, -90))
    assert forward.ankle_n == pytest.approx(foot, abs=1e-9)
    backward = body(hip, 90, leg_to(hip, foot, -1), (-90, -90))
    assert backward.ankle_n == pytest.approx(foot, abs=1e-9)
    assert forward.knee_n[0] > backward.knee_n[0]  # bend +1: the knee in front


def test_an_arm_reaches_a_hand_from_the_shoulder() -> None:
    hip, torso, hand = (0.5, 0.5), 80.0, (0.75, 0.7)
    figure = body(hip, torso, (-90, -90), arm_to(hip, torso, hand))
    assert figure.wrist_n == pytest.approx(hand, abs=1e-9)


def test_out_of_reach_the_limb_points_straight_at_the_target() -> None:
    root, target = (0.0, 0.0), (1.0, 0.0)
    first, second = reach(root, target, THIGH, SHIN, 1)
    assert first == pytest.approx(0, abs=0.5) and second == pytest.approx(0, abs=0.5)
    joint = step(root, first, THIGH)
    assert math.dist(root, joint) == pytest.approx(THIGH)


def test_a_target_on_the_root_keeps_both_segments_their_length() -> None:
    first, second = reach((0.5, 0.5), (0.5, 0.5), TORSO, THIGH, -1)
    joint = step((0.5, 0.5), first, TORSO)
    end = step(joint, second, THIGH)
    assert math.dist((0.5, 0.5), end) == pytest.approx(TORSO - THIGH, abs=1e-4)
