"""Part 3 of the handout: every session of every week on its own block of pages.

A session is a header (week, day, date, name), one table per block in session order and a log
area the athlete fills in by hand. Tables split between rows and, for very long notes, inside
a row, so nothing is ever clipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from planner_gui.domain.models import Block, Item, Session, Week
from planner_gui.domain.vocabulary import BLOCK_TITLES, DAY_NAMES
from planner_gui.export.context import ILLUSTRATION_SIZE, HandoutContext
from planner_gui.export.flowables import OutlineEntry, TickBox
from planner_gui.export.styles import DARK, INK, LIGHT, RULE, SHADE, table_style
from planner_gui.export.text import dose_text, esc, load_text, number, seconds

#: Set boxes per log row; longer prescriptions say how many more to note.
MAX_LOG_SETS = 8
MAX_CUES = 3


def session_title(program_week: int, session: Session) -> str:
    name = session.name.strip() or "Session"
    return f"Week {program_week + 1} · {DAY_NAMES[session.day]} · {name}"


def week_flowables(
    ctx: HandoutContext, week_index: int, week: Week, tick: Callable[[], None]
) -> Iterator[Flowable]:
    """The pages of one week: each session starts a new page and gets an outline entry."""
    week_label = f"Week {week_index + 1}" + (" (deload)" if week.deload else "")
    yield PageBreak()
    yield OutlineEntry(week_label, f"week-{week_index}", level=0)
    if not week.sessions:
        yield Paragraph(esc(week_label), ctx.styles.h1)
        yield Paragraph("No sessions are planned this week: rest, walk and move easily.",
                        ctx.styles.body)
        yield from _week_notes(ctx, week)
        return
    for session_index, session in enumerate(week.sessions):
        if session_index:
            yield PageBreak()
        date = ctx.program.session_date(week_index, session.day)
        outline = f"{date:%a %d %b} · {session.name.strip() or 'Session'}"
        yield OutlineEntry(outline, f"session-{week_index}-{session_index}", level=1,
                           session=True)
        yield from _header(ctx, week_index, week, session)
        if session_index == 0:
            yield from _week_notes(ctx, week)
        for block in session.blocks:
            if block.items:
                yield from _block_table(ctx, block)
        yield from _log_area(ctx, session)
        tick()


def _header(
    ctx: HandoutContext, week_index: int, week: Week, session: Session
) -> Iterator[Flowable]:
    s = ctx.styles
    date = ctx.program.session_date(week_index, session.day)
    name = session.name.strip() or "Session"
    yield Paragraph(f"Week {week_index + 1} · {esc(name)}", s.h1)
    facts = [f"{DAY_NAMES[session.day]} {date.day} {date:%B %Y}"]
    if session.duration_min:
        facts.append(f"about {session.duration_min} min")
    if session.rpe is not None:
        facts.append(f"session effort (RPE) {number(session.rpe)} of 10")
    if week.deload:
        facts.append("<b>deload week: lighter on purpose</b>")
    yield Paragraph(" · ".join(facts), s.subtitle)
    yield Spacer(1, 4)


def _week_notes(ctx: HandoutContext, week: Week) -> Iterator[Flowable]:
    if week.notes.strip():
        yield Paragraph(f"<b>This week:</b> {esc(week.notes.strip())}", ctx.styles.body)


def _block_table(ctx: HandoutContext, block: Block) -> Iterator[Flowable]:
    s = ctx.styles
    fig_w = ILLUSTRATION_SIZE[0] + 6
    fixed = [fig_w, 0.0, 82.0, 52.0, 32.0, 46.0]
    fixed[1] = ctx.width - sum(fixed)
    head = ["", "Exercise", "Dose", "Load", "RPE", "Rest"]
    rows: list[list[object]] = [[Paragraph(text, s.cell_head) for text in head]]
    for item in block.items:
        rows.append(_item_row(ctx, item))
    table = Table(rows, colWidths=fixed, repeatRows=1, splitByRow=1, splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 1), (0, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    title = Paragraph(esc(BLOCK_TITLES[block.kind]), s.h2)
    yield CondPageBreak(90)
    yield KeepTogether([title, table]) if len(rows) <= 4 else title
    if len(rows) > 4:
        yield table


def _item_row(ctx: HandoutContext, item: Item) -> list[object]:
    s = ctx.styles
    exercise = ctx.catalog.get(item.exercise)
    name = exercise.name if exercise else item.exercise
    details: list[Flowable] = [Paragraph(esc(name), s.cell_bold)]
    if exercise is not None:
        for cue in exercise.cues[:MAX_CUES]:
            details.append(Paragraph(esc(cue), s.cell_small, bulletText="•"))
    if item.note.strip():
        details.append(Paragraph(f"Note: {esc(item.note.strip())}", s.note))
    picture = ctx.illustration(item.exercise)
    return [
        picture if picture is not None else "",
        details,
        Paragraph(esc(dose_text(item)), s.cell),
        Paragraph(esc(load_text(item, ctx.units)), s.cell),
        Paragraph("–" if item.rpe is None else number(item.rpe), s.cell),
        Paragraph("–" if item.rest_s is None else seconds(item.rest_s), s.cell),
    ]


def _log_area(ctx: HandoutContext, session: Session) -> Iterator[Flowable]:
    """Boxes to write in: a tick per warm-up item, load × reps per set, and how the back felt."""
    s = ctx.styles
    yield CondPageBreak(120)
    yield Paragraph("Your log", s.h2)
    warmup = session.block("warmup")
    if warmup is not None and warmup.items:
        yield _warmup_ticks(ctx, warmup)
        yield Spacer(1, 6)
    logged = [item for block in session.blocks if block.kind != "warmup" for item in block.items]
    if logged:
        yield Paragraph(
            "Write what you did in each box: load × reps, or seconds held.", s.small)
        yield Spacer(1, 2)
        yield _set_boxes(ctx, logged)
        yield Spacer(1, 6)
    yield _back_feel(ctx)


def _warmup_ticks(ctx: HandoutContext, warmup: Block) -> Flowable:
    s = ctx.styles
    cells: list[list[object]] = []
    for item in warmup.items:
        label = f"{esc(ctx.catalog.name_of(item.exercise))} <font color='#404040'>" \
                f"({esc(dose_text(item))})</font>"
        cells.append([TickBox(), Paragraph(label, s.cell)])
    columns = 2
    half = (len(cells) + columns - 1) // columns
    rows: list[list[object]] = []
    for index in range(half):
        left = cells[index]
        right = cells[index + half] if index + half < len(cells) else ["", ""]
        rows.append([*left, *right])
    col = ctx.width / columns
    table = Table(rows, colWidths=[14, col - 14, 14, col - 14], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return KeepTogether([Paragraph("Warm-up done (tick each):", s.h3), table])


def _set_boxes(ctx: HandoutContext, items: list[Item]) -> Flowable:
    s = ctx.styles
    columns = min(MAX_LOG_SETS, max(item.sets for item in items))
    name_w = min(170.0, ctx.width * 0.34)
    box_w = (ctx.width - name_w) / columns
    rows: list[list[object]] = [
        [Paragraph("Exercise", s.cell_head)]
        + [Paragraph(f"Set {n}", s.cell_head) for n in range(1, columns + 1)]
    ]
    style: list[tuple[object, ...]] = [
        ("GRID", (1, 1), (-1, -1), 0.6, DARK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row_index, item in enumerate(items, start=1):
        label = esc(ctx.catalog.name_of(item.exercise))
        if item.sets > columns:
            label += f" <font size='7'>(+{item.sets - columns} more sets)</font>"
        hint = esc(dose_text(item))
        if item.load is not None:
            hint += f" @ {esc(load_text(item, ctx.units))}"
        rows.append([[Paragraph(label, s.cell), Paragraph(hint, s.cell_small)]]
                    + [""] * columns)
        if item.sets < columns:
            style.append(("BACKGROUND", (1 + item.sets, row_index), (-1, row_index), SHADE))
    table = Table(rows, colWidths=[name_w] + [box_w] * columns, repeatRows=1,
                  rowHeights=[None] + [26.0] * len(items), hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def _back_feel(ctx: HandoutContext) -> Flowable:
    s = ctx.styles
    choice = [
        TickBox(), Paragraph("fine", s.cell),
        TickBox(), Paragraph("sore: dull, spread out", s.cell),
        TickBox(), Paragraph("sharp pain: stop and read the safety page", s.cell),
    ]
    third = (ctx.width - 3 * 14) / 3
    options = Table([choice], colWidths=[14, third * 0.55, 14, third * 0.95, 14, third * 1.5],
                    hAlign="LEFT")
    options.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    lines = Table([[""], [""]], colWidths=[ctx.width], rowHeights=[20, 20], hAlign="LEFT")
    lines.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.6, DARK)]))
    return KeepTogether([Paragraph("How did your back feel?", s.h3), options, lines])
