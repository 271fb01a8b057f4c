"""Turning user text and numbers into the small markup reportlab paragraphs accept.

Every piece of text that comes from a plan goes through `esc` so that a title such as
``<b>Max & Co</b>`` prints literally instead of being read as markup.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from planner_gui.domain.display_text import display_text
from planner_gui.domain.models import Item

# Doses and times are written by domain.notation, for the window and the handout alike;
# the export modules take them from here with the rest of their text helpers.
from planner_gui.domain.notation import dose_text as dose_text
from planner_gui.domain.notation import format_number
from planner_gui.domain.notation import seconds as seconds
from planner_gui.export.scripts import font_tags

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def plain(text: str, *, note: bool = False) -> str:
    """User text as it can be printed: control characters as visible escapes (`\\x07`, see
    `domain.display_text`), every other space (no-break space, em space; a tab in a note) a
    plain space, and format characters (which have no glyph and would print as boxes) gone.
    Only a `note` keeps line breaks, as `\n`."""
    text = display_text(text, note=note)
    if text.isprintable():
        return text
    return "\n".join(_printable(line) for line in text.split("\n"))


_JOINER = "\u200d"


def _printable(line: str) -> str:
    """One line with other spaces as spaces and format characters gone, except a joiner
    between two emoji (👨‍👩‍👧, 🏋️‍♀️): it makes them one sequence (export.scripts.sequences)."""
    out: list[str] = []
    for index, char in enumerate(line):
        if char.isprintable():
            out.append(char)
        elif char.isspace():
            out.append(" ")
        elif (
            char == _JOINER and out and _emoji_part(out[-1]) and _emoji_part(line[index + 1 :][:1])
        ):
            out.append(char)
    return "".join(out)


def _emoji_part(char: str) -> bool:
    """A symbol (an emoji), a skin tone or the emoji variation selector."""
    return bool(char) and (unicodedata.category(char) in ("So", "Sk") or char == "\ufe0f")


def shown(text: str, *, note: bool = False) -> str:
    """`plain` without the spaces at either end: what `if shown(name):` asks is whether
    anything would print (a name of only a control character prints its escape)."""
    return plain(text, note=note).strip()


def esc(text: str, *, note: bool = False) -> str:
    """Escape user text for a Paragraph (see `plain`); a note's line breaks become `<br/>`."""
    cleaned = plain(text, note=note)
    if cleaned.isascii():
        return escape(cleaned, _ENTITIES).replace("\n", "<br/>")
    return font_tags(cleaned)


def number(value: float) -> str:
    """80.0 → '80', 82.5 → '82.5', 1234.0 → '1,234': the print form of `format_number`."""
    return format_number(value, grouped=True)


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 week', '3 weeks'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def load_text(item: Item, units: str) -> str:
    """'80 kg', or an en dash when the item carries no load."""
    if item.load is None:
        return "–"
    if item.load == 0:
        return "body weight"
    return f"{number(item.load)} {units}"
