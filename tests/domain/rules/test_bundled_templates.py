"""The sample programs a user starts from pass the checker with nothing to say: no error, no
warning and no note, under every rule the checker has."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.formats import load_plan
from planner_gui.domain.rules import TABLE
from planner_gui.resources import template_paths


@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name)
def test_template_checks_clean(path: Path) -> None:
    catalog = bundled_catalog()
    program = load_plan(path, catalog)
    findings = check_program(program, catalog.with_custom(program.exercises))
    assert [f"{f.code} {f.severity} week {f.week}: {f.message}" for f in findings] == []


@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name)
def test_templates_leave_every_rule_on(path: Path) -> None:
    """Clean because the plan is, not because a rule was switched off or loosened in it."""
    program = load_plan(path, bundled_catalog())
    assert program.rules == {}
    assert program.load_steps == {}
    assert all(entry.enabled(program.rules) for entry in TABLE)
    assert all(entry.settings(program.rules) == entry.defaults for entry in TABLE)


def test_there_are_templates_to_check() -> None:
    assert len(template_paths()) >= 3
