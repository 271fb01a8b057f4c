"""The compact handout's unit labels and load chart. The programme's ramp-up cells print
bare numbers ('25 × 5' under 'Ramp-up'): the label that says what they are, '(kg × reps)' or
'(lb × reps)', is on every page they are, in the plan's own unit. A load chart with a page
to itself fills half of it. Read back with pypdf."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.export.handout import render_handout
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import TEMPLATES_DIR
from tests.support.pdf_layout import body_lines


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("units", ["kg", "lb"])
def test_every_page_with_ramp_up_cells_says_their_unit(size: str, units: str) -> None:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / "back-friendly-strength-8wk.brace.json", catalog)
    program = program.model_copy(update={"units": units})
    pdf = render_handout(program, catalog_for_plan(catalog, program), page_size=size)  # type: ignore[arg-type]
    other = "lb" if units == "kg" else "kg"
    texts = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    programme = [text for text in texts if "Week 1" in text and "Ramp-up" in text]
    assert len(programme) >= 2  # the tables carry on over pages
    for text in programme:
        cells = text.count("Ramp-up\n") + text.count("Ramp-up ")
        labels = text.count(f"({units} × reps)")
        assert labels >= 1 and cells >= labels, text[:200]
        assert f"({other} × reps)" not in text
        # Loads the handout prints (not the clinician's notes) are in the plan's unit.
        assert f" {other}\n" not in text
    howto = next(text for text in texts if "How to read this handout" in text)
    assert f"ramp-up sets ({units} × reps)" in howto


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES_DIR.glob("*.brace.json")))
def test_a_load_chart_with_a_page_of_its_own_fills_more_than_half_of_it(
    tmp_path: Path, template: str, size: str
) -> None:
    """The 6-week template's A4 chart had a page to itself (the programme's last page has no
    room, the safety page starts its own) and left 60 % of it empty at its usual height."""
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / template, catalog)
    out = tmp_path / "compact.pdf"
    out.write_bytes(render_handout(program, catalog_for_plan(catalog, program), page_size=size))  # type: ignore[arg-type]
    bottom, top = MARGIN + FOOTER_SPACE, PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE
    pages = body_lines(out, (bottom, top))
    (chart,) = [page for page in pages if any(line.text == "Weekly training load" for line in page)]
    lowest = chart[-1].y  # the chart's key
    if chart[0].text == "Weekly training load":  # a page of its own
        assert lowest < (bottom + top) / 2
