"""How findings write numbers, loads and lists, so every message reads the same way."""

from __future__ import annotations

from collections.abc import Sequence
from math import isfinite

from planner_gui.domain.units import KG_PER_LB as KG_PER_LB
from planner_gui.domain.vocabulary import Units

#: Relative tolerance for "above": 80 → 88 kg is exactly 10 % and must not count as above 10 %.
TOLERANCE = 1e-6


def above(value: float, limit: float) -> bool:
    """Strictly above `limit`, ignoring floating-point noise (a tolerance relative to the
    limit, absolute below 1)."""
    # max(1.0, abs(limit)) without the two calls: rules ask this thousands of times a check.
    scale = limit if limit > 1.0 else -limit if limit < -1.0 else 1.0
    return value > limit + TOLERANCE * scale


def num(value: float) -> str:
    """80 → "80", 82.5 → "82.5", 1.3333 → "1.33", 12000 → "12,000"."""
    if not isfinite(value):  # a rise from next to nothing (a load of 5e-324) is infinite
        return "∞" if value > 0 else "-∞"
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def pct(value: float) -> str:
    """A percentage with at most one decimal: 15 → "15 %", 10.5 → "10.5 %"."""
    rounded = round(value, 1)
    return f"{num(rounded)} %"


def amount(value: float, units: Units) -> str:
    return f"{num(value)} {units}"


def join(words: Sequence[str]) -> str:
    """["a"] → "a"; ["a", "b", "c"] → "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def ordinal(number: int) -> str:
    """1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd"."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
