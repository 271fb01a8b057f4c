"""Integrity of the bundled exercise catalog (assets/catalog.json).

The catalog is data a coach relies on, so these tests hold it to the promises of DESIGN.md:
validated by the same models as plan files, enough exercises of each kind, every field filled,
links that resolve both ways, the safety-relevant fields (spinal load, static or dynamic
stretch, per side) set consistently, the clinical review's corrections (issue 10) kept, and
search aliases that are tidy and never point two ways.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from planner_gui.domain.catalog import (
    Catalog,
    bundled_catalog,
    catalog_for_plan,
    load_catalog,
    search_form,
)
from planner_gui.domain.models import ID_PATTERN, CatalogFile, Exercise, Program
from planner_gui.domain.vocabulary import CATEGORIES, MUSCLES, Category
from planner_gui.resources import CATALOG_PATH

MINIMUM_PER_CATEGORY: dict[Category, int] = {
    "warmup": 18,
    "core": 25,
    "glute": 18,
    "mobility": 24,
    "strength": 33,
    "conditioning": 6,
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
    assert len(parsed.exercises) == len(raw_exercises) >= 124


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


# The clinical review (issue 10): patterns, links, loads and muscles it corrected -------------


@pytest.mark.parametrize(
    ("exercise_id", "pattern"),
    [
        # Band walks step sideways against a band: abduction, not a squat (they silenced WU303).
        ("banded-lateral-walk", "hip-abduction"),
        ("monster-walk", "hip-abduction"),
        ("side-lying-hip-abduction", "hip-abduction"),
        # The pelvis turns on the thigh: hip rotation, not trunk rotation.
        ("clamshell", "hip-rotation"),
        ("hip-airplane", "hip-rotation"),
        # Hip extension driven from the hip with the trunk held still: not a bridge.
        ("quadruped-hip-extension", "hip-extension"),
        ("cable-glute-kickback", "hip-extension"),
    ],
)
def test_review_patterns(catalog: Catalog, exercise_id: str, pattern: str) -> None:
    exercise = catalog.get(exercise_id)
    assert exercise is not None and exercise.pattern == pattern


def test_review_fixes_keep_their_categories(catalog: Catalog) -> None:
    for exercise_id in (
        "banded-lateral-walk",
        "monster-walk",
        "clamshell",
        "hip-airplane",
        "quadruped-hip-extension",
        "cable-glute-kickback",
    ):
        exercise = catalog.get(exercise_id)
        assert exercise is not None and exercise.category == "glute", exercise_id


@pytest.mark.parametrize(
    ("exercise_id", "regression", "progression"),
    [
        ("kettlebell-swing", "kettlebell-deadlift", None),
        ("kettlebell-deadlift", "dowel-hinge-drill", "kettlebell-swing"),
        ("front-squat", "goblet-squat", None),
        ("goblet-squat", "bodyweight-squat", "front-squat"),
        ("quadruped-reach", None, "bird-dog"),
        ("bird-dog", "quadruped-reach", "bird-dog-sweep"),
        ("bird-dog-sweep", "bird-dog", None),
        ("crunch", None, None),
        ("sit-up", None, None),
        ("side-plank", "knee-side-plank", "rolling-side-plank"),
        ("copenhagen-side-plank", None, None),
        ("high-handle-trap-bar-deadlift", None, "trap-bar-deadlift"),
        ("trap-bar-deadlift", "high-handle-trap-bar-deadlift", "block-pull"),
        ("block-pull", "trap-bar-deadlift", "deadlift"),
        ("belt-squat", None, "box-squat"),
        ("box-squat", "belt-squat", "safety-bar-squat"),
        ("safety-bar-squat", "box-squat", "back-squat"),
        ("pallof-press", None, "tall-kneeling-pallof-press"),
        ("tall-kneeling-pallof-press", "pallof-press", "half-kneeling-pallof-press"),
        ("clamshell", None, "side-lying-hip-abduction"),
        ("side-lying-hip-abduction", "clamshell", "banded-lateral-walk"),
        ("b-stance-romanian-deadlift", None, "single-leg-romanian-deadlift"),
        ("sphinx", None, "prone-press-up"),
        ("incline-push-up", None, "push-up"),
        ("supine-90-90-breathing", None, "supine-toe-tap"),
    ],
)
def test_review_chains(
    catalog: Catalog, exercise_id: str, regression: str | None, progression: str | None
) -> None:
    exercise = catalog.get(exercise_id)
    assert exercise is not None
    assert (exercise.regression, exercise.progression) == (regression, progression)


@pytest.mark.parametrize(
    ("exercise_id", "spinal_load"),
    [("hollow-body-hold", "moderate"), ("barbell-row", "high"), ("leg-press", "moderate")],
)
def test_review_spinal_loads(catalog: Catalog, exercise_id: str, spinal_load: str) -> None:
    exercise = catalog.get(exercise_id)
    assert exercise is not None and exercise.spinal_load == spinal_load


def test_review_muscles_and_cues(catalog: Catalog) -> None:
    stretch = catalog.get("90-90-hip-stretch")
    assert stretch is not None
    assert "hip-flexors" in stretch.secondary_muscles and "hip-flexors" not in stretch.muscles
    squat = catalog.get("back-squat")
    assert squat is not None
    assert not any("between the hips" in cue for cue in squat.cues)
    assert any("between the heels" in cue for cue in squat.cues)


def _all_muscles(exercise: Exercise) -> set[str]:
    return {*exercise.muscles, *exercise.secondary_muscles}


@pytest.mark.parametrize(
    ("muscle", "exercise_ids"),
    [
        (
            "quadratus-lumborum",
            ["knee-side-plank", "side-plank", "rolling-side-plank", "suitcase-carry"],
        ),
        ("pelvic-floor", ["supine-90-90-breathing", "dead-bug", "kneeling-plank", "bear-hold"]),
        (
            "grip",
            ["farmer-carry", "suitcase-carry", "deadlift", "trap-bar-deadlift", "barbell-row"],
        ),
    ],
)
def test_new_muscles_are_where_they_belong(
    catalog: Catalog, muscle: str, exercise_ids: list[str]
) -> None:
    for exercise_id in exercise_ids:
        exercise = catalog.get(exercise_id)
        assert exercise is not None and muscle in _all_muscles(exercise), exercise_id


def test_grip_is_primary_only_where_it_limits_the_set(exercises: list[Exercise]) -> None:
    """Rows and deadlifts list grip as secondary, so RC202 does not join them to carries."""
    assert [e.id for e in exercises if "grip" in e.muscles] == ["farmer-carry"]


#: The back-friendly additions of issue 10 and the drawing each uses.
BACK_FRIENDLY = {
    "rolling-side-plank": "rolling-side-plank",
    "bird-dog-sweep": "bird-dog-sweep",
    "quadruped-reach": "quadruped-reach",
    "prone-press-up": "prone-press-up",
    "sphinx": "sphinx",
    "sciatic-nerve-slider": "nerve-slider",
    "belt-squat": "belt-squat",
    "safety-bar-squat": "safety-bar-squat",
    "block-pull": "block-pull",
    "high-handle-trap-bar-deadlift": "high-handle-trap-bar-deadlift",
    "b-stance-romanian-deadlift": "b-stance-hinge",
    "tall-kneeling-pallof-press": "tall-kneeling-pallof-press",
    "bear-hold": "bear-hold",
    "side-lying-hip-abduction": "side-lying-hip-abduction",
    "incline-push-up": "incline-push-up",
    "supine-90-90-breathing": "90-90-breathing",
}
#: Additions with no neighbour in the catalog to step to or from (a nerve slider's next step
#: is a tensioner, a bear hold's a bear crawl): left unlinked rather than forced.
UNLINKED = {"sciatic-nerve-slider", "bear-hold"}


def test_back_friendly_additions(catalog: Catalog) -> None:
    for exercise_id, pose in BACK_FRIENDLY.items():
        exercise = catalog.get(exercise_id)
        assert exercise is not None, exercise_id
        assert exercise.pose == pose, exercise_id
        assert exercise.aliases, exercise_id
        linked = exercise.regression is not None or exercise.progression is not None
        assert linked == (exercise_id not in UNLINKED), exercise_id


# Search aliases ------------------------------------------------------------------------------

#: Exercises known by their name alone: an alias would only repeat it.
WITHOUT_ALIASES = {"easy-bike", "stir-the-pot"}
#: Aliases deliberately shared by two exercises (none so far): each would need a reason here.
SHARED_ALIASES: dict[str, set[str]] = {}


def test_aliases_are_lowercase_short_and_unique_within_an_exercise(
    exercises: list[Exercise],
) -> None:
    for exercise in exercises:
        forms = [search_form(alias) for alias in exercise.aliases]
        assert len(set(forms)) == len(forms), exercise.id  # "pull-up" and "pull up" are one
        for alias in exercise.aliases:
            assert alias == alias.lower() == alias.strip(), (exercise.id, alias)
            assert 2 <= len(alias) <= 40 and "  " not in alias, (exercise.id, alias)
            assert search_form(alias) != search_form(exercise.name), (exercise.id, alias)


def test_no_alias_names_two_exercises(exercises: list[Exercise]) -> None:
    names = {search_form(e.name): e.id for e in exercises}
    owners: dict[str, set[str]] = {}
    for exercise in exercises:
        for alias in exercise.aliases:
            form = search_form(alias)
            owners.setdefault(form, set()).add(exercise.id)
            assert names.get(form, exercise.id) == exercise.id, (exercise.id, alias)
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert shared == SHARED_ALIASES


def test_every_exercise_with_another_name_has_an_alias(exercises: list[Exercise]) -> None:
    assert {e.id for e in exercises if not e.aliases} == WITHOUT_ALIASES


@pytest.mark.parametrize(
    ("typed", "exercise_id"),
    [
        ("rdl", "romanian-deadlift"),
        ("deadbug", "dead-bug"),
        ("hip thrust", "hip-thrust"),
        ("ohp", "overhead-press"),
        ("kb swing", "kettlebell-swing"),
        ("bridge", "glute-bridge"),
        ("curl-up", "mcgill-curl-up"),
        ("hex bar", "trap-bar-deadlift"),
        ("ssb", "safety-bar-squat"),
    ],
)
def test_common_names_are_aliases(catalog: Catalog, typed: str, exercise_id: str) -> None:
    exercise = catalog.get(exercise_id)
    assert exercise is not None and typed in exercise.aliases
