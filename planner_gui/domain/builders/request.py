"""What a routine builder is asked: the kind of routine, level, equipment, minutes and seed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from planner_gui.domain.vocabulary import BlockKind

Level = Literal["beginner", "intermediate", "advanced"]
RoutineKind = Literal["warmup", "core", "glute", "mobility"]

LEVELS: tuple[Level, ...] = get_args(Level)
ROUTINE_KINDS: tuple[RoutineKind, ...] = get_args(RoutineKind)

ROUTINE_TITLES: dict[RoutineKind, str] = {
    "warmup": "warm-up",
    "core": "core routine",
    "glute": "glute routine",
    "mobility": "mobility routine",
}

#: The blocks each kind of routine may fill; the first is where it goes unless told.
ROUTINE_BLOCKS: dict[RoutineKind, tuple[BlockKind, ...]] = {
    "warmup": ("warmup",),
    "core": ("core",),
    "glute": ("glute",),
    "mobility": ("mobility", "cooldown"),
}

#: The minutes each kind may be given (the window's spin boxes use these bounds), and the
#: usual budget. A warm-up is 5-12 minutes, ramp-up sets included.
MINUTES_RANGE: dict[RoutineKind, tuple[int, int]] = {
    "warmup": (5, 12),
    "core": (5, 30),
    "glute": (3, 20),
    "mobility": (3, 20),
}
DEFAULT_MINUTES: dict[RoutineKind, int] = {"warmup": 10, "core": 10, "glute": 8, "mobility": 6}


def level_words(level: Level) -> str:
    """ "a beginner", "an intermediate", "an advanced lifter": how reasons name the level."""
    return {"beginner": "a beginner", "intermediate": "an intermediate lifter"}.get(
        level, "an advanced lifter"
    )


class BuildRefused(ValueError):
    """The routine cannot be built as asked; `str()` is one line saying why and what to change."""


@dataclass(frozen=True)
class RoutineRequest:
    """One request to a builder.

    `equipment` holds the catalog names of what is at hand (bodyweight, mat and floor always
    are; see `equipment.ALWAYS_AT_HAND`). The same request on the same session gives the same
    routine; `seed` None picks each exercise the level fits best, another seed picks among the
    exercises that fit about as well. `block` chooses between mobility and cool-down;
    `allow_flexion` lets a core routine add a spinal-flexion exercise (a curl-up, crunch);
    `gentle` keeps to exercises with a low spinal load (for a return to lifting);
    `max_exercises` caps how many exercises the routine may add (the generator keeps whole
    sessions at 12 or fewer).
    """

    kind: RoutineKind
    level: Level = "beginner"
    equipment: frozenset[str] = field(default_factory=frozenset)
    minutes: float | None = None
    seed: int | None = None
    block: BlockKind | None = None
    allow_flexion: bool = False
    gentle: bool = False
    max_exercises: int | None = None

    @property
    def budget(self) -> float:
        """The minutes to fit: the request's, or the kind's usual budget."""
        return float(DEFAULT_MINUTES[self.kind] if self.minutes is None else self.minutes)

    @property
    def target_block(self) -> BlockKind:
        return self.block if self.block is not None else ROUTINE_BLOCKS[self.kind][0]

    def check(self) -> None:
        """Raise BuildRefused for a request no builder can answer (minutes out of range, a
        mobility routine asked into the core block)."""
        if self.kind not in ROUTINE_KINDS:
            raise BuildRefused(
                f"{self.kind!r} is not a routine (choose {', '.join(ROUTINE_KINDS)})"
            )
        if self.level not in LEVELS:
            raise BuildRefused(f"{self.level!r} is not a level (choose {', '.join(LEVELS)})")
        if self.target_block not in ROUTINE_BLOCKS[self.kind]:
            allowed = " or ".join(ROUTINE_BLOCKS[self.kind])
            raise BuildRefused(
                f"a {ROUTINE_TITLES[self.kind]} goes in the {allowed} block, "
                f"not {self.target_block}"
            )
        low, high = MINUTES_RANGE[self.kind]
        if not low <= self.budget <= high:
            raise BuildRefused(
                f"a {ROUTINE_TITLES[self.kind]} takes {low}–{high} minutes, not {self.budget:g}"
            )
        if self.max_exercises is not None and self.max_exercises < 1:
            raise BuildRefused("a routine needs room for at least one exercise")
