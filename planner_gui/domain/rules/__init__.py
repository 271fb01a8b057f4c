"""The checker's rules, one module per family; importing this package registers them all.

It also hooks the `rules` section check into plan loading (`formats.PLAN_VALIDATORS`), so an
unknown rule code or threshold in a plan file is a load error with its place.
"""

from __future__ import annotations

from planner_gui.domain import formats
from planner_gui.domain.rules import balance, checkins, data, progression, recovery, warmup
from planner_gui.domain.rules.registry import REGISTRY, Rule, RuleSettings, all_rules
from planner_gui.domain.rules.settings import resolve_settings, validate_rules_section

#: The family modules, in the order their codes run (PO, RC, WU, BA, DA, CK).
FAMILIES = (progression, recovery, warmup, balance, data, checkins)

if validate_rules_section not in formats.PLAN_VALIDATORS:
    formats.PLAN_VALIDATORS.append(validate_rules_section)

__all__ = [
    "FAMILIES",
    "REGISTRY",
    "Rule",
    "RuleSettings",
    "all_rules",
    "resolve_settings",
    "validate_rules_section",
]
