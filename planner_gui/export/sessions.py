"""Part 3 of the handout: every session of every week on its own block of pages.

A session is a header (week, day, date, name), one table per block in session order and a log
area the athlete fills in by hand. Tables split between rows and, for very long notes, inside
a row, so nothing is ever clipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
)
from reportlab.platypus.doctemplate import NullActionFlowable

from planner_gui.domain.block_titles import block_title
from planner_gui.domain.models import Block, Item, Session, Week
from planner_gui.domain.vocabulary import DAY_NAMES, BlockKind
from planner_gui.export.context import HandoutContext
from planner_gui.export.details import caution_runs, ramp_run, session_time_text
from planner_gui.export.flowables import (
    KeepTogetherOrFill,
    OutlineEntry,
    PageRef,
    Run,
    TextBlock,
    TickBox,
    text_lines,
)
from planner_gui.export.flowables import _cut as cut_flowables
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR
from planner_gui.export.illustration import PoseFlowable
from planner_gui.export.layouts.common import BODY_PT, DOSE_PT, LOG_BOX_H, log_kind
from planner_gui.export.scripts import is_right_to_left
from planner_gui.export.scripts import width as stringWidth
from planner_gui.export.styles import DARK, INK, LIGHT, RULE, SHADE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import dose_text, esc, load_text, number, plain, seconds, shown
from planner_gui.export.wrap import wrap_text
from planner_gui.figures.lookup import pose_for
from planner_gui.figures.pose import bounds

#: Set boxes per log row; longer prescriptions say how many more to note.
MAX_LOG_SETS = 8
#: The key cues a session row prints (all of an exercise's cautions print: at most MAX_CAUTIONS).
MAX_CUES = 2
MAX_CAUTIONS = 3
#: Lines of exercise text per table row; longer text continues in the next row.
ROW_LINES = 16
_DOSE_W = 82.0
_LOAD_W = 54.0
#: Leading of the exercise cell's 10 pt text.
_TEXT_LEADING = 11.5
#: Doses and loads print at 11 pt, cues at 10 pt in black: readable at arm's length in a gym.
_DOSE_PT = DOSE_PT
_DOSE_LEADING = 13.5
_RPE_W = 28.0
#: A block's heading and its table's header row, above the first exercise.
_HEADING_ROOM = 26.0
#: A block's name, heading its table.
_TITLE_PT = 12.0
_REST_W = 42.0
#: A table row's figure box: 22 mm wide, so a figure as wide as it is high is drawn about
#: 21 mm wide (the back squat's bar and plates read at print size; at 13 mm it was a knot
#: about 9 mm wide), and only as high as the figure needs, up to 20 mm: a plank's box is
#: low and leaves its row as low as its text. The full layout has no exercise guide, so
#: these figures are all the athlete sees of a movement.
FIGURE_W = 22 * mm
FIGURE_MAX_H = 20 * mm
FIGURE_MIN_H = 8 * mm


def session_title(program_week: int, session: Session) -> str:
    name = shown(session.name) or "Session"
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
        yield Paragraph(
            "No sessions are planned this week: rest, walk and move easily.", ctx.styles.body
        )
        yield from _week_notes(ctx, week)
        return
    # In date order: a plan starting on a Thursday prints Thursday before Monday.
    by_date = sorted(
        enumerate(week.sessions), key=lambda pair: ctx.program.session_date(week_index, pair[1].day)
    )
    for order, (session_index, session) in enumerate(by_date):
        if order:
            yield PageBreak()
        date = ctx.program.session_date(week_index, session.day)
        outline = f"{date:%a} {date.day} {date:%b} · {shown(session.name) or 'Session'}"
        yield OutlineEntry(
            outline,
            f"session-{week_index}-{session_index}",
            level=1,
            session=True,
            running=f"Week {week_index + 1} · {DAY_NAMES[session.day]} {date.day} {date:%B}"
            f" · {shown(session.name) or 'Session'}",
        )
        yield from _header(ctx, week_index, week, session)
        if order == 0:
            yield from _week_notes(ctx, week)
        if notes := plain(session.notes, note=True).strip():
            yield Paragraph(f"<b>Today:</b> {esc(notes, note=True)}", ctx.styles.body)
        blocks = [list(_block_table(ctx, block)) for block in session.blocks if block.items]
        log = list(_log_area(ctx, session)) if ctx.options.log else []
        for parts in blocks[:-1]:
            yield from parts
        if blocks and log:
            room, table = blocks[-1]
            yield room
            yield SessionEnd([table, *log])
        else:
            yield from (part for parts in blocks[-1:] for part in parts)
            yield from log
        tick()


def _header(
    ctx: HandoutContext, week_index: int, week: Week, session: Session
) -> Iterator[Flowable]:
    date = ctx.program.session_date(week_index, session.day)
    name = shown(session.name) or "Session"
    yield Paragraph(f"Week {week_index + 1} · {esc(name)}", _title_style(ctx))
    facts = [f"{DAY_NAMES[session.day]} {date.day} {date:%B %Y}"]
    if time := session_time_text(ctx.program, session):
        facts.append(time)
    if session.rpe is not None:
        facts.append(f"session RPE {number(session.rpe)} of 10")  # as the how-to names it
    if week.deload:
        facts.append("<b>deload week: lighter on purpose</b>")
    # At 10 pt the date, time and effort fit one line on A4 and Letter.
    yield Paragraph(" · ".join(facts), _facts_style(ctx))


def _title_style(ctx: HandoutContext) -> ParagraphStyle:
    return ParagraphStyle("session_title", parent=ctx.styles.h1, spaceAfter=3)


def _facts_style(ctx: HandoutContext) -> ParagraphStyle:
    return ParagraphStyle(
        "session_facts", parent=ctx.styles.subtitle, fontSize=10, leading=13, spaceAfter=3
    )


def _heading_style(ctx: HandoutContext) -> ParagraphStyle:
    """A block's heading, closer to its table than the handout's h2 (a session has five)."""
    return ParagraphStyle("session_block", parent=ctx.styles.h2, spaceBefore=4, spaceAfter=2)


def _week_notes(ctx: HandoutContext, week: Week) -> Iterator[Flowable]:
    if notes := plain(week.notes, note=True).strip():
        yield Paragraph(f"<b>This week:</b> {esc(notes, note=True)}", ctx.styles.body)


def _block_table(ctx: HandoutContext, block: Block) -> Iterator[Flowable]:
    """A block's table: figure, exercise, dose, and the load, RPE and rest columns the block
    uses (a warm-up of body-weight drills has none: its cues get the room).

    The block's name heads the table in its header row, beside the column names, so each of
    a session's five blocks spends one line on its title rather than two; a table that goes
    on overleaf repeats that row as "Core (continued)"."""
    fig_w = FIGURE_W + 4
    shown_columns = _extra_columns(block)
    ticked = [_ticked(ctx, block, item) for item in block.items]
    done = [_DONE] if any(ticked) else []
    fixed = [fig_w, 0.0, _DOSE_W, *(_COLUMNS[title][0] for title in shown_columns)]
    fixed += [_DONE_W] * len(done)
    fixed[1] = ctx.width - sum(fixed)
    title = " ".join(plain(block_title(block, ctx.catalog)).split())
    rows: list[list[object]] = [[title, "", "Dose", *shown_columns, *done]]
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("SPAN", (0, 0), (1, 0)),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), BODY_PT),
        ("FONTSIZE", (0, 0), (1, 0), _TITLE_PT),
        ("LEADING", (0, 0), (1, 0), _TITLE_PT * 1.2),
        ("FONTSIZE", (2, 1), (-1, -1), _DOSE_PT),
        ("LEADING", (2, 1), (-1, -1), _DOSE_LEADING),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *([("ALIGN", (-1, 0), (-1, -1), "CENTER")] if done else []),
    ]
    first_row = 0.0
    for item, tick in zip(block.items, ticked, strict=True):
        item_rows = _item_rows(ctx, item, fixed[1] - 4, shown_columns)
        if done:
            # Done or not, ticked in its row: the log's set boxes are for what is counted.
            item_rows[0].append(TickBox(_TICK) if tick else "")
            for row in item_rows[1:]:
                row.append("")
        if not first_row:
            first_row = _row_height(item_rows[0], fixed)
        rows += item_rows
        last = len(rows) - 1
        style.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
        if len(item_rows) > 1:
            first = last - len(item_rows) + 1
            style.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
            style.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
    table = BlockTable(rows, colWidths=fixed, repeatRows=1, splitByRow=1, hAlign="LEFT")
    table.setStyle(table_style(style))
    table.title = title
    table.spaceBefore = 4
    # The header row stays with the first exercise (no title alone at the foot of a page).
    yield CondPageBreak(max(60.0, _HEADING_ROOM + first_row))
    yield table


class BlockTable(FlatTable):
    """A block's table, whose continuation overleaf is headed "Core (continued)" in the
    repeated header row (the row that names the block)."""

    title = ""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if len(parts) == 2 and isinstance(parts[1], BlockTable):
            rest = parts[1]
            rest.title = self.title
            header = rest._cellvalues[0]
            rest._cellvalues[0] = [f"{self.title} (continued)", *header[1:]]
        return parts


def _load_cell(item: Item, units: str) -> str:
    return load_text(item, units)


def _rpe_cell(item: Item, units: str) -> str:
    return "" if item.rpe is None else number(item.rpe)


def _rest_cell(item: Item, units: str) -> str:
    return seconds(item.rest_s) if item.rest_s else ""


#: The columns after the dose, each with its width and its text for an item ("" prints "–").
_COLUMNS: dict[str, tuple[float, Callable[[Item, str], str]]] = {
    "Load": (_LOAD_W, _load_cell),
    "RPE": (_RPE_W, _rpe_cell),
    "Rest": (_REST_W, _rest_cell),
}


#: The tick column of a block done rather than counted (a warm-up, mobility, a walk).
_DONE = "Done"
_DONE_W = 34.0
_TICK = 12.0


def _ticked(ctx: HandoutContext, block: Block, item: Item) -> bool:
    """Whether the item's row has a tick box (with the log on: see `common.log_kind`)."""
    return ctx.options.log and log_kind(ctx.catalog, block.kind, item) == "tick"


