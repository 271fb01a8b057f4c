"""Text in any script prints with glyphs: fallback fonts, shaping and right-to-left order."""

from __future__ import annotations

import unicodedata
from datetime import date
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import blank_program
from planner_gui.export import scripts
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import esc
from planner_gui.resources import template_paths

SAMPLES = {
    "arabic": "تمرين القرفصاء ببطء",
    "hebrew": "תרגיל גב בבוקר",
    "chinese": "慢慢下蹲，保持背部挺直",
    "japanese": "ゆっくりスクワット",
    "korean": "천천히 스쿼트",
    "emoji": "💪🏋😀",
    "latin": "Zoë Łukasiewicz, naïve café",
}


@pytest.mark.parametrize("face", [REGULAR, BOLD, ITALIC])
@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_every_letter_is_printed_by_a_font_that_has_it(script: str, face: str) -> None:
    register_fonts()
    for piece, font in scripts.segments(SAMPLES[script], face):
        glyphs: Any = pdfmetrics.getFont(font).face.charToGlyph
        missing = [ch for ch in piece if not ch.isspace() and ord(ch) not in glyphs]
        assert not missing, (script, font, missing)


def test_plain_ascii_needs_no_fallback_font() -> None:
    assert scripts.segments("3 x 8 @ 60 kg", REGULAR) == (("3 x 8 @ 60 kg", REGULAR),)


def test_a_right_to_left_phrase_stays_one_shaped_segment() -> None:
    pieces = scripts.segments("Coach: " + SAMPLES["arabic"] + " then", REGULAR)
    shaped = [piece for piece, font in pieces if scripts.needs_shaping(font)]
    assert shaped == [SAMPLES["arabic"]]


def test_paragraph_markup_keeps_text_literal_around_font_tags() -> None:
    markup = esc("<b>خطة</b> & 深蹲")
    assert "&lt;b&gt;" in markup and "&amp;" in markup
    assert '<font name="BraceArabic">' in markup and '<font name="BraceCJK">' in markup


def _pdf(title: str, athlete: str) -> PdfReader:
    program = blank_program(date(2026, 1, 5))
    program.title = title
    program.athlete = athlete
    return PdfReader(BytesIO(render_handout(program, bundled_catalog())))


def _fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_each_script_is_embedded_as_a_font_subset() -> None:
    reader = _pdf(" ".join(SAMPLES[s] for s in ("arabic", "hebrew", "chinese")), SAMPLES["korean"])
    fonts = " ".join(_fonts(reader))
    for family in ("NotoSansArabic", "NotoSansHebrew", "DroidSansFallback", "NanumGothic"):
        assert family in fonts


@pytest.mark.parametrize("script", ["arabic", "hebrew", "chinese", "japanese", "korean", "latin"])
def test_text_of_each_script_reads_back_in_logical_order(script: str) -> None:
    """The cover title (a paragraph) and the running header (drawn on the canvas) both read
    back as typed: a right-to-left line is laid out in visual order (first word rightmost,
    export.visual_order), so a reader puts it back in order (shaped Arabic comes back as
    presentation forms, which NFKC folds to the letters typed)."""
    reader = _pdf(SAMPLES[script], "")
    lines = unicodedata.normalize("NFKC", reader.pages[0].extract_text()).splitlines()
    expected = unicodedata.normalize("NFKC", SAMPLES[script])
    assert sum(expected in line for line in lines) >= 2, lines[:3]


