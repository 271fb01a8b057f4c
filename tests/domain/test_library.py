"""The user's template library: safe file names, no silent overwrite, checked atomic writes,
and a damaged file listed with its reason instead of breaking the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan
from planner_gui.domain.library import (
    BrokenTemplate,
    TemplateExistsError,
    UserTemplate,
    list_templates,
    save_template,
    template_file_name,
    template_title_problem,
)
from planner_gui.domain.models import Program
from planner_gui.resources import TEMPLATES_DIR

RETURN = TEMPLATES_DIR / "return-to-lifting-6wk.brace.json"


@pytest.fixture
def plan() -> Program:
    program = load_plan(RETURN, bundled_catalog())
    return program.model_copy(update={"athlete": "Sam Example"})


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Back-friendly strength", "back-friendly-strength.brace.json"),
        ("Sam: week 1/2", "sam-week-1-2.brace.json"),
        ("../../etc/passwd", "etc-passwd.brace.json"),
        ("..", "template.brace.json"),
        ("   ", "template.brace.json"),
        ("C:\\Users\\x\0y", "c-users-x-y.brace.json"),
        ("CON", "con-template.brace.json"),
        ("Rücken & Hüfte", "rücken-hüfte.brace.json"),
        ("x" * 300, "x" * 60 + ".brace.json"),
    ],
)
def test_file_names_are_safe(title: str, name: str) -> None:
    assert template_file_name(title) == name


def test_a_template_needs_a_name() -> None:
    assert template_title_problem("  ") is not None
    assert template_title_problem("x" * 201) is not None
    assert template_title_problem("Return to lifting") is None


def test_saving_writes_a_template_without_the_client_that_loads_again(
    tmp_path: Path, plan: Program
) -> None:
    folder = tmp_path / "library"  # made when the first template is saved
    path = save_template(plan, folder, " My plan ", bundled_catalog())
    assert path == folder / "my-plan.brace.json"
    saved = load_plan(path, bundled_catalog())
    assert saved.title == "My plan"
    assert saved.athlete == "" and saved.checkins == []
    assert saved.weeks == plan.weeks
    assert [p.name for p in folder.iterdir()] == ["my-plan.brace.json"]  # no temp file left


def test_an_existing_template_is_replaced_only_when_asked(tmp_path: Path, plan: Program) -> None:
    path = save_template(plan, tmp_path, "My plan")
    before = path.read_bytes()
    longer = plan.model_copy(update={"weeks": [*plan.weeks, plan.weeks[-1]]})
    with pytest.raises(TemplateExistsError) as raised:
        save_template(longer, tmp_path, "my plan!")
    assert raised.value.path == path
    assert path.read_bytes() == before
    save_template(longer, tmp_path, "my plan!", replace=True)
    assert len(load_plan(path).weeks) == len(plan.weeks) + 1


def test_a_plan_that_would_not_load_again_is_not_written(tmp_path: Path, plan: Program) -> None:
    broken = plan.model_copy(update={"units": "stone"})  # not a unit a file may hold
    with pytest.raises(PlanFileError):
        save_template(broken, tmp_path, "Broken")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="name"):
        save_template(plan, tmp_path, "   ")


def test_the_list_shows_good_templates_and_the_reason_a_bad_one_fails(
    tmp_path: Path, plan: Program
) -> None:
    assert list_templates(tmp_path / "missing") == []
    save_template(plan, tmp_path, "B good")
    (tmp_path / "a-bad.brace.json").write_text('{"format": "brace-plan", "version": 2}')
    (tmp_path / "c-not-json.brace.json").write_text("{ nope")
    (tmp_path / "d-folder.brace.json").mkdir()
    (tmp_path / "notes.txt").write_text("not a template")
    found = list_templates(tmp_path, bundled_catalog())
    assert [entry.path.name for entry in found] == [
        "a-bad.brace.json",
        "b-good.brace.json",
        "c-not-json.brace.json",
        "d-folder.brace.json",
    ]
    good = found[1]
    assert isinstance(good, UserTemplate) and good.title == "B good"
    for bad in (found[0], found[2], found[3]):
        assert isinstance(bad, BrokenTemplate)
        assert bad.reason and "\n" not in bad.reason
    assert "start_date" in found[0].reason  # type: ignore[union-attr]
