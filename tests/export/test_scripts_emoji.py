"""Emoji sequences print as one emoji: Noto Emoji's ligature glyph when it has one (a family
joined with U+200D, a gendered weightlifter, a flag, a keycap, a skin tone on its emoji),
else the emoji without its skin tone or joiner: never a skin-tone swatch or an empty box.
The PDF gives the sequence back as it was typed (its ToUnicode CMap, read with pypdf)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.export import scripts
from planner_gui.export.fonts import BOLD, REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.text import esc, plain
from planner_gui.resources import template_paths

ZWJ = "\u200d"
#: Sequences Noto Emoji has one glyph for.
LIGATED = {
    "skin tone": "👍🏽",
    "family": f"👨{ZWJ}👩{ZWJ}👧",
    "weightlifter": f"🏋\ufe0f{ZWJ}♀\ufe0f",
    "rainbow flag": f"🏳\ufe0f{ZWJ}🌈",
    "flag": "🇩🇪",
    "keycap": "1\ufe0f\u20e3",
}
TONES = [chr(code) for code in range(0x1F3FB, 0x1F400)]


def _pdf(markup: str) -> PdfReader:
    register_fonts()
    out = BytesIO()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=12, leading=16)
    SimpleDocTemplate(out).build([Paragraph(markup, style)])
    return PdfReader(out)


def _cmap_texts(reader: PdfReader) -> list[str]:
    """The text each glyph of each embedded emoji font subset stands for."""
    texts: list[str] = []
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            if "NotoEmoji" not in str(font["/BaseFont"]) or "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            body = cmap.split("beginbfchar")[1].split("endbfchar")[0]
            for line in body.strip().splitlines():
                destination = line.split("<")[2].rstrip("> ")
                texts.append(bytes.fromhex(destination).decode("utf-16-be"))
    return texts


def _emoji_glyphs(segments: tuple[tuple[str, str], ...]) -> int:
    return sum(len(piece) for piece, font in segments if font.startswith("BraceEmoji"))


@pytest.mark.parametrize("name", sorted(LIGATED))
@pytest.mark.parametrize("face", [REGULAR, BOLD])
def test_a_sequence_the_font_ligates_prints_one_glyph_and_reads_back(name: str, face: str) -> None:
    sequence = LIGATED[name]
    register_fonts()
    segments = scripts.segments(f"Go {sequence} now", face)
    assert _emoji_glyphs(segments) == 1, segments
    markup = esc(f"Go {sequence} now")
    reader = _pdf(f"<b>{markup}</b>" if face == BOLD else markup)
    assert reader.pages[0].extract_text().strip() == f"Go {sequence} now"
    texts = _cmap_texts(reader)
    assert sequence in texts  # one glyph that stands for the whole sequence
    assert not set(texts) & set(TONES)  # and no skin-tone swatch


def test_a_family_in_a_right_to_left_line_stays_in_its_place() -> None:
    """The sequence's one character is a neutral in the bidi algorithm, as an emoji is: a
    right-to-left phrase round it stays one run."""
    family = LIGATED["family"]
    register_fonts()
    pieces = [
        scripts.typed(str(part))
        for _, part in scripts.printable(f"Plan: خطة {family} خطة", REGULAR, 12)
    ]
    assert pieces[0].startswith("Plan")
    assert family in "".join(pieces)
    emoji_at = next(i for i, piece in enumerate(pieces) if family in piece)
    assert 0 < emoji_at < len(pieces) - 1


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("☝🏽 up", "☝ up"),  # Symbola's index finger: it has no toned glyph
        (f"💪{ZWJ}👍", "💪👍"),  # no such sequence: its emoji side by side
    ],
)
def test_a_sequence_without_a_glyph_prints_its_emoji_without_tone_or_joiner(
    typed: str, printed: str
) -> None:
    register_fonts()
    assert "".join(piece for piece, _ in scripts.segments(typed, REGULAR)) == printed


def test_joiners_are_kept_between_emoji_only() -> None:
    """A zero width joiner is a format character (no glyph): dropped from user text, except
    where it joins two emoji into one."""
    assert plain(f"a{ZWJ}b {ZWJ}x") == "ab x"
    assert plain(f"Family {LIGATED['family']}") == f"Family {LIGATED['family']}"
    assert plain(f"👩🏽{ZWJ}💻") == f"👩🏽{ZWJ}💻"


def test_a_sequence_drawn_on_the_canvas_reads_back() -> None:
    register_fonts()
    out = BytesIO()
    canvas = Canvas(out)
    text = f"Week 1 {LIGATED['weightlifter']} {LIGATED['skin tone']}"
    scripts.draw_string(canvas, 72, 700, text, REGULAR, 12)
    canvas.save()
    reader = PdfReader(out)
    assert reader.pages[0].extract_text().strip() == text


def test_sequences_in_an_item_note_read_back_from_the_handout() -> None:
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("core-glute"))
    program = load_plan(path, catalog)
    note = f"Like this {LIGATED['weightlifter']} then rest {LIGATED['skin tone']}"
    program.title = f"Team {LIGATED['family']}"
    items = program.weeks[0].sessions[0].blocks[1].items
    items[0] = items[0].model_copy(update={"note": note})
    for layout in ("compact", "cards"):
        pdf = render_handout(program, catalog, options=HandoutOptions(layout=layout))
        reader = PdfReader(BytesIO(pdf))
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert note in text and program.title in text, layout
        assert "\x00" not in text
        assert not set(_cmap_texts(reader)) & set(TONES)
