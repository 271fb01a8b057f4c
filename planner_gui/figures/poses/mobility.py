"""Mobility: static stretches, floor drills for the hips and spine, a nerve slider, foam rolling.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from planner_gui.figures.kinematics import (
    Angles,
    arm_to,
    body,
    front,
    front_arm_to,
    hip_joint,
    leg_to,
    reach,
    step,
    trunk,
)
from planner_gui.figures.pose import Frame, Pose, frame
from planner_gui.figures.props import (
    FLOOR_Y,
    Line,
    Rect,
    bench,
    box,
    roller,
    slanted_mat,
    wall,
    with_floor,
)
from planner_gui.figures.props_extra import mat_outline
from planner_gui.figures.skeleton import (
    FOREARM,
    HEAD_RADIUS,
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

#: Where the back knee rests in the half-kneeling stretch: on a pad just above the floor.
_KNEE_PAD = 0.015
HIP_FLEXOR_KNEE = (0.34, FLOOR_Y + _KNEE_PAD + 0.005)


def _hip_flexor_stretch() -> Pose:
    """Half kneeling: the back knee down on a pad, its toes tucked so the shin rises off the
    floor behind; the front foot flat ahead with that knee at a right angle; trunk upright,
    hands on the hips. The hips then push forward over the knee, the trunk staying tall."""
    knee = HIP_FLEXOR_KNEE
    shin = 168.0  # back and a little up to the tucked toes
    hip = step(knee, 86, THIGH)
    foot = (hip[0] + THIGH + 0.01, FLOOR_Y)

    def kneel(thigh: float) -> Figure:
        at = step(knee, thigh, THIGH)
        hands = (at[0] - 0.005, at[1] + 0.05)
        return body(
            at,
            91,
            (thigh + 180, shin),
            arm_to(at, 91, hands, bend=-1),
            far_leg=leg_to(at, foot),
            head=90,
        )

    pad = Rect(knee[0] - 0.06, FLOOR_Y, 0.12, _KNEE_PAD, role="mat")
    return Pose(
        "hip flexor stretch",
        frame(kneel(_angle(knee, hip))),
        frame(kneel(62)),
        scenery=with_floor(pad),
    )


def _couch_stretch() -> Pose:
    """Back knee on the floor against a bench, that shin straight up its front; the front
    foot flat ahead. The chest lifts from a forward lean as far as the stretch allows."""
    knee = (0.3, FLOOR_Y + 0.01)
    hip = step(knee, 68, THIGH)
    back = (248.0, 90.0)  # thigh down and back to the knee, shin up the bench
    front = leg_to(hip, (0.76, FLOOR_Y))
    lean = body(hip, 62, back, arm_to(hip, 62, (0.64, 0.3)), far_leg=front)
    tall = body(hip, 92, back, arm_to(hip, 92, (hip[0] + 0.15, hip[1] + 0.01)), far_leg=front)
    return Pose(
        "couch stretch", frame(lean), frame(tall), scenery=with_floor(*bench(0.02, 0.26, 0.28))
    )


def _hamstring_stretch() -> Pose:
    """Held on the back: one leg raised straight towards the ceiling, a strap looped round
    its foot and held in both hands above the chest, elbows bent; the other leg long on the
    floor. One position (a stretch is held), so the strap reads on its own."""
    hip = (0.4, 0.07)
    leg = 72.0
    neck = trunk(hip, 180)[1]
    hands = (neck[0] + 0.17, neck[1] + 0.2)
    hold = body(hip, 180, (leg, leg), arm_to(hip, 180, hands, bend=1), far_leg=(0, 0), head=180)
    return Pose(
        "hamstring stretch", frame(hold, *_strap(hold, leg)), frame(hold, *_strap(hold, leg))
    )


def _strap(figure: Figure, leg: float) -> tuple[Line, Line]:
    """A strap looped round the sole of the raised (near) foot, its two strands running to
    the hands: thick and doubled, so it reads as a strap rather than a limb."""
    sole = step(figure.ankle_n, leg, 0.02)
    hands = figure.wrist_n
    return tuple(  # type: ignore[return-value]
        Line(
            step(hands, leg + 90, side * 0.01),
            step(sole, leg + 90, side * 0.022),
            thick=True,
            role="strap",
        )
        for side in (1, -1)
    )


def _angle(start: Point, end: Point) -> float:
    return math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))


def _standing_hamstring() -> Pose:
    hip = (0.42, 0.51)
    planted = (-90.0, -90.0)
    raised = leg_to(hip, (0.8, 0.18), 1)
    upright = body(hip, 90, planted, (-92, -90), far_leg=raised)
    leaned = body(hip, 55, planted, arm_to(hip, 55, (0.62, 0.36)), far_leg=raised)
    return Pose(
        "standing hamstring stretch",
        frame(upright),
        frame(leaned),
        scenery=with_floor(box(0.74, 0.2, 0.12)),
    )


def _quad_stretch() -> Pose:
    """Standing on the far leg, one hand on a wall; the near heel is pulled up behind, the
    thigh a little back so the folded leg shows clear of the standing one."""
    hip = (0.5, 0.51)
    bent = (-110.0, 95.0)
    heel = step(step(hip, bent[0], THIGH), bent[1], SHIN)
    hand = (0.8, 0.72)
    hold = body(
        hip,
        90,
        bent,
        arm_to(hip, 90, (heel[0] + 0.01, heel[1])),
        far_leg=(-90, -90),
        far_arm=arm_to(hip, 90, hand),
    )
    return Pose(
        "standing quad stretch",
        frame(hold),
        frame(hold),
        scenery=with_floor(wall(hand[0] + 0.02)),
    )


def _calf_wall() -> Pose:
    hip = (0.5, 0.47)
    front = leg_to(hip, (0.66, FLOOR_Y))
    back = leg_to(hip, (0.22, FLOOR_Y), -1)
    hold = body(hip, 72, front, arm_to(hip, 72, (0.86, 0.7)), far_leg=back)
    return Pose("calf stretch at a wall", frame(hold), frame(hold), scenery=with_floor(wall(0.88)))


#: Where along the near thigh the crossed ankle rests, and how far past it the foot reaches.
FIGURE_FOUR_REST = 0.75
FIGURE_FOUR_PAST = 0.045


def _figure_four() -> Pose:
    """Held on the back: the near thigh drawn up past upright with the shin level, the far
    ankle crossed over it just below the knee (the "4"), both hands behind the near thigh.
    One position, no arrows. With the thigh at 75 degrees the hands were out of reach, so
    the straight arm ran from the neck across the crossed leg, the crossed knee out by the
    elbow; now the thigh is at 100, the hands hold it, and the crossed knee lies out
    towards the feet under the near shin, its shin the 4's crossbar."""
    hip = (0.5, 0.07)
    near = (100.0, 0.0)
    # The crossed shin lies over the near thigh below its knee and the foot reaches past
    # it towards the head, the crossed knee out towards the feet: a "4" drawn with its
    # crossbar. The ankle set on the knee closed the two legs into a triangle.
    rest = step(hip, near[0], THIGH * FIGURE_FOUR_REST)
    ankle = step(rest, near[0] + 90, FIGURE_FOUR_PAST)
    crossed = leg_to(hip, ankle, -1)
    hands = step(hip, near[0], THIGH * 0.45)
    hold = body(hip, 180, near, arm_to(hip, 180, hands, 1), far_leg=crossed, head=175)
    return Pose("figure-4 stretch", frame(hold), frame(hold))


