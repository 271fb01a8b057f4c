"""Turning user text and numbers into the small markup reportlab paragraphs accept.

Every piece of text that comes from a plan goes through `esc` so that a title such as
``<b>Max & Co</b>`` prints literally instead of being read as markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from planner_gui.domain.models import Item

# Doses and times are written by domain.notation, for the window and the handout alike;
# the export modules take them from here with the rest of their text helpers.
from planner_gui.domain.notation import dose_text as dose_text
from planner_gui.domain.notation import format_number
from planner_gui.domain.notation import seconds as seconds
from planner_gui.export.scripts import font_tags

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def plain(text: str) -> str:
    """User text as it can be printed: every line break becomes `\n`, every other space
    (tab, no-break space, em space) a plain space, and control and format characters (which
    have no glyph, and would print as boxes) go."""
    if text.isprintable():
        return text
    lines = text.splitlines()
    return "\n".join(
        "".join(ch if ch.isprintable() else " " for ch in line if ch.isprintable() or ch.isspace())
        for line in lines
    )


def esc(text: str) -> str:
    """Escape user text for a Paragraph (see `plain`); line breaks become `<br/>`."""
    cleaned = plain(text)
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
