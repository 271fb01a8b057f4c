"""The full layout's page budget: each session on as few pages as it needs (a 45-minute
session on two, an easy walk on one), no page of a session but its last under half full, and
no session's last page holding nothing but its log; read back with pypdf."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.cli import main
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import write_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf_layout import Span, all_spans, part_starts

#: Pages of the 8-week template in the full layout (cover, how-to and load chart, 56 session
#: pages, the progression, safety, check-in form and check-ins); 120 before, 63 when the text
#: was 7.5 pt, 62 since the load chart fills the how-to's second page (one page of slack).
MOST_PAGES = 63


@cache
def _template() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    return program, catalog_for_plan(catalog, program)


@cache
def _year(tmp: Path) -> tuple[Program, Catalog]:
    plan = tmp / "year.brace.json"
    argv = ["new", "--weeks", "52", "--days", "mon,wed,fri", "--level", "intermediate"]
    argv += ["--equipment", "gym", "--goal", "strength", "--start", "2027-01-07", "-o", str(plan)]
    assert main(argv) == 0
    catalog = bundled_catalog()
    program = load_plan(plan, catalog)
    return program, catalog_for_plan(catalog, program)


def _export(tmp: Path, program: Program, catalog: Catalog, size: str) -> Path:
    out = tmp / f"full-{size}.pdf"
    write_handout(program, catalog, out, page_size=size, options=HandoutOptions(layout="full"))  # type: ignore[arg-type]
    return out


def _body(size: str) -> tuple[float, float]:
    return MARGIN + FOOTER_SPACE, PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE


def _in_body(page: list[Span], size: str) -> list[Span]:
    bottom, top = _body(size)
    return [span for span in page if bottom < span.y < top]


def _sessions(out: Path, spans: list[list[Span]], size: str) -> list[tuple[str, list[int]]]:
    """Each session's title (its 16 pt heading) and its pages (0-based): from the page its
    heading is on to the page before the next part or session starts."""
    starts = sorted(part_starts(out, levels=2) | {len(spans)})
    found = []
    for index, page in enumerate(spans):
        titles = [s.text.strip() for s in _in_body(page, size) if s.size == 16]
        if titles and titles[0].startswith("Week ") and " · " in titles[0]:
            end = next(start for start in starts if start > index)
            found.append((titles[0], list(range(index, end))))
    return found


def _lowest_is_below_middle(page: list[Span], size: str) -> bool:
    bottom, top = _body(size)
    inside = [span.y for span in _in_body(page, size)]
    return bool(inside) and min(inside) < (bottom + top) / 2


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_the_8_week_template_prints_each_session_on_as_few_pages_as_it_needs(
    tmp_path: Path, size: str
) -> None:
    program, catalog = _template()
    out = _export(tmp_path, program, catalog, size)
    assert len(PdfReader(out).pages) <= MOST_PAGES
    spans = all_spans(out)
    sessions = _sessions(out, spans, size)
    assert len(sessions) == sum(len(week.sessions) for week in program.weeks)
    for title, pages in sessions:
        # A 45-minute session: its blocks, then its log on the second page; a walk: one.
        assert len(pages) <= (1 if "Easy walk" in title else 2), (title, pages)
        for page in pages[:-1]:
            assert _lowest_is_below_middle(spans[page], size), (title, page)
        last = sorted(_in_body(spans[pages[-1]], size), key=lambda span: -span.y)
        assert "How did your back feel?" in {span.text.strip() for span in last}, title
        assert not last[0].text.startswith("Your log"), (title, pages[-1])


@pytest.mark.parametrize(("size", "most"), [("a4", 325), ("letter", 340)])  # 635 before
def test_a_year_in_the_full_layout_has_no_empty_pages_and_no_log_alone(
    tmp_path_factory: pytest.TempPathFactory, size: str, most: int
) -> None:
    program, catalog = _year(tmp_path_factory.mktemp("year"))
    out = _export(tmp_path_factory.mktemp("out"), program, catalog, size)
    spans = all_spans(out)
    sessions = _sessions(out, spans, size)
    assert len(sessions) == sum(len(week.sessions) for week in program.weeks)
    # 156 sessions, nearly all on two pages (a few on Letter's shorter page on three).
    assert len(spans) <= most
    # The last page, recorded check-ins, may say in two lines that there are none.
    for index, spans_of in enumerate(spans[:-1]):
        assert len(_in_body(spans_of, size)) > 4, f"page {index + 1} is all but empty"
    for title, pages in sessions:
        for page in pages[:-1]:
            assert _lowest_is_below_middle(spans[page], size), (title, page)
        top = max(_in_body(spans[pages[-1]], size), key=lambda span: span.y)
        assert not top.text.startswith("Your log"), (title, pages[-1])


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_the_how_to_pages_are_filled_and_the_load_chart_follows_the_session_rpe(
    tmp_path: Path, size: str
) -> None:
    """The how-to's second page held only the session RPE part (37 % of A4) and the chart
    took a page of its own after the progression: the chart now follows the part that
    explains a session's load, and neither page is half empty."""
    program, catalog = _template()
    out = _export(tmp_path, program, catalog, size)
    spans = all_spans(out)
    first_session = _sessions(out, spans, size)[0][1][0]
    texts = [" ".join(s.text for s in page) for page in spans]
    howto = [i for i in range(first_session) if "How to use this program" in texts[i]]
    assert howto == [1, 2]
    for page in howto:
        assert _lowest_is_below_middle(spans[page], size), page
    rpe = texts[2].index("Session effort (session RPE)")
    assert texts[2].index("Weekly training load") > rpe
    assert not any("Weekly training load" in text for text in texts[first_session:])


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_the_load_chart_heading_stays_with_its_chart(tmp_path: Path, size: str) -> None:
    """A clinician's review found 'Weekly training load' alone at the foot of a page."""
    program, catalog = _template()
    reader = PdfReader(_export(tmp_path, program, catalog, size))
    pages = [page.extract_text() for page in reader.pages]
    holding = [text for text in pages if "Weekly training load" in text.split("\n")[1:]]
    assert len(holding) == 1
    assert "Each bar is a week's session load" in holding[0]