#: Pigeon: the hips sit this high over the floor, low between the front shin and the back
#: leg; the trunk's angle in the tall position on the hands, and folded on the forearms.
PIGEON_HIP = (0.5, FLOOR_Y + 0.07)
PIGEON_TALL = 60.0
PIGEON_FOLD = 21.0


def _pigeon() -> Pose:
    """Sitting low on the floor: the front knee forward on the floor with the shin back
    under the hips, the back leg long and straight behind, its foot on the floor. Tall on
    straight arms, the hands on the floor by the front knee, then folded forward over the
    front shin onto the forearms, upper arms straight under the shoulders.
    The hips used to sit so high that the front knee and shin sank under the floor line and
    the back leg floated over it, and the tall position's hands hung in the air short of
    the floor."""
    hip = PIGEON_HIP
    lift = hip[1] - FLOOR_Y
    front = (-math.degrees(math.asin(lift / THIGH)), 180.0)
    back_angle = 180 + math.degrees(math.asin(lift / (THIGH + SHIN)))
    back = (back_angle, back_angle)
    neck = trunk(hip, PIGEON_TALL)[1]
    drop = neck[1] - (FLOOR_Y + 0.01)
    reach_ahead = math.sqrt(max((UPPER_ARM + FOREARM) ** 2 - drop**2, 0.0))
    hands = (neck[0] + reach_ahead, FLOOR_Y + 0.01)
    upright = body(hip, PIGEON_TALL, front, arm_to(hip, PIGEON_TALL, hands), far_leg=back)
    on_forearms: Angles = (-90.0, 0.0)  # elbows under the shoulders, forearms ahead
    folded = body(hip, PIGEON_FOLD, front, on_forearms, far_leg=back, head=-10)
    return Pose("pigeon stretch", frame(upright), frame(folded))


def _knee_to_chest() -> Pose:
    """On the back, both knees bent with the feet flat, head down: one knee (the near one,
    drawn bold) is drawn in to the chest by both hands clasped round the shin below it; the
    other foot stays flat (both knees hugged is the double knee-to-chest)."""
    hip = (0.45, 0.07)
    flat = leg_to(hip, (0.72, FLOOR_Y))
    start = body(hip, 180, flat, (-10, 0), head=180)
    hugged: Angles = (126.0, 12.0)
    knee = step(hip, hugged[0], THIGH)
    near_hand, far_hand = step(knee, hugged[1], SHIN * 0.15), step(knee, hugged[1], SHIN * 0.3)
    end = body(
        hip,
        180,
        hugged,
        arm_to(hip, 180, near_hand, bend=1),
        far_leg=flat,
        far_arm=arm_to(hip, 180, far_hand, bend=1),
        head=180,
    )
    return Pose("knee to chest", frame(start), frame(end))


