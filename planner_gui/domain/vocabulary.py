"""The closed vocabularies of the file formats, as literal types with their canonical order.

Literal types (rather than Enum classes) keep JSON values and Python values identical, which
keeps the models strict without special casing when loading files.
"""

from typing import Literal, get_args

Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
BlockKind = Literal["warmup", "main", "core", "glute", "mobility", "cooldown"]
Category = Literal["warmup", "core", "glute", "mobility", "strength", "conditioning"]
Pattern = Literal[
    "hinge",
    "squat",
    "lunge",
    "push",
    "pull",
    "carry",
    "anti-extension",
    "anti-rotation",
    "anti-lateral-flexion",
    "bridge",
    "hip-extension",
    "hip-abduction",
    "hip-rotation",
    "spinal-flexion",
    "rotation",
    "stretch",
    "dynamic-mobility",
    "soft-tissue",
    "cardio",
]
DoseKind = Literal["reps", "hold", "time", "distance"]
SpinalLoad = Literal["low", "moderate", "high"]
StretchKind = Literal["static", "dynamic"]
Muscle = Literal[
    "glutes",
    "hamstrings",
    "quadriceps",
    "hip-flexors",
    "adductors",
    "abductors",
    "erector-spinae",
    "multifidus",
    "transverse-abdominis",
    "obliques",
    "rectus-abdominis",
    "lats",
    "upper-back",
    "chest",
    "shoulders",
    "triceps",
    "biceps",
    "calves",
    "thoracic-spine",
    "quadratus-lumborum",
    "pelvic-floor",
    "grip",
    "full-body",
]
Equipment = str
Units = Literal["kg", "lb"]
Pain = Literal["none", "doms", "sharp"]
RedFlag = Literal[
    "bladder-bowel",
    "saddle-numbness",
    "leg-numbness-tingling",
    "radiating-leg-pain",
    "leg-weakness",
    "fever-chills",
    "night-pain",
    "weight-loss",
    "pain-at-rest",
    "gait-change",
    "worsening-after-72h",
]
#: When pain after training began: during the session, within hours, or the next day or later.
Onset = Literal["during", "hours", "next-day"]
#: Equipment whose load rises in fixed steps (plates, dumbbell pairs, bells, pin stacks).
LoadEquipment = Literal["barbell", "dumbbell", "kettlebell", "cable", "machine"]
Severity = Literal["error", "warning", "info"]

DAYS: tuple[Day, ...] = get_args(Day)
BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)
CATEGORIES: tuple[Category, ...] = get_args(Category)
PATTERNS: tuple[Pattern, ...] = get_args(Pattern)
MUSCLES: tuple[Muscle, ...] = get_args(Muscle)
RED_FLAGS: tuple[RedFlag, ...] = get_args(RedFlag)
ONSETS: tuple[Onset, ...] = get_args(Onset)
LOAD_EQUIPMENT: tuple[LoadEquipment, ...] = get_args(LoadEquipment)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

DAY_NAMES: dict[Day, str] = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
BLOCK_TITLES: dict[BlockKind, str] = {
    "warmup": "Warm-up",
    "main": "Main lifts",
    "core": "Core",
    "glute": "Glutes",
    "mobility": "Mobility",
    "cooldown": "Cool-down",
}
RED_FLAG_TEXT: dict[RedFlag, str] = {
    "bladder-bowel": "loss of bladder or bowel control",
    "saddle-numbness": "numbness in the saddle area",
    "leg-numbness-tingling": "numbness or tingling in a leg",
    "radiating-leg-pain": "pain running down a leg",
    "leg-weakness": "weakness in a leg",
    "fever-chills": "fever or chills",
    "night-pain": "pain that wakes you at night",
    "weight-loss": "unexplained weight loss",
    "pain-at-rest": "pain at rest that does not ease",
    "gait-change": "a change in the way you walk",
    "worsening-after-72h": "pain getting worse after 72 hours",
}


def ordered_days(first_day: Day) -> list[Day]:
    """The seven days starting at `first_day`."""
    start = DAYS.index(first_day)
    return [DAYS[(start + offset) % 7] for offset in range(7)]
