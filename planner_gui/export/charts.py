"""The weekly load chart: bars of session load, the acute:chronic ratio as a line, deloads marked.

Drawn with reportlab's own graphics in greys, markers and dashes so it reads in black and white.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.domain.metrics import ProgramMetrics
from planner_gui.export.fonts import register_fonts
from planner_gui.export.styles import DARK, INK, MID, SHADE
from planner_gui.export.text import number

HEIGHT = 215.0
ACWR_GUIDE = 1.3
ACWR_CAUTION = 1.5
ACWR_STEP = 0.5
#: Highest the ratio axis goes; a higher ratio is marked at the top with a triangle.
RATIO_AXIS_MAX = 4.0
#: Most gridlines the load axis gets; its step is the smallest round one that keeps within.
MAX_LOAD_STEPS = 6
#: Every word and number of the chart: an athlete reads the key and the axes at 10 pt too.
LABEL_PT = 10.0
#: Left of the bars: the load axis's title and numbers ('1,200'); right: the ratio axis's.
_LEFT = 58.0
_RIGHT = 52.0
#: Under the bars: the week numbers, the axis title and the key's first row; each further
#: row of the key (a narrow page, or a ratio above the axis adding an entry) adds _KEY_ROW.
_UNDER = 52.0
_KEY_ROW = 14.0


def load_axis(peak: float) -> tuple[float, float]:
    """(top, step) of the load axis: a round step, and a top on a step so it is labelled."""
    step = 1.0
    magnitude = 1.0
    while step * MAX_LOAD_STEPS < peak:
        for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
            step = factor * magnitude
            if step * MAX_LOAD_STEPS >= peak:
                break
        magnitude *= 10
    return max(1, math.ceil(peak / step)) * step, step


def ratio_axis_top(ratios: list[float | None]) -> float:
    """The ratio axis reaches 2.0 at least, or just above the highest ratio, on a labelled step,
    and RATIO_AXIS_MAX at most: a week after four nearly empty ones can have a ratio in the
    millions, which would stretch the axis into thousands of ticks and flatten the rest."""
    peak = max([2.0] + [r * 1.05 for r in ratios if r is not None and math.isfinite(r)])
    return math.ceil(min(peak, RATIO_AXIS_MAX) / ACWR_STEP - 1e-9) * ACWR_STEP


def load_chart(
    metrics: ProgramMetrics,
    width: float,
    height: float = HEIGHT,
    *,
    guide: float = ACWR_GUIDE,
    caution: float = ACWR_CAUTION,
) -> Drawing | None:
    """The chart, or None when the plan gives no session load to draw (no duration or RPE).
    A `height` below HEIGHT squeezes only the bars' axis (labels keep their size). `guide`
    and `caution` are the ratios drawn as dashed and dotted lines (the plan review passes
    the plan's own PO103 limits)."""
    loads = metrics.loads
    if not loads or max(loads) <= 0:
        return None
    font = register_fonts()
    drawing = Drawing(width, height, initialFontName=font)
    chart = VerticalBarChart()
    ratio_top = ratio_axis_top([week.acwr for week in metrics.weeks])
    beyond = any(r is not None and not r <= ratio_top for r in (w.acwr for w in metrics.weeks))
    rows = _legend_rows(
        _legend_entries(ratio_top if beyond else None, (guide, caution)), width, font
    )
    under = _UNDER + _KEY_ROW * (len(rows) - 1)
    chart.x, chart.y = _LEFT, under
    chart.width, chart.height = width - _LEFT - _RIGHT, height - under - 14
    chart.data = [loads]
    chart.barSpacing = 0
    chart.groupSpacing = max(1.0, chart.width / len(loads) * 0.25)
    chart.bars[0].fillColor = MID
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.4
    for index, week in enumerate(metrics.weeks):
        if week.deload:
            chart.bars[(0, index)].fillColor = SHADE
    # Numbered weeks kept apart by at least a space: every week of a short plan, every
    # second or third of a long one.
    label_w = stringWidth(str(len(loads)), font, LABEL_PT) + 6
    step = max(1, math.ceil(len(loads) * label_w / chart.width))
    chart.categoryAxis.categoryNames = [
        str(i + 1) if i % step == 0 else "" for i in range(len(loads))
    ]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_PT
    chart.categoryAxis.labels.dy = -2
    load_top, load_step = load_axis(max(loads))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = load_top
    chart.valueAxis.valueStep = load_step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_PT
    chart.valueAxis.labelTextFormat = lambda value: number(round(value))
    chart.valueAxis.gridStrokeColor = SHADE
    chart.valueAxis.visibleGrid = True
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width / 2,
            chart.y - 27,
            "Week",
            fontName=font,
            fontSize=LABEL_PT,
            textAnchor="middle",
        )
    )
    drawing.add(_vertical(LABEL_PT, chart.y + chart.height / 2, "Load (min × RPE)", font))
    _acwr_line(drawing, chart, metrics, font, ratio_top, (guide, caution))
    _legend(drawing, font, ratio_top if beyond else None, (guide, caution))
    return drawing


def _vertical(x: float, y: float, text: str, font: str) -> Group:
    """An axis title turned 90° anticlockwise, centred on (x, y)."""
    label = String(0, 0, text, fontName=font, fontSize=LABEL_PT, textAnchor="middle")
    return Group(label, transform=(0, 1, -1, 0, x, y))


