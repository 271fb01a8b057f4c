"""Part 5 of the handout: what the plan checker found, in words, or that the plan passed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from planner_gui.domain.findings import Finding
from planner_gui.domain.plan_facts import PlanFacts, plan_facts
from planner_gui.domain.rules.wording import join
from planner_gui.domain.vocabulary import DAY_NAMES, SEVERITIES
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.styles import ruled_rows, table_style
from planner_gui.export.text import esc, number, plural

SEVERITY_WORDS = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("note", "notes"),
}


def summary_line(findings: Sequence[Finding]) -> str:
    """'1 error, 3 warnings, 0 notes' (counts by severity, always all three)."""
    parts = []
    for severity in SEVERITIES:
        one, many = SEVERITY_WORDS[severity]
        parts.append(plural(sum(f.severity == severity for f in findings), one, many))
    return ", ".join(parts)


def where(finding: Finding, ctx: HandoutContext) -> str:
    """'Week 3 · Wednesday · Lower A · Conventional deadlift' (the parts that apply)."""
    parts: list[str] = []
    if finding.week is not None:
        parts.append(f"Week {finding.week}")
    if finding.day is not None:
        parts.append(DAY_NAMES[finding.day])
    if finding.session:
        parts.append(finding.session)
    if finding.exercise:
        parts.append(ctx.catalog.name_of(finding.exercise))
    return " · ".join(parts) or "Whole plan"


def passed_text(facts: PlanFacts) -> str:
    """What a plan without findings has going for it: only what `facts` says it has."""
    text = "The plan passed every rule of the checker"
    if facts.rules_off:
        off = join(list(facts.rules_off))
        text += f" that is switched on ({off} {'is' if len(facts.rules_off) == 1 else 'are'} off)"
    strengths: list[str] = []
    if facts.loads_rise and "PO101" not in facts.rules_off:
        strengths.append(
            "loads rise gradually"
            if facts.default_load_rise_limit
            else f"loads rise within the plan's own limit of {number(facts.load_rise_limit_pct)} "
            "% a week"
        )
    if facts.weeks and facts.fewest_rest_days == 1:
        strengths.append("every week has a rest day")
    elif facts.weeks and facts.fewest_rest_days:
        strengths.append(f"every week has at least {facts.fewest_rest_days} rest days")
    deloads = facts.deload_weeks
    if len(deloads) == 1:
        strengths.append(f"week {deloads[0]} is a deload week")
    elif deloads:
        strengths.append(f"weeks {join([str(w) for w in deloads])} are deload weeks")
    if facts.sessions and facts.warmed_up == facts.sessions:
        strengths.append("every session begins with a warm-up")
    elif facts.loaded_sessions and facts.loaded_warmed_up == facts.loaded_sessions:
        strengths.append("every session with weights begins with a warm-up")
    if not strengths:
        return text + "."
    return f"{text}: {join(strengths)}."


def plan_check_flowables(ctx: HandoutContext, findings: Sequence[Finding]) -> Iterator[Flowable]:
    s = ctx.styles
    # A passed plan is two lines: it shares the chart's page when they fit. Findings start
    # a page of their own unless a good part of one is left.
    yield CondPageBreak(ctx.height * 0.4 if findings else 110)
    yield OutlineEntry("Plan check", "plan-check", level=0)
    # Clear air after the chart when the check shares its page (dropped at a page top).
    yield Paragraph("Plan check", ParagraphStyle("h1_after", parent=s.h1, spaceBefore=22))
    if not findings:
        yield Paragraph(esc(passed_text(plan_facts(ctx.program))), s.body)
        return
    yield Paragraph(
        f"The checker compared this plan with common coaching guidelines and found: "
        f"<b>{summary_line(findings)}</b>. These describe the plan, not you; talk them "
        "through with your coach or physio.",
        s.body,
    )
    rows: list[list[object]] = [
        [
            Paragraph("Kind", s.cell_head),
            Paragraph("Where", s.cell_head),
            Paragraph("What to look at", s.cell_head),
        ]
    ]
    for finding in findings:
        rows.append(
            [
                Paragraph(
                    f"<b>{SEVERITY_WORDS[finding.severity][0].capitalize()}</b><br/>"
                    f"{esc(finding.code)}",
                    s.cell,
                ),
                Paragraph(esc(where(finding, ctx)), s.cell),
                Paragraph(esc(finding.message), s.cell),
            ]
        )
    table = Table(
        rows, colWidths=[70, 140, ctx.width - 210], repeatRows=1, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(table_style(ruled_rows()))
    yield table
