"""Weekly session load as bars, the 10 % guideline band, and the acute:chronic ratio line.

It reads the same numbers as the checker (planner_gui.domain.metrics, and the checker's own
week-to-week comparisons and thresholds), so the chart and the findings never disagree. They
come from the model's shared PlanAnalysis, so an edit computes the metrics once for both.
Refreshed on every plan_changed; the series are replaced only when what they draw changed (an
exercise's load or a note leaves weekly loads alone, so typing there redraws nothing).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAreaSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from planner_gui.domain.metrics import ProgramMetrics
from planner_gui.domain.notation import format_number
from planner_gui.domain.rules.codes import ACUTE_CHRONIC_RATIO, WEEK_LOAD_RISE
from planner_gui.ui.models.analysis import analysis_for
from planner_gui.ui.models.plan_model import PlanModel

BAND_HALF_WIDTH = 0.4
TRAINING_COLOUR = QColor("#3f7cac")
DELOAD_COLOUR = QColor("#9aa5b1")
BAND_COLOUR = QColor(76, 175, 80, 70)
ACWR_COLOUR = QColor("#d9822b")
#: The load axis reaches at least this far (one 20-minute session at RPE 5 is 100).
MIN_LOAD_TOP = 100.0
#: At most this many week numbers under the bars: at the chart's narrowest each still fits.
MAX_WEEK_LABELS = 12
#: Steps between numbered weeks, smallest first, for long plans.
WEEK_LABEL_STEPS = (1, 2, 4, 5, 10, 13, 26, 52)


def labelled_weeks(count: int) -> list[int]:
    """The 0-based weeks that get a number under them: all of a short plan, else every
    step-th from week 1 (1, 6, 11, ... for a year), so the numbers never shrink to '...'."""
    step = next(
        (s for s in WEEK_LABEL_STEPS if -(-count // s) <= MAX_WEEK_LABELS), WEEK_LABEL_STEPS[-1]
    )
    return list(range(0, count, step))


def guideline_bands(
    program_loads: list[float], pairs: list[tuple[int, int]], limit_pct: float
) -> list[tuple[int, float, float]]:
    """(week, floor, ceiling) for each compared week: the earlier week's load ×1.0 … ×(1+limit)."""
    bands: list[tuple[int, float, float]] = []
    for earlier, later in pairs:
        base = program_loads[earlier]
        if base > 0:
            bands.append((later, base, base * (1 + limit_pct / 100)))
    return bands


