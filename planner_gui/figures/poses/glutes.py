"""Glute work: bridges, hip thrusts, hip extension, side-lying and banded abduction.

Bridges and thrusts are side views, lying with the head to the left; the frog pump's is
from a little above too, on a mat, so its soles-together, knees-out diamond shows. The
side-lying abduction and the lateral band walk are front views: lying on its side the
figure's front faces the reader, so the top leg lifts up the page; the clamshell is seen
from in front and a little above, so the top thigh opens up off the bottom one in a V
from the hips. Each
drawing is a function returning a fresh `Pose`; `POSES` names them by pose id for the
library.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from planner_gui.figures.kinematics import (
    Angles,
    Point3,
    arm_to,
    body,
    front,
    front_arm_to,
    front_leg_to,
    hip_joint,
    leg_to,
    projected,
    projected_figure,
    step,
    step3,
    turned,
)
from planner_gui.figures.pose import Frame, Pose, frame
from planner_gui.figures.props import (
    FLOOR_Y,
    PLATE,
    Line,
    Prop,
    barbell,
    bench,
    cable,
    dumbbell,
    loop,
    slanted_mat,
    tower,
    with_floor,
)
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

_BRIDGE_FOOT = (0.7, FLOOR_Y)
_SHOULDERS = (0.16, FLOOR_Y + 0.03)
_ARMS = (-2.0, 0.0)  # along the floor beside the body


def _bridge_at(lift: float, foot: Point = _BRIDGE_FOOT, far_leg: Angles | None = None) -> Figure:
    """On the back, shoulders down at `_SHOULDERS`, feet flat: the hips raised `lift`
    degrees (0: down on the floor)."""
    hip = step(_SHOULDERS, lift, TORSO)
    return body(hip, 180 + lift, leg_to(hip, foot), _ARMS, far_leg=far_leg, head=180)


def _bridge() -> Pose:
    return Pose("bridge", frame(_bridge_at(0)), frame(_bridge_at(32)))


#: The marching leg at the top of the bridge: thigh straight up, shin level, knee at a right
#: angle (a straight raised leg is the single-leg bridge).
_MARCH_LEG: Angles = (92.0, 2.0)


def _bridge_march() -> Pose:
    """Held at the top of the bridge, hips up: the near foot (drawn bold) lifts and its knee
    comes up over the hip, pelvis level, while the far foot stays flat."""
    top = _bridge_at(32)
    hip = top.hip
    knee_up = body(hip, 180 + 32, _MARCH_LEG, _ARMS, far_leg=leg_to(hip, _BRIDGE_FOOT), head=180)
    return Pose("bridge march", frame(top), frame(knee_up))


#: The frog pump's floor: seen from the side and a little above, so a knee fallen out
#: towards the reader lands lower on the page and one fallen away lands higher.
_FROG_FLOOR = FLOOR_Y + 0.26
_FROG_SHOULDERS = (0.2, _FROG_FLOOR + 0.03)
_FROG_FEET = (0.75, _FROG_FLOOR)


def _frog_pump() -> Pose:
    """Seen from the side and a little above, head to the left, on a mat: the soles together
    close to the hips and the knees fallen out wide, the near one towards the reader and down
    the page, the far one away and up it, so the legs make a diamond on its side; the hips
    then lift off the mat, the shoulders staying down, as in the bridge. From above (the old
    drawing) the lift hardly showed; straight from the side the knees would overlap."""

    def lying(lift: float) -> Figure:
        hip = step(_FROG_SHOULDERS, lift, TORSO)
        near = leg_to(hip, (_FROG_FEET[0], _FROG_FEET[1] - 0.006), bend=-1)
        far = leg_to(hip, (_FROG_FEET[0], _FROG_FEET[1] + 0.006), bend=1)
        return body(hip, 180 + lift, near, _ARMS, far_leg=far, head=180)

    floor = slanted_mat((0.12, _FROG_FLOOR + 0.2), 0.8, 0.45, slant=70)
    return Pose("frog pump", frame(lying(0)), frame(lying(34)), scenery=floor)


def _thick_band(
    centre: Point, along: float, length: float = 0.1, width: float = 0.04
) -> tuple[Line, ...]:
    """A mini-band seen side-on round a limb: a thick-edged strip `length` across the limb
    and `width` along it (`along` is the limb's angle), so it shows as a band, not a dot."""
    across = along + 90
    half_l, half_w = length / 2, width / 2
    corners = [
        step(step(centre, across, sign_l * half_l), along, sign_w * half_w)
        for sign_l, sign_w in ((1, 1), (-1, 1), (-1, -1), (1, -1))
    ]
    return tuple(Line(corners[i], corners[(i + 1) % 4], thick=True, role="band") for i in range(4))


def _thick_line_band(a: Point, b: Point) -> Line:
    """A mini-band seen from the front, stretched between two limbs: drawn thick, so it
    shows at handout size (a plain band line reads as a construction line)."""
    return Line(a, b, thick=True, role="band")


def _banded_bridge() -> Pose:
    """The bridge with a thick mini-band round both thighs just above the knees, pressed
    out against it."""

    def banded(lift: float) -> Frame:
        figure = _bridge_at(lift)
        thigh = _toward(figure.knee_n, figure.hip)
        return frame(figure, *_thick_band(step(figure.knee_n, thigh, 0.05), thigh))

    return Pose("banded bridge", banded(0), banded(32))


_FREE_LEG = 60.0  # the free leg held straight, this many degrees above the floor


def _single_leg_bridge() -> Pose:
    """One foot down, the other leg held straight and raised well clear of the floor: the
    raised leg is the near one, drawn bold, so it is the first thing seen."""
    free: Angles = (_FREE_LEG, _FREE_LEG)

    def on_one_leg(lift: float) -> Figure:
        hip = step(_SHOULDERS, lift, TORSO)
        return body(hip, 180 + lift, free, _ARMS, far_leg=leg_to(hip, _BRIDGE_FOOT), head=180)

    return Pose("single-leg bridge", frame(on_one_leg(0)), frame(on_one_leg(32)))


_THRUST_FOOT = (0.62, FLOOR_Y)
#: The bench's top just under the level trunk, so the back rests on its edge (0.05 lower
#: the back floated over it).
_THRUST_BENCH = bench(0.0, 0.14, FLOOR_Y + 0.25)
_THRUST_HIPS = ((0.38, 0.16), (0.38, 0.3))


def _thrust(name: str, load: Callable[[Point], tuple[Prop, ...]], lift: Point) -> Pose:
    """Upper back on a bench's edge, feet flat: the hips drive up until the body is level.

    The load sits `lift` from the hip (across the hip crease) and the hands hold it there,
    elbows up; arms at set angles held nothing, hanging beside the load."""
    (down_hip, up_hip) = _THRUST_HIPS

    def at(hip: Point, torso: float, head: float) -> Frame:
        held = (hip[0] + lift[0], hip[1] + lift[1])
        arms = arm_to(hip, torso, held, bend=1)
        # The chin tucked: the head tips up off the bench's line, not lying along it.
        figure = body(hip, torso, leg_to(hip, _THRUST_FOOT), arms, head=head)
        return frame(figure, *load(held))

    return Pose(
        name,
        at(down_hip, 150, 105),
        at(up_hip, 180, 135),
        scenery=with_floor(*_THRUST_BENCH),
    )


def _barbell_hip_thrust() -> Pose:
    def bar(at: Point) -> tuple[Prop, ...]:
        return barbell(at, PLATE * 0.8)

    return _thrust("hip thrust", bar, (0.02, 0.03))


def _dumbbell_hip_thrust() -> Pose:
    def weight(at: Point) -> tuple[Prop, ...]:
        return (dumbbell(at),)

    return _thrust("dumbbell hip thrust", weight, (0.02, 0.05))


#: The single-leg hip thrust's bench, higher than the two-footed thrust's so the trunk
#: lies on its pad at the top: its near edge, its top, and where the shoulder blades rest
#: on that edge (the trunk pivots there as the hips rise).
SL_THRUST_EDGE = 0.36
SL_THRUST_TOP = FLOOR_Y + 0.235
SL_THRUST_CONTACT = (SL_THRUST_EDGE, SL_THRUST_TOP + 0.012)
#: The raised leg's angle above the trunk's line, held straight; and the hips' drop at the
#: start (degrees of the trunk below level).
SL_THRUST_LEG = 35.0
SL_THRUST_DROP = 30.0


def _single_leg_hip_thrust() -> Pose:
    """Shoulder blades on a bench's edge, hands on the hips, one foot flat on the floor and
    the other leg held straight up off it (the near one, drawn bold): the hips drive up from
    low until the trunk is level on the bench and the planted shin vertical. The old drawing
    floated the back above a small bench and folded the free knee into a chair shape."""
    contact = SL_THRUST_CONTACT
    blades = 0.05  # from the neck down the trunk to the edge the back rests on
    foot = (contact[0] + TORSO - blades + THIGH, FLOOR_Y)

    def at(drop: float) -> Figure:
        hip = step(contact, -drop, TORSO - blades)
        torso = 180 - drop
        free = SL_THRUST_LEG - drop
        # Hands on the hips, elbows up (arms along the bench are end-on from the side, and
        # drawn on its pad read as more bench); the chin tucked, the head up off the bench.
        arms = arm_to(hip, torso, step(hip, 90 - drop, 0.03), bend=1)
        return body(hip, torso, (free, free), arms, far_leg=leg_to(hip, foot), head=135 - drop)

    return Pose(
        "single-leg hip thrust",
        frame(at(SL_THRUST_DROP)),
        frame(at(0)),
        scenery=with_floor(*bench(0.06, SL_THRUST_EDGE - 0.06, SL_THRUST_TOP)),
    )


#: The quadruped hip extension's lifted leg: the thigh back to level, the knee bent with
#: the shin up, the sole to the ceiling.
KICK_THIGH = 172.0
KICK_SHIN = 88.0


def _quadruped_kickback() -> Pose:
    """On all fours, one knee stays bent at a right angle as the thigh lifts back to level,
    the heel pushing up to the ceiling. The straight leg kicked back drew bird-dog
    without its arm."""
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), head=10)
    end = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_leg=(KICK_THIGH, KICK_SHIN), head=10)
    return Pose("quadruped hip extension", frame(start), frame(end))


