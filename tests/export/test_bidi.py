"""Right-to-left text: lines broken in logical order, each put in visual order (UAX #9).

The order on a line is checked against python-bidi's Rust implementation (the unicode-bidi
crate, a second implementation of the algorithm), and the handout is read back with pypdf,
which turns right-to-left runs of letters back into reading order.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from io import BytesIO
from typing import Any

import pytest
from bidi import get_display
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program, blank_program
from planner_gui.export import scripts
from planner_gui.export.fonts import REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.visual_order import Piece, base_level, reorder
from planner_gui.resources import template_paths

ARABIC_NOTE = (
    "حافظ على ظهرك مستقيما أثناء النزول ببطء ثم اصعد بقوة من الكعبين وتوقف إذا شعرت "
    "بألم حاد في أسفل الظهر أو خدر في الساق واسترح دقيقتين بين المجموعات ثم كرر التمرين "
    "ثلاث مرات في الأسبوع"
)
HEBREW_NOTE = (
    "שמור על הגב ישר לאורך כל התנועה ועצור מיד אם מופיע כאב חד בגב התחתון או נימול ברגל "
    "ונוח שתי דקות בין הסטים"
)


def _nfkc(text: str) -> str:
    """Shaped Arabic reads back as presentation forms; NFKC folds them to the letters typed."""
    return unicodedata.normalize("NFKC", text)


def _visual(text: str) -> str:
    """One line of `text` as export.scripts puts it on the page, left to right."""
    register_fonts()
    return _nfkc("".join(str(part) for _, part in scripts.printable(text, REGULAR, 10)))


# --- the order on one line --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Coach: תרגיל גב בבוקר then rest",  # Latin around Hebrew
        "תרגיל גב בבוקר Sam ועוד",  # Latin inside a Hebrew line
        "שמור על הגב 3 x 8 חזרות עם 60 kg",  # numbers and units inside Hebrew
        "تمرين القرفصاء 3 مرات ثم 12 kg",  # numbers inside Arabic
        "Week 3: تمرين القرفصاء ببطء, 2 sets",
        "חזרות 10-12, מנוחה 90 שניות",
        "Zoë: תרגיל גב בבוקר, slowly",  # a comma between the two directions
    ],
)
def test_a_line_is_in_the_order_the_reference_algorithm_gives(text: str) -> None:
    """Shaped Arabic words are laid out by HarfBuzz, the rest by our reordering; the line
    must match python-bidi's Rust implementation (these lines hold no mirrored characters,
    which it does not mirror)."""
    assert _visual(text) == _nfkc(get_display(text))


def test_a_bracket_in_a_right_to_left_run_is_mirrored() -> None:
    """Rule L4: in a right-to-left run, "(" is drawn as ")" so it opens towards its text."""
    chunks = reorder([Piece("שלום (3 sets) עולם")], base=1)
    assert "".join(chunk.text for chunk in chunks) == "םלוע (sets 3) םולש"


def test_an_emoji_keeps_its_skin_tone_and_selector_in_a_right_to_left_run() -> None:
    """Reversing a right-to-left run letter by letter put 🏽 before 💪 (a swatch left of the
    arm) and U+FE0F before its heart; clusters are reversed whole (rule L3)."""
    chunks = reorder([Piece("שלום 💪🏽 ❤\ufe0f עולם")], base=1)
    assert "".join(chunk.text for chunk in chunks) == "םלוע ❤\ufe0f 💪🏽 םולש"


def test_shaped_words_move_whole_and_keep_their_glyph_order() -> None:
    """A shaped word's glyphs are already in visual order: it moves, it is not reversed."""
    pieces = [Piece("Do "), Piece("ABC-shaped", whole=True), Piece(" "), Piece("DEF", whole=True)]
    pieces[1:] = [Piece("םולש", whole=True), Piece(" "), Piece("ךרעב", whole=True)]
    pieces.append(Piece(" now"))
    texts = [chunk.text for chunk in reorder(pieces, base=0)]
    assert texts == ["Do ", "ךרעב", " ", "םולש", " now"]


def test_the_base_direction_is_the_first_strong_letter() -> None:
    assert base_level("Coach: שלום") == 0
    assert base_level("3 שלום Coach") == 1
    assert base_level("123 !") == 0


def test_controls_the_algorithm_drops_are_kept() -> None:
    text = "a\u200db\u202bאב\u202cc"
    printed = "".join(chunk.text for chunk in reorder([Piece(text)], base_level(text)))
    assert sorted(printed) == sorted(text)