def _extra_columns(block: Block) -> list[str]:
    """Load, RPE and Rest if any item of the block has one (a loaded lift, a rated set,
    a rest between sets); a column of dashes only takes room from the cues."""
    return [
        title
        for title, (_, value) in _COLUMNS.items()
        if any(value(item, "kg") not in ("", "–") for item in block.items)
    ]


def _row_height(row: list[object], widths: list[float]) -> float:
    """About how tall a table row of `_item_rows` prints (its cells padded as the table's)."""
    tallest = 0.0
    for cell, width in zip(row, widths, strict=True):
        if isinstance(cell, Flowable):
            tallest = max(tallest, cell.wrap(width - 4, 1e6)[1])
        elif isinstance(cell, str) and cell:
            tallest = max(tallest, (cell.count("\n") + 1) * _DOSE_LEADING)
    return tallest + 4


def _item_rows(
    ctx: HandoutContext, item: Item, text_width: float, columns: Sequence[str]
) -> list[list[object]]:
    """An item's table rows; the exercise cell is plain text runs (name, ramp-up loads, cues,
    cautions, note).

    Text longer than ROW_LINES lines (a long note) continues in further rows of the same
    item, so the table splits between rows and nothing is ever taller than a page.
    """
    exercise = ctx.catalog.get(item.exercise)
    name = exercise.name if exercise else item.exercise
    runs = [Run(name, BOLD, BODY_PT, _TEXT_LEADING), *ramp_run(item, exercise, ctx.program)]
    if exercise is not None:
        runs += [
            Run(cue, REGULAR, BODY_PT, _TEXT_LEADING, INK, bullet="•")
            for cue in exercise.cues[:MAX_CUES]
        ]
    # Cautions at the cues' leading: a session prints some twenty of them.
    runs += [replace(run, leading=_TEXT_LEADING) for run in caution_runs(exercise, MAX_CAUTIONS)]
    if note := plain(item.note, note=True).strip():
        runs += _note_runs(note)
    lines = text_lines(runs, text_width)
    picture = row_figure(ctx, item.exercise)
    cells: list[object] = [
        picture if picture is not None else "",
        TextBlock(lines=lines[:ROW_LINES]),
        _wrapped(ctx, dose_text(item), _DOSE_W, _DOSE_PT),
    ]
    for title in columns:
        width, value = _COLUMNS[title]
        text = value(item, ctx.units)
        cells.append(_wrapped(ctx, text, width, _DOSE_PT) if text else "–")
    rows: list[list[object]] = [cells]
    for start in range(ROW_LINES, len(lines), ROW_LINES):
        blank: list[object] = [""] * (len(cells) - 2)
        rows.append(["", TextBlock(lines=lines[start : start + ROW_LINES]), *blank])
    return rows