def _cable_kickback() -> Pose:
    """Facing a cable column, hands on it, a strap on the far ankle: that leg kicks back
    and a little up against the low pulley's cable."""
    column = 0.86
    pulley = (column, FLOOR_Y + 0.06)
    hip, torso = (0.46, FLOOR_Y + THIGH + SHIN), 75.0
    hands = arm_to(hip, torso, (column - 0.02, 0.62))
    under = body(hip, torso, (-90, -90), hands, far_leg=(-95, -100))
    back = body(hip, torso, (-90, -90), hands, far_leg=(-132, -128))
    return Pose(
        "cable glute kickback",
        frame(under, *cable(under.ankle_f, pulley)),
        frame(back, *cable(back.ankle_f, pulley)),
        scenery=with_floor(*tower(column, (pulley[1],), top=0.9)),
    )


# Lying on the side, seen from the front: head to the right, the near side underneath.

_SIDE_TORSO = math.degrees(math.asin((SHOULDER - PELVIS) / TORSO))
_SIDE_HIP = (0.45, FLOOR_Y + PELVIS + 0.005)


def _side_lying(top_leg: Angles, bottom_leg: Angles = (180, 180)) -> Figure:
    """Lying on the near side, the head on the lower arm stretched along the floor past it,
    the top hand resting on the top hip."""
    hand = step(hip_joint(_SIDE_HIP, _SIDE_TORSO, False), 30, 0.05)
    top_arm = front_arm_to(_SIDE_HIP, _SIDE_TORSO, hand, near=False, bend=1)
    return front(
        _SIDE_HIP,
        _SIDE_TORSO,
        bottom_leg,
        (0, 0),
        far_leg=top_leg,
        far_arm=top_arm,
        head=0,
    )


