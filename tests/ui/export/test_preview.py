"""The print preview dialog: zoom buttons, keys and Ctrl+wheel, within bounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.export.handout import write_handout
from planner_gui.ui.export.preview import MAX_ZOOM, ZOOM_STEP, PdfPreviewDialog
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


@pytest.fixture
def preview(qtbot: QtBot, tmp_path: Path) -> PdfPreviewDialog:
    pdf = tmp_path / "handout.pdf"
    write_handout(window_program(), window_catalog(), pdf)
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    dialog.resize(700, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wheel(widget: QWidget, delta: int, modifiers: Qt.KeyboardModifier) -> QWheelEvent:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_print_preview_zooms_in_and_out_and_fits_again(
    qtbot: QtBot, preview: PdfPreviewDialog
) -> None:
    view = preview.view
    assert preview.document.pageCount() >= 1
    assert preview.zoom_label.text() == "Fit width"
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    fit = preview.current_zoom()
    assert view.horizontalScrollBar().maximum() == 0  # the page fits the width
    # Both ways open from a fitted page (the buttons were judged before the first layout).
    assert preview.zoom_out_action.isEnabled()
    assert preview.zoom_in_action.isEnabled()
    preview.zoom_in_action.trigger()
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fit * ZOOM_STEP)
    assert preview.zoom_label.text() == f"{round(fit * ZOOM_STEP * 100)} %"
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)  # wider than the view
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert view.zoomFactor() == pytest.approx(fit / ZOOM_STEP)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.fit_page_action.trigger()
    assert preview.zoom_label.text() == "Whole page"
    assert preview.current_zoom() < fit


def test_print_preview_zooms_with_ctrl_wheel_and_keeps_bounds(
    qtbot: QtBot, preview: PdfPreviewDialog
) -> None:
    view = preview.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    fit = preview.current_zoom()
    assert wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier).isAccepted()
    assert view.zoomFactor() == pytest.approx(fit * ZOOM_STEP)
    wheel(view.viewport(), -120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() == pytest.approx(fit)
    for _ in range(30):
        preview.zoom_in_action.trigger()
    assert view.zoomFactor() == pytest.approx(MAX_ZOOM)
    assert not preview.zoom_in_action.isEnabled()
    # A plain wheel still scrolls the pages and leaves the zoom alone.
    wheel(view.viewport(), -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoomFactor() == pytest.approx(MAX_ZOOM)