def row_figure(ctx: HandoutContext, exercise_id: str) -> PoseFlowable | None:
    """The exercise's figure for a session row, or None for an exercise without one: one
    flowable per exercise and export (kept with the context's poses), drawn once per PDF as
    a form."""
    key = f"row:{exercise_id}"
    if key not in ctx._poses:
        pose = pose_for(ctx.catalog.get(exercise_id))
        figure = None
        if pose is not None:
            x0, y0, x1, y1 = bounds(pose)
            need = (FIGURE_W - 3) * (y1 - y0) / max(x1 - x0, 1e-6) + 3  # 1.5 pt clear a side
            height = max(FIGURE_MIN_H, min(FIGURE_MAX_H, need))
            figure = PoseFlowable(pose, f"row-{exercise_id}", FIGURE_W, height)
        ctx._poses[key] = figure
    return ctx._poses[key]


def _note_runs(note: str) -> list[Run]:
    """An item's note, one run per line, led by "Note:". A note that starts right to left
    prints the Latin label on a line of its own at the left, then its lines aligned right:
    in one run the label took the note's direction and read ":Note" at the right end."""
    lines = note.split("\n")
    label = Run("Note:", ITALIC, BODY_PT, _TEXT_LEADING)
    runs = [
        Run(line, ITALIC, BODY_PT, _TEXT_LEADING, direction_of=line, note=True) for line in lines
    ]
    if is_right_to_left(lines[0]):
        return [label, *runs]
    runs[0] = replace(runs[0], text=f"Note: {lines[0]}")
    return runs