def test_emoji_print_in_the_emoji_font_and_text_symbols_in_symbola() -> None:
    reader = _pdf(SAMPLES["emoji"] + " 🦵 ⚠ ✓", "")
    fonts = " ".join(_fonts(reader))
    assert "NotoEmoji-Bold" in fonts and "NotoEmoji-Regular" in fonts  # title, header
    assert "Symbola" in fonts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unicode 11 to 16, which Symbola (Unicode 9) lacks.
        ("🦵🦶🫶🫨", [("🦵🦶🫶🫨", "BraceEmoji")]),
        # A skin tone and a variation selector stay with their emoji.
        ("👍🏽 ❤\ufe0f", [("👍🏽", "BraceEmoji"), (" ", REGULAR), ("❤\ufe0f", "BraceEmoji")]),
        # Emoji by default (Emoji_Presentation) against text by default.
        ("⚽ ⚠", [("⚽", "BraceEmoji"), (" ", REGULAR), ("⚠", "BraceSymbols")]),
        # The selectors ask for the other style.
        (
            "⚠\ufe0f ⚽\ufe0e",
            [("⚠\ufe0f", "BraceEmoji"), (" ", REGULAR), ("⚽\ufe0e", "BraceSymbols")],
        ),
        # A symbol Noto Emoji lacks falls to Symbola (a playing card).
        ("🂡", [("🂡", "BraceSymbols")]),
    ],
)
def test_each_emoji_prints_in_the_font_for_its_style(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Bold text takes Noto Emoji's bold face (Symbola has none); italic the regular one."""
    register_fonts()

    def segments(face: str) -> list[tuple[str, str]]:
        return [(scripts.typed(piece), font) for piece, font in scripts.segments(text, face)]

    assert segments(REGULAR) == expected
    in_bold = {REGULAR: BOLD, "BraceEmoji": "BraceEmoji-Bold", "BraceSymbols": "BraceSymbols"}
    bold = [(piece, in_bold[font]) for piece, font in expected]
    assert segments(BOLD) == bold
    italic = [(piece, ITALIC if font == REGULAR else font) for piece, font in expected]
    assert segments(ITALIC) == italic


EMOJI_TITLE = "Knee 🦵 plan 🫶"
EMOJI_NOTE = "Slow down 🐢, knees out 🦵, breathe 🌬\ufe0f and stop if it hurts 🤕"
EMOJI_SESSION_NOTE = "Go easy 🦶 today ☀\ufe0f ✅"


def _drawn(reader: PdfReader) -> list[tuple[int, str, str]]:
    """(page, text, font) of every string a page draws, its font from the page's resources."""
    out: list[tuple[int, str, str]] = []
    for number, page in enumerate(reader.pages):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, number: int = number) -> None:
            if text.strip() and font is not None:
                out.append((number, text, str(font["/BaseFont"]).split("+")[-1]))

        page.extract_text(visitor_text=visit)
    return out


@pytest.mark.parametrize("layout", ["compact", "full"])
def test_emoji_in_a_plan_print_in_the_emoji_font_and_read_back(layout: str) -> None:
    """🦵 (Unicode 11) printed as an empty box in Symbola. Now every emoji of the title (bold on
    the cover, regular in the running header), an item's note (italic: Noto Emoji has no
    italic, so upright regular) and the session's note is drawn in Noto Emoji's face for its
    weight, reads back from the PDF, and no character prints as the empty box (.notdef, which
    reads back as U+0000)."""
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("core-glute"))
    program = load_plan(path, catalog)
    program.title = EMOJI_TITLE
    session = program.weeks[0].sessions[0]
    session.notes = EMOJI_SESSION_NOTE
    items = session.blocks[0].items
    items[1] = items[1].model_copy(update={"note": EMOJI_NOTE + ". " + "Keep it slow. " * 12})
    reader = PdfReader(
        BytesIO(render_handout(program, catalog, options=HandoutOptions(layout=layout)))
    )
    drawn = _drawn(reader)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "\x00" not in text
    # The compact layout prints no session notes.
    printed = [EMOJI_TITLE, EMOJI_NOTE, *([EMOJI_SESSION_NOTE] if layout == "full" else [])]
    assert all(typed in text for typed in printed), text[:300]
    emoji = {ch for typed in printed for ch in typed if ord(ch) > 0x2600}
    for ch in emoji:
        fonts = {font for _, string, font in drawn if ch in string}
        assert fonts and all(font.startswith("NotoEmoji-") for font in fonts), (ch, fonts)
    title_fonts = {font for page, string, font in drawn if "🫶" in string and page == 0}
    assert title_fonts == {"NotoEmoji-Bold", "NotoEmoji-Regular"}, title_fonts
    assert {font for _, string, font in drawn if "🐢" in string} == {"NotoEmoji-Regular"}
    cover: Any = reader.pages[0]["/Resources"]["/Font"]
    assert {"NotoEmoji-Bold", "NotoEmoji-Regular"} <= {
        str(font.get_object()["/BaseFont"]).split("+")[-1] for font in cover.values()
    }


def test_a_bold_heading_in_arabic_or_hebrew_prints_the_bold_face() -> None:
    reader = _pdf(SAMPLES["arabic"] + " " + SAMPLES["hebrew"], "")  # the cover title is bold
    fonts = " ".join(_fonts(reader))
    assert "NotoSansArabic-Bold" in fonts and "NotoSansHebrew-Bold" in fonts


