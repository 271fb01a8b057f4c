"""Hinges, squats, lunges and step-ups: the lower-body strength lifts and their drills.

Seen from the side, facing +x, feet at `_FOOT`; the back and box squats and the lateral
step-up are front views. Each drawing is a function returning a fresh `Pose`; `POSES`
names them by pose id for the library.
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
    front_leg_to,
    leg_to,
    step,
    trunk,
)
from planner_gui.figures.pose import Frame, Pose, frame, shifted
from planner_gui.figures.props import (
    FLOOR_Y,
    KETTLEBELL,
    PLATE,
    SMALL_PLATE,
    Circle,
    Line,
    Prop,
    Rect,
    barbell,
    bench,
    box,
    dowel,
    dumbbell,
    kettlebell,
    tower,
    trap_bar,
    with_floor,
)
from planner_gui.figures.props_extra import loaded_plate
from planner_gui.figures.skeleton import (
    HEAD_RADIUS,
    NECK_TO_HEAD,
    SHIN,
    THIGH,
    TORSO,
    UPPER_ARM,
    Figure,
    Point,
)

_FOOT = (0.5, FLOOR_Y)
_STAND = (0.5, FLOOR_Y + THIGH + SHIN)
_STRAIGHT = (-90.0, -90.0)
_HANG = (-86.0, -88.0)  # arms hanging just in front of the body, clear of the trunk
#: The plate of a bar on the upper back seen from the side (box squat, good morning), and
#: how far behind the spine the bar sits.
BACK_PLATE = 0.095
BACK_BAR_OFFSET = 0.045
#: How far below the neck the back bar sits, along the spine: low enough that the plate
#: clears the head.
BACK_BAR_DROP = 0.085

#: Where the hands and the load are for a trunk at (hip, torso): arm angles and props.
Hold = Callable[[Point, float], tuple[Angles, tuple[Prop, ...]]]


def _neck(hip: Point, torso: float) -> Point:
    return trunk(hip, torso)[1]


def _elbows_back(hip: Point, torso: float, hands: Point) -> Angles:
    """Arms to a bar on the upper back with the elbows out behind the back, never through
    the chest (either bend can reach the bar; the one whose elbow sits further behind)."""
    neck = _neck(hip, torso)
    behind = (math.cos(math.radians(torso + 90)), math.sin(math.radians(torso + 90)))

    def out(bend: int) -> float:
        elbow = step(neck, arm_to(hip, torso, hands, bend)[0], UPPER_ARM)
        return (elbow[0] - neck[0]) * behind[0] + (elbow[1] - neck[1]) * behind[1]

    return arm_to(hip, torso, hands, 1 if out(1) >= out(-1) else -1)


def _on_back(hip: Point, torso: float) -> tuple[Angles, tuple[Prop, ...]]:
    """A bar across the upper back, below the neck, both hands on it with the elbows down.

    Its plate is drawn larger than a shoulder bar's usual `SMALL_PLATE`, with its hub, and
    set behind the back clear of the head: a loaded bar on the shoulders, not a second head.
    """
    bar = step(step(_neck(hip, torso), torso + 90, BACK_BAR_OFFSET), torso + 180, BACK_BAR_DROP)
    return _elbows_back(hip, torso, bar), loaded_plate(bar, BACK_PLATE)


def _front_rack(hip: Point, torso: float) -> tuple[Angles, tuple[Prop, ...]]:
    """A bar on the front of the shoulders, elbows high and forward."""
    bar = step(step(_neck(hip, torso), torso - 90, 0.05), torso + 180, 0.04)
    return arm_to(hip, torso, bar, bend=1), barbell(bar, SMALL_PLATE)


def _safety_bar(hip: Point, torso: float) -> tuple[Angles, tuple[Prop, ...]]:
    """A safety bar on the upper back; its handles come forward over the shoulders.

    The bar sits where the box squat's does, with the same large plate: a small ring at
    the neck with the hands in front read as the front squat's rack."""
    neck = _neck(hip, torso)
    bar = step(step(neck, torso + 90, BACK_BAR_OFFSET), torso + 180, 0.05)
    hands = step(step(neck, torso - 90, 0.14), torso + 180, 0.07)
    handles = Line(bar, hands, thick=True, role="bar")
    return arm_to(hip, torso, hands, bend=-1), (*barbell(bar, BACK_PLATE), handles)