def test_a_line_of_a_right_to_left_paragraph_takes_the_paragraph_direction() -> None:
    """The second line of a Hebrew note may start with a Latin word: it still runs right to
    left as a whole (the Latin word at its right end)."""
    line = "Sam עם 60 kg"
    alone = _visual(line)
    in_paragraph = _visual(scripts.Directed(line, 1))
    assert alone == _nfkc(get_display(line, base_dir="L"))
    assert in_paragraph == _nfkc(get_display(line, base_dir="R"))
    assert in_paragraph.endswith("Sam")


# --- paragraphs -------------------------------------------------------------------------------


def _paragraph_pdf(text: str, width: float) -> tuple[Paragraph, PdfReader]:
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=13)
    para = Paragraph(scripts.font_tags(text), style)
    out = BytesIO()
    doc = SimpleDocTemplate(out, leftMargin=20 * mm, rightMargin=210 * mm - 20 * mm - width)
    doc.build([para])
    return para, PdfReader(out)


def _logical_lines(para: Paragraph) -> list[str]:
    """The broken lines' words as reportlab holds them (shaped words read back by NFKC)."""
    lines = []
    for line in para.blPara.lines:
        text = "".join(str(getattr(frag, "text", "")) for frag in line.words)
        lines.append(_nfkc(text))
    return lines


@pytest.mark.parametrize("note", [ARABIC_NOTE, HEBREW_NOTE])
def test_a_wrapped_right_to_left_paragraph_breaks_in_reading_order(note: str) -> None:
    """The first words of the note are on the first line (reversing the phrase before
    breaking it had put its last words there); each line reads back in logical order."""
    para, reader = _paragraph_pdf(note, 70 * mm)
    extracted = [line for line in _nfkc(reader.pages[0].extract_text()).splitlines() if line]
    assert len(extracted) >= 3
    assert " ".join(line.strip() for line in extracted) == _nfkc(note)
    assert _nfkc(note).startswith(extracted[0].strip())
    assert len(_logical_lines(para)) == len(extracted)


def _line_starts(reader: PdfReader) -> list[float]:
    """The x where each text line starts on the first page."""
    starts: dict[float, float] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            y = round(tm[5], 1)
            starts[y] = min(starts.get(y, 1e9), tm[4])  # from the paragraph's left edge

    reader.pages[0].extract_text(visitor_text=visit)
    return [starts[y] for y in sorted(starts, reverse=True)]


def test_a_right_to_left_paragraph_is_aligned_right_and_a_mixed_one_left() -> None:
    """Base direction right to left (the first letter with a direction is Arabic) aligns
    right, where its reader starts each line; a Latin-led paragraph stays left-aligned."""
    width = 70 * mm
    _, rtl = _paragraph_pdf(ARABIC_NOTE, width)
    _, ltr = _paragraph_pdf("Coach: " + ARABIC_NOTE, width)
    starts = _line_starts(rtl)
    assert len(starts) >= 3 and all(x >= 0 for x in starts)
    assert starts[-1] > 20  # the short last line ends at the right margin
    assert all(abs(x) < 1 for x in _line_starts(ltr))


# --- the handout ------------------------------------------------------------------------------


def _plan_with_notes(notes: list[str]) -> Program:
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("core-glute"))
    program = load_plan(path, catalog)
    items = program.weeks[0].sessions[0].blocks[0].items
    for index, note in enumerate(notes):
        items[index] = items[index].model_copy(update={"note": note})
    return program


def _page_lines(pdf: bytes) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    return [line for page in reader.pages for line in _nfkc(page.extract_text()).splitlines()]


@pytest.mark.parametrize("note", [ARABIC_NOTE, HEBREW_NOTE])
def test_a_long_right_to_left_item_note_reads_back_in_order_in_the_full_handout(
    note: str,
) -> None:
    """The full layout prints an item's note whole, wrapped over several lines of its table
    cell: read back top to bottom, the lines give the note as typed."""
    program = _plan_with_notes([note])
    pdf = render_handout(program, bundled_catalog(), options=HandoutOptions(layout="full"))
    lines = _page_lines(pdf)
    words = _nfkc(note).split()
    # A right-to-left note prints its "Note:" label on a line of its own, the note below it.
    label = next(i for i, line in enumerate(lines) if line.strip() == "Note:")
    first = label + 1
    assert lines[first].startswith(words[0]), lines[first]
    text = " ".join(lines[first : first + 8])
    found = " ".join(text.split())
    assert " ".join(words) in found, (found, words)


