"""Every template's cards take one half page a session, two to a sheet, on A4 and Letter:
the 6-week template's last Monday (whose week's notes no other card of its sheet prints)
set denser rather than on a page of its own, read back with pypdf; its notes whole, its
text still 10 pt, its doses 11 pt."""

from __future__ import annotations

from functools import cache
from io import BytesIO

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import render_handout
from planner_gui.export.layouts.cards import TICK_MARK
from planner_gui.export.layouts.common import BODY_PT, DOSE_PT
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import template_paths
from tests.support.pdf_layout import Span, page_spans

SIZES = ("a4", "letter")
#: The pages of each template's cards layout: half a sheet a session, then the safety page,
#: the check-in form and (the 6-week template has some) the check-ins recorded.
PAGES = {
    "back-friendly-strength-8wk": 16 + 2,
    "core-glute-foundation-4wk": 8 + 2,
    "return-to-lifting-6wk": 15 + 3,
}
TEMPLATES = {path.name.split(".")[0]: path for path in template_paths()}


@cache
def _plan(name: str) -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES[name], catalog)
    return program, catalog_for_plan(catalog, program)


@cache
def _reader(name: str, size: str) -> PdfReader:
    program, catalog = _plan(name)
    pdf = render_handout(
        program,
        catalog,
        page_size=size,  # type: ignore[arg-type]
        options=HandoutOptions(layout="cards"),
    )
    return PdfReader(BytesIO(pdf))


def _titles(page: list[Span]) -> list[Span]:
    return [s for s in page if s.size == 12 and s.text.startswith("Week ")]


def test_every_template_is_listed() -> None:
    assert set(TEMPLATES) == set(PAGES)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_templates_cards_take_half_a_sheet_each(name: str, size: str) -> None:
    """18 pages for the 8- and 6-week templates (the 6-week one printed 19: its last Monday
    took a page of its own and left half a sheet empty before it), 10 for the 4-week one."""
    program = _plan(name)[0]
    sessions = sum(len(week.sessions) for week in program.weeks)
    reader = _reader(name, size)
    assert len(reader.pages) == PAGES[name]
    carded = [
        len(_titles(page_spans(reader, index)))
        for index in range(len(reader.pages))
        if _titles(page_spans(reader, index))
    ]
    assert len(carded) == -(-sessions // 2)
    assert carded[:-1] == [2] * (len(carded) - 1)  # two cards a sheet, the last aside
    assert sum(carded) == sessions


def _half(reader: PdfReader, size: str, title: str) -> list[Span]:
    """The spans of the half page (above or below the fold) whose card is `title`."""
    fold = (MARGIN + FOOTER_SPACE + PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE) / 2
    for index in range(len(reader.pages)):
        page = page_spans(reader, index)
        for span in _titles(page):
            if span.text.strip() == title:
                above = span.y > fold
                footer = MARGIN + FOOTER_SPACE
                return [s for s in page if (s.y > fold) == above and s.y > footer]
    raise AssertionError(f"no card {title!r}")


@pytest.mark.parametrize("size", SIZES)
def test_the_last_mondays_card_keeps_its_weeks_notes_and_its_sizes(size: str) -> None:
    """The denser card still prints the week's notes word for word, every item with its
    tick box, its text at 10 pt or more and its doses at 11 pt."""
    name = "return-to-lifting-6wk"
    program = _plan(name)[0]
    last = len(program.weeks) - 1
    monday = next(s for s in program.weeks[last].sessions if s.day == "mon")
    half = _half(_reader(name, size), size, f"Week {last + 1} · {monday.name}")
    text = "".join("".join(s.text for s in half).split())
    assert "".join(f"This week: {program.weeks[last].notes}".split()) in text
    ticked = [i for b in monday.blocks if b.kind in ("warmup", "mobility") for i in b.items]
    assert text.count(TICK_MARK) >= len(ticked)
    assert min(s.size for s in half) >= BODY_PT
    doses = [s for s in half if "×" in s.text]
    assert doses and all(s.size >= DOSE_PT for s in doses)
