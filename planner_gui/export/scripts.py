"""Text in any script: which embedded font prints each stretch of a string.

DejaVu Sans (the handout's face) covers Latin, Greek and Cyrillic, but a clinic also types
Arabic, Hebrew, Chinese, Japanese, Korean and emoji. reportlab has no font fallback, so a
string is cut into segments, each printed in the first font whose character map holds its
letters: the fallback fonts shipped in assets/fonts (licences beside them) are registered
only when a handout needs them, so a Latin-only handout costs nothing more.

Arabic and Hebrew segments go through HarfBuzz (reportlab's shaping support, `uharfbuzz`),
word by word: it joins Arabic letters and lays each word's glyphs out right to left. A segment
holds whole phrases (spaces between two stretches of one script stay inside the segment).

Bold Chinese, Japanese and Korean have no bold face to print in (see `embolden`): their
regular outlines are filled and stroked, as text engines draw a missing bold.

Emoji print in Noto Emoji (monochrome outlines, up to Unicode 16: 🦵, 🫶), symbols it lacks in
Symbola. An emoji sequence (👍🏽, 👨‍👩‍👧, 🏋️‍♀️, 🇩🇪) prints as the one glyph HarfBuzz finds
for it in the font's ligatures, through a private-use character whose text in the PDF is the
sequence (`sequences`); one the font has no glyph for prints its emoji without skin tone or
joiner.

The order of words, numbers and fragments on a line is the Unicode Bidirectional Algorithm's
(export.visual_order): text stays in logical order until a line is known, so a paragraph
breaks its lines in reading order, and each line is put in visual order as it is drawn.

reportlab has its own bidi path (`rtlSupport` in reportlab.pdfgen.textobject), but it needs
`rlbidi` (on no package index here) and, in reportlab 5.1, is switched off for a paragraph of
more than one fragment (`bidiSort = False #doBidi` in `Paragraph.breakLines`), which every
paragraph with a fallback font is; the canvas's `drawString(direction=...)` sets one font.
Feeding it python-bidi would leave all our text unordered, so this module reorders the lines
reportlab has broken instead (`draw_para`) and the lines it writes itself (`write`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

import uharfbuzz  # type: ignore[import-untyped]
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedFragWord, TTFont, makeShapedFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph, paragraph
from reportlab.platypus.paraparser import ParaParser

from planner_gui.export import font_unicode, visual_order
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner_gui.export.visual_order import Piece
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
    #: Whether bold text in a family without a bold face is emboldened (see `embolden`).
    embolden: bool = False


#: The characters below U+10000 that are emoji by default (Emoji_Presentation=Yes in Unicode's
#: emoji-data.txt: ⌚, ☕, ⚽, ✅, ⭐, ...): they print in the emoji font. The other symbols of
#: those blocks (⚠, ☐, ✓, arrows) are text by default and keep Symbola's text glyphs, unless
#: an emoji variation selector (U+FE0F) follows them.
EMOJI_PRESENTATION: tuple[tuple[int, int], ...] = (
    (0x231A, 0x231B),
    (0x23E9, 0x23EC),
    (0x23F0, 0x23F0),
    (0x23F3, 0x23F3),
    (0x25FD, 0x25FE),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267F, 0x267F),
    (0x2693, 0x2693),
    (0x26A1, 0x26A1),
    (0x26AA, 0x26AB),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26CE, 0x26CE),
    (0x26D4, 0x26D4),
    (0x26EA, 0x26EA),
    (0x26F2, 0x26F3),
    (0x26F5, 0x26F5),
    (0x26FA, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2705, 0x2705),
    (0x270A, 0x270B),
    (0x2728, 0x2728),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
)
#: Variation selectors: text presentation (U+FE0E), emoji presentation (U+FE0F).
TEXT_STYLE, EMOJI_STYLE = "\ufe0e", "\ufe0f"
#: Characters that complete the emoji before them (a variation selector, the keycap, a skin
#: tone): printed in that emoji's font, so an emoji sequence is one stretch of one font.
_EMOJI_PARTS = frozenset({0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400)})

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
        embolden=True,
    ),
    Fallback(
        "BraceCJK",
        "DroidSansFallbackFull.ttf",
        None,
        ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x2FA1F)),
        False,
        embolden=True,
    ),
    Fallback(
        "BraceEmoji",
        "NotoEmoji-Regular.ttf",
        "NotoEmoji-Bold.ttf",
        ((0x1F000, 0x1FAFF), *EMOJI_PRESENTATION),
        False,
        preferred=True,
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
_EMOJI = _BY_NAME["BraceEmoji"]
_SYMBOLS = _BY_NAME["BraceSymbols"]
_BASE_FACES = frozenset({REGULAR, BOLD, ITALIC})

#: One printed stretch: its text and the registered font that prints it.
Segment = tuple[str, str]


@cache
def _coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    font: Any = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


#: The bold faces drawn from a regular face's outlines, emboldened (see `embolden`).
EMBOLDENED: set[str] = set()


@cache
def _registered(fallback: Fallback, bold: bool) -> str:
    """Register a fallback family on first use; returns the name of its regular or bold face.

    Both faces are registered with `<b>`/`<i>` mappings, so a font tag inside bold markup (a
    heading) prints the bold face. A family with no bold face prints its regular face, or,
    when it is emboldened (Chinese, Japanese, Korean), a bold face of the regular outlines
    that `embolden` strokes as it is drawn; italic text in every family (none ships an
    italic) prints upright.
    """
    regular = fallback.name
    strong = regular
    bold_file = fallback.bold
    if bold_file is not None or fallback.embolden:
        strong = f"{fallback.name}-Bold"
    if bold_file is None and fallback.embolden:
        bold_file = fallback.regular  # the regular outlines, emboldened as they are drawn
        EMBOLDENED.add(strong)
    # Only the scripts that need it are shaped: HarfBuzz's substitutions in the others (an
    # emoji sequence in Symbola) give glyphs reportlab cannot map back, and it raises.
    for name, filename in ((regular, fallback.regular), (strong, bold_file)):
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
    glyphs are not shaped: separate letters, left to right) and emoji and symbols (HarfBuzz's
    emoji substitutions in DejaVu give glyphs reportlab cannot map back, and it raises): the
    first of those fonts listing the letter's range that has it (Noto Emoji, then Symbola,
    which has older symbols Noto Emoji lacks)."""
    for fallback in FALLBACKS:
        if (
            fallback.preferred
            and any(low <= code <= high for low, high in fallback.ranges)
            and code in _font_coverage(fallback)
        ):
            return fallback
    return None


