"""The cards layout as an athlete takes it to the gym, read back with pypdf: the footer names
both cards of a page, each card prints every caution of every exercise (one two exercises
share, once), the plan's notes and each exercise's rest, and its exercises' key cues at
10 pt when it has room for them; no card crosses the fold."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from io import BytesIO
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Block, Exercise, Item, Program, Session
from planner_gui.domain.print_part import PrintPart
from planner_gui.export.details import ramp_line
from planner_gui.export.handout import render_handout
from planner_gui.export.layouts.cards import (
    CAUTION_MARK,
    DETAILS,
    HALVES_GAP,
    SHARED_LEAD,
    SetBoxes,
    checklist_columns,
)
from planner_gui.export.layouts.common import Dated, sessions_by_date
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.export.text import seconds
from planner_gui.resources import SAMPLE_PLAN, template_paths
from tests.support.pdf_layout import Span, all_spans, page_spans

SIZES = ("a4", "letter")
#: The sheets each template's cards take (two cards a sheet), the safety page and the
#: check-in form included: the ramp-up sets' longer words (see below) took none more. The
#: weeks' notes on every card (test_card_notes): the 6-week template's last Monday has no card
#: of its week on its sheet to carry them for it, and is set denser (cards.DENSE) to keep
#: half a page (test_cards_sheets).
PAGES = {
    ("back-friendly-strength-8wk", "a4"): 18,
    ("back-friendly-strength-8wk", "letter"): 18,
    ("core-glute-foundation-4wk", "a4"): 10,
    ("core-glute-foundation-4wk", "letter"): 10,
    ("return-to-lifting-6wk", "a4"): 18,
    ("return-to-lifting-6wk", "letter"): 18,
}


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


def _easy_days() -> Program:
    """The sample plan's easy day twice a week (Tuesday and Saturday): short cards, two to a
    sheet, some pairs in one week and some across two."""
    program = _plan(SAMPLE_PLAN)[0]
    weeks = []
    for week in program.weeks:
        easy = next(s for s in week.sessions if s.name == "Easy walk and mobility")
        weeks.append(
            week.model_copy(update={"sessions": [easy, easy.model_copy(update={"day": "sat"})]})
        )
    return program.model_copy(update={"weeks": weeks})


@pytest.mark.parametrize("size", SIZES)
def test_the_footer_names_every_card_on_the_page(tmp_path: Path, size: str) -> None:
    program = _easy_days()
    catalog = _plan(SAMPLE_PLAN)[1]
    options = HandoutOptions(layout="cards")
    out = tmp_path / "easy.pdf"
    out.write_bytes(render_handout(program, catalog, page_size=size, options=options))  # type: ignore[arg-type]
    pages = all_spans(out)
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
    assert pairs == 8
    first = _footer(pages[0])
    assert first == "Week 1 · Tue 6 Jan Easy walk and mobility · Sat 10 Jan Easy walk and mobility"


@pytest.mark.parametrize("size", SIZES)
def test_cues_print_at_10_pt_on_the_cards_with_room_for_them(tmp_path: Path, size: str) -> None:
    """Cues are what a card trades for room (the exercise guide of the compact layout has
    them all): where a card prints one, it is the movement's cue, at 10 pt."""
    program, catalog = _plan(SAMPLE_PLAN)
    pages = all_spans(_cards(tmp_path, SAMPLE_PLAN, size))
    dated = iter(sessions_by_date(program))
    cued = 0
    for page in pages[:-2]:  # the safety page and the check-in form follow the cards
        text = " ".join(" ".join(s.text for s in page).split())
        for _ in _titles(page):
            session = next(dated).session
            for block in session.blocks:
                for item in block.items:
                    exercise = catalog.get(item.exercise)
                    assert exercise is not None
                    if len(exercise.cues) < 2 or exercise.cues[0] not in text:
                        continue
                    # The set-up cue only with the movement's (the second), never alone.
                    assert exercise.cues[1] in text, (session.name, exercise.name)
        cue_spans = [s for s in page if s.text.strip().startswith("•")]
        cued += len(cue_spans)
        assert all(s.size >= 10 for s in cue_spans)
    assert cued > 20