def _goblet(hip: Point, torso: float) -> tuple[Angles, tuple[Prop, ...]]:
    """A kettlebell held by its horns at the chest, the bell hanging below the hands."""
    hands = step(step(_neck(hip, torso), torso - 90, 0.09), torso + 180, 0.05)
    return arm_to(hip, torso, hands, bend=-1), kettlebell(hands)


def _arms_forward(hip: Point, torso: float) -> tuple[Angles, tuple[Prop, ...]]:
    """Bodyweight: the arms reach forward at shoulder height as a counterbalance."""
    return (0.0, 0.0), ()


#: A hinge's standing start is set this far behind its bottom position: drawn on top of
#: each other, the tall dashed figure runs through the hinged one and neither reads.
_HINGE_BESIDE = -0.27


def _squat(name: str, hold: Hold, low_hip: Point, low_torso: float, *scenery: Prop) -> Pose:
    """Standing tall, then down with the hips back and the knees forward over the feet.

    Both positions stand on the same feet: a standing start set beside the bottom read as
    a second lifter, where one pair of feet reads as one lifter going down."""

    def at(hip: Point, torso: float) -> Frame:
        arms, load = hold(hip, torso)
        return frame(body(hip, torso, leg_to(hip, _FOOT), arms), *load)

    return Pose(name, at(_STAND, 90), at(low_hip, low_torso), scenery=with_floor(*scenery))


def _bodyweight_squat() -> Pose:
    return _squat("squat", _arms_forward, (0.35, 0.28), 60)


#: The back squat seen from the front: the feet a little wider than the hips, the bar's
#: half-length, its plates' half-height (on edge, at its ends), how far out the hands grip
#: it beside the neck, and the bottom position's hip height.
BACK_SQUAT_FEET = 0.16
BACK_SQUAT_BAR = 0.33
BACK_SQUAT_PLATE = 0.1
BACK_SQUAT_GRIP = 0.17
BACK_SQUAT_LOW_HIP = 0.34


def _bar_across_back(center: Point) -> tuple[Prop, ...]:
    """A loaded bar seen from the front: the bar across, a tall plate on edge near each end
    with a collar inside it, the bar's ends sticking out past them."""
    x, y = center
    half, h = BACK_SQUAT_BAR, BACK_SQUAT_PLATE
    parts: list[Prop] = [Line((x - half, y), (x + half, y), thick=True, role="bar")]
    for side in (-1, 1):
        outer = x + side * (half - 0.035)
        parts.append(Rect(outer - 0.022, y - h, 0.044, 2 * h, role="bar"))
        collar = outer - side * 0.04
        parts.append(Rect(collar - 0.008, y - 0.03, 0.016, 0.06, role="bar"))
    return tuple(parts)


def _bar_on_shoulders(hip: Point) -> Frame:
    """A front-view squatter with hips at `hip` and a loaded bar across the top of the
    shoulders, gripped wide with the elbows down, the knees pushed out over the feet."""
    feet = (0.5 + BACK_SQUAT_FEET, FLOOR_Y), (0.5 - BACK_SQUAT_FEET, FLOOR_Y)
    neck = trunk(hip, 90)[1]
    bar = (hip[0], neck[1] + 0.004)
    hands = ((hip[0] + BACK_SQUAT_GRIP, bar[1]), (hip[0] - BACK_SQUAT_GRIP, bar[1]))
    figure = front(
        hip,
        90,
        front_leg_to(hip, 90, feet[0], bend=1),
        front_arm_to(hip, 90, hands[0], bend=-1),
        far_leg=front_leg_to(hip, 90, feet[1], near=False, bend=-1),
        far_arm=front_arm_to(hip, 90, hands[1], near=False, bend=1),
    )
    return frame(figure, *_bar_across_back(bar))


#: The front-view squat's standing hip height (the legs near straight, feet apart).
_FRONT_STAND = (0.5, FLOOR_Y + math.sqrt((THIGH + SHIN - 0.01) ** 2 - 0.085**2))


def _back_squat() -> Pose:
    """Seen from the front, the view a coach tells it from a front squat or a goblet squat
    by: the bar across the top of the shoulders behind the neck, just under the head, the
    hands gripping it wide with the elbows pointing down, and a plate on edge at each end
    well out past the shoulders. The hips sink straight down between the feet, the knees
    pushed out over the toes.

    Seen from the side the plate, end-on, sat over the chest and read as a goblet."""
    low = (0.5, BACK_SQUAT_LOW_HIP)
    return Pose("back squat", _bar_on_shoulders(_FRONT_STAND), _bar_on_shoulders(low), view="front")


def _front_squat() -> Pose:
    return _squat("front squat", _front_rack, (0.37, 0.26), 72)