def _emoji_style(code: int, following: str) -> Fallback | None:
    """The font a variation selector after a symbol asks for (UTS #51): the emoji font for
    U+FE0F ("☀️"), Symbola's text glyph for U+FE0E ("⚽︎"); None when there is none or the
    selector asks for nothing."""
    if following == EMOJI_STYLE:
        wanted = _EMOJI
    elif following == TEXT_STYLE:
        wanted = _SYMBOLS
    else:
        return None
    return wanted if code in _coverage(_registered(wanted, bold=False)) else None


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
    for index, char in enumerate(text):
        code = ord(char)
        before = pieces[-1][1] if pieces else None
        if char.isspace():
            owner = None
        elif code in _EMOJI_PARTS and before is not None and code in _font_coverage(before):
            owner = before  # a selector, keycap or skin tone stays with its emoji
        elif code == _JOINER and before in _EMOJI_FONTS and _joins(text, index, before):
            owner = before  # 👨‍👩‍👧: the joiner and the emoji after it stay with the first
        else:
            owner = (
                _emoji_style(code, text[index + 1 : index + 2])
                or _preferred_font(code)
                or (None if code in base else _fallback_for(code))
            )
        pieces.append((char, owner))
    _absorb_neutrals(pieces)
    out: list[Segment] = []
    for char, owner in pieces:
        face = font if owner is None else _registered(owner, bold)
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + char, face)
        else:
            out.append((char, face))
    return tuple((sequences(piece, face), face) for piece, face in out)


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


def _font_coverage(fallback: Fallback) -> frozenset[int]:
    return _coverage(_registered(fallback, bold=False))


