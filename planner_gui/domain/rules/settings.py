"""A plan's `rules` section: checked against the rule table at load, then merged over defaults.

The section maps a rule code to `{"enabled": bool, <threshold>: number, ...}`. A code or
threshold name the table does not know is almost always a typo, so loading refuses it with
the place (`rules.PO999`, `rules.PO101.limit_pcnt`) rather than silently ignoring it.

The plan review words each rule's settings for a coach (`describe_settings`: "warning above
10 %, error above 20 %") from the phrase and unit the table declares next to each default
(`codes.threshold(..., says=...)`).

This module reads only the table (`codes`), never the plan loader: `formats` calls
`validate_rules_section` directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from types import MappingProxyType
from typing import Any

from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import (
    BY_CODE,
    ENABLED,
    TABLE,
    RuleCode,
    RulesSection,
    Threshold,
)
from planner_gui.domain.rules.wording import num
from planner_gui.domain.units import LB_PER_KG
from planner_gui.domain.vocabulary import Severity, Units

__all__ = [
    "ENABLED",
    "SEVERITY_WORDS",
    "RuleSettings",
    "describe_settings",
    "resolve_settings",
    "validate_rules_section",
    "value_text",
]

#: What a coach's page calls each severity (one, many): "info" reads as a note.
SEVERITY_WORDS: Mapping[Severity, tuple[str, str]] = MappingProxyType(
    {"error": ("error", "errors"), "warning": ("warning", "warnings"), "info": ("note", "notes")}
)
#: Units printed after the number without a space, or before it.
_UNIT_GLUED = ("×", "/10")
_UNIT_BEFORE = ("RPE",)
#: Count units, singular for 1 ("1 week").
_COUNTS = {
    "weeks": "week",
    "sessions": "session",
    "sets": "set",
    "reps": "rep",
    "times": "time",
    "exercises": "exercise",
}
#: Phrases that continue the one before ("... rises by 2 or more or reaches RPE 10").
_CONTINUING = ("and ", "or ", "to ")


@dataclass(frozen=True)
class RuleSettings:
    """A rule's effective settings by name, for views that list every rule alike.

    Code that needs one rule's threshold reads it typed from the table instead
    (`codes.WEEK_LOAD_RISE.settings(program.rules).limit_pct`).
    """

    enabled: bool
    values: Mapping[str, float]

    def __getitem__(self, name: str) -> float:
        return self.values[name]


def _suggest(word: str, choices: list[str]) -> str:
    close = get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def validate_rules_section(program: Program) -> tuple[str, str] | None:
    """The first problem in `program.rules` as (location, message), or None when it is valid."""
    for code, entries in program.rules.items():
        where = f"rules.{code}"
        known = BY_CODE.get(code)
        if known is None:
            return where, (
                f"unknown rule code {code!r}{_suggest(code, sorted(BY_CODE))} "
                "(`planner-gui rules` lists them)"
            )
        for name, value in entries.items():
            place = f"{where}.{name}"
            if name == ENABLED:
                if not isinstance(value, bool):
                    return place, "must be true or false"
                continue
            if name not in known.thresholds:
                names = sorted(known.thresholds)
                if not names:
                    return place, f"unknown setting {name!r}: {code} only takes 'enabled'"
                return place, (
                    f"unknown setting {name!r} for {code}{_suggest(name, names)} "
                    f"(its settings: enabled, {', '.join(names)})"
                )
            if isinstance(value, bool):
                return place, "must be a number"
            if value < 0:
                return place, "must be at least 0"
    return None


def resolve_settings(rules_section: RulesSection) -> dict[str, RuleSettings]:
    """Effective settings of every rule of the table: defaults, with the plan's entries over them.

    Assumes the section passed `validate_rules_section` (plans loaded from files always have);
    stray entries from a hand-built Program are ignored rather than trusted.
    """
    return {
        entry.code: RuleSettings(
            entry.enabled(rules_section), MappingProxyType(entry.values(rules_section))
        )
        for entry in TABLE
    }


def value_text(value: float, unit: str, units: Units = "kg") -> str:
    """A threshold with its unit as a coach reads it: "10 %", "1.3×", "5/10", "RPE 6",
    "6 weeks", "1 week"; a kilogram threshold of a plan in pounds shows both ("20 kg (44 lb)"),
    since the checker converts it."""
    text = num(value)
    if unit in _UNIT_GLUED:
        return f"{text}{unit}"
    if unit in _UNIT_BEFORE:
        return f"{unit} {text}"
    if not unit:
        return text
    if unit in _COUNTS and value == 1:
        unit = _COUNTS[unit]
    if unit == "kg" and units == "lb":
        return f"{text} kg ({num(round(value * LB_PER_KG, 1))} lb)"
    return f"{text} {unit}"


def _phrase(spec: Threshold, value: float, units: Units) -> str:
    shown, number = value_text(value, spec.unit, units), num(value)
    if abs(value - spec.default) > 1e-9:
        default = value_text(spec.default, spec.unit, units)
        shown, number = f"{shown} (default {default})", f"{number} (default {num(spec.default)})"
    says = spec.says or f"{spec.name} {{value}}"
    if "{value}" not in says and "{number}" not in says:
        says += " {value}"
    return says.replace("{value}", shown).replace("{number}", number)


def describe_settings(entry: RuleCode[Any], section: RulesSection, units: Units = "kg") -> str:
    """A rule's settings for this plan in words, with units: "warning above 10 %; error above
    20 %"; a value the plan retuned names the default beside it ("7.5 % (default 10 %)"), a
    rule without thresholds says only its severity, and a rule switched off says so."""
    if not entry.enabled(section):
        return "off in this plan"
    values = entry.values(section)
    severity = SEVERITY_WORDS[entry.severity][0]
    text = ""
    for spec in entry.threshold_specs:
        phrase = _phrase(spec, values[spec.name], units)
        if not text:
            text = phrase
        elif phrase.startswith(_CONTINUING):
            text += f" {phrase}"
        else:
            text += f"; {phrase}"
    if not text:
        return severity
    words = {word for word, _ in SEVERITY_WORDS.values()}
    return text if text.split(" ", 1)[0] in words else f"{severity}: {text}"