def _squeezed(text: str) -> str:
    """Text without its spaces and line breaks, so a caution wrapped over lines (or at a
    hyphen, 'best-|tolerated') reads as written."""
    return "".join(text.split())


@cache
def _card_texts(path: Path, size: str) -> list[tuple[Dated, str]]:
    """Each card of the handout and its text (squeezed): two titles on a page split it at
    the fold, one card has the page (the safety page and the check-in form follow)."""
    program = _plan(path)[0]
    reader = PdfReader(BytesIO(_pdf(path, size)))
    dated = iter(sessions_by_date(program))
    fold = _fold(size)
    cards: list[tuple[Dated, str]] = []
    for index in range(len(reader.pages)):
        page = page_spans(reader, index)
        titles = _titles(page)
        if len(titles) == 2:
            halves = [[s for s in page if s.y > fold], [s for s in page if s.y < fold]]
        else:
            halves = [page] if titles else []
        for half in halves:
            cards.append((next(dated), _squeezed("".join(s.text for s in half))))
    assert next(dated, None) is None
    return cards


def _exercises(path: Path, session: Session) -> list[tuple[Item, Exercise]]:
    catalog = _plan(path)[1]
    found = []
    for block in session.blocks:
        for item in block.items:
            exercise = catalog.get(item.exercise)
            assert exercise is not None
            found.append((item, exercise))
    return found


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name.split(".")[0])
def test_every_caution_of_every_exercise_prints_on_its_card(path: Path, size: str) -> None:
    """Safety: a caution is never traded for room (the nerve caution of a deadlift, a
    squat's on a deload week's card); a card with no room for them takes a page."""
    checked = 0
    for one, text in _card_texts(path, size):
        for _, exercise in _exercises(path, one.session):
            for caution in exercise.cautions:
                assert _squeezed(f"{CAUTION_MARK} {caution}") in text, (one.session.name, caution)
                checked += 1
    assert checked > 100
    if path == SAMPLE_PLAN:
        nerve = "! Stop if pain runs down a leg, or if numbness or tingling appears."
        deadlift_days = [
            t for one, t in _card_texts(path, size) if "deadlift" in one.session.name.lower()
        ]
        assert len(deadlift_days) == 8
        assert all(_squeezed(nerve) in t for t in deadlift_days)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name.split(".")[0])
def test_every_card_prints_its_items_notes_and_rest(path: Path, size: str) -> None:
    """The plan's notes ('Load is per dumbbell') and each exercise's rest, with its dose
    ('rest 2:30 min'); an item without rest says none ('rest 0 s' never prints)."""
    notes = rests = 0
    for one, text in _card_texts(path, size):
        for item, _ in _exercises(path, one.session):
            if item.note.strip():
                assert _squeezed(f"Note: {item.note}") in text, (one.session.name, item.note)
                notes += 1
            if item.rest_s:
                assert _squeezed(f"rest {seconds(item.rest_s)}") in text, one.session.name
                rests += 1
        assert "rest0s" not in text.lower()
    assert notes > 10 and rests > 40


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name.split(".")[0])
def test_every_card_words_its_ramp_up_sets_as_every_layout(path: Path, size: str) -> None:
    """'Ramp kg: 25×5' beside the dose '3 × 5' read as sets × reps: each card prints its
    ramp-up sets as the compact and full layouts do, 'Ramp-up: 25 kg × 5, 35 kg × 3',
    never a bare '25×5', and the cards still take the sheets they took (PAGES): a
    checklist's wordier column is the wider one, which makes the room."""
    program = _plan(path)[0]
    ramps = 0
    for one, text in _card_texts(path, size):
        for item, exercise in _exercises(path, one.session):
            if line := ramp_line(item, exercise, program):
                assert _squeezed(line) in text, (one.session.name, line)
                ramps += 1
        assert "Rampkg" not in text
    assert ramps > 20 or path != SAMPLE_PLAN  # the 4-week template ramps none
    assert len(PdfReader(BytesIO(_pdf(path, size))).pages) == PAGES[path.name.split(".")[0], size]


