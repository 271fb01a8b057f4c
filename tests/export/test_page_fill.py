"""Pages filled: no page of the compact or cards handout more than half empty except a
section's last, and a card on each half page; read back with pypdf."""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Block, Item, Program
from planner_gui.domain.print_part import PrintPart
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import SAMPLE_PLAN, TEMPLATES_DIR
from tests.support.pdf_layout import Span, all_spans, half_empty_pages


@cache
def _template() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    return program, catalog_for_plan(catalog, program)


def _export(tmp: Path, program: Program, size: str, layout: str, **kw: object) -> Path:
    catalog = _template()[1]
    options = HandoutOptions(layout=layout, **kw)  # type: ignore[arg-type]
    out = tmp / f"{layout}-{size}.pdf"
    out.write_bytes(render_handout(program, catalog, page_size=size, options=options))  # type: ignore[arg-type]
    return out


def _body(size: str) -> tuple[float, float]:
    return MARGIN + FOOTER_SPACE, PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE


def _card_halves(out: Path, size: str) -> list[list[int]]:
    """For each page, the halves (0 above the fold, 1 below) a card's title starts in."""
    fold = sum(_body(size)) / 2

    def is_title(span: Span) -> bool:
        return span.size == 12 and span.text.startswith("Week ")

    return [[0 if s.y > fold else 1 for s in page if is_title(s)] for page in all_spans(out)]


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("layout", ["compact", "cards"])
def test_no_page_is_half_empty_but_a_sections_last(tmp_path: Path, layout: str, size: str) -> None:
    out = _export(tmp_path, _template()[0], size, layout)
    assert half_empty_pages(out, _body(size)) == []


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("template", sorted(p.name for p in TEMPLATES_DIR.glob("*.brace.json")))
def test_no_compact_page_of_any_template_is_half_empty_but_a_sections_last(
    tmp_path: Path, template: str, size: str
) -> None:
    """The 4- and 6-week templates too: their tables are narrower and fewer to a page."""
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / template, catalog)
    out = tmp_path / "compact.pdf"
    pdf = render_handout(program, catalog_for_plan(catalog, program), page_size=size)  # type: ignore[arg-type]
    out.write_bytes(pdf)
    assert half_empty_pages(out, _body(size)) == []


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_each_card_has_a_half_page_of_its_own(tmp_path: Path, size: str) -> None:
    program = _template()[0]
    sessions = sum(len(week.sessions) for week in program.weeks)
    halves = _card_halves(_export(tmp_path, program, size, "cards"), size)
    cards = [page for page in halves if page]
    assert sum(len(page) for page in cards) == sessions
    assert all(page == [0, 1] for page in cards[:-1])
    assert cards[-1] in ([0], [0, 1])
    assert halves[len(cards) :] == [[], []]  # the safety page and the check-in form


def test_a_session_too_long_for_half_a_page_gets_a_page_of_its_own(tmp_path: Path) -> None:
    program, catalog = _template()
    week = program.weeks[0]
    first = week.sessions[0]
    extra = Block(kind="core", items=[Item(exercise="dead-bug", sets=3, reps=8)] * 8)
    long = first.model_copy(update={"blocks": [*first.blocks, extra]})
    weeks = [week.model_copy(update={"sessions": [long, *week.sessions[1:]]})]
    program = program.model_copy(update={"weeks": weeks})
    assert catalog.get("dead-bug") is not None
    halves = _card_halves(_export(tmp_path, program, "letter", "cards"), "letter")
    # The long card alone on the first page, then the rest of week 1 two to a page.
    assert halves[0] == [0]
    assert halves[1] == [0, 1]
    assert half_empty_pages(tmp_path / "cards-letter.pdf", _body("letter")) == []


@pytest.mark.parametrize("session", [None, 0])
def test_printing_a_week_or_session_in_the_cards_layout_prints_its_cards(
    session: int | None,
) -> None:
    program, catalog = _template()
    part = PrintPart(week=1, session=session)
    pdf = render_handout(program, catalog, options=HandoutOptions(layout="cards"), part=part)
    pages = [page.extract_text() for page in PdfReader(BytesIO(pdf)).pages]
    chosen = [s.name for _, s in part.sessions(program)]
    assert len(pages) == -(-len(chosen) // 2) + 1
    cards = "".join(pages[:-1])
    for name in chosen:
        assert f"Week 2 · {name}" in cards
    assert "Safety: when to stop" in pages[-1]
    assert "Exercise guide" not in "".join(pages)


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_full_pages_are_filled_within_a_session_and_no_heading_ends_a_page(
    tmp_path: Path, size: str
) -> None:
    out = _export(tmp_path, _template()[0], size, "full")
    # Each session starts a page: its last page may be short, no other.
    assert half_empty_pages(out, _body(size), levels=2) == []
    titles = {"Warm-up", "Main lifts", "Core", "Glutes", "Mobility", "Cool-down", "Conditioning"}
    bottom, top = _body(size)
    endings = []
    for page in all_spans(out):
        body = [span for span in page if bottom < span.y < top]
        if body:
            endings.append(min(body, key=lambda span: span.y).text.strip())
    assert len(endings) > 50
    assert not titles & set(endings)


def test_cards_word_ramp_up_sets_as_every_layout_does() -> None:
    """'Ramp kg: 25×5' beside the dose '3 × 5' read as sets × reps: the cards say what the
    numbers are in the full layout's words, with its spaced '×'."""
    program = load_plan(TEMPLATES_DIR / "back-friendly-strength-8wk.brace.json", bundled_catalog())
    pdf = render_handout(program, bundled_catalog(), options=HandoutOptions(layout="cards"))
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert "Ramp-up: 25 kg × 5, 35 kg × 3, 47.5 kg × 2" in text
    assert "Ramp kg" not in text and "25×5" not in text
