"""The export dialog's layout and switches, remembered in QSettings; Export Plan Review…."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner_gui.export.options import HandoutOptions
from planner_gui.ui.export.options import ExportOptionsDialog, store_options, stored_options
from tests.support.pdf import pdf_text
from tests.support.widgets import discarding_window


def test_defaults_are_compact_with_log_and_chart_and_no_plan_check() -> None:
    assert stored_options() == HandoutOptions()
    assert stored_options().layout == "compact" and not stored_options().plan_check


def test_choices_are_remembered(qtbot: QtBot) -> None:
    dialog = ExportOptionsDialog(stored_options())
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("full"))
    dialog.log_check.setChecked(False)
    dialog.plan_check_check.setChecked(True)
    store_options(dialog.options())
    again = ExportOptionsDialog(stored_options())
    qtbot.addWidget(again)
    assert again.options() == HandoutOptions(layout="full", log=False, plan_check=True)
    assert again.layout_combo.currentText() == "Full"


def test_export_plan_review_from_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = discarding_window(qtbot, monkeypatch)
    out = tmp_path / "review.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action = window.findChild(type(window.export_action), "exportReviewAction")
    assert action is not None
    assert action.text() == "Export P&lan Review…"
    with qtbot.waitSignal(window.exports.exported, timeout=20_000):
        action.trigger()  # written by the worker, off the GUI thread
    text = pdf_text(out)
    assert "Plan review" in text and "Findings" in text and "Made on" in text
