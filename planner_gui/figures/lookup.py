"""Which drawing an exercise gets: the pose its entry names, else one for its pattern.

Every catalog exercise names its own pose (`"pose": "goblet-squat"` in assets/catalog.json);
exercises share one only when they are one movement with the same kit. A custom exercise in
a plan may leave it out, or name a pose this version does not know (a file from a newer
program); it then gets the drawing of its movement pattern, so every exercise shows a figure
of the right kind of movement.
"""

from __future__ import annotations

from planner_gui.domain.models import Exercise
from planner_gui.domain.vocabulary import Pattern
from planner_gui.figures import library
from planner_gui.figures.pose import Pose

#: The fallback drawing of each movement pattern, by pose id.
PATTERN_POSES: dict[Pattern, str] = {
    "hinge": "hinge",
    "squat": "squat",
    "lunge": "lunge",
    "push": "push-up",
    "pull": "row",
    "carry": "carry",
    "anti-extension": "plank",
    "anti-rotation": "pallof-press",
    "anti-lateral-flexion": "side-plank",
    "bridge": "bridge",
    "hip-extension": "quadruped-hip-extension",
    "hip-abduction": "lateral-leg-swing",
    "hip-rotation": "hip-airplane",
    "spinal-flexion": "sit-up",
    "rotation": "chop",
    "stretch": "hip-flexor-stretch",
    "dynamic-mobility": "leg-swing",
    "soft-tissue": "foam-roll",
    "cardio": "walk",
}


def pose_id_for(exercise: Exercise) -> str:
    """The pose id the exercise is drawn with: its own if the library knows it, else its
    pattern's."""
    if exercise.pose is not None and library.is_known(exercise.pose):
        return exercise.pose
    return PATTERN_POSES[exercise.pattern]


def pose_for(exercise: Exercise | None) -> Pose | None:
    """The pose to draw for an exercise, or None when there is none (or no exercise)."""
    if exercise is None:
        return None
    return library.pose(pose_id_for(exercise))