def _lines(words: tuple[int, ...]) -> Callable[[float], list[float]]:
    """Checklist items of `words` points of text each, as tall as the lines they take."""
    return lambda width: [11.0 * math.ceil(w / (width - 24)) for w in words]


def test_a_checklists_wordier_column_is_the_wider_when_that_is_shorter() -> None:
    """A warm-up of two short items and three wordy ones: equal halves are 7 lines tall
    (two items | three), the three in a wider column 6; items alike keep equal halves."""
    heights = _lines((300, 250, 500, 480, 440))
    spans = checklist_columns(500, 5, heights, DETAILS[1])
    assert [span for span, _ in spans] == [(0, 2), (2, 5)]
    assert spans[0][1] < spans[1][1]
    assert max(sum(heights(w)[i:j]) for (i, j), w in spans) == 66.0  # equal halves: 77
    even = checklist_columns(500, 4, _lines((400,) * 4), DETAILS[1])
    assert even == [((0, 2), 250.0), ((2, 4), 250.0)]


def test_a_card_draws_a_box_for_each_set_only() -> None:
    """A deload week's two sets are two boxes, not three with one greyed out."""
    canvas = MagicMock()
    boxes = SetBoxes("sets", 2, 3 * 37.2 + 6, columns=3)
    boxes.canv = canvas
    boxes.draw()
    assert canvas.rect.call_count == 2
    assert all(call.kwargs.get("fill", 0) == 0 for call in canvas.rect.call_args_list)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name.split(".")[0])
