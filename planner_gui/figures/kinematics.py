"""Joint angles to joint positions (forward kinematics), and limbs that reach a point.

Drawings give segment angles in degrees (0 = the way the figure faces, 90 = up); `body` turns
them into a `Figure`. Where a hand must hold a bar or a foot stand on the floor, `leg_to` and
`arm_to` find the two angles that put the end of the limb there (two-bone inverse kinematics).
Either way every segment keeps its length from `skeleton`.
"""

from __future__ import annotations

import math

from planner_gui.figures.skeleton import (
    FOREARM,
    NECK_TO_HEAD,
    SHIN,
    THIGH,
    TORSO,
    UPPER_ARM,
    Figure,
    Point,
)

Angles = tuple[float, float]


def step(origin: Point, angle: float, length: float) -> Point:
    """The point `length` away from `origin` at `angle` degrees."""
    rad = math.radians(angle)
    return (origin[0] + length * math.cos(rad), origin[1] + length * math.sin(rad))


def body(
    hip: Point,
    torso: float,
    leg: Angles,
    arm: Angles,
    far_leg: Angles | None = None,
    far_arm: Angles | None = None,
    head: float | None = None,
) -> Figure:
    """A figure from absolute segment angles in degrees (0 = facing direction, 90 = up).

    `leg` is (thigh, shin), `arm` is (upper arm, forearm); far limbs default to the near ones.
    """
    neck = step(hip, torso, TORSO)
    far_leg = far_leg or leg
    far_arm = far_arm or arm
    knee_n = step(hip, leg[0], THIGH)
    knee_f = step(hip, far_leg[0], THIGH)
    elbow_n = step(neck, arm[0], UPPER_ARM)
    elbow_f = step(neck, far_arm[0], UPPER_ARM)
    return Figure(
        head=step(neck, torso if head is None else head, NECK_TO_HEAD),
        neck=neck,
        hip=hip,
        elbow_n=elbow_n,
        wrist_n=step(elbow_n, arm[1], FOREARM),
        elbow_f=elbow_f,
        wrist_f=step(elbow_f, far_arm[1], FOREARM),
        knee_n=knee_n,
        ankle_n=step(knee_n, leg[1], SHIN),
        knee_f=knee_f,
        ankle_f=step(knee_f, far_leg[1], SHIN),
    )


def reach(root: Point, target: Point, l1: float, l2: float, bend: int) -> Angles:
    """Angles (degrees) of a two-segment limb from `root` reaching for `target`.

    `bend` +1 puts the middle joint counter-clockwise of the line root→target (a knee in
    front of a standing leg), -1 clockwise (an elbow behind a hanging arm). Out of reach,
    the limb points straight at the target; either way both segments keep their length.
    """
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = min(max(math.hypot(dx, dy), abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    base = math.degrees(math.atan2(dy, dx))
    inner = math.degrees(math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    first = base + bend * inner
    joint = step(root, first, l1)
    return first, math.degrees(math.atan2(target[1] - joint[1], target[0] - joint[0]))


def leg_to(hip: Point, foot: Point, bend: int = 1) -> Angles:
    """Thigh and shin angles that put the ankle at `foot` (knee forward by default)."""
    return reach(hip, foot, THIGH, SHIN, bend)


def arm_to(hip: Point, torso: float, hand: Point, bend: int = -1) -> Angles:
    """Upper-arm and forearm angles that put the wrist at `hand` for a trunk at `torso`."""
    return reach(step(hip, torso, TORSO), hand, UPPER_ARM, FOREARM, bend)
