"""A plan's `rules` section: checked against the registry at load, then merged over defaults.

The section maps a rule code to `{"enabled": bool, <threshold>: number, ...}`. A code or
threshold name the registry does not know is almost always a typo, so loading refuses it with
the place (`rules.PO999`, `rules.PO101.limit_pcnt`) rather than silently ignoring it.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import get_close_matches
from types import MappingProxyType

from planner_gui.domain.models import Program
from planner_gui.domain.rules.registry import REGISTRY, RuleSettings

ENABLED = "enabled"


def _suggest(word: str, choices: list[str]) -> str:
    close = get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def validate_rules_section(program: Program) -> tuple[str, str] | None:
    """The first problem in `program.rules` as (location, message), or None when it is valid."""
    for code, entries in program.rules.items():
        where = f"rules.{code}"
        known = REGISTRY.get(code)
        if known is None:
            return where, (
                f"unknown rule code {code!r}{_suggest(code, sorted(REGISTRY))} "
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


def resolve_settings(
    rules_section: Mapping[str, Mapping[str, bool | float]],
) -> dict[str, RuleSettings]:
    """Effective settings of every registered rule: defaults, with the plan's entries over them.

    Assumes the section passed `validate_rules_section` (plans loaded from files always have);
    stray entries from a hand-built Program are ignored rather than trusted.
    """
    settings: dict[str, RuleSettings] = {}
    for code, known in REGISTRY.items():
        entries = rules_section.get(code)
        if not entries:
            settings[code] = known.default_settings()
            continue
        values = dict(known.thresholds)
        for name, value in entries.items():
            if name in values and not isinstance(value, bool):
                values[name] = float(value)
        enabled = entries.get(ENABLED, True)
        settings[code] = RuleSettings(
            enabled if isinstance(enabled, bool) else True, MappingProxyType(values)
        )
    return settings
