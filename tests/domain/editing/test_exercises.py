"""Custom exercises as operations: each undone exactly, refused where loading would refuse the
plan, and saved in the plan file; new ids come from the name and are never in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner_gui.domain.catalog import catalog_for_plan
from planner_gui.domain.editing.exercises import (
    AddCustomExercise,
    RemoveCustomExercise,
    ReplaceCustomExercise,
    custom_position,
    id_from_name,
)
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.limits import MAX_CUSTOM_EXERCISES
from planner_gui.domain.models import PLAN_VERSION
from tests.support.catalogs import editing_catalog, exercise
from tests.support.plans import editing_program

CATALOG_IDS = frozenset(e.id for e in editing_catalog())


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Wall sit (long)", set(), "wall-sit-long"),
        ("Wall sit", {"wall-sit"}, "wall-sit-2"),
        ("Wall sit", {"wall-sit", "wall-sit-2"}, "wall-sit-3"),
        ("Pallöf press", set(), "pallof-press"),
        ("  ", set(), "custom-exercise"),
        ("90/90 hip switch", set(), "90-90-hip-switch"),
    ],
)
def test_a_new_id_follows_the_name_and_is_never_taken(
    name: str, taken: set[str], expected: str
) -> None:
    assert id_from_name(name, taken) == expected


def test_a_long_name_gives_an_id_within_the_limit() -> None:
    made = id_from_name("Very long name " * 20, {"x"})
    exercise(made)  # a valid id
    assert not made.endswith("-")


def test_add_replace_and_remove_are_undone_exactly() -> None:
    program = editing_program()
    before = program.model_copy(deep=True)
    sled = exercise("sled-push", "Sled push", category="conditioning", pattern="carry")
    undo_add = AddCustomExercise(sled, catalog_ids=CATALOG_IDS).apply(program)
    assert [e.id for e in program.exercises] == ["sled-push"]
    assert program.exercises[0] is not sled  # a copy
    assert catalog_for_plan(editing_catalog(), program).name_of("sled-push") == "Sled push"

    heavier = sled.model_copy(update={"name": "Heavy sled push", "loaded": True})
    undo_replace = ReplaceCustomExercise(0, heavier, CATALOG_IDS).apply(program)
    assert program.exercises[0].name == "Heavy sled push"
    undo_replace.apply(program)
    assert program.exercises[0] == sled

    undo_remove = RemoveCustomExercise(0).apply(program)
    assert program.exercises == []
    undo_remove.apply(program)
    assert program.exercises == [sled]
    undo_add.apply(program)
    assert program == before


def test_refused_where_loading_would_refuse_leaving_the_plan_as_it_was() -> None:
    program = editing_program()
    sled = exercise("sled-push", "Sled push")
    AddCustomExercise(sled, catalog_ids=CATALOG_IDS).apply(program)
    kept = program.model_copy(deep=True)
    clash = exercise("deadlift", "My deadlift")
    with pytest.raises(EditRefused, match="catalog exercise's"):
        AddCustomExercise(clash, catalog_ids=CATALOG_IDS).apply(program)
    with pytest.raises(EditRefused, match="share the id 'sled-push'"):
        AddCustomExercise(sled, catalog_ids=CATALOG_IDS).apply(program)
    with pytest.raises(EditRefused, match="the id stays 'sled-push'"):
        ReplaceCustomExercise(0, exercise("sled-pull"), CATALOG_IDS).apply(program)
    broken = sled.model_copy(update={"muscles": []})  # model_copy validates nothing
    with pytest.raises(EditRefused, match=r"exercises\[0\]\.muscles"):
        ReplaceCustomExercise(0, broken, CATALOG_IDS).apply(program)
    program.exercises += [exercise(f"extra-{n}") for n in range(MAX_CUSTOM_EXERCISES - 1)]
    with pytest.raises(EditRefused, match="at most 500"):
        AddCustomExercise(exercise("one-more")).apply(program)
    del program.exercises[1:]
    assert program == kept


def test_descriptions_name_the_exercise() -> None:
    program = editing_program()
    sled = exercise("sled-push", "Sled push")
    add = AddCustomExercise(sled)
    assert add.describe(program, str) == "Add custom exercise Sled push"
    add.apply(program)
    assert ReplaceCustomExercise(0, sled).describe(program, str) == "Edit custom exercise Sled push"
    assert RemoveCustomExercise(0).describe(program, str) == "Remove custom exercise Sled push"
    assert custom_position(program, "sled-push") == 0
    assert custom_position(program, "deadlift") is None


def test_a_custom_exercise_is_saved_in_the_plan_and_loads_back(tmp_path: Path) -> None:
    program = editing_program()
    sled = exercise("sled-push", "Sled push", pose="carry", aliases=["prowler"], cues=["Lean in"])
    AddCustomExercise(sled, catalog_ids=CATALOG_IDS).apply(program)
    path = tmp_path / "plan.brace.json"
    save_plan(program, path)
    loaded = load_plan(path, editing_catalog())
    assert loaded.exercises == [sled]
    assert loaded.version == PLAN_VERSION  # custom exercises need no newer format
