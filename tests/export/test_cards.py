"""The cards layout as an athlete takes it to the gym, read back with pypdf: the footer names
both cards of a page, each card prints its exercises' key cues (and cautions where they fit)
at 10 pt, no card crosses the fold, and every template prints two cards a sheet."""

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
from planner_gui.export.layouts.cards import HALVES_GAP
from planner_gui.export.layouts.common import log_kind, sessions_by_date
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import SAMPLE_PLAN, template_paths
from tests.support.pdf_layout import Span, all_spans

SIZES = ("a4", "letter")


@cache
def _plan(path: Path) -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(path, catalog)
    return program, catalog_for_plan(catalog, program)


@cache
def _pdf(path: Path, size: str, week: int | None = None) -> bytes:
    program, catalog = _plan(path)
    part = None if week is None else PrintPart(week=week, session=None)
    options = HandoutOptions(layout="cards")
    return render_handout(program, catalog, page_size=size, options=options, part=part)  # type: ignore[arg-type]


def _cards(tmp: Path, path: Path, size: str, week: int | None = None) -> Path:
    out = tmp / f"{path.name}-{size}-{week}.pdf"
    out.write_bytes(_pdf(path, size, week))
    return out


def _fold(size: str) -> float:
    bottom, top = MARGIN + FOOTER_SPACE, PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE
    return (bottom + top) / 2


def _footer(page: list[Span]) -> str:
    spans = [s.text for s in page if abs(s.y - (MARGIN + 2)) < 0.5 and "page " not in s.text]
    return " ".join(" ".join(spans).split())


def _titles(page: list[Span]) -> list[str]:
    """The cards' titles on a page, top first ('Week 1 · Squat and bench day')."""
    return [s.text.strip() for s in page if s.size == 12 and s.text.startswith("Week ")]


@pytest.mark.parametrize("size", SIZES)
def test_the_footer_names_every_card_on_the_page(tmp_path: Path, size: str) -> None:
    program = _plan(SAMPLE_PLAN)[0]
    pages = all_spans(_cards(tmp_path, SAMPLE_PLAN, size))
    dated = iter(sessions_by_date(program))
    pairs = 0
    for page in pages:
        cards = [next(dated) for _ in _titles(page)]
        footer = _footer(page)
        for one in cards:
            day = f"{one.day:%a} {one.day.day} {one.day:%b}"
            assert f"{day} {one.session.name}" in footer, (footer, one.session.name)
        if len(cards) == 2:
            pairs += 1
            first, second = cards
            if first.week_index == second.week_index:  # the week said once
                assert footer.count(f"Week {first.week_index + 1} ·") == 1
    assert pairs >= 15
    first = _footer(pages[0])
    assert first == "Week 1 · Mon 5 Jan Squat and bench day · Tue 6 Jan Easy walk and mobility"


@pytest.mark.parametrize("size", SIZES)
def test_each_card_prints_the_key_cue_of_its_exercises_at_10_pt(tmp_path: Path, size: str) -> None:
    program, catalog = _plan(SAMPLE_PLAN)
    pages = all_spans(_cards(tmp_path, SAMPLE_PLAN, size))
    dated = iter(sessions_by_date(program))
    checked = 0
    for page in pages[:-2]:  # the safety page and the check-in form follow the cards
        text = " ".join(" ".join(s.text for s in page).split())
        for _ in _titles(page):
            session = next(dated).session
            for block in session.blocks:
                for item in block.items:
                    exercise = catalog.get(item.exercise)
                    assert exercise is not None
                    if log_kind(catalog, block.kind, item) == "tick" or not exercise.cues:
                        continue
                    # The movement's cue (the second: the first sets the exercise up).
                    cue = exercise.cues[min(1, len(exercise.cues) - 1)]
                    assert cue in text, (session.name, exercise.name)
                    checked += 1
        cue_spans = [s for s in page if s.text.strip().startswith("•")]
        assert cue_spans and min(s.size for s in cue_spans) >= 10
    assert checked > 120


def test_cautions_print_where_they_fit(tmp_path: Path) -> None:
    """An easy day has the room: every exercise's cues and cautions; a busy day prints its
    main lifts' cautions when they fit beside the key cues."""
    catalog = _plan(SAMPLE_PLAN)[1]
    reader = PdfReader(_cards(tmp_path, SAMPLE_PLAN, "a4"))
    first = reader.pages[0].extract_text()
    easy = first[first.index("Easy walk and mobility") :]
    walk = catalog.get("steady-walk")
    assert walk is not None
    assert f"Caution: {walk.cautions[0]}"[:40] in " ".join(easy.split())
    squat = catalog.get("back-squat")
    assert squat is not None
    busy = " ".join(first[: first.index("Easy walk and mobility")].split())
    assert f"Caution: {squat.cautions[0]}"[:40] in busy


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name.split(".")[0])
def test_every_template_prints_two_cards_a_sheet_none_across_the_fold(
    tmp_path: Path, path: Path, size: str
) -> None:
    program = _plan(path)[0]
    sessions = sum(len(week.sessions) for week in program.weeks)
    pages = all_spans(_cards(tmp_path, path, size))
    # Two cards a sheet, then the safety page, the check-in form (and check-ins recorded).
    carded = [index for index, page in enumerate(pages) if _titles(page)]
    assert carded == list(range(-(-sessions // 2)))
    assert 2 <= len(pages) - len(carded) <= 3
    fold = _fold(size)
    for page in pages[: len(carded)]:
        assert len(_titles(page)) in (1, 2)
        crossing = [s.text for s in page if abs(s.y - fold) < HALVES_GAP / 2]
        assert crossing == []
        titles = [s for s in page if s.size == 12 and s.text.startswith("Week ")]
        assert [s.y > fold for s in titles] == [True, False][: len(titles)]


@pytest.mark.parametrize("size", SIZES)
def test_a_week_printed_alone_is_its_cards_with_their_cues(tmp_path: Path, size: str) -> None:
    program, catalog = _plan(SAMPLE_PLAN)
    out = _cards(tmp_path, SAMPLE_PLAN, size, week=2)
    pages = all_spans(out)
    sessions = program.weeks[2].sessions
    assert len(pages) == -(-len(sessions) // 2) + 1  # and the safety page
    footers = " ".join(_footer(page) for page in pages[:-1])
    for session in sessions:
        assert session.name in footers
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    squat = catalog.get("back-squat")
    assert squat is not None and squat.cues[1] in text
    assert "Rest 0 s" not in text


def test_a_card_too_long_for_half_a_page_prints_what_fits_a_page() -> None:
    program, catalog = _plan(SAMPLE_PLAN)
    week = program.weeks[0]
    extra = Block(kind="core", items=[Item(exercise="dead-bug", sets=3, reps=8)] * 8)
    long = week.sessions[0].model_copy(update={"blocks": [*week.sessions[0].blocks, extra]})
    weeks = [week.model_copy(update={"sessions": [long]})]
    one = program.model_copy(update={"weeks": weeks})
    options = HandoutOptions(layout="cards")
    pages = PdfReader(BytesIO(render_handout(one, catalog, options=options))).pages
    text = " ".join(pages[0].extract_text().split())
    bug = catalog.get("dead-bug")
    assert bug is not None
    # The most guidance that fits the page, not more: the card does not run overleaf.
    assert bug.cues[1] in text
    assert f"Caution: {bug.cautions[0]}"[:40] in text
    assert len(pages) == 3  # the card, the safety page, the check-in form
