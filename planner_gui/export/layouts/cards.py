"""The cards layout: one session per half page (A5 when an A4 sheet is folded), in date
order, to print a week or a single session and take it to the gym. Each card is the
session's heading, a table of its exercises (dose, load, ramp-up loads) with boxes to log
each set, and how the back felt; the safety page follows the cards.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Paragraph

from planner_gui.domain.block_titles import block_title
from planner_gui.domain.models import Block, Item
from planner_gui.domain.vocabulary import DAY_NAMES
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, Run, TextBlock, TickBox, text_lines
from planner_gui.export.fonts import BOLD, REGULAR
from planner_gui.export.layouts.common import (
    BODY_PT,
    DOSE_PT,
    LOG_BOX_H,
    TICK,
    Dated,
    log_kind,
    ramp_label,
    ramp_lines,
    session_name,
    sessions_by_date,
)
from planner_gui.export.layouts.compact import checkin_part
from planner_gui.export.safety import safety_flowables
from planner_gui.export.styles import DARK, INK, RULE, SHADE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import dose_text, esc, load_text, number, plain
from planner_gui.export.wrap import wrap_text

#: The page templates (export.handout defines them): two half-page frames, and the whole
#: page; the half frames' names (above the fold, below it) and the gap at the fold.
HALVES = "halves"
PAGE = "page"
HALF_FRAMES = ("half-0", "half-1")
HALVES_GAP = 14.0
#: Most set boxes on a card's row; more sets say how many more to note.
MAX_SETS = 5
_DOSE_W = 104.0
_LOAD_W = 50.0
#: A set box and the gap after it: 36 pt (12.7 mm), room for '62.5×5' in a pen.
_SET_W = 37.2
#: A checklist item's dose: '1 × 10, per side' on one line.
_CHECK_DOSE_W = 96.0
#: Two lines of a name (or a name and its ramp-up sets), or of a dose, are as tall as a set
#: box: most rows are one box high.
_LEADING = 12.0
_DOSE_LEADING = 12.5
_PADDING: list[tuple[object, ...]] = [
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]


def cards_story(ctx: HandoutContext, tick: Callable[[], None]) -> list[Flowable]:
    """Every session's card in date order, the safety page and the check-in form."""
    story = session_cards(ctx, sessions_by_date(ctx.program), tick)
    if not story[1:]:
        story.append(Paragraph("No sessions are planned yet.", ctx.styles.body))
    story += [NextPageTemplate(PAGE), PageBreak()]
    # safety_flowables starts with its own page break: drop it, the one above suffices.
    story += list(safety_flowables(ctx))[1:]
    tick()
    story += checkin_part(ctx)
    return story


def session_cards(
    ctx: HandoutContext, dated: list[Dated], tick: Callable[[], None]
) -> list[Flowable]:
    """The cards of `dated`, one to a half page; a card too long for half a page gets a
    whole page of its own (no fold across it). Starts with a `StartOn`: the document's first
    page takes the template the first card needs."""
    half = (ctx.height - HALVES_GAP) / 2
    story: list[Flowable] = []
    on: str | None = None
    for one in dated:
        card = _card(ctx, one)
        wanted = PAGE if _height(card, ctx.width) > half else HALVES
        if on is None:
            story.append(StartOn(wanted))
        elif wanted != on:
            story += [NextPageTemplate(wanted), PageBreak()]
        elif wanted == PAGE:
            story.append(PageBreak())
        else:
            story.append(FrameBreak())
        on = wanted
        story += card
        tick()
    if on is None:
        story.append(StartOn(PAGE))
    return story


class StartOn(Flowable):  # type: ignore[misc]
    """Zero-size marker opening a story: the page template its first page takes
    (export.handout puts that template first)."""

    def __init__(self, template: str) -> None:
        super().__init__()
        self.template = template
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def _height(parts: list[Flowable], width: float) -> float:
    """How tall `parts` are one after another (the first one's space before aside, as at
    the top of a frame)."""
    total = 0.0
    for index, part in enumerate(parts):
        total += part.wrap(width, 1e6)[1] + part.getSpaceAfter()
        if index:
            total += part.getSpaceBefore()
    return total


