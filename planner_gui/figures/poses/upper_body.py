"""Pushes, pulls and carries: the upper-body strength lifts.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.figures.kinematics import arm_to, body, leg_to, step
from planner_gui.figures.pose import Pose, frame
from planner_gui.figures.props import (
    FLOOR_Y,
    Circle,
    Line,
    Prop,
    Rect,
    floor_line,
    plate,
    weight,
    with_floor,
)
from planner_gui.figures.skeleton import SHIN, THIGH, TORSO, Figure


def _push_up() -> Pose:
    high = body((0.47, 0.245), 24, (204, 204), (-95, -85))
    low = body((0.5, 0.115), 8, (188, 188), (170, -56))
    return Pose("push-up", frame(high), frame(low))


def _incline_push_up() -> Pose:
    """Hands on a bench, body one straight line from the heels: it pivots on the feet as the
    chest lowers to the bench's edge."""
    feet = (0.08, FLOOR_Y)
    hands = (0.7, 0.27)
    length = SHIN + THIGH

    def line(angle: float) -> Figure:
        hip = step(feet, angle, length)
        return body(hip, angle, (angle + 180, angle + 180), arm_to(hip, angle, hands))

    return Pose(
        "incline push-up",
        frame(line(44)),
        frame(line(30)),
        scenery=with_floor(Rect(hands[0] - 0.05, FLOOR_Y, 0.22, hands[1] - FLOOR_Y)),
    )


def _overhead_press() -> Pose:
    rack = body((0.5, 0.47), 90, (-80, -100), (-30, 110))
    lockout = body((0.5, 0.47), 90, (-80, -100), (82, 88))
    return Pose(
        "overhead press",
        frame(rack, plate(rack.wrist_n)),
        frame(lockout, plate(lockout.wrist_n)),
    )


def _bench_press() -> Pose:
    down = body((0.44, 0.3), 180, (-10, -95), (-60, 100))
    up = body((0.44, 0.3), 180, (-10, -95), (88, 90))
    return Pose(
        "bench press",
        frame(down, plate(down.wrist_n)),
        frame(up, plate(up.wrist_n)),
        scenery=(floor_line(), Rect(0.05, FLOOR_Y, 0.48, 0.24)),
    )


def _landmine_press() -> Pose:
    """Half-kneeling, one end of a bar in the hand, pressed up and forward from the shoulder."""
    hip = (0.42, FLOOR_Y + THIGH)
    legs = ((-90.0, 180.0), (-10.0, -90.0))
    low = body(hip, 90, legs[0], (-60, 110), far_leg=legs[1])
    high = body(hip, 90, legs[0], (50, 50), far_leg=legs[1])
    pivot = (0.99, FLOOR_Y)  # the bar's far end sits in the floor sleeve in front
    return Pose(
        "landmine press",
        frame(low, Line(pivot, low.wrist_n, thick=True)),
        frame(high, Line(pivot, high.wrist_n, thick=True)),
    )


def _row() -> Pose:
    hang = body((0.38, 0.49), 28, (-68, -94), (-90, -90))
    pulled = body((0.38, 0.49), 28, (-68, -94), (-150, -90))
    return Pose("row", frame(hang, plate(hang.wrist_n)), frame(pulled, plate(pulled.wrist_n)))


def _incline_row() -> Pose:
    """Chest on an incline bench, arms hang, then elbows drive back."""
    hip, torso = (0.42, 0.42), 40.0
    legs = leg_to(hip, (0.2, FLOOR_Y))
    hang = body(hip, torso, legs, (-90, -90))
    pulled = body(hip, torso, legs, (-165, -70))
    bench = Line((0.36, 0.34), (0.7, 0.62), thick=True)
    return Pose(
        "chest-supported row",
        frame(hang, weight(hang.wrist_n)),
        frame(pulled, weight(pulled.wrist_n)),
        scenery=with_floor(bench, Line((0.5, 0.44), (0.5, FLOOR_Y))),
    )