def _double_knee_to_chest() -> Pose:
    """On the back, both knees drawn in to the chest by the hands round the shins."""
    hip = (0.45, 0.07)
    bent = leg_to(hip, (0.72, FLOOR_Y))
    start = body(hip, 180, bent, (-10, 0))
    hugged: Angles = (118.0, 10.0)
    knee = step(hip, hugged[0], THIGH)
    shin = step(knee, hugged[1], SHIN * 0.4)
    end = body(hip, 180, hugged, arm_to(hip, 180, shin, bend=1), head=165)
    return Pose("double knee to chest", frame(start), frame(end))


def _active_leg_raise() -> Pose:
    hip = (0.4, 0.07)
    flat = body(hip, 180, (0, 0), (-10, 0), far_leg=(0, 0))
    raised = body(hip, 180, (0, 0), (-10, 0), far_leg=(65, 65))
    return Pose("straight-leg raise", frame(flat), frame(raised))


#: Child's pose: the knees down with the shins flat behind them, and the tipped-down head
#: (degrees) that sets the forehead on the floor between the arms.
CHILD_KNEE = (0.36, FLOOR_Y + 0.01)
CHILD_HEAD = -72.0


def _childs_pose() -> Pose:
    """From all fours the hips sink back onto the heels, the back rounds low over the thighs
    and the forehead rests on the floor, the arms straight and long ahead on it (the hands
    walk forward). The old fold hovered the hips above the shins, the head off the floor."""
    knee = CHILD_KNEE
    heel = step(knee, 180, SHIN)
    on_all_fours = step(knee, 90, THIGH)
    # On all fours the back rises just enough for straight arms to reach the floor under
    # the shoulders (level, the hands sank 0.04 under the floor line).
    arm = UPPER_ARM + FOREARM
    four_torso = math.degrees(math.asin((FLOOR_Y + 0.01 + arm - on_all_fours[1]) / TORSO))
    four = body(on_all_fours, four_torso, (-90, 180), (-90, -90), head=0)
    # The hips sit back just ahead of the heels, the thigh reaching down to the knee.
    rest_x = heel[0] + 0.035
    hip = (rest_x, knee[1] + math.sqrt(THIGH**2 - (knee[0] - rest_x) ** 2))
    thigh = math.degrees(math.atan2(knee[1] - hip[1], knee[0] - hip[0]))
    # The round back rises just enough that the head, tipped down, rests on the floor.
    spine = -40.0
    lift = FLOOR_Y + HEAD_RADIUS + 0.004 - NECK_TO_HEAD * math.sin(math.radians(CHILD_HEAD))
    torso = spine / 2
    while trunk(hip, torso, spine)[1][1] < lift:
        torso += 0.5
    neck = trunk(hip, torso, spine)[1]
    # Straight arms from the shoulders down to the floor, above the tucked head.
    reach_down = math.degrees(math.asin((FLOOR_Y + 0.01 - neck[1]) / (UPPER_ARM + FOREARM)))
    fold = body(hip, torso, (thigh, 180), (reach_down, reach_down), head=CHILD_HEAD, spine=spine)
    return Pose("child's pose", frame(four), frame(fold))


def _prone_press_up() -> Pose:
    """Face down, hands under the shoulders; the arms lift the chest while the hips and legs
    stay on the floor."""
    hip, hands = (0.5, 0.06), (0.74, FLOOR_Y + 0.01)
    legs = (180.0, 180.0)
    flat = body(hip, 0, legs, arm_to(hip, 0, hands), head=0)
    pressed = body(hip, 42, legs, arm_to(hip, 42, hands, spine=30), head=65, spine=30)
    return Pose("prone press-up", frame(flat), frame(pressed))


def _sphinx() -> Pose:
    """Face down, propped on the forearms with the elbows under the shoulders, hips down."""
    hip = (0.5, 0.06)
    elbow_y = FLOOR_Y + 0.01
    torso = math.degrees(math.asin((elbow_y + UPPER_ARM - hip[1]) / TORSO))
    hold = body(hip, torso, (180, 180), (-90, 0), head=torso - 10)
    return Pose("sphinx", frame(hold), frame(hold))


def _nerve_slider() -> Pose:
    """Seated tall on a bench: the knee straightens as the head looks up, then bends as the
    head looks down (the far foot stays on the floor)."""
    hip = (0.36, FLOOR_Y + SHIN + 0.02)
    planted = leg_to(hip, (0.6, FLOOR_Y))
    hands = step(hip, planted[0], THIGH * 0.7)
    arms = arm_to(hip, 90, hands)
    bent = body(hip, 90, planted, arms, far_leg=planted, head=60)
    straight = body(hip, 90, (2, -8), arms, far_leg=planted, head=115)
    seat = bench(hip[0] - 0.16, 0.22, hip[1] - 0.015)
    return Pose("nerve slider", frame(bent), frame(straight), scenery=with_floor(*seat))


#: Cat-cow: how much the back rounds (cat, negative) and sags (cow), and where the hands
#: are planted: under the shoulders of a flat back whose straight arms reach the floor, a
#: hair ahead.
CAT_SPINE = -70.0
COW_SPINE = 55.0
_CAT_HIP = (0.36, FLOOR_Y + THIGH)
_CAT_ARM = UPPER_ARM + FOREARM - 1e-6


