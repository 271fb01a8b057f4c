"""The compact handout's programme: each session type (sessions sharing a name, such as
"Lower A") as one table, a row per exercise and a column per time it is done, weeks left to
right. What stays the same across the columns is said once beside the exercise's name; each
column holds what changes (dose, load, ramp-up sets) above a box to log it in. A long plan's
columns are split across several tables, at most MAX_COLUMNS to a table."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from planner_gui.domain.block_titles import block_title
from planner_gui.domain.models import Block, Item
from planner_gui.domain.vocabulary import BLOCK_KINDS, BlockKind
from planner_gui.export import scripts
from planner_gui.export.context import HandoutContext
from planner_gui.export.details import allow_minutes, allow_words, ramp_columns
from planner_gui.export.flowables import OutlineEntry, Run, TextBlock, text_lines
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR
from planner_gui.export.layouts.common import (
    BODY_PT,
    DOSE_PT,
    LOG_BOX_H,
    TICK,
    TICKED_BLOCKS,
    Dated,
    draw_box,
    log_kind,
    session_name,
    sessions_by_date,
)
from planner_gui.export.layouts.howto import howto_flowables
from planner_gui.export.scripts import width as stringWidth
from planner_gui.export.styles import DARK, INK, LIGHT, RULE, SHADE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.export.text import dose_text, esc, load_text, number, plain, seconds
from planner_gui.export.wrap import clamp_lines, wrap_text

#: Most columns (sessions) one table holds, and the narrowest a column may be.
MAX_COLUMNS = 8
MIN_COLUMN_W = 46.0
NAME_W = 100.0
#: The least the name column gives up so that the week columns print a dose whole.
MIN_NAME_W = 90.0
#: Inside a cell: a column of 8 keeps '52.5 kg' (11 pt bold) on one line.
_PAD = 2.0
#: Lines an exercise's name may take in the programme (the guide prints it whole).
NAME_LINES = 3
#: Lines a note may take beside its exercise; a longer one prints whole under the table.
NOTE_LINES = 6
_LEAD = 1.22
#: The leading of a 10 pt line in a cell (the name column, the header), as in the week cells.
_LINE = BODY_PT * _LEAD
#: What a column's ramp-up sets are headed with; the row's label says their unit.
RAMP_CELL_LABEL = "Ramp-up"
#: A narrow no-break space: a dose or ramp-up set a hair too wide for its column is set with
#: these rather than broken ("47.5 × 2", "3 × 20 m" in an 8-column A4 table).
_TIGHT = "\u202f"
#: How a deload week's column is marked after its date, and the key said once beside the
#: weeks: the column's shading is lost on a black-and-white photocopy, and the word itself on
#: a line of its own cost the 8-week handout a page (13 A4).
DELOAD_MARK = "D"
DELOAD_KEY = f"{DELOAD_MARK} = deload week"
#: Room for the rule between the ramp-up sets and the working sets.
_RULE_GAP = 3.0


@dataclass
class SessionType:
    """Sessions that share a name, in date order."""

    name: str
    dated: list[Dated] = field(default_factory=list)


def session_types(ctx: HandoutContext) -> list[SessionType]:
    """The plan's sessions grouped by name, the groups in the order they first occur."""
    groups: dict[str, SessionType] = {}
    for dated in sessions_by_date(ctx.program):
        name = session_name(dated.session)
        groups.setdefault(name.casefold(), SessionType(name)).dated.append(dated)
    return list(groups.values())


