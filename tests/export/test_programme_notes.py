"""The compact programme's notes under a table ("Note 1 · ...") print on the page where the
table ends, all of them: read back per page with pypdf."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.export import scripts
from planner_gui.export.fonts import REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import TEMPLATES_DIR
from tests.export.test_bidi import ARABIC_NOTE, HEBREW_NOTE, _nfkc

_NOTE = re.compile(r"Note (\d+) ·")


def _pages(template: str, size: str, log: bool) -> list[list[str]]:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / template, catalog)
    pdf = render_handout(
        program,
        catalog_for_plan(catalog, program),
        page_size=size,
        options=HandoutOptions(log=log),
    )
    return [page.extract_text().splitlines() for page in PdfReader(BytesIO(pdf)).pages]


def _note_groups(pages: list[list[str]]) -> list[list[tuple[int, int]]]:
    """Each table's notes as (page, line) of each note's first line; 'Note 1' starts a table's."""
    groups: list[list[tuple[int, int]]] = []
    for page_index, lines in enumerate(pages):
        for line_index, line in enumerate(lines):
            found = _NOTE.match(line)
            if found is None:
                continue
            if found.group(1) == "1" or not groups:
                groups.append([])
            groups[-1].append((page_index, line_index))
    return groups


@pytest.mark.parametrize("log", [False, True], ids=["no-log", "log"])
@pytest.mark.parametrize("size", ["letter", "a4"])
@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES_DIR.glob("*.json")))
def test_every_note_prints_on_the_page_of_its_tables_last_row(
    template: str, size: str, log: bool
) -> None:
    """The 6-week template on Letter without the log printed 'Hinge and row's note 2 at the
    top of the next page, alone: each note must share a page with rows of its table (the
    repeated 'Exercise' header row above it on that page)."""
    pages = _pages(template, size, log)
    groups = _note_groups(pages)
    if "6wk" in template:
        assert groups, "the 6-week template's tables have notes"
    for group in groups:
        page = group[0][0]
        assert {where[0] for where in group} == {page}, (template, size, log, group)
        before = pages[page][: group[0][1]]
        assert any(line.startswith("Exercise") for line in before), (template, page)


@pytest.mark.parametrize("note", [ARABIC_NOTE, HEBREW_NOTE], ids=["arabic", "hebrew"])
def test_a_right_to_left_paragraph_measured_before_the_frame_still_reads_in_order(
    note: str,
) -> None:
    """KeptNotes measures its notes before the frame draws them: breaking a shaped paragraph
    a second time lost its right-to-left mark, and its lines were drawn in logical order
    (read back reversed)."""
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=13)
    para = Paragraph(scripts.font_tags(note), style)
    para.wrap(70 * mm, 1000)
    out = BytesIO()
    doc = SimpleDocTemplate(out, leftMargin=20 * mm, rightMargin=210 * mm - 90 * mm)
    doc.build([para])
    text = PdfReader(out).pages[0].extract_text()
    assert " ".join(_nfkc(text).split()) == _nfkc(note)
