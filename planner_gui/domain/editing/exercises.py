"""A plan's custom exercises as operations: add one, replace one, remove one, each with its
inverse; and the id a new one gets from its name.

Positions are indexes into `Program.exercises`. An operation refuses (EditRefused) what
loading the plan would refuse: an invalid exercise, two custom exercises with one id, a
custom exercise reusing an id of the catalog the plan is read with (`catalog_ids`), more
than MAX_CUSTOM_EXERCISES. Replacing keeps the id: the plan's rows refer to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field

from planner_gui.domain.editing.ops import NameOf
from planner_gui.domain.editing.validation import EditRefused, check_count, check_model
from planner_gui.domain.limits import MAX_CUSTOM_EXERCISES, MAX_ID_CHARS
from planner_gui.domain.models import Exercise, Program


def id_from_name(name: str, taken: Collection[str]) -> str:
    """An id for an exercise called `name` that is not in `taken`: the name in lowercase
    letters and digits joined by hyphens ("Wall sit (long)" → "wall-sit-long"), with "-2",
    "-3"... when it is taken, and "custom-exercise" for a name with no letters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = "-".join(re.findall(r"[a-z0-9]+", ascii_name.casefold())) or "custom-exercise"
    base = base[: MAX_ID_CHARS - 4].strip("-")
    candidate = base
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _check_id(
    program: Program, exercise: Exercise, catalog_ids: Collection[str], skip: int
) -> None:
    if exercise.id in catalog_ids:
        raise EditRefused(
            f"the id {exercise.id!r} is a catalog exercise's; give it an id of its own",
            f"exercises[{skip}].id",
        )
    for index, other in enumerate(program.exercises):
        if index != skip and other.id == exercise.id:
            raise EditRefused(
                f"two custom exercises would share the id {exercise.id!r}", f"exercises[{skip}].id"
            )


@dataclass(frozen=True)
class AddCustomExercise:
    """Add `exercise` to the plan's own exercises at `position` (None: at the end)."""

    exercise: Exercise
    position: int | None = None
    catalog_ids: frozenset[str] = field(default=frozenset(), repr=False)

    def _index(self, program: Program) -> int:
        count = len(program.exercises)
        return count if self.position is None else min(max(self.position, 0), count)

    def check(self, program: Program) -> None:
        index = self._index(program)
        count = len(program.exercises) + 1
        check_count(count, MAX_CUSTOM_EXERCISES, "custom exercises", "a plan", "exercises")
        check_model(self.exercise, f"exercises[{index}]")
        _check_id(program, self.exercise, self.catalog_ids, skip=-1)

    def apply(self, program: Program) -> RemoveCustomExercise:
        self.check(program)
        index = self._index(program)
        program.exercises.insert(index, self.exercise.model_copy(deep=True))
        return RemoveCustomExercise(index, self.catalog_ids)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Add custom exercise {self.exercise.name}"


@dataclass(frozen=True)
class RemoveCustomExercise:
    """Take the custom exercise at `position` out of the plan (rows using it stay, and the
    checker reports their id as unknown)."""

    position: int
    catalog_ids: frozenset[str] = field(default=frozenset(), repr=False)

    def check(self, program: Program) -> None:
        program.exercises[self.position]

    def apply(self, program: Program) -> AddCustomExercise:
        self.check(program)
        removed = program.exercises.pop(self.position)
        return AddCustomExercise(removed, self.position, self.catalog_ids)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Remove custom exercise {program.exercises[self.position].name}"


@dataclass(frozen=True)
class ReplaceCustomExercise:
    """Put an edited custom exercise in place of the one at `position`, keeping its id."""

    position: int
    exercise: Exercise
    catalog_ids: frozenset[str] = field(default=frozenset(), repr=False)

    def check(self, program: Program) -> None:
        old = program.exercises[self.position]
        if self.exercise.id != old.id:
            raise EditRefused(
                f"the id stays {old.id!r}: the plan's rows refer to it",
                f"exercises[{self.position}].id",
            )
        check_model(self.exercise, f"exercises[{self.position}]")
        _check_id(program, self.exercise, self.catalog_ids, skip=self.position)

    def apply(self, program: Program) -> ReplaceCustomExercise:
        self.check(program)
        old = program.exercises[self.position]
        program.exercises[self.position] = self.exercise.model_copy(deep=True)
        return ReplaceCustomExercise(self.position, old, self.catalog_ids)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Edit custom exercise {program.exercises[self.position].name}"


def custom_position(program: Program, exercise_id: str) -> int | None:
    """Where the custom exercise `exercise_id` is in `program.exercises`, None if not there."""
    return next(
        (index for index, exercise in enumerate(program.exercises) if exercise.id == exercise_id),
        None,
    )


#: Every operation on custom exercises (what the window's item model signals alike).
CUSTOM_EXERCISE_OPERATIONS = (AddCustomExercise, RemoveCustomExercise, ReplaceCustomExercise)