def _toward(start: Point, end: Point) -> float:
    return math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))


def _side_lying_abduction() -> Pose:
    """The top leg, straight, lifts up and away from the bottom one."""
    bottom = _side_lying((180, 180))
    top_hip = hip_joint(_SIDE_HIP, _SIDE_TORSO, False)
    resting = _toward(top_hip, bottom.ankle_n)
    together = _side_lying((resting, resting))
    lifted = _side_lying((150, 150))
    return Pose("side-lying hip abduction", frame(together), frame(lifted), view="front")


#: The clamshell seen from in front of the belly: how far above the drawing looks down on
#: the mat, how far round from the feet end (-90: square to the front, the head to the
#: right), and how far the top knee opens about the line from its hip to its heel.
_CLAM_ELEVATION = 40.0
_CLAM_ASIDE = -90.0
_CLAM_OPEN = 60.0
_CLAM_ORIGIN = (0.42, FLOOR_Y + 0.16)
#: How far along the thigh from the hip the mini-band sits: just above the knee.
_CLAM_BAND = 0.75


def _along(a: Point, b: Point, share: float) -> Point:
    return (a[0] + (b[0] - a[0]) * share, a[1] + (b[1] - a[1]) * share)


def _to(a: Point3, b: Point3) -> Point3:
    return (b[0] - a[0], b[1] - a[1], b[2] - a[2])