def _has_all(owner: Fallback, gap: range, pieces: list[tuple[str, Fallback | None]]) -> bool:
    covered = _coverage(_registered(owner, bold=False))
    return all(ord(pieces[at][0]) in covered for at in gap)


def _neutral(char: str) -> bool:
    return char.isspace() or not (char.isalnum())


_JOINER = 0x200D
_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL = range(0x1F1E6, 0x1F200)
_TAGS = range(0xE0020, 0xE0080)
#: What makes a run of characters one emoji sequence (UTS #51) rather than an emoji with a
#: presentation selector: a skin tone, a joiner, a keycap, a tag, a second regional letter.
_SEQUENCE_PARTS = frozenset({_JOINER, 0x20E3, *_TONES, *_TAGS})
_EMOJI_FONTS = (_EMOJI, _SYMBOLS)
_EMOJI_FACES = frozenset(
    name for fallback in _EMOJI_FONTS for name in (fallback.name, f"{fallback.name}-Bold")
)


def _joins(text: str, index: int, font: Fallback) -> bool:
    """Whether the joiner at `index` joins two emoji `font` prints (👨 U+200D 👩)."""
    after = text[index + 1 : index + 2]
    return bool(after) and ord(after) in _font_coverage(font) and ord(after) > 0x2000


def _emoji_sequences(text: str) -> list[str]:
    """`text` cut into emoji sequences and single characters (UTS #51: an emoji with its
    selectors, skin tone and keycap, emoji joined by U+200D, a flag's two letters)."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        last = out[-1] if out else ""
        if last and (
            code in _EMOJI_PARTS
            or code in _TAGS
            or code == _JOINER
            or ord(last[-1]) == _JOINER
            or (code in _REGIONAL and len(last) == 1 and ord(last) in _REGIONAL)
        ):
            out[-1] = last + char
        else:
            out.append(char)
    return out


@cache
def _harfbuzz_font(face: str) -> Any:
    font: Any = pdfmetrics.getFont(face)
    return uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(font.face._ttf_data)))


def _glyphs(sequence: str, face: str) -> list[tuple[int, int]]:
    """The glyphs (id, advance in font units) HarfBuzz gives an emoji sequence in `face`:
    one when the font has a ligature for it (Noto Emoji: families, flags, keycaps; a skin
    tone on the plain emoji, as it is monochrome)."""
    buffer = uharfbuzz.Buffer()
    buffer.add_str(sequence)
    buffer.guess_segment_properties()
    uharfbuzz.shape(_harfbuzz_font(face), buffer, {})
    return [
        (info.codepoint, position.x_advance)
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


@lru_cache(maxsize=4096)
def sequences(text: str, face: str) -> str:
    """A stretch of emoji with each sequence as the font can print it.

    A sequence the font has one glyph for (its GSUB ligature: 👨‍👩‍👧, 🏋️‍♀️, 🇩🇪, 1️⃣, 👍🏽 in
    monochrome Noto Emoji) becomes one private-use character drawing that glyph, whose text
    in the PDF is the whole sequence (`font_unicode.ligature_text`): a reader extracts what
    was typed. reportlab's own shaping would draw the glyph but give it no text, and it is
    not used for emoji (see `_registered`). A sequence the font has no glyph for prints its
    emoji without the skin tones and joiners (no swatch, no empty box).
    """
    if face not in _EMOJI_FACES or not any(
        ord(char) in _SEQUENCE_PARTS or ord(char) in _REGIONAL for char in text
    ):
        return text
    out: list[str] = []
    for sequence in _emoji_sequences(text):
        codes = [ord(char) for char in sequence]
        if len(sequence) == 1 or not any(
            code in _SEQUENCE_PARTS or code in _REGIONAL for code in codes
        ):
            out.append(sequence)
            continue
        glyphs = _glyphs(sequence, face)
        drawn = [gid for gid, advance in glyphs if advance > 0]
        if len(drawn) == 1:
            out.append(_private(face, sequence))
        else:
            out.append(
                "".join(
                    c
                    for c, code in zip(sequence, codes, strict=True)
                    if not (code in _TONES or code == _JOINER)
                )
            )
    return "".join(out)


#: The private-use character of each emoji sequence drawn as one glyph: one code in every
#: emoji face, as a paragraph's markup is written with the regular face's segments and a
#: `<b>` may print it in the bold one.
_SEQUENCE_CODES: dict[str, int] = {}


def _private(face_name: str, sequence: str) -> str:
    """The private-use character that draws `sequence` as one glyph in the emoji faces (the
    face's ligature; in a face without one, the sequence's first emoji), whose text in the
    PDF is `sequence`."""
    code = _SEQUENCE_CODES.get(sequence)
    if code is None:
        faces = [pdfmetrics.getFont(name).face for name in _EMOJI_FACES if _is_registered(name)]
        code = 0xF0000 + len(_SEQUENCE_CODES)  # Supplementary Private Use Area-A
        while any(code in face.charToGlyph for face in faces):
            code += 1
        _SEQUENCE_CODES[sequence] = code
    for name in _EMOJI_FACES:
        if not _is_registered(name):
            continue
        face: Any = pdfmetrics.getFont(name).face
        if code in face.charToGlyph:
            continue
        glyphs = _glyphs(sequence, name)
        drawn = [gid for gid, advance in glyphs if advance > 0] or [0]
        face.charToGlyph[code] = drawn[0]
        face.glyphToChar.setdefault(drawn[0], []).append(code)
        face.charWidths[code] = face._pdfScale(sum(advance for _, advance in glyphs))
        font_name = (face.name + face.subfontNameX).decode("latin-1")
        font_unicode.LIGATURES.setdefault(font_name, {})[code] = sequence
    return chr(code)


def typed(text: str) -> str:
    """`text` from `segments` as it was typed: each emoji sequence's private-use character
    back to its sequence (what a reader extracts from the PDF)."""
    if not any(ord(char) >= 0xF0000 for char in text):
        return text
    sequences_of = {chr(code): sequence for sequence, code in _SEQUENCE_CODES.items()}
    return "".join(sequences_of.get(char, char) for char in text)


def _is_registered(name: str) -> bool:
    return name in pdfmetrics.getRegisteredFontNames()


def needs_shaping(font: str) -> bool:
    """Whether a segment's font prints a script HarfBuzz must shape."""
    fallback = _BY_NAME.get(font.removesuffix("-Bold"))
    return fallback is not None and fallback.shaped