def _goblet_squat() -> Pose:
    return _squat("goblet squat", _goblet, (0.37, 0.25), 70)


def _safety_bar_squat() -> Pose:
    return _squat("safety-bar squat", _safety_bar, (0.36, 0.27), 62)


#: The box squat seen from the front: the box's half-width (wider than the knees, so its
#: top shows either side of the hips and its sides stand clear of the legs) and the bottom
#: position's hip height, sitting on it (higher than the back squat's bottom: to the box).
BOX_SQUAT_HALF = 0.31
BOX_SQUAT_LOW_HIP = 0.4


def _box_squat() -> Pose:
    """The back squat's front view, bar across the shoulders, sitting down onto a wide box
    behind the legs: its top edge runs across under the hips at the bottom, its sides stand
    outside the knees.

    Seen from the side the bar's plate, end-on over the back, sat at the chest and read as
    a plate or goblet squat."""
    low = (0.5, BOX_SQUAT_LOW_HIP)
    seat = box(0.5 - BOX_SQUAT_HALF, 2 * BOX_SQUAT_HALF, low[1] - FLOOR_Y - 0.015)
    return Pose(
        "box squat",
        _bar_on_shoulders(_FRONT_STAND),
        _bar_on_shoulders(low),
        scenery=with_floor(seat),
        view="front",
    )


#: The belt squat's platform, seen from the side: a raised deck on legs, its top and its
#: ends. The chain runs down through a hole in it between the feet (the feet stand either
#: side of the hole, one behind the other as seen from here) to a plate hanging beneath.
BELT_DECK = FLOOR_Y + 0.21
BELT_DECK_ENDS = (0.2, 0.8)
#: Where the lifter stands (the ankle), the hips' line (they sink straight down), the
#: plate's radius, the chain's length from the belt, and the handles on their post ahead.
BELT_FOOT = (0.5, BELT_DECK)
BELT_HIP_X = 0.47
BELT_PLATE = 0.065
BELT_CHAIN = 0.3
BELT_HANDLE = (0.73, 0.8)


def _belt_squat() -> Pose:
    """Seen from the side, standing on a raised platform and holding its handles: a belt
    round the hips and from it a chain straight down between the feet, through the
    platform, to a plate hanging beneath. The hips sink straight down with the trunk upright
    and the knees forward over the toes, and the plate sinks with them towards the floor.
    No bar: the load is on the hips. The front view stacked the standing start's belt across
    the squat's shoulders, where it read as a bar on the back."""
    foot, torso = BELT_FOOT, 84.0

    def at(hip: Point) -> Frame:
        figure = body(hip, torso, leg_to(hip, foot), arm_to(hip, torso, BELT_HANDLE))
        across = math.radians(torso - 90)
        behind, ahead = 0.045, 0.025
        belt = Line(
            (hip[0] - behind * math.cos(across), hip[1] - behind * math.sin(across)),
            (hip[0] + ahead * math.cos(across), hip[1] + ahead * math.sin(across)),
            thick=True,
            role="strap",
        )
        ring = belt.b
        load = (ring[0], ring[1] - BELT_CHAIN)
        chain = Line(ring, (load[0], load[1] + BELT_PLATE), role="machine")
        plate = loaded_plate(load, BELT_PLATE)
        return frame(figure, belt, chain, *(replace(p, role="machine") for p in plate))

    stand = (BELT_HIP_X, foot[1] + math.sqrt((THIGH + SHIN - 0.004) ** 2 - 0.03**2))
    low = (BELT_HIP_X, foot[1] + 0.185)
    rear, nose = BELT_DECK_ENDS
    post = BELT_HANDLE[0] + 0.03
    platform = (
        Line((rear, BELT_DECK), (nose, BELT_DECK), thick=True, role="machine"),
        Line((rear + 0.03, BELT_DECK), (rear + 0.03, FLOOR_Y), role="machine"),
        Line((nose - 0.03, BELT_DECK), (nose - 0.03, FLOOR_Y), role="machine"),
        Line((post, BELT_DECK), (post, BELT_HANDLE[1]), thick=True, role="machine"),
        Line(
            (BELT_HANDLE[0] - 0.02, BELT_HANDLE[1]),
            (post, BELT_HANDLE[1]),
            thick=True,
            role="machine",
        ),
    )
    return Pose("belt squat", at(stand), at(low), scenery=with_floor(*platform))


#: The leg press's sled: the angle its rail rises at, and how far the feet push along it.
LEG_PRESS_RAIL = 35.0
_LEG_PRESS_PUSH = 0.22


