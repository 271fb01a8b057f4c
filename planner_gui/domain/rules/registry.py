"""The rule registry: every rule's code, title, severity, thresholds and rationale, in one table.

A rule family module declares its rules with the `rule` decorator; importing the module is all
it takes to register them. Codes are stable and never reused, like a linter's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from planner_gui.domain.findings import Finding
from planner_gui.domain.vocabulary import Severity

if TYPE_CHECKING:
    from planner_gui.domain.rules.context import CheckContext

CODE_PATTERN = re.compile(r"^[A-Z]{2}[0-9]{3}$")


@dataclass(frozen=True)
class RuleSettings:
    """A rule's effective settings for one plan: defaults with the plan's `rules` section over."""

    enabled: bool
    values: Mapping[str, float]

    def __getitem__(self, name: str) -> float:
        return self.values[name]


RuleCheck = Callable[["CheckContext", RuleSettings], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """One registered rule. `severity` is the default; `escalation` says when it becomes worse."""

    code: str
    title: str
    severity: Severity
    rationale: str
    check: RuleCheck
    thresholds: Mapping[str, float] = field(default_factory=dict)
    escalation: str = ""

    @property
    def family(self) -> str:
        return self.code[:2]

    def default_settings(self) -> RuleSettings:
        return RuleSettings(True, MappingProxyType(dict(self.thresholds)))


REGISTRY: dict[str, Rule] = {}


def register(new: Rule) -> Rule:
    """Add a rule; a malformed or reused code is a programming error."""
    if not CODE_PATTERN.match(new.code):
        raise ValueError(f"rule code {new.code!r} must be two capitals and three digits")
    if new.code in REGISTRY and REGISTRY[new.code].check is not new.check:
        raise ValueError(f"rule code {new.code} is registered twice")
    if "enabled" in new.thresholds:
        raise ValueError(f"{new.code}: 'enabled' is reserved and cannot be a threshold")
    REGISTRY[new.code] = new
    return new


def rule(
    code: str,
    title: str,
    severity: Severity,
    rationale: str,
    thresholds: Mapping[str, float] | None = None,
    escalation: str = "",
) -> Callable[[RuleCheck], RuleCheck]:
    """Decorator registering a check function as the rule `code`."""

    def decorate(check: RuleCheck) -> RuleCheck:
        register(
            Rule(
                code=code,
                title=title,
                severity=severity,
                rationale=" ".join(rationale.split()),
                check=check,
                thresholds=MappingProxyType(dict(thresholds or {})),
                escalation=escalation,
            )
        )
        return check

    return decorate


#: Families in the order DESIGN.md's rule table lists them; unknown families sort last.
FAMILY_ORDER = ("PO", "RC", "WU", "BA", "DA", "CK")


def _table_order(code: str) -> tuple[int, str]:
    family = code[:2]
    return (FAMILY_ORDER.index(family) if family in FAMILY_ORDER else len(FAMILY_ORDER), code)


def all_rules() -> list[Rule]:
    """Every registered rule, in the order of the rule table (PO, RC, WU, BA, DA, CK)."""
    return [REGISTRY[code] for code in sorted(REGISTRY, key=_table_order)]
