"""Text in any script: which embedded font prints each stretch of a string.

DejaVu Sans (the handout's face) covers Latin, Greek and Cyrillic, but a clinic also types
Arabic, Hebrew, Chinese, Japanese, Korean and emoji. reportlab has no font fallback, so a
string is cut into segments, each printed in the first font whose character map holds its
letters: the fallback fonts shipped in assets/fonts (licences beside them) are registered
only when a handout needs them, so a Latin-only handout costs nothing more.

Arabic and Hebrew segments go through HarfBuzz (reportlab's shaping support, `uharfbuzz`):
it joins Arabic letters and lays a right-to-left stretch out in visual order, so a segment
holds whole phrases (spaces between two stretches of one script stay inside the segment).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedFragWord, TTFont, makeShapedFragWord, shapeStr
from reportlab.platypus import Paragraph, paragraph
from reportlab.platypus.paraparser import ParaParser

from planner_gui.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner_gui.resources import FONTS_DIR


@dataclass(frozen=True)
class Fallback:
    """A font shipped for scripts DejaVu Sans lacks."""

    name: str
    regular: str
    bold: str | None
    #: Code point ranges tried in this font first (others only when no better font has them).
    ranges: tuple[tuple[int, int], ...]
    #: Whether the script needs shaping (joined letters, right-to-left order).
    shaped: bool
    #: Whether this font prints its ranges even where DejaVu Sans has glyphs.
    preferred: bool = False


FALLBACKS: tuple[Fallback, ...] = (
    Fallback(
        "BraceArabic",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        True,
        preferred=True,
    ),
    Fallback(
        "BraceHebrew",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansHebrew-Bold.ttf",
        ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
        True,
        preferred=True,
    ),
    Fallback(
        "BraceHangul",
        "NanumGothic.ttf",
        None,
        ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF)),
        False,
    ),
    Fallback(
        "BraceCJK",
        "DroidSansFallbackFull.ttf",
        None,
        ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F)),
        False,
    ),
    Fallback(
        "BraceSymbols",
        "Symbola_hint.ttf",
        None,
        ((0x2190, 0x2BFF), (0x1F000, 0x1FAFF)),
        False,
        preferred=True,
    ),
)

_ENTITIES = {'"': "&quot;", "'": "&#39;"}
_BY_NAME = {fallback.name: fallback for fallback in FALLBACKS}
_BASE_FACES = frozenset({REGULAR, BOLD, ITALIC})

#: One printed stretch: its text and the registered font that prints it.
Segment = tuple[str, str]


@cache
def _coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    font: Any = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


@cache
def _registered(fallback: Fallback, bold: bool) -> str:
    """Register a fallback family on first use; returns the name of its regular or bold face.

    Both faces are registered with `<b>`/`<i>` mappings, so a font tag inside bold markup (a
    heading) prints the bold face; a family without a bold face, and italic text in every
    family (none ships an italic), print the regular face.
    """
    regular = fallback.name
    strong = f"{fallback.name}-Bold" if fallback.bold is not None else regular
    # Only the scripts that need it are shaped: HarfBuzz's substitutions in the others (an
    # emoji sequence in Symbola) give glyphs reportlab cannot map back, and it raises.
    for name, filename in ((regular, fallback.regular), (strong, fallback.bold)):
        if filename is not None and name not in pdfmetrics.getRegisteredFontNames():
            path = str(FONTS_DIR / filename)
            pdfmetrics.registerFont(TTFont(name, path, shapable=fallback.shaped))
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, strong)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 1, strong)
    return strong if bold else regular


def _preferred_font(code: int) -> Fallback | None:
    """The font that prints a letter even where DejaVu has a glyph: Arabic and Hebrew (DejaVu's
    glyphs are not shaped: separate letters, left to right) and emoji (HarfBuzz's emoji
    substitutions in DejaVu give glyphs reportlab cannot map back, and it raises)."""
    for fallback in FALLBACKS:
        if fallback.preferred and any(low <= code <= high for low, high in fallback.ranges):
            return fallback if code in _coverage(_registered(fallback, bold=False)) else None
    return None


def _fallback_for(code: int) -> Fallback | None:
    """The fallback font for a character the base face lacks (None: no font has it)."""
    preferred = [f for f in FALLBACKS if any(low <= code <= high for low, high in f.ranges)]
    others = [f for f in FALLBACKS if f not in preferred]
    for fallback in preferred + others:
        if code in _coverage(_registered(fallback, bold=False)):
            return fallback
    return None


@lru_cache(maxsize=4096)
def segments(text: str, font: str) -> tuple[Segment, ...]:
    """`text` cut into stretches with the font that prints each.

    `font` is the face the text is set in; characters it lacks go to a fallback (its bold face
    when `font` is bold and one is shipped). Spaces and punctuation between two stretches of
    one fallback stay in that stretch so a right-to-left phrase is shaped as a whole.
    """
    if text.isascii() or font not in _BASE_FACES:
        return ((text, font),)
    register_fonts()
    base = _coverage(font)
    bold = font == BOLD
    pieces: list[tuple[str, Fallback | None]] = []
    for char in text:
        code = ord(char)
        if char.isspace():
            owner = None
        else:
            owner = _preferred_font(code) or (None if code in base else _fallback_for(code))
        pieces.append((char, owner))
    _absorb_neutrals(pieces)
    out: list[Segment] = []
    for char, owner in pieces:
        face = font if owner is None else _registered(owner, bold)
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + char, face)
        else:
            out.append((char, face))
    return tuple(out)


def _absorb_neutrals(pieces: list[tuple[str, Fallback | None]]) -> None:
    """Give spaces and punctuation lying between two stretches of one shaped fallback to it."""
    index = 0
    while index < len(pieces):
        owner = pieces[index][1]
        if owner is None or not owner.shaped:
            index += 1
            continue
        end = index + 1
        while end < len(pieces) and pieces[end][1] is None and _neutral(pieces[end][0]):
            end += 1
        gap = range(index + 1, end)
        if (
            end < len(pieces)
            and pieces[end][1] is owner
            and len(gap) > 0
            and _has_all(owner, gap, pieces)
        ):
            for at in gap:
                pieces[at] = (pieces[at][0], owner)
        index = end


def _has_all(owner: Fallback, gap: range, pieces: list[tuple[str, Fallback | None]]) -> bool:
    covered = _coverage(_registered(owner, bold=False))
    return all(ord(pieces[at][0]) in covered for at in gap)


def _neutral(char: str) -> bool:
    return char.isspace() or not (char.isalnum())


def needs_shaping(font: str) -> bool:
    """Whether a segment's font prints a script HarfBuzz must shape."""
    fallback = _BY_NAME.get(font.removesuffix("-Bold"))
    return fallback is not None and fallback.shaped