def _elbow_up(shoulder: Point3, hand: Point3) -> Point3:
    """The elbow of an arm from `shoulder` to `hand` (in reach), bent upwards, so both
    bones keep their length."""
    gap = _to(shoulder, hand)
    d = math.sqrt(sum(c * c for c in gap))
    along = (UPPER_ARM**2 - FOREARM**2 + d * d) / (2 * d)
    rise = math.sqrt(UPPER_ARM**2 - along**2)
    unit = tuple(c / d for c in gap)
    up = tuple((1.0 if j == 1 else 0.0) - unit[1] * unit[j] for j in range(3))
    size = math.sqrt(sum(c * c for c in up))
    return (
        shoulder[0] + unit[0] * along + up[0] / size * rise,
        shoulder[1] + unit[1] * along + up[1] / size * rise,
        shoulder[2] + unit[2] * along + up[2] / size * rise,
    )


def _clamshell() -> Pose:
    """Lying on the left side on a mat, seen from in front of the belly and a little above,
    as handouts draw it: the trunk across the picture, the head to the right resting on
    the bottom arm, the hips bent 45 degrees and the knees 90 so the heels come back in line
    with the trunk. The bottom leg lies on the mat; the top knee opens about the line from
    its hip to its heels, the heels staying together, so it lifts up the page and the
    thighs part in a V from the hips, a mini-band above the knees. Seen from the feet end
    the trunk ran away up the page and the legs folded into short strokes that did not
    read as a clamshell; square to the front with no height the open leg was the shut
    one's mirror, a closed diamond. From 35 degrees above the front the forward thighs
    slope down the page and the top one lifts off the bottom one."""
    lift = 0.02  # the bottom hip joint over the mat
    hip_n: Point3 = (0.0, lift, 0.0)
    hip_f: Point3 = (0.0, lift + 2 * PELVIS, 0.0)
    hip: Point3 = (0.0, lift + PELVIS, 0.0)
    neck_y = lift + SHOULDER  # the bottom shoulder on the mat too
    spine: Point3 = (0.0, neck_y - hip[1], -TORSO)
    waist = step3(hip, spine, TORSO / 2)
    neck = step3(waist, spine, TORSO / 2)
    shoulder_n = (neck[0], neck[1] - SHOULDER, neck[2])
    shoulder_f = (neck[0], neck[1] + SHOULDER, neck[2])
    head = step3(neck, (0.0, 0.0, -1.0), NECK_TO_HEAD)
    # The bottom arm reaches along the mat under the head, the forearm folding forward;
    # the top hand rests on the top hip, its elbow up. Laid straight along the side the
    # top arm drew a long box with the trunk.
    elbow_n = step3(shoulder_n, (0.15, 0.0, -1.0), UPPER_ARM)
    wrist_n = step3(elbow_n, (1.0, 0.0, -0.6), FOREARM)
    wrist_f = (0.0, hip_f[1] + 0.015, -0.01)
    elbow_f = _elbow_up(shoulder_f, wrist_f)
    forward = (math.sqrt(0.5), 0.0, math.sqrt(0.5))
    back = (-math.sqrt(0.5), 0.0, math.sqrt(0.5))
    knee_n = step3(hip_n, forward, THIGH)
    ankle_n = step3(knee_n, back, SHIN)
    resting = (knee_n[0], knee_n[1] + 2 * PELVIS - 0.03, knee_n[2])  # on the bottom knee
    knee_shut = step3(hip_f, _to(hip_f, resting), THIGH)
    heels = (ankle_n[0], ankle_n[1] + 0.04, ankle_n[2])  # the top heel on the bottom one
    ankle_f = step3(knee_shut, _to(knee_shut, heels), SHIN)

    def lying(opened: float) -> Frame:
        knee_f = turned(knee_shut, hip_f, ankle_f, opened)
        joints: dict[str, Point3] = {
            "head": head,
            "neck": neck,
            "waist": waist,
            "hip": hip,
            "shoulder_n": shoulder_n,
            "shoulder_f": shoulder_f,
            "hip_n": hip_n,
            "hip_f": hip_f,
            "elbow_n": elbow_n,
            "wrist_n": wrist_n,
            "elbow_f": elbow_f,
            "wrist_f": wrist_f,
            "knee_n": knee_n,
            "ankle_n": ankle_n,
            "knee_f": knee_f,
            "ankle_f": ankle_f,
        }
        figure = projected_figure(joints, _CLAM_ORIGIN, _CLAM_ELEVATION, _CLAM_ASIDE)
        above = [
            _along(h, k, _CLAM_BAND)
            for h, k in ((figure.hip_f, figure.knee_f), (figure.hip_n, figure.knee_n))
        ]
        return frame(figure, loop(above[0], above[1]))

    start, end = lying(0.0), lying(_CLAM_OPEN)
    # The mat under the body, from past the head to past the heels, seen the same way.
    corners = [(-0.08, 0.0, -0.55), (0.26, 0.0, -0.55), (0.26, 0.0, 0.42), (-0.08, 0.0, 0.42)]
    edges = [projected(c, _CLAM_ORIGIN, _CLAM_ELEVATION, _CLAM_ASIDE) for c in corners]
    floor = tuple(Line(edges[i], edges[(i + 1) % 4], role="mat") for i in range(4))
    return Pose("clamshell", start, end, scenery=floor, view="oblique")


