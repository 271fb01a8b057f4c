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


def test_the_page_size_is_chosen_in_the_export_dialog_and_remembered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QWidget

    from planner_gui.ui import settings
    from planner_gui.ui.export.actions import ExportActions
    from planner_gui.ui.models.plan_model import PlanModel
    from tests.support.catalogs import window_catalog
    from tests.support.plans import window_program

    assert settings.page_size() == "a4"
    opened: list[ExportOptionsDialog] = []

    def choose_letter(dialog: ExportOptionsDialog) -> int:
        opened.append(dialog)
        combo = dialog.page_size_combo
        assert [combo.itemText(i) for i in range(combo.count())] == ["A4", "Letter"]
        combo.setCurrentIndex(combo.findData("letter"))
        return 1

    monkeypatch.setattr(ExportOptionsDialog, "exec", choose_letter)
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window = QWidget()
    qtbot.addWidget(window)
    actions = ExportActions(PlanModel(window_program(), window_catalog(), window), window)
    with qtbot.waitSignal(actions.exported, timeout=20_000):
        assert actions.export_pdf() is not None
    actions.cleanup()
    assert opened[0].page_size_combo.currentText() == "Letter"
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    assert settings.page_size() == "letter"  # remembered, as the layout is
    again = ExportOptionsDialog(stored_options())
    qtbot.addWidget(again)
    assert again.chosen_page_size() == "letter"
    assert again.page_size_combo.currentText() == "Letter"


def test_cards_grey_out_the_load_chart_and_plan_check_and_give_back_the_ticks(
    qtbot: QtBot,
) -> None:
    """Cards print neither: their switches are off, greyed out and say why; choosing
    another layout gives back what the user had ticked."""
    dialog = ExportOptionsDialog(HandoutOptions(chart=True, plan_check=True))
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("cards"))
    for check in (dialog.chart_check, dialog.plan_check_check):
        assert not check.isEnabled() and not check.isChecked()
        assert "Cards carry only" in check.toolTip()
    assert dialog.description.text().startswith("One session per half page (A5 when folded)")
    # Remembered as ticked, for the next Compact or Full export.
    assert dialog.options() == HandoutOptions(layout="cards", chart=True, plan_check=True)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("full"))
    for check in (dialog.chart_check, dialog.plan_check_check):
        assert check.isEnabled() and check.isChecked()
        assert "Cards" not in check.toolTip()
    dialog.plan_check_check.setChecked(False)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("cards"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("compact"))
    assert dialog.chart_check.isChecked() and not dialog.plan_check_check.isChecked()


def test_a_dialog_opened_on_cards_starts_greyed_out(qtbot: QtBot) -> None:
    dialog = ExportOptionsDialog(HandoutOptions(layout="cards", chart=True))
    qtbot.addWidget(dialog)
    assert not dialog.chart_check.isEnabled() and not dialog.chart_check.isChecked()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("compact"))
    assert dialog.chart_check.isChecked()
