"""LoadChart: one bar per week, deloads in their own set, guideline band and ACWR line,
readable week numbers and load labels, and a description for screen readers."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCharts import QLegend
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.metrics import program_metrics
from planner_gui.domain.models import Week
from planner_gui.ui.commands.sessions import EditSessionCommand
from planner_gui.ui.commands.weeks import AddWeekCommand, ToggleDeloadCommand
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.analysis import analysis_for
from planner_gui.ui.models.plan_model import COL_LOAD, ItemPath, PlanModel
from planner_gui.ui.panels.load_chart import MAX_WEEK_LABELS, LoadChart, guideline_bands
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program, empty_program
from tests.support.widgets import discarding_window

# editing_program: every week is Lower A (60 min × RPE 6) + Core and glutes (45 min × RPE 5).
WEEK_LOAD = 60 * 6 + 45 * 5


def make_chart(qtbot: QtBot, weeks: int) -> tuple[PlanModel, LoadChart]:
    model = PlanModel(editing_program(weeks), editing_catalog())
    chart = LoadChart(model)
    qtbot.addWidget(chart)
    return model, chart


def bar_values(chart: LoadChart) -> list[tuple[float, float]]:
    return [
        (chart.training_set.at(i), chart.deload_set.at(i))
        for i in range(chart.training_set.count())
    ]


def test_one_bar_per_week_and_deloads_apart(qtbot: QtBot) -> None:
    model, chart = make_chart(qtbot, 5)
    assert chart.week_count() == 5
    assert bar_values(chart) == [(WEEK_LOAD, 0.0)] * 5
    stack = QUndoStack()
    with qtbot.waitSignal(model.plan_changed):
        stack.push(ToggleDeloadCommand(model, 3))
    assert bar_values(chart)[3] == (0.0, WEEK_LOAD)
    with qtbot.waitSignal(model.plan_changed):
        stack.push(AddWeekCommand(model, 5))
    assert chart.week_count() == 6
    assert chart.training_set.count() == chart.deload_set.count() == 6


def test_acwr_line_starts_after_four_weeks(qtbot: QtBot) -> None:
    model, chart = make_chart(qtbot, 6)
    points = chart.acwr_series.points()
    assert [p.x() for p in points] == [4.0, 5.0]
    assert [round(p.y(), 3) for p in points] == [1.0, 1.0]
    stack = QUndoStack()
    with qtbot.waitSignal(model.plan_changed):
        stack.push(EditSessionCommand(model, 5, 0, "duration_min", 120))
    heavier = (120 * 6 + 45 * 5) / WEEK_LOAD
    assert round(chart.acwr_series.points()[-1].y(), 3) == round(heavier, 3)
    assert chart.series_names() == ["+10 % guideline", "Load", "Deload", "ACWR 1.3", "ACWR"]


def test_guideline_band_follows_the_checker_comparisons(qtbot: QtBot) -> None:
    model, chart = make_chart(qtbot, 4)
    upper = chart.band_series.upperSeries().points()
    # Weeks 2-4 each get a box from the previous week's load to 10 % above it.
    assert len(upper) == 3 * 4
    assert {round(p.y(), 1) for p in upper} == {WEEK_LOAD, round(WEEK_LOAD * 1.1, 1)}
    stack = QUndoStack()
    with qtbot.waitSignal(model.plan_changed):
        stack.push(ToggleDeloadCommand(model, 2))
    # No box into the deload week; week 4 compares with week 2.
    boxed = sorted({round(p.x()) for p in chart.band_series.upperSeries().points()})
    assert boxed == [1, 3]


def test_guideline_bands_function() -> None:
    assert guideline_bands([100.0, 0.0, 120.0], [(0, 2)], 10) == [(2, 100.0, 110.00000000000001)]
    assert guideline_bands([0.0, 50.0], [(0, 1)], 10) == []


def test_edits_update_the_chart_in_place_without_piling_up_axes(qtbot: QtBot) -> None:
    """Rebuilding axes on each edit used to leave stale labels drawn over the new ones."""
    model = PlanModel(editing_program(weeks=5), editing_catalog())
    chart = LoadChart(model)
    qtbot.addWidget(chart)
    axes_before = list(chart.chart.axes())
    series_before = list(chart.chart.series())
    stack = QUndoStack()
    stack.push(AddWeekCommand(model, 5))
    stack.push(EditSessionCommand(model, 0, 0, "rpe", 9.0))
    stack.undo()
    assert chart.chart.axes() == axes_before
    assert chart.chart.series() == series_before
    assert chart.week_count() == 6
    assert chart.training_set.count() == 6


def test_legend_draws_lines_as_lines(qtbot: QtBot) -> None:
    """The dashed ACWR guideline and the ACWR line must look different in the legend."""
    _, chart = make_chart(qtbot, 5)
    legend = chart.chart.legend()
    line_shapes = {
        marker.shape()
        for line in (chart.acwr_series, chart.acwr_limit_series)
        for marker in legend.markers(line)
    }
    assert line_shapes == {QLegend.MarkerShape.MarkerShapeFromSeries}
    bar_shapes = {marker.shape() for marker in legend.markers(chart.load_series)}
    assert QLegend.MarkerShape.MarkerShapeFromSeries not in bar_shapes


def test_an_edit_that_leaves_weekly_loads_alone_redraws_nothing(qtbot: QtBot) -> None:
    """Typing an exercise's load changes no bar, band or ratio: the series are left as drawn."""
    model, chart = make_chart(qtbot, 5)
    stack = QUndoStack()
    model.set_undo_stack(stack)
    redrawn: list[str] = []
    chart.training_set.valuesAdded.connect(lambda *_: redrawn.append("bars"))
    chart.acwr_series.pointsReplaced.connect(lambda: redrawn.append("ratio"))
    chart._band_upper.pointsReplaced.connect(lambda: redrawn.append("band"))
    deadlift = ItemPath(1, 0, "main", 0)
    with qtbot.waitSignal(model.plan_changed):
        assert model.setData(model.item_index(deadlift, COL_LOAD), "90")
    assert redrawn == []
    # The chart still holds the new plan's numbers (its tooltips read them).
    assert chart.metrics == program_metrics(model.program(), model.catalog())
    assert chart.revision_shown() == analysis_for(model).revision()
    with qtbot.waitSignal(model.plan_changed):
        stack.push(EditSessionCommand(model, 1, 0, "rpe", 8.0))
    assert {"bars", "ratio", "band"} <= set(redrawn)
    assert bar_values(chart)[1] == (60 * 8 + 45 * 5, 0.0)


