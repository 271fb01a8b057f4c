"""Forward and inverse kinematics: limbs keep their length, and a limb reaches its target."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.figures.kinematics import (
    arm_to,
    body,
    front,
    front_arm_to,
    front_leg_to,
    leg_to,
    projected,
    projected_figure,
    reach,
    step,
    trunk,
    turned,
)
from planner_gui.figures.skeleton import JOINTS, NECK_TO_HEAD, PELVIS, SHIN, SHOULDER, THIGH, TORSO
from tests.support.drawing import LENGTHS, LIMBS, distance

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


spines = st.floats(min_value=-90, max_value=90, allow_nan=False)
turns = st.floats(min_value=0, max_value=80, allow_nan=False)
shares = st.floats(min_value=0.1, max_value=1.0, allow_nan=False)


@given(torso=angles, leg=pairs, arm=pairs, far_leg=pairs, far_arm=pairs, spine=spines)
def test_a_curved_spine_keeps_every_bone_its_length(
    torso: float,
    leg: tuple[float, float],
    arm: tuple[float, float],
    far_leg: tuple[float, float],
    far_arm: tuple[float, float],
    spine: float,
) -> None:
    figure = body((0.5, 0.5), torso, leg, arm, far_leg=far_leg, far_arm=far_arm, spine=spine)
    for (a, b), length in LENGTHS.items():
        assert distance(figure, a, b) == pytest.approx(length, abs=1e-9)
    # Seen from the side the shoulders sit on the neck and the hip joints on the hip.
    assert figure.shoulder_n == figure.shoulder_f == figure.neck
    assert figure.hip_n == figure.hip_f == figure.hip


@given(torso=angles, leg=pairs, arm=pairs, spine=spines, turn=turns, seen=shares)
def test_a_front_view_keeps_every_limb_its_length(
    torso: float,
    leg: tuple[float, float],
    arm: tuple[float, float],
    spine: float,
    turn: float,
    seen: float,
) -> None:
    figure = front((0.5, 0.5), torso, leg, arm, spine=spine, turn=turn, seen=seen)
    for (a, b), length in LIMBS.items():
        assert distance(figure, a, b) == pytest.approx(length, abs=1e-9)
    assert distance(figure, "hip", "hip_n") == pytest.approx(PELVIS)
    assert distance(figure, "hip", "hip_f") == pytest.approx(PELVIS)
    assert distance(figure, "neck", "shoulder_n") <= SHOULDER + 1e-9
    # The trunk is whole unless seen from above.
    assert distance(figure, "hip", "waist") == pytest.approx(TORSO / 2 * seen)


def test_a_front_view_mirrors_the_far_limbs_and_sets_the_joints_apart() -> None:
    figure = front((0.5, 0.51), 90, (-80, -90), (-60, -80))
    assert figure.hip_n == pytest.approx((0.5 + PELVIS, 0.51))  # its left, the reader's right
    assert figure.hip_f == pytest.approx((0.5 - PELVIS, 0.51))
    assert figure.shoulder_n[0] - figure.neck[0] == pytest.approx(SHOULDER)
    assert figure.ankle_f == pytest.approx((1 - figure.ankle_n[0], figure.ankle_n[1]))
    assert figure.wrist_f == pytest.approx((1 - figure.wrist_n[0], figure.wrist_n[1]))
    turned = front((0.5, 0.51), 90, (-80, -90), (-60, -80), turn=60)
    assert turned.shoulder_n[0] - turned.neck[0] == pytest.approx(SHOULDER / 2)


def test_front_view_limbs_reach_from_their_own_joints() -> None:
    hip, foot, hand = (0.5, 0.5), (0.62, 0.04), (0.8, 0.9)
    figure = front(
        hip,
        90,
        front_leg_to(hip, 90, foot),
        front_arm_to(hip, 90, hand),
        far_leg=front_leg_to(hip, 90, (0.38, 0.04), near=False, bend=-1),
        far_arm=front_arm_to(hip, 90, (0.2, 0.9), near=False, bend=1),
    )
    assert figure.ankle_n == pytest.approx(foot, abs=1e-9)
    assert figure.wrist_n == pytest.approx(hand, abs=1e-9)
    assert figure.ankle_f == pytest.approx((0.38, 0.04), abs=1e-9)
    assert figure.wrist_f == pytest.approx((0.2, 0.9), abs=1e-9)


def test_a_positive_spine_arches_and_a_negative_one_rounds() -> None:
    """For a trunk level on all fours (facing +x): extension sags the waist, flexion humps it."""
    hip = (0.3, 0.3)
    straight_waist = trunk(hip, 0)[0]
    assert trunk(hip, 0, spine=30)[0][1] < straight_waist[1]  # cow
    assert trunk(hip, 0, spine=-30)[0][1] > straight_waist[1]  # cat
    assert arm_to(hip, 0, (0.7, 0.1), spine=30) != arm_to(hip, 0, (0.7, 0.1))


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


def test_a_knee_turned_about_its_hip_and_heel_keeps_both_bones_their_length() -> None:
    hip, heel = (0.0, 0.1, 0.0), (0.0, 0.05, 0.33)
    knee = (0.16, 0.06, 0.16)
    opened = turned(knee, hip, heel, 70.0)
    assert math.dist(opened, hip) == pytest.approx(math.dist(knee, hip))
    assert math.dist(opened, heel) == pytest.approx(math.dist(knee, heel))
    assert opened[1] > knee[1] + 0.1  # turned up, off the floor


def test_seen_projected_figure_nearer_points_are_lower_and_far_ones_higher() -> None:
    origin = (0.5, 0.2)
    assert projected((0.0, 0.0, 0.0), origin, 20.0) == pytest.approx(origin)
    assert projected((0.0, 0.0, 0.3), origin, 20.0)[1] < origin[1]  # the feet, nearer
    assert projected((0.0, 0.0, -0.3), origin, 20.0)[1] > origin[1]  # the head, farther
    assert projected((0.0, 0.0, 0.3), origin, 20.0, aside=30.0)[0] > origin[0]
    # Square to the front (-90 round): the head to the right, the belly side lower.
    assert projected((0.0, 0.0, -0.3), origin, 40.0, aside=-90.0)[0] == pytest.approx(0.8)
    assert projected((0.2, 0.0, 0.0), origin, 40.0, aside=-90.0)[1] < origin[1] - 0.1
    assert projected((0.0, 0.1, 0.0), origin, 40.0, aside=-90.0)[1] > origin[1] + 0.07
    shut = projected_figure({name: (0.0, 0.0, 0.0) for name in JOINTS}, origin, 20.0)
    assert shut.hip == pytest.approx(origin)
