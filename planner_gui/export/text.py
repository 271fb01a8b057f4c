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

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def esc(text: str) -> str:
    """Escape user text for a Paragraph; line breaks become `<br/>`, control chars go."""
    cleaned = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    return escape(cleaned, _ENTITIES).replace("\t", " ").replace("\n", "<br/>")


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