def _leg_press() -> Pose:
    """Back on a reclined seat, hands on its handles, the feet on a sled's plate pushed up
    its rail until the legs are long; at the start the knees come in toward the chest.

    The knees used to fold down under the line from hip to foot, the seat was one thin
    line and the rail stood apart from the plate: three sticks round a V. Now the seat's
    back and pad carry the body and the plate slides on a rail from under the feet."""
    hip, torso = (0.3, 0.2), 125.0
    rail = math.radians(LEG_PRESS_RAIL)
    along = (math.cos(rail), math.sin(rail))
    far = (hip[0] + 0.465 * along[0], hip[1] + 0.465 * along[1])
    near = (far[0] - _LEG_PRESS_PUSH * along[0], far[1] - _LEG_PRESS_PUSH * along[1])
    hands = (hip[0] + 0.04, hip[1] - 0.02)  # on the handles beside the seat

    def at(foot: Point) -> Frame:
        figure = body(hip, torso, leg_to(hip, foot, bend=1), arm_to(hip, torso, hands))
        half = 0.08
        plate = Line(
            (foot[0] - along[1] * half, foot[1] + along[0] * half),
            (foot[0] + along[1] * half, foot[1] - along[0] * half),
            thick=True,
            role="machine",
        )
        return frame(figure, plate)

    back_foot = step(hip, torso + 90, 0.03)
    backrest = Line(back_foot, step(back_foot, torso, TORSO + 0.02), thick=True, role="machine")
    seat = Line(back_foot, (hip[0] + 0.08, back_foot[1]), thick=True, role="machine")
    # The rail runs under the plate's path, set just below the feet.
    below = (along[1] * 0.09, -along[0] * 0.09)
    start = (near[0] - 0.08 * along[0] + below[0], near[1] - 0.08 * along[1] + below[1])
    end = (far[0] + 0.06 * along[0] + below[0], far[1] + 0.06 * along[1] + below[1])
    return Pose(
        "leg press",
        at(near),
        at(far),
        scenery=with_floor(
            backrest,
            seat,
            Line((hip[0], back_foot[1]), (hip[0], FLOOR_Y), role="machine"),
            Line(start, end, thick=True, role="machine"),
            Line(end, (end[0], FLOOR_Y), role="machine"),
        ),
    )


# Hinges ------------------------------------------------------------------------------------


def _hinge_frame(
    hip: Point, torso: float, hands: Point, load: Callable[[Point], tuple[Prop, ...]]
) -> Frame:
    figure = body(hip, torso, leg_to(hip, _FOOT), arm_to(hip, torso, hands))
    return frame(figure, *load(figure.wrist_n))


def _lockout(load: Callable[[Point], tuple[Prop, ...]], arms: float = -84) -> Frame:
    """Standing tall at the top of a pull, arms long, the load at the hips (`arms` -87: at
    the sides, as on a trap bar, a touch forward of the body so they show)."""
    figure = body(_STAND, 90, _STRAIGHT, (arms, arms))
    return frame(figure, *load(figure.wrist_n))


def _hinge() -> Pose:
    """The hip hinge itself: hands slide down the thighs as the hips push back."""
    top = body(_STAND, 90, _STRAIGHT, _HANG)
    low_hip, torso = (0.36, 0.47), 30.0
    legs = leg_to(low_hip, _FOOT)
    knee = step(low_hip, legs[0], THIGH)
    bottom = body(low_hip, torso, legs, arm_to(low_hip, torso, (knee[0] + 0.01, knee[1] + 0.02)))
    return Pose("hip hinge", frame(top), frame(bottom))


#: Lifts from the floor set their start beside the lockout, which would hide it.
_BESIDE = -0.3


def _deadlift() -> Pose:
    """From the floor, the bar over the mid-foot and against the shins, to standing tall."""
    bar = (_FOOT[0] + 0.04, FLOOR_Y + PLATE)
    return Pose(
        "deadlift",
        shifted(_hinge_frame((0.33, 0.33), 38, bar, barbell), _BESIDE),
        _lockout(barbell),
    )


def _block_pull() -> Pose:
    """The deadlift from blocks: the plates start on two blocks, the bar at the knees."""
    bar = (_FOOT[0] + 0.05, FLOOR_Y + 0.13 + PLATE)
    blocks = box(bar[0] - 0.09 + _BESIDE, 0.18, 0.13)
    return Pose(
        "block pull",
        shifted(_hinge_frame((0.36, 0.43), 32, bar, barbell), _BESIDE),
        _lockout(barbell),
        scenery=with_floor(blocks),
    )


