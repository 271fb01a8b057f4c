"""Right-to-left text in visual order: the Unicode Bidirectional Algorithm (UAX #9), per line.

A PDF places glyphs left to right, so a line holding Arabic or Hebrew must be given in visual
order. UAX #9 says how: resolve each character's embedding level over the paragraph's logical
text, break lines in logical order, then reverse runs of each *line* by level (rules L1, L2).
Reversing a whole paragraph before breaking it, or a phrase's words, puts a wrapped phrase's
last words on its first line.

python-bidi does the resolving. Its Rust `get_display` (the full algorithm of the unicode-bidi
crate) only returns a reordered string, which cannot say where each shaped word or font
fragment went; its Python module `bidi.algorithm` runs the same rules on a list of
characters it reorders in place, so a character tagged with its logical index tells where it
went. The base direction comes from the Rust `get_base_level` (rules P2, P3).

A line is given as *pieces*: a piece whose text is already in visual order (a word HarfBuzz
shaped right to left: glyphs, not letters) moves as a whole and stands in the algorithm for one
letter of its script; other pieces are reordered character by character, and a character in a
right-to-left run is mirrored (a parenthesis turns round).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bidi import algorithm as uba  # type: ignore[import-untyped]
from bidi import get_base_level
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]

#: Stand-ins in the algorithm for a shaped piece: an Arabic letter (class AL: numbers after it
#: are Arabic numbers), a Hebrew letter (class R).
_ARABIC_LETTER = "\u0627"
_HEBREW_LETTER = "\u05d0"
#: For a piece that prints no text (an image, a line-break marker): an object, a neutral.
OBJECT = "\ufffc"


@dataclass(frozen=True)
class Piece:
    """A stretch of a line in logical order."""

    text: str
    #: Whether `text` is printed as a whole, already in visual order (a shaped word).
    whole: bool = False


@dataclass(frozen=True)
class Chunk:
    """A stretch of one piece, in visual order."""

    piece: int
    #: The text to print: the whole piece, or a slice of it reversed and mirrored if it runs
    #: right to left.
    text: str


def stand_in(piece: Piece) -> str:
    """The characters that stand for `piece` in the algorithm."""
    if not piece.whole:
        return piece.text
    classes = {unicodedata.bidirectional(char) for char in piece.text}
    if "AL" in classes:
        return _ARABIC_LETTER
    # A glyph HarfBuzz made without a character of its own (a ligature) comes back as a
    # private-use code (class L): in a right-to-left word it stands for its letters.
    if "R" in classes or any(unicodedata.category(char) == "Co" for char in piece.text):
        return _HEBREW_LETTER
    return piece.text[:1] or OBJECT


def base_level(text: str) -> int:
    """0 when `text` is a left-to-right paragraph, 1 when right to left (its first strong
    character, outside isolates; 0 when it has none)."""
    return int(get_base_level(text))


def needs_reordering(text: str) -> bool:
    """Whether anything in `text` can run right to left (a cheap test before the algorithm)."""
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
#: The classes bidi.algorithm knows: it predates the isolates (Unicode 6.3), which it is given
#: as neutrals, and it has no class for an unassigned code point, which UAX #9 makes L.
_KNOWN_CLASSES = frozenset(
    [
        "L",
        "R",
        "AL",
        "EN",
        "ES",
        "ET",
        "AN",
        "CS",
        "NSM",
        "BN",
        "B",
        "S",
        "WS",
        "ON",
        "LRE",
        "LRO",
        "RLE",
        "RLO",
        "PDF",
    ]
)
_FALLBACK_CLASS = {"LRI": "ON", "RLI": "ON", "FSI": "ON", "PDI": "ON"}


def _visual_indices(text: str, base: int) -> list[tuple[int, int]]:
    """(logical index, resolved level) of each character of one line of `text`, left to right.

    Characters the algorithm drops (rule X9: embedding controls, joiners) are put back
    beside the character before them, so no text is lost.
    """
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
        if char["type"] not in _KNOWN_CLASSES:
            char["type"] = char["orig"] = _FALLBACK_CLASS.get(char["type"], "L")
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    order = [(char["index"], char["level"]) for char in storage["chars"]]
    if len(order) < len(text):
        order = _restore_dropped(order, len(text), base)
    return order


def levels(text: str, base: int) -> list[int]:
    """The resolved embedding level of each character of `text` taken as one line (odd: it
    runs right to left)."""
    resolved = [base] * len(text)
    for index, level in _visual_indices(text, base):
        resolved[index] = level
    return resolved


def _restore_dropped(order: list[tuple[int, int]], size: int, base: int) -> list[tuple[int, int]]:
    """`order` with the characters missing from it (rule X9) beside the character before them
    in reading order (to its right in a left-to-right run, to its left in a right-to-left
    one); a missing first character goes to the line's start."""
    present = {index for index, _ in order}
    after: dict[int, list[int]] = {}  # a present character -> the missing ones following it
    leading: list[int] = []
    anchor = -1
    for index in range(size):
        if index in present:
            anchor = index
        elif anchor < 0:
            leading.append(index)
        else:
            after.setdefault(anchor, []).append(index)
    out: list[tuple[int, int]] = []
    for index, level in order:
        followers = [(i, level) for i in after.get(index, ())]
        if level % 2:
            out += [*reversed(followers), (index, level)]
        else:
            out += [(index, level), *followers]
    start = [(i, base) for i in leading]
    return start + out if base == 0 else out + start[::-1]


