"""Whether a user's text is printed literally in a handout: found in the PDF's extracted text.

What is compared, and why (the property tests assert exactly this):

- A text is compared as the handout shows it: its control characters (C0, C1, bidi
  overrides) as visible escapes such as `\\x1b` (`printed_fields`, domain.display_text).
- Only characters the handout can show and pypdf can give back: whitespace (line breaks fall
  anywhere), format characters (the handout drops them: they have no glyph),
  and characters missing from the embedded fonts (they print as an empty box, which pypdf
  returns as "\\x00") are left out on both sides. A character DejaVu Sans lacks counts as
  shown when a fallback font (export.scripts) has it: Chinese, Japanese, Korean, symbols.
- Characters beyond U+FFFF (most emoji, mathematical letters) print and read back as
  themselves (export.font_unicode writes their ToUnicode entries as UTF-16 surrogate pairs).
- Right-to-left text: the PDF holds each line in visual order (UAX #9, export.visual_order),
  and pypdf turns runs of right-to-left letters back round by a heuristic of its own, moving
  the neutral characters (spaces, punctuation, "<", "&") around such a run. So right-to-left
  characters are left out, and so is every character of such a text but its left-to-right
  letters (the algorithm may put a number, a bracket or an emoji beside Arabic in a
  right-to-left run), and the neutral characters after a right-to-left one (and at the
  start of a text, after whatever preceded it) until the next left-to-right letter or digit.
- What remains of the text is cut at every space and every left-out character into pieces,
  and long pieces into chunks of `CHUNK` characters; each chunk must appear in the document's
  text, contiguously, or in two parts at most `GAP` characters apart: the break of a row or a
  page inside a long word, where the page footer and header or the row's other cells come
  between (in a text with right-to-left letters, the two parts in either order). Markup must
  therefore appear as typed: `<b>` shows as `<b>`, `&amp;` as `&amp;`.

`Printout.off_page` also finds strings that end past the right margin (text that runs off its
column), following the PDF's text operators with the widths of its embedded fonts.
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
from reportlab.pdfbase.ttfonts import TTFontFace

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.display_text import display_text
from planner_gui.domain.models import Program
from planner_gui.export import scripts, visual_order
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner_gui.export.sessions import MAX_CUES
from planner_gui.resources import FONTS_DIR

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
    """Code points the handout prints with a glyph in every face (regular, bold, oblique):
    those DejaVu Sans has in that face, and those a fallback font has (export.scripts prints
    a character DejaVu lacks with the fallback that has it, the same font in every face:
    a fallback without a bold face prints bold text regular). Read from the font files, not
    from the registered fonts, whose character maps shaping extends with private-use codes."""
    register_fonts()
    fallback: set[int] = set()
    for font in scripts.FALLBACKS:
        fallback |= set(TTFontFace(str(FONTS_DIR / font.regular)).charToGlyph)
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD, ITALIC)]
    common = set(faces[0]) | fallback
    for face in faces[1:]:
        common &= set(face) | fallback
    return frozenset(common)


def _in(ranges: tuple[tuple[str, str], ...], char: str) -> bool:
    return any(low <= char <= high for low, high in ranges)


def _is_rtl(char: str) -> bool:
    return _in(_RTL, char) or unicodedata.bidirectional(char) in {"R", "AL", "AN"}


def _shown(char: str) -> bool:
    """A character that prints as itself and comes back from extraction as itself."""
    return (
        char.isprintable() and not char.isspace() and ord(char) in _glyphs() and not _is_rtl(char)
    )


def _maybe_right_to_left(text: str) -> list[bool]:
    """For each character of `text`: whether the algorithm may run it right to left (an odd
    level when the paragraph's base direction is left to right or right to left)."""
    if not any(_is_rtl(char) for char in text):
        return [False] * len(text)
    # Some places print format characters (a right-to-left mark) as typed, and the
    # algorithm follows them: only other control characters are taken as gone.
    kept = "".join(
        char if char.isprintable() or unicodedata.category(char) == "Cf" else " " for char in text
    )
    # Levels are resolved line by line (export.visual_order), and a line may end inside a
    # word, so a neutral or a number may resolve otherwise on the page than in the whole
    # text: in a text with right-to-left letters only left-to-right letters are matched.
    odd = [unicodedata.bidirectional(char) != "L" for char in kept]
    for base in (0, 1):
        for index, level in enumerate(visual_order.levels(kept, base)):
            odd[index] = odd[index] or level % 2 == 1
    return odd


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

    odd = _maybe_right_to_left(text)
    for char, right_to_left in zip(text, odd, strict=True):
        if char.isspace():
            yield from cut()
        elif not char.isprintable():
            continue  # the handout drops it
        elif _is_rtl(char) or right_to_left:
            yield from cut()
            unsure = True
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


def _found(chunk: str, document: str, either_order: bool = False) -> bool:
    if chunk in document:
        return True
    for cut in range(1, len(chunk)):
        head, tail = chunk[:cut], chunk[cut:]
        start = document.find(head)
        while start >= 0:
            after = start + len(head)
            if tail in document[after : after + GAP + len(tail)]:
                return True
            if either_order and tail in document[max(start - GAP - len(tail), 0) : start]:
                return True
            start = document.find(head, start + 1)
    return False


def missing(text: str, document: str) -> list[str]:
    """The chunks of `text` not found in `document` (a `visible` string); [] when printed.

    In a text that holds right-to-left letters, the two parts of a word broken between two
    lines may come back in either order: each line is in visual order, so in a right-to-left
    paragraph the head of a left-to-right word ends one line at its left and its tail starts
    the next at its right."""
    either_order = any(_is_rtl(char) for char in text)
    return [chunk for chunk in chunks(text) if not _found(chunk, document, either_order)]


def printed_fields(program: Program, catalog: Catalog) -> list[str]:
    """The user texts the handout prints in full: the title and athlete (cover), each week's
    notes, each session's name (its page heading), and for each item its note and, for a
    custom exercise, its name and the cues the handout shows. Check-ins, cautions and
    equipment are not printed, and a tempo only shortened within the dose; the week grid and
    running footers shorten names, so those places are not where a text is looked for,
    though it may be found there too. Each text is given as the handout shows it, its
    control characters as escapes (`\\x07`, domain.display_text; a note keeps its line
    breaks)."""
    texts = [display_text(program.title), display_text(program.athlete)]
    custom = {exercise.id for exercise in program.exercises}
    for week in program.weeks:
        texts.append(display_text(week.notes, note=True))
        for session in week.sessions:
            texts.append(display_text(session.name))
            for _, item in session.items():
                texts.append(display_text(item.note, note=True))
                exercise = catalog.get(item.exercise)
                if exercise is not None and exercise.id in custom:
                    texts += [
                        display_text(text) for text in (exercise.name, *exercise.cues[:MAX_CUES])
                    ]
    return [text for text in texts if text.strip()]


class _StringEnds:
    """Follows a page's text operators (Tm, Td, T*, Tf, Tj, TJ) to find where each string
    drawn ends, with the widths of the embedded fonts: a PDF viewer's arithmetic."""

    def __init__(self, page: Any, number: int) -> None:
        self.fonts = page.get("/Resources", {}).get("/Font", {})
        self.number = number
        self.ends: list[tuple[int, bytes, float]] = []
        self.widths: dict[int, float] = {}
        self.size = 0.0
        self.leading = 0.0
        self.matrix: tuple[float, ...] = (1, 0, 0, 1, 0, 0)  # Tm
        self.line: tuple[float, ...] = (1, 0, 0, 1, 0, 0)  # Tlm

    def __call__(self, op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        """pypdf's `visitor_operand_before`: called before each operator, with the CTM."""
        if op == b"BT":
            self.matrix = self.line = (1, 0, 0, 1, 0, 0)
        elif op == b"Tf":
            font = self.fonts[args[0]].get_object()
            first = int(font.get("/FirstChar", 0))
            self.widths = {first + i: float(w) for i, w in enumerate(font.get("/Widths", []))}
            self.size = float(args[1])
        elif op == b"TL":
            self.leading = float(args[0])
        elif op == b"Tm":
            self.matrix = self.line = tuple(float(value) for value in args)
        elif op in (b"Td", b"TD"):
            if op == b"TD":
                self.leading = -float(args[1])
            self._move(float(args[0]), float(args[1]))
        elif op == b"T*":
            self._move(0, -self.leading)
        elif op in (b"Tj", b"'", b"TJ"):
            if op == b"'":
                self._move(0, -self.leading)
            start = self.matrix
            parts = args[0] if op == b"TJ" else [args[0]]
            codes = b"".join(_codes(part) for part in parts if not _is_number(part))
            width = sum(
                self._advance(b"", float(part)) if _is_number(part) else self._advance(_codes(part))
                for part in parts
            )
            if not (start[1] or start[2] or cm[1] or cm[2]):  # turned: the chart's axis titles
                self.ends.append(
                    (self.number, codes, cm[0] * (start[4] + start[0] * width) + cm[4])
                )

    def _move(self, tx: float, ty: float) -> None:
        a, b, c, d, e, f = self.line
        self.line = self.matrix = (a, b, c, d, e + tx * a + ty * c, f + tx * b + ty * d)

    def _advance(self, codes: bytes, kerning: float = 0.0) -> float:
        """Width of `codes` (less a TJ kerning) in text space; moves the text matrix past it."""
        width = (sum(self.widths.get(code, 0.0) for code in codes) - kerning) / 1000 * self.size
        a, b, c, d, e, f = self.matrix
        self.matrix = (a, b, c, d, e + width * a, f + width * b)
        return width


def _is_number(operand: Any) -> bool:
    return isinstance(operand, (int, float))


def _codes(operand: Any) -> bytes:
    original = getattr(operand, "original_bytes", None)
    return bytes(original if original is not None else operand)


@dataclass(frozen=True)
class Printout:
    """A PDF read back once (pypdf's extraction is the slow part of these tests)."""

    pages: int
    #: The `visible` text of every page, in order.
    document: str
    #: Where each string drawn ends, from the left edge of its page: (page, codes, x).
    string_ends: tuple[tuple[int, bytes, float], ...]

    @classmethod
    def of(cls, pdf: bytes) -> Printout:
        reader = PdfReader(BytesIO(pdf))
        ends: list[tuple[int, bytes, float]] = []
        texts: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            tracker = _StringEnds(page, number)
            texts.append(page.extract_text(visitor_operand_before=tracker))
            ends += tracker.ends
        return cls(len(reader.pages), visible("".join(texts)), tuple(ends))

    def unprinted(self, texts: Iterable[str]) -> dict[str, list[str]]:
        """Each of `texts` that is not printed literally, with its chunks not found."""
        result: dict[str, list[str]] = {}
        for text in texts:
            lost = missing(text, self.document)
            if lost:
                result[text] = lost
        return result

    def off_page(self, right: float) -> list[str]:
        """The strings drawn past `right` points from the left edge of their page (text
        running off its column: the right margin is at the page width less `styles.MARGIN`),
        as "page N: <the string's codes>"."""
        return [
            f"page {page}: {codes!r}" for page, codes, end in self.string_ends if end > right + 0.5
        ]
