"""The cards layout: one session per half page (A5 when an A4 sheet is folded), in date
order, to print a week or a single session and take it to the gym. Each card is the
session's heading, a table of its exercises (dose, load, ramp-up loads) with boxes to log
each set, and how the back felt; the safety page follows the cards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, PageBreak, Paragraph

from planner_gui.domain.block_titles import block_title
from planner_gui.domain.models import Block, Exercise, Item
from planner_gui.domain.vocabulary import DAY_NAMES
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, Run, TextBlock, TickBox, text_lines
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR
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
from planner_gui.export.scripts import width as text_width
from planner_gui.export.styles import DARK, INK, RULE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import dose_text, esc, load_text, number, plain, seconds, shown
from planner_gui.export.wrap import fit_line, wrap_text

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
#: The footer's size (export.handout._numbered_canvas).
_FOOTER_PT = 7.5
#: What starts each cue, as in the exercise guide.
CUE_BULLET = "•"
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


@dataclass(frozen=True)
class Detail:
    """How many of each exercise's cues a card prints under its name (see `_guidance` for
    which): `cues` for exercises logged in set boxes, `tick_cues` for those ticked off
    (warm-up, mobility, a walk). Cautions and the plan's notes are not a level of detail:
    every card prints them all, whatever room it takes."""

    cues: int
    tick_cues: int


#: From the least a half-page card prints (with every caution and note, the key cue of
#: every exercise logged in set boxes) to the most (two cues of every exercise); a card
#: prints the most that fits half a page. Cues are what is traded for room, never cautions.
DETAILS = (
    Detail(1, 0),
    Detail(1, 1),
    Detail(2, 1),
    Detail(2, 2),
)
FULL = DETAILS[-1]


def session_cards(
    ctx: HandoutContext, dated: list[Dated], tick: Callable[[], None]
) -> list[Flowable]:
    """The cards of `dated`, one to a half page, each with as much of its exercises'
    guidance as fits (see DETAILS); a card too long for half a page even with the least of
    it gets a whole page of its own (no fold across a card). Starts with a
    `StartOn`: the document's first page takes the template the first card needs."""
    half = (ctx.height - HALVES_GAP) / 2
    story: list[Flowable] = []
    on: str | None = None
    above: Dated | None = None  # the card above the fold of the page being filled
    for one in dated:
        card = _fitted_card(ctx, one, half)
        wanted = HALVES if _height(card, ctx.width) <= half else PAGE
        below = wanted == HALVES and on == HALVES and above is not None
        if on is None:
            story.append(StartOn(wanted))
        elif wanted != on:
            story += [NextPageTemplate(wanted), PageBreak()]
        elif wanted == PAGE:
            story.append(PageBreak())
        else:
            story.append(FrameBreak())
        on = wanted
        story += [_entry(ctx, one, above if below else None, alone=wanted == PAGE), *card]
        above = None if below or wanted == PAGE else one
        tick()
    if on is None:
        story.append(StartOn(PAGE))
    return story


def _fitted_card(ctx: HandoutContext, one: Dated, half: float) -> list[Flowable]:
    """The card of `one` with the most of DETAILS that fits `half` (tried from the least,
    each adding cues to the one before; every level has all the cautions and notes); when
    even the least does not fit, the card takes a page, with the most that fits one (the
    least, going on overleaf, should none)."""
    fitted: list[Flowable] | None = None
    for detail in DETAILS:
        card = _card(ctx, one, detail)
        if _height(card, ctx.width) > half:
            break
        fitted = card
    if fitted is not None:
        return fitted
    for detail in reversed(DETAILS[1:]):
        card = _card(ctx, one, detail)
        if _height(card, ctx.width) <= ctx.height:
            return card
    return _card(ctx, one, DETAILS[0])


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


class CardEntry(OutlineEntry):
    """A card's bookmark, named in the page's running footer beside the card above it: a
    card opening the frame below the fold does not take the page's footer for itself, as a
    part at the top of a frame would (flowables.OutlineEntry)."""

    def __init__(self, title: str, key: str, running: str, *, below: bool) -> None:
        super().__init__(title, key, level=0, running=running)
        self.below = below

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        begin_section = getattr(self.canv, "begin_section", None)
        if begin_section is not None:
            begin_section(self.running, not self.below)