def test_every_template_prints_its_cards_in_order_none_across_the_fold(
    tmp_path: Path, path: Path, size: str
) -> None:
    """A card is half a page when it fits there with all its cautions, else a page: each
    page holds one or two cards, two only either side of the fold, none across it."""
    program = _plan(path)[0]
    sessions = sum(len(week.sessions) for week in program.weeks)
    pages = all_spans(_cards(tmp_path, path, size))
    carded = [index for index, page in enumerate(pages) if _titles(page)]
    assert carded == list(range(len(carded)))
    assert sum(len(_titles(page)) for page in pages) == sessions
    assert -(-sessions // 2) <= len(carded) <= sessions
    # The safety page, the check-in form (and check-ins recorded) follow the cards.
    assert 2 <= len(pages) - len(carded) <= 3
    fold = _fold(size)
    for page in pages[: len(carded)]:
        titles = [s for s in page if s.size == 12 and s.text.startswith("Week ")]
        assert len(titles) in (1, 2)
        assert [s.y > fold for s in titles] == [True, False][: len(titles)]
        if len(titles) == 2:
            crossing = [s.text for s in page if abs(s.y - fold) < HALVES_GAP / 2]
            assert crossing == []


@pytest.mark.parametrize("size", SIZES)
def test_a_week_printed_alone_is_its_cards_with_their_cautions(tmp_path: Path, size: str) -> None:
    program, catalog = _plan(SAMPLE_PLAN)
    out = _cards(tmp_path, SAMPLE_PLAN, size, week=2)
    pages = all_spans(out)
    sessions = program.weeks[2].sessions
    # A card a half or a whole page, and the safety page.
    assert -(-len(sessions) // 2) + 1 <= len(pages) <= len(sessions) + 1
    footers = " ".join(_footer(page) for page in pages[:-1])
    for session in sessions:
        assert session.name in footers
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    squat = catalog.get("back-squat")
    assert squat is not None
    assert all(_squeezed(caution) in _squeezed(text) for caution in squat.cautions)
    assert "Rest 0 s" not in text


def test_a_card_too_long_for_half_a_page_prints_what_fits_a_page() -> None:
    program, catalog = _plan(SAMPLE_PLAN)
    week = program.weeks[0]
    extra = Block(kind="core", items=[Item(exercise="dead-bug", sets=3, reps=8)] * 2)
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
    assert f"{CAUTION_MARK} {bug.cautions[0]}" in text
    assert len(pages) == 3  # the card, the safety page, the check-in form


def test_a_note_prints_as_written_not_as_markup() -> None:
    """A note is plan data: '<b>' and '&' print as typed, and its line breaks are kept."""
    program, catalog = _plan(SAMPLE_PLAN)
    week = program.weeks[0]
    session = week.sessions[0]
    main = session.blocks[1]
    item = main.items[0].model_copy(update={"note": "<b>Bar & plates</b>\nthen <i>rack</i>"})
    blocks = [*session.blocks]
    blocks[1] = main.model_copy(update={"items": [item, *main.items[1:]]})
    weeks = [week.model_copy(update={"sessions": [session.model_copy(update={"blocks": blocks})]})]
    one = program.model_copy(update={"weeks": weeks})
    pdf = render_handout(one, catalog, options=HandoutOptions(layout="cards"))
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert "Note: <b>Bar & plates</b>\nthen <i>rack</i>" in text


def test_a_caution_two_exercises_share_prints_once_for_the_card() -> None:
    """'Stop if pain runs down a leg, ...' on the squat and the deadlift of one card: once,
    under the title, in the catalog's words; each exercise's other cautions on its row."""
    program, catalog = _plan(SAMPLE_PLAN)
    week = program.weeks[0]
    session = week.sessions[0]
    extra = Block(kind="main", items=[Item(exercise="trap-bar-deadlift", sets=3, reps=5)])
    both = session.model_copy(update={"blocks": [*session.blocks, extra]})
    one = program.model_copy(update={"weeks": [week.model_copy(update={"sessions": [both]})]})
    squat, deadlift = catalog.get("back-squat"), catalog.get("trap-bar-deadlift")
    assert squat is not None and deadlift is not None
    shared = set(squat.cautions) & set(deadlift.cautions)
    assert shared
    pdf = render_handout(one, catalog, options=HandoutOptions(layout="cards"))
    text = _squeezed(PdfReader(BytesIO(pdf)).pages[0].extract_text())
    for caution in shared:
        assert text.count(_squeezed(caution)) == 1
        assert _squeezed(f"{SHARED_LEAD} {CAUTION_MARK} {caution}") in text
    for caution in {*squat.cautions, *deadlift.cautions} - shared:
        assert _squeezed(f"{CAUTION_MARK} {caution}") in text


@pytest.mark.parametrize("mark", [CAUTION_MARK, "•"])
def test_a_cautions_mark_or_a_cues_bullet_never_ends_a_line(mark: str) -> None:
    """'!' or '•' alone at a line's end says nothing: it goes over with its first word."""
    from planner_gui.export.fonts import BOLD, ITALIC
    from planner_gui.export.layouts.cards import Piece, run_in
    from planner_gui.export.scripts import width

    render_handout(*_plan(SAMPLE_PLAN))  # the fonts registered
    room = width("Bird-dog", BOLD, 10) + width("   ", "Helvetica", 10) + width(mark, ITALIC, 10) + 2
    pieces = [Piece("Bird-dog", BOLD), Piece(f"{mark} Keep the leg low", ITALIC)]
    lines = run_in(pieces, room + 8)  # room for the mark after the name, not its word
    assert lines[0][1] == "Bird-dog"
    assert lines[1][1].startswith(f"{mark} Keep")
    assert lines[1][4] > 0  # a line of its own