def chunks(count: int, most: int) -> list[range]:
    """`count` columns cut into the fewest tables of at most `most`, as even as can be."""
    if count == 0:
        return []
    tables = -(-count // most)
    size = -(-count // tables)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


class WeekCell(Flowable):  # type: ignore[misc]
    """One column's part of a row: lines of text (ramp-up sets, dose, load) above the box,
    the left and right boxes or the tick box the athlete fills in. The first `ruled` lines
    (the ramp-up sets) are ruled off from the working sets under them."""

    def __init__(
        self, lines: Sequence[tuple[str, str, float]], log: str | None, ruled: int = 0
    ) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.log = log
        self.ruled = ruled if 0 < ruled < len(self.lines) else 0
        self.width = 0.0
        self.height = 0.0

    def _box_height(self) -> float:
        if self.log is None:
            return 0.0
        return TICK + 2 if self.log == "tick" else LOG_BOX_H

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        text = sum(size * _LEAD for _, _, size in self.lines) + (_RULE_GAP if self.ruled else 0)
        self.height = text + (2 if self.lines and self.log else 0) + self._box_height()
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        canvas.setFillColor(INK)
        for index, (text, font, size) in enumerate(self.lines):
            if self.ruled and index == self.ruled:
                canvas.setStrokeColor(DARK)
                canvas.setLineWidth(0.5)
                canvas.line(0, y - _RULE_GAP / 2, self.width, y - _RULE_GAP / 2)
                y -= _RULE_GAP
            y -= size * _LEAD
            canvas.setFont(font, size)
            scripts.draw_string(canvas, 0, y + size * 0.25, text, font, size)
        if self.log == "tick":
            draw_box(canvas, 0, 1, TICK, TICK)
        elif self.log == "sides":
            half = (self.width - 2) / 2
            for index, label in enumerate(("L", "R")):
                x = index * (half + 2)
                draw_box(canvas, x, 0, half, LOG_BOX_H)
                canvas.setFont(REGULAR, BODY_PT)
                canvas.setFillColor(INK)
                canvas.drawString(x + 2, LOG_BOX_H - BODY_PT, label)
        elif self.log == "box":
            draw_box(canvas, 0, 0, self.width, LOG_BOX_H)


def _fit(text: str, font: str, size: float, width: float) -> list[tuple[str, str, float]]:
    return [(line, font, size) for line in wrap_text(text, font, size, width)]


_UNITS = frozenset({"s", "m", "min", "km", "kg", "lb"})


def dose_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A dose (or a ramp-up set) in a narrow column: whole when it fits, else whole with its
    spaces narrowed (`_TIGHT`), else broken between its parts, never between a × and its
    count nor a number and its unit ("3 × 6," "8 s hold"; "3" "× 20 m", never "3 ×" "20 m",
    which a clinician read as a dose of its own). The dose keeps the spaces round its ×: every
    athlete-facing dose reads "3 × 10", "3 × 35 s" (a new-user review found "3×35 s" next to
    "3 × 10" in one table)."""
    if (whole := whole_line(text, font, size, width)) is not None:
        return [whole]
    parts: list[str] = []
    count = False  # the word after a × is its count
    for word in text.split():
        if parts and (count or word.rstrip(",") in _UNITS):
            parts[-1] += f" {word}"  # a number keeps its unit, a × its count
        else:
            parts.append(word)
        count = word == "×"
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} {part}" if lines else part
        if lines and (fits := whole_line(joined, font, size, width)) is not None:
            lines[-1] = fits
        elif (fits := whole_line(part, font, size, width)) is not None:
            lines.append(fits)
        elif part.startswith("× ") and lines:
            # Too narrow for '× 25 min': the × goes up, the count keeps its unit.
            lines[-1] += " ×"
            lines += wrap_text(part[2:], font, size, width)
        else:
            lines += wrap_text(part, font, size, width)
    return lines


def whole_line(text: str, font: str, size: float, width: float) -> str | None:
    """`text` on one line of `width`: as it is, or with narrow no-break spaces; None when
    neither fits."""
    if scripts.width(text, font, size) <= width:
        return text
    tight = text.replace(" ", _TIGHT)
    return tight if scripts.width(tight, font, size) <= width else None


def _kept_together(words: list[str], font: str, size: float, width: float) -> list[str]:
    """The words of a name, the weeks of a merged row's label as one ('(weeks 1–4, 8)') when
    they fit a line: 'deadlift (weeks' '1–4)' split what a reader takes in at once."""
    kept: list[str] = []
    index = 0
    while index < len(words):
        if words[index] in ("(week", "(weeks"):
            end = next((n for n in range(index, len(words)) if words[n].endswith(")")), None)
            if end is not None and end > index:
                group = " ".join(words[index : end + 1])
                if scripts.width(group, font, size) <= width:
                    kept.append(group)
                    index = end + 1
                    continue
        kept.append(words[index])
        index += 1
    return kept


def _clamped(text: str, font: str, width: float, most: int = NAME_LINES) -> list[str]:
    return clamp_lines(" ".join(plain(text).split()), font, BODY_PT, width, most)


def name_lines(text: str, font: str, size: float, width: float) -> list[str] | None:
    """An exercise's name in lines of `width`, broken only at spaces and after hyphens ("Bird-"
    "dog", never "Bird-do" "g"), and after a hyphen only when the word is wider than a line
    ("Dumbbell" "step-up", not "Dumbbell step-" "up"); None when a piece is wider than the
    line, so the caller can print something shorter rather than a word cut in two."""
    lines: list[str] = []
    line = ""
    for word in _kept_together(plain(text).split(), font, size, width):
        whole = scripts.width(word, font, size) <= width
        if line and whole and scripts.width(f"{line} {word}", font, size) > width:
            lines.append(line)  # the word goes down whole
            line = ""
        pieces = re.findall(r"[^-]+-*|-+", word)
        for index, piece in enumerate(pieces):
            if scripts.width(piece, font, size) > width:
                return None
            joined = line + (" " if line and index == 0 else "") + piece
            if not line or scripts.width(joined, font, size) <= width:
                line = joined
            else:
                lines.append(line)
                line = piece
    return [*lines, line] if line else lines


def named_weeks(name: str, weeks: Sequence[int], key: str = "") -> str:
    """An exercise of a merged row and its weeks, in the one style every label and note of
    the programme uses: 'Front plank (weeks 1–4, 8)', with its column letter first when the
    columns print letters ('A: Tall-kneeling Pallof press (weeks 1–4)')."""
    return f"{key}: {name} ({week_list(weeks)})" if key else f"{name} ({week_list(weeks)})"


def week_list(weeks: Sequence[int]) -> str:
    """Week numbers as a reader says them: [1, 2, 3, 4, 8] → 'weeks 1–4, 8', [5] → 'week 5'."""
    ordered = sorted(set(weeks))
    runs: list[list[int]] = []
    for week in ordered:
        if runs and week == runs[-1][-1] + 1:
            runs[-1].append(week)
        else:
            runs.append([week])
    parts = [f"{run[0]}" if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs]
    return ("week " if len(ordered) == 1 else "weeks ") + ", ".join(parts)


@dataclass(frozen=True)
class _Row:
    """A place in the session: the n-th exercise of a block. When a later week swaps the
    exercise for its progression, the new one carries on in the same row."""

    kind: BlockKind
    position: int


def _rows(group: SessionType) -> list[_Row]:
    """Every (block, position) the group's sessions hold, in session order."""
    rows: list[_Row] = []
    for kind in BLOCK_KINDS:
        most = 0
        for dated in group.dated:
            block = dated.session.block(kind)
            most = max(most, len(block.items) if block else 0)
        rows += [_Row(kind, position) for position in range(most)]
    return rows


def _item(dated: Dated, row: _Row) -> Item | None:
    block = dated.session.block(row.kind)
    if block is None or row.position >= len(block.items):
        return None
    return block.items[row.position]


def _block_title(ctx: HandoutContext, kind: BlockKind, columns: Sequence[Dated]) -> str:
    """The heading of a block's rows for what they hold over every week of the table
    (`domain.block_titles`): a steady walk in the main block is "Conditioning", as in the
    full layout and the cards, never "Main lifts"."""
    items = [
        item
        for dated in columns
        if (block := dated.session.block(kind)) is not None
        for item in block.items
    ]
    return block_title(Block.model_construct(kind=kind, items=items), ctx.catalog)


def programme_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    groups = session_types(ctx)
    yield OutlineEntry("Programme", "programme", level=0)
    yield Paragraph("Your programme", s.h1)
    yield from howto_flowables(ctx)
    if not groups:
        yield Paragraph("No sessions are planned yet.", s.body)
    for number_, group in enumerate(groups):
        yield from _group_tables(ctx, group, number_)


def week_notes(ctx: HandoutContext) -> Iterator[Flowable]:
    """The weeks' notes, each once (the full layout prints them on each week's first page)."""
    s = ctx.styles
    shown = [(i, plain(w.notes, note=True).strip()) for i, w in enumerate(ctx.program.weeks)]
    notes = [(i, text) for i, text in shown if text]
    if notes:
        yield Paragraph("Notes for the weeks", s.h2)
        for index, text in notes:
            yield Paragraph(
                f"<b>Week {index + 1}:</b> {esc(text, note=True)}", s.bullet, bulletText="•"
            )


def _group_tables(ctx: HandoutContext, group: SessionType, index: int) -> Iterator[Flowable]:
    s = ctx.styles
    most = max(1, min(MAX_COLUMNS, int((ctx.width - NAME_W) // MIN_COLUMN_W)))
    parts = chunks(len(group.dated), most)
    rows = _rows(group)
    for part_index, part in enumerate(parts):
        columns = [group.dated[i] for i in part]
        title = group.name
        weekdays = {f"{d.day:%A}" for d in columns}
        if len(weekdays) == 1:
            title += f" · {weekdays.pop()}s"  # said once, so each column's date takes a line
        title += _minutes(ctx, columns)
        if len(parts) > 1:
            title += f" · {part_index + 1} of {len(parts)}"
        table, notes, opening = _table(
            ctx, columns, rows, with_weekday=len({d.day.weekday() for d in columns}) > 1
        )
        below = [*_session_notes(ctx, columns), *_notes_flowables(ctx, notes)]
        kept: Flowable = table if not below else KeptNotes(table, below, ctx.height)
        # The heading goes where the table's first block and first exercise row fit too, never
        # with a warm-up alone at a page foot (a table too small to split goes with its notes,
        # whole).
        yield _RoomFor(kept, _opening_height(table, ctx.width, opening) + 30)
        if part_index == 0:
            yield OutlineEntry(group.name, f"programme-{index}", level=1)
        # A table that runs over a page carries on overleaf under a line naming its session
        # ("Squat day (continued)") above the repeated header row.
        again = group.name + (f" · {part_index + 1} of {len(parts)}" if len(parts) > 1 else "")
        table.continued = _continued_maker(ctx, f"{again} (continued)")
        yield Paragraph(esc(title), s.h2)
        yield kept
        if not below:
            yield Spacer(1, _NOTES_GAP)


def _continued_maker(ctx: HandoutContext, text: str) -> Callable[[], Flowable]:
    """Makes the line above a table's rest overleaf, which says whose table it is."""
    style = ParagraphStyle("programme_continued", parent=ctx.styles.h3, spaceBefore=0, spaceAfter=3)
    return lambda: Paragraph(esc(text), style)


def _session_notes(ctx: HandoutContext, columns: Sequence[Dated]) -> Iterator[Flowable]:
    """The sessions' own notes (the window's "Session notes"), each under its weeks: "Week 3:
    ...", or "Weeks 1–4: ..." for a note given every time; a week with two sessions of the
    table says their day too. Printed in the clinician's words, as data."""
    style = ParagraphStyle(
        "programme_session_note",
        parent=ctx.styles.body,
        fontSize=BODY_PT,
        spaceBefore=0,
        spaceAfter=3,
    )
    twice = {
        d.week_index for d in columns if sum(o.week_index == d.week_index for o in columns) > 1
    }
    by_note: dict[str, list[Dated]] = {}
    for dated in columns:
        if note := plain(dated.session.notes, note=True).strip():
            by_note.setdefault(note, []).append(dated)
    for note, sessions in by_note.items():
        if any(d.week_index in twice for d in sessions):
            label = "; ".join(
                f"Week {d.week_index + 1}, {d.day:%a} {d.day.day} {d.day:%b}" for d in sessions
            )
        else:
            label = week_list([d.week_index + 1 for d in sessions]).capitalize()
        yield NoteParagraph(f"<b>{esc(label)}:</b> {esc(note, note=True)}", style)


#: Between a table and its notes; and the height up to which a table with its notes is never
#: split (it starts a page instead when it does not fit whole).
_NOTES_GAP = 4.0
_SMALL_TABLE = 250.0


class NoteParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width: KeptNotes measures its notes, then
    the frame wraps each again at the same width, and breaking a note of bold and italic
    runs (reportlab's slow path for mixed fonts) is most of a long note's export time."""

    _measured: tuple[float, object, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # The lines depend on the width alone; `split` drops them (del blPara) when it
        # leaves the paragraph whole for the next page, and they are broken again then.
        if self._measured is not None:
            width, lines, size = self._measured
            if width == avail_width and getattr(self, "blPara", None) is lines:
                return size
        size = tuple(super().wrap(avail_width, avail_height))
        self._measured = (avail_width, getattr(self, "blPara", None), size)
        return size


class KeptNotes(Flowable):  # type: ignore[misc]
    """A programme table and the notes printed under it, kept together: when the notes do not
    fit under the table's last row on this page, the table's last rows carry over with them
    (under the repeated header row), so a page never opens with notes away from their table.
    The notes stay Paragraphs of their own (as in a frame), so right-to-left notes read back
    in order; notes taller than half a page print as before, running on over the page."""

    def __init__(
        self,
        table: FlatTable,
        notes: Sequence[Flowable],
        page_height: float,
        heights: dict[tuple[int, float], float] | None = None,
    ) -> None:
        super().__init__()
        self.table = table
        self.notes = list(notes)
        self.page_height = page_height
        self._table_h = 0.0
        self._placed: list[tuple[Flowable, float, float]] = []  # note, height, space after
        # Each note's height at a width, shared with the KeptNotes its split leaves for the
        # next page: a note's height depends on the width alone, and wrapping every note again
        # on each page a long table runs over cost O(notes × pages).
        self._heights = {} if heights is None else heights

    def _note_height(self, note: Flowable, avail_width: float, avail_height: float) -> float:
        key = (id(note), avail_width)
        if key not in self._heights or getattr(note, "width", None) != avail_width:
            # (Wrapped at another width since: wrapped again, so it draws at this one.)
            self._heights[key] = float(note.wrap(avail_width, avail_height)[1])
        return self._heights[key]

    def _rest(self, table: FlatTable) -> KeptNotes:
        return KeptNotes(table, self.notes, self.page_height, self._heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._table_h = float(self.table.wrap(avail_width, avail_height)[1])
        self._placed = []
        height = self._table_h + _NOTES_GAP
        for index, note in enumerate(self.notes):
            note_h = self._note_height(note, avail_width, avail_height)
            after = float(note.getSpaceAfter()) if index < len(self.notes) - 1 else 0.0
            self._placed.append((note, note_h, after))
            height += note_h + after
        self.width, self.height = avail_width, height
        return self.width, self.height

    def table_height(self, avail_width: float) -> float:
        return float(self.table.wrap(avail_width, 100_000)[1])

    def getSpaceAfter(self) -> float:
        return float(self.notes[-1].getSpaceAfter()) if self.notes else 0.0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = self._table_h <= avail_height
        if self.height - self._table_h > self.page_height / 2:
            # Notes too long to travel: under the table as any flowables, running on.
            if fits:
                return [self.table, Spacer(1, _NOTES_GAP), *self.notes]
            parts = self.table.split(avail_width, avail_height)
            if len(parts) < 2:
                return []
            return [*parts[:-1], self._rest(parts[-1])]
        # A table taller than the room splits where the page ends; one that fits leaves its
        # last rows for the next page, where the notes go too.
        parts = self.table.split(avail_width, avail_height if not fits else self._table_h - 1)
        if len(parts) >= 2:  # with the "(continued)" line overleaf: head, break, line, rest
            return [*parts[:-1], self._rest(parts[-1])]
        if fits and self.height > self.page_height:
            return [self.table, Spacer(1, _NOTES_GAP), *self.notes]  # even a page is too small
        return []  # too small to split: whole on the next page

    def draw(self) -> None:
        y = self.height - self._table_h
        self.table.drawOn(self.canv, 0, y)
        y -= _NOTES_GAP
        for note, height, after in self._placed:
            y -= height
            note.drawOn(self.canv, 0, y)
            y -= after


class _RoomFor(CondPageBreak):  # type: ignore[misc]
    """A page break unless `opening` points are left, or the whole of a small table with its
    notes (which does not split). Measured when the frame reaches it, not while the story is
    built: shaping a note's Arabic before the text printed ahead of it changes which text the
    PDF maps shared glyphs back to, and the note then reads back out of order."""

    def __init__(self, kept: Flowable, opening: float) -> None:
        super().__init__(opening)
        self.kept = kept
        self.opening = opening

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self.opening
        if isinstance(self.kept, KeptNotes) and self.kept.table_height(avail_width) <= _SMALL_TABLE:
            whole = self.kept.wrap(avail_width, avail_height)[1]
            if whole <= _SMALL_TABLE:
                self.height = max(self.opening, whole + 30)

        return tuple(super().wrap(avail_width, avail_height))


def _minutes(ctx: HandoutContext, columns: list[Dated]) -> str:
    """How long the sessions take, said for every session type alike: ' · about 45 min', or
    ' · about 35–50 min' when the weeks differ; nothing when the plan gives no times. Weeks
    whose session runs long (details.allow_minutes) add the full layout's words, with the
    most any of them needs: '; allow 60 min for all of it', 'in weeks 5–6' unless all do."""
    minutes = sorted({d.session.duration_min for d in columns if d.session.duration_min})
    if not minutes:
        return ""
    if len(minutes) == 1:
        text = f" · about {minutes[0]} min"
    else:
        text = f" · about {minutes[0]}–{minutes[-1]} min"
    allow = [
        (d.week_index + 1, value)
        for d in columns
        if (value := allow_minutes(ctx.program, d.session)) is not None
    ]
    if not allow:
        return text
    text += f"; {allow_words(max(value for _, value in allow))}"
    if len(allow) < len(columns):
        text += f" in {week_list(sorted({week for week, _ in allow}))}"
    return text


def _opening_height(table: FlatTable, width: float, rows: int = 3) -> float:
    """Height of the table's first `rows` rows (the header, the first block, the first
    exercise row)."""
    table.wrap(width, 100_000)
    heights: list[float] = list(getattr(table, "_rowHeights", []) or [])
    return float(sum(heights[:rows])) if heights else 160.0


def _header(
    ctx: HandoutContext, dated: Dated, width: float, with_weekday: bool, short: bool
) -> TextBlock:
    """A column's head: its week ('Wk 12' in every column of a table where 'Week 12' does not
    fit one), its date and, for a deload week, DELOAD_MARK."""
    day = f"{dated.day.day} {dated.day:%b}"
    week = dated.week_index + 1
    when = f"{dated.day:%a} {day}" if with_weekday else day
    runs = [
        Run(f"Wk{_TIGHT}{week}" if short else f"Week {week}", BOLD, BODY_PT, _LINE),
        Run(when, REGULAR, BODY_PT, _LINE),
    ]
    lines = list(text_lines(runs, width))
    if ctx.program.weeks[dated.week_index].deload:
        # In bold after the date, on its line when it fits, into the cell's padding if need
        # be ('31 May D' in an 8-column A4 table); DELOAD_KEY says what it means.
        dx, text, font, size = lines[-1][:4]
        after = dx + scripts.width(f"{text}{_TIGHT}", font, size)
        if after + scripts.width(DELOAD_MARK, BOLD, BODY_PT) <= width + _PAD:
            lines.append((after, DELOAD_MARK, BOLD, BODY_PT, 0.0, INK))
        else:
            lines.append((0.0, DELOAD_MARK, BOLD, BODY_PT, _LINE, INK))
    block = TextBlock(lines=lines)
    block.wrap(width, 1000)
    return block


def _facts(item: Item, units: str) -> dict[str, str]:
    """What an item prescribes, fact by fact, as printed."""
    # "per side" is said once beside the name: a narrow column keeps the numbers.
    bare = item.model_copy(update={"per_side": False}) if item.per_side else item
    facts = {"dose": dose_text(bare), "load": "" if item.load is None else load_text(item, units)}
    facts["side"] = "per side" if item.per_side else ""
    facts["rpe"] = "" if item.rpe is None else f"RPE {number(item.rpe)}"
    return facts


def _table(
    ctx: HandoutContext, columns: list[Dated], rows: list[_Row], with_weekday: bool
) -> tuple[FlatTable, _Notes, int]:
    """The table, the notes too long for its cells (printed whole under it), and how many of
    its first rows must start a page together: the header, any block of drills ahead of the
    exercises (a warm-up) and the first exercise row, so a page never ends on a table's
    heading and its warm-up alone."""
    notes = _Notes()
    name_col = _name_width(ctx, columns, rows)
    col_w = (ctx.width - name_col) / len(columns)
    inner = col_w - 2 * _PAD
    name_inner = name_col - 2 * _PAD
    exercise = [Run("Exercise", BOLD, BODY_PT, _LINE)]
    if any(ctx.program.weeks[dated.week_index].deload for dated in columns):
        exercise.append(Run(DELOAD_KEY, REGULAR, BODY_PT, _LINE))
    name_cell = TextBlock(exercise)
    name_cell.wrap(name_inner, 1000)
    header: list[object] = [name_cell]
    # 'Week' '12' broke over two lines in an 8-column A4 table: 'Wk 12' in every column then.
    short = any(
        scripts.width(f"Week {dated.week_index + 1}", BOLD, BODY_PT) > inner for dated in columns
    )
    header += [_header(ctx, dated, inner, with_weekday, short) for dated in columns]
    table_rows: list[list[object]] = [header]
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for c, dated in enumerate(columns, start=1):
        if ctx.program.weeks[dated.week_index].deload:
            style.append(("BACKGROUND", (c, 0), (c, -1), SHADE))
    kind: BlockKind | None = None
    opening = 0
    live = [row for row in rows if any(_item(dated, row) is not None for dated in columns)]
    merged = {row for row in live if row.kind in TICKED_BLOCKS and _steady(columns, row)}
    for row in live:
        if row.kind != kind:
            kind = row.kind
            together = [other for other in live if other.kind == kind and other in merged]
            # Drills done the same way every time (a warm-up, mobility) share one tick a
            # column, in the block's title row, and are listed once across the whole table.
            ticks = ctx.options.log and bool(together)
            table_rows.append(
                [
                    _block_title(ctx, kind, columns),
                    *(WeekCell([], "tick" if ticks else None) for _ in columns),
                ]
            )
            r = len(table_rows) - 1
            style += [
                ("FONTNAME", (0, r), (0, r), BOLD),
                ("FONTSIZE", (0, r), (0, r), BODY_PT),
                ("TOPPADDING", (0, r), (-1, r), 2),
                ("BOTTOMPADDING", (0, r), (-1, r), 1),
                ("LINEBELOW", (0, r), (-1, r), 0.6, DARK),
                ("NOSPLIT", (0, r), (-1, r + 1)),  # a block's title stays with its first row
            ]
            if not ticks:
                style.append(("SPAN", (0, r), (-1, r)))
            if together:
                table_rows.append([_drills(ctx, together, columns, notes), *([""] * len(columns))])
                r = len(table_rows) - 1
                style += [("SPAN", (0, r), (-1, r)), ("LINEBELOW", (0, r), (-1, r), 0.4, RULE)]
        if row in merged:
            continue  # listed in its block's drills row
        table_rows.append(_item_row(ctx, row, columns, name_inner, inner, notes))
        r = len(table_rows) - 1
        opening = opening or len(table_rows)
        style.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
    if ctx.options.log:
        table_rows.append(_back_row(columns, name_inner))
        r = len(table_rows) - 1
        style.append(("LINEABOVE", (0, r), (-1, r), 0.9, INK))
        style.append(("NOSPLIT", (0, r - 1), (-1, r)))  # never a page of its own
    table = FlatTable(
        table_rows,
        colWidths=[name_col] + [col_w] * len(columns),
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(style))
    return table, notes, opening or len(table_rows)


def _name_width(ctx: HandoutContext, columns: list[Dated], rows: list[_Row]) -> float:
    """The name column's width: NAME_W, or less (down to MIN_NAME_W) when that widens the
    week columns enough to print every dose and ramp-up set whole ('3 × 20 m' in an 8-column
    A4 table broke into '3 ×' '20 m', read as two doses)."""
    inner = (ctx.width - NAME_W) / len(columns) - 2 * _PAD
    texts: set[str] = set()
    for row in rows:
        if row.kind in TICKED_BLOCKS and _steady(columns, row):
            continue  # in the drills row, across the table
        for dated in columns:
            if (item := _item(dated, row)) is not None:
                texts.add(_facts(item, ctx.units)["dose"])
                texts.update(ramp_columns(item, ctx.catalog.get(item.exercise), ctx.program)[1])
    most = (ctx.width - MIN_NAME_W) / len(columns) - 2 * _PAD
    need = 0.0
    for part in {part.strip() for text in texts for part in text.split(",")}:
        # Each part of a dose ('3 × 6', '8 s hold') is what must not break.
        if whole_line(part, REGULAR, DOSE_PT, inner) is None:
            tight = scripts.width(part.replace(" ", _TIGHT), REGULAR, DOSE_PT)
            need = max(need, tight) if tight <= most else need
    if not need:
        return NAME_W
    return ctx.width - (need + 2 * _PAD + 0.01) * len(columns)


@dataclass
class _Notes:
    """A table's notes printed whole under it, numbered in the order the rows refer to them."""

    entries: list[tuple[str, str]] = field(default_factory=list)

    def add(self, label: str, note: str) -> int:
        self.entries.append((label, note))
        return len(self.entries)


def _variant_keys(ctx: HandoutContext, exercises: Sequence[str], cell_w: float) -> dict[str, str]:
    """Letters for a row's exercises when one's name cannot be printed whole in a column (its
    words are wider, or it takes more than NAME_LINES lines): the column says 'B', the label
    says which exercise B is. Empty when every name fits."""
    if len(exercises) < 2:
        return {}
    fits = all(
        (lines := name_lines(ctx.catalog.name_of(e), BOLD, BODY_PT, cell_w)) is not None
        and len(lines) <= NAME_LINES
        for e in exercises
    )
    return {} if fits else {e: chr(ord("A") + i) for i, e in enumerate(exercises)}


def _item_row(
    ctx: HandoutContext,
    row: _Row,
    columns: list[Dated],
    name_w: float,
    cell_w: float,
    notes: _Notes,
) -> list[object]:
    items = [_item(dated, row) for dated in columns]
    present = [item for item in items if item is not None]
    facts = [_facts(item, ctx.units) for item in present]
    same = {key for key in ("dose", "load", "rpe", "side") if len({f[key] for f in facts}) == 1}
    first = present[0]
    weeks = _weeks(columns, items)
    keys = _variant_keys(ctx, list(weeks), cell_w)
    runs: list[Run] = []
    rest, rests = _rests(weeks, items)
    for exercise_id, done in weeks.items():
        name = ctx.catalog.name_of(exercise_id)
        if len(weeks) > 1:
            name = named_weeks(name, done, keys.get(exercise_id, ""))
        label = name_lines(name, BOLD, BODY_PT, name_w) or _clamped(name, BOLD, name_w, 10)
        runs += [Run(line, BOLD, BODY_PT, _LINE, direction_of=name) for line in label]
        if exercise_id in rests:  # under the exercise it is for
            runs.append(Run(f"rest {rests[exercise_id]}", REGULAR, BODY_PT, _LINE))
    for key in ("dose", "side", "load", "rpe"):
        if key in same and facts[0][key]:
            size = DOSE_PT if key in ("dose", "load") else BODY_PT
            runs.append(Run(facts[0][key], BOLD if key == "load" else REGULAR, size, size * _LEAD))
    headings = dict.fromkeys(
        heading
        for item in present
        if (heading := ramp_columns(item, ctx.catalog.get(item.exercise), ctx.program)[0])
    )
    for heading in headings:  # 'Ramp-up sets (kg × reps)', once for the row, its words whole
        words, _, unit = heading.partition(" (")
        fits = scripts.width(heading, ITALIC, BODY_PT) <= name_w
        for piece in filter(None, [heading] if fits else [words, f"({unit}"]):
            runs += [
                Run(line, ITALIC, BODY_PT, _LINE)
                for line in wrap_text(piece, ITALIC, BODY_PT, name_w)
            ]
    if rest:
        runs.append(Run(f"rest {rest}", REGULAR, BODY_PT, _LINE))
    runs += _note_runs(ctx, columns, items, name_w, notes)
    name_block = TextBlock(runs)
    name_block.wrap(name_w, 10_000)
    cells: list[object] = [name_block]
    log = log_kind(ctx.catalog, row.kind, first) if ctx.options.log else None
    shown = first.exercise
    for index, item in enumerate(items):
        if item is None:
            cells.append(WeekCell([("–", REGULAR, DOSE_PT)], None))
            continue
        lines: list[tuple[str, str, float]] = []
        if len(weeks) > 1 and (item.exercise != shown or index == 0):
            # The exercise this column switches to, named where it starts.
            name = ctx.catalog.name_of(item.exercise)
            named = None if item.exercise in keys else name_lines(name, BOLD, BODY_PT, cell_w)
            shown_name = [keys[item.exercise]] if named is None else named
            lines += [(line, BOLD, BODY_PT) for line in shown_name]
        shown = item.exercise
        ramps = ramp_columns(item, ctx.catalog.get(item.exercise), ctx.program)[1]
        ruled = 0
        if ramps:
            # The label beside the name says what the numbers are ('kg × reps'); a cell has
            # room for the words alone.
            lines += _fit(RAMP_CELL_LABEL, ITALIC, BODY_PT, cell_w)
            for text in ramps:
                lines += [
                    (line, REGULAR, DOSE_PT) for line in dose_lines(text, REGULAR, DOSE_PT, cell_w)
                ]
            ruled = len(lines)
        mine = _facts(item, ctx.units)
        for key in ("dose", "side", "load", "rpe"):
            if key not in same and mine[key]:
                font = BOLD if key == "load" else REGULAR
                size = DOSE_PT if key in ("dose", "load") else BODY_PT
                lines += [(line, font, size) for line in dose_lines(mine[key], font, size, cell_w)]
        cells.append(WeekCell(lines, log, ruled))
    return cells


def _note_runs(
    ctx: HandoutContext,
    columns: list[Dated],
    items: list[Item | None],
    name_w: float,
    notes: _Notes,
) -> list[Run]:
    """A row's notes: beside the exercise when there is one note, given every time, that
    fits in NOTE_LINES lines; else each note whole under the table, referred to here."""
    distinct: dict[str, dict[str, list[int]]] = {}  # note → exercise → weeks
    for dated, item in zip(columns, items, strict=True):
        note = "" if item is None else plain(item.note, note=True).strip()
        if item is not None and note:
            by_exercise = distinct.setdefault(note, {})
            by_exercise.setdefault(item.exercise, []).append(dated.week_index + 1)
    if not distinct:
        return []
    present = sum(item is not None for item in items)
    if len(distinct) == 1:
        ((note, by_exercise),) = distinct.items()
        lines = wrap_text(" ".join(note.split()), ITALIC, BODY_PT, name_w)
        every_time = sum(len(w) for w in by_exercise.values()) == present
        if every_time and len(lines) <= NOTE_LINES:
            return [Run(line, ITALIC, BODY_PT, _LINE) for line in lines]
    numbers: list[int] = []
    for note, by_exercise in distinct.items():
        if len(by_exercise) == 1 and sum(len(w) for w in by_exercise.values()) == present:
            label = ctx.catalog.name_of(next(iter(by_exercise)))  # every time: no weeks to say
        else:
            label = "; ".join(
                named_weeks(ctx.catalog.name_of(e), w) for e, w in by_exercise.items()
            )
        numbers.append(notes.add(label, note))
    refer = (
        f"See note {numbers[0]} below"
        if len(numbers) == 1
        else ("See notes " + ", ".join(str(n) for n in numbers) + " below")
    )
    return [Run(line, ITALIC, BODY_PT, _LINE) for line in wrap_text(refer, ITALIC, BODY_PT, name_w)]


def _notes_flowables(ctx: HandoutContext, notes: _Notes) -> Iterator[Flowable]:
    """The notes a table refers to, each whole, in the clinician's words."""
    style = ParagraphStyle(
        "programme_note", parent=ctx.styles.body, fontSize=BODY_PT, spaceBefore=0, spaceAfter=3
    )
    for number_, (label, note) in enumerate(notes.entries, start=1):
        yield NoteParagraph(
            f"<b>Note {number_} · {esc(label)}:</b> <i>{esc(note, note=True)}</i>", style
        )


def _steady(columns: list[Dated], row: _Row) -> bool:
    """True when the row's exercise and dose are the same in every column."""
    items = [_item(dated, row) for dated in columns]
    if any(item is None for item in items):
        return False
    return len({(i.exercise, dose_text(i), i.load, i.note) for i in items if i is not None}) == 1


def _drills(
    ctx: HandoutContext, rows: list[_Row], columns: list[Dated], notes: _Notes
) -> Paragraph:
    """The block's steady drills one after another across the table's width: the name, the
    dose, a short note (a longer one is printed whole under the table)."""
    parts: list[str] = []
    for row in rows:
        item = _item(columns[0], row)
        assert item is not None  # _steady: present in every column
        text = f"<b>{esc(ctx.catalog.name_of(item.exercise))}</b> "
        dose = "\u00a0".join(esc(part) for part in dose_text(item).split(" "))  # one piece
        text += f'<font size="{DOSE_PT:g}">{dose}</font>'
        whole = plain(item.note, note=True).strip()
        note = " ".join(whole.split())
        if note and len(wrap_text(note, ITALIC, BODY_PT, ctx.width - 2 * _PAD)) <= 2:
            text += f" <i>({esc(note)})</i>"
        elif note:
            name = ctx.catalog.name_of(item.exercise)
            text += f" <i>(see note {notes.add(name, whole)} below)</i>"
        parts.append(text)
    return Paragraph(" · ".join(parts), _drill_style(ctx))


def _drill_style(ctx: HandoutContext) -> ParagraphStyle:
    return ParagraphStyle(
        "drills", parent=ctx.styles.body, fontSize=BODY_PT, leading=DOSE_PT * _LEAD, spaceAfter=0
    )


def _weeks(columns: list[Dated], items: list[Item | None]) -> dict[str, list[int]]:
    """Each exercise of a row with the weeks it is done in these columns, in order."""
    weeks: dict[str, list[int]] = {}
    for dated, item in zip(columns, items, strict=True):
        if item is not None:
            done = weeks.setdefault(item.exercise, [])
            if dated.week_index + 1 not in done:
                done.append(dated.week_index + 1)
    return weeks


def _back_row(columns: list[Dated], name_w: float) -> list[object]:
    label = TextBlock([Run("How did your back feel?", BOLD, BODY_PT, _LINE)])
    label.wrap(name_w, 1000)
    return [label, *(_BackCell() for _ in columns)]


class _BackCell(Flowable):  # type: ignore[misc]
    """Three tick boxes: fine, sore, sharp (sharp: the safety page)."""

    WORDS = ("fine", "sore", "sharp")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.WORDS) * (TICK + 3)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for index, word in enumerate(self.WORDS):
            y = self.height - (index + 1) * (TICK + 3) + 1.5
            draw_box(canvas, 0, y, TICK, TICK)
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, BODY_PT)
            if stringWidth(word, REGULAR, BODY_PT) + TICK + 3 <= self.width:
                canvas.drawString(TICK + 3, y + 1.5, word)


def _rests(weeks: dict[str, list[int]], items: list[Item | None]) -> tuple[str, dict[str, str]]:
    """A row's rest: ('45 s', {}) said once for the row, or, when the row's exercises rest
    differently, ('', {exercise: '45 s'}) to print under each one's name (a clinician could not
    tell which of 'rest 45 s / 60 s' went with which exercise)."""
    by_exercise: dict[str, list[int]] = {}
    for item in items:
        if item is not None and item.rest_s:
            by_exercise.setdefault(item.exercise, []).append(item.rest_s)
    values = {rest for rests in by_exercise.values() for rest in rests}
    if not values:
        return "", {}
    texts: dict[str, str] = {}
    for exercise_id in weeks:
        if rests := by_exercise.get(exercise_id):
            low, high = min(rests), max(rests)
            texts[exercise_id] = seconds(low) if low == high else f"{seconds(low)}–{seconds(high)}"
    if len(values) == 1 or len(texts) == 1:
        return next(iter(texts.values())) if len(texts) == 1 else seconds(values.pop()), {}
    return "", texts
