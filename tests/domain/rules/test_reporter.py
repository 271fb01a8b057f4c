"""The reporter bound to one rule: code, severity and place of each finding, typed thresholds."""

from __future__ import annotations

import pytest

from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import ItemRef
from planner_gui.domain.rules import REGISTRY
from planner_gui.domain.rules.codes import (
    ACUTE_CHRONIC_RATIO,
    EXERCISE_LOAD_RISE,
    NO_RAMP_UP,
    NO_REST_DAY,
    NO_THRESHOLDS,
    WEEK_LOAD_RISE,
    RiseLimits,
)
from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.registry import Rule
from planner_gui.domain.rules.reporter import Reporter
from tests.support.plans import PlanBuilder


def test_a_finding_carries_the_rule_s_code_and_default_severity(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week())
    report = Reporter(NO_REST_DAY, NO_THRESHOLDS, program)
    report.add("Week 1 has training on all 7 days.", week_index=0)
    report.add("The whole plan.")
    assert report.findings == [
        Finding("RC203", "warning", "Week 1 has training on all 7 days.", week=1),
        Finding("RC203", "warning", "The whole plan."),
    ]


def test_session_day_and_name_come_from_the_indexes(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(), make.clean_week())
    report = Reporter(NO_REST_DAY, NO_THRESHOLDS, program)
    report.add("A session.", week_index=1, session_index=2)
    report.add("A check-in.", week_index=0, day="tue", exercise="deadlift")
    first, second = report.findings
    assert (first.week, first.day, first.session, first.session_index) == (2, "fri", "Lower B", 2)
    assert (second.week, second.day, second.session) == (1, "tue", None)
    assert second.exercise == "deadlift"


def test_at_item_points_at_the_item(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(), make.clean_week())
    report = Reporter(EXERCISE_LOAD_RISE, EXERCISE_LOAD_RISE.defaults, program)
    report.at_item("Deadlift load rises.", 1, (ItemRef(0, "main", 0), "deadlift"))
    [finding] = report.findings
    assert finding == Finding(
        "PO101",
        "warning",
        "Deadlift load rises.",
        week=2,
        day="mon",
        session="Lower A",
        block="main",
        exercise="deadlift",
        session_index=0,
        item_index=0,
    )


def test_escalated_takes_the_table_s_escalated_severity(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week())
    report = Reporter(ACUTE_CHRONIC_RATIO, ACUTE_CHRONIC_RATIO.defaults, program)
    report.add("High.", week_index=0)
    report.add("Very high.", week_index=0, escalated=True)
    report.at_item("Item.", 0, (ItemRef(0, "main", 0), "deadlift"), escalated=True)
    assert [f.severity for f in report.findings] == ["warning", "error", "error"]


def test_softened_is_one_step_milder(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week())
    report = Reporter(EXERCISE_LOAD_RISE, EXERCISE_LOAD_RISE.defaults, program)
    spot = (ItemRef(0, "main", 0), "deadlift")
    report.at_item("Warning, softened.", 0, spot, softened=True)
    report.at_item("Error, softened.", 0, spot, escalated=True, softened=True)
    report.add("Plan-wide, softened.", softened=True)
    assert [f.severity for f in report.findings] == ["info", "warning", "info"]
    info = Reporter(NO_RAMP_UP, NO_RAMP_UP.defaults, program)
    info.add("Info stays info.", softened=True)
    assert [f.severity for f in info.findings] == ["info"]


def test_escalating_a_rule_without_an_escalation_is_a_bug(make: PlanBuilder) -> None:
    report = Reporter(WEEK_LOAD_RISE, WEEK_LOAD_RISE.defaults, make.plan(make.clean_week()))
    with pytest.raises(ValueError, match="PO102 has no escalation"):
        report.add("Too fast.", escalated=True)
    assert report.findings == []


def test_a_rule_runs_with_the_plan_s_thresholds(make: PlanBuilder) -> None:
    seen: list[RiseLimits] = []

    def check(ctx: CheckContext, report: Reporter[RiseLimits]) -> None:
        seen.append(report.settings)
        report.add(f"limit {report.settings.limit_pct:g}", week_index=0)

    program = make.plan(make.clean_week(), rules={"PO101": {"limit_pct": 7.5}})
    context = CheckContext(program, make.catalog)
    [finding] = Rule(EXERCISE_LOAD_RISE, "why", check).run(context, program.rules)
    assert (finding.code, finding.severity, finding.message) == ("PO101", "warning", "limit 7.5")
    assert seen == [RiseLimits(limit_pct=7.5, error_pct=20.0)]


def test_registered_rules_report_through_their_own_code(make: PlanBuilder) -> None:
    """A 25 % jump: the real PO101 check escalates to an error; above 30 % only would warn."""
    program = make.plan(make.clean_week(deadlift=80), make.clean_week(deadlift=100))
    context = CheckContext(program, make.catalog)
    [finding] = REGISTRY["PO101"].run(context, program.rules)
    assert (finding.code, finding.severity, finding.exercise) == ("PO101", "error", "deadlift")
    tuned = {"PO101": {"error_pct": 30}}
    [finding] = REGISTRY["PO101"].run(context, tuned)
    assert finding.severity == "warning"
