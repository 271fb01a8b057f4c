"""The week's and the session's notes on every card of that week and session (a week
printed alone carries what the clinic typed, a deload week says so), read back with pypdf;
a note too long for any card prints whole."""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.domain.print_part import PrintPart
from planner_gui.export.handout import render_handout
from planner_gui.export.layouts.cards import SEE_OTHER_HALF
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import template_paths

EIGHT = next(p for p in template_paths() if p.name.startswith("back-friendly-strength-8wk"))


def _plan() -> tuple[Program, object]:
    program = load_plan(EIGHT, bundled_catalog())
    return program, catalog_for_plan(bundled_catalog(), program)


def _pages(
    program: Program, catalog: object, size: str = "a4", week: int | None = None
) -> list[str]:
    part = None if week is None else PrintPart(week=week, session=None)
    pdf = render_handout(
        program,
        catalog,  # type: ignore[arg-type]
        page_size=size,  # type: ignore[arg-type]
        options=HandoutOptions(layout="cards"),
        part=part,
    )
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(BytesIO(pdf)).pages
    ]


def _card_pages(pages: list[str], title: str) -> list[str]:
    return [page for page in pages if title in page]


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_every_card_of_a_week_prints_the_weeks_note(size: str) -> None:
    """The 8-week template's week 1 note ('... take 5 kg off and keep it there this week')
    on each of week 1's cards, as the compact and full layouts print it."""
    program, catalog = _plan()
    note = " ".join(program.weeks[0].notes.split())
    assert "starting point" in note
    pages = _pages(program, catalog, size, week=0)
    text = " ".join(pages)
    sessions = len(program.weeks[0].sessions)
    full = text.count(f"This week: {note}")
    # A card too tall with it says the other half of its sheet (its week's) prints it.
    referred = text.count(f"This week: {SEE_OTHER_HALF}")
    assert full + referred == sessions
    assert full >= sessions // 2 and (size == "letter" or referred == 0)
    for page in pages[:-2]:  # every sheet of cards (the safety page and form aside)
        assert f"This week: {note}" in page


def test_a_deload_weeks_card_is_marked_and_carries_its_note() -> None:
    program, catalog = _plan()
    deload = next(i for i, week in enumerate(program.weeks) if week.deload)
    pages = _pages(program, catalog, week=deload)
    note = " ".join(program.weeks[deload].notes.split())
    text = " ".join(pages)
    assert text.count("deload week") >= len(program.weeks[deload].sessions)
    assert f"This week: {note}" in text


@pytest.mark.parametrize(
    "note",
    [
        "Brace before each lift <b>not bold</b> & breathe",
        "حافظ على ظهرك مستقيما أثناء النزول ببطء",
        "שמור על הגב ישר לאורך כל התנועה",
    ],
    ids=["latin-markup", "arabic", "hebrew"],
)
def test_a_sessions_note_prints_on_its_card_as_typed(note: str) -> None:
    program, catalog = _plan()
    program.weeks[2].sessions[1].notes = note
    name = program.weeks[2].sessions[1].name
    pages = _pages(program, catalog, week=2)
    on_card = [page for page in pages if "Today:" in page]
    assert len(on_card) == 1 and name in on_card[0]
    assert unicodedata.normalize("NFKC", note) in on_card[0]


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_a_note_too_long_for_any_card_prints_whole(size: str) -> None:
    """A 6,000-character session note: more than a page; every word prints, in order."""
    program, catalog = _plan()
    words = [f"word{index}" for index in range(900)]
    program.weeks[0].sessions[0].notes = " ".join(words)
    pages = _pages(program, catalog, size, week=0)
    text = " ".join(pages)
    assert "Today: " + " ".join(words[:20]) in text
    # Every word in order, the card running on overleaf (past the page's footer and header).
    assert re.findall(r"word\d+", text) == words
    assert len(pages) >= len(program.weeks[0].sessions) // 2 + 2
    # The other cards of the week still print.
    for session in program.weeks[0].sessions:
        assert session.name in text