class LoadChart(QWidget):
    """A QChartView of weekly load with the guideline band and the ACWR on a second axis."""

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadChart")
        self.setAccessibleName("Weekly load chart")
        self._model = model
        self._analysis = analysis_for(model)
        self._revision_shown = -1
        #: What the series last drew; refresh() skips redrawing while it stays the same.
        self._drawn: tuple[object, ...] | None = None
        self.metrics: ProgramMetrics = ProgramMetrics([])
        self.chart = QChart()
        self.chart.setTitle("Weekly session load (minutes × RPE)")
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # In a narrow pane the legend shortens its labels ("AC…"): hovering one gives it whole.
        self.chart.legend().setShowToolTips(True)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setObjectName("loadChartView")
        self.view.setAccessibleName("Weekly load chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Below about this size the axis labels elide to dots; ask layouts for room.
        self.view.setMinimumSize(340, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self._build_series()
        self._apply_theme()
        model.plan_changed.connect(self.refresh)
        self.refresh()

    def _build_series(self) -> None:
        """Create the axes and series once; refresh() only replaces their data.

        Rebuilding axes on every edit left stale axis labels drawn over the new ones.
        """
        # A value axis with a few labelled points rather than one category per week: a
        # category axis squeezes every label into its week's width and a long plan's numbers
        # all became "...". Bars and lines sit at x = week index.
        self.week_axis = QCategoryAxis()
        self.week_axis.setTitleText("Week")
        self.week_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.week_axis.setGridLineVisible(False)
        self._week_count = 0
        self.load_axis = QValueAxis()
        self.load_axis.setTitleText("Load")
        self.load_axis.setLabelFormat("%.0f")
        self.ratio_axis = QValueAxis()
        self.ratio_axis.setTitleText("Acute:chronic")
        self.ratio_axis.setLabelFormat("%.1f")
        for axis, side in (
            (self.week_axis, Qt.AlignmentFlag.AlignBottom),
            (self.load_axis, Qt.AlignmentFlag.AlignLeft),
            (self.ratio_axis, Qt.AlignmentFlag.AlignRight),
        ):
            self.chart.addAxis(axis, side)

        self._band_upper = QLineSeries()
        self._band_lower = QLineSeries()
        self.band_series = QAreaSeries(self._band_upper, self._band_lower)
        self.band_series.setColor(BAND_COLOUR)
        self.band_series.setBorderColor(Qt.GlobalColor.transparent)
        self.band_series.setPen(QPen(Qt.PenStyle.NoPen))

        self.training_set = QBarSet("Load")
        self.training_set.setColor(TRAINING_COLOUR)
        self.deload_set = QBarSet("Deload")
        self.deload_set.setColor(DELOAD_COLOUR)
        self.load_series = QStackedBarSeries()
        self.load_series.setBarWidth(0.6)
        self.load_series.append(self.training_set)
        self.load_series.append(self.deload_set)
        self.load_series.hovered.connect(self._show_bar_tip)

        self.acwr_limit_series = QLineSeries()
        self.acwr_limit_series.setPen(QPen(ACWR_COLOUR, 1, Qt.PenStyle.DashLine))
        self.acwr_series = QLineSeries()
        self.acwr_series.setName("ACWR")
        self.acwr_series.setPen(QPen(ACWR_COLOUR, 2))
        self.acwr_series.setPointsVisible(True)

        for series, value_axis in (
            (self.band_series, self.load_axis),
            (self.load_series, self.load_axis),
            (self.acwr_limit_series, self.ratio_axis),
            (self.acwr_series, self.ratio_axis),
        ):
            self.chart.addSeries(series)
            series.attachAxis(self.week_axis)
            series.attachAxis(value_axis)
        # The two lines show as lines in the legend, so the dashed guideline differs from the
        # ratio; bars and the band keep their filled squares.
        for line in (self.acwr_limit_series, self.acwr_series):
            for marker in self.chart.legend().markers(line):
                marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.view.setToolTip(
            "Bars: weekly session load. Green band: the 10 % weekly-rise guideline from the "
            "week each is compared with. Line: ACWR, the acute:chronic ratio (a description of the "
            "plan's shape, not a risk score). Dashed: its guideline."
        )

    def _apply_theme(self) -> None:
        dark = self.palette().window().color().lightness() < 128
        # setTheme resets series colours, so put ours back afterwards.
        self.chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        self.chart.setBackgroundVisible(False)
        self.chart.setPlotAreaBackgroundVisible(False)
        title_font = self.chart.titleFont()
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0))
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart.setTitleBrush(self.palette().windowText())
        self.chart.legend().setLabelBrush(self.palette().windowText())
        self.band_series.setColor(BAND_COLOUR)
        self.band_series.setBorderColor(Qt.GlobalColor.transparent)
        self.band_series.setPen(QPen(Qt.PenStyle.NoPen))
        self.training_set.setColor(TRAINING_COLOUR)
        self.deload_set.setColor(DELOAD_COLOUR)
        self.acwr_limit_series.setPen(QPen(ACWR_COLOUR, 1, Qt.PenStyle.DashLine))
        self.acwr_series.setPen(QPen(ACWR_COLOUR, 2))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "band_series"):
            self._apply_theme()
        super().changeEvent(event)

    def revision_shown(self) -> int:
        """The plan revision (PlanAnalysis.revision) the chart shows."""
        return self._revision_shown

    def refresh(self) -> None:
        """Take the current metrics and, when what the chart draws changed, replace every
        series' data in place."""
        self.metrics = self._analysis.metrics()
        self._revision_shown = self._analysis.revision()
        loads = self.metrics.loads
        rules = self._model.program().rules
        pairs = self._analysis.comparisons()
        band_limit = WEEK_LOAD_RISE.settings(rules).limit_pct
        ratio_limit = ACUTE_CHRONIC_RATIO.settings(rules).limit_ratio
        drawn = (
            tuple(loads),
            tuple((w.deload, w.acwr) for w in self.metrics.weeks),
            tuple(pairs),
            band_limit,
            ratio_limit,
        )
        if drawn == self._drawn:
            return
        self._drawn = drawn
        count = len(loads)

        self._week_count = count
        for label in self.week_axis.categoriesLabels():
            self.week_axis.remove(label)
        self.week_axis.setStartValue(-0.5)
        for week in labelled_weeks(count):
            self.week_axis.append(str(week + 1), week)
        self.week_axis.setRange(-0.5, max(count, 1) - 0.5)

        bands = guideline_bands(loads, pairs, band_limit)
        upper: list[QPointF] = []
        lower: list[QPointF] = []
        for week, floor, ceiling in bands:
            left, right = week - BAND_HALF_WIDTH, week + BAND_HALF_WIDTH
            upper += [
                QPointF(left, floor),
                QPointF(left, ceiling),
                QPointF(right, ceiling),
                QPointF(right, floor),
            ]
            lower += [QPointF(left, floor), QPointF(right, floor)]
        self._band_upper.replace(upper)
        self._band_lower.replace(lower)
        self.band_series.setName(f"+{format_number(band_limit)} % guideline")

        for bar_set in (self.training_set, self.deload_set):
            bar_set.remove(0, bar_set.count())
        self.training_set.append([0.0 if w.deload else w.load for w in self.metrics.weeks])
        self.deload_set.append([w.load if w.deload else 0.0 for w in self.metrics.weeks])

        ratios = [(w.index, w.acwr) for w in self.metrics.weeks if w.acwr is not None]
        self.acwr_series.replace([QPointF(float(week), ratio) for week, ratio in ratios])
        self.acwr_limit_series.setName(f"ACWR {format_number(ratio_limit)}")
        limit_points = (
            [QPointF(-0.5, ratio_limit), QPointF(count - 0.5, ratio_limit)] if count else []
        )
        self.acwr_limit_series.replace(limit_points)

        # At least MIN_LOAD_TOP, so an empty or tiny plan never gets fractional ticks that the
        # whole-number labels would print twice ("0, 1, 1, 2").
        top_load = max([*loads, *(ceiling for _, _, ceiling in bands), MIN_LOAD_TOP])
        self.load_axis.setRange(0, top_load * 1.1)
        self.load_axis.applyNiceNumbers()
        top_ratio = max([ratio_limit, *(ratio for _, ratio in ratios)])
        self.ratio_axis.setRange(0, max(2.0, top_ratio * 1.1))
        self.ratio_axis.applyNiceNumbers()
        self.view.setAccessibleDescription(self.describe())

    def describe(self) -> str:
        """The chart in words, for screen readers (which cannot read the drawing)."""
        weeks = self.metrics.weeks
        if not weeks:
            return "No weeks planned yet."
        peak = max(weeks, key=lambda week: week.load)
        deloads = [str(week.index + 1) for week in weeks if week.deload]
        parts = [
            f"{len(weeks)} week{'s' if len(weeks) != 1 else ''}",
            f"highest weekly load {format_number(round(peak.load))} in week {peak.index + 1}",
            f"deload weeks {', '.join(deloads)}" if deloads else "no deload weeks",
        ]
        ratios = [week.acwr for week in weeks if week.acwr is not None]
        if ratios:
            parts.append(f"acute:chronic ratio from {min(ratios):.2f} to {max(ratios):.2f}")
        return "; ".join(parts) + "."

    def _show_bar_tip(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.metrics.weeks):
            QToolTip.hideText()
            return
        week = self.metrics.weeks[index]
        parts = [f"Week {index + 1}: load {format_number(round(week.load, 1))}"]
        if week.deload:
            parts.append("deload week")
        if week.acwr is not None:
            parts.append(f"acute:chronic {week.acwr:.2f}")
        parts.append(f"monotony {week.monotony:.1f}")
        QToolTip.showText(QCursor.pos(), " · ".join(parts), self.view)

    def sizeHint(self) -> QSize:
        return QSize(460, 300)

    def week_count(self) -> int:
        """Weeks on the chart (one bar each)."""
        return self._week_count

    def week_labels(self) -> list[str]:
        """The week numbers printed under the bars, left to right."""
        return list(self.week_axis.categoriesLabels())

    def series_names(self) -> list[str]:
        """Legend entries in drawing order (bar sets stand for their series)."""
        names: list[str] = []
        for series in self.chart.series():
            if isinstance(series, QStackedBarSeries):
                names.extend(bar_set.label() for bar_set in series.barSets())
            else:
                names.append(series.name())
        return names
