"""Shared checks for the drawing tests: bone lengths, and looking a catalog exercise's pose up."""

from __future__ import annotations

import math

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.figures.lookup import pose_for
from planner_gui.figures.pose import Frame, Pose
from planner_gui.figures.props import FLOOR_Y
from planner_gui.figures.skeleton import BONES, Figure

#: Every bone that keeps its length: the limbs, near and far, and the two halves of the spine.
LENGTHS = BONES
#: The limbs alone: a sitting trunk seen from above looks short, its arms and legs do not.
LIMBS = {bone: length for bone, length in BONES.items() if "waist" not in bone}


def lengths_of(pose: Pose) -> dict[tuple[str, str], float]:
    """The bones a pose must draw at their true length (all but the trunk in a top view,
    none in an oblique view: there bones running towards the reader look short)."""
    if pose.view == "oblique":
        return {}
    return LIMBS if pose.view == "top" else LENGTHS


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
