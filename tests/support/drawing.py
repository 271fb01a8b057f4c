"""Shared checks for the drawing tests: bone lengths, and looking a catalog exercise's pose up."""

from __future__ import annotations

import math

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.figures.lookup import pose_for
from planner_gui.figures.pose import Frame, Pose
from planner_gui.figures.props import FLOOR_Y
from planner_gui.figures.skeleton import FOREARM, SHIN, THIGH, TORSO, UPPER_ARM, Figure

LENGTHS = {
    ("neck", "hip"): TORSO,
    ("hip", "knee_n"): THIGH,
    ("knee_n", "ankle_n"): SHIN,
    ("hip", "knee_f"): THIGH,
    ("knee_f", "ankle_f"): SHIN,
    ("neck", "elbow_n"): UPPER_ARM,
    ("elbow_n", "wrist_n"): FOREARM,
}


def distance(figure: Figure, a: str, b: str) -> float:
    return math.dist(getattr(figure, a), getattr(figure, b))


def catalog_pose(exercise_id: str) -> Pose | None:
    """What the bundled catalog's exercise is drawn with (None: no figure)."""
    return pose_for(bundled_catalog().get(exercise_id))


def drawn(exercise_id: str) -> Pose:
    pose = catalog_pose(exercise_id)
    assert pose is not None, exercise_id
    return pose


def frames(pose: Pose) -> tuple[Frame, Frame]:
    return pose.start, pose.end


def on_floor(point: tuple[float, float]) -> bool:
    return point[1] < FLOOR_Y + 0.03


def angle(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