def test_italic_and_bold_fall_back_to_a_face_the_family_has() -> None:
    """No fallback has an italic face; Korean's bold face is its regular one, emboldened."""
    register_fonts()
    markup = f"<b><i>{esc(SAMPLES['korean'] + SAMPLES['arabic'])}</i></b>"
    paragraph = Paragraph(markup, ParagraphStyle("t", fontName=REGULAR, shaping=1))
    names = {frag.fontName for frag in paragraph.frags}
    assert names - {BOLD} == {"BraceHangul-Bold", "BraceArabic-Bold"}, names


@pytest.mark.parametrize(
    "text",
    [
        "Coach:خطة",  # one word, two fonts: reportlab shaped it all in the first font
        "ﷲ ﷺ ﷲﷺ",  # Arabic ligature code points
        "שָׁלוֹם עֲבוֹדָה",  # Hebrew points
        "e\u0301\u0302\u0303 a\u20dd",  # combining marks in DejaVu
        "👨\u200d👩\u200d👧 ❤\ufe0f ✌\ufe0e 👍🏽 🏳\ufe0f\u200d🌈",  # joiners, selectors, tones
        "سلام\u200d\u200cعليكم\u0651\u064b",  # joiners and harakat
        "W/💪界Wשלום/💪界",
    ],
)
def test_text_shaping_cannot_place_still_prints(text: str) -> None:
    reader = _pdf(text, text)
    assert len(reader.pages) > 0


def test_a_long_word_after_a_full_line_starts_the_next_line() -> None:
    """reportlab put an empty first piece of a too-long word on a full line, which gave the
    line a trailing space drawn past the margin (found by the property tests)."""
    register_fonts()
    style = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)
    fill = "Week 1 Deadlift day two reps Zoe"
    room = pdfmetrics.stringWidth(fill, BOLD, 16) + 1
    paragraph = Paragraph(fill + " " + "W" * 80, style)
    paragraph.wrap(room, 1000)
    first = paragraph.blPara.lines[0]
    assert " ".join(first[1]) == fill


def test_arabic_letters_are_joined_in_paragraphs_and_on_the_canvas() -> None:
    """Shaped Arabic prints contextual forms, which read back as presentation forms (U+FB50
    and up); unshaped letters would read back as the letters typed (U+0600 to U+06FF). The
    cover title is a paragraph, the running header is drawn on the canvas."""
    reader = _pdf(SAMPLES["arabic"], "")
    for page in (0, 1):
        text = reader.pages[page].extract_text()
        forms = [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFEFF]
        assert len(forms) >= len(SAMPLES["arabic"].replace(" ", "")) // 2, text


def test_a_plain_table_cell_prints_other_scripts_in_their_fonts() -> None:
    """The log's exercise column is a plain string cell (export.tables), drawn without
    paragraphs: a Chinese name printed there in DejaVu Sans, as empty boxes."""
    register_fonts()
    out = BytesIO()
    table = FlatTable([[SAMPLES["arabic"] + " " + SAMPLES["chinese"] + "\n3 x 5"]])
    table.setStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9)])
    SimpleDocTemplate(out).build([table])
    fonts = " ".join(_fonts(PdfReader(out)))
    assert "DroidSansFallback" in fonts and "NotoSansArabic" in fonts, fonts


@pytest.mark.parametrize("layout", ["compact", "full", "cards"])
def test_a_marked_arabic_word_in_a_table_cell_prints(layout: str) -> None:
    """'مستقيماً' ends in a tanween mark HarfBuzz raises above the letter; reportlab's text
    object could not start a string with a raised glyph (IndexError in setRise) and the export
    failed. The word now prints (unshaped if it must) in every layout."""
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("core-glute"))
    program = load_plan(path, catalog)
    item = program.weeks[0].sessions[0].blocks[0].items[0]
    program.weeks[0].sessions[0].blocks[0].items[0] = item.model_copy(
        update={"note": "حافظ على ظهرك مستقيماً"}
    )
    pdf = render_handout(program, catalog, options=HandoutOptions(layout=layout))
    assert PdfReader(BytesIO(pdf)).pages


def test_a_paragraph_line_that_starts_with_a_raised_mark_prints() -> None:
    """Found by `make fuzz`: a cover title whose last word ends in harakat and a superscript
    alef ('القرفصاءًّٰ') broke onto a line of its own, drawn right to left from its raised
    mark; reportlab's text object raised IndexError in setRise and there was no handout."""
    title = "<font name='BraceArabic'>تمرين القرفصاء\u064b\u0651\u0670"
    program = blank_program(date(2026, 1, 5)).model_copy(update={"title": title})
    pdf = render_handout(program, bundled_catalog())
    assert PdfReader(BytesIO(pdf)).pages
