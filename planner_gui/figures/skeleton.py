"""The stick figure's body: its joints, the bones between them and their proportions.

Lengths are fractions of the square box a pose lives in; a standing figure is about 0.9 tall.
Every drawing is built from these lengths, so a limb is the same length in every position.

The spine has two halves meeting at the waist, so a back can round (a cat, a crunch) or arch
(a cow, a press-up). Arms hang from the shoulders and legs from the hip joints: seen from the
side both shoulders sit on the neck and both hip joints on the hip; seen from the front they
sit apart, the shoulders `SHOULDER` and the hip joints `PELVIS` either side of the spine.
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
#: Neck to either shoulder, and hip to either hip joint, in a front view.
SHOULDER = 0.075
PELVIS = 0.045


@dataclass(frozen=True)
class Figure:
    """Joint positions of one stick figure; `_n` is the limb nearer the viewer, `_f` the far one.

    In a front view "near" is the figure's left (on the reader's right) and "far" its right.
    """

    head: Point
    neck: Point
    waist: Point
    hip: Point
    shoulder_n: Point
    shoulder_f: Point
    hip_n: Point
    hip_f: Point
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
#: the flag says whether the bone belongs to the near side. Seen from the side the shoulder
#: and pelvis bones have no length (a dot where the limbs meet the spine).
SEGMENTS: tuple[tuple[str, str, bool], ...] = (
    ("hip", "hip_f", False),
    ("hip_f", "knee_f", False),
    ("knee_f", "ankle_f", False),
    ("neck", "shoulder_f", False),
    ("shoulder_f", "elbow_f", False),
    ("elbow_f", "wrist_f", False),
    ("hip", "waist", True),
    ("waist", "neck", True),
    ("hip", "hip_n", True),
    ("hip_n", "knee_n", True),
    ("knee_n", "ankle_n", True),
    ("neck", "shoulder_n", True),
    ("shoulder_n", "elbow_n", True),
    ("elbow_n", "wrist_n", True),
)

#: The bones whose length never changes: the limbs in every view, and the two halves of the
#: spine in every view but from above (a sitting trunk seen from above looks short).
BONES: dict[tuple[str, str], float] = {
    ("hip", "waist"): TORSO / 2,
    ("waist", "neck"): TORSO / 2,
    ("hip_n", "knee_n"): THIGH,
    ("knee_n", "ankle_n"): SHIN,
    ("hip_f", "knee_f"): THIGH,
    ("knee_f", "ankle_f"): SHIN,
    ("shoulder_n", "elbow_n"): UPPER_ARM,
    ("elbow_n", "wrist_n"): FOREARM,
    ("shoulder_f", "elbow_f"): UPPER_ARM,
    ("elbow_f", "wrist_f"): FOREARM,
}
