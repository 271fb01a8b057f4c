"""Every line of a wrapped paragraph runs in the paragraph's direction (UAX #9, rules L1-L2).

A line of an Arabic note that begins with Latin text ("RPE 7", "kg 20") still runs right to
left: its Latin words sit at the line's right end, where its reader starts. Running the
algorithm on each line with the line's own first strong letter printed such a line left to
right, and in the compact programme's cells every wrapped line was drawn alone.

The PDF is read back with pypdf: each line's pieces come in the order they are drawn (left to
right), each right-to-left piece already turned back into reading order, so a right-to-left
line reads logically when its pieces are taken from right to left.
"""

from __future__ import annotations

import unicodedata
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export import scripts
from planner_gui.export.fonts import ITALIC, REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.wrap import clamp_lines, wrap_text
from planner_gui.resources import template_paths

#: Short enough to print beside its exercise in the compact programme (at most 6 lines),
#: long enough to wrap there, with Latin text that starts some of its lines (the Hebrew note's
#: Latin stretch is wider than a cell, so a line starts inside it whatever the width).
ARABIC = "ظهرك مستقيما RPE 7 ثم اصعد kg 20 ببطء RPE 8 بقوة"
HEBREW = "שמור על הגב RPE 7 at a slow and steady tempo ישר לאורך התנועה ועצור"
NOTES = {"arabic": ARABIC, "hebrew": HEBREW}
#: Wider than a line of the full layout's notes: a line starts inside it there too.
TEMPO = "at a slow and steady tempo with two seconds down and one second up on every rep of it"
LONG = {"arabic": f"{ARABIC} {TEMPO} وتوقف", "hebrew": f"{HEBREW} {TEMPO} ונוח"}


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _drawn_lines(pdf: bytes) -> list[list[str]]:
    """Each text line of the PDF as the pieces drawn on it, left to right. A line is a text
    origin (pypdf gives every piece drawn from one origin the origin's position)."""
    lines: list[list[str]] = []
    for page in PdfReader(BytesIO(pdf)).pages:
        rows: dict[tuple[float, float], list[str]] = {}

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, rows: Any = rows) -> None:
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                rows.setdefault((round(y, 1), round(x, 1)), []).append(_nfkc(text))

        page.extract_text(visitor_text=visit)
        lines += [rows[key] for key in sorted(rows, key=lambda k: (-k[0], k[1]))]
    return lines


def _reading(pieces: list[str], base: int) -> list[str]:
    """A line's words in reading order: its pieces right to left in a right-to-left line."""
    ordered = reversed(pieces) if base else pieces
    return " ".join(" ".join(ordered).replace(":", " ").split()).split()


def _note_block(pdf: bytes, note: str, base: int) -> list[list[str]]:
    """The first lines holding the note's words, each as its words in reading order (the note's
    words only: a label such as "Note:" and text run in before it are left out)."""
    words = _nfkc(note).split()
    vocabulary = set(words)
    block: list[list[str]] = []
    for pieces in _drawn_lines(pdf):
        reading = _reading(pieces, base)
        # A line of the note's Latin words alone belongs to a block already begun.
        if not any(_rtl(piece) for piece in pieces) and not (block and vocabulary >= set(reading)):
            if block:
                break
            continue
        block.append([w for w in reading if w in vocabulary])
        if sum(len(line) for line in block) >= len(words):
            break
    return block


def _plan(note: str) -> Program:
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("core-glute"))
    program = load_plan(path, catalog)
    for week in program.weeks:
        for session in week.sessions:
            items = session.blocks[1].items  # the main lifts: a row of its own in the programme
            items[0] = items[0].model_copy(update={"note": note})
    return program


# --- the lines wrap_text breaks ---------------------------------------------------------------


