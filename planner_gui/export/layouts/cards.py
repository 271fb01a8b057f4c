"""The cards layout: one session per half page (A5 when an A4 sheet is folded), in date
order, to print a week or a single session and take it to the gym. Each card is the
session's heading, a table of its exercises (dose, load, ramp-up loads) with boxes to log
each set, and how the back felt; the safety page follows the cards.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Paragraph

from planner_gui.domain.models import Block, Item
from planner_gui.domain.vocabulary import BLOCK_TITLES, DAY_NAMES
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, Run, TextBlock, text_lines
from planner_gui.export.fonts import BOLD, REGULAR
from planner_gui.export.layouts.common import (
    BODY_PT,
    DOSE_PT,
    LOG_BOX_H,
    Dated,
    log_kind,
    ramp_lines,
    session_name,
    sessions_by_date,
)
from planner_gui.export.layouts.compact import checkin_part
from planner_gui.export.safety import safety_flowables
from planner_gui.export.styles import DARK, INK, LIGHT, RULE, SHADE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import dose_text, esc, load_text, number
from planner_gui.export.wrap import wrap_text

#: The page template with two half-page frames (export.handout defines it).
HALVES = "halves"
#: Most set boxes on a card's row; more sets say how many more to note.
MAX_SETS = 5
_NAME_W = 140.0
_DOSE_W = 112.0
_LOAD_W = 56.0


def cards_story(ctx: HandoutContext, tick: Callable[[], None]) -> list[Flowable]:
    # The document starts on the HALVES page template for this layout (export.handout).
    story: list[Flowable] = []
    dated = sessions_by_date(ctx.program)
    if not dated:
        story.append(Paragraph("No sessions are planned yet.", ctx.styles.body))
    for index, one in enumerate(dated):
        if index:
            story.append(FrameBreak())
        story += _card(ctx, one)
        tick()
    story += [NextPageTemplate("page"), PageBreak()]
    # safety_flowables starts with its own page break: drop it, the one above suffices.
    story += list(safety_flowables(ctx))[1:]
    tick()
    story += checkin_part(ctx)
    return story


def _card(ctx: HandoutContext, dated: Dated) -> list[Flowable]:
    s = ctx.styles
    session = dated.session
    week = ctx.program.weeks[dated.week_index]
    name = session_name(session)
    title = f"Week {dated.week_index + 1} · {dated.day:%a} {dated.day.day} {dated.day:%b} · {name}"
    facts = [f"{DAY_NAMES[session.day]} {dated.day.day} {dated.day:%B %Y}"]
    if session.duration_min:
        facts.append(f"about {session.duration_min} min")
    if session.rpe is not None:
        facts.append(f"effort (RPE) {number(session.rpe)} of 10")
    if week.deload:
        facts.append("<b>deload week: lighter on purpose</b>")
    parts: list[Flowable] = [
        OutlineEntry(title, f"card-{dated.week_index}-{dated.session_index}", level=0),
        Paragraph(esc(f"Week {dated.week_index + 1} · {name}"), s.h2),
        Paragraph(" · ".join(facts), s.body),
    ]
    blocks = [block for block in session.blocks if block.items]
    if blocks:
        parts.append(_table(ctx, blocks))
    else:
        parts.append(Paragraph("Rest day: walk and move easily.", s.body))
    if ctx.options.log:
        parts.append(
            Paragraph(
                "Back: ☐ fine   ☐ sore, dull and spread out   ☐ sharp: stop, see the safety page",
                s.body,
            )
        )
    return parts


def _table(ctx: HandoutContext, blocks: list[Block]) -> FlatTable:
    log_w = ctx.width - _NAME_W - _DOSE_W - _LOAD_W
    rows: list[list[object]] = [["Exercise", "Dose", "Load", "Log" if ctx.options.log else ""]]
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), BODY_PT),
        ("FONTSIZE", (1, 1), (2, -1), DOSE_PT),
        ("LEADING", (1, 1), (2, -1), DOSE_PT * 1.25),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for block in blocks:
        # Blocks are told apart by a heavier rule above their first row (no title row:
        # a whole session fits half a page).
        style.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, DARK))
        for index, item in enumerate(block.items):
            rows.append(
                _row(ctx, block, item, log_w, BLOCK_TITLES[block.kind] if not index else "")
            )
            r = len(rows) - 1
            style.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
    table = FlatTable(
        rows,
        colWidths=[_NAME_W, _DOSE_W, _LOAD_W, log_w],
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(style))
    return table


def _row(ctx: HandoutContext, block: Block, item: Item, log_w: float, kind: str) -> list[object]:
    name = ctx.catalog.name_of(item.exercise)
    runs = [Run(f"{kind}: {name}" if kind else name, BOLD, BODY_PT, 12.5, direction_of=name)]
    ramp = ramp_lines(item, ctx.catalog, ctx.program)
    if ramp:
        runs.append(Run("Ramp-up: " + ", ".join(ramp), REGULAR, BODY_PT, 12.5))
    lines = text_lines(runs, _NAME_W - 6)[:6]
    dose = "\n".join(_lines(dose_text(item), _DOSE_W - 6))
    load = "" if item.load is None else "\n".join(_lines(load_text(item, ctx.units), _LOAD_W - 6))
    log: object = ""
    if ctx.options.log:
        log = SetBoxes(log_kind(ctx.catalog, block.kind, item), min(item.sets, MAX_SETS), log_w)
    return [TextBlock(lines=lines), dose, load, log]


def _lines(text: str, width: float) -> list[str]:
    return wrap_text(" ".join(text.split()), REGULAR, DOSE_PT, width)[:4]


class SetBoxes(Flowable):  # type: ignore[misc]
    """A box per set (halved L and R for a per-side exercise), or one tick box."""

    def __init__(self, kind: str, sets: int, width: float) -> None:
        super().__init__()
        self.kind = kind
        self.sets = max(1, sets)
        self.width = width - 6
        self.height = 12.0 if kind == "tick" else LOG_BOX_H

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        if self.kind == "tick":
            canvas.rect(0, 0, 11, 11, stroke=1, fill=0)
            return
        box = self.width / MAX_SETS
        for index in range(self.sets):
            canvas.rect(index * box, 0, box - 3, self.height, stroke=1, fill=0)
            if self.kind == "sides":
                middle = index * box + (box - 3) / 2
                canvas.setStrokeColor(DARK)
                canvas.line(middle, 0, middle, self.height)
                canvas.setStrokeColor(INK)
        canvas.setFillColor(SHADE)
        for index in range(self.sets, MAX_SETS):
            canvas.rect(index * box, 0, box - 3, self.height, stroke=0, fill=1)
