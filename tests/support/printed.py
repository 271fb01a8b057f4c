"""Whether a user's text is printed literally in a handout: found in the PDF's extracted text.

What is compared, and why (the property tests assert exactly this):

- Only characters the handout can show and pypdf can give back: whitespace (line breaks fall
  anywhere), control and format characters (the handout drops them: they have no glyph),
  and characters missing from any of the embedded fonts (they print as an empty box, which
  pypdf returns as "\\x00") are left out on both sides.
- Characters beyond U+FFFF (most emoji, mathematical letters) print, but reportlab writes
  their entry in the font's ToUnicode map as a bare code point (`<1F600>`) where PDF wants
  UTF-16 (`<D83DDE00>`), so pypdf gives back nothing or "\\x00" for them: they are left out,
  and the text around one is matched as two pieces.
- Right-to-left text: the PDF holds it in logical order, as it was typed, but pypdf reorders
  what it extracts into display order by a heuristic of its own, moving the neutral
  characters (spaces, punctuation, "<", "&") around a right-to-left run. So right-to-left
  characters are left out, and so are the neutral characters after one (and at the start of
  a text, after whatever preceded it) until the next left-to-right letter or digit.
- What remains of the text is cut at every space and every left-out character into pieces,
  and long pieces into chunks of `CHUNK` characters; each chunk must appear in the document's
  text, contiguously, or in two parts at most `GAP` characters apart: the break of a row or a
  page inside a long word, where the page footer and header or the row's other cells come
  between. Markup must therefore appear as typed: `<b>` shows as `<b>`, `&amp;` as `&amp;`.

`Printout.off_page` also finds lines of text that end past the right margin (text that runs
off its column), from the position and font pypdf reports for each line.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner_gui.export.sessions import MAX_CUES

#: pypdf logs a warning for every character whose ToUnicode entry reportlab wrote wrong (see
#: above): noise, since what those characters extract as is accounted for here.
logging.getLogger("pypdf").setLevel(logging.ERROR)

CHUNK = 12
GAP = 400
#: Characters pypdf's extraction treats as neutral (it keeps them in the current direction).
_NEUTRAL = (
    ("\x00", "\x2f"),
    ("\x3a", "\x40"),
    ("\u0660", "\u066d"),
    ("\u06f0", "\u06f9"),
    ("\u2000", "\u206f"),
    ("\u20a0", "\u21ff"),
)
#: Characters pypdf's extraction treats as right-to-left.
_RTL = (("\u0590", "\u08ff"), ("\ufb1d", "\ufdff"), ("\ufe70", "\ufeff"))


@cache
def _glyphs() -> frozenset[int]:
    """Code points every embedded face (regular, bold, oblique) has a glyph for."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD, ITALIC)]
    common = set(faces[0])
    for face in faces[1:]:
        common &= set(face)
    return frozenset(common)


def _in(ranges: tuple[tuple[str, str], ...], char: str) -> bool:
    return any(low <= char <= high for low, high in ranges)


def _is_rtl(char: str) -> bool:
    return _in(_RTL, char) or unicodedata.bidirectional(char) in {"R", "AL", "AN"}


def _shown(char: str) -> bool:
    """A character that prints as itself and comes back from extraction as itself."""
    return (
        char.isprintable()
        and not char.isspace()
        and ord(char) <= 0xFFFF
        and ord(char) in _glyphs()
        and not _is_rtl(char)
    )


def visible(text: str) -> str:
    """The document side: the shown characters of extracted text (right-to-left ones left out)."""
    return "".join(char for char in text if _shown(char))


