"""Dynamic warm-up drills: swings, circles, twists, walking drills and the inchworm.

The side-to-side drills (the lateral leg swing, lateral lunge, torso twist, arm circles and
band pull-apart) are front views: the figure faces the reader, its near limbs are its left,
on the reader's right. Each drawing is a function returning a fresh `Pose`; `POSES` names
them by pose id for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from planner_gui.figures.kinematics import (
    arm_to,
    body,
    front,
    front_arm_to,
    front_leg_to,
    leg_to,
    step,
    trunk,
)
from planner_gui.figures.pose import Pose, frame
from planner_gui.figures.props import FLOOR_Y, Circle, Line, band, wall, with_floor
from planner_gui.figures.skeleton import FOREARM, SHIN, THIGH, TORSO, UPPER_ARM, Figure, Point

_STAND = (0.5, FLOOR_Y + THIGH + SHIN)


def _leg_swing() -> Pose:
    """A hand on a wall, the outside leg swings from behind to in front like a pendulum."""
    back = body((0.45, 0.5), 90, (-90, -90), (-10, 80), far_leg=(-125, -110))
    ahead = body((0.45, 0.5), 90, (-90, -90), (-10, 80), far_leg=(-40, -45))
    return Pose("leg swing", frame(back), frame(ahead), scenery=with_floor(wall(0.68)))


def _front_leg_swing() -> Pose:
    """Seen from the front, standing on the far leg with the arms out for balance: the near
    leg swings across in front of the standing leg, then out to the side."""
    hip = (0.5, 0.51)
    arms = (-20.0, -30.0)
    across = front(hip, 90, (-118, -118), arms, far_leg=(-90, -90))
    out = front(hip, 90, (-45, -45), arms, far_leg=(-90, -90))
    return Pose("leg swing, side to side", frame(across), frame(out), view="front")


def _lateral_lunge() -> Pose:
    """Seen from the front: feet wide, then the hips shift over one bending knee, which
    tracks out over the foot, while the other leg stays long and straight; hands on the hips,
    the trunk upright over the bent leg."""
    feet = ((0.26, FLOOR_Y), (0.74, FLOOR_Y))

    def stance(hip: tuple[float, float], torso: float) -> Figure:
        waist = hip[1] + 0.03
        return front(
            hip,
            torso,
            front_leg_to(hip, torso, feet[1], bend=1),
            front_arm_to(hip, torso, (hip[0] + 0.1, waist), bend=1),
            far_leg=front_leg_to(hip, torso, feet[0], near=False, bend=-1),
            far_arm=front_arm_to(hip, torso, (hip[0] - 0.1, waist), near=False, bend=-1),
        )

    return Pose(
        "lateral lunge",
        frame(stance((0.5, 0.465), 90)),
        frame(stance((0.65, 0.38), 90)),
        view="front",
    )


def _torso_twist() -> Pose:
    """Seen from the front, feet planted hip-wide and the hips square: the shoulders turn
    and the hands, together at chest height, swing from one side to the other."""
    legs = (-81.0, -86.0)  # feet a little wider than the hips, so the legs read as two
    turn = 50.0
    neck = trunk(_STAND, 90)[1]

    def turned(side: int) -> Figure:
        hands = (0.5 + 0.3 * side, neck[1] - 0.1)
        return front(
            _STAND,
            90,
            legs,
            front_arm_to(_STAND, 90, hands, bend=-side, turn=turn),
            far_arm=front_arm_to(_STAND, 90, hands, near=False, bend=-side, turn=turn),
            turn=turn,
            head=90 + 8 * side,
        )

    return Pose("torso twist", frame(turned(-1)), frame(turned(1)), view="front")


#: The inchworm's feet (they stay put, toes down in the plank). The fold's back slopes down
#: at `INCHWORM_FOLD_TORSO`, shallow enough that its head, held up level with the eyes
#: forward (`INCHWORM_FOLD_HEAD`), stands well above the plank's line and off its own arms.
INCHWORM_FEET = (0.06, FLOOR_Y)
INCHWORM_FOLD_TORSO = -34.0
INCHWORM_FOLD_HEAD = 10.0
#: How high over the floor the hands and the plank's toes are planted.
_PLANTED = FLOOR_Y + 0.01
#: A hair short of the arm's full length, so the reach is met and the arm drawn straight.
_ARM = UPPER_ARM + FOREARM - 1e-4


def _straight_arm_hand(shoulder: Point) -> Point:
    """Where a straight arm from this shoulder, slanting forward, meets the floor."""
    drop = shoulder[1] - _PLANTED
    return (shoulder[0] + math.sqrt(max(_ARM * _ARM - drop * drop, 0.0)), _PLANTED)


def _inchworm() -> Pose:
    """From a forward fold to a high plank on the same feet: in the fold the legs stand
    nearly straight with the hips high over the feet, the trunk hangs forward and down and
    the straight arms reach the floor ahead; the hands walk out until the body is one long
    line over straight arms, the hands under the shoulders. The fold used to crouch with
    bent knees under the plank's legs, and the two crowded into one corner; then its steep
    back hung the head down onto the plank's line and its own arm; and the plank sat too
    low for its arms, which bent back at the elbow (130 degrees) like a push-up half way
    down."""
    feet = INCHWORM_FEET
    fold_hip = (feet[0] + 0.03, feet[1] + THIGH + SHIN - 0.006)
    fold_torso = INCHWORM_FOLD_TORSO
    fold_hands = _straight_arm_hand(trunk(fold_hip, fold_torso)[1])
    fold = body(
        fold_hip,
        fold_torso,
        leg_to(fold_hip, feet),
        arm_to(fold_hip, fold_torso, fold_hands, bend=1),
        head=INCHWORM_FOLD_HEAD,
    )
    toes = (feet[0], _PLANTED)
    # The body slopes up just enough that the shoulders stand one straight arm over the
    # hands: toes to shoulders is the legs and trunk in one line.
    plank_torso = math.degrees(math.asin(_ARM / (THIGH + SHIN + TORSO)))
    plank_hip = step(toes, plank_torso, THIGH + SHIN)
    neck = trunk(plank_hip, plank_torso)[1]
    plank = body(
        plank_hip,
        plank_torso,
        (plank_torso + 180, plank_torso + 180),
        arm_to(plank_hip, plank_torso, (neck[0], _PLANTED)),
    )
    return Pose("inchworm", frame(fold), frame(plank))


def _knee_hug() -> Pose:
    hip = (0.5, 0.51)
    stand = body(hip, 90, (-90, -90), (-92, -90))
    knee_up = (35.0, -90.0)
    shin = step(step(hip, knee_up[0], THIGH), knee_up[1], SHIN * 0.4)
    hug = body(hip, 90, knee_up, arm_to(hip, 90, shin), far_leg=(-90, -90))
    return Pose("knee hug", frame(stand), frame(hug))


def _knee_circle() -> Pose:
    """A hand on a wall, the knee lifts in front and circles out and round."""
    hip = (0.45, 0.51)
    arm = arm_to(hip, 90, (0.72, 0.7))
    down = body(hip, 90, (-90, -90), arm, far_leg=(-90, -90))
    up = body(hip, 90, (-90, -90), arm, far_leg=(10, -80))
    return Pose("hip circle", frame(down), frame(up), scenery=with_floor(wall(0.74)))


def _arm_circles() -> Pose:
    """Seen from the front, arms straight out to the sides drawing small circles."""
    out = front(_STAND, 90, (-87, -89), (0, 0))
    up = front(_STAND, 90, (-87, -89), (14, 14))
    loops = (Circle((0.13, 0.84), 0.05), Circle((0.87, 0.84), 0.05))
    return Pose("arm circles", frame(out), frame(up), scenery=with_floor(*loops), view="front")


def _pull_apart() -> Pose:
    """Seen from the front, a band held in both hands at chest height, pulled apart until
    the arms are straight out to the sides a little below the shoulders, the band drawn
    tight across the chest. With the arms level the band lay along them and vanished."""
    neck = trunk(_STAND, 90)[1]
    legs = (-87.0, -89.0)
    together = front(_STAND, 90, legs, front_arm_to(_STAND, 90, (0.56, neck[1] - 0.03), bend=-1))
    apart = front(_STAND, 90, legs, (-14, -14))

    def stretched(figure: Figure) -> Line:
        return replace(band(figure.wrist_n, figure.wrist_f), thick=True)

    return Pose(
        "band pull-apart",
        frame(together, stretched(together)),
        frame(apart, stretched(apart)),
        view="front",
    )


POSES: dict[str, Callable[[], Pose]] = {
    "leg-swing": _leg_swing,
    "lateral-leg-swing": _front_leg_swing,
    "lateral-lunge": _lateral_lunge,
    "torso-twist": _torso_twist,
    "inchworm": _inchworm,
    "knee-hug": _knee_hug,
    "hip-circle": _knee_circle,
    "arm-circles": _arm_circles,
    "band-pull-apart": _pull_apart,
}
