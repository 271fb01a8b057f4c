"""Glute work: bridges, hip thrusts, hip extension on all fours and side-lying abduction.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.figures.kinematics import arm_to, body, leg_to
from planner_gui.figures.pose import Pose, frame
from planner_gui.figures.props import FLOOR_Y, Rect, with_floor

_THRUST_FOOT = (0.62, FLOOR_Y)
_THRUST_BENCH = Rect(0.0, FLOOR_Y, 0.13, 0.2)


def _bridge() -> Pose:
    down = body((0.45, 0.07), 180, (30, -75), (-10, 0))
    up = body((0.45, 0.25), 200, (3, -85), (-10, 0))
    return Pose("bridge", frame(down), frame(up))


def _single_leg_bridge() -> Pose:
    down = body((0.45, 0.07), 180, (30, -75), (-10, 0), far_leg=(20, 20))
    up = body((0.45, 0.25), 200, (3, -85), (-10, 0), far_leg=(3, 3))
    return Pose("single-leg bridge", frame(down), frame(up))


def _hip_thrust() -> Pose:
    down_hip, up_hip = (0.38, 0.16), (0.38, 0.3)
    down = body(down_hip, 150, leg_to(down_hip, _THRUST_FOOT), (-110, 0))
    up = body(up_hip, 180, leg_to(up_hip, _THRUST_FOOT), (-110, 0))
    return Pose("hip thrust", frame(down), frame(up), scenery=with_floor(_THRUST_BENCH))


def _single_leg_hip_thrust() -> Pose:
    """The hip thrust on one planted foot; the other knee is held up, clear of the floor."""
    down_hip, up_hip = (0.38, 0.16), (0.38, 0.3)
    down = body(down_hip, 150, leg_to(down_hip, _THRUST_FOOT), (-110, 0), far_leg=(100, 10))
    up = body(up_hip, 180, leg_to(up_hip, _THRUST_FOOT), (-110, 0), far_leg=(80, -5))
    return Pose("single-leg hip thrust", frame(down), frame(up), scenery=with_floor(_THRUST_BENCH))


def _quadruped_kickback() -> Pose:
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), head=10)
    end = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_leg=(175, 175), head=10)
    return Pose("quadruped hip extension", frame(start), frame(end))


def _side_lying_abduction() -> Pose:
    """Seen from the front, lying on one side with the head on the lower arm: the top leg
    lifts straight up and away from the bottom one."""
    hip = (0.58, 0.06)
    hand = (hip[0] - 0.03, hip[1] + 0.05)  # the top hand rests on the hip
    together = body(hip, 180, (0, 0), (180, 180), far_arm=arm_to(hip, 180, hand, 1))
    lifted = body(hip, 180, (0, 0), (180, 180), far_leg=(30, 30), far_arm=arm_to(hip, 180, hand, 1))
    return Pose("side-lying hip abduction", frame(together), frame(lifted))


POSES: dict[str, Callable[[], Pose]] = {
    "bridge": _bridge,
    "single-leg-bridge": _single_leg_bridge,
    "hip-thrust": _hip_thrust,
    "single-leg-hip-thrust": _single_leg_hip_thrust,
    "quadruped-hip-extension": _quadruped_kickback,
    "side-lying-hip-abduction": _side_lying_abduction,
}