def _entry(
    ctx: HandoutContext, one: Dated, above: Dated | None, *, alone: bool = False
) -> CardEntry:
    """The card's bookmark, and its name in the footer: 'Week 1 · Mon 5 Jan Squat and bench
    day'; below the fold of a card of the same week, without the week ('Tue 6 Jan Easy
    walk'). Each name is shortened to its share of the footer, so both cards are named; a
    card `alone` on its page (a whole-page card) has the footer's whole room."""
    name = session_name(one.session)
    week = f"Week {one.week_index + 1}"
    day = f"{one.day:%a} {one.day.day} {one.day:%b}"
    title = f"{week} · {day} · {name}"
    lead = day if above is not None and above.week_index == one.week_index else f"{week} · {day}"
    # The footer's room beside 'page N of M' (export.handout._numbered_canvas), halved.
    room = ctx.width - text_width("page 999 of 999", BOLD, 8) - 16
    room = room - 12 if alone else room / 2 - 12
    running = fit_line(f"{lead} {name}", REGULAR, _FOOTER_PT, room)
    key = f"card-{one.week_index}-{one.session_index}"
    return CardEntry(title, key, running, below=above is not None)


def _height(parts: list[Flowable], width: float) -> float:
    """How tall `parts` are one after another (the first one's space before aside, as at
    the top of a frame)."""
    total = 0.0
    for index, part in enumerate(parts):
        total += part.wrap(width, 1e6)[1] + part.getSpaceAfter()
        if index:
            total += part.getSpaceBefore()
    return total


def _card(ctx: HandoutContext, dated: Dated, detail: Detail = FULL) -> list[Flowable]:
    s = ctx.styles
    session = dated.session
    week = ctx.program.weeks[dated.week_index]
    name = session_name(session)
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
        # Each fact kept on one line: "effort (RPE) 5 of / 10" would read as two numbers.
        f"   {' · '.join(fact.replace(' ', '&nbsp;') for fact in facts)}"
    )
    parts: list[Flowable] = [
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
                parts.append(_table(ctx, logged, detail))
                logged = []
            parts.append(_checklist(ctx, block, detail))
        else:
            logged.append(block)
    if logged:
        parts.append(_table(ctx, logged, detail))
    if ctx.options.log:
        parts.append(
            Paragraph(
                "Back: ☐ fine   ☐ sore, dull and spread out   ☐ sharp: stop, see the safety page",
                ParagraphStyle("card_back", parent=s.body, spaceBefore=3),
            )
        )
    return parts


def _guidance(exercise: Exercise | None, item: Item, cues: int, width: float) -> list[Run]:
    """The first `cues` cues of `exercise`, then every one of its cautions (always: they say
    when to stop) and the item's note from the plan, at the body size in black: cues share
    a line when they fit on one, each caution and the note start their own."""
    runs: list[Run] = []
    if exercise is not None:
        listed = [" ".join(plain(cue).split()) for cue in exercise.cues if shown(cue)]
        # The catalog's cues set an exercise up, then say how to move: a card with room for
        # one prints the first about moving (the second), with room for two, both in order.
        chosen = listed[1:2] if cues == 1 and len(listed) > 1 else listed[:cues]
        joined = "   ".join(f"{CUE_BULLET} {cue}" for cue in chosen)
        if chosen and text_width(joined, REGULAR, BODY_PT) <= width:
            runs.append(Run(joined, REGULAR, BODY_PT, _LEADING, direction_of=chosen[0]))
        else:
            runs += [
                Run(cue, REGULAR, BODY_PT, _LEADING, bullet=CUE_BULLET, direction_of=cue)
                for cue in chosen
            ]
        runs += [
            Run(f"Caution: {text}", ITALIC, BODY_PT, _LEADING, INK, bullet="!", direction_of=text)
            for text in (" ".join(plain(c).split()) for c in exercise.cautions if shown(c))
        ]
    # The coach's note, as the plan has it (line breaks kept); TextBlock prints it literally.
    if note := shown(item.note, note=True):
        runs += [
            Run(
                f"Note: {line}" if not index else line,
                REGULAR,
                BODY_PT,
                _LEADING,
                direction_of=line,
                note=True,
            )
            for index, line in enumerate(note.split("\n"))
        ]
    return runs


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


def _table(ctx: HandoutContext, blocks: list[Block], detail: Detail) -> FlatTable:
    """Rows of exercise, dose, load and set boxes, each exercise's cues and cautions on the
    line below across the exercise, dose and load (beside the boxes, which are taller than
    one line); no header row (what each column holds is plain from it, and half a page has
    no line to spare)."""
    sets = set_columns(ctx)
    widths = _columns(ctx.width, sets)
    # Beside the set boxes; without a log, across the whole row.
    across = 2 if ctx.options.log else 3
    guide_w = sum(widths[: across + 1]) - 6
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
            top = len(rows)
            rows.append(_row(ctx, block, item, widths, "" if index else title, sets))
            exercise = ctx.catalog.get(item.exercise)
            guide = _guidance(exercise, item, detail.cues, guide_w)
            if guide:
                rows.append([TextBlock(lines=text_lines(guide, guide_w)), "", "", ""])
                style += [
                    ("SPAN", (0, top + 1), (across, top + 1)),
                    ("BOTTOMPADDING", (0, top), (across, top), 0),
                    ("TOPPADDING", (0, top + 1), (across, top + 1), 0),
                ]
                if ctx.options.log:  # the boxes beside the exercise and its guidance
                    style.append(("SPAN", (3, top), (3, top + 1)))
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, RULE))
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
    dose = _dose_and_rest(item, widths[1] - 6)
    load = "" if item.load is None else "\n".join(_lines(load_text(item, ctx.units), widths[2] - 6))
    log: object = ""
    if ctx.options.log:
        kind_of_log = log_kind(ctx.catalog, block.kind, item)
        log = SetBoxes(kind_of_log, min(item.sets, sets), widths[3], sets)
    return [TextBlock(lines=lines), dose, load, log]