def _straight_armed(hip: Point, hands: Point, spine: float) -> float:
    """The trunk angle that puts the shoulders of a back curved by `spine` one straight arm
    from the hands: a curved trunk's chord, hip to neck, runs along `torso` and is shorter
    the more it curves."""
    chord = TORSO * math.cos(math.radians(spine / 2))
    return reach(hip, hands, chord, _CAT_ARM, 1)[0]


def _cat_cow() -> Pose:
    """On all fours the back rounds up to the ceiling (cat), then sags as the chest and head
    lift (cow); the hands and knees stay put and the arms stay straight, so the shoulders
    ride up in the cat and down in the cow. With the shoulders set too low for the arms,
    both elbows bent like a half press-up (39 and 46 degrees)."""
    hip = _CAT_HIP
    flat = trunk(hip, _straight_armed(hip, (hip[0] + TORSO, FLOOR_Y + 0.01), 0))[1]
    hands = (flat[0] + 0.01, FLOOR_Y + 0.01)

    def on_all_fours(spine: float, head: float) -> Figure:
        torso = _straight_armed(hip, hands, spine)
        arms = arm_to(hip, torso, hands, bend=1, spine=spine)
        return body(hip, torso, (-90, 180), arms, head=head, spine=spine)

    return Pose("cat-cow", frame(on_all_fours(CAT_SPINE, -15)), frame(on_all_fours(COW_SPINE, 50)))


#: Quadruped thoracic rotation: where the head looks (down at the start, up after the
#: elbow at the end) and where round the head, from its face, the hand rests.
_QTR_HEADS = (0.0, 20.0)
_QTR_HAND = (195.0, 170.0)


def _quadruped_reach_up() -> Pose:
    """On hands and knees, the far hand on the back of the head: the elbow starts folded
    down at the floor under the chest and rotates up until it points at the ceiling, the
    eyes following it, the near hand and both knees staying down; a thin arc traces the
    elbow's way up. With the hand on the head's crown the folded arm ran through the head
    in the start and the raised forearm through it at the end, one tangle of circle and
    strokes; the hand now rests low on the back of the head, by the neck, and each
    position's elbow turns away from the head (down behind the face, up behind the head)."""
    hip, torso = (0.44, 0.27), 16.0
    neck = trunk(hip, torso)[1]

    def hand_on_head(head: float, around: float, bend: int) -> Figure:
        hand = step(step(neck, head, NECK_TO_HEAD), head + around, HEAD_RADIUS + 0.012)
        arm = arm_to(hip, torso, hand, bend=bend)
        return body(hip, torso, (-90, 180), (-90, -90), far_arm=arm, head=head)

    down = hand_on_head(_QTR_HEADS[0], _QTR_HAND[0], -1)
    up = hand_on_head(_QTR_HEADS[1], _QTR_HAND[1], 1)
    raised = (_angle(neck, up.elbow_f), 0.0)
    start, end = _angle(neck, down.elbow_f), raised[0]
    radius = UPPER_ARM + 0.06
    sweep = [step(neck, start + (end - start) * i / 10, radius) for i in range(11)]
    arc = tuple(Line(a, b) for a, b in pairwise(sweep))
    tip, back = sweep[-1], _angle(sweep[-1], sweep[-2])
    arrow = (Line(tip, step(tip, back + 30, 0.04)), Line(tip, step(tip, back - 30, 0.04)))
    return Pose(
        "quadruped thoracic rotation",
        frame(down),
        frame(up),
        scenery=with_floor(*arc, *arrow),
    )


#: The adductor rock-back seen from the side and a little above: the floor shows as a
#: plane whose near side, towards the reader, runs down and to the right on this slant,
#: and the leg out to the side lies along it at full length. The floor under the knees and
#: hands is drawn high in the box, so the near floor and the side foot fit below it.
ROCK_SIDE_LEG = -62.0
ROCK_FLOOR = FLOOR_Y + 0.3
ROCK_KNEE = (0.4, ROCK_FLOOR)
#: How far ahead of the start's shoulders the hands are planted.
ROCK_AHEAD = 0.08
#: The kneeling thigh's angle when rocked back (90: upright, the hip over the knee).
ROCK_BACK_THIGH = 160.0
#: The head held in line with the back, the eyes to the floor a little ahead.
ROCK_HEAD_LIFT = 40.0
#: The whole arm (less what `reach` keeps back): the shoulders are put one arm from the
#: hands, so the arms draw straight.
_ROCK_ARM = UPPER_ARM + FOREARM - 1e-6


