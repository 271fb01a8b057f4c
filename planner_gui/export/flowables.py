"""Small custom flowables: outline entries that also mark progress, and tick boxes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, PageBreak
from reportlab.platypus.doctemplate import ActionFlowable

from planner_gui.export import scripts
from planner_gui.export.scripts import width as stringWidth
from planner_gui.export.styles import INK
from planner_gui.export.text import plain
from planner_gui.export.wrap import wrap_text


class OutlineEntry(Flowable):  # type: ignore[misc]
    """Zero-size marker: bookmarks the page it lands on and adds an outline (bookmark) entry.

    `session` is True for the marker at the top of a session, which the document counts to
    report progress while rendering.
    """

    _ZERO = 0

    def __init__(
        self, title: str, key: str, level: int, *, session: bool = False, running: str = ""
    ) -> None:
        super().__init__()
        # Bookmarks and footers hold user text (session names): printable, on one line.
        self.title = " ".join(plain(title).split())
        self.key = key
        self.level = level
        self.session = session
        #: What the running footer calls this part (the title unless given).
        self.running = " ".join(plain(running).split()) or self.title
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)
        begin_section = getattr(self.canv, "begin_section", None)
        if begin_section is not None:
            # A zero-size flowable leaves the frame "at top" when nothing precedes it.
            begin_section(self.running, bool(getattr(self._frame, "_atTop", False)))


class KeepTogetherOrFill(KeepTogether):  # type: ignore[misc]
    """Flowables kept on one page, as KeepTogether keeps them, unless that would leave more
    than half of this page empty: then they start here and go on overleaf (tables repeat
    their header rows), so no page ends half empty where a section goes on. What goes
    overleaf is at least a quarter of a page: never a stray last line or two."""

    #: The least part of a frame's height that goes overleaf when the flowables split.
    TAIL = 0.25

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        if frame is not None and self._H > avail_height > frame._height / 2:
            budget = min(avail_height, self._H - frame._height * self.TAIL)
            head, tail = _cut(list(self._content), avail_width, budget)
            if head:
                # A table that splits under a "(continued)" heading breaks the page itself.
                starts_page = not tail or isinstance(tail[0], (PageBreak, ActionFlowable))
                turn: list[Flowable] = [] if starts_page else [FrameBreak()]
                return [*head, *turn, *tail]
        parts: list[Flowable] = super().split(avail_width, avail_height)
        return parts


def _cut(
    flowables: list[Flowable], width: float, height: float
) -> tuple[list[Flowable], list[Flowable]]:
    """`flowables` parted into what fits in `height` (a flowable that crosses it split where
    it can) and the rest; spaces before and after are counted in full, so the first part
    fits wherever the frame puts it."""
    head: list[Flowable] = []
    used = 0.0
    for index, flowable in enumerate(flowables):
        before = flowable.getSpaceBefore() if head else 0.0
        room = height - used - before
        if room <= 0:
            return head, flowables[index:]
        _, tall = flowable.wrap(width, room)
        if tall + flowable.getSpaceAfter() <= room:
            head.append(flowable)
            used += before + tall + flowable.getSpaceAfter()
            continue
        parts: list[Flowable] = flowable.split(width, room) if room > 0 else []
        if len(parts) < 2:
            return head, flowables[index:]
        return [*head, parts[0]], [*parts[1:], *flowables[index + 1 :]]
    return head, []


class PageRef(Flowable):  # type: ignore[misc]
    """One line of text followed by "(page N)", N being the page that bookmark `key` lands on.

    The page is only known once every page is laid out, so the canvas that holds pages back
    for "page N of M" (handout._numbered_canvas) writes the number when it puts the pages
    out: no second build. A canvas without that hook prints the text alone.
    """

    #: Room kept for the reference after the text ("(page 999)").
    _ROOM = " (page 999)"

    def __init__(self, text: str, key: str, font: str, size: float, colour: Color = INK) -> None:
        super().__init__()
        self.text = text
        self.key = key
        self.font = font
        self.size = size
        self.colour = colour

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = stringWidth(self.text + self._ROOM, self.font, self.size)
        self.height = self.size * 1.25
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        baseline = self.height - self.size  # as a table's top-aligned text cell
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.colour)
        scripts.draw_string(canvas, 0, baseline, self.text, self.font, self.size)
        page_ref = getattr(canvas, "page_ref", None)
        if page_ref is not None:
            x, y = canvas.absolutePosition(stringWidth(self.text, self.font, self.size), baseline)
            page_ref(self.key, x, y, self.font, self.size, self.colour)


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, size: float = 8.5) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


@dataclass(frozen=True)
class Run:
    """One stretch of plain text in one font: a name, a cue, a note."""

    text: str
    font: str
    size: float
    leading: float
    colour: Color = INK
    bullet: str = ""
    #: The text whose first letter with a direction sets the run's direction (the run's own
    #: text when empty): a label such as "Note: " takes the direction of the note it leads.
    direction_of: str = ""
    #: A note's text: its line breaks and tabs are its own (export.text.plain).
    note: bool = False

    @property
    def paragraph(self) -> str:
        """The text that decides the run's direction (see export.scripts.directed)."""
        return self.direction_of or self.text


