"""Dynamic warm-up drills: swings, circles, walking drills and the inchworm.

The side-to-side leg swing, lateral lunge, arm circles and band pull-apart are front views:
the figure faces the reader, its "near" limbs are its left, the "far" ones its right.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.figures.kinematics import arm_to, body, leg_to, step
from planner_gui.figures.pose import Pose, frame
from planner_gui.figures.props import FLOOR_Y, Circle, Line, floor_line, with_floor
from planner_gui.figures.skeleton import SHIN, THIGH, TORSO


def _leg_swing() -> Pose:
    back = body((0.45, 0.5), 90, (-90, -90), (-10, 80), far_leg=(-125, -110))
    front = body((0.45, 0.5), 90, (-90, -90), (-10, 80), far_leg=(-40, -45))
    wall = Line((0.68, FLOOR_Y), (0.68, 0.95), thick=True)
    floor = floor_line()
    return Pose("leg swing", frame(back), frame(front), scenery=(floor, wall))


def _front_leg_swing() -> Pose:
    hip = (0.5, 0.51)
    out = body(hip, 90, (-90, -90), (-110, -100), far_leg=(-135, -135), far_arm=(-70, -80))
    across = body(hip, 90, (-90, -90), (-110, -100), far_leg=(-62, -62), far_arm=(-70, -80))
    return Pose("leg swing, side to side", frame(out), frame(across))


def _lateral_lunge() -> Pose:
    """Feet wide, then the hips sit over one bent knee while the other leg stays long."""
    wide_hip = (0.58, 0.47)
    feet = ((0.3, FLOOR_Y), (0.86, FLOOR_Y))
    wide = body(
        wide_hip,
        90,
        leg_to(wide_hip, feet[0], -1),
        (-100, -80),
        far_leg=leg_to(wide_hip, feet[1], 1),
        far_arm=(-80, -100),
    )
    hip = (0.4, 0.32)
    shifted = body(
        hip,
        84,
        leg_to(hip, feet[0], -1),
        (-60, -10),
        far_leg=leg_to(hip, feet[1], 1),
        far_arm=(-120, -170),
    )
    return Pose("lateral lunge", frame(wide), frame(shifted))


def _inchworm() -> Pose:
    fold_hip = (0.32, 0.46)
    fold = body(
        fold_hip,
        -62,
        leg_to(fold_hip, (0.3, FLOOR_Y)),
        arm_to(fold_hip, -62, (0.5, FLOOR_Y + 0.01)),
    )
    plank_hip = (0.47, 0.245)
    plank = body(plank_hip, 24, (204, 204), (-95, -85))
    return Pose("inchworm", frame(fold), frame(plank))


def _knee_hug() -> Pose:
    hip = (0.5, 0.51)
    stand = body(hip, 90, (-90, -90), (-92, -90))
    knee_up = (35.0, -90.0)
    shin = step(step(hip, knee_up[0], THIGH), knee_up[1], SHIN * 0.4)
    hug = body(hip, 90, knee_up, arm_to(hip, 90, shin), far_leg=(-90, -90))
    return Pose("knee hug", frame(stand), frame(hug))


def _knee_circle() -> Pose:
    hip = (0.45, 0.51)
    hand = (0.72, 0.7)
    arm = arm_to(hip, 90, hand)
    down = body(hip, 90, (-90, -90), arm, far_leg=(-90, -90))
    up = body(hip, 90, (-90, -90), arm, far_leg=(10, -80))
    wall = Line((0.74, FLOOR_Y), (0.74, 0.95), thick=True)
    return Pose("hip circle", frame(down), frame(up), scenery=with_floor(wall))


def _arm_circles() -> Pose:
    hip = (0.5, 0.51)
    out = body(hip, 90, (-96, -90), (180, 180), far_leg=(-84, -90), far_arm=(0, 0))
    up = body(hip, 90, (-96, -90), (160, 160), far_leg=(-84, -90), far_arm=(20, 20))
    loops = (Circle((0.14, 0.85), 0.05), Circle((0.86, 0.85), 0.05))
    return Pose("arm circles", frame(out), frame(up), scenery=with_floor(*loops))


def _pull_apart() -> Pose:
    hip = (0.5, 0.51)
    shoulder_y = hip[1] + TORSO
    near_in = arm_to(hip, 90, (0.4, shoulder_y), 1)
    far_in = arm_to(hip, 90, (0.6, shoulder_y), -1)
    together = body(hip, 90, (-96, -90), near_in, far_leg=(-84, -90), far_arm=far_in)
    apart = body(hip, 90, (-96, -90), (180, 180), far_leg=(-84, -90), far_arm=(0, 0))
    return Pose(
        "band pull-apart",
        frame(together, Line(together.wrist_n, together.wrist_f)),
        frame(apart, Line(apart.wrist_n, apart.wrist_f)),
    )


POSES: dict[str, Callable[[], Pose]] = {
    "leg-swing": _leg_swing,
    "lateral-leg-swing": _front_leg_swing,
    "lateral-lunge": _lateral_lunge,
    "inchworm": _inchworm,
    "knee-hug": _knee_hug,
    "hip-circle": _knee_circle,
    "arm-circles": _arm_circles,
    "band-pull-apart": _pull_apart,
}