def _card(ctx: HandoutContext, dated: Dated) -> list[Flowable]:
    s = ctx.styles
    session = dated.session
    week = ctx.program.weeks[dated.week_index]
    name = session_name(session)
    title = f"Week {dated.week_index + 1} · {dated.day:%a} {dated.day.day} {dated.day:%b} · {name}"
    facts = [f"{DAY_NAMES[session.day]} {dated.day.day} {dated.day:%B}"]
    if session.duration_min:
        facts.append(f"about {session.duration_min} min")
    if session.rpe is not None:
        facts.append(f"effort (RPE) {number(session.rpe)} of 10")
    if week.deload:
        facts.append("<b>deload week: lighter on purpose</b>")
    # The title and the day's facts share a line when they fit (half a page is short).
    heading = (
        f"<font name='{BOLD}' size='12'>{esc(f'Week {dated.week_index + 1} · {name}')}</font>"
        f"   {' · '.join(facts)}"
    )
    parts: list[Flowable] = [
        OutlineEntry(title, f"card-{dated.week_index}-{dated.session_index}", level=0),
        Paragraph(heading, ParagraphStyle("card_heading", parent=s.body, leading=15, spaceAfter=4)),
    ]
    blocks = [block for block in session.blocks if block.items]
    if not blocks:
        parts.append(Paragraph("Rest day: walk and move easily.", s.body))
    # Blocks logged with a tick alone (warm-up, mobility, a walk) are a checklist two to a
    # row; the others are rows of set boxes. A whole session then fits half a page.
    logged: list[Block] = []
    for block in blocks:
        if all(log_kind(ctx.catalog, block.kind, item) == "tick" for item in block.items):
            if logged:
                parts.append(_table(ctx, logged))
                logged = []
            parts.append(_checklist(ctx, block))
        else:
            logged.append(block)
    if logged:
        parts.append(_table(ctx, logged))
    if ctx.options.log:
        parts.append(
            Paragraph(
                "Back: ☐ fine   ☐ sore, dull and spread out   ☐ sharp: stop, see the safety page",
                ParagraphStyle("card_back", parent=s.body, spaceBefore=3),
            )
        )
    return parts


def set_columns(ctx: HandoutContext) -> int:
    """Set boxes a card's row has room for: the most sets any boxed item of the plan has
    (MAX_SETS at most), so a plan of three sets leaves its names and ramp-up loads, at
    10 and 11 pt, the width of the two boxes it never uses."""
    sets = [
        item.sets
        for week in ctx.program.weeks
        for session in week.sessions
        for block in session.blocks
        for item in block.items
        if log_kind(ctx.catalog, block.kind, item) != "tick"
    ]
    return max(1, min(MAX_SETS, max(sets, default=1)))


def _columns(width: float, sets: int) -> list[float]:
    """Exercise, dose, load and log: the exercise takes what the others leave."""
    log_w = _SET_W * sets
    return [width - _DOSE_W - _LOAD_W - log_w, _DOSE_W, _LOAD_W, log_w]


