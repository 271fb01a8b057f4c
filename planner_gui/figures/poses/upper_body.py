"""Pushes, pulls and carries: the upper-body strength lifts.

Seen from the side, facing +x, except the overhead press, the pull-up and the suitcase carry,
which a front view shows best (the bar across, both arms, the load on one side). Each drawing
is a function returning a fresh `Pose`; `POSES` names them by pose id for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from planner_gui.figures.kinematics import (
    Angles,
    arm_to,
    body,
    front,
    front_arm_to,
    leg_to,
    step,
    trunk,
)
from planner_gui.figures.pose import Frame, Pose, frame, shifted
from planner_gui.figures.props import (
    FLOOR_Y,
    PLATE,
    SMALL_PLATE,
    Circle,
    Line,
    Prop,
    Rect,
    barbell,
    barbell_across,
    bench,
    cable,
    dumbbell,
    kettlebell,
    tower,
    with_floor,
)
from planner_gui.figures.skeleton import HEAD_RADIUS, NECK_TO_HEAD, SHIN, THIGH, Figure, Point

_STAND = (0.5, FLOOR_Y + THIGH + SHIN)
_STRAIGHT = (-90.0, -90.0)


#: The push-up's bottom: the straight body's slope from the feet. Lower (it was 8) the
#: shoulders sink so near the hands that the bent elbow pokes up above the back line.
_PUSH_UP_LOW = 13.0


def _push_up() -> Pose:
    """Hands under the shoulders, the body one straight line from the feet; at the bottom
    it pivots on the feet, the hands staying put and the elbows bending back beside the
    body, under the line of the back."""
    high = body((0.47, 0.245), 24, (204, 204), (-95, -85))
    feet, hands = high.ankle_n, high.wrist_n
    hip = step(feet, _PUSH_UP_LOW, THIGH + SHIN)
    arm = arm_to(hip, _PUSH_UP_LOW, hands)
    low = body(hip, _PUSH_UP_LOW, (_PUSH_UP_LOW + 180, _PUSH_UP_LOW + 180), arm)
    return Pose("push-up", frame(high), frame(low))


def _incline_push_up() -> Pose:
    """Hands on a bench, body one straight line from the heels: it pivots on the feet as the
    chest lowers towards the bench's edge. With the hands 0.62 from the feet, lowered to
    30 degrees the bent elbow poked up above the back line; with them 0.66 away the body
    lowers from 43 to 31 degrees, the chest 0.125, the elbow staying 0.025 under it."""
    feet = (0.08, FLOOR_Y)
    hands = (0.74, 0.27)
    length = SHIN + THIGH

    def line(angle: float) -> Figure:
        hip = step(feet, angle, length)
        return body(hip, angle, (angle + 180, angle + 180), arm_to(hip, angle, hands))

    return Pose(
        "incline push-up",
        frame(line(43)),
        frame(line(31)),
        scenery=with_floor(*bench(hands[0] - 0.05, 0.26, hands[1])),
    )


#: The overhead press's bar half-length, and how far its rack start stands beside the
#: lockout: drawn on top of it, the racked bar and elbows hid behind the pressed arms.
_PRESS_BAR = 0.21
_PRESS_BESIDE = -0.46


def _overhead_press() -> Pose:
    """Seen from the front: the bar from the front of the shoulders, elbows under it, to
    straight overhead; the racked start stands beside the lockout."""
    hip = (0.73, _STAND[1])
    legs = (-87.0, -88.0)
    neck = trunk(hip, 90)[1]
    rack_hands = (neck[0] + 0.12, neck[1] + 0.01)
    rack = front(hip, 90, legs, front_arm_to(hip, 90, rack_hands, bend=-1))
    lockout = front(hip, 90, legs, (82, 84))
    bar_low = (hip[0], rack.wrist_n[1])
    bar_high = (hip[0], lockout.wrist_n[1])
    return Pose(
        "overhead press",
        shifted(frame(rack, *barbell_across(bar_low, _PRESS_BAR)), _PRESS_BESIDE),
        frame(lockout, *barbell_across(bar_high, _PRESS_BAR)),
        view="front",
    )


def _bench_press(name: str, load: Callable[[Point], tuple[Prop, ...]]) -> Pose:
    """Lying on a flat bench, feet on the floor: the weight from the chest to straight arms."""
    top = 0.25
    hip = (0.46, top + 0.02)
    legs = leg_to(hip, (0.7, FLOOR_Y))
    neck = trunk(hip, 180)[1]
    chest = (neck[0] + 0.07, neck[1] + 0.07)
    down = body(hip, 180, legs, arm_to(hip, 180, chest, bend=1))
    up = body(hip, 180, legs, (88, 90))
    return Pose(
        name,
        frame(down, *load(down.wrist_n)),
        frame(up, *load(up.wrist_n)),
        scenery=with_floor(*bench(0.02, 0.5, top)),
    )


def _barbell_bench_press() -> Pose:
    return _bench_press("bench press", lambda hands: barbell(hands, SMALL_PLATE))


def _dumbbell_bench_press() -> Pose:
    return _bench_press("dumbbell bench press", lambda hands: (dumbbell(hands),))


#: The landmine's floor sleeve: how far in front of the hip it sits, and its size.
LANDMINE_PIVOT = 0.4
_SLEEVE = 0.05
#: The plate on the bar's free end, seen edge-on (the bar lies in the picture): its
#: height, and how far from the hand toward the pivot it sits.
LANDMINE_PLATE = 0.16
_PLATE_FROM_HAND = 0.07


def _landmine_bar(pivot: Point, hand: Point) -> tuple[Prop, ...]:
    """The bar from the sleeve to the hand, a plate edge-on just below the hand."""
    length = math.dist(pivot, hand)
    ux, uy = (hand[0] - pivot[0]) / length, (hand[1] - pivot[1]) / length
    at = (hand[0] - ux * _PLATE_FROM_HAND, hand[1] - uy * _PLATE_FROM_HAND)
    half = LANDMINE_PLATE / 2
    plate = Line(
        (at[0] - uy * half, at[1] + ux * half),
        (at[0] + uy * half, at[1] - ux * half),
        thick=True,
        role="bar",
    )
    return Line(pivot, hand, role="bar"), plate


def _landmine_press() -> Pose:
    """Half-kneeling, the loaded end of a bar in one hand, pressed up and forward from the
    shoulder; the other end sits in a sleeve on the floor in front.

    The pivot used to sit at the far edge of the box and the two thick bar lines with the
    floor drew a large triangle that hid the lifter: the sleeve is now nearer, the bar a
    plain line and the plate on its end, edge-on, shows it is a loaded bar."""
    hip = (0.42, FLOOR_Y + THIGH)
    # Back knee on the floor under the hip, its shin along the floor; the front foot flat
    # on the floor ahead (a thigh at -10 degrees put it through the floor).
    legs = ((-90.0, 180.0), leg_to(hip, (hip[0] + 0.25, FLOOR_Y)))
    low = body(hip, 90, legs[0], (-60, 110), far_leg=legs[1])
    high = body(hip, 90, legs[0], (50, 50), far_leg=legs[1])
    pivot = (hip[0] + LANDMINE_PIVOT, FLOOR_Y + _SLEEVE / 2)
    sleeve = Rect(pivot[0] - _SLEEVE / 2, FLOOR_Y, _SLEEVE, _SLEEVE / 2, role="bar")
    return Pose(
        "landmine press",
        frame(low, *_landmine_bar(pivot, low.wrist_n)),
        frame(high, *_landmine_bar(pivot, high.wrist_n)),
        scenery=with_floor(sleeve),
    )


def _row() -> Pose:
    """Bent over with a flat back, the bar hangs from long arms and is pulled to the belly."""
    hip, torso = (0.38, 0.49), 25.0
    legs = leg_to(hip, (0.52, FLOOR_Y))
    hang = body(hip, torso, legs, (-90, -90))
    pulled = body(hip, torso, legs, (-150, -80))
    return Pose(
        "barbell row",
        frame(hang, *barbell(hang.wrist_n, PLATE)),
        frame(pulled, *barbell(pulled.wrist_n, PLATE)),
    )


def _incline_row() -> Pose:
    """Chest on an incline bench, arms hang, then elbows drive back."""
    hip, torso = (0.42, 0.42), 40.0
    legs = leg_to(hip, (0.2, FLOOR_Y))
    hang = body(hip, torso, legs, (-90, -90))
    pulled = body(hip, torso, legs, (-165, -70))
    return Pose(
        "chest-supported row",
        frame(hang, dumbbell(hang.wrist_n)),
        frame(pulled, dumbbell(pulled.wrist_n)),
        scenery=with_floor(
            Line((0.36, 0.34), (0.7, 0.62), thick=True, role="bench"),
            Line((0.5, 0.44), (0.5, FLOOR_Y), role="bench"),
            Line((0.3, 0.3), (0.3, FLOOR_Y), role="bench"),
        ),
    )


def _one_arm_row() -> Pose:
    """Knee and hand on a bench, trunk flat, the free hand rows a dumbbell to the hip."""
    hip, torso = (0.36, 0.5), 8.0
    bench_top = 0.27
    near_leg = leg_to(hip, (0.3, FLOOR_Y))
    far_leg = (-90.0, 180.0)  # knee on the bench under the hip, shin along it
    neck = trunk(hip, torso)[1]
    support = arm_to(hip, torso, (neck[0] + 0.02, bench_top), bend=1)
    hang = body(hip, torso, near_leg, (-90, -90), far_leg=far_leg, far_arm=support)
    pulled = body(hip, torso, near_leg, (-170, -80), far_leg=far_leg, far_arm=support)
    return Pose(
        "one-arm row",
        frame(hang, dumbbell(hang.wrist_n)),
        frame(pulled, dumbbell(pulled.wrist_n)),
        scenery=with_floor(*bench(0.1, 0.62, bench_top)),
    )


def _cable_row() -> Pose:
    """Seated, feet on the foot plate: the handle from long arms to the ribs, trunk tall."""
    hip, seat = (0.3, 0.22), 0.18
    legs = leg_to(hip, (0.72, 0.12), bend=1)
    reach = body(hip, 80, legs, (0, 0))
    pulled = body(hip, 95, legs, (-150, 10))
    pulley = (0.96, 0.26)
    return Pose(
        "seated cable row",
        frame(reach, *cable(reach.wrist_n, pulley)),
        frame(pulled, *cable(pulled.wrist_n, pulley)),
        scenery=with_floor(
            Rect(0.14, FLOOR_Y, 0.24, seat - FLOOR_Y, role="bench"),
            Line((0.76, FLOOR_Y), (0.74, 0.2), thick=True, role="machine"),
            *tower(0.97, (pulley[1],), top=0.5),
        ),
    )


#: The pull-up bar's height, and how high the chin clears it at the top.
PULL_UP_BAR = 1.0
CHIN_OVER = 0.02
#: The floor under a dead hang, set lower than `FLOOR_Y` so the bar and the head stay in
#: the box while the feet hang clear of the floor.
_HANG_FLOOR = -0.05


def _pull_up() -> Pose:
    """Seen from the front: a wide grip on a bar held up by two posts, from a dead hang
    (arms long, feet well off the floor) to the chin over the bar; the knees bend a little
    and the ankles cross, as most people hang. The bar is drawn with each position, in
    ink: grey scenery behind a black figure read as no bar at all."""
    bar_y = PULL_UP_BAR
    legs = (-100.0, -132.0)
    hands = (0.5 + 0.17, bar_y)
    bar = Line((0.22, bar_y), (0.78, bar_y), thick=True, role="bar")

    def at(neck_y: float) -> Frame:
        hip = (0.5, neck_y - 0.28)
        figure = front(hip, 90, legs, front_arm_to(hip, 90, hands, bend=-1))
        return frame(figure, bar)

    # The chin is the bottom of the head: neck + NECK_TO_HEAD - HEAD_RADIUS.
    top_neck = bar_y + CHIN_OVER - (NECK_TO_HEAD - HEAD_RADIUS)
    return Pose(
        "pull-up",
        at(bar_y - 0.29),
        at(top_neck),
        scenery=(
            Line((0.0, _HANG_FLOOR), (1.0, _HANG_FLOOR), role="floor"),
            *(
                Line((x, _HANG_FLOOR), (x, bar_y + 0.02), thick=True, role="wall")
                for x in (0.2, 0.8)
            ),
        ),
        view="front",
    )


def _lat_pulldown() -> Pose:
    """Seated facing the machine, thighs under its pad, the bar pulled from overhead to the
    upper chest. The cable runs from the bar up to a pulley overhead, along the top beam
    and down to the weight stack in front of the knees: without the stack and the cable's
    path the bar and the pulley read as a pull-up."""
    hip = (0.36, FLOOR_Y + SHIN + 0.02)
    torso = 100.0
    legs = leg_to(hip, (0.62, FLOOR_Y))
    neck = trunk(hip, torso)[1]
    high_hands = (neck[0] + 0.04, neck[1] + 0.29)
    low_hands = (neck[0] + 0.07, neck[1] - 0.03)
    reach = body(hip, torso, legs, arm_to(hip, torso, high_hands))
    pulled = body(hip, torso, legs, arm_to(hip, torso, low_hands))
    top = 0.98
    pulley = (high_hands[0], top - 0.035)
    column = 0.86
    stack = Rect(0.72, FLOOR_Y, 0.1, 0.26, role="machine")
    stack_pulley = (stack.x + stack.width / 2, pulley[1])
    knee = step(hip, legs[0], THIGH)
    pad = Rect(knee[0] - 0.09, knee[1] + 0.015, 0.09, 0.045, role="machine")
    seat_top = hip[1] - 0.015

    def handle(figure: Figure) -> tuple[Prop, ...]:
        bar = Line(
            (figure.wrist_n[0] - 0.08, figure.wrist_n[1]),
            (figure.wrist_n[0] + 0.08, figure.wrist_n[1]),
            thick=True,
            role="bar",
        )
        return (*cable(figure.wrist_n, pulley), bar)

    plates = tuple(
        Line((stack.x, y), (stack.x + stack.width, y), role="machine")
        for y in (FLOOR_Y + 0.065, FLOOR_Y + 0.13, FLOOR_Y + 0.195)
    )
    return Pose(
        "lat pulldown",
        frame(reach, *handle(reach)),
        frame(pulled, *handle(pulled)),
        scenery=with_floor(
            Rect(hip[0] - 0.13, seat_top - 0.04, 0.2, 0.04, role="bench"),
            Line((hip[0] - 0.03, seat_top - 0.04), (hip[0] - 0.03, FLOOR_Y), role="bench"),
            pad,
            Line((pad.x + pad.width, pad.y + pad.height / 2), (column, pad.y + 0.02)),
            Line((column, FLOOR_Y), (column, top), thick=True, role="machine"),
            Line((pulley[0] - 0.03, top), (column, top), thick=True, role="machine"),
            Circle(pulley, 0.022, role="cable"),
            Circle(stack_pulley, 0.022, role="cable"),
            Line(pulley, stack_pulley, role="cable"),
            Line(stack_pulley, (stack_pulley[0], stack.y + stack.height), role="cable"),
            stack,
            *plates,
        ),
    )


def _carry(name: str, loaded: Callable[[Figure], tuple[Prop, ...]], far_arm: Angles) -> Pose:
    """Seen from the front, standing tall with the load at the sides: the posture the walk
    keeps, drawn once (a side view hides which hand holds what)."""
    hold = front(_STAND, 90, (-88, -89), (-84, -88), far_arm=far_arm)
    return Pose(name, frame(hold, *loaded(hold)), frame(hold, *loaded(hold)), view="front")


def _farmer_carry() -> Pose:
    """A heavy dumbbell in each hand."""
    return _carry(
        "farmer carry",
        lambda f: (dumbbell(f.wrist_n), dumbbell(f.wrist_f)),
        far_arm=(-96, -92),
    )


def _suitcase_carry() -> Pose:
    """One kettlebell in one hand, the trunk tall and level, not leaning towards the load;
    the free arm hangs a little away from the side."""
    return _carry("suitcase carry", lambda f: kettlebell(f.wrist_n), far_arm=(-104, -98))


POSES: dict[str, Callable[[], Pose]] = {
    "push-up": _push_up,
    "incline-push-up": _incline_push_up,
    "overhead-press": _overhead_press,
    "bench-press": _barbell_bench_press,
    "dumbbell-bench-press": _dumbbell_bench_press,
    "landmine-press": _landmine_press,
    "row": _row,
    "chest-supported-row": _incline_row,
    "one-arm-row": _one_arm_row,
    "seated-cable-row": _cable_row,
    "pull-up": _pull_up,
    "lat-pulldown": _lat_pulldown,
    "carry": _farmer_carry,
    "suitcase-carry": _suitcase_carry,
}