def _one_arm_row() -> Pose:
    """Knee and hand on a bench, trunk flat, the free hand rows a dumbbell to the hip."""
    hip, torso = (0.36, 0.5), 8.0
    bench_top = 0.27
    near_leg = leg_to(hip, (0.3, FLOOR_Y))
    far_leg = (-90.0, 180.0)  # knee on the bench under the hip, shin along it
    neck = step(hip, torso, TORSO)
    support = arm_to(hip, torso, (neck[0] + 0.02, bench_top), bend=1)
    hang = body(hip, torso, near_leg, (-90, -90), far_leg=far_leg, far_arm=support)
    pulled = body(hip, torso, near_leg, (-170, -80), far_leg=far_leg, far_arm=support)
    return Pose(
        "one-arm row",
        frame(hang, weight(hang.wrist_n)),
        frame(pulled, weight(pulled.wrist_n)),
        scenery=with_floor(Rect(0.1, FLOOR_Y, 0.62, bench_top - FLOOR_Y)),
    )


def _cable_row() -> Pose:
    hip, seat = (0.3, 0.22), 0.18
    legs = leg_to(hip, (0.72, 0.12), bend=1)
    reach = body(hip, 80, legs, (0, 0))
    pulled = body(hip, 95, legs, (-150, 10))
    anchor = (0.98, 0.3)
    return Pose(
        "seated cable row",
        frame(reach, Line(reach.wrist_n, anchor)),
        frame(pulled, Line(pulled.wrist_n, anchor)),
        scenery=with_floor(
            Rect(0.14, FLOOR_Y, 0.24, seat - FLOOR_Y), Line((0.76, 0.04), (0.74, 0.2))
        ),
    )


def _pull_up() -> Pose:
    hang = body((0.5, 0.32), 90, (-95, -160), (88, 90))
    top = body((0.5, 0.52), 90, (-95, -160), (-35, 88))
    bar = Line((0.25, 0.88), (0.8, 0.88), thick=True)
    return Pose("pull-up", frame(hang), frame(top), scenery=(bar,))


def _lat_pulldown() -> Pose:
    """Seated, thighs under the pad, the bar pulled from overhead to the upper chest; the
    cable runs up to the pulley."""
    hip = (0.36, FLOOR_Y + SHIN + 0.02)
    torso = 100.0
    legs = leg_to(hip, (0.62, FLOOR_Y))
    neck = step(hip, torso, TORSO)
    high_hands = (neck[0] + 0.04, neck[1] + 0.29)
    low_hands = (neck[0] + 0.07, neck[1] - 0.03)
    reach = body(hip, torso, legs, arm_to(hip, torso, high_hands))
    pulled = body(hip, torso, legs, arm_to(hip, torso, low_hands))
    pulley = (high_hands[0], 0.97)
    knee = step(hip, legs[0], THIGH)

    def handle(figure: Figure) -> tuple[Prop, ...]:
        return (Line(figure.wrist_n, pulley), Circle(figure.wrist_n, 0.02, filled=True))

    return Pose(
        "lat pulldown",
        frame(reach, *handle(reach)),
        frame(pulled, *handle(pulled)),
        scenery=with_floor(
            Rect(hip[0] - 0.14, FLOOR_Y, 0.2, hip[1] - FLOOR_Y - 0.015),
            Rect(knee[0] - 0.09, knee[1] + 0.015, 0.09, 0.045),
            Circle(pulley, 0.025),
        ),
    )


def _carry() -> Pose:
    left = body((0.5, 0.5), 90, (-75, -95), (-92, -90), far_leg=(-105, -100))
    right = body((0.5, 0.5), 90, (-105, -100), (-92, -90), far_leg=(-75, -95))
    return Pose(
        "carry",
        frame(left, weight(left.wrist_n)),
        frame(right, weight(right.wrist_n)),
    )


POSES: dict[str, Callable[[], Pose]] = {
    "push-up": _push_up,
    "incline-push-up": _incline_push_up,
    "overhead-press": _overhead_press,
    "bench-press": _bench_press,
    "landmine-press": _landmine_press,
    "row": _row,
    "chest-supported-row": _incline_row,
    "one-arm-row": _one_arm_row,
    "seated-cable-row": _cable_row,
    "pull-up": _pull_up,
    "lat-pulldown": _lat_pulldown,
    "carry": _carry,
}
