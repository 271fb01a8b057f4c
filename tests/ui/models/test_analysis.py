"""PlanAnalysis: one computation of metrics and findings per plan revision, shared by views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

import planner_gui.domain.rules.context as context_module
import planner_gui.ui.models.analysis as analysis_module
import planner_gui.ui.panels.load_chart as chart_module
from planner_gui.domain.checker import check_program
from planner_gui.domain.editing.ops import EditProgram
from planner_gui.domain.metrics import program_metrics
from planner_gui.ui.models.analysis import PlanAnalysis, analysis_for
from planner_gui.ui.models.plan_model import COL_LOAD, ItemPath, PlanModel
from planner_gui.ui.panels.findings_panel import FindingsPanel
from planner_gui.ui.panels.load_chart import LoadChart
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

WEEK2_DEADLIFT = ItemPath(1, 0, "main", 0)


def counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str, calls: list[str]) -> None:
    """Wrap module.name so each call is recorded (absent names are added, in case a view
    imports the function itself)."""
    real: Callable[..., Any] = getattr(module, name, None) or program_metrics

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper, raising=False)


def window_parts(qtbot: QtBot) -> tuple[PlanModel, FindingsPanel, LoadChart, QUndoStack]:
    model = PlanModel(editing_program(weeks=6), editing_catalog())
    stack = QUndoStack()
    model.set_undo_stack(stack)
    panel = FindingsPanel(model)
    chart = LoadChart(model)
    qtbot.addWidget(panel)
    qtbot.addWidget(chart)
    return model, panel, chart, stack


def test_one_analysis_per_model() -> None:
    first = PlanModel(editing_program(), editing_catalog())
    second = PlanModel(editing_program(), editing_catalog())
    assert analysis_for(first) is analysis_for(first)
    assert isinstance(analysis_for(first), PlanAnalysis)
    assert analysis_for(first) is not analysis_for(second)
    assert analysis_for(first).parent() is first


def test_metrics_are_computed_once_per_edit_for_panel_and_chart(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    for module in (analysis_module, context_module):
        counting(monkeypatch, module, "program_metrics", calls)
    counting(monkeypatch, chart_module, "program_metrics", calls)
    model, panel, chart, stack = window_parts(qtbot)
    calls.clear()
    with qtbot.waitSignal(model.plan_changed):
        assert model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "100")
    assert len(calls) == 1
    assert "PO101" in [finding.code for finding in panel.findings()]
    assert chart.metrics is analysis_for(model).metrics()
    calls.clear()
    stack.undo()
    assert len(calls) == 1
    assert "PO101" not in [finding.code for finding in panel.findings()]


def test_results_are_kept_until_the_plan_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[str] = []
    real_check = check_program

    def counted(*args: Any, **kwargs: Any) -> Any:
        checks.append("check")
        return real_check(*args, **kwargs)

    monkeypatch.setattr(analysis_module, "check_program", counted)
    model = PlanModel(editing_program(), editing_catalog())
    analysis = analysis_for(model)
    first = analysis.findings()
    assert analysis.findings() is first and checks == ["check"]
    assert analysis.revision() == 0
    off = {"enabled": False}
    model.apply(EditProgram({"rules": {"WU303": off, "WU304": off}}))
    assert analysis.revision() == 1
    assert analysis.findings() == check_program(model.program(), model.catalog())
    assert len(analysis.findings()) < len(first) and checks == ["check", "check"]


def test_shared_numbers_match_the_checker_and_metrics(qtbot: QtBot) -> None:
    model, panel, chart, _ = window_parts(qtbot)
    model.setData(model.item_index(WEEK2_DEADLIFT, COL_LOAD), "100")
    analysis = analysis_for(model)
    assert analysis.metrics() == program_metrics(model.program(), model.catalog())
    assert panel.findings() == check_program(model.program(), model.catalog())
    assert analysis.comparisons() == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
    assert panel.revision_shown() == chart.revision_shown() == analysis.revision() == 1