def test_a_wrapped_line_keeps_its_paragraphs_direction() -> None:
    register_fonts()
    lines = wrap_text(ARABIC, ITALIC, 10, 100)
    assert len(lines) >= 3
    latin_led = [line for line in lines if line[:1].isascii()]
    assert latin_led, lines
    assert all(scripts.is_right_to_left(line) for line in lines)
    for line in latin_led:
        printed = [str(part) for _, part in scripts.printable(line, ITALIC, 10)]
        assert printed[-1].strip() == line.split(" ")[0] or printed[-1].strip().startswith(
            line.split(" ")[0]
        ), printed  # the Latin word that starts the line is drawn at its right end


def test_a_marked_line_wrapped_again_keeps_the_mark() -> None:
    """A layout may wrap a line it has broken once more (a cell's text block does): the
    paragraph's direction carries over, and a plain copy of the text is told apart from it."""
    register_fonts()
    line = next(line for line in wrap_text(ARABIC, ITALIC, 10, 100) if line[:1].isascii())
    again = wrap_text(line, ITALIC, 10, 500)
    assert again == [line] and scripts.is_right_to_left(again[0])
    assert line != str(line) and hash(line) != hash(str(line))
    assert not scripts.is_right_to_left(str(line))


def test_left_to_right_paragraphs_are_not_marked() -> None:
    register_fonts()
    lines = wrap_text("Coach: " + ARABIC, REGULAR, 10, 100)
    assert all(not scripts.is_right_to_left(line) for line in lines)
    assert all(type(line) is str for line in wrap_text("3 × 8 at 60 kg, slowly", REGULAR, 10, 40))


def test_a_clamped_last_line_keeps_the_direction() -> None:
    register_fonts()
    lines = clamp_lines(ARABIC + " " + ARABIC, ITALIC, 10, 100, 3)
    assert lines[-1].endswith("…") and all(scripts.is_right_to_left(line) for line in lines)


# --- the handout --------------------------------------------------------------------------------


@pytest.mark.parametrize("script", sorted(NOTES))
@pytest.mark.parametrize(
    ("layout", "base"),
    # A card runs the note in after its label ("Note: ..."): a left-to-right paragraph, whose
    # Arabic-led further lines must stay left to right.
    [("compact", 1), ("full", 1), ("cards", 0)],
)
def test_each_line_of_a_wrapped_note_reads_in_the_paragraphs_direction(
    script: str, layout: str, base: int
) -> None:
    note = (LONG if layout == "full" else NOTES)[script]
    pdf = render_handout(_plan(note), bundled_catalog(), options=HandoutOptions(layout=layout))
    block = _note_block(pdf, note, base)
    words = _nfkc(note).split()
    assert len(block) >= 2, block  # the note wraps
    assert [w for line in block for w in line] == words, block
    starts = [line[0] for line in block[1:] if line]
    if base:  # a line starts with Latin text, and still runs right to left
        assert any(start.isascii() for start in starts), block
    else:  # a line starts with a word of the script, and still runs left to right
        assert any(_rtl(start) for start in starts), block


def test_a_right_to_left_paragraph_keeps_its_direction_over_a_frame_break() -> None:
    """A Paragraph split between frames (a note running on to the next page): each part is
    drawn in the whole paragraph's direction. The first part had lost the paragraph's mark
    and was drawn in logical order; the second, starting with "RPE 7", ran left to right."""
    register_fonts()
    words = "ظهرك مستقيما ثم اصعد ببطء بقوة"
    text = f"{words} RPE 7 {words}"
    style = ParagraphStyle(
        "t", fontName=REGULAR, fontSize=10, leading=13, allowWidows=1, allowOrphans=1
    )
    out = BytesIO()
    doc = BaseDocTemplate(out)
    frame = Frame(100, 600, 150, 14, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(frames=[frame])])  # one line a page
    doc.build([Paragraph(scripts.font_tags(text), style)])
    lines = [_reading(pieces, 1) for pieces in _drawn_lines(out.getvalue())]
    assert len(lines) >= 3
    assert [w for line in lines for w in line] == _nfkc(text).split(), lines
    assert any(line[0] == "RPE" for line in lines[1:]), lines