def _checklist(ctx: HandoutContext, block: Block, detail: Detail) -> FlatTable:
    """A block done, not counted: each exercise with its dose and a box to tick (a tick in
    the log, none without), two to a row, filled left to right, its cues and cautions below
    its name and dose."""
    tick_w = TICK + 8 if ctx.options.log else 0.0
    dose_w = _CHECK_DOSE_W
    widths = [tick_w, ctx.width / 2 - tick_w - dose_w, dose_w] * 2
    guide_w = ctx.width / 2 - tick_w - 6
    title = block_title(block, ctx.catalog)
    cells: list[list[object]] = []
    guides: list[object] = []
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
        dose = _dose_and_rest(item, widths[side + 2] - 6)
        tick: object = TickBox(TICK) if ctx.options.log else ""
        cells.append([tick, TextBlock(lines=text_lines(runs, widths[side + 1] - 6)), dose])
        exercise = ctx.catalog.get(item.exercise)
        guide = _guidance(exercise, item, detail.tick_cues, guide_w)
        guides.append(TextBlock(lines=text_lines(guide, guide_w)) if guide else "")
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), DOSE_PT),
        ("LEADING", (0, 0), (-1, -1), _DOSE_LEADING),
        ("LINEABOVE", (0, 0), (-1, 0), 0.9, DARK),
        *_PADDING,
    ]
    rows: list[list[object]] = []
    for i in range(0, len(cells), 2):
        pair = [*cells[i], *(cells[i + 1] if i + 1 < len(cells) else ["", "", ""])]
        rows.append(pair)
        r = len(rows) - 1
        style += [("TOPPADDING", (0, r), (0, r), 3), ("TOPPADDING", (3, r), (3, r), 3)]
        below = [guides[i], guides[i + 1] if i + 1 < len(guides) else ""]
        if any(below):
            rows.append(["", below[0], "", "", below[1], ""])
            style += [
                ("SPAN", (1, r + 1), (2, r + 1)),
                ("SPAN", (4, r + 1), (5, r + 1)),
                ("BOTTOMPADDING", (0, r), (-1, r), 0),
                ("TOPPADDING", (0, r + 1), (-1, r + 1), 0),
            ]
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, RULE))
    table = FlatTable(rows, colWidths=widths, splitByRow=1, hAlign="LEFT")
    table.setStyle(table_style(style))
    return table


def _dose_and_rest(item: Item, width: float) -> str:
    """The dose and, when the item has any, its rest between sets, in lines of `width`:
    '3 × 5 · rest 60 s' on one line when it fits, else the rest on a line of its own
    ('rest 2:30 min'); no rest, nothing said (never 'rest 0 s')."""
    dose = _lines(dose_text(item), width)
    if not item.rest_s:
        return "\n".join(dose)
    rest = f"rest {seconds(item.rest_s)}"
    one = f"{dose[-1]} · {rest}"
    if text_width(one, REGULAR, DOSE_PT) <= width:
        return "\n".join([*dose[:-1], one])
    return "\n".join([*dose, *_lines(rest, width)])


def _lines(text: str, width: float) -> list[str]:
    """A dose or load in lines of `width` at the dose size, every word kept."""
    return wrap_text(" ".join(plain(text).split()), REGULAR, DOSE_PT, width)


class SetBoxes(Flowable):  # type: ignore[misc]
    """A box per set (halved L and R for a per-side exercise), or one tick box; the boxes
    are a `columns`-th of the width, so they line up down the card, and only the item's
    sets are drawn (a greyed box would read as a set skipped)."""

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
