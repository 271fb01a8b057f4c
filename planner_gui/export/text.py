"""Turning user text and numbers into the small markup reportlab paragraphs accept.

Every piece of text that comes from a plan goes through `esc` so that a title such as
``<b>Max & Co</b>`` prints literally instead of being read as markup.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from planner_gui.domain.models import Item

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


def esc(text: str) -> str:
    """Escape user text for a Paragraph; line breaks become `<br/>`, control chars go."""
    cleaned = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    return escape(cleaned, _ENTITIES).replace("\t", " ").replace("\n", "<br/>")


def number(value: float) -> str:
    """80.0 → '80', 82.5 → '82.5', 1234.0 → '1,234': how people write loads."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 week', '3 weeks'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def seconds(value: int) -> str:
    """Rest and hold times: 45 → '45 s', 150 → '2:30 min'."""
    if value < 90:
        return f"{value} s"
    minutes, rest = divmod(value, 60)
    if rest == 0:
        return f"{minutes} min"
    return f"{minutes}:{rest:02d} min"


def dose_text(item: Item) -> str:
    """'3 × 5', '3 × 30 s hold', '2 × 8, 5 s hold, per side', '1 × 400 m' (plain text)."""
    parts: list[str] = []
    amount = ""
    if item.reps is not None:
        amount = f"{number(item.reps)}"
    elif item.hold_s is not None:
        amount = f"{number(item.hold_s)} s hold"
    elif item.time_s is not None:
        amount = seconds(item.time_s)
    elif item.distance_m is not None:
        amount = f"{number(item.distance_m)} m"
    head = f"{number(item.sets)} × {amount}" if amount else plural(item.sets, "set")
    parts.append(head)
    if item.reps is not None and item.hold_s is not None:
        parts.append(f"{number(item.hold_s)} s hold")
    if item.reps is not None and item.time_s is not None:
        parts.append(seconds(item.time_s))
    if item.per_side:
        parts.append("per side")
    if item.tempo:
        tempo = item.tempo.strip()
        parts.append(f"tempo {tempo if len(tempo) <= 24 else tempo[:23] + '…'}")
    return ", ".join(parts)


def load_text(item: Item, units: str) -> str:
    """'80 kg', or an en dash when the item carries no load."""
    if item.load is None:
        return "–"
    if item.load == 0:
        return "body weight"
    return f"{number(item.load)} {units}"