#: One laid-out line: x offset, text, font, size, leading, colour.
_Line = tuple[float, str, str, float, float, Color]
_LINE_CACHE: dict[tuple[Run, float], tuple[_Line, ...]] = {}


def _lines_of(run: Run, width: float) -> tuple[_Line, ...]:
    """The run broken into lines that fit `width` (cached: cues repeat across sessions)."""
    key = (run, width)
    lines = _LINE_CACHE.get(key)
    if lines is None:
        bullet = f"{run.bullet} " if run.bullet else ""
        indent = stringWidth(bullet, run.font, run.size) if bullet else 0.0
        broken = wrap_text(run.text, run.font, run.size, max(width - indent, 1.0), note=run.note)
        texts = [(bullet if i == 0 else "") + text for i, text in enumerate(broken)]
        if scripts.is_right_to_left(run.paragraph):
            # Aligned right, as its reader starts each line there (export.scripts.draw_para);
            # the further lines of a bullet run are indented from the right.
            offsets = [
                max(width - (0.0 if i == 0 else indent) - stringWidth(text, run.font, run.size), 0)
                for i, text in enumerate(texts)
            ]
        else:
            offsets = [0.0 if i == 0 else indent for i in range(len(texts))]
        lines = tuple(
            (dx, scripts.directed(text, run.paragraph), run.font, run.size, run.leading, run.colour)
            for dx, text in zip(offsets, texts, strict=True)
        )
        if len(_LINE_CACHE) > 20_000:
            _LINE_CACHE.clear()
        _LINE_CACHE[key] = lines
    return lines


def text_lines(runs: Sequence[Run], width: float) -> tuple[_Line, ...]:
    """All runs laid out into lines for a column `width` points wide."""
    return tuple(line for run in runs for line in _lines_of(run, width))


class TextBlock(Flowable):  # type: ignore[misc]
    """Plain text in a few runs, drawn line by line without markup parsing.

    Much cheaper than a Paragraph for the thousands of table cells of a long handout, and it
    prints user text literally by construction. It splits between lines, so a long note in a
    table row continues on the next page.
    """

    def __init__(self, runs: Sequence[Run] = (), lines: Sequence[_Line] | None = None) -> None:
        super().__init__()
        self.runs = tuple(runs)
        self._lines: tuple[_Line, ...] | None = tuple(lines) if lines is not None else None
        self._width = -1.0

    def _layout(self, width: float) -> tuple[_Line, ...]:
        if self._lines is not None and (self._width == width or not self.runs):
            return self._lines
        self._lines = tuple(line for run in self.runs for line in _lines_of(run, width))
        self._width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = sum(line[4] for line in lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        used = 0.0
        for index, line in enumerate(lines):
            if used + line[4] > avail_height:
                if index == 0:
                    return []
                return [TextBlock(lines=lines[:index]), TextBlock(lines=lines[index:])]
            used += line[4]
        return [self]

    def lines(self) -> tuple[_Line, ...]:
        """The laid-out lines (after `wrap`)."""
        return self._lines or ()

    def draw(self) -> None:
        text_object = self.canv.beginText()
        draw_lines(text_object, self.lines(), 0.0, self.height, [None, None, None])
        self.canv.drawText(text_object)


def draw_lines(
    text_object: PDFTextObject, lines: Sequence[_Line], x: float, top: float, pen: list[Any]
) -> None:
    """Write laid-out lines downwards from `top`; `pen` holds the font, size and colour last
    set in `text_object` so they are only set again when they change."""
    y = base = top
    for dx, text, font, size, leading, colour in lines:
        # A piece of leading 0 goes on the line before, at `dx` (run-in text: a card's
        # cautions after its cue).
        if leading:
            y -= leading
            base = y + (leading - size) * 0.5 + size * 0.18
        text_object.setTextOrigin(x + dx, base)
        if pen[2] is not colour:
            text_object.setFillColor(colour)
            pen[2] = colour
        if text.isascii() and not isinstance(text, scripts.Directed):
            if pen[0] != font or pen[1] != size:
                text_object.setFont(font, size)
                pen[0], pen[1] = font, size
            text_object.textOut(text)
            continue
        current = (pen[0],) if pen[1] == size else ()
        pen[0] = scripts.write(text_object.textOut, text_object.setFont, text, font, size, current)
        pen[1] = size
