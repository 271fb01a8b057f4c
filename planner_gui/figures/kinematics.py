"""Joint angles to joint positions (forward kinematics), and limbs that reach a point.

Drawings give segment angles in degrees (0 = the way the figure faces, 90 = up); `body` turns
them into a side-view `Figure`, `front` into a front-view one (shoulders and hip joints apart).
Where a hand must hold a bar or a foot stand on the floor, `leg_to` and `arm_to` (and their
front-view twins) find the two angles that put the end of the limb there (two-bone inverse
kinematics). Either way every limb keeps its length from `skeleton`.

`spine` curves the back: the lower half of the trunk turns by -spine/2 and the upper half by
+spine/2 from `torso`, so for a figure facing +x a positive spine arches (extension) and a
negative one rounds (flexion).
"""

from __future__ import annotations

import math

from planner_gui.figures.skeleton import (
    FOREARM,
    NECK_TO_HEAD,
    PELVIS,
    SHIN,
    SHOULDER,
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


def trunk(hip: Point, torso: float, spine: float = 0.0, seen: float = 1.0) -> tuple[Point, Point]:
    """Waist and neck of a trunk at `torso` degrees curved by `spine`.

    `seen` shortens it for a top view of a sitting trunk (1: its whole length).
    """
    waist = step(hip, torso - spine / 2, TORSO / 2 * seen)
    return waist, step(waist, torso + spine / 2, TORSO / 2 * seen)


def body(
    hip: Point,
    torso: float,
    leg: Angles,
    arm: Angles,
    far_leg: Angles | None = None,
    far_arm: Angles | None = None,
    head: float | None = None,
    spine: float = 0.0,
) -> Figure:
    """A side-view figure from absolute segment angles in degrees (0 = facing, 90 = up).

    `leg` is (thigh, shin), `arm` is (upper arm, forearm); far limbs default to the near ones.
    """
    waist, neck = trunk(hip, torso, spine)
    return _assemble(
        hip,
        waist,
        neck,
        (hip, hip),
        (neck, neck),
        (leg, far_leg or leg),
        (arm, far_arm or arm),
        torso + spine / 2 if head is None else head,
        NECK_TO_HEAD,
    )


def front(
    hip: Point,
    torso: float,
    leg: Angles,
    arm: Angles,
    far_leg: Angles | None = None,
    far_arm: Angles | None = None,
    head: float | None = None,
    spine: float = 0.0,
    turn: float = 0.0,
    seen: float = 1.0,
) -> Figure:
    """A front-view figure: the near limbs are its left, drawn on the reader's right.

    Far limbs default to the mirror image of the near ones, so a symmetric stance needs one
    leg and one arm. `turn` narrows the shoulders of a trunk turned that many degrees from
    the reader; `seen` shortens the trunk and the neck (see `trunk`).
    """
    waist, neck = trunk(hip, torso, spine, seen)
    lower, upper = torso - spine / 2, torso + spine / 2
    return _assemble(
        hip,
        waist,
        neck,
        (hip_joint(hip, torso, True, spine), hip_joint(hip, torso, False, spine)),
        (
            shoulder(hip, torso, True, spine, turn, seen),
            shoulder(hip, torso, False, spine, turn, seen),
        ),
        (leg, far_leg or _mirror(leg, lower)),
        (arm, far_arm or _mirror(arm, upper)),
        upper if head is None else head,
        NECK_TO_HEAD * seen,
    )


def _mirror(limb: Angles, axis: float) -> Angles:
    return (2 * axis - limb[0], 2 * axis - limb[1])


def _assemble(
    hip: Point,
    waist: Point,
    neck: Point,
    hips: tuple[Point, Point],
    shoulders: tuple[Point, Point],
    legs: tuple[Angles, Angles],
    arms: tuple[Angles, Angles],
    head: float,
    head_gap: float,
) -> Figure:
    knee_n = step(hips[0], legs[0][0], THIGH)
    knee_f = step(hips[1], legs[1][0], THIGH)
    elbow_n = step(shoulders[0], arms[0][0], UPPER_ARM)
    elbow_f = step(shoulders[1], arms[1][0], UPPER_ARM)
    return Figure(
        head=step(neck, head, head_gap),
        neck=neck,
        waist=waist,
        hip=hip,
        shoulder_n=shoulders[0],
        shoulder_f=shoulders[1],
        hip_n=hips[0],
        hip_f=hips[1],
        elbow_n=elbow_n,
        wrist_n=step(elbow_n, arms[0][1], FOREARM),
        elbow_f=elbow_f,
        wrist_f=step(elbow_f, arms[1][1], FOREARM),
        knee_n=knee_n,
        ankle_n=step(knee_n, legs[0][1], SHIN),
        knee_f=knee_f,
        ankle_f=step(knee_f, legs[1][1], SHIN),
    )


def hip_joint(hip: Point, torso: float, near: bool, spine: float = 0.0) -> Point:
    """Where a leg hangs in a front view: beside the hip, square to the lower trunk."""
    lower = torso - spine / 2
    return step(hip, lower - 90 if near else lower + 90, PELVIS)


def shoulder(
    hip: Point,
    torso: float,
    near: bool,
    spine: float = 0.0,
    turn: float = 0.0,
    seen: float = 1.0,
) -> Point:
    """Where an arm hangs in a front view: beside the neck, square to the upper trunk."""
    upper = torso + spine / 2
    neck = trunk(hip, torso, spine, seen)[1]
    width = SHOULDER * math.cos(math.radians(turn))
    return step(neck, upper - 90 if near else upper + 90, width)


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


def arm_to(hip: Point, torso: float, hand: Point, bend: int = -1, spine: float = 0.0) -> Angles:
    """Upper-arm and forearm angles that put the wrist at `hand` for a trunk at `torso`."""
    return reach(trunk(hip, torso, spine)[1], hand, UPPER_ARM, FOREARM, bend)


def front_leg_to(
    hip: Point, torso: float, foot: Point, near: bool = True, bend: int = 1, spine: float = 0.0
) -> Angles:
    """`leg_to` for a front view: the leg hangs from its own hip joint."""
    return reach(hip_joint(hip, torso, near, spine), foot, THIGH, SHIN, bend)


def front_arm_to(
    hip: Point,
    torso: float,
    hand: Point,
    near: bool = True,
    bend: int = -1,
    spine: float = 0.0,
    turn: float = 0.0,
    seen: float = 1.0,
) -> Angles:
    """`arm_to` for a front view: the arm hangs from its own shoulder."""
    root = shoulder(hip, torso, near, spine, turn, seen)
    return reach(root, hand, UPPER_ARM, FOREARM, bend)


#: A point in space for a figure lying on its side: x the way the figure faces, y up, z
#: along the body towards its feet.
Point3 = tuple[float, float, float]


def step3(origin: Point3, direction: Point3, length: float) -> Point3:
    """The point `length` from `origin` towards `direction` (any length but zero)."""
    size = math.sqrt(sum(c * c for c in direction))
    return (
        origin[0] + direction[0] / size * length,
        origin[1] + direction[1] / size * length,
        origin[2] + direction[2] / size * length,
    )


def turned(point: Point3, a: Point3, b: Point3, degrees: float) -> Point3:
    """`point` turned `degrees` about the axis from `a` to `b` (right-handed): a knee
    opening about the line from its hip to its heel keeps both bones their length."""
    axis = [bj - aj for aj, bj in zip(a, b, strict=True)]
    size = math.sqrt(sum(c * c for c in axis))
    k = [c / size for c in axis]
    v = [pj - aj for aj, pj in zip(a, point, strict=True)]
    rad = math.radians(degrees)
    cos, sin = math.cos(rad), math.sin(rad)
    dot = sum(kj * vj for kj, vj in zip(k, v, strict=True))
    cross = (k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0])
    out = [v[j] * cos + cross[j] * sin + k[j] * dot * (1 - cos) for j in range(3)]
    return (a[0] + out[0], a[1] + out[1], a[2] + out[2])


def projected(point: Point3, origin: Point, elevation: float, aside: float = 0.0) -> Point:
    """Where a point lands on the page seen from the feet end, `elevation` degrees above
    and `aside` degrees round towards the figure's back: nearer points lower on the page
    and, seen from aside, further to the right. `aside` -90 looks at the figure's front
    (its belly), the body across the page with its head to the right."""
    ce, se = math.cos(math.radians(elevation)), math.sin(math.radians(elevation))
    ca, sa = math.cos(math.radians(aside)), math.sin(math.radians(aside))
    x, depth = point[0] * ca + point[2] * sa, point[2] * ca - point[0] * sa
    return (origin[0] + x, origin[1] + point[1] * ce - depth * se)


def projected_figure(
    joints: dict[str, Point3], origin: Point, elevation: float, aside: float = 0.0
) -> Figure:
    """A figure placed in space drawn as seen from `elevation` above and `aside` round
    from its feet end (see `projected`), so a knee opening up off the floor shows. Bones
    running towards the reader look shorter than they are, never longer."""
    return Figure(
        **{name: projected(point, origin, elevation, aside) for name, point in joints.items()}
    )
