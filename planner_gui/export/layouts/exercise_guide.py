"""The compact handout's exercise guide: every exercise of the plan once, in the order the
plan first uses it, with a figure large enough to recognise (start dashed, end solid), its
cues, its cautions and its easier option (with its first cue when the plan does not use it,
so it has no entry of its own).

The entries run in two columns, down the left one and then the right one, balanced on the
guide's last page. A figure drawn 35 mm wide stands up to 46 mm high (a bike, a step-up):
beside a one-column entry of three lines of text that height would be empty, beside a half-
width column of text it is filled. An entry's text runs beside its figure and, below the
figure, across its column, so a low figure (a plank, a bridge) leaves no empty column under
it."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from planner_gui.domain.models import Program
from planner_gui.export import scripts
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, Run, draw_lines
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR
from planner_gui.export.illustration import PoseFlowable
from planner_gui.export.layouts.common import BODY_PT
from planner_gui.export.styles import INK, RULE
from planner_gui.export.text import plain, shown
from planner_gui.export.wrap import wrap_text
from planner_gui.figures.lookup import pose_for
from planner_gui.figures.pose import Pose, bounds

#: The guide's figure boxes: drawn at least 35 mm wide (the box less the painter's 1.5 pt on
#: each side) so a coach recognises the movement, and at most this high, which draws the
#: tallest figure of the templates (a bike, 1.3 times as high as wide) 35 mm wide too; a box is
#: only as high as its figure needs.
FIGURE_SIZE: tuple[float, float] = (36.5 * mm, 50 * mm)
#: Between the guide's two columns.
COLUMN_GAP: float = 6 * mm
MIN_FIGURE_H: float = 12 * mm
#: Cues' and cautions' leading: 10 pt text on 11.5 pt lines, which leaves the room for the first
#: cue of each easier option outside the plan (12 A4 / 13 Letter pages for the 8-week template).
_LEADING = BODY_PT * 1.15
#: Room between the figure and the text, and above and below an entry's text.
_GAP = 8.0
_PAD = 2.0
#: Entries lower than this never split across columns or pages (only a custom exercise's long
#: text does): a figure and the first of its cues stay together.
_KEEP_WHOLE = 300.0
#: At most this many of a run's lines stay beside the figure rather than run under it.
_SHORT_TAIL = 2

#: One laid-out line (see flowables.text_lines).
_Line = tuple[float, str, str, float, float, Color]


def exercises_in_order(program: Program) -> list[str]:
    """Ids of the plan's exercises, each once, in the order the plan first uses them."""
    seen: dict[str, None] = {}
    for week in program.weeks:
        for session in week.sessions:
            for _, item in session.items():
                seen.setdefault(item.exercise, None)
    return list(seen)


def figure_height(pose: Pose, width: float | None = None) -> float:
    """The box height that draws `pose` at the full `width` (capped at FIGURE_SIZE's)."""
    width = FIGURE_SIZE[0] if width is None else width
    x0, y0, x1, y1 = bounds(pose)
    pad = 3.0  # paint_pose keeps 1.5 pt clear on each side
    need = (width - pad) * (y1 - y0) / max(x1 - x0, 1e-6) + pad
    return max(MIN_FIGURE_H, min(FIGURE_SIZE[1], need))


