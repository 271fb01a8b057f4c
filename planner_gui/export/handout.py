"""Writing the whole handout PDF: page templates, running header and footer, and the parts.

The PDF is laid out in memory and then written atomically beside the target, so a failed or
cancelled export never leaves a half-written file. Progress is reported while the parts are
assembled and again while the session pages are rendered.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LayoutError

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.metrics import program_metrics
from planner_gui.domain.models import Program
from planner_gui.domain.print_part import PrintPart
from planner_gui.export import scripts
from planner_gui.export.brand import Brand
from planner_gui.export.checkin_form import checkin_flowables
from planner_gui.export.context import HandoutContext
from planner_gui.export.cover import cover_flowables
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.fonts import BOLD, REGULAR
from planner_gui.export.guide import guide_flowables
from planner_gui.export.layouts import STORIES
from planner_gui.export.layouts.cards import HALF_FRAMES, HALVES, HALVES_GAP, PAGE, StartOn
from planner_gui.export.options import HandoutOptions
from planner_gui.export.part import part_flowables
from planner_gui.export.plancheck import plan_check_flowables
from planner_gui.export.progression import progression_flowables, weekly_load_flowables
from planner_gui.export.red_flag_notice import cover_banner, draw_page_line, page_line
from planner_gui.export.safety import safety_flowables
from planner_gui.export.sessions import week_flowables
from planner_gui.export.styles import (
    DARK,
    FOOTER_SPACE,
    HEADER_SPACE,
    MARGIN,
    PAGE_SIZES,
    RULE,
    make_styles,
)
from planner_gui.export.text import plain, shown
from planner_gui.export.wrap import fit_line

PageSize = Literal["a4", "letter"]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Steps besides the sessions: cover, guide, metrics and progression, plan check, safety.
_FIXED_STEPS = 5


class ExportCancelled(Exception):
    """The caller's `cancelled()` returned True; nothing was written."""


class HandoutLayoutError(Exception):
    """reportlab could not place a part of the handout on a page; nothing was written.

    Every part is built to split across pages, so this is a bug, not bad input; it is raised
    as one line the command line and the window can show, never as reportlab's own
    multi-line report of the flowable.
    """


def write_handout(
    program: Program,
    catalog: Catalog,
    out_path: Path,
    *,
    page_size: PageSize = "a4",
    brand: Brand | None = None,
    options: HandoutOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    part: PrintPart | None = None,
) -> None:
    """Write the handout for `program` (of `part` alone when given: see export.part) to
    `out_path`, replacing it atomically.

    `catalog` must already include the plan's custom exercises. Raises ExportCancelled when
    `cancelled()` turns True (no file is written), LogoError for an unreadable brand logo,
    HandoutLayoutError should a part not fit on a page (a bug: every part splits), and OSError
    when the file cannot be written.
    """
    data = render_handout(
        program,
        catalog,
        page_size=page_size,
        brand=brand,
        options=options,
        progress=progress,
        cancelled=cancelled,
        part=part,
    )
    write_bytes_atomic(Path(out_path), data)