#: What reportlab's shaping raises on glyphs it cannot map back to a character: a HarfBuzz
#: substitution (a ligature, a mark, a variation selector) in a font whose glyph table
#: reportlab has not prepared (AttributeError 'hbAddPrivate'), a glyph it has no width for
#: (KeyError), or its private-use codes for such glyphs running out (AssertionError).
_SHAPING_ERRORS = (AttributeError, KeyError, IndexError, AssertionError, ValueError)
_shape_frag_word: Callable[[Any], Any] = paragraph.shapeFragWord


def shape_frag_word(word: Any) -> Any:
    """reportlab's `shapeFragWord` made safe for words set in several fonts.

    reportlab shapes a whole word (the text between two spaces, whatever its fonts) with the
    font of its first fragment and reads the glyphs back in each fragment's own font: a word
    such as "Coach:خطة" prints wrong glyphs, or raises. Here each fragment is shaped on its
    own, only in the fonts that need it (Arabic, Hebrew: Latin text is left as it was, without
    shaping's cost), and a fragment HarfBuzz gives glyphs reportlab cannot place prints
    unshaped (separate letters) rather than failing the export.
    """
    if isinstance(word, ShapedFragWord) or not any(
        needs_shaping(getattr(frag, "fontName", "")) for frag, _ in word[1:]
    ):
        return word
    parts: list[Any] = []
    total = 0.0
    changed = False
    for frag, text in word[1:]:
        font = getattr(frag, "fontName", "")
        if hasattr(frag, "cbDefn") or not text or not needs_shaping(font):
            parts.append((frag, text))
            total += stringWidth(text, font, frag.fontSize) if text else 0.0
            continue
        alone = [stringWidth(text, font, frag.fontSize), (frag, text)]
        try:
            shaped = _shape_frag_word(alone)
        except _SHAPING_ERRORS:
            shaped = alone
        changed = changed or shaped is not alone
        parts += shaped[1:]
        total += shaped[0]
    if not changed:
        return word
    return makeShapedFragWord(word)([total, *parts])


_split_frag_word: Callable[..., list[Any]] = paragraph._splitFragWord


def split_frag_word(word: Any, max_width: float, max_widths: Any, line_number: int) -> list[Any]:
    """reportlab's `_splitFragWord` without an empty first piece.

    A word wider than a line is cut to fill what is left of the current line first; when
    nothing is left (the words before it fill the line), reportlab still puts an empty piece
    there, and the line gains a trailing space drawn past the right margin. Here the word
    starts on the next line instead (its pieces are already cut to that line's width).
    """
    pieces = _split_frag_word(word, max_width, max_widths, line_number)
    if len(pieces) > 1 and not any(text for _, text in pieces[0][1:]):
        return pieces[1:]
    return pieces


_FAMILIES = frozenset(fallback.name.lower() for fallback in FALLBACKS)
_start_font: Callable[[ParaParser, Any], None] = ParaParser.start_font


def start_font(parser: ParaParser, attributes: Any) -> None:
    """reportlab's `<font>` handler, keeping the weight and slant around a fallback's tag.

    A `<font name=...>` tag sets bold and italic from the name (a family name: neither), so
    the font tags `font_tags` puts around a stretch of Arabic in a bold heading printed it
    regular. A fallback's tag keeps the enclosing bold and italic instead; its family's
    mappings (`_registered`) then choose the face.
    """
    outer = parser._stack[-1]
    _start_font(parser, attributes)
    frag = parser._stack[-1]
    if str(getattr(frag, "fontName", "")).lower() in _FAMILIES:
        frag.bold, frag.italic = outer.bold, outer.italic