class GuideEntry(Flowable):  # type: ignore[misc]
    """One exercise: its figure at the top left, the text beside it and then under it, a rule
    below. It splits between lines of text, so an entry longer than a page carries on."""

    def __init__(
        self,
        runs: Sequence[Run],
        picture: PoseFlowable | None,
        lines: Sequence[_Line] | None = None,
        aside: Run | None = None,
    ) -> None:
        super().__init__()
        self.runs = tuple(runs)
        self.picture = picture
        #: Printed at the right end of the first line (the name's) when it fits, else last.
        self.aside = aside
        self._aside_at: tuple[float, float] | None = None  # right edge, baseline below top
        self._lines: tuple[_Line, ...] | None = None if lines is None else tuple(lines)
        self._width = -1.0

    def _indent(self) -> float:
        return FIGURE_SIZE[0] + _GAP

    def _layout(self, width: float) -> tuple[_Line, ...]:
        if self._lines is not None and (self._width == width or not self.runs):
            return self._lines
        beside = self.picture.height if self.picture is not None else 0.0
        lines: list[_Line] = []
        used = 0.0

        def room(
            leading: float, under: list[int], keep_beside: bool = False
        ) -> Callable[[int], tuple[float, float]]:
            """Where a run's line starts and how wide it may be, given how many of the run's
            lines come before it: beside the figure, or under it (never, with `keep_beside`,
            once the run has started beside it). `under` collects the lines placed under."""
            top = used

            def at(before: int) -> tuple[float, float]:
                if top + before * leading < beside or (keep_beside and top < beside):
                    return self._indent(), max(width - self._indent(), 1.0)
                under.append(before)
                return 0.0, width

            return at

        def flowed(run: Run) -> list[tuple[float, str]]:
            """The run's lines; a run that would leave its last one or two lines under the
            figure keeps them beside it, so a caution's tail never reads as the figure's
            caption (a clinician's review found 12 such tails in one guide)."""
            under: list[int] = []
            parts = list(_flow(run, room(run.leading, under)))
            if under and under[0] > 0 and len(set(under)) <= _SHORT_TAIL:
                return list(_flow(run, room(run.leading, [], keep_beside=True)))
            return parts

        self._aside_at = None
        for index, run in enumerate(self.runs):
            for x, text in flowed(run):
                lines.append((x, text, run.font, run.size, run.leading, run.colour))
                used += run.leading
            if index == 0 and self.aside is not None and len(lines) == 1:
                size = self.aside.size
                wide = scripts.width(lines[0][1], run.font, run.size)
                wide += _GAP * 2 + scripts.width(self.aside.text, self.aside.font, size)
                if lines[0][0] + wide <= width:
                    baseline = run.leading - (run.leading - run.size) * 0.5 - run.size * 0.18
                    self._aside_at = (width, baseline)
        if self.aside is not None and self._aside_at is None:
            for x, text in _flow(self.aside, room(self.aside.leading, [])):
                aside = self.aside
                lines.append((x, text, aside.font, aside.size, aside.leading, aside.colour))
                used += aside.leading
        self._lines = tuple(lines)
        self._width = width
        return self._lines

    def _text_height(self) -> float:
        return sum(line[4] for line in self._lines or ())

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width = avail_width
        figure = self.picture.height if self.picture is not None else 0.0
        self.height = max(figure, self._text_height()) + 2 * _PAD
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        figure = self.picture.height if self.picture is not None else 0.0
        room = avail_height - 2 * _PAD
        if figure > room or self.wrap(avail_width, avail_height)[1] < _KEEP_WHOLE:
            return []  # an ordinary entry moves to the next page whole
        used = 0.0
        for index, line in enumerate(lines):
            if used + line[4] > room:
                if index == 0:
                    return []
                head = GuideEntry((), self.picture, lines[:index], self.aside)
                head._aside_at = self._aside_at
                return [head, GuideEntry((), None, lines[index:])]
            used += line[4]
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height - _PAD
        if self.picture is not None:
            self.picture.drawOn(canvas, 0, top - self.picture.height)
        text_object = canvas.beginText()
        draw_lines(text_object, self._lines or (), 0.0, top, [None, None, None])
        canvas.drawText(text_object)
        if self.aside is not None and self._aside_at is not None:
            right, baseline = self._aside_at
            canvas.setFillColor(self.aside.colour)
            aside = self.aside
            scripts.draw_string(
                canvas, right, top - baseline, aside.text, aside.font, aside.size, right=True
            )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, 0, self.width, 0)