#: What reportlab's shaping raises on glyphs it cannot map back to a character: a HarfBuzz
#: substitution (a ligature, a mark, a variation selector) in a font whose glyph table
#: reportlab has not prepared (AttributeError 'hbAddPrivate'), a glyph it has no width for
#: (KeyError), or its private-use codes for such glyphs running out (AssertionError).
_SHAPING_ERRORS = (AttributeError, KeyError, IndexError, AssertionError, ValueError)
_shape_frag_word: Callable[..., Any] = paragraph.shapeFragWord
#: HarfBuzz features: kerning and the ligatures a script needs. reportlab also asks for
#: discretionary ligatures (dlig), which no text engine uses unasked: Noto Sans Hebrew then
#: prints the vav and yod of "שניות" as the Yiddish ligature "ױ".
FEATURES = {"kern": True, "liga": True}


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
            shaped = _shape_frag_word(alone, features=FEATURES)
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
    paragraph of one style, which made a Latin handout's export about 40 % slower.

    Such a paragraph is marked for `draw_para`, which puts its lines in visual order; the
    lines themselves are broken in logical order, as the text was typed."""
    style = self.style
    # Breaking a shaped paragraph replaces its frags by words that name no font: wrapped
    # again (measured before a frame lays it out), it keeps the mark its first breaking found
    # (it lost it, and its lines were drawn in logical order).
    rtl = getattr(self, "_brace_rtl", False) or any(
        needs_shaping(str(getattr(frag, "fontName", ""))) for frag in self.frags
    )
    self._brace_rtl = rtl
    if rtl and not getattr(style, "shaping", 0):
        self.style = _shaping_style(style)
    return _break_lines(self, width)


_WORDS = re.compile(r"[^ ]+| +")


def _line_pieces(frags: Sequence[Any]) -> tuple[list[Piece], list[int]]:
    """A broken line's fragments as pieces for the algorithm, and the fragment of each piece.

    A word shaped right to left (its glyphs already in visual order) is one whole piece;
    other text is reordered letter by letter; an image or a line-break marker is an object."""
    pieces: list[Piece] = []
    owners: list[int] = []
    for number, frag in enumerate(frags):
        text = getattr(frag, "text", "")
        if hasattr(frag, "cbDefn") or not isinstance(text, str) or not text:
            pieces.append(Piece(visual_order.OBJECT, whole=True))
            owners.append(number)
        elif hasattr(text, "__shapeData__"):
            for match in _WORDS.finditer(text):
                start, end = match.span()
                word = text[start:end]
                blank = word.startswith(" ")
                pieces.append(Piece(str(word) if blank else word, whole=not blank))
                owners.append(number)
        else:
            pieces.append(Piece(str(text)))
            owners.append(number)
    return pieces, owners


def _visual_frags(frags: Sequence[Any], base: int) -> list[Any]:
    """One line's fragments in visual order: a fragment is cut where its direction changes
    and the pieces of a run of one fragment are joined again."""
    pieces, owners = _line_pieces(frags)
    out: list[Any] = []
    texts: list[Any] = []
    current = -1
    for chunk in visual_order.reorder(pieces, base):
        owner = owners[chunk.piece]
        if owner != current and texts:
            out.append(_with_text(frags[current], texts))
            texts = []
        current = owner
        texts.append(chunk.text)
    if texts:
        out.append(_with_text(frags[current], texts))
    return out


def _with_text(frag: Any, texts: list[Any]) -> Any:
    if hasattr(frag, "cbDefn") or not getattr(frag, "text", ""):
        return frag
    return frag.clone(text=visual_order.join(texts))


@lru_cache(maxsize=256)
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


_draw_para: Callable[[Paragraph, int], Any] = Paragraph.drawPara


def draw_para(self: Paragraph, debug: int = 0) -> Any:
    """reportlab's `Paragraph.drawPara`, drawing each line of a paragraph that holds Arabic or
    Hebrew in visual order (UAX #9 per line), and a left-aligned paragraph whose base
    direction is right to left (its first letter with a direction is Arabic or Hebrew) aligned
    right, where a reader of those scripts starts each line.

    The broken lines are swapped for reordered copies only while drawing: `split` (a
    paragraph running on to the next frame or page) keeps cutting the logical lines."""
    blpara = getattr(self, "blPara", None)
    if not getattr(self, "_brace_rtl", False) or blpara is None or blpara.kind != 1:
        return _draw_para(self, debug)
    lines = blpara.lines
    base = _paragraph_base(self, lines)
    style = self.style
    try:
        self.blPara = blpara.clone(
            lines=[line.clone(words=_visual_frags(line.words, base)) for line in lines]
        )
        if base == 1 and style.alignment == TA_LEFT:
            self.style = _right_aligned(style)
        return _draw_para(self, debug)
    finally:
        self.blPara = blpara
        self.style = style


def _paragraph_base(para: Paragraph, lines: Sequence[Any]) -> int:
    """The base direction of a paragraph from its broken lines' text (the one `split` gave a
    part, when it is the rest of a paragraph)."""
    base = getattr(para, "_brace_base", None)
    if base is None:
        pieces = [_line_pieces(line.words)[0] for line in lines]
        base = visual_order.base_level(
            "".join(visual_order.stand_in(piece) for line in pieces for piece in line)
        )
    return int(base)


_split: Callable[[Paragraph, float, float], list[Any]] = Paragraph.split


def split(self: Paragraph, avail_width: float, avail_height: float) -> list[Any]:
    """reportlab's `Paragraph.split`, the parts of a right-to-left paragraph keeping its base
    direction: a note running on to the next page may go on with a Latin word ("RPE 7"), and
    that part alone would be drawn left to right."""
    parts = _split(self, avail_width, avail_height)
    blpara = getattr(self, "blPara", None)
    rtl = getattr(self, "_brace_rtl", False)
    if len(parts) > 1 and rtl and blpara is not None and blpara.kind == 1:
        base = _paragraph_base(self, blpara.lines)
        for part in parts:
            part._brace_rtl, part._brace_base = True, base
    return parts


# Every Paragraph of the process parses, breaks and draws its lines through the fixed versions
# (paragraph.py calls them by these module-level names, the parser and the paragraph by their
# methods), and every text object writes shaped text through `format_text`.
paragraph.shapeFragWord = shape_frag_word
paragraph._splitFragWord = split_frag_word
ParaParser.start_font = start_font
Paragraph.breakLines = break_lines
Paragraph.drawPara = draw_para
Paragraph.split = split

_format_text = PDFTextObject._formatText


def format_text(self: PDFTextObject, text: str) -> Any:
    """reportlab's `PDFTextObject._formatText`, safe for shaped text whose first glyph sits
    off the baseline (an Arabic mark such as U+0670 drawn first, in visual order).

    reportlab starts such text by amending the operator before it with the glyph's rise, and
    when the font subset is already selected there is none: IndexError, and no handout (found
    by `make fuzz`: a title ending "ءًّٰ" broken onto a line of its own). Forgetting the
    current subset makes it select the subset first, one redundant operator."""
    shape = getattr(text, "__shapeData__", None)
    if shape and shape[0].y_offset:
        self._curSubset = -1
    return _format_text(self, text)


PDFTextObject._formatText = format_text


#: The stroke drawn round an emboldened glyph, as a share of the font size: each stem grows
#: by this much (half on either side), about what a bold face adds to Droid Sans Fallback's
#: and Nanum Gothic's stems.
EMBOLDEN_STROKE = 0.03


def embolden(text_object: PDFTextObject) -> None:
    """Switch synthetic bold on or off for the font `text_object` has just been set to.

    No bold face of Droid Sans Fallback exists, and the bold CJK faces reportlab could embed
    are 10 MB or more each (Noto Sans CJK's are CFF outlines, which it cannot embed at all),
    so bold Chinese, Japanese and Korean are drawn as text engines draw a missing bold: the
    regular outlines filled and stroked in the text colour (text render mode 2, round joins,
    a stroke of EMBOLDEN_STROKE of the size). The glyphs and their text stay as they are: a
    reader extracts the same characters. Leaving the face, or the text object (`get_code`),
    puts the canvas's line width, join and stroke colour back.
    """
    state: tuple[float, Any] | None = getattr(text_object, "_brace_bold", None)
    wanted = text_object._fontname in EMBOLDENED
    if wanted:
        colour = getattr(text_object, "_fillColorObj", None) or text_object._canvas._fillColorObj
        stroke = round(float(text_object._fontsize) * EMBOLDEN_STROKE, 3)
        if state is None:
            text_object.setTextRenderMode(2)
            text_object._code.append("1 j")
        if state is None or state[0] != stroke:
            text_object._code.append(f"{stroke} w")
        if state is None or state[1] != colour:
            text_object.setStrokeColor(colour)
        text_object._brace_bold = (stroke, colour)
    elif state is not None:
        _unembolden(text_object)


def _unembolden(text_object: PDFTextObject) -> None:
    canvas = text_object._canvas
    text_object.setTextRenderMode(0)
    text_object._code.append(f"{canvas._lineWidth} w {canvas._lineJoin} j")
    text_object.setStrokeColor(canvas._strokeColorObj)
    text_object._brace_bold = None


_set_font: Callable[..., Any] = PDFTextObject._setFont
_set_font_leading: Callable[..., Any] = PDFTextObject.setFont
_set_fill_color: Callable[..., Any] = PDFTextObject.setFillColor
_get_code: Callable[[PDFTextObject], str] = PDFTextObject.getCode


def set_font(self: PDFTextObject, name: str, size: float) -> None:
    """reportlab's `PDFTextObject._setFont` (paragraphs switch fonts with it), emboldening."""
    _set_font(self, name, size)
    embolden(self)


def set_font_leading(self: PDFTextObject, name: str, size: float, leading: Any = None) -> None:
    """reportlab's `PDFTextObject.setFont`, emboldening."""
    _set_font_leading(self, name, size, leading)
    embolden(self)


def set_fill_color(self: PDFTextObject, colour: Any, alpha: Any = None) -> None:
    """reportlab's `PDFTextObject.setFillColor`: an emboldened glyph's stroke follows it."""
    _set_fill_color(self, colour, alpha)
    if getattr(self, "_brace_bold", None) is not None:
        embolden(self)


def get_code(self: PDFTextObject) -> str:
    """reportlab's `PDFTextObject.getCode`, ending synthetic bold before the text ends."""
    if getattr(self, "_brace_bold", None) is not None:
        _unembolden(self)
    return _get_code(self)


PDFTextObject._setFont = set_font
PDFTextObject.setFont = set_font_leading
PDFTextObject.setFillColor = set_fill_color
PDFTextObject.getCode = get_code


def _shaped(word: str, font: str, size: float) -> Any:
    """`word` shaped in `font` (a ShapedStr: glyphs in visual order), or as it is when
    HarfBuzz's glyphs cannot be placed (see `shape_frag_word`)."""
    try:
        word_frag = [stringWidth(word, font, size), (ABag(fontName=font, fontSize=size), word)]
        return _shape_frag_word(word_frag, features=FEATURES)[1][1]
    except _SHAPING_ERRORS:
        return word


def _pieces(text: str, font: str, size: float) -> tuple[list[Piece], list[str]]:
    """A line of plain text as pieces for the algorithm, with the font of each: in a
    right-to-left script, each word shaped on its own."""
    pieces: list[Piece] = []
    faces: list[str] = []
    for segment, face in segments(text, font):
        if not needs_shaping(face):
            pieces.append(Piece(segment))
            faces.append(face)
            continue
        for match in _WORDS.finditer(segment):
            word = match.group()
            shaped = word if word.startswith(" ") else _shaped(word, face, size)
            pieces.append(Piece(shaped, whole=hasattr(shaped, "__shapeData__")))
            faces.append(face)
    return pieces, faces


def printable(text: str, font: str, size: float) -> list[tuple[str, Any]]:
    """A line as the text object takes it: (font, text) runs left to right, in visual order
    (a run in a right-to-left script holds shaped words: joined letters)."""
    pieces, faces = _pieces(text, font, size)
    base = text.base if isinstance(text, Directed) else None
    if (
        not base
        and not any(piece.whole for piece in pieces)
        and not visual_order.needs_reordering(text)
    ):
        return [(face, piece.text) for face, piece in zip(faces, pieces, strict=True)]
    if base is None:
        base = visual_order.base_level(text)
    out: list[tuple[str, list[Any]]] = []
    for chunk in visual_order.reorder(pieces, base):
        face = faces[chunk.piece]
        if out and out[-1][0] == face:
            out[-1][1].append(chunk.text)
        else:
            out.append((face, [chunk.text]))
    return [(face, visual_order.join(texts)) for face, texts in out]


def width(text: str, font: str, size: float) -> float:
    """Printed width of `text` set in `font`, each segment measured in the font that prints it."""
    if text.isascii():
        return float(stringWidth(text, font, size))
    return sum(_segment_width(piece, face, size) for piece, face in segments(text, font))


def _segment_width(text: str, font: str, size: float) -> float:
    if not needs_shaping(font):
        return float(stringWidth(text, font, size))
    total = 0.0
    for match in _WORDS.finditer(text):
        piece = match.group()
        shaped = piece if piece.startswith(" ") else _shaped(piece, font, size)
        data = getattr(shaped, "__shapeData__", None)
        if data is None:
            total += stringWidth(shaped, font, size)
        else:
            total += sum(glyph.x_advance for glyph in data) * size / 1000
    return float(total)


class Directed(str):
    """A line of a paragraph that knows the paragraph's base direction (`base`: 0 left to
    right, 1 right to left).

    UAX #9 orders every line of a paragraph in the paragraph's direction, which a line alone
    may not show: the second line of an Arabic note can start with a Latin word ("RPE 7"),
    and on its own it would run left to right. `wrap.wrap_text` marks the lines it breaks with
    it (`directed`), so every layout that draws wrapped lines (table cells, notes, cards)
    keeps the paragraph's direction; `write` reads it, `is_right_to_left` aligns by it.

    A marked line equals a plain string only when that string has the same direction on its
    own, so a cache keyed by the text (a laid-out run, `segments`) keeps the two apart.
    """

    base: int
    _own: int

    def __new__(cls, text: str, base: int) -> Directed:
        self = super().__new__(cls, text)
        self.base = base
        self._own = _own_base(text)
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, str) or not str.__eq__(self, other):
            return False
        return _direction(other) == self.base

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        if self.base == self._own:
            return str.__hash__(self)
        return hash((str(self), self.base))

    def __reduce__(self) -> Any:
        return (Directed, (str(self), self.base))


