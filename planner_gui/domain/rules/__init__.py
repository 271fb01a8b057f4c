"""The checker's rules: the table of codes (`codes`) and one module of checks per family.

Importing the package imports every family module, which registers its checks (`registry`).
Nothing here imports the plan loader; `formats` calls `settings.validate_rules_section` itself.
"""

from __future__ import annotations

from planner_gui.domain.rules import (
    balance,
    checkins,
    data,
    progression,
    recovery,
    timing,
    warmup,
)
from planner_gui.domain.rules.codes import TABLE, RuleCode
from planner_gui.domain.rules.registry import REGISTRY, Rule, all_rules
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.settings import RuleSettings, resolve_settings, validate_rules_section

#: The family modules, in the order of the table's families (PO, RC, WU, BA, DA, CK, TI).
FAMILY_MODULES = (progression, recovery, warmup, balance, data, checkins, timing)

__all__ = [
    "FAMILY_MODULES",
    "REGISTRY",
    "TABLE",
    "Reporter",
    "Rule",
    "RuleCode",
    "RuleSettings",
    "all_rules",
    "resolve_settings",
    "validate_rules_section",
]
