"""The stick figure's body: its joints, the bones between them and their proportions.

Lengths are fractions of the square box a pose lives in; a standing figure is about 0.9 tall.
Every drawing is built from these lengths, so a limb is the same length in every position.
"""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[float, float]

TORSO = 0.28
THIGH = 0.23
SHIN = 0.24
UPPER_ARM = 0.16
FOREARM = 0.15
NECK_TO_HEAD = 0.085
HEAD_RADIUS = 0.06


@dataclass(frozen=True)
class Figure:
    """Joint positions of one stick figure; `_n` is the limb nearer the viewer, `_f` the far one."""

    head: Point
    neck: Point
    hip: Point
    elbow_n: Point
    wrist_n: Point
    elbow_f: Point
    wrist_f: Point
    knee_n: Point
    ankle_n: Point
    knee_f: Point
    ankle_f: Point


#: Joint names in declaration order, for code that walks every joint of a figure.
JOINTS: tuple[str, ...] = tuple(Figure.__dataclass_fields__)

#: Bones to draw between joints, far limbs first so near limbs paint over them;
#: the flag says whether the bone belongs to the near side.
SEGMENTS: tuple[tuple[str, str, bool], ...] = (
    ("hip", "knee_f", False),
    ("knee_f", "ankle_f", False),
    ("neck", "elbow_f", False),
    ("elbow_f", "wrist_f", False),
    ("neck", "hip", True),
    ("hip", "knee_n", True),
    ("knee_n", "ankle_n", True),
    ("neck", "elbow_n", True),
    ("elbow_n", "wrist_n", True),
)
