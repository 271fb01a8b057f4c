"""How a plan's numbers and doses are written as text, and how typed text is read back.

The window's cells, the handout and (later) the command line write the same numbers the same
way; the cell forms read back exactly what they show, so a dose typed into a cell round-trips.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from planner_gui.domain.models import Item
from planner_gui.domain.vocabulary import DoseKind

#: The Item fields a dose is written in; `parse_dose` returns all four.
DOSE_FIELDS = ("reps", "hold_s", "time_s", "distance_m")

#: "cell": what the editor's dose cell shows and reads back ("8 × 5 s hold", "30 s");
#: "handout": the sentence the printed plan uses ("3 × 8, 5 s hold, per side").
DoseForm = Literal["cell", "handout"]


def format_number(value: float, *, grouped: bool = False) -> str:
    """A load, RPE or count without noise: 80.0 -> "80", 82.5 -> "82.5".

    `grouped` is the print form: thousands separated and at most two decimals
    (1234.0 -> "1,234", 82.555 -> "82.56"); the screen form keeps what was typed.
    """
    if not grouped:
        return f"{value:g}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def seconds(value: int) -> str:
    """Rest and hold times: 45 -> '45 s', 150 -> '2:30 min'."""
    if value < 90:
        return f"{value} s"
    minutes, rest = divmod(value, 60)
    if rest == 0:
        return f"{minutes} min"
    return f"{minutes}:{rest:02d} min"


def dose_text(item: Item, form: DoseForm = "handout") -> str:
    """The reps, hold, time or distance an item prescribes, in the given form.

    handout: '3 × 5', '3 × 30 s hold', '2 × 8, 5 s hold, per side', '1 × 400 m', '4 sets'.
    cell: the dose without sets, per side or tempo (those have cells of their own), in the
    shorthand `parse_dose` reads: '5', '8 × 5 s hold', '30 s', '400 m'.
    """
    if form == "cell":
        return _cell_dose(item)
    return _handout_dose(item)


def _cell_dose(item: Item) -> str:
    parts: list[str] = []
    if item.reps is not None:
        parts.append(str(item.reps))
    if item.hold_s is not None:
        parts.append(f"{item.hold_s} s hold" if item.reps is not None else f"{item.hold_s} s")
    if item.time_s is not None:
        parts.append(f"{item.time_s} s")
    if item.distance_m is not None:
        parts.append(f"{format_number(item.distance_m)} m")
    return " × ".join(parts)


def _handout_dose(item: Item) -> str:
    def number(value: float) -> str:
        return format_number(value, grouped=True)

    amount = ""
    if item.reps is not None:
        amount = number(item.reps)
    elif item.hold_s is not None:
        amount = f"{number(item.hold_s)} s hold"
    elif item.time_s is not None:
        amount = seconds(item.time_s)
    elif item.distance_m is not None:
        amount = f"{number(item.distance_m)} m"
    if amount:
        parts = [f"{number(item.sets)} × {amount}"]
    else:
        parts = [f"{item.sets} set" + ("" if item.sets == 1 else "s")]
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


_DOSE_PART = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|hold|s\s+hold)?\s*$")
_BARE_NUMBER_FIELD: dict[DoseKind, str] = {
    "hold": "hold_s",
    "time": "time_s",
    "distance": "distance_m",
}


def parse_dose(text: str, dose_kind: DoseKind) -> dict[str, Any] | None:
    """Read "8", "30 s", "8 × 5 s", "400 m" into the four dose fields; None if unreadable.

    A bare number means reps, except for exercises dosed by hold, time or distance.
    """
    fields: dict[str, Any] = dict.fromkeys(DOSE_FIELDS)
    pieces = [piece for piece in re.split(r"[×x*]", text.strip()) if piece.strip()]
    if not pieces or len(pieces) > 2:
        return None
    for piece in pieces:
        match = _DOSE_PART.match(piece.replace("hold", " hold"))
        if match is None:
            return None
        number, unit = match.group(1), (match.group(2) or "").strip()
        if unit == "m":
            target = "distance_m"
        elif unit:
            target = "time_s" if dose_kind == "time" else "hold_s"
        elif len(pieces) == 1 and (bare := _BARE_NUMBER_FIELD.get(dose_kind)) is not None:
            target = bare
        else:
            target = "reps"
        if fields[target] is not None:
            return None
        value = float(number)
        if target != "distance_m":
            if not value.is_integer():
                return None
            fields[target] = int(value)
        else:
            fields[target] = value
    return fields


def parse_whole(value: object) -> int:
    """An int from an int, a whole float or digits; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int):
        return value
    number = float(str(value).strip())
    if not number.is_integer():
        raise ValueError("not a whole number")
    return int(number)


def parse_optional_number(value: object) -> float | None:
    """A number from a number or text ("82,5" too); None for nothing typed; ValueError else."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    return float(str(value).strip().replace(",", "."))