def _acwr_line(
    drawing: Drawing,
    chart: VerticalBarChart,
    metrics: ProgramMetrics,
    font: str,
    top: float,
    lines: tuple[float, float],
) -> bool:
    """Draw the ratio line on an axis up to `top`; a ratio above it is marked at the top with
    a triangle. True when one was. `lines` are the guideline and caution ratios."""
    weekly = [week.acwr for week in metrics.weeks]
    beyond = [ratio is not None and not ratio <= top for ratio in weekly]  # infinity too
    ratios = [top if over else ratio for ratio, over in zip(weekly, beyond, strict=True)]
    right = chart.x + chart.width
    slot = chart.width / len(ratios)

    def y_of(value: float) -> float:
        return float(chart.y + value / top * chart.height)

    drawing.add(
        Line(right, chart.y, right, chart.y + chart.height, strokeColor=INK, strokeWidth=0.6)
    )
    tick = 0.0
    while tick <= top + 1e-9:
        y = y_of(tick)
        drawing.add(Line(right, y, right + 3, y, strokeColor=INK, strokeWidth=0.6))
        drawing.add(String(right + 5, y - 3.5, f"{tick:.1f}", fontName=font, fontSize=LABEL_PT))
        tick += ACWR_STEP
    for value, dash in zip(lines, ([3, 2], [1, 2]), strict=True):
        if value > top:  # a plan's own limit above the axis: no line to draw
            continue
        y = y_of(value)
        drawing.add(
            Line(chart.x, y, right, y, strokeColor=DARK, strokeWidth=0.6, strokeDashArray=dash)
        )
    points: list[tuple[float, float]] = []
    for index, ratio in enumerate(ratios):
        if ratio is None:
            continue
        points.append((chart.x + (index + 0.5) * slot, y_of(ratio)))
    run: list[float] = []
    last_index = -2
    for index, ratio in enumerate(ratios):
        if ratio is None:
            continue
        x, y = chart.x + (index + 0.5) * slot, y_of(ratio)
        if index != last_index + 1 and len(run) >= 4:
            drawing.add(PolyLine(run, strokeColor=INK, strokeWidth=1.2))
            run = []
        run += [x, y]
        last_index = index
    if len(run) >= 4:
        drawing.add(PolyLine(run, strokeColor=INK, strokeWidth=1.2))
    radius = min(2.2, slot / 3)
    marked = [i for i, ratio in enumerate(ratios) if ratio is not None]
    for index, (x, y) in zip(marked, points, strict=True):
        if beyond[index]:
            drawing.add(_triangle(x, y, radius * 1.6))
        else:
            drawing.add(Circle(x, y, radius, fillColor=(1, 1, 1), strokeColor=INK, strokeWidth=0.8))
    title_x = right + _RIGHT - 6
    drawing.add(_vertical(title_x, chart.y + chart.height / 2, "Acute:chronic ratio", font))
    return any(beyond)


def _triangle(x: float, y: float, size: float) -> Polygon:
    """A filled triangle pointing up, centred on (x, y): a ratio above the top of the axis."""
    return Polygon(
        [x - size, y - size * 0.8, x + size, y - size * 0.8, x, y + size * 0.9],
        fillColor=INK,
        strokeColor=INK,
        strokeWidth=0.4,
    )


def _legend_entries(ratio_top: float | None, lines: tuple[float, float]) -> list[tuple[str, str]]:
    """The key's entries; `lines` are the guideline and caution ratios drawn."""
    entries: list[tuple[str, str]] = [
        ("bar", "Weekly load"),
        ("deload", "Deload week"),
        ("line", "Acute:chronic ratio"),
        ("dash", f"{number(lines[0])} guideline"),
        ("dot", f"{number(lines[1])} caution"),
    ]
    if ratio_top is not None:
        entries.append(("beyond", f"ratio above {ratio_top:.1f}"))
    return entries


def _legend_rows(
    entries: list[tuple[str, str]], width: float, font: str
) -> list[list[tuple[str, str]]]:
    """The key's entries in rows no wider than `width`, as many to a row as fit."""
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for entry in entries:
        wide = 15 + stringWidth(entry[1], font, LABEL_PT) + 12
        if rows[-1] and used + wide - 12 > width:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += wide
    return rows


def _legend(
    drawing: Drawing, font: str, ratio_top: float | None, lines: tuple[float, float]
) -> None:
    """The key under the chart from its left edge, in rows; `ratio_top` adds the triangle of
    ratios above that."""
    rows = _legend_rows(_legend_entries(ratio_top, lines), drawing.width, font)
    for number_, row in enumerate(rows):
        y = 6.0 + _KEY_ROW * (len(rows) - 1 - number_)
        x = 0.0
        for kind, label in row:
            _key_mark(drawing, kind, x, y)
            drawing.add(String(x + 15, y, label, fontName=font, fontSize=LABEL_PT))
            x += 15 + stringWidth(label, font, LABEL_PT) + 12


def _key_mark(drawing: Drawing, kind: str, x: float, y: float) -> None:
    """The mark an entry of the key stands for, left of its words."""
    if kind == "beyond":
        drawing.add(_triangle(x + 6, y + 3.5, 3.2))
    elif kind in {"bar", "deload"}:
        drawing.add(
            Rect(
                x,
                y,
                9,
                7,
                fillColor=MID if kind == "bar" else SHADE,
                strokeColor=INK,
                strokeWidth=0.4,
            )
        )
    elif kind == "line":
        drawing.add(Line(x, y + 3.5, x + 12, y + 3.5, strokeColor=INK, strokeWidth=1.2))
        drawing.add(
            Circle(x + 6, y + 3.5, 2, fillColor=(1, 1, 1), strokeColor=INK, strokeWidth=0.8)
        )
    else:
        drawing.add(
            Line(
                x,
                y + 3.5,
                x + 12,
                y + 3.5,
                strokeColor=DARK,
                strokeWidth=0.6,
                strokeDashArray=[3, 2] if kind == "dash" else [1, 2],
            )
        )
