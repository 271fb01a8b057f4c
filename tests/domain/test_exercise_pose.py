"""An exercise's optional `pose`: loaded and saved as a plain id, unknown keys still refused.

The domain keeps the id as text; which drawing it names is planner_gui.figures' business.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner_gui.domain.catalog import load_catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan, plan_to_bytes
from planner_gui.domain.models import Exercise
from tests.support.plan_files import CUSTOM_EXERCISE, plan


def _write(tmp_path: Path, data: object, name: str) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _catalog_file(tmp_path: Path, **extra: object) -> Path:
    entry = CUSTOM_EXERCISE | extra
    return _write(
        tmp_path,
        {"format": "brace-catalog", "version": 1, "exercises": [entry]},
        "catalog.json",
    )


def test_pose_is_optional_and_absent_by_default() -> None:
    assert Exercise.model_validate(CUSTOM_EXERCISE).pose is None
    assert Exercise.model_validate(CUSTOM_EXERCISE | {"pose": "one-arm-row"}).pose == "one-arm-row"


@pytest.mark.parametrize("bad", ["One Arm Row", "row_", "", 3, None])
def test_a_pose_must_be_an_id_or_left_out(bad: object) -> None:
    data = CUSTOM_EXERCISE | {"pose": bad}
    if bad is None:  # null is the same as leaving it out
        assert Exercise.model_validate(data).pose is None
        return
    with pytest.raises(ValueError, match="pose"):
        Exercise.model_validate(data)


def test_the_catalog_loader_takes_pose_and_still_refuses_unknown_keys(tmp_path: Path) -> None:
    catalog = load_catalog(_catalog_file(tmp_path, pose="one-arm-row"))
    towel_row = catalog.get("towel-row")
    assert towel_row is not None and towel_row.pose == "one-arm-row"
    with pytest.raises(PlanFileError, match=r"exercise 1: poses: unknown key"):
        load_catalog(_catalog_file(tmp_path, poses="one-arm-row"))


def test_a_custom_exercise_in_a_plan_keeps_its_pose_through_a_save(tmp_path: Path) -> None:
    custom = CUSTOM_EXERCISE | {"pose": "one-arm-row"}
    program = load_plan(_write(tmp_path, plan(exercises=[custom]), "plan.brace.json"))
    assert program.exercises[0].pose == "one-arm-row"
    saved = json.loads(plan_to_bytes(program))
    assert saved["exercises"][0]["pose"] == "one-arm-row"


def test_a_custom_exercise_without_a_pose_saves_without_one(tmp_path: Path) -> None:
    program = load_plan(_write(tmp_path, plan(exercises=[CUSTOM_EXERCISE]), "plan.brace.json"))
    saved = json.loads(plan_to_bytes(program))
    assert "pose" not in saved["exercises"][0]  # files without the field stay as they were
