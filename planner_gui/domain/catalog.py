"""The exercise catalog: the bundled exercises, plus a plan's own custom ones."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from planner_gui.domain.errors import PlanFileError, from_validation_error
from planner_gui.domain.jsonfile import read_json_object
from planner_gui.domain.models import CatalogFile, Exercise, Program
from planner_gui.resources import CATALOG_PATH


class CatalogClashError(ValueError):
    """A custom exercise reuses an id that the catalog already has."""

    def __init__(self, index: int, custom: Exercise, existing: Exercise) -> None:
        self.index = index
        super().__init__(
            f"custom exercise {custom.name!r} reuses the id {custom.id!r} of catalog exercise "
            f"{existing.name!r}; give it an id of its own"
        )


class Catalog:
    """Exercises by id, in the order they were listed."""

    def __init__(self, exercises: Iterable[Exercise] = ()) -> None:
        self._by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            self._by_id[exercise.id] = exercise

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def name_of(self, exercise_id: str) -> str:
        """The display name, or the bare id for an exercise found nowhere."""
        exercise = self._by_id.get(exercise_id)
        return exercise.name if exercise else exercise_id

    def with_custom(self, custom: Iterable[Exercise]) -> Catalog:
        """This catalog plus a plan's custom exercises; a reused id raises CatalogClashError."""
        merged = Catalog(self)
        for index, exercise in enumerate(custom):
            existing = self._by_id.get(exercise.id)
            if existing is not None:
                raise CatalogClashError(index, exercise, existing)
            merged._by_id[exercise.id] = exercise
        return merged


def search_form(text: str) -> str:
    """Text as the catalog search compares names and aliases: case-folded, hyphens as
    spaces, single spaces, so "Bird-dog", "bird dog" and "BIRD  DOG" are the same name."""
    return " ".join(text.casefold().replace("-", " ").split())


def catalog_for_plan(catalog: Catalog, program: Program) -> Catalog:
    """The catalog a plan is read with: `catalog` plus the plan's custom exercises.

    A custom exercise reusing an id `catalog` already has is left out rather than raising:
    loading refuses such a clash (`formats.parse_plan`), but a plan built or edited in memory
    can still hold one, and the window, the checker and the handout must not fail on it.
    `catalog` itself comes back when there is nothing to add, so merging twice is free.
    """
    missing = [exercise for exercise in program.exercises if exercise.id not in catalog]
    return catalog.with_custom(missing) if missing else catalog


def load_catalog(path: Path) -> Catalog:
    """Read and validate a catalog file; every regression/progression link must resolve."""
    raw = read_json_object(path)
    try:
        parsed = CatalogFile.model_validate(raw)
    except ValidationError as error:
        raise from_validation_error(path, error) from None
    catalog = Catalog()
    for index, exercise in enumerate(parsed.exercises):
        if exercise.id in catalog:
            raise PlanFileError(path, f"id {exercise.id!r} is used twice", f"exercises[{index}].id")
        catalog._by_id[exercise.id] = exercise
    for index, exercise in enumerate(parsed.exercises):
        for link in ("regression", "progression"):
            target = getattr(exercise, link)
            if target is not None and target not in catalog:
                raise PlanFileError(
                    path,
                    f"{target!r} is not an exercise in the catalog",
                    f"exercises[{index}].{link}",
                )
    return catalog


@lru_cache(maxsize=1)
def bundled_catalog() -> Catalog:
    """The catalog shipped in assets/, read once per process."""
    return load_catalog(CATALOG_PATH)
