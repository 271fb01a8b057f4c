"""Run every enabled rule over a program, like a linter over a file, and sort what they find.

The window reruns this after every edit, so it builds the shared metrics and per-session facts
once and lets each rule read them (see `rules.context`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from planner_gui.domain.brand import SafetyWording
from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import ProgramMetrics
from planner_gui.domain.models import Program
from planner_gui.domain.rules import all_rules
from planner_gui.domain.rules.codes import BY_CODE
from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.registry import Rule
from planner_gui.domain.vocabulary import DAYS

_DAY_ORDER = {day: index for index, day in enumerate(DAYS)}


class UnknownCodeError(ValueError):
    """A --select/--ignore entry matches no code of the rule table."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        super().__init__(
            f"{selector!r} matches no rule code (codes look like PO101, or a prefix like PO)"
        )


def _normalise(selectors: Iterable[str] | None) -> tuple[str, ...] | None:
    if selectors is None:
        return None
    cleaned = tuple(code.strip().upper() for code in selectors if code.strip())
    for code in cleaned:
        if not any(known.startswith(code) for known in BY_CODE):
            raise UnknownCodeError(code)
    return cleaned


def is_selected(code: str, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None) -> bool:
    """A code runs when it matches a `select` prefix (or none is given) and no `ignore` prefix."""
    if select is not None and not any(code.startswith(prefix) for prefix in select):
        return False
    return not (ignore and any(code.startswith(prefix) for prefix in ignore))


def in_order(findings: list[Finding]) -> list[Finding]:
    """The findings by week, then day of the week, then code, session and item; findings about
    the whole plan come first. Ties keep their order.

    The keys are worked out in one comprehension rather than by a key function: a year's plan
    has some 1,500 findings, and a Python call for each cost more than the sort itself.
    """
    keys = [
        (
            finding.week or 0,
            _DAY_ORDER[finding.day] if finding.day else -1,
            finding.code,
            -1 if finding.session_index is None else finding.session_index,
            -1 if finding.item_index is None else finding.item_index,
        )
        for finding in findings
    ]
    return [findings[index] for index in sorted(range(len(findings)), key=keys.__getitem__)]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector off for one check.

    A check makes tens of thousands of short-lived tuples, references and findings, none of
    them in cycles; the collections those allocations set off walk the plan's own objects
    (tens of thousands for a year) again and again and find nothing: about 8 % of a check.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_program(
    program: Program,
    catalog: Catalog,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    metrics: ProgramMetrics | None = None,
    wording: SafetyWording | None = None,
) -> list[Finding]:
    """Every finding of the enabled, selected rules, sorted by week, day and code.

    `select`/`ignore` hold codes or prefixes ("PO", "PO101"); an entry matching no rule raises
    UnknownCodeError. Pass `metrics` when the caller already computed them for the same plan,
    and the brand's `wording` so that CK601 tells the athlete what the handout does.
    """
    chosen, skipped = _normalise(select), _normalise(ignore)
    section = program.rules
    running = [
        rule
        for rule in all_rules()
        if rule.info.enabled(section) and is_selected(rule.code, chosen, skipped)
    ]
    with _collector_paused():
        return _run(
            running,
            CheckContext(
                program,
                catalog_for_plan(catalog, program),
                metrics,
                active=[rule.code for rule in running],
                wording=wording,
            ),
        )


def _run(running: list[Rule], context: CheckContext) -> list[Finding]:
    """The sorted findings of `running` rules; the context (a check's metrics, facts and
    caches: thousands of objects) is gone when this returns, before the collector is back on,
    so that its first collection walks the findings alone."""
    section = context.program.rules
    findings: list[Finding] = []
    for rule in running:
        findings.extend(rule.run(context, section))
    return in_order(findings)
