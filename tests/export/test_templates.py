"""Every bundled template exports, with every exercise name and week in the text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.resources import template_paths
from tests.support.full_handout import write_handout


@pytest.mark.parametrize("template", template_paths(), ids=lambda p: p.name)
def test_template_exports(tmp_path: Path, pdf: Any, template: Path) -> None:
    catalog = bundled_catalog()
    program = load_plan(template, catalog)
    merged = catalog.with_custom(program.exercises)
    out = tmp_path / "template.pdf"
    write_handout(program, merged, out, page_size="letter")
    text = pdf.text(out)
    sessions = sum(len(week.sessions) for week in program.weeks)
    assert len(pdf.reader(out).pages) >= sessions + 4
    # The templates leave the athlete empty; their title and week notes are what they print.
    assert program.athlete == ""
    assert program.title in text
    for week in program.weeks:
        assert " ".join(week.notes.split()) in text
    used = {i.exercise for w in program.weeks for s in w.sessions for _, i in s.items()}
    for exercise_id in used:
        assert merged.name_of(exercise_id) in text
    weeks = [title for title, _ in pdf.outline(out) if title.startswith("Week")]
    assert len(weeks) == len(program.weeks)


def test_templates_exist() -> None:
    assert len(template_paths()) >= 3