def _trap_bar(handle: float) -> Callable[[Point], tuple[Prop, ...]]:
    """The hexagonal bar round the feet, its handles at the sides in the hands (`trap_bar`);
    `handle` raises the grips above the frame."""

    def load(hands: Point) -> tuple[Prop, ...]:
        return trap_bar(hands, handle)

    return load


def _trap_bar_deadlift() -> Pose:
    """Standing inside the bar, the hands at the sides over the mid-foot."""
    hands = (_FOOT[0] + 0.01, FLOOR_Y + PLATE)
    load = _trap_bar(0.0)
    return Pose(
        "trap-bar deadlift",
        shifted(_hinge_frame((0.38, 0.3), 50, hands, load), _BESIDE),
        _lockout(load, arms=-87),
    )


def _high_handle_trap_bar() -> Pose:
    """The trap bar by its raised handles: less depth, the trunk more upright."""
    handle = 0.1
    hands = (_FOOT[0] + 0.01, FLOOR_Y + PLATE + handle)
    load = _trap_bar(handle)
    return Pose(
        "high-handle trap-bar deadlift",
        shifted(_hinge_frame((0.4, 0.38), 58, hands, load), _BESIDE),
        _lockout(load, arms=-87),
    )


def _romanian(name: str, load: Callable[[Point], tuple[Prop, ...]]) -> Pose:
    """From standing, the hips push back with soft knees until the load passes the knees."""
    low_hip, torso = (0.36, 0.47), 22.0
    neck = _neck(low_hip, torso)
    return Pose(name, _lockout(load), _hinge_frame(low_hip, torso, (neck[0], 0.2), load))


def _barbell_rdl() -> Pose:
    return _romanian("romanian deadlift", barbell)


def _dumbbell_rdl() -> Pose:
    return _romanian("dumbbell romanian deadlift", lambda hands: (dumbbell(hands),))


def _kettlebell_deadlift() -> Pose:
    """A kettlebell on the floor between the feet, lifted by its handle to standing."""
    handle = (_FOOT[0] - 0.01, FLOOR_Y + 2 * KETTLEBELL + 0.02)
    return Pose(
        "kettlebell deadlift",
        shifted(_hinge_frame((0.36, 0.36), 45, handle, kettlebell), _BESIDE),
        _lockout(kettlebell, arms=-88),
    )


#: The good morning's hinged trunk: near level (a coach's "to about parallel").
GOOD_MORNING_TORSO = 15.0


def _good_morning() -> Pose:
    """A bar on the upper back; with soft knees the hips push back until the trunk is
    nearly level. The bar stays on the back and the arms hold it there (an RDL's bar hangs
    in the hands); the standing start is set beside the hinge, not drawn through it."""

    def at(hip: Point, torso: float) -> Frame:
        arms, load = _on_back(hip, torso)
        return frame(body(hip, torso, leg_to(hip, _FOOT), arms), *load)

    return Pose(
        "good morning",
        shifted(at(_STAND, 90), _HINGE_BESIDE),
        at((0.33, 0.475), GOOD_MORNING_TORSO),
    )


def _single_leg_rdl() -> Pose:
    """One leg planted, the trunk and the other leg tip together like a see-saw; a dumbbell
    hangs from the hand."""
    top = body(_STAND, 90, _STRAIGHT, _HANG)
    low_hip = (0.45, 0.48)
    bottom = body(low_hip, 8, leg_to(low_hip, _FOOT), (-90, -90), far_leg=(188, 188))
    return Pose(
        "single-leg hinge",
        frame(top, dumbbell(top.wrist_n)),
        frame(bottom, dumbbell(bottom.wrist_n)),
    )


def _hip_airplane() -> Pose:
    """In the single-leg hinge, the pelvis turns open: the trunk rotates to face the reader and
    the arms spread like wings, one to the ceiling and one down and forward to the floor.
    The lower arm slants forward so the two arms make a V at the shoulder: hanging
    straight down under the raised one they drew a single post through the head."""
    low_hip = (0.45, 0.48)
    planted = leg_to(low_hip, _FOOT)
    free = (188.0, 188.0)
    level = body(low_hip, 8, planted, (-90, -90), far_leg=free, far_arm=(-90, -90))
    down = (-62.0, -62.0)
    opened = body(low_hip, 8, planted, down, far_leg=free, far_arm=(98, 98), head=20)
    return Pose("hip airplane", frame(level), frame(opened))