def _wrapped(ctx: HandoutContext, text: str, width: float, size: float | None = None) -> str:
    """Plain text broken into lines that fit `width` (plain cells are far cheaper to lay out)."""
    style = ctx.styles.cell
    return "\n".join(wrap_phrases(text, style.fontName, size or style.fontSize, width - 6))


@lru_cache(maxsize=4096)
def wrap_phrases(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Lines of at most `width` points that break after a comma where they can, so a dose
    reads '2 × 20 m,' / 'per side' rather than '2 × 20 m, per' / 'side'. Cached: the same
    doses repeat across every session."""
    text = " ".join(plain(text).split())  # a tempo is user text: no control characters
    if stringWidth(text, font, size) <= width:
        return (text,)
    lines: list[str] = []
    for phrase in text.split(", "):
        joined = f"{lines[-1]}, {phrase}" if lines else phrase
        if lines and stringWidth(joined, font, size) <= width:
            lines[-1] = joined
        elif lines:
            lines[-1] += ","
            lines += wrap_text(phrase, font, size, width)
        else:
            lines = wrap_text(phrase, font, size, width)
    return tuple(lines)


class SessionEnd(KeepTogether):  # type: ignore[misc]
    """The session's last block and its log, laid out one after the other, except that a
    log which would go overleaf alone takes the block's last exercise with it.

    A page holding nothing but a session's log is a page a clinic prints for a few lines
    (and that the athlete loses); the last exercise row, under its block's "(continued)"
    heading, keeps the log's page part of the session. A log taller than half a page keeps
    its own rule (`KeepTogetherOrFill`): it starts below the session and goes on overleaf.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        content: list[Flowable] = list(self._content)
        table, *log = content
        frame = getattr(self, "_frame", None)
        page = frame._height if frame is not None else avail_height
        block_h = self._height(table, avail_width)
        log_h = sum(self._height(part, avail_width) for part in log)
        below = avail_height - block_h
        long_log = log_h > page / 2 and below >= page * SessionLog.LEAST
        if block_h + log_h <= avail_height or block_h > avail_height or long_log:
            # All fits, the block itself splits, or a long log starts below it: the frame lays
            # them out one by one (an action first, as it asks of a split's first part).
            return [NullActionFlowable(), *content]
        # The block fits and the log does not: the last exercise goes overleaf with it.
        parts: list[Flowable] = table.split(avail_width, table.wrap(avail_width, 1e6)[1] - 1)
        if len(parts) < 2:
            return [FrameBreak(), *content]  # one exercise: the block goes with the log
        head, rest = parts
        return [head, FrameBreak(), rest, *log]

    def _height(self, flowable: Flowable, width: float) -> float:
        """The height `flowable` takes in a frame, the space around it included (a
        KeepTogether measures its content: its own wrap asks to be split)."""
        tall = flowable.wrapOn(self.canv, width, 1e6)[1]
        if isinstance(flowable, KeepTogether):
            tall = flowable._H
        return float(tall + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def _log_area(ctx: HandoutContext, session: Session) -> Iterator[Flowable]:
    """The log, kept on one page when it fits there (a new page rather than a stray tail of
    'How did your back feel?' overleaf), unless that leaves this page more than half empty:
    then it starts below the session and goes on overleaf. A log taller than a page splits."""
    yield CondPageBreak(120)
    yield SessionLog(list(_log_parts(ctx, session)))


class SessionLog(KeepTogetherOrFill):
    """The log kept on one page, or, taller than the room below the session, started there
    and continued overleaf (its set boxes split between rows, at least a quarter of a page
    going over), so that the page it ends on is never the log alone."""

    #: The least room, a fraction of the page, a long log starts in below the session.
    LEAST = 0.2

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        if frame is not None and self._H > avail_height >= frame._height * self.LEAST:
            budget = min(avail_height, self._H - frame._height * self.TAIL)
            head, tail = cut_flowables(list(self._content), avail_width, budget)
            if head and tail:
                return [*head, FrameBreak(), *tail]
        parts: list[Flowable] = super().split(avail_width, avail_height)
        return parts


def _log_parts(ctx: HandoutContext, session: Session) -> Iterator[Flowable]:
    """Boxes to write in: load × reps per set of what is counted, and how the back felt.

    What is done rather than counted (the warm-up, mobility, a walk) has its tick box in its
    own table row above, beside its cues, so the log holds only the numbers."""
    logged = [
        (block.kind, item)
        for block in session.blocks
        for item in block.items
        if log_kind(ctx.catalog, block.kind, item) != "tick"
    ]
    if logged:
        # What to write goes beside the heading: a line of its own on every session adds up.
        yield ctx.fixed_paragraph(
            f'Your log <font name="{REGULAR}" size="{BODY_PT:g}">· write what you did in each'
            " box: load × reps, or seconds held</font>",
            _heading_style(ctx),
        )
        yield _set_boxes(ctx, logged)
    else:
        yield ctx.fixed_paragraph("Your log", _heading_style(ctx))
    yield from _back_feel(ctx)


def _set_boxes(ctx: HandoutContext, logged: Sequence[tuple[BlockKind, Item]]) -> Flowable:
    """A row of set boxes per exercise, a per-side one halved into L and R."""
    columns = min(MAX_LOG_SETS, max(item.sets for _, item in logged))
    # The name and what to do take what boxes of about 21 mm leave, up to about half the
    # width, so most fit one line.
    name_w = max(min(170.0, ctx.width * 0.34), min(ctx.width * 0.55, ctx.width - columns * 60))
    box_w = (ctx.width - name_w) / columns
    rows: list[list[object]] = [["Exercise", *(f"Set {n}" for n in range(1, columns + 1))]]
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("LEADING", (0, 0), (-1, -1), 12),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for row_index, (_, item) in enumerate(logged, start=1):
        cells, commands = _log_row(ctx, item, columns, name_w, 0, row_index)
        rows.append(cells)
        style += commands
    table = FlatTable(
        rows,
        colWidths=[name_w] + [box_w] * columns,
        repeatRows=1,
        minRowHeights=[0] + [LOG_BOX_H] * len(logged),
        hAlign="LEFT",
    )
    table.setStyle(table_style(style))
    return table


def _log_row(
    ctx: HandoutContext,
    item: Item,
    columns: int,
    name_w: float,
    col: int,
    row: int,
) -> tuple[list[object], list[tuple[object, ...]]]:
    """One exercise's log cells (its name and dose, then a box per set) and their styles,
    for the cells that start at column `col` of `row`."""
    label = ctx.catalog.name_of(item.exercise)
    if item.sets > columns:
        label += f" (+{item.sets - columns} more sets)"
    hint = dose_text(item)
    if item.load is not None:
        hint += f" @ {load_text(item, ctx.units)}"
    # The name at 10 pt, the dose and load to do at 11 pt, as in the tables above; on one
    # line at 11 pt when they fit there.
    one_line = f"{label} · {hint}"
    if stringWidth(one_line, REGULAR, DOSE_PT) <= name_w - 6:
        runs = [Run(one_line, REGULAR, DOSE_PT, _DOSE_LEADING)]
    else:
        runs = [Run(label, REGULAR, BODY_PT, 12), Run(hint, REGULAR, DOSE_PT, _DOSE_LEADING)]
    cell = TextBlock(lines=text_lines(runs, name_w - 6))
    first, last = (col + 1, row), (col + columns, row)
    boxes: list[object] = [SideBoxes() if item.per_side else "" for _ in range(columns)]
    commands: list[tuple[object, ...]] = [("GRID", first, last, 0.6, DARK)]
    if item.sets < columns:
        commands.append(("BACKGROUND", (col + 1 + item.sets, row), last, SHADE))
    return [cell, *boxes], commands


class SideBoxes(Flowable):  # type: ignore[misc]
    """A set box halved for a per-side exercise: the left side's reps, then the right's."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 20.0
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(DARK)
        canvas.setLineWidth(0.4)
        canvas.line(self.width / 2, -2, self.width / 2, self.height + 2)
        canvas.setFont(REGULAR, BODY_PT)
        canvas.setFillColor(INK)
        canvas.drawString(0, self.height - BODY_PT + 2, "L")
        canvas.drawString(self.width / 2 + 2, self.height - BODY_PT + 2, "R")


def _back_feel(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    sharp = PageRef("Sharp pain: stop and read the safety page", "safety", REGULAR, s.cell.fontSize)
    fine, sore = "Fine", "Sore: dull, spread out"
    choice = [TickBox(), fine, TickBox(), sore, TickBox(), sharp]
    # Each answer as wide as its words at 10 pt; the sharp one, with its page, takes the rest.
    size = s.cell.fontSize
    fine_w, sore_w = (stringWidth(text, REGULAR, size) + 12 for text in (fine, sore))
    sharp_w = ctx.width - 3 * 14 - fine_w - sore_w
    options = FlatTable([choice], colWidths=[14, fine_w, 14, sore_w, 14, sharp_w], hAlign="LEFT")
    options.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    # One ruled line to note where and when it hurt, a pen's height (8 mm) above the rule.
    lines = FlatTable([[""]], colWidths=[ctx.width], rowHeights=[LOG_BOX_H], hAlign="LEFT")
    lines.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.6, DARK)]))
    yield CondPageBreak(60)
    yield ctx.fixed_paragraph("How did your back feel?", s.h3)
    yield options
    yield lines
