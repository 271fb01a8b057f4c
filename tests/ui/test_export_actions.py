"""Export PDF off the GUI thread with a cancellable progress dialog; preview (with zoom) and
print."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner_gui.export.handout import write_handout
from planner_gui.ui.export import worker
from planner_gui.ui.export.actions import ExportActions
from planner_gui.ui.export.preview import MAX_ZOOM, ZOOM_STEP, PdfPreviewDialog
from planner_gui.ui.export.printing import print_pdf
from planner_gui.ui.models.plan_model import PlanModel
from tests.ui.shell_fixtures import small_catalog, small_program


@pytest.fixture
def actions(qtbot: QtBot) -> Iterator[ExportActions]:
    window = QWidget()
    qtbot.addWidget(window)
    model = PlanModel(small_program("Export me"), small_catalog(), window)
    created = ExportActions(model, window, suggested_name=lambda: "export-me")
    yield created
    created.cleanup()


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_export_writes_the_pdf_off_the_gui_thread(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    threads: list[threading.Thread] = []
    real = worker.write_handout

    def spy(*args: Any, **kwargs: Any) -> None:
        threads.append(threading.current_thread())
        real(*args, **kwargs)

    monkeypatch.setattr(worker, "write_handout", spy)
    _save_to(monkeypatch, tmp_path / "handout")  # ".pdf" is added
    with qtbot.waitSignal(actions.exported, timeout=20_000) as blocker:
        job = actions.export_pdf()
        assert job is not None
        assert actions.progress_dialog is not None
    out = tmp_path / "handout.pdf"
    assert blocker.args == [out]
    assert threads and threads[0] is not threading.main_thread()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Export me" in text
    assert actions.progress_dialog is None
    assert not actions.busy()


def test_cancel_stops_the_export_and_leaves_no_file(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    gate = threading.Event()
    reached = threading.Event()
    real = worker.write_handout

    def gated(*args: Any, **kwargs: Any) -> None:
        report = kwargs["progress"]

        def slow(done: int, total: int) -> None:
            report(done, total)
            reached.set()
            gate.wait(10)  # hold the worker until the user has pressed Cancel

        kwargs["progress"] = slow
        real(*args, **kwargs)

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    monkeypatch.setattr(worker, "write_handout", gated)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _save_to(monkeypatch, out_dir / "handout.pdf")
    job = actions.export_pdf()
    assert job is not None
    assert reached.wait(10)  # the worker is mid-export, held at its first progress step
    assert actions.progress_dialog is not None
    cancel_button = actions.progress_dialog.findChild(QPushButton)
    with qtbot.waitSignal(job.cancelled, timeout=10_000, raising=False) as blocker:
        cancel_button.click()
        assert job.is_cancelled()
        gate.set()
    assert errors == []
    assert blocker.signal_triggered
    assert job.done.wait(5)
    assert list(out_dir.iterdir()) == []
    assert actions.progress_dialog is None


def test_failed_export_shows_one_line(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    _save_to(monkeypatch, tmp_path / "missing-folder" / "handout.pdf")
    job = actions.export_pdf()
    assert job is not None
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "handout.pdf: could not write" in errors[0]
    assert "\n" not in errors[0]


def test_cancelled_file_dialog_starts_nothing(
    actions: ExportActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert actions.export_pdf() is None
    assert not actions.busy()


def test_print_preview_shows_the_pages_in_a_pdf_view(actions: ExportActions, qtbot: QtBot) -> None:
    actions.print_preview()
    qtbot.waitUntil(
        lambda: actions.preview is not None and actions.preview.isVisible(), timeout=20_000
    )
    assert actions.preview is not None
    assert actions.preview.document.pageCount() >= 3
    assert actions.preview.view.document() is actions.preview.document
    actions.preview.close()


def test_print_paints_every_page_on_the_printer(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(72)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    messages: list[str] = []
    actions.message.connect(messages.append)
    actions.print_handout()
    qtbot.waitUntil(lambda: any("printer" in m for m in messages), timeout=30_000)
    preview_pages = len(PdfReader(actions._temp_pdf()).pages)
    assert len(PdfReader(printed).pages) == preview_pages
    assert messages[-1] == f"Sent {preview_pages} pages to the printer"


def test_print_pdf_of_an_empty_file_prints_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert print_pdf(empty, QPrinter()) == 0


# Print preview: zoom -------------------------------------------------------------------------


@pytest.fixture
def preview(qtbot: QtBot, tmp_path: Path) -> PdfPreviewDialog:
    pdf = tmp_path / "handout.pdf"
    write_handout(small_program(), small_catalog(), pdf)
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