def _b_stance_hinge() -> Pose:
    """Front foot flat, back foot half a step behind on its toes as a kickstand; the hips
    push back over the front leg."""
    front_foot, kickstand = _FOOT, (0.36, FLOOR_Y + 0.02)
    top_hip, low_hip = (0.5, 0.5), (0.4, 0.47)

    def at(hip: Point, torso: float) -> Frame:
        figure = body(hip, torso, leg_to(hip, front_foot), _HANG, far_leg=leg_to(hip, kickstand))
        return frame(figure, dumbbell(figure.wrist_n))

    return Pose("b-stance hinge", at(top_hip, 90), at(low_hip, 30))


def _swing() -> Pose:
    """The bell hiked back between the legs, then snapped forward to chest height."""
    hike_hip, hike_torso = (0.36, 0.45), 25.0
    hike_hands = (0.4, 0.3)
    hike = body(
        hike_hip, hike_torso, leg_to(hike_hip, _FOOT), arm_to(hike_hip, hike_torso, hike_hands)
    )
    top = body(_STAND, 90, _STRAIGHT, (-5, -5))
    return Pose(
        "kettlebell swing",
        frame(hike, *kettlebell(hike.wrist_n, toward=-120)),
        frame(top, *kettlebell(top.wrist_n, toward=-5)),
    )


#: The cable pull-through's column behind the lifter, its low pulley, and how long the
#: rope handle is from the cable's end to the hands.
PULL_THROUGH_COLUMN = 0.08
PULL_THROUGH_PULLEY = (PULL_THROUGH_COLUMN, FLOOR_Y + 0.06)
ROPE = 0.035


def _rope_on_cable(hands: Point, pulley: Point) -> tuple[Prop, ...]:
    """A rope handle in the hands, knotted onto the cable that runs back to the pulley.

    Drawn thin: a thick rope behind the hands read as a forearm bent back."""
    toward = math.atan2(pulley[1] - hands[1], pulley[0] - hands[0])
    tail = (hands[0] + ROPE * math.cos(toward), hands[1] + ROPE * math.sin(toward))
    return (
        Line(tail, pulley, role="cable"),
        Line(hands, tail, role="cable"),
        Circle(tail, 0.014, filled=True, role="cable"),
    )


def _cable_pull_through() -> Pose:
    """Facing away from a low pulley, the rope in both hands between the legs: the hips
    hinge back with soft knees and a flat back, arms long, the rope pulled back between the
    thighs; then the hips drive forward to stand tall, the hands in front of the hips and
    the cable running up between the legs. The old hinge was shallow and the hands held a
    bare line that ran through the thigh."""
    pulley = PULL_THROUGH_PULLEY
    foot = (0.56, FLOOR_Y)
    hinge_hip, torso = (0.38, 0.42), 22.0
    hands = (0.49, 0.25)
    deep = body(hinge_hip, torso, leg_to(hinge_hip, foot), arm_to(hinge_hip, torso, hands))
    stand = (foot[0], _STAND[1])
    tall = body(stand, 90, _STRAIGHT, arm_to(stand, 90, (foot[0] + 0.09, stand[1] - 0.04)))
    column = (
        *tower(PULL_THROUGH_COLUMN, (pulley[1],), top=0.82),
        Rect(PULL_THROUGH_COLUMN - 0.07, FLOOR_Y, 0.05, 0.2, role="cable"),  # its stack
        Line((PULL_THROUGH_COLUMN - 0.045, 0.82), (PULL_THROUGH_COLUMN, 0.82), role="cable"),
    )
    return Pose(
        "cable pull-through",
        frame(deep, *_rope_on_cable(deep.wrist_n, pulley)),
        frame(tall, *_rope_on_cable(tall.wrist_n, pulley)),
        scenery=with_floor(*column),
    )


def _back_extension() -> Pose:
    """Body on a 45-degree bench: hips on the pad, feet under the roller, trunk lowers and rises."""
    hip = (0.52, 0.46)
    legs = (225.0, 225.0)
    up = body(hip, 45, legs, (-140, 60))
    down = body(hip, -70, legs, (-160, -30), head=-60)  # hands hang clear of the floor
    return Pose(
        "45-degree back extension",
        frame(down),
        frame(up),
        scenery=with_floor(
            Line((0.16, 0.09), (0.52, 0.42), thick=True, role="bench"),
            Line((0.46, 0.37), (0.46, FLOOR_Y), role="bench"),
            Line((0.2, 0.12), (0.2, FLOOR_Y), role="bench"),
            Circle((0.15, 0.14), 0.025, role="bench"),
        ),
    )


