"""A plan's `rules` section: checked against the rule table at load, then merged over defaults.

The section maps a rule code to `{"enabled": bool, <threshold>: number, ...}`. A code or
threshold name the table does not know is almost always a typo, so loading refuses it with
the place (`rules.PO999`, `rules.PO101.limit_pcnt`) rather than silently ignoring it.

This module reads only the table (`codes`), never the plan loader: `formats` calls
`validate_rules_section` directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from types import MappingProxyType

from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import BY_CODE, ENABLED, TABLE, RulesSection

__all__ = ["ENABLED", "RuleSettings", "resolve_settings", "validate_rules_section"]


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
