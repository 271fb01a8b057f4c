"""The rule registry: each code of the table (`codes.TABLE`) paired with its check and rationale.

A family module declares a rule with the `rule` decorator next to its check; importing the
`domain.rules` package imports every family module, so the registry is complete whenever
anything in the package is used. Registration refuses a code the table does not hold, a code
with a second check, and a check registered under a second code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from planner_gui.domain.findings import Finding
from planner_gui.domain.rules.codes import BY_CODE, TABLE, RuleCode, RulesSection, T
from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.vocabulary import Severity

Check = Callable[[CheckContext, Reporter[T]], None]
"""A rule's check: reads the context, reports through the reporter bound to its rule."""


@dataclass(frozen=True)
class Rule:
    """One registered rule: its row of the table, its check and why the rule exists.

    `rule` (the decorator) is what ties the check's reporter type to the row's thresholds.
    """

    info: RuleCode[Any]
    rationale: str
    check: Check[Any]

    @property
    def code(self) -> str:
        return self.info.code

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def severity(self) -> Severity:
        """The default severity; `escalation` says when a finding is worse."""
        return self.info.severity

    @property
    def escalation(self) -> str:
        return self.info.escalation

    @property
    def family(self) -> str:
        return self.info.family.prefix

    @property
    def thresholds(self) -> Mapping[str, float]:
        """Default value of each threshold by name."""
        return self.info.thresholds

    def run(self, ctx: CheckContext, section: RulesSection) -> list[Finding]:
        """The rule's findings on the context's plan, with the plan's `rules` section applied."""
        report = Reporter(self.info, self.info.settings(section), ctx.program)
        self.check(ctx, report)
        return report.findings


REGISTRY: dict[str, Rule] = {}


def register(new: Rule) -> Rule:
    """Add a rule; a code outside the table, or a code or check used twice, is a bug."""
    if BY_CODE.get(new.code) is not new.info:
        raise ValueError(f"rule code {new.code} is not in the rule table (rules/codes.py)")
    known = REGISTRY.get(new.code)
    if known is not None and known.check is not new.check:
        raise ValueError(f"rule code {new.code} is registered twice")
    for other in REGISTRY.values():
        if other.check is new.check and other.code != new.code:
            raise ValueError(f"{new.check.__name__} is registered as {other.code} already")
    REGISTRY[new.code] = new
    return new


def rule(info: RuleCode[T], rationale: str) -> Callable[[Check[T]], Check[T]]:
    """Decorator registering a check function as the rule `info` of the table."""

    def decorate(check: Check[T]) -> Check[T]:
        register(Rule(info, " ".join(rationale.split()), check))
        return check

    return decorate


def all_rules() -> list[Rule]:
    """Every rule, in the order of the table (PO, RC, WU, BA, DA, CK).

    A code of the table without a check is a bug (a test checks there is none) and raises.
    """
    missing = [entry.code for entry in TABLE if entry.code not in REGISTRY]
    if missing:
        raise LookupError(f"rule codes without a check: {', '.join(missing)}")
    return [REGISTRY[entry.code] for entry in TABLE]
