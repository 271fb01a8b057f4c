"""What the compact and cards layouts share: sessions in date order, the log's boxes, the
optional load chart and plan check, and the sizes that keep a printout readable in a gym."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.metrics import program_metrics
from planner_gui.domain.models import Item, Program, Session
from planner_gui.domain.vocabulary import BlockKind
from planner_gui.export.charts import HEIGHT as CHART_HEIGHT
from planner_gui.export.charts import load_chart
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.plancheck import plan_check_flowables
from planner_gui.export.styles import INK
from planner_gui.export.text import shown

#: Body text and cues; doses and loads; the smallest box a pen can write in (8 mm).
BODY_PT = 10.0
DOSE_PT = 11.0
LOG_BOX_H = 24.0
TICK = 10.0
#: The lowest the load chart is drawn to end the programme's page (its full height: 215).
MIN_CHART_H = 170.0
#: Block kinds and exercise categories logged with a tick rather than numbers.
TICKED_BLOCKS: frozenset[BlockKind] = frozenset({"warmup", "mobility", "cooldown"})
TICKED_CATEGORIES = frozenset({"conditioning", "mobility", "warmup"})


@dataclass(frozen=True)
class Dated:
    """One session of the plan with where it is and when."""

    week_index: int
    session_index: int
    day: date
    session: Session


def sessions_by_date(program: Program) -> list[Dated]:
    """Every session in calendar order, whatever weekday the plan starts on."""
    dated = [
        Dated(w, s, program.session_date(w, session.day), session)
        for w, week in enumerate(program.weeks)
        for s, session in enumerate(week.sessions)
    ]
    dated.sort(key=lambda d: (d.day, d.week_index, d.session_index))
    return dated


def session_name(session: Session) -> str:
    return shown(session.name) or "Session"


def log_kind(catalog: Catalog, kind: BlockKind, item: Item) -> str:
    """How the athlete logs an item: 'tick' (done), 'sides' (left and right) or 'box'."""
    exercise = catalog.get(item.exercise)
    if kind in TICKED_BLOCKS or (exercise is not None and exercise.category in TICKED_CATEGORIES):
        return "tick"
    return "sides" if item.per_side else "box"


def draw_box(canvas: Canvas, x: float, y: float, w: float, h: float, colour: Color = INK) -> None:
    """An empty box to write in."""
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.7)
    canvas.rect(x, y, w, h, stroke=1, fill=0)


class FitChart(Flowable):  # type: ignore[misc]
    """The load chart at its full height, or lower (down to MIN_CHART_H) to finish the page
    the programme ends on rather than take a page of its own; on a page of its own, as high
    as `tall` (a 215 pt chart left 60 % of the 6-week template's A4 chart page empty)."""

    def __init__(self, ctx: HandoutContext, tall: float = CHART_HEIGHT) -> None:
        super().__init__()
        self.metrics = program_metrics(ctx.program, ctx.catalog)
        self.chart: Drawing | None = None
        #: The most it is drawn, and the most on a page of its own (see ChartSlot).
        self.most = CHART_HEIGHT
        self.tall = max(tall, CHART_HEIGHT)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = max(MIN_CHART_H, min(self.most, avail_height - 1))
        self.chart = load_chart(self.metrics, avail_width, height)
        self.width, self.height = avail_width, height if self.chart is not None else 0.0
        return self.width, self.height

    def draw(self) -> None:
        if self.chart is not None:
            self.chart.drawOn(self.canv, 0, 0)


#: The share of a page the load chart's part fills when it has the page to itself.
ALONE_SHARE = 0.55


class ChartSlot(Flowable):  # type: ignore[misc]
    """Where the load chart's part goes (zero size): on the page the programme ends when it
    fits the room left, else at the top of a page of its own, the chart drawn taller there
    (to ALONE_SHARE of the page: at its usual 215 pt the 6-week template's A4 chart page was
    60 % empty, and nothing else can share it: the safety page starts its own)."""

    def __init__(self, part: list[Flowable], need: float) -> None:
        super().__init__()
        self.part = part
        self.need = need
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        if frame is None or not self.part:
            return 0, 0
        part, self.part = self.part, []
        if avail_height < self.need or getattr(frame, "_atTop", False):
            for flowable in part:
                if isinstance(flowable, FitChart):
                    flowable.most = flowable.tall
            part = [CondPageBreak(self.need), *part]
        frame.add_generated_content(*part)
        return 0, 0

    def draw(self) -> None:
        pass


def load_chart_part(ctx: HandoutContext) -> Iterator[Flowable]:
    """The weekly load chart, when switched on and the plan gives session loads."""
    s = ctx.styles
    if ctx.options.chart and load_chart(program_metrics(ctx.program, ctx.catalog), ctx.width):
        heading = Paragraph("Weekly training load", s.h2)
        text = Paragraph(
            "Each bar is a week's session load: minutes × session effort (RPE), added up. The "
            "line compares each week with the four before it (acute:chronic ratio); near "
            "0.8–1.3 is a coaching guideline, not a law, and it does not predict injury.",
            s.body,
        )
        above = sum(p.wrap(ctx.width, 10_000)[1] + p.getSpaceAfter() for p in (heading, text))
        need = MIN_CHART_H + above + s.h2.spaceBefore + 2
        # Its own footer name: the page it ends says whose chart it is, not a session's.
        part: list[Flowable] = [
            OutlineEntry("Weekly training load", "load-chart", level=0),
            heading,
            text,
            FitChart(ctx, tall=ctx.height * ALONE_SHARE - above),
        ]
        yield ChartSlot(part, need)


def plan_check_part(ctx: HandoutContext) -> Iterator[Flowable]:
    """The coach's plan check, when switched on."""
    if ctx.options.plan_check:
        yield from plan_check_flowables(
            ctx, check_program(ctx.program, ctx.catalog, wording=ctx.brand.safety)
        )
