"""How each loaded exercise progresses (the full layout's part after the sessions), and the
weekly load chart (on its how-to pages, after the session RPE)."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from planner_gui.domain.metrics import ItemRef, ProgramMetrics
from planner_gui.domain.models import Item, Program
from planner_gui.export.charts import load_chart
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import KeepTogetherOrFill, OutlineEntry
from planner_gui.export.fonts import REGULAR
from planner_gui.export.styles import SHADE, ruled_rows, table_style
from planner_gui.export.text import dose_text, esc, load_text

COLUMNS_PER_TABLE = 4
#: Loads and doses at 11 pt, as on the session pages.
_DOSE_CELL = ParagraphStyle("progression_dose", fontName=REGULAR, fontSize=11, leading=13.5)


def loaded_exercises(metrics: ProgramMetrics) -> list[str]:
    """Ids of exercises given a load in any week, in the order they first appear."""
    seen: dict[str, None] = {}
    for week in metrics.weeks:
        for exercise_id, stats in week.exercises.items():
            if stats.top_load is not None:
                seen.setdefault(exercise_id, None)
    return list(seen)


def progression_flowables(ctx: HandoutContext, metrics: ProgramMetrics) -> Iterator[Flowable]:
    """The progression tables, on the page the last session ends on when its first table
    fits there (or half a page is left, for a table that splits anyway): a 4-week plan's
    short table took a page of its own, 30 % full."""
    s = ctx.styles
    # Clear air above the title when it follows the last session's log (dropped at a page top).
    title = ParagraphStyle("progression_h1", parent=s.h1, spaceBefore=22)
    heading = Paragraph("Progression of the main lifts", title)
    exercise_ids = loaded_exercises(metrics)
    heights: list[float] = []  # the tables', with the space under each
    if not exercise_ids:
        parts: list[Flowable] = [
            Paragraph(
                "No exercise in this program carries a load, so there is no weight "
                "progression to show.",
                s.body,
            )
        ]
    else:
        parts = [
            Paragraph(
                f"The heaviest load of each exercise in each week ({esc(ctx.units)}), with the "
                "sets and reps it is done for. Shaded rows are deload weeks.",
                s.body,
            )
        ]
        tables = -(-len(exercise_ids) // COLUMNS_PER_TABLE)
        per_table = -(-len(exercise_ids) // tables)
        for start in range(0, len(exercise_ids), per_table):
            # A table that fits on a page is not split (no stray rows overleaf) unless that
            # leaves more than half a page empty.
            table = _table(ctx, metrics, exercise_ids[start : start + per_table])
            _, height = table.wrap(ctx.width, ctx.height)
            heights.append(height + 10)
            # One taller than a page (a year of weeks) splits where it stands: kept together,
            # it would leave the heading alone on a page.
            parts.append(
                KeepTogetherOrFill([table, Spacer(1, 10)]) if height < ctx.height * 0.9 else table
            )
    need = sum(part.wrap(ctx.width, ctx.height)[1] for part in (heading, parts[0]))
    need += title.spaceBefore + heading.getSpaceAfter() + parts[0].getSpaceAfter()
    need += heights[0] if heights else 0
    yield CondPageBreak(min(need, ctx.height / 2))
    yield OutlineEntry("Progression", "progression", level=0)
    yield heading
    yield from parts


def _table(ctx: HandoutContext, metrics: ProgramMetrics, exercise_ids: list[str]) -> Table:
    s = ctx.styles
    # Narrow padding and week column: '3 × 20 m, per side' keeps one line at 11 pt.
    week_w = 44.0
    col_w = (ctx.width - week_w) / len(exercise_ids)  # the table spans the page
    header: list[object] = [Paragraph("Week", s.cell_head)] + [
        Paragraph(esc(ctx.catalog.name_of(exercise_id)), s.cell_head)
        for exercise_id in exercise_ids
    ]
    rows: list[list[object]] = [header]
    style = ruled_rows(padding=(2, 3))
    style += [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for index, week in enumerate(metrics.weeks):
        label = f"{index + 1}" + ("<br/>deload" if week.deload else "")
        row: list[object] = [Paragraph(label, s.cell)]
        for exercise_id in exercise_ids:
            stats = week.exercises.get(exercise_id)
            if stats is None:
                row.append(Paragraph("–", s.cell))
                continue
            item = item_at(ctx.program, index, stats.top_ref)
            text = esc(load_text(item, ctx.units)) if item else "–"
            if item is not None:
                text = f"<b>{text}</b><br/>{esc(dose_text(item))}"
            row.append(Paragraph(text, _DOSE_CELL))
        rows.append(row)
        if week.deload:
            style.append(("BACKGROUND", (0, index + 1), (-1, index + 1), SHADE))
    table = Table(
        rows, colWidths=[week_w] + [col_w] * len(exercise_ids), repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(table_style(style))
    return table


def item_at(program: Program, week_index: int, ref: ItemRef) -> Item | None:
    """The item a metric points at (the heaviest of the exercise that week)."""
    sessions = program.weeks[week_index].sessions
    if ref.session_index >= len(sessions):
        return None
    block = sessions[ref.session_index].block(ref.block)
    if block is None or ref.item_index >= len(block.items):
        return None
    return block.items[ref.item_index]


def weekly_load_flowables(ctx: HandoutContext, metrics: ProgramMetrics) -> Iterator[Flowable]:
    """The weekly load chart (when switched on), for the how-to pages: it follows the session
    RPE part that says how a session's load is worked out, and fills the page that part
    leaves more than half empty (the 8-week template's third page was 37 % full, and the
    chart took a page of its own after the progression)."""
    s = ctx.styles
    if not ctx.options.chart:
        return
    heading = Paragraph("Weekly training load", s.h2)
    chart = load_chart(metrics, ctx.width)
    if chart is None:
        yield heading
        yield Paragraph(
            "The sessions have no planned duration and effort (RPE), so there is "
            "no weekly load to chart.",
            s.body,
        )
        return
    text = Paragraph(
        "Each bar is a week's session load: minutes × session effort (RPE) as planned, added "
        "up over the week. The line compares each week with the average of the four weeks "
        "before it (acute:chronic ratio). Staying near 0.8–1.3 is a common coaching "
        "guideline, not a law; it describes the shape of the plan and does not predict injury.",
        s.body,
    )
    # Heading, words and chart move together: the heading alone ended a page before.
    yield KeepTogether([heading, text, chart])
