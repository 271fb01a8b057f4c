"""Hinges, squats, lunges and step-ups: the lower-body strength lifts and their drills.

Each drawing is a function returning a fresh `Pose`; `POSES` names them by pose id
for the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from planner_gui.figures.kinematics import arm_to, body, leg_to, step
from planner_gui.figures.pose import Frame, Pose, frame
from planner_gui.figures.props import (
    FLOOR_Y,
    Circle,
    Line,
    Rect,
    floor_line,
    plate,
    weight,
    with_floor,
)
from planner_gui.figures.skeleton import HEAD_RADIUS, NECK_TO_HEAD, TORSO, UPPER_ARM, Point

_BOX = Rect(0.52, FLOOR_Y, 0.34, 0.08)


def _hinge() -> Pose:
    top = body((0.5, 0.51), 90, (-90, -90), (-90, -90))
    bottom = body((0.38, 0.49), 28, (-68, -94), (-90, -90))
    return Pose("hinge", frame(top, plate(top.wrist_n)), frame(bottom, plate(bottom.wrist_n)))


def _good_morning() -> Pose:
    top_hip, low_hip = (0.5, 0.51), (0.38, 0.49)
    top_bar = step(step(top_hip, 90, TORSO), 0, 0.0)
    low_neck = step(low_hip, 28, TORSO)
    top = body(top_hip, 90, (-90, -90), arm_to(top_hip, 90, (top_bar[0] + 0.02, top_bar[1])))
    bottom = body(low_hip, 28, (-68, -94), arm_to(low_hip, 28, (low_neck[0], low_neck[1] + 0.02)))
    return Pose(
        "good morning",
        frame(top, plate((top_bar[0] - 0.03, top_bar[1]))),
        frame(bottom, plate((low_neck[0] - 0.03, low_neck[1] + 0.02))),
    )


def _single_leg_hinge(name: str = "single-leg hinge", loaded: bool = True) -> Pose:
    """One leg planted, the trunk and the other leg tip together like a see-saw."""
    top = body((0.5, 0.51), 90, (-90, -90), (-90, -90))
    low_hip = (0.45, 0.47)
    planted = leg_to(low_hip, (0.5, FLOOR_Y))
    bottom = body(low_hip, 10, planted, (-90, -90), far_leg=(190, 190))
    if not loaded:
        return Pose(name, frame(top), frame(bottom))
    return Pose(name, frame(top, weight(top.wrist_n)), frame(bottom, weight(bottom.wrist_n)))


def _b_stance_hinge() -> Pose:
    """Front foot flat, back foot half a step behind on its toes as a kickstand; the hips
    push back over the front leg."""
    front, kickstand = (0.52, FLOOR_Y), (0.36, FLOOR_Y + 0.02)
    top_hip, low_hip = (0.5, 0.5), (0.4, 0.47)
    top = body(top_hip, 90, leg_to(top_hip, front), (-90, -90), far_leg=leg_to(top_hip, kickstand))
    bottom = body(
        low_hip, 30, leg_to(low_hip, front), (-90, -90), far_leg=leg_to(low_hip, kickstand)
    )
    return Pose(
        "b-stance hinge",
        frame(top, weight(top.wrist_n)),
        frame(bottom, weight(bottom.wrist_n)),
    )


def _hip_airplane() -> Pose:
    return _single_leg_hinge("hip airplane", loaded=False)


def _swing() -> Pose:
    bottom = body((0.38, 0.49), 28, (-68, -94), (-120, -120))
    top = body((0.5, 0.51), 90, (-90, -90), (0, 0))
    return Pose(
        "kettlebell swing",
        frame(bottom, weight(bottom.wrist_n)),
        frame(top, weight(top.wrist_n)),
    )


def _back_extension() -> Pose:
    """Body on a 45-degree bench: hips on the pad, feet under the roller, trunk lowers and rises."""
    hip = (0.52, 0.46)
    legs = (225.0, 225.0)
    up = body(hip, 45, legs, (-140, 60))
    down = body(hip, -70, legs, (-160, -50), head=-60)
    bench = Line((0.16, 0.09), (0.52, 0.42), thick=True)
    return Pose(
        "45-degree back extension",
        frame(down),
        frame(up),
        scenery=with_floor(
            bench,
            Line((0.46, 0.37), (0.46, FLOOR_Y)),
            Line((0.2, 0.12), (0.2, FLOOR_Y)),
            Circle((0.15, 0.14), 0.025),
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
            neck = step(hip, torso, TORSO)

            def out(bend: int) -> float:
                elbow = step(neck, arm_to(hip, torso, on_dowel(t), bend)[0], UPPER_ARM)
                return (elbow[0] - neck[0]) * behind[0] + (elbow[1] - neck[1]) * behind[1]

            return arm_to(hip, torso, on_dowel(t), 1 if out(1) >= out(-1) else -1)

        # One hand at the small of the back shows the grip; a second arm folded behind the
        # neck only tangles the figure at this size.
        figure = body(hip, torso, legs, arm(0.06))
        dowel = Line(on_dowel(-0.03), on_dowel(TORSO + NECK_TO_HEAD + 0.05), thick=True)
        return frame(figure, dowel)

    return Pose(
        "dowel hip hinge drill",
        at((0.52, 0.51), 90, (-90, -90)),
        at((0.4, 0.49), 30, (-68, -94)),
    )


def _squat() -> Pose:
    """Also the band walks: they step sideways in a quarter squat, which a side view shows
    faithfully as a squat (a walking figure would say the wrong thing)."""
    top = body((0.5, 0.51), 90, (-90, -90), (-60, 100))
    bottom = body((0.36, 0.29), 62, (-5, -111), (-40, 110))
    return Pose("squat", frame(top), frame(bottom))


def _box_squat() -> Pose:
    squat = _squat()
    return replace(squat, name="box squat", scenery=with_floor(Rect(0.1, FLOOR_Y, 0.2, 0.2)))


def _leg_press() -> Pose:
    """Back on a reclined seat, feet on a sled pushed up and away."""
    hip, torso = (0.3, 0.2), 125.0
    bent = body(hip, torso, leg_to(hip, (0.5, 0.42)), (-40, 0))
    straight = body(hip, torso, leg_to(hip, (0.62, 0.52)), (-40, 0))

    def footplate(foot: Point) -> Line:
        return Line((foot[0] - 0.07, foot[1] + 0.07), (foot[0] + 0.07, foot[1] - 0.07), thick=True)

    return Pose(
        "leg press",
        frame(bent, footplate(bent.ankle_n)),
        frame(straight, footplate(straight.ankle_n)),
        scenery=with_floor(
            Line((0.08, 0.45), (0.32, 0.16), thick=True), Line((0.3, 0.16), (0.3, FLOOR_Y))
        ),
    )


def _lunge() -> Pose:
    high = body((0.46, 0.48), 90, (-62, -82), (-92, -90), far_leg=(-116, -124))
    low = body((0.46, 0.29), 90, (0, -90), (-92, -90), far_leg=(-90, 180))
    return Pose("lunge", frame(high), frame(low))


def _split_squat_rear_foot_up() -> Pose:
    """Rear foot on a bench behind, front knee bends."""
    high_hip, low_hip = (0.52, 0.47), (0.5, 0.32)
    front = (0.72, FLOOR_Y)
    rear = (0.14, 0.22)
    high = body(high_hip, 88, leg_to(high_hip, front), (-92, -90), far_leg=leg_to(high_hip, rear))
    low = body(low_hip, 85, leg_to(low_hip, front), (-92, -90), far_leg=leg_to(low_hip, rear))
    return Pose(
        "rear-foot-elevated split squat",
        frame(high),
        frame(low),
        scenery=with_floor(Rect(0.02, FLOOR_Y, 0.16, 0.16)),
    )


def _step_up() -> Pose:
    low = body((0.4, 0.5), 90, (-40, -100), (-92, -90), far_leg=(-95, -88))
    high = body((0.66, 0.58), 90, (-90, -90), (-92, -90), far_leg=(-100, -115))
    return Pose(
        "step-up",
        frame(low),
        frame(high),
        scenery=(floor_line(), _BOX),
    )


POSES: dict[str, Callable[[], Pose]] = {
    "hinge": _hinge,
    "good-morning": _good_morning,
    "single-leg-hinge": _single_leg_hinge,
    "hip-airplane": _hip_airplane,
    "b-stance-hinge": _b_stance_hinge,
    "kettlebell-swing": _swing,
    "back-extension": _back_extension,
    "dowel-hinge": _dowel_hinge,
    "squat": _squat,
    "box-squat": _box_squat,
    "leg-press": _leg_press,
    "lunge": _lunge,
    "rear-foot-elevated-split-squat": _split_squat_rear_foot_up,
    "step-up": _step_up,
}