def _table(ctx: HandoutContext, blocks: list[Block]) -> FlatTable:
    """Rows of exercise, dose, load and set boxes; no header row (what each column holds
    is plain from it, and half a page has no line to spare)."""
    sets = set_columns(ctx)
    widths = _columns(ctx.width, sets)
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (1, 0), (2, -1), DOSE_PT),
        ("LEADING", (1, 0), (2, -1), _DOSE_LEADING),
        *_PADDING,
    ]
    for block in blocks:
        # Blocks are told apart by a heavier rule above their first row (no title row).
        style.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.9, DARK))
        title = block_title(block, ctx.catalog)
        for index, item in enumerate(block.items):
            rows.append(_row(ctx, block, item, widths, "" if index else title, sets))
            r = len(rows) - 1
            style.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
    table = FlatTable(rows, colWidths=widths, splitByRow=1, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def _row(
    ctx: HandoutContext, block: Block, item: Item, widths: list[float], kind: str, sets: int
) -> list[object]:
    name = ctx.catalog.name_of(item.exercise)
    runs = [Run(f"{kind}: {name}" if kind else name, BOLD, BODY_PT, _LEADING, direction_of=name)]
    ramp = ramp_lines(item, ctx.catalog, ctx.program)
    if ramp:
        # Labelled with the unit, as in the compact tables: "25×5" alone reads as sets × reps.
        label = ramp_label(item, ctx.catalog, ctx.program)
        # Loads to put on the bar: at the size of every other load.
        runs.append(Run(f"{label}: " + ", ".join(ramp), REGULAR, DOSE_PT, _DOSE_LEADING))
    lines = text_lines(runs, widths[0] - 6)
    dose = "\n".join(_lines(dose_text(item), widths[1] - 6))
    load = "" if item.load is None else "\n".join(_lines(load_text(item, ctx.units), widths[2] - 6))
    log: object = ""
    if ctx.options.log:
        kind_of_log = log_kind(ctx.catalog, block.kind, item)
        log = SetBoxes(kind_of_log, min(item.sets, sets), widths[3], sets)
    return [TextBlock(lines=lines), dose, load, log]


def _checklist(ctx: HandoutContext, block: Block) -> FlatTable:
    """A block done, not counted: each exercise with its dose and a box to tick (a tick in
    the log, none without), two to a row, filled left to right."""
    tick_w = TICK + 8 if ctx.options.log else 0.0
    dose_w = _CHECK_DOSE_W
    widths = [tick_w, ctx.width / 2 - tick_w - dose_w, dose_w] * 2
    title = block_title(block, ctx.catalog)
    cells: list[list[object]] = []
    for index, item in enumerate(block.items):
        side = index % 2 * 3
        name = ctx.catalog.name_of(item.exercise)
        runs = [
            Run(
                f"{title}: {name}" if not index else name,
                BOLD,
                BODY_PT,
                _LEADING,
                direction_of=name,
            )
        ]
        dose = "\n".join(_lines(dose_text(item), widths[side + 2] - 6))
        tick: object = TickBox(TICK) if ctx.options.log else ""
        cells.append([tick, TextBlock(lines=text_lines(runs, widths[side + 1] - 6)), dose])
    rows = [
        [*cells[i], *(cells[i + 1] if i + 1 < len(cells) else ["", "", ""])]
        for i in range(0, len(cells), 2)
    ]
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), DOSE_PT),
        ("LEADING", (0, 0), (-1, -1), _DOSE_LEADING),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, DARK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        *_PADDING,
        ("TOPPADDING", (0, 0), (0, -1), 3),
        ("TOPPADDING", (3, 0), (3, -1), 3),
    ]
    table = FlatTable(rows, colWidths=widths, splitByRow=1, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def _lines(text: str, width: float) -> list[str]:
    """A dose or load in lines of `width` at the dose size, every word kept."""
    return wrap_text(" ".join(plain(text).split()), REGULAR, DOSE_PT, width)


class SetBoxes(Flowable):  # type: ignore[misc]
    """A box per set (halved L and R for a per-side exercise), or one tick box; `columns`
    boxes fill the width, those past the item's sets shaded."""

    def __init__(self, kind: str, sets: int, width: float, columns: int = MAX_SETS) -> None:
        super().__init__()
        self.kind = kind
        self.sets = max(1, sets)
        self.columns = max(self.sets, columns)
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
        box = self.width / self.columns
        for index in range(self.sets):
            canvas.rect(index * box, 0, box - 3, self.height, stroke=1, fill=0)
            if self.kind == "sides":
                middle = index * box + (box - 3) / 2
                canvas.setStrokeColor(DARK)
                canvas.line(middle, 0, middle, self.height)
                canvas.setStrokeColor(INK)
                # Which half is which side, in the corner as in the programme's boxes.
                canvas.setFont(REGULAR, BODY_PT)
                canvas.setFillColor(INK)
                canvas.drawString(index * box + 1.5, self.height - BODY_PT, "L")
                canvas.drawString(middle + 1.5, self.height - BODY_PT, "R")
        canvas.setFillColor(SHADE)
        for index in range(self.sets, self.columns):
            canvas.rect(index * box, 0, box - 3, self.height, stroke=0, fill=1)
