"""The exercise guide's easier option: an exercise the plan does not use has no entry of its
own, so the guide says how to start it (its first cue) after its name; read back with pypdf."""

from __future__ import annotations

from functools import cache
from io import BytesIO

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import render_handout
from planner_gui.export.layouts.exercise_guide import exercises_in_order
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import TEMPLATES_DIR


@cache
def _plan(name: str) -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / name, catalog)
    return program, catalog_for_plan(catalog, program)


@cache
def _guide(name: str, size: str) -> str:
    program, catalog = _plan(name)
    pdf = render_handout(program, catalog, page_size=size, options=HandoutOptions())
    pages = PdfReader(BytesIO(pdf)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    return text[text.index("Exercise guide") : text.index("Your programme")]


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_an_easier_option_outside_the_plan_comes_with_its_first_cue(size: str) -> None:
    program, catalog = _plan("back-friendly-strength-8wk.brace.json")
    guide = _guide("back-friendly-strength-8wk.brace.json", size)
    ids = exercises_in_order(program)
    outside = 0
    for exercise_id in ids:
        exercise = catalog.get(exercise_id)
        assert exercise is not None
        if not exercise.regression:
            continue
        easier = catalog.get(exercise.regression)
        assert easier is not None and easier.cues
        said = f"Easier option: {easier.name}"
        cue = " ".join(easier.cues[0].split())
        if exercise.regression in ids:
            # It has its own entry, figure and cues: the name is enough.
            assert said in guide
            assert f"{said}. {cue}" not in guide
        else:
            outside += 1
            assert f"{said}. {cue}" in guide, (exercise_id, exercise.regression)
    assert outside >= 10  # safety-bar squat, kneeling plank, ...