def _lateral_band_walk() -> Pose:
    """Seen from the front in a quarter squat, a mini-band round the ankles: the near foot
    steps out to the side against the band, the knees pushed out; a thin arrow along the
    floor shows the step goes sideways (the monster walk steps forward on the diagonal)."""
    hip = (0.5, 0.485)
    hands = (0.5 + 0.12, 0.5)  # hands on the hips

    def stance(near_foot: float, far_foot: float, hip_x: float) -> Frame:
        at = (hip_x, hip[1])
        figure = front(
            at,
            90,
            front_leg_to(at, 90, (near_foot, FLOOR_Y), bend=1),
            front_arm_to(at, 90, (hip_x + hands[0] - 0.5, hands[1]), bend=1),
            far_leg=front_leg_to(at, 90, (far_foot, FLOOR_Y), near=False, bend=-1),
            far_arm=front_arm_to(at, 90, (hip_x - (hands[0] - 0.5), hands[1]), near=False, bend=-1),
        )
        low = (figure.ankle_n[0], figure.ankle_n[1] + 0.04)
        return frame(figure, _thick_line_band((figure.ankle_f[0], low[1]), low))

    tail, tip = (0.66, FLOOR_Y + 0.03), (0.9, FLOOR_Y + 0.03)
    arrow = (
        Line(tail, tip),
        Line(tip, step(tip, 152, 0.045)),
        Line(tip, step(tip, -152, 0.045)),
    )
    return Pose(
        "lateral band walk",
        stance(0.62, 0.38, 0.5),
        stance(0.76, 0.38, 0.57),
        scenery=with_floor(*arrow),
        view="front",
    )