_break_lines: Callable[[Paragraph, Any], Any] = Paragraph.breakLines


@lru_cache(maxsize=256)
def _shaping_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def break_lines(self: Paragraph, width: Any) -> Any:
    """reportlab's `Paragraph.breakLines`, shaping only a paragraph that holds Arabic or
    Hebrew: shaping takes every word through HarfBuzz and off reportlab's fast path for a
    paragraph of one style, which made a Latin handout's export about 40 % slower."""
    style = self.style
    if not getattr(style, "shaping", 0) and any(
        needs_shaping(str(getattr(frag, "fontName", ""))) for frag in self.frags
    ):
        self.style = _shaping_style(style)
    return _break_lines(self, width)


# Every Paragraph of the process parses and breaks its lines through the fixed versions
# (paragraph.py calls them by these module-level names, the parser by its method).
paragraph.shapeFragWord = shape_frag_word
paragraph._splitFragWord = split_frag_word
ParaParser.start_font = start_font
Paragraph.breakLines = break_lines


def _shaped(word: str, font: str, size: float) -> Any:
    """`word` shaped in `font` (a ShapedStr), or as it is when HarfBuzz's glyphs cannot be
    placed (see `shape_frag_word`)."""
    try:
        return shapeStr(word, font, size)
    except _SHAPING_ERRORS:
        return word


def printable(text: str, font: str, size: float) -> list[Any]:
    """A segment as the text object takes it, in the order it is written (left to right).

    A right-to-left segment is written word by word from its last word, each word shaped
    (a ShapedStr: joined letters, glyphs in visual order); others are written as they are.
    """
    if not needs_shaping(font):
        return [text]
    out: list[Any] = []
    for index, word in enumerate(reversed(text.split(" "))):
        if index:
            out.append(" ")
        if word:
            out.append(_shaped(word, font, size))
    return out


def width(text: str, font: str, size: float) -> float:
    """Printed width of `text` set in `font`, each segment measured in the font that prints it."""
    if text.isascii():
        return float(stringWidth(text, font, size))
    return sum(_segment_width(piece, face, size) for piece, face in segments(text, font))


def _segment_width(text: str, font: str, size: float) -> float:
    if not needs_shaping(font):
        return float(stringWidth(text, font, size))
    total = 0.0
    for piece in printable(text, font, size):
        data = getattr(piece, "__shapeData__", None)
        if data is None:
            total += stringWidth(piece, font, size)
        else:
            total += sum(glyph.x_advance for glyph in data) * size / 1000
    return float(total)


def write(
    text_out: Callable[[Any], None],
    set_font: Callable[[str, float], None],
    text: str,
    font: str,
    size: float,
    current: Sequence[Any] = (),
) -> str:
    """Put `text` out segment by segment, switching fonts as needed; returns the last font set.

    `current` is the font the text object has now (so an unchanged font is not set again).
    """
    last = current[0] if current else None
    for piece, face in segments(text, font):
        if face != last:
            set_font(face, size)
            last = face
        for part in printable(piece, face, size):
            try:
                text_out(part)
            except IndexError:
                # reportlab's text object cannot start a string with a raised glyph (a shaped
                # mark's y offset: setRise reads the code it has just emptied): print the
                # word unshaped rather than fail the export. The failed attempt may have
                # noted a font subset as selected without writing it: forget it.
                owner = getattr(text_out, "__self__", None)
                if owner is not None and hasattr(owner, "_curSubset"):
                    owner._curSubset = -1
                text_out(str(part))
    return last or font


def font_tags(text: str) -> str:
    """Paragraph markup for plain `text`: escaped, with a font tag around each fallback stretch
    (tags never split an entity, as each segment is escaped on its own)."""
    parts = []
    for piece, face in segments(text, REGULAR):
        if needs_shaping(face):
            # reportlab shapes each word but sets words left to right: a right-to-left
            # phrase is given last word first (right for a phrase on one line; a phrase that
            # wraps inside a paragraph keeps this order across its lines).
            piece = " ".join(reversed(piece.split(" ")))
        escaped = escape(piece, _ENTITIES).replace("\n", "<br/>")
        family = face.removesuffix("-Bold")
        parts.append(escaped if face == REGULAR else f'<font name="{family}">{escaped}</font>')
    return "".join(parts)


def draw_string(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> None:
    """`canvas.drawString` (or `drawRightString` with `right`) with fallback fonts and shaping.

    Text the base font prints alone is drawn by the canvas itself, as before fallbacks."""
    if segments(text, font) == ((text, font),):
        canvas.setFont(font, size)
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    if right:
        x -= width(text, font, size)
    text_object = canvas.beginText(x, y)
    write(text_object.textOut, text_object.setFont, text, font, size)
    canvas.drawText(text_object)
