"""A clinician's review of the compact handout (after issue 14), read back from the PDFs with
pypdf: ramp-up sets that cannot be read as sets × reps, one style of rest, rests that say
which exercise they are for, doses kept whole, plain words on the check-in form, numbers
kept with their units, the contact line's verb said once, and a table's notes kept with it."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.review import render_review
from planner_gui.resources import TEMPLATES_DIR
from tests.support.pdf_layout import shown_text

STRENGTH = TEMPLATES_DIR / "back-friendly-strength-8wk.brace.json"


@cache
def _pages(template: str = STRENGTH.name, layout: str = "compact") -> tuple[str, ...]:
    """Each page's text, whitespace folded (narrow no-break spaces too)."""
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / template, catalog)
    options = HandoutOptions(layout=layout)  # type: ignore[arg-type]
    pdf = render_handout(program, catalog_for_plan(catalog, program), options=options)
    return tuple(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


def _text(template: str = STRENGTH.name, layout: str = "compact") -> str:
    return " ".join(_pages(template, layout))


# ------------------------------------------------------------------------ 1. ramp-up sets


def test_ramp_up_sets_say_kg_and_reps_in_every_layout() -> None:
    """'Ramp kg 25×5' beside '3 × 5' was read as sets × reps, and so was 'Ramp-up sets
    (kg × reps): 4 × 5' beside '3 × 6 · 12 kg' (a physio's review): the full layout and the
    cards print each ramp-up load with its unit, 'Ramp-up: 25 kg × 5'; the compact
    programme's narrow columns label the row 'Ramp-up sets (kg × reps)' and rule the sets
    off from the dose. Every × is spaced as every dose's."""
    compact = _text()
    programme = compact[compact.index("Squat and bench day ·") :]
    squat = programme[programme.index("Back squat") :]
    assert squat.startswith("Back squat Ramp-up sets (kg × reps)")
    assert re.search(r"Ramp-up 25 × 5 35 × 3 47\.5 × 2 3 × 5 60 kg", programme)  # week 1
    for layout in ("compact", "full", "cards"):
        text = _text(layout=layout)
        assert "Ramp kg" not in text and "Ramp:" not in text, layout
        assert not re.search(r"\d×\d", text), layout  # no '25×5' anywhere
    for layout in ("full", "cards"):  # the week 1 squat's, in the same words
        text = _text(layout=layout)
        assert "Ramp-up: 25 kg × 5, 35 kg × 3, 47.5 kg × 2" in text, layout
        assert "(kg × reps)" not in text, layout
    how = compact[compact.index("How to read this handout") : compact.index("Session RPE:")]
    assert "Ramp-up 25 × 5, 35 × 3 ramp-up sets (kg × reps) above the line" in how


# ------------------------------------------------------------------------ 2. one style of rest


def test_rest_is_written_in_one_style() -> None:
    """'2:30 min' and '60 s' in one handout were two notations of a time: now every time is
    its numbers with their units, '2 min 30 s', '2 min', '60 s'."""
    for layout in ("compact", "full"):
        text = _text(layout=layout)
        assert not re.search(r"\d:\d\d", text), layout
    compact = _text()
    assert "rest 2 min 30 s" in compact  # the back squat
    assert "rest 1 min 30 s" in compact  # the hip thrust
    assert "rest 60 s" in compact


# ------------------------------------------------------------------------ 4. doses kept whole


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_the_suitcase_carry_dose_is_never_broken_after_its_times_sign(
    tmp_path: Path, size: str
) -> None:
    """'3 ×' over '20 m' read as two things: the week columns widen (the name column gives a
    few points) so every dose prints whole, each run of text a dose."""
    catalog = bundled_catalog()
    program = load_plan(STRENGTH, catalog)
    out = tmp_path / f"{size}.pdf"
    pdf = render_handout(program, catalog_for_plan(catalog, program), page_size=size)  # type: ignore[arg-type]
    out.write_bytes(pdf)
    runs = [" ".join(run.text.split()) for run in shown_text(out)]
    assert sum(run in ("3 × 20 m", "2 × 20 m") for run in runs) == 8  # every week, whole
    assert not [run for run in runs if re.fullmatch(r"\d+ ×", run)]  # no dose ends in '×'


# ------------------------------------------------------------------------ 5. no jargon


def test_the_check_in_form_says_dull_muscle_soreness_not_doms() -> None:
    form = [page for page in _pages() if "Check-in form" in page]
    assert form
    assert all("DOMS" not in page for page in form)
    assert any("Dull muscle soreness" in page for page in form)


# ------------------------------------------------------------------------ 6. units kept


def test_the_review_never_starts_a_line_with_a_unit() -> None:
    """'… loads in' / 'kg' on the review's first page: a unit stays with its number or word."""
    catalog = bundled_catalog()
    program = load_plan(STRENGTH, catalog)
    pdf = render_review(program, catalog_for_plan(catalog, program), today=date(2026, 1, 1))
    lines = [
        " ".join(line.split())  # the no-break space reads back as a space
        for page in PdfReader(BytesIO(pdf)).pages
        for line in page.extract_text().splitlines()
    ]
    assert any(line.endswith("in kg") for line in lines)  # "loads in kg", "kg" not alone
    assert [line for line in lines if re.match(r"(kg|lb|%|s|min|m)\b", line)] == []