def _monster_walk() -> Pose:
    """Seen from the front in a quarter squat, feet wide, a mini-band round the knees: the
    near foot steps forward and out on the diagonal against the band. Forward is towards the
    reader, so the stepping foot lands lower on the page, on a floor seen a little from
    above; a thin arrow on the floor shows the diagonal step (the lateral band walk steps
    straight out to the side instead)."""
    hip_y = 0.48
    hands = 0.12  # hands on the hips

    def stance(near_foot: Point, far_foot: Point, hip_x: float, drop: float) -> Frame:
        at = (hip_x, hip_y - drop)
        figure = front(
            at,
            90,
            front_leg_to(at, 90, near_foot, bend=1),
            front_arm_to(at, 90, (hip_x + hands, at[1] + 0.01), bend=1),
            far_leg=front_leg_to(at, 90, far_foot, near=False, bend=-1),
            far_arm=front_arm_to(at, 90, (hip_x - hands, at[1] + 0.01), near=False, bend=-1),
        )
        return frame(figure, _thick_line_band(figure.knee_f, figure.knee_n))

    start_foot, step_foot = (0.62, FLOOR_Y + 0.04), (0.74, FLOOR_Y - 0.02)
    far_foot = (0.38, FLOOR_Y + 0.04)
    tail, tip = (0.63, FLOOR_Y + 0.015), (0.86, FLOOR_Y - 0.035)
    back = math.degrees(math.atan2(tail[1] - tip[1], tail[0] - tip[0]))
    arrow = (
        Line(tail, tip),
        Line(tip, step(tip, back + 28, 0.045)),
        Line(tip, step(tip, back - 28, 0.045)),
    )
    floor = (
        Line((0.12, FLOOR_Y + 0.06), (0.88, FLOOR_Y + 0.06), role="floor"),
        Line((0.04, FLOOR_Y - 0.04), (0.96, FLOOR_Y - 0.04), role="floor"),
    )
    return Pose(
        "monster walk",
        stance(start_foot, far_foot, 0.5, 0.0),
        stance(step_foot, far_foot, 0.54, 0.02),
        scenery=(*floor, *arrow),
        view="front",
    )


POSES: dict[str, Callable[[], Pose]] = {
    "bridge": _bridge,
    "bridge-march": _bridge_march,
    "frog-pump": _frog_pump,
    "banded-bridge": _banded_bridge,
    "single-leg-bridge": _single_leg_bridge,
    "hip-thrust": _barbell_hip_thrust,
    "dumbbell-hip-thrust": _dumbbell_hip_thrust,
    "single-leg-hip-thrust": _single_leg_hip_thrust,
    "quadruped-hip-extension": _quadruped_kickback,
    "cable-kickback": _cable_kickback,
    "side-lying-hip-abduction": _side_lying_abduction,
    "clamshell": _clamshell,
    "lateral-band-walk": _lateral_band_walk,
    "monster-walk": _monster_walk,
}