def _rock_back() -> Pose:
    """On all fours seen from the side and a little above, one knee on the floor under the
    hip with its shin back along it, the other leg straight out to the side (towards the
    reader, down the floor's slant) with the foot flat; the hips then rock back towards the
    kneeling heel, the hands and the side foot staying put, so the straight leg swings
    about its foot and the two positions' side legs meet there in a V.
    Both positions keep a flat back on straight arms: at the start the hands are under the
    shoulders, the back rising a little to meet them; rocked back, the hips drop and the
    shoulders slide back, the arms reaching forward to the same hands, the back still flat
    and the head in line with it. The two backs lie nearly parallel, one behind the other.
    Drawn flat from the side, the leg out to the side pointed at the reader and vanished,
    and the rock back read as child's pose; with the hands close and the head level, the
    end's bent arm ran through the head at print size; then with the hands far ahead and
    the head thrown back, the start's back crossed the end's head and the two positions
    tangled into one knot of strokes."""
    knees = ROCK_KNEE
    start_hip, back_hip = step(knees, 90, THIGH), step(knees, ROCK_BACK_THIGH, THIGH)
    # The start's shoulders one straight arm over the hands, a hair ahead of them so the
    # arm leans forward into the rock.
    ahead = ROCK_AHEAD
    height = math.sqrt(_ROCK_ARM**2 - ahead**2)
    start_torso = math.degrees(math.asin((ROCK_FLOOR + height - start_hip[1]) / TORSO))
    start_neck = trunk(start_hip, start_torso)[1]
    hands = (start_neck[0] + ahead, ROCK_FLOOR)
    # Rocked back, the trunk turns until the shoulders are one straight arm from the hands.
    back_torso = reach(back_hip, hands, TORSO, _ROCK_ARM, 1)[0]
    # The side foot is where a straight leg reaches from both hips, forward and down the
    # slant: on the perpendicular bisector of the two hips, a whole leg from each.
    mid = ((start_hip[0] + back_hip[0]) / 2, (start_hip[1] + back_hip[1]) / 2)
    half = math.dist(start_hip, back_hip) / 2
    across = _angle(back_hip, start_hip) - 90
    foot = step(mid, across, math.sqrt((THIGH + SHIN) ** 2 - half**2))

    def on_all_fours(hip: Point, torso: float) -> Figure:
        side = (_angle(hip, foot), _angle(hip, foot))
        kneel = (_angle(hip, knees), 180.0)
        arms = arm_to(hip, torso, hands, bend=1)
        return body(hip, torso, side, arms, far_leg=kneel, head=torso + ROCK_HEAD_LIFT)

    start = on_all_fours(start_hip, start_torso)
    back = on_all_fours(back_hip, back_torso)
    # The mat reaches a little behind the knees and ahead of the hands, and forward past
    # the side foot.
    floor = slanted_mat((0.02, ROCK_FLOOR + 0.06), 0.84, 0.4, slant=180 + ROCK_SIDE_LEG)
    return Pose("adductor rock-back", frame(start), frame(back), scenery=floor)


#: The world's greatest stretch: the front foot, and the hand planted on the floor just inside
#: it (a little ahead of the ankle, beside the toes, so the arm does not hide the shin).
WGS_FOOT = (0.66, FLOOR_Y)
WGS_HAND = (0.71, FLOOR_Y + 0.01)


def _worlds_greatest() -> Pose:
    """A deep lunge seen from the side: the near (front) foot flat ahead, the back leg long
    behind with its knee off the floor, the chest low over the front thigh. The far hand is
    planted on the floor inside the front foot, under the shoulder; both hands start there,
    then the trunk turns open and the near arm reaches straight up, so the two arms make one
    line from the floor to the ceiling. The head turns up with it, kept clear of the arm."""
    hip, torso = (0.44, 0.26), 20.0
    front_leg = leg_to(hip, WGS_FOOT)
    back_leg = leg_to(hip, (0.03, FLOOR_Y + 0.01))
    planted = arm_to(hip, torso, WGS_HAND)
    down = body(hip, torso, front_leg, planted, far_leg=back_leg, far_arm=planted, head=10)
    up = body(hip, torso, front_leg, (90, 90), far_leg=back_leg, far_arm=planted, head=35)
    return Pose("world's greatest stretch", frame(down), frame(up))


def _foam_roll() -> Pose:
    """Sitting back on the hands, a roller under the thighs: the body rolls from the knees
    to the sitting bones."""
    center, radius = (0.62, FLOOR_Y + 0.055), 0.055
    tube = roller(center)
    legs, torso = -3.0, 138.0
    slope = math.radians(legs)

    def sitting(hip_x: float) -> Figure:
        # The straight legs lie on top of the roller (they floated 0.03 to 0.04 over it),
        # and the trunk leans back far enough for the hands to reach the floor behind.
        at_roller = center[1] + radius / math.cos(slope)
        hip = (hip_x, at_roller - (center[0] - hip_x) * math.tan(slope))
        neck = trunk(hip, torso)[1]
        hands = (neck[0] - 0.05, FLOOR_Y + 0.01)
        return body(hip, torso, (legs, legs), arm_to(hip, torso, hands, bend=-1))

    return Pose("foam rolling", frame(sitting(0.3), *tube), frame(sitting(0.45), *tube))


