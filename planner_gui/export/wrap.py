"""Plain text broken into lines that fit a width, long words included.

reportlab's `simpleSplit` breaks only at spaces, so one long word (a pasted link, a row of
dashes, a name in a script without spaces) runs off the page. Here a word wider than the line
is cut between characters, as Paragraph's `splitLongWords` does for markup, and a combining
mark stays with the letter it sits on, so every line fits its column.
"""

from __future__ import annotations

import unicodedata

from planner_gui.export.scripts import Directed, directed
from planner_gui.export.scripts import width as stringWidth
from planner_gui.export.text import plain

ELLIPSIS = "…"


def wrap_text(text: str, font: str, size: float, width: float, *, note: bool = False) -> list[str]:
    """`text` (user text: cleaned with `plain`) as lines at most `width` points wide.

    A `note` keeps its line breaks (in other text they are control characters, shown as
    `\\n`); runs of spaces fold into one, as in a Paragraph. A line holds at least one
    character, so a column narrower than a letter still progresses.

    Each line keeps its paragraph's direction (`scripts.directed`): a line of an Arabic note
    that starts with "RPE 7" still runs right to left when it is drawn (UAX #9 orders a line
    by its paragraph's levels). `text` may itself be a marked line; its mark carries over.
    """
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    mark = text if isinstance(text, Directed) else None
    for paragraph in plain(text, note=note).split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        start = len(lines)
        line: list[str] = []
        used = 0.0
        for word in words:
            word_w = stringWidth(word, font, size)
            if line and used + space + word_w <= width:
                line.append(word)
                used += space + word_w
                continue
            if line:
                lines.append(" ".join(line))
                line, used = [], 0.0
            if word_w <= width:
                line, used = [word], word_w
                continue
            pieces = _cut_word(word, font, size, width)
            lines += pieces[:-1]
            line, used = [pieces[-1]], stringWidth(pieces[-1], font, size)
        lines.append(" ".join(line))
        if mark is not None or not paragraph.isascii():
            lines[start:] = [directed(part, mark or paragraph) for part in lines[start:]]
    return lines


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word too wide for one line, cut into pieces that each fit (the last may be short)."""
    pieces: list[str] = []
    start = 0
    used = 0.0
    for index, char in enumerate(word):
        char_w = stringWidth(char, font, size)
        # Never cut before a combining mark: it belongs to the character before it.
        if index > start and used + char_w > width and not _is_mark(char):
            cut = index
            if _no_start(char) and cut - 1 > start:
                cut -= 1  # '，' never starts a line: the character before it goes along
            pieces.append(word[start:cut])
            start, used = cut, stringWidth(word[cut:index], font, size)
        used += char_w
    pieces.append(word[start:])
    return pieces


#: Closing punctuation a line must not start with (Chinese and Japanese line-breaking rules).
_NO_START = frozenset("，。、．：；！？）］｝」』】〕〉》〗〙〛・ー々…‥,.;:!?)]}%")


def _no_start(char: str) -> bool:
    return char in _NO_START or unicodedata.category(char) in ("Pe", "Pf")


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line of `width` points, shortened with an ellipsis when it is wider."""
    text = " ".join(plain(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    return _with_ellipsis(text, font, size, width)


def clamp_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """`text` wrapped to `width` in at most `max_lines` lines, the last ending in an ellipsis
    when text was left out (for cells that only give an overview, such as the week grid)."""
    lines = wrap_text(text, font, size, width)
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    shortened = directed(_with_ellipsis(last, font, size, width), last)
    return [*lines[: max_lines - 1], shortened]


def _with_ellipsis(text: str, font: str, size: float, width: float) -> str:
    """The longest start of `text` that fits `width` followed by an ellipsis."""
    low, high = 0, len(text)
    while low < high:  # the width grows with the length of the start
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS
