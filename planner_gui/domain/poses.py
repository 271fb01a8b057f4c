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
    anchor = (0.05, 0.62)
    return Pose(
        "anti-rotation press",
        _frame(close, Line(anchor, close.wrist_n)),
        _frame(pressed, Line(anchor, pressed.wrist_n)),
    )


def _bridge() -> Pose:
    down = body((0.45, 0.07), 180, (30, -75), (-10, 0))
    up = body((0.45, 0.25), 200, (3, -85), (-10, 0))
    return Pose("bridge", _frame(down), _frame(up))


def _single_leg_bridge() -> Pose:
    down = body((0.45, 0.07), 180, (30, -75), (-10, 0), far_leg=(20, 20))
    up = body((0.45, 0.25), 200, (3, -85), (-10, 0), far_leg=(3, 3))
    return Pose("single-leg bridge", _frame(down), _frame(up))


def _hip_thrust() -> Pose:
    down = body((0.38, 0.16), 150, (30, -80), (-110, 0))
    up = body((0.38, 0.3), 180, (3, -88), (-110, 0))
    return Pose(
        "hip thrust",
        _frame(down),
        _frame(up),
        scenery=(Line((0.0, FLOOR_Y), (1.0, FLOOR_Y)), Rect(0.0, FLOOR_Y, 0.13, 0.2)),
    )


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