def _foam_roll_glutes() -> Pose:
    """Sitting on a roller, one ankle crossed over the other knee, leaning back on the
    hands towards the crossed leg's glute; the hips roll a little forward and back."""
    center = (0.42, FLOOR_Y + 0.055)
    tube = roller(center)

    def seated(hip_x: float) -> Frame:
        hip = (hip_x, center[1] + 0.06)  # on the roller (0.02 over it, it floated)
        # Leaning back far enough for the hands to reach the floor behind (upright at 112
        # degrees, the straight arms ended 0.07 over it).
        torso = 136.0
        planted = leg_to(hip, (0.75, FLOOR_Y))
        knee = step(hip, planted[0], THIGH)
        # The crossed knee up and out over the ankle (bent the other way it sank 0.02
        # under the floor line).
        crossed = leg_to(hip, (knee[0] + 0.01, knee[1] + 0.02), bend=1)
        neck = trunk(hip, torso)[1]
        hands = arm_to(hip, torso, (neck[0] - 0.04, FLOOR_Y + 0.01), bend=-1)
        return frame(body(hip, torso, planted, hands, far_leg=crossed), *tube)

    return Pose("foam rolling the glutes", seated(0.39), seated(0.45))


#: Foam rolling the upper back: where along the trunk, from the hip (0) to the shoulders
#: (1), the roller presses at the start (under the shoulder blades) and at the end (the
#: mid-back), and the trunk's angle.
ROLL_UPPER = 0.88
ROLL_MID = 0.6
ROLL_TORSO = 168.0


def _roll_upper_back() -> Pose:
    """Feet flat, hips lifted, a roller across the upper back and the hands behind the head:
    the body rolls the roller from the shoulder blades to the mid-back, the back resting
    on it. The back used to float 0.03 to 0.06 over the roller, which touched nothing."""
    center = (0.3, FLOOR_Y + 0.055)
    tube = roller(center)
    radius = 0.055
    feet = (0.8, FLOOR_Y)
    slope = math.radians(ROLL_TORSO)

    def over(share: float) -> Figure:
        # The trunk line lies on top of the roller: one radius above its centre, square to
        # the line, at `share` of the way from the hip to the shoulders.
        hip_x = center[0] - share * TORSO * math.cos(slope)
        lift = radius / abs(math.cos(slope))
        hip = (hip_x, center[1] + lift - (center[0] - hip_x) * math.tan(slope))
        return body(hip, ROLL_TORSO, leg_to(hip, feet), (100, -20), head=ROLL_TORSO - 15)

    return Pose(
        "foam rolling the upper back",
        frame(over(ROLL_UPPER), *tube),
        frame(over(ROLL_MID), *tube),
    )


# Floor drills for the spine -----------------------------------------------------------------


#: Lower trunk rotation, seen from above: the hips, the feet (together, flat, this far
#: towards the feet end) and how far the knees drop to each side of the body's line.
LTR_HIP = (0.53, 0.5)
LTR_FEET = 0.27
#: How far apart the stacked legs are drawn, across the body's line, and how far the top
#: leg's foot (and so its knee) lies past the lower one's, towards the feet end.
LTR_STACK = 0.024
LTR_AHEAD = 0.07


def _lower_trunk_rotation() -> Pose:
    """On the back on a mat, seen from above: head to the left, arms out in a T on the
    floor, knees bent and together with the feet flat. The knees drop to one side until the
    legs lie on the floor, then over to the other, while both shoulders stay down. From
    the feet end the knees were small triangles under a tall trunk and a wide mat, and from
    above with the knees up they hid along the body's line; dropped, the bent legs show
    whole. One side is drawn, the top leg over the lower one, and a wiper's arc with an
    arrowhead at each end says they swing over to the other side and back."""
    hip = LTR_HIP
    neck = (hip[0] - TORSO, hip[1])
    feet = (hip[0] + LTR_FEET, hip[1])
    # The figure's left (near) side is up the page: lying face up, head to the left.
    shoulders = ((neck[0], neck[1] + SHOULDER), (neck[0], neck[1] - SHOULDER))
    # The pelvis turns with the knees, so from above its hip joints close up and the top
    # leg lies over the lower one (two legs drawn apart read as a diamond); the lower leg
    # shows outside the top one (drawn on one line they looked like one leg drawn twice;
    # 0.024 apart and parallel they merged into one thick V at sheet size), and the top
    # foot lies past the lower one, so the top knee sits ahead and its shin crosses over.
    stack = LTR_STACK / 2
    hips = ((hip[0], hip[1] + stack), (hip[0], hip[1] - stack))
    arm = UPPER_ARM + FOREARM

    def knees_to(side: int) -> Figure:
        legs = []
        for root, foot_side, ahead in zip(hips, (1, -1), (LTR_AHEAD, 0.0), strict=True):
            foot = (feet[0] + ahead, feet[1] + foot_side * stack)
            # bend +1 puts the knee counter-clockwise of hip-to-foot: up the page.
            thigh, shin = reach(root, foot, THIGH, SHIN, side)
            knee = step(root, thigh, THIGH)
            legs.append((knee, step(knee, shin, SHIN)))
        (knee_n, ankle_n), (knee_f, ankle_f) = legs
        return Figure(
            head=(neck[0] - NECK_TO_HEAD, neck[1]),
            neck=neck,
            waist=(hip[0] - TORSO / 2, hip[1]),
            hip=hip,
            shoulder_n=shoulders[0],
            shoulder_f=shoulders[1],
            hip_n=hips[0],
            hip_f=hips[1],
            elbow_n=(neck[0], shoulders[0][1] + UPPER_ARM),
            wrist_n=(neck[0], shoulders[0][1] + arm),
            elbow_f=(neck[0], shoulders[1][1] - UPPER_ARM),
            wrist_f=(neck[0], shoulders[1][1] - arm),
            knee_n=knee_n,
            ankle_n=ankle_n,
            knee_f=knee_f,
            ankle_f=ankle_f,
        )

    # Drawn once, dropped to the figure's right (down the page): drawn over each other, the
    # two sides' bent legs, mirror images about the body's line, closed into one rhombus
    # with the hip and the feet at its ends, and the legs no longer read as legs.
    other_side, down = knees_to(1), knees_to(-1)
    # The knees' way over from one side to the other, like a windscreen wiper: an arc round
    # the hips outside the knees and the feet, from where the knees drop on the other side
    # to where they lie, an arrowhead at each end. Drawn between the shins, a small arc
    # left the two positions one square diamond.
    radius = math.dist(hip, down.ankle_n) + 0.04  # round the top foot, the farther one
    start = _angle(hip, other_side.knee_f) - 6
    end = _angle(hip, down.knee_n) + 6
    path = [step(hip, start + (end - start) * i / 16, radius) for i in range(17)]
    arc = tuple(Line(a, b) for a, b in pairwise(path))
    arrow = tuple(
        Line(tip, step(tip, _angle(tip, after) + turn, 0.045))
        for tip, after in ((path[-1], path[-2]), (path[0], path[1]))
        for turn in (30, -30)
    )
    top, bottom = shoulders[0][1] + arm + 0.04, shoulders[1][1] - arm - 0.04
    floor = mat_outline(0.03, bottom, 0.94, top - bottom)
    return Pose(
        "lower trunk rotation",
        frame(down),
        frame(down),
        scenery=(*floor, *arc, *arrow),
        view="top",
    )


