"""No paragraph of the compact handout leaves one line alone at a page's top or foot (a widow
or an orphan), and the weeks-at-a-glance grid gives a long session name the width short ones
spare; read back with pypdf."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import render_handout
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES, make_styles
from planner_gui.resources import TEMPLATES_DIR
from tests.support.pdf_layout import body_lines, lone_lines

TEMPLATES = sorted(p.name for p in TEMPLATES_DIR.glob("*.brace.json"))
EIGHT_WEEKS = "back-friendly-strength-8wk.brace.json"


@cache
def _plan(template: str) -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / template, catalog)
    return program, catalog_for_plan(catalog, program)


def _export(tmp: Path, template: str, size: str) -> Path:
    program, catalog = _plan(template)
    out = tmp / f"{size}.pdf"
    out.write_bytes(render_handout(program, catalog, page_size=size))  # type: ignore[arg-type]
    return out


def _body(size: str) -> tuple[float, float]:
    return MARGIN + FOOTER_SPACE, PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_no_page_starts_or_ends_with_one_line_of_a_paragraph(
    tmp_path: Path, template: str, size: str
) -> None:
    """The 8-week template's exercise guide (A4) opened with "to set your next block.", the
    last line of week 8's note carried over from the cover on its own."""
    out = _export(tmp_path, template, size)
    assert lone_lines(out, _body(size)) == []


def test_the_8_week_covers_notes_end_on_the_cover_and_the_guide_opens_its_page(
    tmp_path: Path,
) -> None:
    pages = body_lines(_export(tmp_path, EIGHT_WEEKS, "a4"), _body("a4"))
    cover = " ".join(line.text for line in pages[0])
    assert "Week 8:" in cover and "to set your next block." in cover
    assert pages[1][0].text == "Exercise guide"


def test_a_long_session_name_in_the_glance_grid_takes_no_more_lines_than_a_short_one(
    tmp_path: Path,
) -> None:
    """Equal columns broke "Lighter day: single leg, row and carry" into three lines beside
    two-line names, so each of the grid's rows was a line taller than it needed."""
    cover = body_lines(_export(tmp_path, EIGHT_WEEKS, "a4"), _body("a4"))[0]
    texts = [line.text for line in cover]
    starts = [i for i, text in enumerate(texts) if "Squat and" in text]
    assert len(starts) == 4
    for row in starts:
        assert "Lighter day: single" in texts[row]
        # The row's second line ends both names; the week's label sits 1 pt off the names.
        second = [t for t in texts[row + 1 : row + 3] if "bench day" in t]
        assert second and second[0].endswith("leg, row and carry")


@pytest.mark.parametrize("style", ["body", "bullet", "small"])
def test_a_paragraph_goes_overleaf_with_at_least_two_lines_or_whole(
    tmp_path: Path, style: str
) -> None:
    """The handout's styles: where two lines of a three-line paragraph fit at a page's foot,
    the paragraph moves whole (reportlab's default carries its last line over alone)."""
    styles = make_styles()
    para_style = getattr(styles, style)
    width = 300.0
    words = [f"word{i}" for i in range(60)]
    text = next(  # the fewest words that take three lines
        " ".join(words[:n])
        for n in range(1, len(words))
        if Paragraph(" ".join(words[:n]), para_style).wrap(width, 1e6)[1] > 2.5 * para_style.leading
    )
    room = 2.5 * para_style.leading
    out = tmp_path / "widow.pdf"
    doc = BaseDocTemplate(str(out), pagesize=(width, 400), leftMargin=0, rightMargin=0)
    frame = Frame(0, 50, width, 300, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build([Spacer(1, 300 - room), Paragraph(text, para_style)])
    pages = body_lines(out, (0, 400))
    assert len(pages) == 2
    assert len(pages[1]) in (0, 3), [line.text for line in pages[1]]


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_a_cover_title_over_two_lines_leaves_no_word_alone(tmp_path: Path, size: str) -> None:
    """'Return to lifting after a flare-up, 6' over 'weeks': the lines are balanced."""
    cover = body_lines(_export(tmp_path, "return-to-lifting-6wk.brace.json", size), _body(size))[0]
    title = [line.text for line in cover if line.size == 24]
    assert " ".join(title) == "Return to lifting after a flare-up, 6 weeks"
    assert len(title) == 2
    assert all(len(line.split()) >= 3 for line in title), title
