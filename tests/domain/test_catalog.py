"""Integrity of the bundled exercise catalog (assets/catalog.json).

The catalog is data a coach relies on, so these tests hold it to the promises of DESIGN.md:
validated by the same models as plan files, enough exercises of each kind, every field filled,
links that resolve both ways, and the safety-relevant fields (spinal load, static or dynamic
stretch, per side) set consistently.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan, load_catalog
from planner_gui.domain.models import ID_PATTERN, CatalogFile, Exercise, Program
from planner_gui.domain.vocabulary import CATEGORIES, MUSCLES, Category
from planner_gui.resources import CATALOG_PATH

MINIMUM_PER_CATEGORY: dict[Category, int] = {
    "warmup": 14,
    "core": 14,
    "glute": 14,
    "mobility": 14,
    "strength": 20,
    "conditioning": 3,
}
DOSE_FIELD = {"reps": "reps", "hold": "hold_s", "time": "time_s", "distance": "distance_m"}
#: Ids that DESIGN.md's examples use; the documentation must keep working.
DESIGN_EXAMPLE_IDS = (
    "leg-swing",
    "deadlift",
    "bird-dog",
    "half-kneeling-hip-flexor-stretch",
    "kettlebell-deadlift",
)


@pytest.fixture(scope="module")
def raw_exercises() -> list[dict[str, Any]]:
    data = json.loads(CATALOG_PATH.read_text(encoding="utf-8"))
    assert data["format"] == "brace-catalog"
    assert data["version"] == 1
    exercises: list[dict[str, Any]] = data["exercises"]
    return exercises


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(CATALOG_PATH)


@pytest.fixture(scope="module")
def exercises(catalog: Catalog) -> list[Exercise]:
    return list(catalog)


def test_catalog_validates_with_the_plan_models(raw_exercises: list[dict[str, Any]]) -> None:
    parsed = CatalogFile.model_validate(
        {"format": "brace-catalog", "version": 1, "exercises": raw_exercises}
    )
    assert len(parsed.exercises) == len(raw_exercises) >= 95


def test_bundled_catalog_is_the_asset_file(catalog: Catalog) -> None:
    assert [e.id for e in bundled_catalog()] == [e.id for e in catalog]


@pytest.mark.parametrize("category", CATEGORIES)
def test_category_meets_its_minimum(exercises: list[Exercise], category: Category) -> None:
    counts = Counter(e.category for e in exercises)
    assert counts[category] >= MINIMUM_PER_CATEGORY[category], counts


def test_ids_are_unique_and_well_formed(raw_exercises: list[dict[str, Any]]) -> None:
    ids = [e["id"] for e in raw_exercises]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    assert all(re.fullmatch(ID_PATTERN, i) for i in ids)


def test_names_are_unique(exercises: list[Exercise]) -> None:
    names = Counter(e.name.casefold() for e in exercises)
    assert [n for n, count in names.items() if count > 1] == []


def test_design_examples_exist(catalog: Catalog) -> None:
    missing = [i for i in DESIGN_EXAMPLE_IDS if i not in catalog]
    assert missing == []


def test_every_field_is_written_out(raw_exercises: list[dict[str, Any]]) -> None:
    """No field is left to a model default: each value was chosen for the movement."""
    fields = set(Exercise.model_fields)
    incomplete = {e["id"]: sorted(fields - set(e)) for e in raw_exercises if fields - set(e)}
    assert incomplete == {}


def test_cues_and_cautions(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        assert 2 <= len(exercise.cues) <= 4, exercise.id
        assert len(exercise.cautions) >= 1, exercise.id
        for text in (*exercise.cues, *exercise.cautions):
            assert text.strip() == text and text[0].isupper(), (exercise.id, text)
            assert text.endswith((".", "!")), (exercise.id, text)
            assert len(text) <= 140, (exercise.id, text)


def test_links_resolve_and_agree(catalog: Catalog, exercises: list[Exercise]) -> None:
    for exercise in exercises:
        if exercise.progression is not None:
            target = catalog.get(exercise.progression)
            assert target is not None, exercise.id
            assert target.regression == exercise.id, (exercise.id, target.id)
        if exercise.regression is not None:
            target = catalog.get(exercise.regression)
            assert target is not None, exercise.id
            assert target.progression == exercise.id, (exercise.id, target.id)
        assert exercise.id not in (exercise.progression, exercise.regression)


def test_progression_chains_have_no_cycles(catalog: Catalog, exercises: list[Exercise]) -> None:
    for exercise in exercises:
        seen = {exercise.id}
        current = exercise.progression
        while current is not None:
            assert current not in seen, f"progression cycle through {exercise.id}"
            seen.add(current)
            nxt = catalog.get(current)
            assert nxt is not None
            current = nxt.progression


def test_spinal_flexion_core_work_exists_for_the_checker(exercises: list[Exercise]) -> None:
    flexion = [e for e in exercises if e.pattern == "spinal-flexion"]
    assert len(flexion) >= 2
    assert all(e.category == "core" for e in flexion)


def test_warmups_are_dynamic(exercises: list[Exercise]) -> None:
    warmups = [e for e in exercises if e.category == "warmup"]
    assert warmups
    assert [e.id for e in warmups if e.stretch == "static"] == []
    assert [e.id for e in warmups if e.pattern in ("stretch", "soft-tissue")] == []


def test_mobility_is_marked_static_or_dynamic(exercises: list[Exercise]) -> None:
    for exercise in (e for e in exercises if e.category == "mobility"):
        assert exercise.stretch is not None or exercise.pattern == "soft-tissue", exercise.id
    assert any(e.stretch == "static" for e in exercises if e.category == "mobility")
    assert any(e.stretch == "dynamic" for e in exercises if e.category == "mobility")


def test_mobility_covers_hip_flexors_and_hamstrings(exercises: list[Exercise]) -> None:
    mobility = [e for e in exercises if e.category == "mobility"]
    for muscle in ("hip-flexors", "hamstrings", "glutes"):
        assert any(muscle in e.muscles for e in mobility), muscle
    rolled = {m for e in mobility if e.pattern == "soft-tissue" for m in e.muscles}
    assert {"glutes", "hamstrings"} <= rolled


def test_loaded_exercises_rate_their_spinal_load(raw_exercises: list[dict[str, Any]]) -> None:
    for entry in (e for e in raw_exercises if e["loaded"]):
        assert entry["spinal_load"] in ("low", "moderate", "high"), entry["id"]


@pytest.mark.parametrize(
    "exercise_id", ["deadlift", "good-morning", "back-squat", "romanian-deadlift"]
)
def test_heavy_barbell_lifts_are_rated_high(catalog: Catalog, exercise_id: str) -> None:
    exercise = catalog.get(exercise_id)
    assert exercise is not None
    assert exercise.loaded and exercise.spinal_load == "high"


def test_high_spinal_load_is_kept_for_loaded_strength_work(exercises: list[Exercise]) -> None:
    high = [e for e in exercises if e.spinal_load == "high"]
    assert high
    assert all(e.loaded and e.category == "strength" for e in high)


def test_unilateral_exercises_default_to_per_side(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        assert exercise.defaults.per_side == exercise.unilateral, exercise.id


def test_defaults_carry_the_exercise_dose(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        defaults = exercise.defaults
        assert getattr(defaults, DOSE_FIELD[exercise.dose]) is not None, exercise.id
        assert 1 <= defaults.sets <= 10, exercise.id
        assert defaults.rest_s is not None and 0 <= defaults.rest_s <= 300, exercise.id
        if defaults.reps is not None:
            assert 1 <= defaults.reps <= 50, exercise.id
        if defaults.hold_s is not None:
            assert 1 <= defaults.hold_s <= 300, exercise.id


def test_muscles_and_equipment_are_tidy(exercises: list[Exercise]) -> None:
    for exercise in exercises:
        assert set(exercise.muscles) <= set(MUSCLES)
        assert not set(exercise.muscles) & set(exercise.secondary_muscles), exercise.id
        assert len(set(exercise.muscles)) == len(exercise.muscles), exercise.id
        assert exercise.equipment, exercise.id
        for word in exercise.equipment:
            assert re.fullmatch(r"[a-z]+(-[a-z]+)*", word), (exercise.id, word)
        if "none" in exercise.equipment:
            assert exercise.equipment == ["none"], exercise.id


def test_patterns_fit_their_category(exercises: list[Exercise]) -> None:
    by_category: dict[str, set[str]] = {}
    for exercise in exercises:
        by_category.setdefault(exercise.category, set()).add(exercise.pattern)
    assert {"hinge", "squat", "lunge", "push", "pull", "carry"} <= by_category["strength"]
    assert {"anti-extension", "anti-rotation", "anti-lateral-flexion"} <= by_category["core"]
    assert "bridge" in by_category["glute"]
    assert {"hinge", "squat"} <= by_category["warmup"]
    assert by_category["conditioning"] >= {"cardio"}


# The catalog a plan is read with: one merge for the window, the checker, the CLI and export.


def test_catalog_for_plan_adds_custom_exercises_and_leaves_clashes_out(
    exercises: list[Exercise],
) -> None:
    catalog = Catalog(exercises[:5])
    custom = exercises[0].model_copy(update={"id": "towel-row", "name": "Towel row"})
    clash = exercises[1].model_copy(update={"name": "My own version"})
    program = Program.model_validate(
        {
            "format": "brace-plan",
            "version": 1,
            "start_date": "2026-01-05",
            "weeks": [],
            "exercises": [custom.model_dump(), clash.model_dump()],
        },
        strict=False,
    )
    merged = catalog_for_plan(catalog, program)
    assert [e.id for e in merged] == [e.id for e in exercises[:5]] + ["towel-row"]
    assert merged.name_of(clash.id) == exercises[1].name  # the catalog's own entry stays
    assert catalog_for_plan(merged, program) is merged  # nothing left to add
    assert "towel-row" not in catalog  # the base catalog is not changed