#: Where along the back, from the hip, the hand holds the dowel: its lower end.
_DOWEL_GRIP = -0.02


def _dowel_hinge() -> Pose:
    """A dowel held along the back, touching head, upper back and tailbone, through a hinge."""

    def at(hip: Point, torso: float, legs: Angles) -> Frame:
        spine = math.radians(torso)
        along = (math.cos(spine), math.sin(spine))
        behind = (-along[1], along[0])  # the back side, for a figure facing +x
        gap = HEAD_RADIUS

        def on_dowel(t: float) -> Point:
            return (
                hip[0] + along[0] * t + behind[0] * gap,
                hip[1] + along[1] * t + behind[1] * gap,
            )

        def arm(t: float) -> Angles:
            """The arm to a point on the dowel with its elbow out behind the back."""
            neck = _neck(hip, torso)

            def out(bend: int) -> float:
                elbow = step(neck, arm_to(hip, torso, on_dowel(t), bend)[0], UPPER_ARM)
                return (elbow[0] - neck[0]) * behind[0] + (elbow[1] - neck[1]) * behind[1]

            return arm_to(hip, torso, on_dowel(t), 1 if out(1) >= out(-1) else -1)

        # One hand at the small of the back shows the grip; a second arm folded behind the
        # neck only tangles the figure at this size. The hand holds the dowel's lower end,
        # near a straight arm's reach from the shoulder, so the arm lies along the back
        # between the spine and the dowel; reaching higher up the dowel (0.06 from the
        # hip) it bent 40 degrees, the elbow 0.1 out behind the dowel, a tent over the back.
        figure = body(hip, torso, legs, arm(_DOWEL_GRIP))
        return frame(figure, dowel(on_dowel(-0.03), on_dowel(TORSO + NECK_TO_HEAD + 0.05)))

    # Standing is set beside the hinge: on top of it, its upright dowel crossed the hinged
    # figure and the drawing read as one tangle.
    return Pose(
        "dowel hip hinge drill",
        shifted(at(_STAND, 90, _STRAIGHT), _HINGE_BESIDE),
        at((0.4, 0.49), 30, (-68, -94)),
    )


# Lunges and step-ups -----------------------------------------------------------------------


def _split(
    hip: Point, front_foot: Point, back_foot: Point, arms: Angles, torso: float = 90
) -> Figure:
    """A split stance: both knees bend forward, the back one sinking towards the floor."""
    return body(hip, torso, leg_to(hip, front_foot), arms, far_leg=leg_to(hip, back_foot))


def _lunge_bottom(hip_x: float, arms: Angles, torso: float = 90) -> Figure:
    """The bottom of a lunge: front thigh level, back knee just off the floor under the hip."""
    hip = (hip_x, FLOOR_Y + 0.03 + THIGH)
    return _split(hip, (hip_x + THIGH, FLOOR_Y), (hip_x - SHIN + 0.01, FLOOR_Y + 0.01), arms, torso)


def _lunge() -> Pose:
    """A forward lunge: from standing, a long step and the back knee sinks towards the floor."""
    stand = body(_STAND, 90, _STRAIGHT, _HANG)
    low = _lunge_bottom(0.42, _HANG)
    return Pose("lunge", frame(stand), frame(low))


def _split_squat() -> Pose:
    """Feet stay split, front and back; the back knee lowers straight down and rises again.
    A dumbbell hangs in each hand."""
    low = _lunge_bottom(0.45, _HANG)
    high = _split((0.45, 0.45), low.ankle_n, low.ankle_f, _HANG)
    return Pose(
        "split squat",
        frame(high, dumbbell(high.wrist_n)),
        frame(low, dumbbell(low.wrist_n)),
    )


def _reverse_lunge() -> Pose:
    """From standing with the feet together, one foot steps back into a lunge; dumbbells."""
    stand = body((0.7, _STAND[1]), 90, _STRAIGHT, _HANG)
    low = _lunge_bottom(0.48, _HANG)
    return Pose(
        "reverse lunge",
        frame(stand, dumbbell(stand.wrist_n)),
        frame(low, dumbbell(low.wrist_n)),
    )


#: The overhead reach: both arms up and a little forward, the head tipped back to look up
#: at the hands, so the arms pass in front of the face rather than through the head.
_REACH_UP: Angles = (64.0, 74.0)
_LOOK_UP = 118.0