def pieces(text: str) -> Iterator[str]:
    """The user's side: runs of characters that must appear together (see the module doc)."""
    piece: list[str] = []
    unsure = True  # the direction pypdf is in before this text is not known

    def cut() -> Iterator[str]:
        if piece:
            yield "".join(piece)
            piece.clear()

    for char in text:
        if char.isspace():
            yield from cut()
        elif not char.isprintable():
            continue  # the handout drops it
        elif _is_rtl(char):
            yield from cut()
            unsure = True
        elif ord(char) > 0xFFFF:
            yield from cut()  # extracted as nothing or as "\x00" (see the module doc)
        elif ord(char) not in _glyphs():
            continue  # a box in the PDF, left out on both sides; the direction is unchanged
        elif _in(_NEUTRAL, char):
            if unsure:
                yield from cut()
            else:
                piece.append(char)
        else:
            unsure = False
            piece.append(char)
    yield from cut()


def chunks(text: str) -> Iterator[str]:
    for piece in pieces(text):
        for start in range(0, len(piece), CHUNK):
            yield piece[start : start + CHUNK]


def _found(chunk: str, document: str) -> bool:
    if chunk in document:
        return True
    for cut in range(1, len(chunk)):
        head, tail = chunk[:cut], chunk[cut:]
        start = document.find(head)
        while start >= 0:
            after = start + len(head)
            if tail in document[after : after + GAP + len(tail)]:
                return True
            start = document.find(head, start + 1)
    return False


def missing(text: str, document: str) -> list[str]:
    """The chunks of `text` not found in `document` (a `visible` string); [] when printed."""
    return [chunk for chunk in chunks(text) if not _found(chunk, document)]


def printed_fields(program: Program, catalog: Catalog) -> list[str]:
    """The user texts the handout prints in full: the title and athlete (cover), each week's
    notes, each session's name (its page heading), and for each item its note and, for a
    custom exercise, its name and the cues the handout shows. Check-ins, tempo, cautions and
    equipment are not printed; the week grid and running footers shorten names, so those
    places are not where a text is looked for, though it may be found there too."""
    texts = [program.title, program.athlete]
    custom = {exercise.id for exercise in program.exercises}
    for week in program.weeks:
        texts.append(week.notes)
        for session in week.sessions:
            texts.append(session.name)
            for _, item in session.items():
                texts.append(item.note)
                exercise = catalog.get(item.exercise)
                if exercise is not None and exercise.id in custom:
                    texts += [exercise.name, *exercise.cues[:MAX_CUES]]
    return [text for text in texts if text.strip()]


def _font_of(font: Any) -> str:
    """The registered font a PDF font resource is a subset of (the handout embeds only ours)."""
    base = str(font.get("/BaseFont", "")) if font is not None else ""
    if "Bold" in base:
        return BOLD
    if "Oblique" in base:
        return ITALIC
    return REGULAR


@dataclass(frozen=True)
class Printout:
    """A PDF read back once (pypdf's extraction is the slow part of these tests)."""

    pages: int
    #: The `visible` text of every page, in order.
    document: str
    #: Lines whose end lies past the right margin, for `off_page`.
    line_ends: tuple[tuple[str, float], ...]

    @classmethod
    def of(cls, pdf: bytes) -> Printout:
        register_fonts()
        reader = PdfReader(BytesIO(pdf))
        ends: list[tuple[str, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
            if not text.strip() or cm[1] or cm[2] or tm[1] or tm[2]:
                return  # nothing drawn, or turned (the chart's axis titles)
            scale = cm[0] * tm[0]
            x = cm[0] * tm[4] + cm[4]
            ends.append((text, x + stringWidth(text.rstrip(), _font_of(font), size * scale)))

        text = "".join(page.extract_text(visitor_text=visit) for page in reader.pages)
        return cls(len(reader.pages), visible(text), tuple(ends))

    def unprinted(self, texts: Iterable[str]) -> dict[str, list[str]]:
        """Each of `texts` that is not printed literally, with its chunks not found."""
        result: dict[str, list[str]] = {}
        for text in texts:
            lost = missing(text, self.document)
            if lost:
                result[text] = lost
        return result

    def off_page(self, right: float) -> list[str]:
        """Lines that end past `right` points from the left edge of the page (text running
        off its column: the right margin is at the page width less `styles.MARGIN`)."""
        return [text for text, end in self.line_ends if end > right + 0.5]