def _own_base(text: str) -> int:
    return 0 if text.isascii() else visual_order.base_level(text)


def _direction(text: str) -> int:
    """The base direction a line is drawn in: its mark's, or its own first strong letter's."""
    return text.base if isinstance(text, Directed) else _own_base(text)


def directed(text: str, paragraph: str) -> str:
    """`text`, a line of `paragraph`, marked with the paragraph's direction when it is not the
    line's own (a `Directed` paragraph, itself a line of a longer one, passes its mark on)."""
    base = _direction(paragraph)
    if base == _own_base(text):
        return text
    return Directed(text, base)


def is_right_to_left(paragraph: str) -> bool:
    """Whether a paragraph's base direction is right to left (its first letter with a
    direction is Arabic or Hebrew, or it is a `Directed` line of such a paragraph): such a
    paragraph is aligned right, where its reader starts each line (see `draw_para`)."""
    return _direction(paragraph) == 1


def write(
    text_out: Callable[[Any], None],
    set_font: Callable[[str, float], None],
    text: str,
    font: str,
    size: float,
    current: Sequence[Any] = (),
) -> str:
    """Put one line of `text` out in visual order, switching fonts as needed; returns the last
    font set. The line's own first strong letter gives its direction unless it is `Directed`.

    `current` is the font the text object has now (so an unchanged font is not set again).
    """
    last = current[0] if current else None
    for face, part in printable(text, font, size):
        if face != last:
            set_font(face, size)
            last = face
        try:
            text_out(part)
        except IndexError:
            # reportlab's text object cannot start a string with a raised glyph (a shaped
            # mark's y offset: setRise reads the code it has just emptied): print the
            # text unshaped rather than fail the export. The failed attempt may have
            # noted a font subset as selected without writing it: forget it.
            owner = getattr(text_out, "__self__", None)
            if owner is not None and hasattr(owner, "_curSubset"):
                owner._curSubset = -1
            text_out(str(part))
    return last or font


def font_tags(text: str) -> str:
    """Paragraph markup for plain `text`: escaped, with a font tag around each fallback stretch
    (tags never split an entity, as each segment is escaped on its own). The text stays in
    logical order: `draw_para` orders each broken line."""
    parts = []
    for piece, face in segments(text, REGULAR):
        escaped = escape(piece, _ENTITIES).replace("\n", "<br/>")
        family = face.removesuffix("-Bold")
        parts.append(escaped if face == REGULAR else f'<font name="{family}">{escaped}</font>')
    return "".join(parts)


def draw_string(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, *, right: bool = False
) -> None:
    """`canvas.drawString` (or `drawRightString` with `right`) with fallback fonts, shaping and
    visual order.

    Text the base font prints alone is drawn by the canvas itself, as before fallbacks."""
    if segments(text, font) == ((text, font),) and not visual_order.needs_reordering(text):
        canvas.setFont(font, size)
        (canvas.drawRightString if right else canvas.drawString)(x, y, text)
        return
    if right:
        x -= width(text, font, size)
    text_object = canvas.beginText(x, y)
    write(text_object.textOut, text_object.setFont, text, font, size)
    canvas.drawText(text_object)