def render_handout(
    program: Program,
    catalog: Catalog,
    *,
    page_size: PageSize = "a4",
    brand: Brand | None = None,
    options: HandoutOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    part: PrintPart | None = None,
) -> bytes:
    """The handout as PDF bytes (what write_handout saves); `options` chooses the layout
    and parts (default: compact, with the log and load chart, without the plan check)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    sessions = sum(len(week.sessions) for week in program.weeks)
    tracker = _Tracker(
        total=2 * sessions + _FIXED_STEPS + 1, progress=progress, cancelled=cancelled
    )
    brand = brand or Brand()
    buffer = io.BytesIO()
    options = options or HandoutOptions()
    doc = _HandoutDoc(buffer, program, brand, PAGE_SIZES[page_size], tracker)
    ctx = HandoutContext(
        program=program,
        catalog=catalog,
        styles=make_styles(),
        width=doc.frame_width,
        height=doc.frame_height,
        brand=brand,
        options=options,
    )
    maker = STORIES.get(ctx.options.layout)
    if part is not None:
        story = part_flowables(ctx, part, tracker.tick)
    elif maker is None:
        story = _story(ctx, tracker)
    else:
        story = maker(ctx, tracker.tick)
    story = _with_red_flag_banner(ctx, story)
    if story and isinstance(story[0], StartOn):  # the first page on the template it asks for
        doc.pageTemplates.sort(key=lambda template: template.id != story[0].template)
    # Binary (not ASCII85) streams: the embedded font is written faster and smaller.
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(story, canvasmaker=_numbered_canvas(program, brand))
    except LayoutError:
        raise HandoutLayoutError(
            f"part of page {doc.page} of the handout does not fit on a page; please report "
            "this with the plan file"
        ) from None
    finally:
        rl_config.useA85 = previous
    tracker.finish()
    return buffer.getvalue()


def _with_red_flag_banner(ctx: HandoutContext, story: list[Flowable]) -> list[Flowable]:
    """`story` opening with the red-flag banner while a red flag is open: at the top of the
    cover, or, for a story with no cover (the cards, a part), on a page of its own before it."""
    banner = list(cover_banner(ctx))
    if not banner:
        return story
    if story and isinstance(story[0], StartOn):
        first = story[0]
        return [StartOn(PAGE), *banner, NextPageTemplate(first.template), PageBreak(), *story]
    return [*banner, *story]


def _story(ctx: HandoutContext, tracker: _Tracker) -> list[Flowable]:
    story: list[Flowable] = list(cover_flowables(ctx))
    tracker.tick()
    metrics = program_metrics(ctx.program, ctx.catalog)
    story += guide_flowables(ctx)
    # The chart of the loads the session RPE part has just explained, on the page that part
    # would leave more than half empty.
    story += weekly_load_flowables(ctx, metrics)
    tracker.tick()
    for index, week in enumerate(ctx.program.weeks):
        story += week_flowables(ctx, index, week, tracker.tick)
    story += progression_flowables(ctx, metrics)
    tracker.tick()
    if ctx.options.plan_check:
        story += plan_check_flowables(
            ctx, check_program(ctx.program, ctx.catalog, wording=ctx.brand.safety)
        )
    tracker.tick()
    story += safety_flowables(ctx)
    tracker.tick()
    story += checkin_flowables(ctx)
    return story


class _Tracker:
    """Counts steps, reports them and stops the export when asked to."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def tick(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("the export was cancelled")
        self.done = min(self.done + 1, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        """The PDF is laid out: report the last step, however many the layout took."""
        self.done = self.total - 1
        self.tick()


class _HandoutDoc(BaseDocTemplate):  # type: ignore[misc]
    """One page template: a body frame between a running header and footer."""

    def __init__(
        self,
        buffer: io.BytesIO,
        program: Program,
        brand: Brand,
        pagesize: tuple[float, float],
        tracker: _Tracker,
    ) -> None:
        athlete = _one_line(program.athlete)
        super().__init__(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_SPACE,
            bottomMargin=MARGIN + FOOTER_SPACE,
            title=_one_line(program.title),
            # The handout is by the coach or clinic (or this program); the athlete is its subject.
            author=_one_line(brand.name) or "Brace Planner",
            subject=(f"Training program for {athlete}" if athlete else "Training program")
            + f", {program.start_date.isoformat()} to {program.end_date.isoformat()}",
            creator="Brace Planner",
            keywords=["training program", "handout"],
            initialFontName=REGULAR,
            initialFontSize=9.5,
        )
        self._tracker = tracker
        self.frame_width = pagesize[0] - 2 * MARGIN
        self.frame_height = pagesize[1] - 2 * MARGIN - HEADER_SPACE - FOOTER_SPACE
        frame = Frame(
            MARGIN,
            MARGIN + FOOTER_SPACE,
            self.frame_width,
            self.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        header = _running_text(program, brand)
        notice = page_line(program)
        self.addPageTemplates(
            [
                PageTemplate(
                    id=PAGE,
                    frames=[frame],
                    pagesize=pagesize,
                    onPage=lambda canvas, doc: _decorate(canvas, pagesize, header, notice),
                ),
                _halves_template(pagesize, self.frame_width, self.frame_height, header, notice),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, OutlineEntry) and flowable.session:
            self._tracker.tick()


def _halves_template(
    pagesize: tuple[float, float],
    width: float,
    height: float,
    header: tuple[str, str],
    notice: str = "",
) -> PageTemplate:
    """Two half-page frames with a dashed fold line between: the cards layout's pages."""
    gap = HALVES_GAP
    half = (height - gap) / 2
    bottom = MARGIN + FOOTER_SPACE
    frames = [
        Frame(
            MARGIN,
            bottom + half + gap,
            width,
            half,
            id=HALF_FRAMES[index],
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        if index == 0
        else Frame(
            MARGIN,
            bottom,
            width,
            half,
            id=HALF_FRAMES[index],
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        for index in range(2)
    ]
    fold = bottom + half + gap / 2

    def decorate(canvas: Canvas, doc: Any) -> None:
        _decorate(canvas, pagesize, header, notice)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 3)
        canvas.line(MARGIN, fold, pagesize[0] - MARGIN, fold)
        # Solid marks in the margins: the fold (or cut) is found at the sheet's edges too.
        canvas.setDash()
        canvas.setStrokeColor(DARK)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN * 0.25, fold, MARGIN * 0.75, fold)
        canvas.line(pagesize[0] - MARGIN * 0.75, fold, pagesize[0] - MARGIN * 0.25, fold)
        canvas.restoreState()

    return PageTemplate(id=HALVES, frames=frames, pagesize=pagesize, onPage=decorate)


def _one_line(text: str) -> str:
    """User text for the PDF's metadata: printable, on one line (see `text.plain`)."""
    return " ".join(plain(text).split())


def _running_text(program: Program, brand: Brand) -> tuple[str, str]:
    left = shown(program.title) or "Untitled program"
    if athlete := shown(program.athlete):
        left += f" · {athlete}"
    return left, brand.name.strip()


def _decorate(
    canvas: Canvas, pagesize: tuple[float, float], header: tuple[str, str], notice: str = ""
) -> None:
    """Running header (title · athlete, brand), the red-flag line below it while a red flag is
    open (`notice`, see export.red_flag_notice) and the footer rule.

    The footer's text (the section and 'page N of M') is written once all pages are known.
    """
    width, height = pagesize
    left, right = header
    canvas.saveState()
    y = height - MARGIN - 2
    right_w = min(stringWidth(right, REGULAR, 8), (width - 2 * MARGIN) * 0.35) if right else 0
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(DARK)
    left_line = fit_line(left, REGULAR, 8, width - 2 * MARGIN - right_w - 12)
    scripts.draw_string(canvas, MARGIN, y, left_line, REGULAR, 8)
    if right:
        right_line = fit_line(right, REGULAR, 8, right_w)
        scripts.draw_string(canvas, width - MARGIN, y, right_line, REGULAR, 8, right=True)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)
    canvas.line(MARGIN, MARGIN + FOOTER_SPACE - 4, width - MARGIN, MARGIN + FOOTER_SPACE - 4)
    canvas.restoreState()
    draw_page_line(canvas, pagesize, notice)


def _numbered_canvas(program: Program, brand: Brand) -> type[Canvas]:
    """A canvas that holds pages back until the end so each can say 'page N of M'.

    Bookmarks are held back with their page: reportlab ties a bookmark to the page being
    written, which is only known when the held pages are finally put out. The footer also
    names the section(s) on the page, so a session's continuation pages say whose they are.
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._marks: list[tuple[str, dict[str, Any]]] = []
            self._sections: list[str] = []
            self._refs: list[tuple[str, float, float, str, float, Any]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            self._marks.append((key, kwargs))

        def begin_section(self, label: str, at_top: bool) -> None:
            """A part starts here; at the top of a page it replaces the part carried over."""
            if at_top:
                self._sections = [label]
            else:
                self._sections.append(label)

        def page_ref(
            self, key: str, x: float, y: float, font: str, size: float, colour: Any
        ) -> None:
            """Write " (page N)" at (x, y) once the page that bookmark `key` opens is known."""
            self._refs.append((key, x, y, font, size, colour))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._refs = []
            self._sections = self._sections[-1:]
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            width = self._pagesize[0]
            pages_of: dict[str, int] = {}
            for number, state in enumerate(self._pages, start=1):
                for key, _ in state["_marks"]:
                    pages_of.setdefault(key, number)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for key, kwargs in self._marks:
                    Canvas.bookmarkPage(self, key, **kwargs)
                for key, x, y, font, size, colour in self._refs:
                    if key in pages_of:
                        self.setFillColor(colour)
                        self.setFont(font, size)
                        self.drawString(x, y, f" (page {pages_of[key]})")
                label = f"page {number} of {total}"
                self.setFillColor(DARK)
                self.setFont(REGULAR, 7.5)
                room = width - 2 * MARGIN - stringWidth(label, BOLD, 8) - 16
                section = " · ".join(self._sections)
                section_line = fit_line(section, REGULAR, 7.5, room)
                scripts.draw_string(self, MARGIN, MARGIN + 2, section_line, REGULAR, 7.5)
                self.setFont(BOLD, 8)
                self.drawRightString(width - MARGIN, MARGIN + 2, label)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