def test_the_compact_programme_prints_the_note_from_its_first_words() -> None:
    """A long note prints whole under its table ("Note 1 · Exercise: ..."), in reading order."""
    program = _plan_with_notes([ARABIC_NOTE])
    pdf = render_handout(program, bundled_catalog(), options=HandoutOptions(layout="compact"))
    lines = _page_lines(pdf)
    words = _nfkc(ARABIC_NOTE).split()
    first = next(i for i, line in enumerate(lines) if words[0] in line)
    text = " ".join(" ".join(lines[first : first + 6]).split())
    assert " ".join(words[:6]) in text, text


def _lines_by_height(pdf: bytes) -> list[list[str]]:
    """Each page's text lines, top to bottom, grouped by where they are drawn (not by the order
    of the content stream): a line's text is what pypdf reads back from it, in reading order."""
    pages = []
    for page in PdfReader(BytesIO(pdf)).pages:
        rows: dict[float, list[str]] = {}

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, rows: Any = rows) -> None:
            if text.strip():
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                rows.setdefault(round(y, 1), []).append(text.replace("\n", " "))

        page.extract_text(visitor_text=visit)
        pages.append(
            [_nfkc(" ".join("".join(rows[y]).split())) for y in sorted(rows, reverse=True)]
        )
    return pages


@pytest.mark.parametrize("layout", ["compact", "full"])
@pytest.mark.parametrize("note", [ARABIC_NOTE, HEBREW_NOTE], ids=["arabic", "hebrew"])
def test_a_wrapped_note_starts_on_the_top_line_of_its_block(note: str, layout: str) -> None:
    """UAX #9 puts each line in visual order after the paragraph is broken: the note's first
    words are on the highest of its lines and its last word on the lowest. Reordering the
    whole note before breaking it put its last words at the top."""
    program = _plan_with_notes([note])
    pdf = render_handout(program, bundled_catalog(), options=HandoutOptions(layout=layout))
    words = _nfkc(note).split()
    vocabulary = set(words)
    for lines in _lines_by_height(pdf):
        # The note's words on each line, without the label ("Note 1 · Exercise:", "Note:").
        kept = [[w for w in line.replace(":", " ").split() if w in vocabulary] for line in lines]
        block = [" ".join(line) for line in kept if line]
        if block:
            break
    assert len(block) >= 2, block
    assert block[0].startswith(" ".join(words[:3])), block
    assert block[-1].endswith(words[-1]), block
    assert " ".join(block) == " ".join(words), block


def _cover(title: str, athlete: str = "") -> list[str]:
    program = blank_program(date(2026, 1, 5))
    program.title = title
    program.athlete = athlete
    reader = PdfReader(BytesIO(render_handout(program, bundled_catalog())))
    return _nfkc(reader.pages[0].extract_text()).splitlines()


@pytest.mark.parametrize(
    "title",
    [
        "Coach: تمرين القرفصاء ببطء then rest",
        "Zoë Łukasiewicz תרגיל גב בבוקר slowly",
        "תרגיל גב בבוקר ועוד",
    ],
)
def test_mixed_direction_titles_read_back_in_logical_order(title: str) -> None:
    """The cover title (a paragraph) and the running header (drawn on the canvas). pypdf only
    turns runs of right-to-left letters round, so these titles hold no number or punctuation
    between the two directions (the order of those is checked against the reference above)."""
    lines = _cover(title)
    assert sum(_nfkc(title) in line for line in lines) >= 2, lines[:3]


def test_emoji_beyond_the_basic_plane_read_back_from_the_pdf() -> None:
    """Noto Emoji prints 👍 and 💪 (U+1F44D, U+1F4AA); the font's ToUnicode CMap must give
    them as UTF-16 surrogate pairs for a reader to find them (export.font_unicode)."""
    lines = _cover("Knee 👍 and 💪 today", "Sam 👍")
    assert any("Knee 👍 and 💪 today" in line for line in lines), lines[:3]
    assert any("Sam 👍" in line for line in lines), lines[:4]


def test_hebrew_prints_without_discretionary_ligatures() -> None:
    """reportlab asks HarfBuzz for discretionary ligatures, and Noto Sans Hebrew then joined
    the vav and yod of "שניות" into the Yiddish letter "ױ" (U+05F1)."""
    lines = _cover("מנוחה 90 שניות")
    assert any("שניות" in line for line in lines), lines[:3]
    assert not any("\u05f1" in line for line in lines)
