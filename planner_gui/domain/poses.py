"""Stick-figure poses of the exercises, described once for every painter.

A pose is the start and end position of a side-view stick figure plus a few primitives
(floor, bench, bar, band) in normalised coordinates: x and y run from 0 to 1 across a square
box, y points up and the figure faces +x. The PDF draws poses with reportlab and the window
with QPainter; neither keeps bitmaps, so the two never drift apart.

Figures are built from segment angles (forward kinematics), so every limb keeps its length
between the start and end positions.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from planner_gui.domain.models import Exercise
from planner_gui.domain.vocabulary import Pattern

Point = tuple[float, float]

# Segment lengths as fractions of the box (a standing figure is about 0.9 tall).
TORSO = 0.28
THIGH = 0.23
SHIN = 0.24
UPPER_ARM = 0.16
FOREARM = 0.15
NECK_TO_HEAD = 0.085
HEAD_RADIUS = 0.06
FLOOR_Y = 0.04


@dataclass(frozen=True)
class Figure:
    """Joint positions of one stick figure; `_n` is the limb nearer the viewer, `_f` the far one."""

    head: Point
    neck: Point
    hip: Point
    elbow_n: Point
    wrist_n: Point
    elbow_f: Point
    wrist_f: Point
    knee_n: Point
    ankle_n: Point
    knee_f: Point
    ankle_f: Point


#: Bones to draw between joints, far limbs first so near limbs paint over them;
#: the flag says whether the bone belongs to the near side.
SEGMENTS: tuple[tuple[str, str, bool], ...] = (
    ("hip", "knee_f", False),
    ("knee_f", "ankle_f", False),
    ("neck", "elbow_f", False),
    ("elbow_f", "wrist_f", False),
    ("neck", "hip", True),
    ("hip", "knee_n", True),
    ("knee_n", "ankle_n", True),
    ("neck", "elbow_n", True),
    ("elbow_n", "wrist_n", True),
)


@dataclass(frozen=True)
class Line:
    """A straight stroke: a floor, a bar seen end-on is a Circle, a band or a bench top."""

    a: Point
    b: Point
    thick: bool = False


@dataclass(frozen=True)
class Circle:
    """A plate, ball, roller or kettlebell; `filled` draws it solid."""

    center: Point
    radius: float
    filled: bool = False


@dataclass(frozen=True)
class Rect:
    """A box, bench or step: lower-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float


Prop = Line | Circle | Rect


@dataclass(frozen=True)
class Frame:
    """One position: the figure and the props that move with it."""

    figure: Figure
    props: tuple[Prop, ...] = ()


@dataclass(frozen=True)
class Pose:
    """How an exercise looks: where it starts, where it ends, and what stays put."""

    name: str
    start: Frame
    end: Frame
    scenery: tuple[Prop, ...] = field(default=(Line((0.0, FLOOR_Y), (1.0, FLOOR_Y)),))

    @property
    def is_static(self) -> bool:
        """A hold (plank, side plank): one position, drawn once."""
        return self.start == self.end