# Axis labels: distinct loads on an empty plan, some week numbers on a year-long one ---------


def test_load_axis_labels_are_distinct_for_an_empty_plan(qtbot: QtBot) -> None:
    model = PlanModel(empty_program().model_copy(update={"weeks": [Week()]}), editing_catalog())
    chart = LoadChart(model)
    qtbot.addWidget(chart)
    axis = chart.load_axis
    steps = axis.tickCount() - 1
    ticks = [axis.min() + (axis.max() - axis.min()) * i / steps for i in range(steps + 1)]
    labels = [f"{tick:.0f}" for tick in ticks]
    assert len(set(labels)) == len(labels), labels


def test_load_chart_numbers_some_weeks_of_a_long_plan_instead_of_eliding_all(
    qtbot: QtBot,
) -> None:
    program = editing_program(weeks=52)
    chart = LoadChart(PlanModel(program, editing_catalog()))
    qtbot.addWidget(chart)
    assert chart.week_count() == 52
    labels = chart.week_labels()
    assert labels[0] == "1"
    assert 4 <= len(labels) <= MAX_WEEK_LABELS
    steps = {int(b) - int(a) for a, b in itertools.pairwise(labels)}
    assert len(steps) == 1  # evenly spaced
    # Each label has room for its digits at the chart's smallest size.
    chart.resize(chart.view.minimumSize())
    chart.show()
    qtbot.waitExposed(chart)
    plot = chart.chart.plotArea().width()
    digits = chart.view.fontMetrics().horizontalAdvance("52")
    assert plot / len(labels) > digits + 4


def test_load_chart_numbers_every_week_of_a_short_plan(qtbot: QtBot) -> None:
    chart = LoadChart(PlanModel(editing_program(weeks=8), editing_catalog()))
    qtbot.addWidget(chart)
    assert chart.week_labels() == [str(week) for week in range(1, 9)]


# Screen readers: the chart describes itself in the whole window -----------------------------


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The whole window; closing it at teardown discards edits instead of asking."""
    return discarding_window(qtbot, monkeypatch)


def test_load_chart_describes_itself_for_screen_readers(window: MainWindow) -> None:
    view = window.load_chart.view
    description = view.accessibleDescription()
    assert description.startswith("3 weeks; highest weekly load ")
    assert "no deload weeks" in description
    window.editor.select_week(2)
    window.editor.toggle_deload()
    assert "deload weeks 3" in view.accessibleDescription()


def test_a_shortened_legend_label_shows_whole_on_hover(qtbot: QtBot) -> None:
    _model, chart = make_chart(qtbot, 6)
    assert chart.chart.legend().showToolTips()