#: The open book's way towards the reader, drawn down and to the left on the slant (the
#: floor seen from the front and a little above, as in the 90/90 stretch): the thighs and
#: the arms reach forward along it, and the top arm ends lying back the opposite way.
_OPEN_BOOK_FORWARD = -115.0


def _open_book() -> Pose:
    """Lying on the right side, seen from the front and a little above, head to the right:
    hips and knees bent, the two legs stacked one over the other (thighs forward, shins back
    along the floor), both arms straight out in front, the top hand over the bottom one. The
    top arm then sweeps up and over to lie on the floor behind, the top shoulder turning back
    with it, while the knees stay stacked; a thin arc over the shoulder traces the hand's way,
    the chest opening like the cover of a book. From straight in front the arms and thighs
    would point at the reader and vanish; from above the sweep is a line, not an arc."""
    forward = _OPEN_BOOK_FORWARD
    # Behind on the floor, a little towards the feet: drawn straight opposite the arms in
    # front it would run on through them as one stick across the body, and towards the head
    # it would cross the head.
    behind = forward + 180 + 12
    hip = (0.44, 0.36 + PELVIS)
    torso = math.degrees(math.asin((SHOULDER - PELVIS) / TORSO))
    neck = trunk(hip, torso)[1]
    # Stacked legs: both thighs forward, parallel, the top knee over the bottom one; the
    # shins back along the floor towards the feet, parallel to the trunk.
    leg: Angles = (forward, 180.0)
    bottom_arm: Angles = (forward, forward)
    bottom_shoulder = step(neck, torso - 90, SHOULDER)
    bottom_hand = step(bottom_shoulder, forward, UPPER_ARM + FOREARM)
    reaching = front_arm_to(hip, torso, bottom_hand, near=False, bend=1)
    closed = front(hip, torso, leg, bottom_arm, far_leg=leg, far_arm=reaching, head=torso)
    # Opened: the top shoulder turned back (behind, on the slant) and the arm long behind it.
    top_shoulder = step(neck, behind, SHOULDER)
    elbow = step(top_shoulder, behind, UPPER_ARM)
    opened = replace(
        closed, shoulder_f=top_shoulder, elbow_f=elbow, wrist_f=step(elbow, behind, FOREARM)
    )
    # The hand's way: from in front, up over the top shoulder, to behind; seen on the slant
    # that half circle is half an ellipse, drawn a little wide of the hand so it stays clear.
    centre, radius = closed.shoulder_f, UPPER_ARM + FOREARM + 0.06
    ahead = (math.cos(math.radians(forward)), math.sin(math.radians(forward)))

    def swept(turned: float) -> Point:
        along, up = math.cos(math.radians(turned)), math.sin(math.radians(turned))
        return (centre[0] + radius * along * ahead[0], centre[1] + radius * (along * ahead[1] + up))

    path = [swept(40 + 130 * i / 12) for i in range(13)]
    arc = tuple(Line(a, b) for a, b in pairwise(path))
    tip, back = path[-1], _angle(path[-1], path[-2])
    arrow = (Line(tip, step(tip, back + 30, 0.04)), Line(tip, step(tip, back - 30, 0.04)))
    floor = slanted_mat((0.42, 0.86), 0.58, 0.91, slant=forward + 180)
    return Pose(
        "open book",
        frame(closed),
        frame(opened),
        scenery=(*floor, *arc, *arrow),
        view="front",
    )