def bounds(pose: Pose) -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) of everything drawn, heads and props included.

    Painters fit this box into their cell, so every pose fills the space it is given.
    """
    xs: list[float] = []
    ys: list[float] = []

    def add(point: Point, pad: float = 0.0) -> None:
        xs.extend((point[0] - pad, point[0] + pad))
        ys.extend((point[1] - pad, point[1] + pad))

    def add_prop(prop: Prop) -> None:
        if isinstance(prop, Line):
            add(prop.a)
            add(prop.b)
        elif isinstance(prop, Circle):
            add(prop.center, prop.radius)
        else:
            add((prop.x, prop.y))
            add((prop.x + prop.width, prop.y + prop.height))

    for frame in (pose.start, pose.end):
        for name in Figure.__dataclass_fields__:
            add(getattr(frame.figure, name))
        add(frame.figure.head, HEAD_RADIUS)
        for prop in frame.props:
            add_prop(prop)
    for prop in pose.scenery:
        add_prop(prop)
    return min(xs), min(ys), max(xs), max(ys)


def _step(origin: Point, angle: float, length: float) -> Point:
    rad = math.radians(angle)
    return (origin[0] + length * math.cos(rad), origin[1] + length * math.sin(rad))


def body(
    hip: Point,
    torso: float,
    leg: tuple[float, float],
    arm: tuple[float, float],
    far_leg: tuple[float, float] | None = None,
    far_arm: tuple[float, float] | None = None,
    head: float | None = None,
) -> Figure:
    """A figure from absolute segment angles in degrees (0 = facing direction, 90 = up).

    `leg` is (thigh, shin), `arm` is (upper arm, forearm); far limbs default to the near ones.
    """
    neck = _step(hip, torso, TORSO)
    far_leg = far_leg or leg
    far_arm = far_arm or arm
    knee_n = _step(hip, leg[0], THIGH)
    knee_f = _step(hip, far_leg[0], THIGH)
    elbow_n = _step(neck, arm[0], UPPER_ARM)
    elbow_f = _step(neck, far_arm[0], UPPER_ARM)
    return Figure(
        head=_step(neck, torso if head is None else head, NECK_TO_HEAD),
        neck=neck,
        hip=hip,
        elbow_n=elbow_n,
        wrist_n=_step(elbow_n, arm[1], FOREARM),
        elbow_f=elbow_f,
        wrist_f=_step(elbow_f, far_arm[1], FOREARM),
        knee_n=knee_n,
        ankle_n=_step(knee_n, leg[1], SHIN),
        knee_f=knee_f,
        ankle_f=_step(knee_f, far_leg[1], SHIN),
    )


def _frame(figure: Figure, *props: Prop) -> Frame:
    return Frame(figure, tuple(props))


def _plate(at: Point) -> Circle:
    return Circle(at, 0.055)


def _weight(at: Point) -> Circle:
    return Circle(at, 0.035, filled=True)


STANDING = body((0.5, 0.51), 90, (-90, -90), (-92, -90))
_BENCH = Rect(0.18, FLOOR_Y, 0.64, 0.16)
_BOX = Rect(0.52, FLOOR_Y, 0.34, 0.08)


def _hinge() -> Pose:
    top = body((0.5, 0.51), 90, (-90, -90), (-90, -90))
    bottom = body((0.38, 0.49), 28, (-68, -94), (-90, -90))
    return Pose("hinge", _frame(top, _plate(top.wrist_n)), _frame(bottom, _plate(bottom.wrist_n)))


def _squat() -> Pose:
    top = body((0.5, 0.51), 90, (-90, -90), (-60, 100))
    bottom = body((0.36, 0.29), 62, (-5, -111), (-40, 110))
    return Pose("squat", _frame(top), _frame(bottom))


def _lunge() -> Pose:
    high = body((0.46, 0.48), 90, (-62, -82), (-92, -90), far_leg=(-116, -124))
    low = body((0.46, 0.29), 90, (0, -90), (-92, -90), far_leg=(-90, 180))
    return Pose("lunge", _frame(high), _frame(low))


def _push_up() -> Pose:
    high = body((0.47, 0.245), 24, (204, 204), (-95, -85))
    low = body((0.5, 0.115), 8, (188, 188), (170, -56))
    return Pose("push-up", _frame(high), _frame(low))


def _overhead_press() -> Pose:
    rack = body((0.5, 0.47), 90, (-80, -100), (-30, 110))
    lockout = body((0.5, 0.47), 90, (-80, -100), (82, 88))
    return Pose(
        "overhead press",
        _frame(rack, _plate(rack.wrist_n)),
        _frame(lockout, _plate(lockout.wrist_n)),
    )


def _bench_press() -> Pose:
    down = body((0.44, 0.3), 180, (-10, -95), (-60, 100))
    up = body((0.44, 0.3), 180, (-10, -95), (88, 90))
    return Pose(
        "bench press",
        _frame(down, _plate(down.wrist_n)),
        _frame(up, _plate(up.wrist_n)),
        scenery=(Line((0.0, FLOOR_Y), (1.0, FLOOR_Y)), Rect(0.05, FLOOR_Y, 0.48, 0.24)),
    )


def _row() -> Pose:
    hang = body((0.38, 0.49), 28, (-68, -94), (-90, -90))
    pulled = body((0.38, 0.49), 28, (-68, -94), (-150, -90))
    return Pose("row", _frame(hang, _plate(hang.wrist_n)), _frame(pulled, _plate(pulled.wrist_n)))


def _pull_up() -> Pose:
    hang = body((0.5, 0.32), 90, (-95, -160), (88, 90))
    top = body((0.5, 0.52), 90, (-95, -160), (-35, 88))
    bar = Line((0.25, 0.88), (0.8, 0.88), thick=True)
    return Pose("pull-up", _frame(hang), _frame(top), scenery=(bar,))


def _carry() -> Pose:
    left = body((0.5, 0.5), 90, (-75, -95), (-92, -90), far_leg=(-105, -100))
    right = body((0.5, 0.5), 90, (-105, -100), (-92, -90), far_leg=(-75, -95))
    return Pose(
        "carry",
        _frame(left, _weight(left.wrist_n)),
        _frame(right, _weight(right.wrist_n)),
    )


def _plank() -> Pose:
    hold = body((0.44, 0.17), 12, (192, 192), (-90, 0))
    return Pose("plank", _frame(hold), _frame(hold))


def _side_plank() -> Pose:
    hold = body((0.44, 0.2), 16, (196, 196), (-90, 0), far_arm=(80, 90))
    return Pose("side plank", _frame(hold), _frame(hold))


def _dead_bug() -> Pose:
    start = body((0.56, 0.1), 180, (90, 0), (90, 90))
    end = body((0.56, 0.1), 180, (90, 0), (90, 90), far_leg=(20, 15), far_arm=(150, 150))
    return Pose("dead bug", _frame(start), _frame(end))


def _bird_dog() -> Pose:
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), head=10)
    end = body(
        (0.47, 0.27), 16, (-90, 180), (-90, -90), far_leg=(172, 172), far_arm=(12, 12), head=10
    )
    return Pose("bird dog", _frame(start), _frame(end))


def _pallof() -> Pose:
    close = body((0.5, 0.5), 90, (-86, -92), (-70, 30), far_leg=(-94, -88))
    pressed = body((0.5, 0.5), 90, (-86, -92), (-8, -2), far_leg=(-94, -88))
    # The cable pulls from the side, straight at the reader in this view: only the handle shows.
    return Pose(
        "anti-rotation press",
        _frame(close, _weight(close.wrist_n)),
        _frame(pressed, _weight(pressed.wrist_n)),
    )


def _bridge() -> Pose:
    down = body((0.45, 0.07), 180, (30, -75), (-10, 0))
    up = body((0.45, 0.25), 200, (3, -85), (-10, 0))
    return Pose("bridge", _frame(down), _frame(up))


def _single_leg_bridge() -> Pose:
    down = body((0.45, 0.07), 180, (30, -75), (-10, 0), far_leg=(20, 20))
    up = body((0.45, 0.25), 200, (3, -85), (-10, 0), far_leg=(3, 3))
    return Pose("single-leg bridge", _frame(down), _frame(up))


_THRUST_FOOT = (0.62, FLOOR_Y)
_THRUST_BENCH = Rect(0.0, FLOOR_Y, 0.13, 0.2)


def _hip_thrust() -> Pose:
    down_hip, up_hip = (0.38, 0.16), (0.38, 0.3)
    down = body(down_hip, 150, _leg_to(down_hip, _THRUST_FOOT), (-110, 0))
    up = body(up_hip, 180, _leg_to(up_hip, _THRUST_FOOT), (-110, 0))
    return Pose("hip thrust", _frame(down), _frame(up), scenery=_with(_THRUST_BENCH))


def _single_leg_hip_thrust() -> Pose:
    """The hip thrust on one planted foot; the other knee is held up, clear of the floor."""
    down_hip, up_hip = (0.38, 0.16), (0.38, 0.3)
    down = body(down_hip, 150, _leg_to(down_hip, _THRUST_FOOT), (-110, 0), far_leg=(100, 10))
    up = body(up_hip, 180, _leg_to(up_hip, _THRUST_FOOT), (-110, 0), far_leg=(80, -5))
    return Pose("single-leg hip thrust", _frame(down), _frame(up), scenery=_with(_THRUST_BENCH))


def _sit_up() -> Pose:
    down = body((0.6, 0.07), 180, (40, -70), (170, 170))
    up = body((0.6, 0.07), 115, (40, -70), (40, 20))
    return Pose("sit-up", _frame(down), _frame(up))


def _curl_up() -> Pose:
    down = body((0.45, 0.07), 180, (40, -70), (-10, 0), far_leg=(0, 0))
    up = body((0.45, 0.07), 165, (40, -70), (-10, 0), far_leg=(0, 0), head=150)
    return Pose("curl-up", _frame(down), _frame(up))


def _chop() -> Pose:
    high = body((0.5, 0.5), 90, (-80, -95), (130, 120), far_leg=(-100, -85))
    low = body((0.5, 0.5), 80, (-80, -95), (-50, -60), far_leg=(-100, -85))
    return Pose("rotation", _frame(high), _frame(low))


def _hip_flexor_stretch() -> Pose:
    upright = body((0.42, 0.28), 90, (-90, 180), (-92, -90), far_leg=(-10, -90))
    forward = body((0.46, 0.28), 95, (-110, 180), (-92, -90), far_leg=(-5, -90))
    return Pose("hip flexor stretch", _frame(upright), _frame(forward))


def _couch_stretch() -> Pose:
    """Back knee on the floor against a bench, that shin straight up its front; the front
    foot flat ahead. The chest lifts from a forward lean as far as the stretch allows."""
    knee = (0.3, FLOOR_Y + 0.01)
    hip = _step(knee, 68, THIGH)
    back = (248.0, 90.0)  # thigh down and back to the knee, shin up the bench
    front = _leg_to(hip, (0.76, FLOOR_Y))
    lean = body(hip, 62, back, _arm_to(hip, 62, (0.64, 0.3)), far_leg=front)
    tall = body(hip, 92, back, _arm_to(hip, 92, (hip[0] + 0.15, hip[1] + 0.01)), far_leg=front)
    bench = Rect(0.02, FLOOR_Y, 0.26, 0.24)
    return Pose("couch stretch", _frame(lean), _frame(tall), scenery=_with(bench))


def _hamstring_stretch() -> Pose:
    start = body((0.4, 0.07), 180, (0, 0), (-10, 0), far_leg=(50, 50))
    end = body((0.4, 0.07), 180, (0, 0), (85, 80), far_leg=(80, 80))
    return Pose("hamstring stretch", _frame(start), _frame(end))


def _knee_to_chest() -> Pose:
    start = body((0.45, 0.07), 180, (0, 0), (-10, 0), far_leg=(0, 0))
    end = body((0.45, 0.07), 180, (0, 0), (40, -20), far_leg=(110, -10))
    return Pose("knee to chest", _frame(start), _frame(end))


def _childs_pose() -> Pose:
    kneel = body((0.35, 0.27), 16, (-90, 180), (-90, -90), head=10)
    fold = body((0.3, 0.15), 5, (-24, 180), (-35, -5), head=-20)
    return Pose("child's pose", _frame(kneel), _frame(fold))


def _cat_cow() -> Pose:
    arched = body((0.36, 0.27), 24, (-90, 180), (-96, -90), head=-20)
    dipped = body((0.36, 0.27), 10, (-90, 180), (-84, -88), head=40)
    return Pose("cat-cow", _frame(arched), _frame(dipped))


def _leg_swing() -> Pose:
    back = body((0.45, 0.5), 90, (-90, -90), (-10, 80), far_leg=(-125, -110))
    front = body((0.45, 0.5), 90, (-90, -90), (-10, 80), far_leg=(-40, -45))
    wall = Line((0.68, FLOOR_Y), (0.68, 0.95), thick=True)
    floor = Line((0.0, FLOOR_Y), (1.0, FLOOR_Y))
    return Pose("leg swing", _frame(back), _frame(front), scenery=(floor, wall))


def _step_up() -> Pose:
    low = body((0.4, 0.5), 90, (-40, -100), (-92, -90), far_leg=(-95, -88))
    high = body((0.66, 0.58), 90, (-90, -90), (-92, -90), far_leg=(-100, -115))
    return Pose(
        "step-up",
        _frame(low),
        _frame(high),
        scenery=(Line((0.0, FLOOR_Y), (1.0, FLOOR_Y)), _BOX),
    )


def _foam_roll() -> Pose:
    near = body((0.3, 0.2), 120, (-3, -3), (-120, -90))
    far = body((0.45, 0.2), 120, (-3, -3), (-120, -90))
    return Pose(
        "foam rolling",
        _frame(near, Circle((0.62, 0.12), 0.08)),
        _frame(far, Circle((0.62, 0.12), 0.08)),
    )


def _walk() -> Pose:
    a = body((0.5, 0.5), 85, (-70, -95), (-110, -60), far_leg=(-110, -115), far_arm=(-70, -40))
    b = body((0.52, 0.5), 85, (-110, -115), (-70, -40), far_leg=(-70, -95), far_arm=(-110, -60))
    return Pose("walk", _frame(a), _frame(b))


# --- Helpers for poses that must touch something: a hand on a bar, a foot on the floor. ---


def _ik(root: Point, target: Point, l1: float, l2: float, bend: int) -> tuple[float, float]:
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
    joint = _step(root, first, l1)
    return first, math.degrees(math.atan2(target[1] - joint[1], target[0] - joint[0]))


def _leg_to(hip: Point, foot: Point, bend: int = 1) -> tuple[float, float]:
    return _ik(hip, foot, THIGH, SHIN, bend)


def _arm_to(hip: Point, torso: float, hand: Point, bend: int = -1) -> tuple[float, float]:
    return _ik(_step(hip, torso, TORSO), hand, UPPER_ARM, FOREARM, bend)


def _floor_line() -> Line:
    return Line((0.0, FLOOR_Y), (1.0, FLOOR_Y))


def _with(*props: Prop) -> tuple[Prop, ...]:
    return (_floor_line(), *props)


# --- Lifts ---


def _back_extension() -> Pose:
    """Body on a 45-degree bench: hips on the pad, feet under the roller, trunk lowers and rises."""
    hip = (0.52, 0.46)
    legs = (225.0, 225.0)
    up = body(hip, 45, legs, (-140, 60))
    down = body(hip, -70, legs, (-160, -50), head=-60)
    bench = Line((0.16, 0.09), (0.52, 0.42), thick=True)
    return Pose(
        "45-degree back extension",
        _frame(down),
        _frame(up),
        scenery=_with(
            bench,
            Line((0.46, 0.37), (0.46, FLOOR_Y)),
            Line((0.2, 0.12), (0.2, FLOOR_Y)),
            Circle((0.15, 0.14), 0.025),
        ),
    )


def _good_morning() -> Pose:
    top_hip, low_hip = (0.5, 0.51), (0.38, 0.49)
    top_bar = _step(_step(top_hip, 90, TORSO), 0, 0.0)
    low_neck = _step(low_hip, 28, TORSO)
    top = body(top_hip, 90, (-90, -90), _arm_to(top_hip, 90, (top_bar[0] + 0.02, top_bar[1])))
    bottom = body(low_hip, 28, (-68, -94), _arm_to(low_hip, 28, (low_neck[0], low_neck[1] + 0.02)))
    return Pose(
        "good morning",
        _frame(top, _plate((top_bar[0] - 0.03, top_bar[1]))),
        _frame(bottom, _plate((low_neck[0] - 0.03, low_neck[1] + 0.02))),
    )


def _single_leg_hinge(name: str = "single-leg hinge", weight: bool = True) -> Pose:
    """One leg planted, the trunk and the other leg tip together like a see-saw."""
    top = body((0.5, 0.51), 90, (-90, -90), (-90, -90))
    low_hip = (0.45, 0.47)
    planted = _leg_to(low_hip, (0.5, FLOOR_Y))
    bottom = body(low_hip, 10, planted, (-90, -90), far_leg=(190, 190))
    if not weight:
        return Pose(name, _frame(top), _frame(bottom))
    return Pose(name, _frame(top, _weight(top.wrist_n)), _frame(bottom, _weight(bottom.wrist_n)))


def _swing() -> Pose:
    bottom = body((0.38, 0.49), 28, (-68, -94), (-120, -120))
    top = body((0.5, 0.51), 90, (-90, -90), (0, 0))
    return Pose(
        "kettlebell swing",
        _frame(bottom, _weight(bottom.wrist_n)),
        _frame(top, _weight(top.wrist_n)),
    )


def _incline_row() -> Pose:
    """Chest on an incline bench, arms hang, then elbows drive back."""
    hip, torso = (0.42, 0.42), 40.0
    legs = _leg_to(hip, (0.2, FLOOR_Y))
    hang = body(hip, torso, legs, (-90, -90))
    pulled = body(hip, torso, legs, (-165, -70))
    bench = Line((0.36, 0.34), (0.7, 0.62), thick=True)
    return Pose(
        "chest-supported row",
        _frame(hang, _weight(hang.wrist_n)),
        _frame(pulled, _weight(pulled.wrist_n)),
        scenery=_with(bench, Line((0.5, 0.44), (0.5, FLOOR_Y))),
    )


def _one_arm_row() -> Pose:
    """Knee and hand on a bench, trunk flat, the free hand rows a dumbbell to the hip."""
    hip, torso = (0.36, 0.5), 8.0
    bench_top = 0.27
    near_leg = _leg_to(hip, (0.3, FLOOR_Y))
    far_leg = (-90.0, 180.0)  # knee on the bench under the hip, shin along it
    neck = _step(hip, torso, TORSO)
    support = _arm_to(hip, torso, (neck[0] + 0.02, bench_top), bend=1)
    hang = body(hip, torso, near_leg, (-90, -90), far_leg=far_leg, far_arm=support)
    pulled = body(hip, torso, near_leg, (-170, -80), far_leg=far_leg, far_arm=support)
    return Pose(
        "one-arm row",
        _frame(hang, _weight(hang.wrist_n)),
        _frame(pulled, _weight(pulled.wrist_n)),
        scenery=_with(Rect(0.1, FLOOR_Y, 0.62, bench_top - FLOOR_Y)),
    )


def _cable_row() -> Pose:
    hip, seat = (0.3, 0.22), 0.18
    legs = _leg_to(hip, (0.72, 0.12), bend=1)
    reach = body(hip, 80, legs, (0, 0))
    pulled = body(hip, 95, legs, (-150, 10))
    anchor = (0.98, 0.3)
    return Pose(
        "seated cable row",
        _frame(reach, Line(reach.wrist_n, anchor)),
        _frame(pulled, Line(pulled.wrist_n, anchor)),
        scenery=_with(Rect(0.14, FLOOR_Y, 0.24, seat - FLOOR_Y), Line((0.76, 0.04), (0.74, 0.2))),
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
        _frame(low, Line(pivot, low.wrist_n, thick=True)),
        _frame(high, Line(pivot, high.wrist_n, thick=True)),
    )


def _leg_press() -> Pose:
    """Back on a reclined seat, feet on a sled pushed up and away."""
    hip, torso = (0.3, 0.2), 125.0
    bent = body(hip, torso, _leg_to(hip, (0.5, 0.42)), (-40, 0))
    straight = body(hip, torso, _leg_to(hip, (0.62, 0.52)), (-40, 0))

    def plate(foot: Point) -> Line:
        return Line((foot[0] - 0.07, foot[1] + 0.07), (foot[0] + 0.07, foot[1] - 0.07), thick=True)

    return Pose(
        "leg press",
        _frame(bent, plate(bent.ankle_n)),
        _frame(straight, plate(straight.ankle_n)),
        scenery=_with(
            Line((0.08, 0.45), (0.32, 0.16), thick=True), Line((0.3, 0.16), (0.3, FLOOR_Y))
        ),
    )


def _split_squat_rear_foot_up() -> Pose:
    """Rear foot on a bench behind, front knee bends."""
    high_hip, low_hip = (0.52, 0.47), (0.5, 0.32)
    front = (0.72, FLOOR_Y)
    rear = (0.14, 0.22)
    high = body(high_hip, 88, _leg_to(high_hip, front), (-92, -90), far_leg=_leg_to(high_hip, rear))
    low = body(low_hip, 85, _leg_to(low_hip, front), (-92, -90), far_leg=_leg_to(low_hip, rear))
    return Pose(
        "rear-foot-elevated split squat",
        _frame(high),
        _frame(low),
        scenery=_with(Rect(0.02, FLOOR_Y, 0.16, 0.16)),
    )


def _box_squat() -> Pose:
    squat = _squat()
    return replace(squat, name="box squat", scenery=_with(Rect(0.1, FLOOR_Y, 0.2, 0.2)))


def _bike() -> Pose:
    """Seated on a bike, hands on the bars, one pedal up and one down."""
    hip, torso = (0.36, 0.56), 55.0
    crank, radius = (0.45, 0.2), 0.085
    bars = (0.74, 0.64)
    arm = _arm_to(hip, torso, bars, bend=-1)

    def at(turn: float) -> Figure:
        near = _step(crank, turn, radius)
        far = _step(crank, turn + 180, radius)
        return body(hip, torso, _leg_to(hip, near), arm, far_leg=_leg_to(hip, far))

    frame = (
        Line((0.3, 0.56), (0.42, 0.56), thick=True),
        Line((0.36, 0.56), (crank[0], crank[1])),
        Line(crank, (0.74, 0.64)),
        Line((0.2, FLOOR_Y), (0.8, FLOOR_Y), thick=True),
        Line((0.45, 0.2), (0.45, FLOOR_Y)),
        Circle(crank, radius),
    )
    return Pose("bike", _frame(at(150)), _frame(at(-30)), scenery=frame)


def _rower() -> Pose:
    """Catch (knees up, arms long) to finish (legs long, handle at the ribs)."""
    rail = 0.12
    foot = (0.78, rail + 0.02)
    catch_hip, finish_hip = (0.44, rail + 0.06), (0.2, rail + 0.06)
    catch = body(catch_hip, 65, _leg_to(catch_hip, foot), _arm_to(catch_hip, 65, (0.88, 0.42)))
    handle = _step(_step(finish_hip, 105, TORSO), -80, 0.2)
    finish = body(finish_hip, 105, _leg_to(finish_hip, foot), _arm_to(finish_hip, 105, handle, 1))
    return Pose(
        "rowing machine",
        _frame(catch, Line(catch.wrist_n, (0.97, 0.3))),
        _frame(finish, Line(finish.wrist_n, (0.97, 0.3))),
        scenery=_with(Line((0.0, rail), (0.94, rail), thick=True), Circle((0.92, 0.22), 0.07)),
    )


def _sled_push() -> Pose:
    hip, torso = (0.36, 0.4), 40.0
    hands = _arm_to(hip, torso, (0.78, 0.48))
    a = body(hip, torso, _leg_to(hip, (0.5, FLOOR_Y)), hands, far_leg=_leg_to(hip, (0.06, FLOOR_Y)))
    b = body(hip, torso, _leg_to(hip, (0.06, FLOOR_Y)), hands, far_leg=_leg_to(hip, (0.5, FLOOR_Y)))
    return Pose(
        "sled push",
        _frame(a),
        _frame(b),
        scenery=_with(Rect(0.8, FLOOR_Y, 0.16, 0.12), Line((0.8, 0.16), (0.78, 0.5), thick=True)),
    )


def _lat_pulldown() -> Pose:
    """Seated, thighs under the pad, the bar pulled from overhead to the upper chest; the
    cable runs up to the pulley."""
    hip = (0.36, FLOOR_Y + SHIN + 0.02)
    torso = 100.0
    legs = _leg_to(hip, (0.62, FLOOR_Y))
    neck = _step(hip, torso, TORSO)
    high_hands = (neck[0] + 0.04, neck[1] + 0.29)
    low_hands = (neck[0] + 0.07, neck[1] - 0.03)
    reach = body(hip, torso, legs, _arm_to(hip, torso, high_hands))
    pulled = body(hip, torso, legs, _arm_to(hip, torso, low_hands))
    pulley = (high_hands[0], 0.97)
    knee = _step(hip, legs[0], THIGH)

    def handle(figure: Figure) -> tuple[Prop, ...]:
        return (Line(figure.wrist_n, pulley), Circle(figure.wrist_n, 0.02, filled=True))

    return Pose(
        "lat pulldown",
        _frame(reach, *handle(reach)),
        _frame(pulled, *handle(pulled)),
        scenery=_with(
            Rect(hip[0] - 0.14, FLOOR_Y, 0.2, hip[1] - FLOOR_Y - 0.015),
            Rect(knee[0] - 0.09, knee[1] + 0.015, 0.09, 0.045),
            Circle(pulley, 0.025),
        ),
    )


def _dowel_hinge() -> Pose:
    """A dowel held along the back, touching head, upper back and tailbone, through a hinge."""

    def at(hip: Point, torso: float, legs: tuple[float, float]) -> Frame:
        spine = math.radians(torso)
        along = (math.cos(spine), math.sin(spine))
        behind = (-along[1], along[0])  # the back side, for a figure facing +x
        gap = HEAD_RADIUS

        def on_dowel(t: float) -> Point:
            return (
                hip[0] + along[0] * t + behind[0] * gap,
                hip[1] + along[1] * t + behind[1] * gap,
            )

        def arm(t: float) -> tuple[float, float]:
            """The arm to a point on the dowel with its elbow out behind the back."""
            neck = _step(hip, torso, TORSO)

            def out(bend: int) -> float:
                elbow = _step(neck, _arm_to(hip, torso, on_dowel(t), bend)[0], UPPER_ARM)
                return (elbow[0] - neck[0]) * behind[0] + (elbow[1] - neck[1]) * behind[1]

            return _arm_to(hip, torso, on_dowel(t), 1 if out(1) >= out(-1) else -1)

        # One hand at the small of the back shows the grip; a second arm folded behind the
        # neck only tangles the figure at this size.
        figure = body(hip, torso, legs, arm(0.06))
        dowel = Line(on_dowel(-0.03), on_dowel(TORSO + NECK_TO_HEAD + 0.05), thick=True)
        return _frame(figure, dowel)

    return Pose(
        "dowel hip hinge drill",
        at((0.52, 0.51), 90, (-90, -90)),
        at((0.4, 0.49), 30, (-68, -94)),
    )


def _half_kneeling(torso: float, hands: Point) -> Figure:
    """Back knee down under the hip, front foot flat ahead, both hands on one handle."""
    hip = (0.4, FLOOR_Y + THIGH + 0.01)
    front = _leg_to(hip, (0.66, FLOOR_Y))
    return body(hip, torso, (-90, 180), _arm_to(hip, torso, hands), far_leg=front)


def _half_kneeling_pallof() -> Pose:
    neck = _step((0.4, FLOOR_Y + THIGH + 0.01), 90, TORSO)
    close = _half_kneeling(90, (neck[0] + 0.08, neck[1] - 0.07))
    pressed = _half_kneeling(90, (neck[0] + 0.29, neck[1] - 0.06))
    # The cable pulls from the side, straight at the reader in this view: only the handle shows.
    return Pose(
        "half-kneeling anti-rotation press",
        _frame(close, _weight(close.wrist_n)),
        _frame(pressed, _weight(pressed.wrist_n)),
    )


def _half_kneeling_chop() -> Pose:
    hip = (0.4, FLOOR_Y + THIGH + 0.01)
    high = _half_kneeling(95, _step(_step(hip, 95, TORSO), 120, 0.27))
    low = _half_kneeling(80, (0.62, hip[1] + 0.04))
    return Pose(
        "half-kneeling chop",
        _frame(high, _weight(high.wrist_n)),
        _frame(low, _weight(low.wrist_n)),
    )


# --- Core ---


def _hollow_hold() -> Pose:
    hold = body((0.56, 0.08), 165, (12, 12), (172, 172), head=160)
    return Pose("hollow hold", _frame(hold), _frame(hold))


def _toe_tap() -> Pose:
    hip = (0.45, 0.08)
    table = body(hip, 180, (90, 0), (-10, 0))
    tap = body(hip, 180, (90, 0), (-10, 0), far_leg=_leg_to(hip, (0.78, FLOOR_Y + 0.01), 1))
    return Pose("toe tap", _frame(table), _frame(tap))


def _kneeling_plank() -> Pose:
    hip = (0.44, 0.2)
    legs = (225.0, 180.0)  # thigh down and back to the knee on the floor, shin flat
    hold = body(hip, 10, legs, _arm_to(hip, 10, (0.84, FLOOR_Y + 0.01)))
    return Pose("kneeling plank", _frame(hold), _frame(hold))


def _stir_the_pot() -> Pose:
    ball = Circle((0.82, 0.13), 0.1)
    hip = (0.46, 0.26)
    left = body(hip, 10, (190, 190), _arm_to(hip, 10, (0.78, 0.24)))
    right = body(hip, 10, (190, 190), _arm_to(hip, 10, (0.88, 0.24)))
    return Pose("stir the pot", _frame(left), _frame(right), scenery=_with(ball))


def _rollout() -> Pose:
    knees = (0.3, FLOOR_Y + 0.01)
    start_hip = (0.3, FLOOR_Y + THIGH + 0.01)
    start = body(start_hip, 60, (-90, 180), _arm_to(start_hip, 60, (0.56, 0.09)))
    out_hip = _step(knees, 28, THIGH)
    out = body(out_hip, 18, (208, 180), _arm_to(out_hip, 18, (0.9, 0.09)))
    return Pose(
        "rollout",
        _frame(start, Circle((0.56, 0.09), 0.05)),
        _frame(out, Circle((0.9, 0.09), 0.05)),
    )


def _knee_side_plank() -> Pose:
    hip = (0.44, 0.17)
    hold = body(hip, 16, (200, 110), _arm_to(hip, 16, (0.78, FLOOR_Y + 0.01)), far_arm=(80, 90))
    return Pose("side plank from the knees", _frame(hold), _frame(hold))


def _copenhagen() -> Pose:
    hip = (0.46, 0.24)
    hold = body(
        hip,
        5,
        (186, 186),
        _arm_to(hip, 5, (0.84, FLOOR_Y + 0.01)),
        far_leg=_leg_to(hip, (0.3, FLOOR_Y), -1),
        far_arm=(80, 90),
    )
    return Pose(
        "copenhagen side plank",
        _frame(hold),
        _frame(hold),
        scenery=_with(Rect(0.0, FLOOR_Y, 0.1, 0.18)),
    )


# --- Glutes and mobility ---


def _quadruped_kickback() -> Pose:
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), head=10)
    end = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_leg=(175, 175), head=10)
    return Pose("quadruped hip extension", _frame(start), _frame(end))


def _quadruped_reach_up() -> Pose:
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_arm=(-60, 150), head=10)
    end = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_arm=(92, 92), head=40)
    return Pose("quadruped thoracic rotation", _frame(start), _frame(end))


def _rock_back() -> Pose:
    hands = (0.8, FLOOR_Y + 0.01)
    knees = (0.4, FLOOR_Y + 0.01)
    start_hip = _step(knees, 90, THIGH)
    start = body(start_hip, 16, (-90, 180), _arm_to(start_hip, 16, hands), head=10)
    back_hip = _step(knees, 150, THIGH)
    back = body(back_hip, 12, (-30, 180), _arm_to(back_hip, 12, hands), head=0)
    return Pose("rock back", _frame(start), _frame(back))


def _standing_hamstring() -> Pose:
    hip = (0.42, 0.51)
    planted = (-90.0, -90.0)
    raised = _leg_to(hip, (0.8, 0.18), 1)
    upright = body(hip, 90, planted, (-92, -90), far_leg=raised)
    leaned = body(hip, 55, planted, _arm_to(hip, 55, (0.62, 0.36)), far_leg=raised)
    return Pose(
        "standing hamstring stretch",
        _frame(upright),
        _frame(leaned),
        scenery=_with(Rect(0.74, FLOOR_Y, 0.2, 0.12)),
    )


def _quad_stretch() -> Pose:
    """Standing on the far leg, one hand on a wall; the near heel is pulled up behind, the
    thigh a little back so the folded leg shows clear of the standing one."""
    hip = (0.5, 0.51)
    bent = (-110.0, 95.0)
    heel = _step(_step(hip, bent[0], THIGH), bent[1], SHIN)
    wall = (0.8, 0.72)
    hold = body(
        hip,
        90,
        bent,
        _arm_to(hip, 90, (heel[0] + 0.01, heel[1])),
        far_leg=(-90, -90),
        far_arm=_arm_to(hip, 90, wall),
    )
    return Pose(
        "standing quad stretch",
        _frame(hold),
        _frame(hold),
        scenery=_with(Line((wall[0] + 0.02, FLOOR_Y), (wall[0] + 0.02, 0.95), thick=True)),
    )


def _calf_wall() -> Pose:
    hip = (0.5, 0.47)
    front = _leg_to(hip, (0.66, FLOOR_Y))
    back = _leg_to(hip, (0.22, FLOOR_Y), -1)
    hold = body(hip, 72, front, _arm_to(hip, 72, (0.86, 0.7)), far_leg=back)
    wall = Line((0.88, FLOOR_Y), (0.88, 0.95), thick=True)
    return Pose("calf stretch at a wall", _frame(hold), _frame(hold), scenery=_with(wall))


def _figure_four() -> Pose:
    """Held on the back: the near thigh drawn up with the shin level, the far ankle crossed
    over the near knee (the "4"), both hands behind the near thigh. One position, no arrows."""
    hip = (0.5, 0.07)
    near = (75.0, 0.0)
    knee = _step(hip, near[0], THIGH)
    crossed = _leg_to(hip, (knee[0] + 0.01, knee[1] + 0.015), -1)
    hands = _step(hip, near[0], THIGH * 0.6)
    hold = body(hip, 180, near, _arm_to(hip, 180, hands, 1), far_leg=crossed, head=175)
    return Pose("figure-4 stretch", _frame(hold), _frame(hold))


def _pigeon() -> Pose:
    hip = (0.5, 0.14)
    legs = ((-30.0, 180.0), (188.0, 180.0))
    upright = body(hip, 80, legs[0], _arm_to(hip, 80, (0.66, FLOOR_Y)), far_leg=legs[1])
    folded = body(
        hip, 20, legs[0], _arm_to(hip, 20, (0.98, FLOOR_Y + 0.01)), far_leg=legs[1], head=10
    )
    return Pose("pigeon stretch", _frame(upright), _frame(folded))


def _worlds_greatest() -> Pose:
    hip = (0.44, 0.22)
    front = _leg_to(hip, (0.7, FLOOR_Y))
    back = (190.0, 190.0)
    hand = (0.68, FLOOR_Y + 0.01)
    down = body(
        hip, 30, front, _arm_to(hip, 30, hand), far_leg=back, far_arm=_arm_to(hip, 30, hand)
    )
    up = body(hip, 30, front, _arm_to(hip, 30, hand), far_leg=back, far_arm=(95, 95), head=60)
    return Pose("world's greatest stretch", _frame(down), _frame(up))


def _inchworm() -> Pose:
    fold_hip = (0.32, 0.46)
    fold = body(
        fold_hip,
        -62,
        _leg_to(fold_hip, (0.3, FLOOR_Y)),
        _arm_to(fold_hip, -62, (0.5, FLOOR_Y + 0.01)),
    )
    plank_hip = (0.47, 0.245)
    plank = body(plank_hip, 24, (204, 204), (-95, -85))
    return Pose("inchworm", _frame(fold), _frame(plank))


def _knee_hug() -> Pose:
    hip = (0.5, 0.51)
    stand = body(hip, 90, (-90, -90), (-92, -90))
    knee_up = (35.0, -90.0)
    shin = _step(_step(hip, knee_up[0], THIGH), knee_up[1], SHIN * 0.4)
    hug = body(hip, 90, knee_up, _arm_to(hip, 90, shin), far_leg=(-90, -90))
    return Pose("knee hug", _frame(stand), _frame(hug))


def _knee_circle() -> Pose:
    hip = (0.45, 0.51)
    hand = (0.72, 0.7)
    arm = _arm_to(hip, 90, hand)
    down = body(hip, 90, (-90, -90), arm, far_leg=(-90, -90))
    up = body(hip, 90, (-90, -90), arm, far_leg=(10, -80))
    wall = Line((0.74, FLOOR_Y), (0.74, 0.95), thick=True)
    return Pose("hip circle", _frame(down), _frame(up), scenery=_with(wall))


# Front views: the figure faces the reader; "near" limbs are its left, "far" its right.


def _front_leg_swing() -> Pose:
    hip = (0.5, 0.51)
    out = body(hip, 90, (-90, -90), (-110, -100), far_leg=(-135, -135), far_arm=(-70, -80))
    across = body(hip, 90, (-90, -90), (-110, -100), far_leg=(-62, -62), far_arm=(-70, -80))
    return Pose("leg swing, side to side", _frame(out), _frame(across))


def _lateral_lunge() -> Pose:
    """Feet wide, then the hips sit over one bent knee while the other leg stays long."""
    wide_hip = (0.58, 0.47)
    feet = ((0.3, FLOOR_Y), (0.86, FLOOR_Y))
    wide = body(
        wide_hip,
        90,
        _leg_to(wide_hip, feet[0], -1),
        (-100, -80),
        far_leg=_leg_to(wide_hip, feet[1], 1),
        far_arm=(-80, -100),
    )
    hip = (0.4, 0.32)
    shifted = body(
        hip,
        84,
        _leg_to(hip, feet[0], -1),
        (-60, -10),
        far_leg=_leg_to(hip, feet[1], 1),
        far_arm=(-120, -170),
    )
    return Pose("lateral lunge", _frame(wide), _frame(shifted))


def _arm_circles() -> Pose:
    hip = (0.5, 0.51)
    out = body(hip, 90, (-96, -90), (180, 180), far_leg=(-84, -90), far_arm=(0, 0))
    up = body(hip, 90, (-96, -90), (160, 160), far_leg=(-84, -90), far_arm=(20, 20))
    loops = (Circle((0.14, 0.85), 0.05), Circle((0.86, 0.85), 0.05))
    return Pose("arm circles", _frame(out), _frame(up), scenery=_with(*loops))


def _pull_apart() -> Pose:
    hip = (0.5, 0.51)
    shoulder_y = hip[1] + TORSO
    near_in = _arm_to(hip, 90, (0.4, shoulder_y), 1)
    far_in = _arm_to(hip, 90, (0.6, shoulder_y), -1)
    together = body(hip, 90, (-96, -90), near_in, far_leg=(-84, -90), far_arm=far_in)
    apart = body(hip, 90, (-96, -90), (180, 180), far_leg=(-84, -90), far_arm=(0, 0))
    return Pose(
        "band pull-apart",
        _frame(together, Line(together.wrist_n, together.wrist_f)),
        _frame(apart, Line(apart.wrist_n, apart.wrist_f)),
    )


def _active_leg_raise() -> Pose:
    hip = (0.4, 0.07)
    flat = body(hip, 180, (0, 0), (-10, 0), far_leg=(0, 0))
    raised = body(hip, 180, (0, 0), (-10, 0), far_leg=(65, 65))
    return Pose("straight-leg raise", _frame(flat), _frame(raised))


def _roll_upper_back() -> Pose:
    roller = Circle((0.3, 0.12), 0.08)
    feet = (0.78, FLOOR_Y)
    a_hip = (0.44, 0.22)
    b_hip = (0.5, 0.26)
    a = body(a_hip, 165, _leg_to(a_hip, feet), (100, -20), head=150)
    b = body(b_hip, 172, _leg_to(b_hip, feet), (100, -20), head=160)
    return Pose("foam rolling the upper back", _frame(a, roller), _frame(b, roller))


#: Catalog exercises with a drawing of their own, by exact id (checked before fragments).
EXACT_OVERRIDES: dict[str, Callable[[], Pose] | None] = {
    "back-extension": _back_extension,
    "good-morning": _good_morning,
    "single-leg-romanian-deadlift": _single_leg_hinge,
    "hip-airplane": lambda: _single_leg_hinge("hip airplane", weight=False),
    "kettlebell-swing": _swing,
    "chest-supported-row": _incline_row,
    "one-arm-dumbbell-row": _one_arm_row,
    "seated-cable-row": _cable_row,
    "landmine-press": _landmine_press,
    "leg-press": _leg_press,
    "bulgarian-split-squat": _split_squat_rear_foot_up,
    "box-squat": _box_squat,
    "easy-bike": _bike,
    "stationary-bike": _bike,
    "rowing-machine": _rower,
    "sled-push": _sled_push,
    "hollow-body-hold": _hollow_hold,
    "supine-toe-tap": _toe_tap,
    "kneeling-plank": _kneeling_plank,
    "stir-the-pot": _stir_the_pot,
    "ab-wheel-rollout": _rollout,
    "knee-side-plank": _knee_side_plank,
    "copenhagen-side-plank": _copenhagen,
    "crunch": _curl_up,
    "quadruped-hip-extension": _quadruped_kickback,
    "cable-glute-kickback": _quadruped_kickback,
    "quadruped-thoracic-rotation": _quadruped_reach_up,
    "adductor-rock-back": _rock_back,
    "standing-hamstring-stretch": _standing_hamstring,
    "standing-quad-stretch": _quad_stretch,
    "calf-wall-stretch": _calf_wall,
    "figure-four-stretch": _figure_four,
    "couch-stretch": _couch_stretch,
    "single-leg-hip-thrust": _single_leg_hip_thrust,
    "lat-pulldown": _lat_pulldown,
    "dowel-hinge-drill": _dowel_hinge,
    "half-kneeling-pallof-press": _half_kneeling_pallof,
    "half-kneeling-cable-chop": _half_kneeling_chop,
    "pigeon-stretch": _pigeon,
    "worlds-greatest-stretch": _worlds_greatest,
    "inchworm": _inchworm,
    "walking-knee-hug": _knee_hug,
    "hip-circle": _knee_circle,
    "lateral-leg-swing": _front_leg_swing,
    "lateral-lunge-shift": _lateral_lunge,
    "arm-circle": _arm_circles,
    "band-pull-apart": _pull_apart,
    "active-straight-leg-raise": _active_leg_raise,
    "foam-roll-thoracic-spine": _roll_upper_back,
    # Twists and turns seen from the side are a figure standing or lying still: no drawing.
    "torso-twist": None,
    "open-book-thoracic-rotation": None,
    "lower-trunk-rotation": None,
    "90-90-hip-switch": None,
    "90-90-hip-stretch": None,
}


PATTERN_POSES: dict[Pattern, Callable[[], Pose]] = {
    "hinge": _hinge,
    "squat": _squat,
    "lunge": _lunge,
    "push": _push_up,
    "pull": _row,
    "carry": _carry,
    "anti-extension": _plank,
    "anti-rotation": _pallof,
    "anti-lateral-flexion": _side_plank,
    "bridge": _bridge,
    "spinal-flexion": _sit_up,
    "rotation": _chop,
    "stretch": _hip_flexor_stretch,
    "dynamic-mobility": _leg_swing,
    "soft-tissue": _foam_roll,
    "cardio": _walk,
}

#: Exercises whose movement differs from their pattern's, matched by a fragment of the id,
#: first match wins. None means "no faithful side view" (the handout then shows no figure).
ID_OVERRIDES: tuple[tuple[str, Callable[[], Pose] | None], ...] = (
    ("clamshell", None),
    ("bird-dog", _bird_dog),
    ("dead-bug", _dead_bug),
    ("cat-cow", _cat_cow),
    ("curl-up", _curl_up),
    ("single-leg-glute-bridge", _single_leg_bridge),
    ("single-leg-bridge", _single_leg_bridge),
    ("hip-thrust", _hip_thrust),
    ("step-up", _step_up),
    ("pull-up", _pull_up),
    ("chin-up", _pull_up),
    ("pulldown", _pull_up),
    ("overhead-press", _overhead_press),
    ("bench-press", _bench_press),
    ("floor-press", _bench_press),
    ("side-plank", _side_plank),
    ("plank", _plank),
    ("suitcase", _carry),
    ("hamstring", _hamstring_stretch),
    ("knee-to-chest", _knee_to_chest),
    ("child", _childs_pose),
    ("leg-swing", _leg_swing),
    # Band walks step sideways in a quarter squat: the squat's side view is the faithful one.
    ("lateral-walk", _squat),
    ("monster-walk", _squat),
    ("walk", _walk),
)

_CACHE: dict[str, Pose | None] = {}


def pose_for(exercise: Exercise | None) -> Pose | None:
    """The pose to draw for an exercise, or None when there is none (or no exercise)."""
    if exercise is None:
        return None
    if exercise.id in _CACHE:
        return _CACHE[exercise.id]
    pose = _lookup(exercise)
    _CACHE[exercise.id] = pose
    return pose


def _lookup(exercise: Exercise) -> Pose | None:
    if exercise.id in EXACT_OVERRIDES:
        exact = EXACT_OVERRIDES[exercise.id]
        return None if exact is None else exact()
    if exercise.pattern == "soft-tissue":
        return _foam_roll()
    for fragment, maker in ID_OVERRIDES:
        if fragment in exercise.id:
            if maker is None:
                return None
            if fragment == "hamstring" and exercise.category != "mobility":
                continue
            return maker()
    return PATTERN_POSES[exercise.pattern]()


def all_poses() -> dict[str, Pose]:
    """Every distinct pose by name: for previews and tests of the painters."""
    makers = list(PATTERN_POSES.values()) + [m for _, m in ID_OVERRIDES if m is not None]
    makers += [m for m in EXACT_OVERRIDES.values() if m is not None]
    poses = (maker() for maker in makers)
    return {pose.name: pose for pose in poses}


def mirrored(pose: Pose) -> Pose:
    """The same pose facing -x (for painters that want the figure to face the text)."""

    def flip(point: Point) -> Point:
        return (1.0 - point[0], point[1])

    def flip_figure(figure: Figure) -> Figure:
        return Figure(**{name: flip(getattr(figure, name)) for name in Figure.__dataclass_fields__})

    def flip_prop(prop: Prop) -> Prop:
        if isinstance(prop, Line):
            return replace(prop, a=flip(prop.a), b=flip(prop.b))
        if isinstance(prop, Circle):
            return replace(prop, center=flip(prop.center))
        return replace(prop, x=1.0 - prop.x - prop.width)

    def flip_frame(frame: Frame) -> Frame:
        return Frame(flip_figure(frame.figure), tuple(flip_prop(p) for p in frame.props))

    return Pose(
        pose.name,
        flip_frame(pose.start),
        flip_frame(pose.end),
        tuple(flip_prop(p) for p in pose.scenery),
    )
