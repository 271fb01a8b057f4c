"""Core work: planks and side planks, bracing and breathing drills, anti-rotation, chops, curls.

Seen from the side, facing +x (lying figures have the head at the left), except the side
planks: a side plank is a front view of a body lying on its side, the near (lower) limbs on
the floor. The cable drills stand or kneel side-on to the machine, so the cable runs from
the upright beside them to the hands. Each drawing is a function returning a fresh `Pose`;
`POSES` names them by pose id for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from planner_gui.figures.kinematics import (
    Angles,
    arm_to,
    body,
    front,
    front_arm_to,
    hip_joint,
    leg_to,
    step,
    trunk,
)
from planner_gui.figures.pose import Frame, Pose, frame, shifted
from planner_gui.figures.props import (
    FLOOR_Y,
    Circle,
    Prop,
    ball,
    bench,
    cable,
    slanted_mat,
    tower,
    with_floor,
)
from planner_gui.figures.skeleton import (
    FOREARM,
    PELVIS,
    SHIN,
    SHOULDER,
    THIGH,
    TORSO,
    UPPER_ARM,
    Figure,
    Point,
)

_KNEEL_HIP = (0.4, FLOOR_Y + THIGH + 0.01)


def _half_kneeling(torso: float, hands: Point) -> Figure:
    """Back knee down under the hip, front foot flat ahead, both hands on one handle."""
    front_leg = leg_to(_KNEEL_HIP, (0.66, FLOOR_Y))
    return body(_KNEEL_HIP, torso, (-90, 180), arm_to(_KNEEL_HIP, torso, hands), far_leg=front_leg)


def _tall_kneeling(torso: float, hands: Point) -> Figure:
    """Both knees down under the hip, shins flat behind, both hands on one handle."""
    return body(_KNEEL_HIP, torso, (-90, 180), arm_to(_KNEEL_HIP, torso, hands))


def _plank_hold() -> Figure:
    return body((0.44, 0.17), 12, (192, 192), (-90, 0))


def _side_plank_on(support: float, shin: float | None = None, reach_up: bool = False) -> Figure:
    """A side plank seen from the front, head to the right: the lower forearm flat on the
    floor under the shoulder, the top arm to the ceiling. `support` is how far along the
    legs the body rests (their whole length on the feet, the thigh's on the knees, the
    shins then at `shin` degrees); the trunk's angle follows from resting there and on the
    elbow."""
    # Lower elbow on the floor:   hip_y + TORSO sin a - SHOULDER cos a - UPPER_ARM = floor + 0.01
    # Lower support on the floor: hip_y - PELVIS cos a - support sin a = floor
    lift = UPPER_ARM + 0.01
    radius = math.hypot(TORSO + support, PELVIS - SHOULDER)
    phase = math.atan2(PELVIS - SHOULDER, TORSO + support)
    angle = math.degrees(math.asin(lift / radius) - phase)
    rad = math.radians(angle)
    hip = (0.44, FLOOR_Y + PELVIS * math.cos(rad) + support * math.sin(rad))
    lower: Angles = (angle + 180, angle + 180 if shin is None else shin)
    # The top leg lies on the lower one: its knee (or foot) meets the lower knee (or foot).
    lower_knee = step(
        hip_joint(hip, angle, True), lower[0], THIGH if shin is not None else THIGH + SHIN
    )
    top_hip = hip_joint(hip, angle, False)
    thigh = math.degrees(math.atan2(lower_knee[1] - top_hip[1], lower_knee[0] - top_hip[0]))
    upper: Angles = (thigh, lower[1] + 4 if shin is not None else thigh)
    if reach_up:
        # Straight legs stacked, parallel, the top foot on the lower one, and the top arm
        # straight up to the ceiling: legs meeting at the feet and a hand on the hip drew
        # a kite on a string, taken for a front plank or a toy.
        straight: Angles = (lower[0], lower[0])
        return front(hip, angle, lower, (-90, 0), far_leg=straight, far_arm=(90, 90))
    # The top hand rests on the top hip, the elbow bent up off the trunk: an arm pointed at
    # the ceiling stood over the head like a stray post at print size.
    on_hip = front_arm_to(hip, angle, step(top_hip, angle + 180, 0.01), near=False, bend=-1)
    return front(hip, angle, lower, (-90, 0), far_leg=upper, far_arm=on_hip)


def _plank() -> Pose:
    hold = _plank_hold()
    return Pose("plank", frame(hold), frame(hold))


def _kneeling_plank() -> Pose:
    hip = (0.44, 0.2)
    legs = (225.0, 180.0)  # thigh down and back to the knee on the floor, shin flat
    hold = body(hip, 10, legs, arm_to(hip, 10, (0.84, FLOOR_Y + 0.01)))
    return Pose("kneeling plank", frame(hold), frame(hold))


def _side_plank() -> Pose:
    hold = _side_plank_on(THIGH + SHIN, reach_up=True)
    return Pose("side plank", frame(hold), frame(hold), view="front")


def _rolling_side_plank() -> Pose:
    """From a side plank (seen from the front) the whole body rolls as one piece onto both
    forearms, which the same viewer sees from the side (and on to the other side)."""
    return Pose(
        "rolling side plank",
        frame(_side_plank_on(THIGH + SHIN, reach_up=True)),
        frame(_plank_hold()),
        view="front",
    )


def _bear_hold() -> Pose:
    """On hands and toes, knees bent under the hips and hovering just off the floor."""
    knee_gap = 0.05
    hip = (0.42, FLOOR_Y + knee_gap + THIGH)
    shin = math.degrees(math.atan2(-knee_gap, -math.sqrt(SHIN**2 - knee_gap**2)))
    torso = math.degrees(math.asin((FLOOR_Y + 0.01 + UPPER_ARM + FOREARM - hip[1]) / TORSO))
    neck = trunk(hip, torso)[1]
    hold = body(hip, torso, (-90, shin), arm_to(hip, torso, (neck[0], FLOOR_Y + 0.01)))
    return Pose("bear hold", frame(hold), frame(hold))


#: The knee side plank's way back from the reader on a floor seen from the front and a
#: little above: the shins lie back along it, up the page and away from the body.
_KNEELING_BEHIND = 140.0


def _knee_side_plank() -> Pose:
    """The side plank resting on the lower knee and forearm, seen from the front and a
    little above, head to the right: the elbow under the shoulder, the hips lifted in line
    with the knees and the shoulders, both knees bent and the shins lying back on the mat
    behind the body, the top leg on the lower one. Straight from the front the shins would
    point away from the reader and vanish; folded under the thighs they read as a tangle."""
    hold = _side_plank_on(THIGH, shin=_KNEELING_BEHIND)
    # The top knee rests just over the lower one, its shin lying on the lower shin.
    toward = (hold.knee_n[0], hold.knee_n[1] + 0.035)
    top_knee = step(hold.hip_f, _angle(hold.hip_f, toward), THIGH)
    hold = replace(
        hold,
        knee_f=top_knee,
        ankle_f=step(top_knee, _KNEELING_BEHIND - 3, SHIN),
        wrist_n=step(hold.elbow_n, -20, FOREARM),  # the forearm forward on the mat
    )
    # Moved right, so the mat reaches behind the feet and still stays in the box.
    held = shifted(frame(hold), 0.08)
    floor = slanted_mat((0.0, FLOOR_Y + 0.225), 0.68, 0.45, slant=_KNEELING_BEHIND)
    return Pose("side plank from the knees", held, held, scenery=floor, view="front")


def _angle(start: Point, end: Point) -> float:
    return math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))


#: The Copenhagen bench: its height and length; the top leg's ankle rests on its middle.
_COPENHAGEN_TOP = 0.24
_COPENHAGEN_BENCH = 0.3


def _copenhagen() -> Pose:
    """The side plank on the lower forearm with the top leg's ankle on a bench; the lower
    leg reaches straight down under the bench to the floor and the top arm to the ceiling.

    The top foot used to touch the end of a small bench and the lower shin stood straight
    down like a table leg: body and bench read as two objects. Now the bench is long and
    the top shin lies across its middle, and the lower leg slants down beneath it."""
    top, angle = _COPENHAGEN_TOP, 5.0
    rad = math.radians(angle)
    hip_y = FLOOR_Y + 0.01 + UPPER_ARM + SHOULDER * math.cos(rad) - TORSO * math.sin(rad)
    hip = (0.6, hip_y)
    upper_hip = hip_joint(hip, angle, False)
    rise = math.degrees(math.asin((top + 0.01 - upper_hip[1]) / (THIGH + SHIN)))
    upper_leg: Angles = (180 - rise, 180 - rise)
    lower_hip = hip_joint(hip, angle, True)
    reach = THIGH + SHIN - 0.01
    drop = lower_hip[1] - FLOOR_Y
    lower_foot = (lower_hip[0] - math.sqrt(reach**2 - drop**2), FLOOR_Y)
    lower_leg = leg_to(lower_hip, lower_foot, bend=-1)
    hold = front(hip, angle, lower_leg, (-90, 0), far_leg=upper_leg, far_arm=(90, 90))
    ankle = hold.ankle_f[0]
    seat = bench(ankle - _COPENHAGEN_BENCH / 2, _COPENHAGEN_BENCH, top)
    return Pose(
        "copenhagen side plank",
        frame(hold),
        frame(hold),
        scenery=with_floor(*seat),
        view="front",
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
    seat = bench(heel[0] - 0.1, 0.22, heel[1] - 0.01)
    return Pose("90/90 breathing", frame(hold), frame(hold), scenery=with_floor(*seat))


#: The hollow hold's dish: how far the shoulders and the legs lift off the floor (degrees).
HOLLOW_TRUNK = 30.0
HOLLOW_LEGS = 24.0


def _hollow_hold() -> Pose:
    """On the back, the low back pressed down and both ends lifted into a shallow dish:
    the shoulders and the straight legs off the floor, the arms long overhead past the
    ears. Lifted 12 degrees each, the figure drew a line with a head on it."""
    hip = (0.56, FLOOR_Y + 0.04)
    legs = (HOLLOW_LEGS, HOLLOW_LEGS)
    torso = 180 - HOLLOW_TRUNK / 2
    # The arms steeper than the upper trunk, so they pass over the head, not through it.
    arms = (160 - HOLLOW_TRUNK, 160 - HOLLOW_TRUNK)
    hold = body(hip, torso, legs, arms, head=208 - HOLLOW_TRUNK, spine=-HOLLOW_TRUNK)
    return Pose("hollow hold", frame(hold), frame(hold))


def _toe_tap() -> Pose:
    hip = (0.45, 0.08)
    table = body(hip, 180, (90, 0), (-10, 0))
    tap = body(hip, 180, (90, 0), (-10, 0), far_leg=leg_to(hip, (0.78, FLOOR_Y + 0.01), 1))
    return Pose("toe tap", frame(table), frame(tap))


def _stir_the_pot() -> Pose:
    """A plank with the forearms on a stability ball; the elbows draw small circles."""
    center = (0.68, FLOOR_Y + 0.13)
    elbow_y = center[1] + 0.13
    neck_y = elbow_y + UPPER_ARM - 0.005
    # One straight line from the toes on the floor to the shoulders over the ball.
    torso = math.degrees(math.asin((neck_y - FLOOR_Y) / (TORSO + THIGH + SHIN)))
    rad = math.radians(torso)
    hip = (center[0] - 0.04 - TORSO * math.cos(rad), neck_y - TORSO * math.sin(rad))
    legs = (torso + 180, torso + 180)

    def circling(upper_arm: float) -> Figure:
        return body(hip, torso, legs, (upper_arm, 0))

    return Pose(
        "stir the pot",
        frame(circling(-76)),
        frame(circling(-104)),
        scenery=with_floor(ball(center)),
    )


#: An ab wheel drawn larger than life (about a 24 cm wheel), so it reads at handout size.
_WHEEL = 0.065


def _ab_wheel(hub: Point) -> tuple[Prop, ...]:
    """The ab wheel seen from the side: the tyre on the floor and its solid hub, where the
    hands hold its handles."""
    return (Circle(hub, _WHEEL, role="wheel"), Circle(hub, 0.018, filled=True, role="wheel"))


def _rollout() -> Pose:
    """Kneeling, the hands on the wheel under the shoulders and the back flat; the wheel rolls
    far out ahead until the body is long and low, the arms straight overhead, the knees
    still down."""
    knees = (0.2, FLOOR_Y + 0.01)
    hub_y = FLOOR_Y + _WHEEL

    def on_wheel(thigh: float, torso: float) -> Frame:
        hip = step(knees, thigh, THIGH)
        neck = trunk(hip, torso)[1]
        reach = UPPER_ARM + FOREARM - 0.002
        hub = (neck[0] + math.sqrt(reach**2 - (neck[1] - hub_y) ** 2), hub_y)
        figure = body(hip, torso, (thigh + 180, 174), arm_to(hip, torso, hub), head=torso + 5)
        return frame(figure, *_ab_wheel(hub))

    return Pose("rollout", on_wheel(90, 28), on_wheel(20, 13))


def _standing_pallof(hands: Point) -> Figure:
    hip = (0.5, 0.5)
    return body(hip, 90, (-86, -92), arm_to(hip, 90, hands), far_leg=(-94, -88))


def _pallof_pose(name: str, kneel: Callable[[float, Point], Figure], hip: Point) -> Pose:
    """Side-on to a cable column, the handle held at the chest is pressed straight out and
    back. The column stands beside the figure, so from the side it rises at the chest and
    the cable runs from its pulley out along the arms to the hands."""
    neck = step(hip, 90, TORSO)
    close_hands = (neck[0] + 0.08, neck[1] - 0.07)
    close = kneel(90, close_hands)
    pressed = kneel(90, (neck[0] + 0.29, neck[1] - 0.06))
    pulley = close_hands
    return Pose(
        name,
        frame(close, *cable(close.wrist_n, pulley)),
        frame(pressed, *cable(pressed.wrist_n, pulley)),
        scenery=with_floor(*tower(pulley[0], (pulley[1],), top=0.9)),
    )


def _pallof() -> Pose:
    return _pallof_pose(
        "anti-rotation press", lambda _t, hands: _standing_pallof(hands), (0.5, 0.5)
    )


def _half_kneeling_pallof() -> Pose:
    return _pallof_pose("half-kneeling anti-rotation press", _half_kneeling, _KNEEL_HIP)


def _tall_kneeling_pallof() -> Pose:
    return _pallof_pose("tall-kneeling anti-rotation press", _tall_kneeling, _KNEEL_HIP)


def _chop() -> Pose:
    high = body((0.5, 0.5), 90, (-80, -95), (130, 120), far_leg=(-100, -85))
    low = body((0.5, 0.5), 80, (-80, -95), (-50, -60), far_leg=(-100, -85))
    return Pose("rotation", frame(high), frame(low))


def _half_kneeling_chop() -> Pose:
    """From a high pulley beside and behind the shoulder, the handle is pulled down and
    across the body to the front hip."""
    hip = _KNEEL_HIP
    pulley = (0.24, 0.86)
    high = _half_kneeling(95, step(step(hip, 95, TORSO), 135, 0.25))
    low = _half_kneeling(80, (0.62, hip[1] + 0.04))
    return Pose(
        "half-kneeling chop",
        frame(high, *cable(high.wrist_n, pulley)),
        frame(low, *cable(low.wrist_n, pulley)),
        scenery=with_floor(*tower(pulley[0] - 0.02, (pulley[1],), top=0.92)),
    )


def _sit_up() -> Pose:
    """Knees bent, feet flat on the floor (their set angles put the feet 0.05 under the
    floor line): the whole trunk sits up from lying flat, the arms reaching forward."""
    hip = (0.6, 0.07)
    legs = leg_to(hip, (0.86, FLOOR_Y))
    down = body(hip, 180, legs, (170, 170))
    up = body(hip, 115, legs, (40, 20))
    return Pose("sit-up", frame(down), frame(up))


def _curl(name: str, arm: Angles, lift: float, legs: tuple[Angles, Angles]) -> Pose:
    """Lying on the back, the head and shoulders lift as one piece: the upper back curls
    `lift` degrees off the floor while the lower back stays down."""
    hip = (0.45, 0.07)
    down = body(hip, 180, legs[0], arm, far_leg=legs[1])
    up = body(
        hip, 180 - lift / 2, legs[0], arm, far_leg=legs[1], spine=-lift, head=180 - lift * 1.4
    )
    return Pose(name, frame(down), frame(up))


#: The McGill curl-up's lying figure: the hips on the floor, the near knee bent with its foot
#: flat (drawn bold), the far leg long; the hands flat under the low back.
_CURL_HIP = (0.45, 0.07)
_CURL_FOOT = (0.72, FLOOR_Y)
_ON_FLOOR = FLOOR_Y + 0.012
_CURL_HANDS = (0.39, _ON_FLOOR)
_CURL_LIFT = 24.0
#: How far above the shoulder the raised elbow sits: just off the floor.
_ELBOW_LIFT = 0.045


def _mcgill(name: str, elbow_up: bool) -> Pose:
    """McGill curl-up: only the head and shoulders lift a little off the floor (the upper
    back curls `_CURL_LIFT` degrees), the low back stays down on the hands. The elbows stay
    on the floor, or (`elbow_up`) are lifted off it, the hands still under the back."""
    hip, lift = _CURL_HIP, _CURL_LIFT
    bent = leg_to(hip, _CURL_FOOT)

    def lying(curl: float) -> Figure:
        torso, spine = 180 - curl / 2, -curl
        neck = trunk(hip, torso, spine)[1]
        if elbow_up:
            # The elbow just off the floor beside the chest and the forearm sloping down to
            # the hand under the low back: reaching for the hands at `_CURL_HANDS` folded
            # the arm into a tall tent beside the bent knee's.
            elbow = step(neck, -math.degrees(math.asin(_ELBOW_LIFT / UPPER_ARM)), UPPER_ARM)
            elbow = (elbow[0], neck[1] + _ELBOW_LIFT)
            drop = elbow[1] - _ON_FLOOR
            hand = (elbow[0] + math.sqrt(FOREARM**2 - drop**2), _ON_FLOOR)
            arm = (
                math.degrees(math.atan2(elbow[1] - neck[1], elbow[0] - neck[0])),
                math.degrees(math.atan2(hand[1] - elbow[1], hand[0] - elbow[0])),
            )
        else:  # the elbow down on the floor, the forearm along it under the low back
            drop = neck[1] - _ON_FLOOR
            elbow = (neck[0] + math.sqrt(UPPER_ARM**2 - drop**2), _ON_FLOOR)
            arm = (math.degrees(math.atan2(-drop, elbow[0] - neck[0])), 0.0)
        return body(hip, torso, bent, arm, far_leg=(0, 0), spine=spine, head=180 - curl * 1.4)

    return Pose(name, frame(lying(0)), frame(lying(lift)))


def _curl_up() -> Pose:
    """McGill curl-up: hands under the low back, one knee bent, elbows down."""
    return _mcgill("curl-up", elbow_up=False)


def _curl_up_elbows_raised() -> Pose:
    """The McGill curl-up with the elbows lifted off the floor, hands still under the back."""
    return _mcgill("curl-up, elbows raised", elbow_up=True)


def _crunch() -> Pose:
    """Both knees bent, feet flat on the floor (their set angles put the feet 0.03 under
    the floor line), fingers at the temples: the shoulders curl up further."""
    legs = leg_to(_CURL_HIP, (0.7, FLOOR_Y))
    return _curl("crunch", (60, -30), 40, (legs, legs))


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
    "curl-up-elbows-raised": _curl_up_elbows_raised,
    "crunch": _crunch,
}