class GuideColumns(Flowable):  # type: ignore[misc]
    """The guide's entries in two columns, read down the left one, then the right one. What
    fits a page is printed there (`split`) and the rest carries on; the last part is balanced,
    its left column never the shorter, so the guide ends in two columns of about one height."""

    def __init__(self, entries: Sequence[Flowable], left: int | None = None) -> None:
        super().__init__()
        self.entries = list(entries)
        #: How many entries the left column holds: fixed for a page's part, else balanced.
        self._left = left
        self._left_count = 0
        self._heights: list[float] = []
        self._measured = -1.0

    @staticmethod
    def column_width(width: float) -> float:
        return max((width - COLUMN_GAP) / 2, 1.0)

    def _measure(self, width: float) -> list[float]:
        if self._measured != width:
            column = self.column_width(width)
            self._heights = [entry.wrap(column, 1e9)[1] for entry in self.entries]
            self._measured = width
        return self._heights

    @staticmethod
    def _balanced(heights: Sequence[float]) -> int:
        """The fewest entries in the left column that make it no shorter than the right one
        (the least height two columns of these entries can have, in order)."""
        total, left = sum(heights), 0.0
        for count, height in enumerate(heights):
            if left >= total - left:
                return count
            left += height
        return len(heights)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        heights = self._measure(avail_width)
        left = self._balanced(heights) if self._left is None else self._left
        self._left_count = left
        self.width = avail_width
        self.height = max(sum(heights[:left]), sum(heights[left:]), 0.0)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """This page's part, filled down the left column and then the right one (an entry
        that may split does so at a column's foot), and the rest; nothing when not even the
        first entry fits."""
        if self.wrap(avail_width, avail_height)[1] <= avail_height:
            return [self]
        column = self.column_width(avail_width)
        entries = list(self.entries)
        placed: list[Flowable] = []
        left = 0
        index = 0
        for side in range(2):
            used = 0.0
            while index < len(entries):
                height = entries[index].wrap(column, avail_height)[1]
                if used + height <= avail_height:
                    placed.append(entries[index])
                    used += height
                    index += 1
                    continue
                parts = entries[index].split(column, avail_height - used)
                if len(parts) > 1:
                    placed.append(parts[0])
                    entries[index : index + 1] = parts[1:]
                break
            if side == 0:
                left = len(placed)
        if not placed:
            return []
        page = GuideColumns(placed, left)
        return [page, GuideColumns(entries[index:])] if entries[index:] else [page]

    def draw(self) -> None:
        column = self.column_width(self.width)
        left = self._left_count
        for side, entries in enumerate((self.entries[:left], self.entries[left:])):
            x, y = side * (column + COLUMN_GAP), self.height
            for entry in entries:
                y -= entry.wrap(column, self.height)[1]
                entry.drawOn(self.canv, x, y)


#: Between two cues on one line, and what starts each cue.
CUE_GAP = "   "
CUE_BULLET = "•"


def _flow(run: Run, room: Callable[[int], tuple[float, float]]) -> Iterator[tuple[float, str]]:
    """`run` broken into lines, each as wide as `room(lines before it)` says. Cues joined by
    CUE_GAP flow on (a cue starts with its bullet); a bullet run's further lines are indented
    under its text; a word wider than a line is cut. A run whose base direction is right to
    left is aligned right, its further lines indented from the right (export.scripts)."""
    bullet = f"{run.bullet} " if run.bullet else ""
    indent = scripts.width(bullet, run.font, run.size) if bullet else 0.0
    space = scripts.width(" ", run.font, run.size)
    rtl = scripts.is_right_to_left(run.paragraph)
    first = [True]

    def placed(start: float, avail: float, text: str, used: float) -> tuple[float, str]:
        continued = not first[0]
        first[0] = False
        if rtl:
            start += max(avail - (indent if continued else 0.0) - used, 0.0)
        return start, scripts.directed(text, run.paragraph)

    words: list[str] = []
    for index, part in enumerate(run.text.split(CUE_GAP)):
        for n, word in enumerate(" ".join(part.split()).split(" ")):
            if not word:
                continue
            if words and words[-1].removeprefix(CUE_GAP) == CUE_BULLET:
                words[-1] += " " + word  # a cue's bullet never ends a line without its cue
            else:
                words.append((CUE_GAP if index and not n else "") + word)
    laid: list[_Laid] = []

    def put(start: float, avail: float, text: str, used: float) -> None:
        laid.append(_Laid(start, avail, text, used))

    line = bullet
    x, avail = room(0)
    start = x
    used = scripts.width(line, run.font, run.size)
    for word in words:
        gap = CUE_GAP if word.startswith(CUE_GAP) else " "
        word = word.removeprefix(CUE_GAP)
        word_w = scripts.width(word, run.font, run.size)
        gap_w = space * len(gap)
        if line.strip() and used + gap_w + word_w <= avail:
            line, used = line + gap + word, used + gap_w + word_w
            continue
        if line.strip():
            put(start, avail, line, used)
            x, avail = room(len(laid))
            start, avail = x + indent, avail - indent
            line, used = "", 0.0
        pieces = wrap_text(word, run.font, run.size, max(avail - used, 1.0))
        for piece in pieces[:-1]:
            put(start, avail, line + piece, used + scripts.width(piece, run.font, run.size))
            x, avail = room(len(laid))
            start, avail, line, used = x + indent, avail - indent, "", 0.0
        line += pieces[-1]
        used += scripts.width(pieces[-1], run.font, run.size)
    if line.strip():
        put(start, avail, line, used)
    _no_orphan(laid, run)
    for one in laid:
        yield placed(one.start, one.avail, one.text, one.used)


