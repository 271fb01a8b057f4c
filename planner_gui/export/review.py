"""The plan review: a short PDF a coach files beside the handout, never given to the athlete.

What the checker found, in words; the weekly load chart; every rule's settings for this plan
(on or off, thresholds); and the date it was made.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.metrics import program_metrics
from planner_gui.domain.models import Program
from planner_gui.domain.rules import all_rules
from planner_gui.domain.rules.settings import resolve_settings
from planner_gui.domain.rules.wording import num
from planner_gui.export.charts import load_chart
from planner_gui.export.context import HandoutContext
from planner_gui.export.plancheck import plan_check_flowables
from planner_gui.export.styles import MARGIN, PAGE_SIZES, make_styles, ruled_rows, table_style
from planner_gui.export.text import esc


def render_review(
    program: Program, catalog: Catalog, *, page_size: str = "a4", today: date | None = None
) -> bytes:
    """The review as PDF bytes; `catalog` must include the plan's custom exercises."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    pagesize = PAGE_SIZES[page_size]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Plan review: {' '.join(program.title.split())}",
        creator="Brace Planner",
    )
    ctx = HandoutContext(
        program=program,
        catalog=catalog,
        styles=make_styles(),
        width=doc.width,
        height=doc.height,
    )
    doc.build(list(_story(ctx, today or date.today())))
    return buffer.getvalue()


def write_review(
    program: Program, catalog: Catalog, out_path: Path, *, page_size: str = "a4"
) -> None:
    """Write the review to `out_path`, replacing it atomically."""
    write_bytes_atomic(Path(out_path), render_review(program, catalog, page_size=page_size))


def _story(ctx: HandoutContext, today: date) -> list[Flowable]:
    s = ctx.styles
    program = ctx.program
    story: list[Flowable] = [
        Paragraph("Plan review", s.title),
        Paragraph(
            f"{esc(program.title.strip() or 'Untitled program')}"
            + (f" · {esc(program.athlete.strip())}" if program.athlete.strip() else ""),
            s.subtitle,
        ),
        Paragraph(
            f"Checked on {today.day} {today:%B %Y}. Plan dates {program.start_date:%d %b %Y} to "
            f"{program.end_date:%d %b %Y}. For the coach's file: findings describe the plan "
            "against common guidelines; they do not predict injury.",
            s.body,
        ),
    ]
    story += plan_check_flowables(
        ctx, check_program(program, ctx.catalog, wording=ctx.brand.safety)
    )
    chart = load_chart(program_metrics(program, ctx.catalog), ctx.width)
    story.append(Paragraph("Weekly training load", s.h2))
    story.append(
        chart
        if chart is not None
        else Paragraph("No session has a duration and effort (RPE): no load to chart.", s.body)
    )
    story += [Spacer(1, 8), Paragraph("The rules' settings for this plan", s.h2)]
    settings = resolve_settings(program.rules)
    rows: list[list[object]] = [
        [Paragraph(f"<b>{h}</b>", s.cell_head) for h in ("Code", "Rule", "On", "Settings")]
    ]
    for rule in all_rules():
        setting = settings.get(rule.code)
        enabled = setting.enabled if setting is not None else True
        values = setting.values if setting is not None else rule.thresholds
        text = ", ".join(f"{name} {num(value)}" for name, value in values.items()) or "–"
        rows.append(
            [
                Paragraph(rule.code, s.cell),
                Paragraph(esc(rule.title), s.cell),
                Paragraph("yes" if enabled else "off", s.cell),
                Paragraph(esc(text), s.cell),
            ]
        )
    table = Table(rows, colWidths=[50, ctx.width - 250, 40, 160], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(ruled_rows()))
    story.append(table)
    return story