def _reverse_lunge_reach() -> Pose:
    """The reverse lunge without weights, both arms reaching overhead at the bottom."""
    stand = body((0.7, _STAND[1]), 90, _STRAIGHT, _HANG)
    low = _lunge_bottom(0.48, _REACH_UP, torso=92)
    low = replace(low, head=step(low.neck, _LOOK_UP, NECK_TO_HEAD))
    return Pose("reverse lunge with overhead reach", frame(stand), frame(low))


def _split_squat_rear_foot_up() -> Pose:
    """Rear foot on a bench behind, front knee bends; a dumbbell in each hand."""
    top = 0.22
    front_foot, rear = (0.72, FLOOR_Y), (0.18, top + 0.01)
    high = _split((0.53, 0.47), front_foot, rear, _HANG, torso=88)
    low = _split((0.5, 0.32), front_foot, rear, _HANG, torso=82)
    return Pose(
        "rear-foot-elevated split squat",
        frame(high, dumbbell(high.wrist_n)),
        frame(low, dumbbell(low.wrist_n)),
        scenery=with_floor(*bench(0.0, 0.24, top)),
    )


_STEP = box(0.52, 0.3, 0.16)


def _step_up() -> Pose:
    """One foot on a box in front; the body rises over it until standing on the box."""
    top = FLOOR_Y + _STEP.height
    low_hip = (0.42, 0.49)
    low = body(
        low_hip, 86, leg_to(low_hip, (0.62, top)), _HANG, far_leg=leg_to(low_hip, (0.36, FLOOR_Y))
    )
    high_hip = (0.64, top + THIGH + SHIN)
    high = body(high_hip, 90, _STRAIGHT, _HANG, far_leg=(-100, -125))
    return Pose(
        "step-up",
        frame(low, dumbbell(low.wrist_n)),
        frame(high, dumbbell(high.wrist_n)),
        scenery=with_floor(_STEP),
    )


def _lateral_step_up() -> Pose:
    """Seen from the front: standing beside a box with the near foot on it, then standing up
    on that leg while the other foot lifts clear beside the box."""
    step_box = box(0.58, 0.3, 0.16)
    top = FLOOR_Y + step_box.height
    low_hip = (0.5, 0.45)
    low = front(
        low_hip,
        90,
        front_leg_to(low_hip, 90, (0.66, top), bend=-1),
        front_arm_to(low_hip, 90, (0.6, 0.42)),
        far_leg=front_leg_to(low_hip, 90, (0.42, FLOOR_Y), near=False, bend=1),
    )
    high_hip = (0.62, top + THIGH + SHIN)
    high = front(
        high_hip,
        90,
        front_leg_to(high_hip, 90, (0.66, top), bend=-1),
        front_arm_to(high_hip, 90, (0.72, 0.56)),
        far_leg=front_leg_to(high_hip, 90, (0.52, top + 0.03), near=False, bend=1),
    )
    return Pose(
        "lateral step-up",
        frame(low),
        frame(high),
        scenery=with_floor(step_box),
        view="front",
    )


POSES: dict[str, Callable[[], Pose]] = {
    "hinge": _hinge,
    "deadlift": _deadlift,
    "block-pull": _block_pull,
    "trap-bar-deadlift": _trap_bar_deadlift,
    "high-handle-trap-bar-deadlift": _high_handle_trap_bar,
    "romanian-deadlift": _barbell_rdl,
    "dumbbell-romanian-deadlift": _dumbbell_rdl,
    "kettlebell-deadlift": _kettlebell_deadlift,
    "good-morning": _good_morning,
    "single-leg-hinge": _single_leg_rdl,
    "hip-airplane": _hip_airplane,
    "b-stance-hinge": _b_stance_hinge,
    "kettlebell-swing": _swing,
    "cable-pull-through": _cable_pull_through,
    "back-extension": _back_extension,
    "dowel-hinge": _dowel_hinge,
    "squat": _bodyweight_squat,
    "back-squat": _back_squat,
    "front-squat": _front_squat,
    "goblet-squat": _goblet_squat,
    "safety-bar-squat": _safety_bar_squat,
    "box-squat": _box_squat,
    "belt-squat": _belt_squat,
    "leg-press": _leg_press,
    "lunge": _lunge,
    "split-squat": _split_squat,
    "reverse-lunge": _reverse_lunge,
    "reverse-lunge-reach": _reverse_lunge_reach,
    "rear-foot-elevated-split-squat": _split_squat_rear_foot_up,
    "step-up": _step_up,
    "lateral-step-up": _lateral_step_up,
}
