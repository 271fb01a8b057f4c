"""Mobility: static stretches, floor drills for the hips and spine, a nerve slider, foam rolling.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from planner_gui.figures.kinematics import arm_to, body, leg_to, step
from planner_gui.figures.pose import Pose, frame
from planner_gui.figures.props import FLOOR_Y, Circle, Line, Rect, with_floor
from planner_gui.figures.skeleton import SHIN, THIGH, TORSO, UPPER_ARM


def _hip_flexor_stretch() -> Pose:
    upright = body((0.42, 0.28), 90, (-90, 180), (-92, -90), far_leg=(-10, -90))
    forward = body((0.46, 0.28), 95, (-110, 180), (-92, -90), far_leg=(-5, -90))
    return Pose("hip flexor stretch", frame(upright), frame(forward))


def _couch_stretch() -> Pose:
    """Back knee on the floor against a bench, that shin straight up its front; the front
    foot flat ahead. The chest lifts from a forward lean as far as the stretch allows."""
    knee = (0.3, FLOOR_Y + 0.01)
    hip = step(knee, 68, THIGH)
    back = (248.0, 90.0)  # thigh down and back to the knee, shin up the bench
    front = leg_to(hip, (0.76, FLOOR_Y))
    lean = body(hip, 62, back, arm_to(hip, 62, (0.64, 0.3)), far_leg=front)
    tall = body(hip, 92, back, arm_to(hip, 92, (hip[0] + 0.15, hip[1] + 0.01)), far_leg=front)
    bench = Rect(0.02, FLOOR_Y, 0.26, 0.24)
    return Pose("couch stretch", frame(lean), frame(tall), scenery=with_floor(bench))


def _hamstring_stretch() -> Pose:
    start = body((0.4, 0.07), 180, (0, 0), (-10, 0), far_leg=(50, 50))
    end = body((0.4, 0.07), 180, (0, 0), (85, 80), far_leg=(80, 80))
    return Pose("hamstring stretch", frame(start), frame(end))


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
        scenery=with_floor(Rect(0.74, FLOOR_Y, 0.2, 0.12)),
    )


def _quad_stretch() -> Pose:
    """Standing on the far leg, one hand on a wall; the near heel is pulled up behind, the
    thigh a little back so the folded leg shows clear of the standing one."""
    hip = (0.5, 0.51)
    bent = (-110.0, 95.0)
    heel = step(step(hip, bent[0], THIGH), bent[1], SHIN)
    wall = (0.8, 0.72)
    hold = body(
        hip,
        90,
        bent,
        arm_to(hip, 90, (heel[0] + 0.01, heel[1])),
        far_leg=(-90, -90),
        far_arm=arm_to(hip, 90, wall),
    )
    return Pose(
        "standing quad stretch",
        frame(hold),
        frame(hold),
        scenery=with_floor(Line((wall[0] + 0.02, FLOOR_Y), (wall[0] + 0.02, 0.95), thick=True)),
    )


def _calf_wall() -> Pose:
    hip = (0.5, 0.47)
    front = leg_to(hip, (0.66, FLOOR_Y))
    back = leg_to(hip, (0.22, FLOOR_Y), -1)
    hold = body(hip, 72, front, arm_to(hip, 72, (0.86, 0.7)), far_leg=back)
    wall = Line((0.88, FLOOR_Y), (0.88, 0.95), thick=True)
    return Pose("calf stretch at a wall", frame(hold), frame(hold), scenery=with_floor(wall))


def _figure_four() -> Pose:
    """Held on the back: the near thigh drawn up with the shin level, the far ankle crossed
    over the near knee (the "4"), both hands behind the near thigh. One position, no arrows."""
    hip = (0.5, 0.07)
    near = (75.0, 0.0)
    knee = step(hip, near[0], THIGH)
    crossed = leg_to(hip, (knee[0] + 0.01, knee[1] + 0.015), -1)
    hands = step(hip, near[0], THIGH * 0.6)
    hold = body(hip, 180, near, arm_to(hip, 180, hands, 1), far_leg=crossed, head=175)
    return Pose("figure-4 stretch", frame(hold), frame(hold))


def _pigeon() -> Pose:
    hip = (0.5, 0.14)
    legs = ((-30.0, 180.0), (188.0, 180.0))
    upright = body(hip, 80, legs[0], arm_to(hip, 80, (0.66, FLOOR_Y)), far_leg=legs[1])
    folded = body(
        hip, 20, legs[0], arm_to(hip, 20, (0.98, FLOOR_Y + 0.01)), far_leg=legs[1], head=10
    )
    return Pose("pigeon stretch", frame(upright), frame(folded))


def _knee_to_chest() -> Pose:
    start = body((0.45, 0.07), 180, (0, 0), (-10, 0), far_leg=(0, 0))
    end = body((0.45, 0.07), 180, (0, 0), (40, -20), far_leg=(110, -10))
    return Pose("knee to chest", frame(start), frame(end))


def _active_leg_raise() -> Pose:
    hip = (0.4, 0.07)
    flat = body(hip, 180, (0, 0), (-10, 0), far_leg=(0, 0))
    raised = body(hip, 180, (0, 0), (-10, 0), far_leg=(65, 65))
    return Pose("straight-leg raise", frame(flat), frame(raised))


def _childs_pose() -> Pose:
    kneel = body((0.35, 0.27), 16, (-90, 180), (-90, -90), head=10)
    fold = body((0.3, 0.15), 5, (-24, 180), (-35, -5), head=-20)
    return Pose("child's pose", frame(kneel), frame(fold))


def _prone_press_up() -> Pose:
    """Face down, hands under the shoulders; the arms lift the chest while the hips and legs
    stay on the floor."""
    hip, hands = (0.5, 0.06), (0.74, FLOOR_Y + 0.01)
    legs = (180.0, 180.0)
    flat = body(hip, 0, legs, arm_to(hip, 0, hands), head=0)
    pressed = body(hip, 42, legs, arm_to(hip, 42, hands), head=55)
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
    seat = Rect(hip[0] - 0.16, FLOOR_Y, 0.22, hip[1] - FLOOR_Y - 0.015)
    return Pose("nerve slider", frame(bent), frame(straight), scenery=with_floor(seat))


def _cat_cow() -> Pose:
    arched = body((0.36, 0.27), 24, (-90, 180), (-96, -90), head=-20)
    dipped = body((0.36, 0.27), 10, (-90, 180), (-84, -88), head=40)
    return Pose("cat-cow", frame(arched), frame(dipped))


def _quadruped_reach_up() -> Pose:
    start = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_arm=(-60, 150), head=10)
    end = body((0.47, 0.27), 16, (-90, 180), (-90, -90), far_arm=(92, 92), head=40)
    return Pose("quadruped thoracic rotation", frame(start), frame(end))


def _rock_back() -> Pose:
    hands = (0.8, FLOOR_Y + 0.01)
    knees = (0.4, FLOOR_Y + 0.01)
    start_hip = step(knees, 90, THIGH)
    start = body(start_hip, 16, (-90, 180), arm_to(start_hip, 16, hands), head=10)
    back_hip = step(knees, 150, THIGH)
    back = body(back_hip, 12, (-30, 180), arm_to(back_hip, 12, hands), head=0)
    return Pose("rock back", frame(start), frame(back))


def _worlds_greatest() -> Pose:
    hip = (0.44, 0.22)
    front = leg_to(hip, (0.7, FLOOR_Y))
    back = (190.0, 190.0)
    hand = (0.68, FLOOR_Y + 0.01)
    down = body(hip, 30, front, arm_to(hip, 30, hand), far_leg=back, far_arm=arm_to(hip, 30, hand))
    up = body(hip, 30, front, arm_to(hip, 30, hand), far_leg=back, far_arm=(95, 95), head=60)
    return Pose("world's greatest stretch", frame(down), frame(up))


def _foam_roll() -> Pose:
    near = body((0.3, 0.2), 120, (-3, -3), (-120, -90))
    far = body((0.45, 0.2), 120, (-3, -3), (-120, -90))
    return Pose(
        "foam rolling",
        frame(near, Circle((0.62, 0.12), 0.08)),
        frame(far, Circle((0.62, 0.12), 0.08)),
    )


def _roll_upper_back() -> Pose:
    roller = Circle((0.3, 0.12), 0.08)
    feet = (0.78, FLOOR_Y)
    a_hip = (0.44, 0.22)
    b_hip = (0.5, 0.26)
    a = body(a_hip, 165, leg_to(a_hip, feet), (100, -20), head=150)
    b = body(b_hip, 172, leg_to(b_hip, feet), (100, -20), head=160)
    return Pose("foam rolling the upper back", frame(a, roller), frame(b, roller))


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
    "foam-roll-upper-back": _roll_upper_back,
}