@dataclass(slots=True)
class _Laid:
    """A line of a run before it is placed: where it starts, its room, its text, its width."""

    start: float
    avail: float
    text: str
    used: float


def _no_orphan(laid: list[_Laid], run: Run) -> None:
    """A run never ends on a line of one word (an orphan, most glaring alone under the
    figure): the word before it comes down to keep it company, and the cue's bullet with it
    when that word starts a cue. The lines keep their count and their starts."""
    if len(laid) < 2:
        return
    prev, last = laid[-2], laid[-1]
    if len(last.text.split()) != 1:
        return
    words = prev.text.rstrip().split(" ")
    bullets = {CUE_BULLET, run.bullet} - {""}
    take = 1
    while take < len(words) and words[-take - 1] in bullets:
        take += 1  # the bullet and the word it starts travel together
    kept = " ".join(words[:-take]).rstrip()
    moved = " ".join(words[-take:]).strip()
    if not kept.strip() or kept.strip() in bullets or not moved:
        return  # the line before is one word (or a bullet) itself: nothing to spare
    joined = f"{moved} {last.text}"
    wide = scripts.width(joined, run.font, run.size)
    if wide > last.avail:
        return
    prev.text, prev.used = kept, scripts.width(kept, run.font, run.size)
    last.text, last.used = joined, wide


def easier_text(ctx: HandoutContext, exercise_id: str, in_plan: Container[str]) -> str:
    """'Easier option: Kneeling plank', and when the plan does not use it (so it has no entry
    of its own), its first cue, enough to do it without a figure."""
    exercise = ctx.catalog.get(exercise_id)
    if exercise is None or not exercise.regression:
        return ""
    text = f"Easier option: {ctx.catalog.name_of(exercise.regression)}"
    easier = ctx.catalog.get(exercise.regression)
    if exercise.regression in in_plan or easier is None:
        return text
    cues = [" ".join(plain(cue).split()) for cue in easier.cues if shown(cue)]
    return f"{text}. {cues[0]}" if cues and cues[0] else text


def _entry(ctx: HandoutContext, exercise_id: str, in_plan: Container[str] = ()) -> GuideEntry:
    exercise = ctx.catalog.get(exercise_id)
    runs = [Run(ctx.catalog.name_of(exercise_id), BOLD, 11.5, 13.5)]
    if exercise is None:
        runs.append(Run("Not in the catalog: ask your coach how to do it.", REGULAR, 10, 12.5))
        return GuideEntry(runs, None)
    # The cues follow on one after another (a bullet starts each): lines filled, none wasted.
    cues = CUE_GAP.join(
        f"{CUE_BULLET} {' '.join(plain(cue).split())}" for cue in exercise.cues if shown(cue)
    )
    if cues:
        runs.append(Run(cues, REGULAR, BODY_PT, _LEADING))
    runs += [
        Run(f"Caution: {text}", ITALIC, BODY_PT, _LEADING, INK, bullet="!", direction_of=text)
        for text in exercise.cautions
    ]
    easier = easier_text(ctx, exercise_id, in_plan)
    said = easier.removeprefix("Easier option: ")  # a right-to-left name or cue is aligned so
    aside = Run(easier, REGULAR, BODY_PT, _LEADING, direction_of=said) if easier else None
    pose = pose_for(exercise)
    picture = None
    if pose is not None:
        picture = PoseFlowable(pose, f"guide-{exercise_id}", FIGURE_SIZE[0], figure_height(pose))
    return GuideEntry(runs, picture, aside=aside)


def exercise_guide(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    yield OutlineEntry("Exercise guide", "exercise-guide", level=0)
    yield Paragraph("Exercise guide", s.h1)
    yield Paragraph(
        "Every exercise of the program, once. The figure shows where it starts (dashed, grey) "
        "and ends (solid, black). Read the points to keep in mind and the cautions before the "
        "first session; use the easier option on a day the exercise does not feel right.",
        s.body,
    )
    ids = exercises_in_order(ctx.program)
    if not ids:
        yield Paragraph("The program has no exercises yet.", s.body)
        return
    in_plan = frozenset(ids)
    yield GuideColumns([_entry(ctx, exercise_id, in_plan) for exercise_id in ids])
