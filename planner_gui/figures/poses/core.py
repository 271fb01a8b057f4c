"""Core work: planks and side planks, bracing and breathing drills, anti-rotation, chops, curls.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from planner_gui.figures.kinematics import arm_to, body, leg_to, step
from planner_gui.figures.pose import Pose, frame
from planner_gui.figures.props import FLOOR_Y, Circle, Rect, weight, with_floor
from planner_gui.figures.skeleton import FOREARM, SHIN, THIGH, TORSO, UPPER_ARM, Figure, Point


def _half_kneeling(torso: float, hands: Point) -> Figure:
    """Back knee down under the hip, front foot flat ahead, both hands on one handle."""
    hip = (0.4, FLOOR_Y + THIGH + 0.01)
    front = leg_to(hip, (0.66, FLOOR_Y))
    return body(hip, torso, (-90, 180), arm_to(hip, torso, hands), far_leg=front)


def _tall_kneeling(torso: float, hands: Point) -> Figure:
    """Both knees down under the hip, shins flat behind, both hands on one handle."""
    hip = (0.4, FLOOR_Y + THIGH + 0.01)
    return body(hip, torso, (-90, 180), arm_to(hip, torso, hands))


def _plank_hold() -> Figure:
    return body((0.44, 0.17), 12, (192, 192), (-90, 0))


def _side_plank_hold() -> Figure:
    return body((0.44, 0.2), 16, (196, 196), (-90, 0), far_arm=(80, 90))


def _plank() -> Pose:
    hold = _plank_hold()
    return Pose("plank", frame(hold), frame(hold))


def _kneeling_plank() -> Pose:
    hip = (0.44, 0.2)
    legs = (225.0, 180.0)  # thigh down and back to the knee on the floor, shin flat
    hold = body(hip, 10, legs, arm_to(hip, 10, (0.84, FLOOR_Y + 0.01)))
    return Pose("kneeling plank", frame(hold), frame(hold))


def _side_plank() -> Pose:
    hold = _side_plank_hold()
    return Pose("side plank", frame(hold), frame(hold))


def _rolling_side_plank() -> Pose:
    """From a side plank, the whole body rolls as one piece onto both forearms (and on to the
    other side, which a side view shows as the same side plank again)."""
    return Pose("rolling side plank", frame(_side_plank_hold()), frame(_plank_hold()))


def _bear_hold() -> Pose:
    """On hands and toes, knees bent under the hips and hovering just off the floor."""
    knee_gap = 0.05
    hip = (0.42, FLOOR_Y + knee_gap + THIGH)
    shin = math.degrees(math.atan2(-knee_gap, -math.sqrt(SHIN**2 - knee_gap**2)))
    torso = math.degrees(math.asin((FLOOR_Y + 0.01 + UPPER_ARM + FOREARM - hip[1]) / TORSO))
    neck = step(hip, torso, TORSO)
    hold = body(hip, torso, (-90, shin), arm_to(hip, torso, (neck[0], FLOOR_Y + 0.01)))
    return Pose("bear hold", frame(hold), frame(hold))


def _knee_side_plank() -> Pose:
    hip = (0.44, 0.17)
    hold = body(hip, 16, (200, 110), arm_to(hip, 16, (0.78, FLOOR_Y + 0.01)), far_arm=(80, 90))
    return Pose("side plank from the knees", frame(hold), frame(hold))


def _copenhagen() -> Pose:
    hip = (0.46, 0.24)
    hold = body(
        hip,
        5,
        (186, 186),
        arm_to(hip, 5, (0.84, FLOOR_Y + 0.01)),
        far_leg=leg_to(hip, (0.3, FLOOR_Y), -1),
        far_arm=(80, 90),
    )
    return Pose(
        "copenhagen side plank",
        frame(hold),
        frame(hold),
        scenery=with_floor(Rect(0.0, FLOOR_Y, 0.1, 0.18)),
    )


def _dead_bug() -> Pose:
    start = body((0.56, 0.1), 180, (90, 0), (90, 90))
    end = body((0.56, 0.1), 180, (90, 0), (90, 90), far_leg=(20, 15), far_arm=(150, 150))
    return Pose("dead bug", frame(start), frame(end))


def _bird_dog() -> Pose:
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), head=10)
    end = body(
        (0.47, 0.27), 16, (-90, 180), (-90, -90), far_leg=(172, 172), far_arm=(12, 12), head=10
    )
    return Pose("bird dog", frame(start), frame(end))


def _quadruped_reach() -> Pose:
    """All fours, then one arm slides forward to shoulder height (one limb at a time)."""
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), head=10)
    end = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_arm=(12, 12), head=10)
    return Pose("quadruped reach", frame(start), frame(end))


def _bird_dog_sweep() -> Pose:
    """From the long bird-dog, the hand and knee sweep down to hover just above the floor."""
    hip = (0.47, 0.27)
    reach = body(hip, 16, (-90, 180), (-90, -90), far_leg=(172, 172), far_arm=(12, 12), head=10)
    swept = body(hip, 16, (-90, 180), (-90, -90), far_leg=(-120, 185), far_arm=(-70, -70), head=10)
    return Pose("bird-dog sweep", frame(reach), frame(swept))


def _breathing_90_90() -> Pose:
    """On the back with hips and knees at 90 degrees, heels resting on a bench; a still hold
    while the breathing does the work."""
    hip = (0.45, 0.08)
    hold = body(hip, 180, (90, 0), (-8, 0))
    heel = hold.ankle_n
    bench = Rect(heel[0] - 0.1, FLOOR_Y, 0.22, heel[1] - FLOOR_Y - 0.01)
    return Pose("90/90 breathing", frame(hold), frame(hold), scenery=with_floor(bench))


def _hollow_hold() -> Pose:
    hold = body((0.56, 0.08), 165, (12, 12), (172, 172), head=160)
    return Pose("hollow hold", frame(hold), frame(hold))


def _toe_tap() -> Pose:
    hip = (0.45, 0.08)
    table = body(hip, 180, (90, 0), (-10, 0))
    tap = body(hip, 180, (90, 0), (-10, 0), far_leg=leg_to(hip, (0.78, FLOOR_Y + 0.01), 1))
    return Pose("toe tap", frame(table), frame(tap))


def _stir_the_pot() -> Pose:
    ball = Circle((0.82, 0.13), 0.1)
    hip = (0.46, 0.26)
    left = body(hip, 10, (190, 190), arm_to(hip, 10, (0.78, 0.24)))
    right = body(hip, 10, (190, 190), arm_to(hip, 10, (0.88, 0.24)))
    return Pose("stir the pot", frame(left), frame(right), scenery=with_floor(ball))


def _rollout() -> Pose:
    knees = (0.3, FLOOR_Y + 0.01)
    start_hip = (0.3, FLOOR_Y + THIGH + 0.01)
    start = body(start_hip, 60, (-90, 180), arm_to(start_hip, 60, (0.56, 0.09)))
    out_hip = step(knees, 28, THIGH)
    out = body(out_hip, 18, (208, 180), arm_to(out_hip, 18, (0.9, 0.09)))
    return Pose(
        "rollout",
        frame(start, Circle((0.56, 0.09), 0.05)),
        frame(out, Circle((0.9, 0.09), 0.05)),
    )


def _pallof() -> Pose:
    close = body((0.5, 0.5), 90, (-86, -92), (-70, 30), far_leg=(-94, -88))
    pressed = body((0.5, 0.5), 90, (-86, -92), (-8, -2), far_leg=(-94, -88))
    # The cable pulls from the side, straight at the reader in this view: only the handle shows.
    return Pose(
        "anti-rotation press",
        frame(close, weight(close.wrist_n)),
        frame(pressed, weight(pressed.wrist_n)),
    )


def _half_kneeling_pallof() -> Pose:
    neck = step((0.4, FLOOR_Y + THIGH + 0.01), 90, TORSO)
    close = _half_kneeling(90, (neck[0] + 0.08, neck[1] - 0.07))
    pressed = _half_kneeling(90, (neck[0] + 0.29, neck[1] - 0.06))
    # The cable pulls from the side, straight at the reader in this view: only the handle shows.
    return Pose(
        "half-kneeling anti-rotation press",
        frame(close, weight(close.wrist_n)),
        frame(pressed, weight(pressed.wrist_n)),
    )


def _tall_kneeling_pallof() -> Pose:
    neck = step((0.4, FLOOR_Y + THIGH + 0.01), 90, TORSO)
    close = _tall_kneeling(90, (neck[0] + 0.08, neck[1] - 0.07))
    pressed = _tall_kneeling(90, (neck[0] + 0.29, neck[1] - 0.06))
    # As in the half-kneeling press, the cable runs at the reader: only the handle shows.
    return Pose(
        "tall-kneeling anti-rotation press",
        frame(close, weight(close.wrist_n)),
        frame(pressed, weight(pressed.wrist_n)),
    )


def _chop() -> Pose:
    high = body((0.5, 0.5), 90, (-80, -95), (130, 120), far_leg=(-100, -85))
    low = body((0.5, 0.5), 80, (-80, -95), (-50, -60), far_leg=(-100, -85))
    return Pose("rotation", frame(high), frame(low))


def _half_kneeling_chop() -> Pose:
    hip = (0.4, FLOOR_Y + THIGH + 0.01)
    high = _half_kneeling(95, step(step(hip, 95, TORSO), 120, 0.27))
    low = _half_kneeling(80, (0.62, hip[1] + 0.04))
    return Pose(
        "half-kneeling chop",
        frame(high, weight(high.wrist_n)),
        frame(low, weight(low.wrist_n)),
    )


def _sit_up() -> Pose:
    down = body((0.6, 0.07), 180, (40, -70), (170, 170))
    up = body((0.6, 0.07), 115, (40, -70), (40, 20))
    return Pose("sit-up", frame(down), frame(up))


def _curl_up() -> Pose:
    down = body((0.45, 0.07), 180, (40, -70), (-10, 0), far_leg=(0, 0))
    up = body((0.45, 0.07), 165, (40, -70), (-10, 0), far_leg=(0, 0), head=150)
    return Pose("curl-up", frame(down), frame(up))


POSES: dict[str, Callable[[], Pose]] = {
    "plank": _plank,
    "kneeling-plank": _kneeling_plank,
    "side-plank": _side_plank,
    "rolling-side-plank": _rolling_side_plank,
    "bear-hold": _bear_hold,
    "knee-side-plank": _knee_side_plank,
    "copenhagen-side-plank": _copenhagen,
    "dead-bug": _dead_bug,
    "bird-dog": _bird_dog,
    "quadruped-reach": _quadruped_reach,
    "bird-dog-sweep": _bird_dog_sweep,
    "90-90-breathing": _breathing_90_90,
    "hollow-hold": _hollow_hold,
    "toe-tap": _toe_tap,
    "stir-the-pot": _stir_the_pot,
    "rollout": _rollout,
    "pallof-press": _pallof,
    "half-kneeling-pallof-press": _half_kneeling_pallof,
    "tall-kneeling-pallof-press": _tall_kneeling_pallof,
    "chop": _chop,
    "half-kneeling-chop": _half_kneeling_chop,
    "sit-up": _sit_up,
    "curl-up": _curl_up,
}