class _PrivateAsNeutral(dict[int, str]):
    """A private-use character (an emoji sequence drawn as its font's one glyph, see
    export.scripts.sequences) stands in the algorithm for an emoji: a neutral, as the
    sequence it prints (class L would cut a right-to-left phrase round it in two)."""

    def get(self, code: int, default: Any = None) -> Any:
        return OBJECT if unicodedata.category(chr(code)) == "Co" else default


_PRIVATE_AS_NEUTRAL = _PrivateAsNeutral()


def reorder(pieces: Sequence[Piece], base: int) -> list[Chunk]:
    """The pieces of one line in visual order (left to right), cut where their direction
    changes. `base` is the paragraph's level (`base_level` of its whole text, so every line of
    a paragraph takes the paragraph's direction)."""
    owners: list[tuple[int, int]] = []  # (piece, offset) of each stand-in character
    parts: list[str] = []
    for number, piece in enumerate(pieces):
        text = stand_in(piece)
        if not piece.whole and not text.isascii():
            text = "".join(_PRIVATE_AS_NEUTRAL.get(ord(char), char) for char in text)
        parts.append(text)
        owners += [(number, offset) for offset in range(len(text))]
    chunks: list[Chunk] = []
    run: list[int] = []  # offsets of the current run, in visual order
    run_piece = run_level = -1
    for index, level in _visual_indices("".join(parts), base):
        number, offset = owners[index]
        step = -1 if level % 2 else 1
        if number == run_piece and level == run_level and offset == run[-1] + step:
            run.append(offset)
            continue
        if run:
            chunks.append(_chunk(pieces[run_piece], run_piece, run, run_level))
        run, run_piece, run_level = [offset], number, level
    if run:
        chunks.append(_chunk(pieces[run_piece], run_piece, run, run_level))
    return chunks


def _chunk(piece: Piece, number: int, offsets: list[int], level: int) -> Chunk:
    if piece.whole:
        return Chunk(number, piece.text)
    low, high = min(offsets), max(offsets) + 1
    text = piece.text[low:high]
    if level % 2:
        text = "".join(_mirror(cluster[0]) + cluster[1:] for cluster in reversed(_clusters(text)))
    return Chunk(number, text)


#: Emoji skin tones (U+1F3FB to U+1F3FF): they follow their emoji as a mark follows its letter.
_TONES = range(0x1F3FB, 0x1F400)
_JOINER = "\u200d"


def _clusters(text: str) -> list[str]:
    """`text` cut into characters with what completes them (marks, variation selectors, skin
    tones, characters joined by U+200D): a right-to-left run is reversed cluster by cluster,
    so 💪🏽 keeps its skin tone after the arm and an accent stays on its letter (the marks a
    font places on the glyph before them, UAX #9 rule L3)."""
    clusters: list[str] = []
    for char in text:
        attached = (
            unicodedata.category(char).startswith("M")
            or ord(char) in _TONES
            or char == _JOINER
            or (clusters and clusters[-1].endswith(_JOINER))
        )
        if clusters and attached:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _mirror(char: str) -> str:
    return str(MIRRORED.get(char, char)) if unicodedata.mirrored(char) else char


def join(texts: Sequence[Any]) -> Any:
    """Texts of one font run concatenated (a shaped text keeps its glyph data)."""
    out: Any = texts[0]
    for text in texts[1:]:
        out = out + text
    return out