def _hip_stretch_90_90() -> Pose:
    """Held in the 90/90 position, seen from the front and a little above so the floor
    shows as a plane: depth towards the reader runs down and to the left, at full length.
    The front leg's thigh comes towards the reader with its shin across in front of the
    body; the other thigh goes out to the side with its shin back. The trunk sits tall
    over the front shin, hands on the floor at the sides."""
    hip = (0.5, 0.45)
    towards, away = -135.0, 45.0  # depth, drawn on the slant
    front_leg: Angles = (towards, 0)  # the far (right) leg: thigh forward, shin across
    side_leg: Angles = (0, away)  # the near (left) leg: thigh out, shin back
    hold = front(
        hip,
        92,
        side_leg,
        front_arm_to(hip, 92, (hip[0] + 0.19, hip[1] - 0.03), bend=1),
        far_leg=front_leg,
        far_arm=front_arm_to(hip, 92, (hip[0] - 0.19, hip[1] - 0.03), near=False, bend=-1),
    )
    floor = slanted_mat((0.34, 0.62), 0.62, 0.5)
    return Pose("90/90 hip stretch", frame(hold), frame(hold), scenery=floor, view="front")


#: The 90/90 hip switch from the front: how far both knees tilt to one side, and how far
#: each thigh stands from the middle before the tilt. Spread wide, the inner thigh stays
#: clear of the trunk at either end.
SWITCH_TILT = 15.0
SWITCH_SPREAD = 55.0


def _hip_switch_90_90() -> Pose:
    """Seen from the front, sitting tall with the hands on the hips: both knees swing over
    together like windscreen wipers, from one side to the other, the feet wide on the floor.
    The knees tilted so far that the inner thigh stood up along the trunk, and the hands on
    the floor far out either side hung the arms round the body like a cape."""
    hip = (0.5, FLOOR_Y + 0.05)
    feet = (0.5 - 0.27, 0.5 + 0.27)
    near_root, far_root = hip_joint(hip, 90, True), hip_joint(hip, 90, False)

    def knees_over(side: int) -> Figure:
        lean = SWITCH_TILT * side  # where both knees point, degrees from straight up
        near_knee = step(near_root, 90 - lean - SWITCH_SPREAD, THIGH)
        far_knee = step(far_root, 90 - lean + SWITCH_SPREAD, THIGH)
        near: Angles = (_angle(near_root, near_knee), _shin_to_floor(near_knee, feet[1]))
        far: Angles = (_angle(far_root, far_knee), _shin_to_floor(far_knee, feet[0]))
        on_hips = (hip[0] + 0.06, hip[1] + 0.15), (hip[0] - 0.06, hip[1] + 0.15)
        return front(
            hip,
            90,
            near,
            front_arm_to(hip, 90, on_hips[0], bend=1),
            far_leg=far,
            far_arm=front_arm_to(hip, 90, on_hips[1], near=False, bend=-1),
        )

    return Pose("90/90 hip switch", frame(knees_over(-1)), frame(knees_over(1)), view="front")


def _shin_to_floor(knee: Point, foot_x: float) -> float:
    """The shin's angle from `knee` down towards the floor near `foot_x` (its length kept)."""
    drop = max(knee[1] - FLOOR_Y, 0.0)
    run = math.sqrt(max(SHIN**2 - min(drop, SHIN) ** 2, 0.0))
    toward = run if foot_x >= knee[0] else -run
    return _angle(knee, (knee[0] + toward, knee[1] - min(drop, SHIN)))


POSES: dict[str, Callable[[], Pose]] = {
    "hip-flexor-stretch": _hip_flexor_stretch,
    "couch-stretch": _couch_stretch,
    "hamstring-stretch": _hamstring_stretch,
    "standing-hamstring-stretch": _standing_hamstring,
    "standing-quad-stretch": _quad_stretch,
    "calf-wall-stretch": _calf_wall,
    "figure-four-stretch": _figure_four,
    "pigeon-stretch": _pigeon,
    "knee-to-chest": _knee_to_chest,
    "double-knee-to-chest": _double_knee_to_chest,
    "straight-leg-raise": _active_leg_raise,
    "childs-pose": _childs_pose,
    "cat-cow": _cat_cow,
    "prone-press-up": _prone_press_up,
    "sphinx": _sphinx,
    "nerve-slider": _nerve_slider,
    "quadruped-thoracic-rotation": _quadruped_reach_up,
    "adductor-rock-back": _rock_back,
    "worlds-greatest-stretch": _worlds_greatest,
    "foam-roll": _foam_roll,
    "foam-roll-glutes": _foam_roll_glutes,
    "foam-roll-upper-back": _roll_upper_back,
    "lower-trunk-rotation": _lower_trunk_rotation,
    "open-book": _open_book,
    "90-90-hip-stretch": _hip_stretch_90_90,
    "90-90-hip-switch": _hip_switch_90_90,
}
