"""File ▸ Export PDF…, Print Preview… and Print…: the handout made off the GUI thread.

The export runs `write_handout` in a worker thread so the window stays responsive; a
QProgressDialog shows its progress and its Cancel button sets a flag the export polls, which
stops it before anything is written. Preview and print render the same PDF to a temporary
file and show it with QtPdf or paint its pages onto a QPrinter.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import (
    QEvent,
    QMarginsF,
    QObject,
    QRect,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.export.brand import Brand
from planner_gui.export.handout import ExportCancelled, PageSize, write_handout
from planner_gui.ui import preferences
from planner_gui.ui.document import LAST_DIR_KEY

PDF_FILTER = "PDF documents (*.pdf)"
#: Highest resolution pages are rendered at for printing (dots per inch).
MAX_PRINT_DPI = 300
#: Print preview zoom: each step scales by this much, between these bounds (1.0 = 100 %).
ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 4.0


class ProgramSource(Protocol):
    """What exporting needs of the plan model (PlanModel satisfies it)."""

    def program(self) -> Program: ...

    def catalog(self) -> Catalog: ...


class ExportJob(QObject):
    """One handout export; signals arrive on the GUI thread, `run` works on a pool thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        program: Program,
        catalog: Catalog,
        out_path: Path,
        *,
        page_size: PageSize = "a4",
        brand: Brand | None = None,
    ) -> None:
        super().__init__()
        # A deep copy: the user may keep editing while the worker reads the plan.
        self._program = program.model_copy(deep=True)
        self._catalog = catalog
        self.out_path = out_path
        self._page_size: PageSize = page_size
        self._brand = brand
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            write_handout(
                self._program,
                self._catalog,
                self.out_path,
                page_size=self._page_size,
                brand=self._brand,
                progress=self.progressed.emit,
                cancelled=self._cancel.is_set,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except OSError as error:
            self.failed.emit(f"{self.out_path}: could not write: {error.strerror or error}")
        except Exception as error:  # any failure reaches the user as one line
            self.failed.emit(f"{self.out_path}: could not export: {error}")
        else:
            self.finished.emit(self.out_path)
        finally:
            self.done.set()


class PdfPreviewDialog(QDialog):
    """Shows a handout PDF page by page, with zoom, Print… and Save PDF… buttons.

    QPdfView itself has no zoom controls: the buttons, Ctrl+plus/minus/0 and Ctrl+wheel here
    switch it to a custom zoom factor (or back to fitting the width or the whole page).
    """

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setAccessibleName("Print preview")
        self.setWindowTitle("Print preview — Brace Planner")
        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName("Handout pages")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.viewport().installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        print_button = QPushButton("&Print…", self)
        save_button = QPushButton("&Save PDF…", self)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_requested)
        save_button.clicked.connect(self.save_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_zoom_bar())
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self._show_zoom()
        self.resize(820, 900)

    def _build_zoom_bar(self) -> QHBoxLayout:
        keys = QKeySequence.StandardKey
        self.zoom_out_action = self._zoom_action(
            "Zoom &out", [QKeySequence(keys.ZoomOut)], lambda: self.zoom_by(1 / ZOOM_STEP)
        )
        self.zoom_in_action = self._zoom_action(
            "Zoom &in",
            [QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")],
            lambda: self.zoom_by(ZOOM_STEP),
        )
        self.fit_width_action = self._zoom_action(
            "Fit &width",
            [QKeySequence("Ctrl+0")],
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth),
        )
        self.fit_page_action = self._zoom_action(
            "W&hole page",
            [QKeySequence("Ctrl+9")],
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView),
        )
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAccessibleName("Zoom")
        bar = QHBoxLayout()
        for action in (
            self.zoom_out_action,
            self.zoom_in_action,
            self.fit_width_action,
            self.fit_page_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        return bar

    def _zoom_action(
        self, text: str, shortcuts: list[QKeySequence], slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
        action.setToolTip(f"{text.replace('&', '')} ({keys})")
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def current_zoom(self) -> float:
        """The scale the pages are drawn at (1.0 = 100 %), also while fitting width or page."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(0)
        if size.width() <= 0 or size.height() <= 0:
            return 1.0
        pixels_per_point = self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = viewport.width() - margins.left() - margins.right()
        factor = width / (size.width() * pixels_per_point)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = viewport.height() - margins.top() - margins.bottom()
            factor = min(factor, height / (size.height() * pixels_per_point))
        return max(factor, MIN_ZOOM)

    def zoom_by(self, step: float) -> None:
        """Scale the pages by `step` from what is shown now, within MIN_ZOOM..MAX_ZOOM."""
        factor = min(MAX_ZOOM, max(MIN_ZOOM, self.current_zoom() * step))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def _show_zoom(self, *_: object) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText("Fit width")
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText("Whole page")
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")
        factor = self.current_zoom()
        self.zoom_in_action.setEnabled(factor < MAX_ZOOM - 1e-6)
        self.zoom_out_action.setEnabled(factor > MIN_ZOOM + 1e-6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel over the pages zooms, as in other document viewers; a resize changes
        what fitting the width or page means, so the zoom buttons are checked again."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()
        if (
            watched is self.view.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self.zoom_by(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)
            return True
        return super().eventFilter(watched, event)


def print_pdf(pdf_path: Path, printer: QPrinter) -> int:
    """Paint every page of a PDF onto `printer`, scaled to fit; returns the pages printed."""
    document = QPdfDocument()
    document.load(str(pdf_path))
    pages = document.pageCount()
    if pages == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(pages):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = int(points.width() * scale), int(points.height() * scale)
            render_scale = dpi / 72.0
            image = document.render(
                page, QSize(int(points.width() * render_scale), int(points.height() * render_scale))
            )
            painter.drawImage(QRect(target.x(), target.y(), width, height), image)
    finally:
        painter.end()
    return pages


class ExportActions(QObject):
    """The window's export, preview and print commands."""

    #: A PDF was written (the path); the window shows it in the status bar.
    exported = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        model: ProgramSource,
        window: QWidget,
        *,
        suggested_name: Callable[[], str] = lambda: "handout",
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(window)
        self._model = model
        self._window = window
        self._suggested_name = suggested_name
        self._pool = pool or QThreadPool.globalInstance()
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self.job: ExportJob | None = None
        self._retired: list[ExportJob] = []
        self.progress_dialog: QProgressDialog | None = None
        self.preview: PdfPreviewDialog | None = None

    def busy(self) -> bool:
        return self.job is not None

    # Export -----------------------------------------------------------------------------

    def export_pdf(self) -> ExportJob | None:
        """Ask where to save, then export off the GUI thread with a progress dialog."""
        if self.busy():
            return None
        start = Path(self._start_dir()) / f"{self._suggested_name()}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export handout as PDF", str(start), PDF_FILTER
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return self.start(path, on_done=self._exported, title="Exporting handout…")

    def start(
        self,
        out_path: Path,
        *,
        on_done: Callable[[Path], object] | None = None,
        title: str = "Preparing handout…",
    ) -> ExportJob:
        """Run one export in the thread pool; `on_done` runs on the GUI thread on success."""
        self._retired = [old for old in self._retired if not old.done.is_set()]
        job = ExportJob(
            self._model.program(),
            self._model.catalog(),
            out_path,
            page_size=cast(PageSize, preferences.page_size()),
            brand=preferences.brand(),
        )
        dialog = QProgressDialog(title, "Cancel", 0, 0, self._window)
        dialog.setObjectName("exportProgress")
        dialog.setAccessibleName("Export progress")
        dialog.setWindowTitle("Brace Planner")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        job.progressed.connect(self._progressed)
        job.finished.connect(lambda path: self._finish(path, on_done))
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        self.progress_dialog = dialog
        self._pool.start(job.run)
        return job

    def cancel(self) -> None:
        """What the progress dialog's Cancel button does: ask the running export to stop."""
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
        self.progress_dialog = None
        if self.job is not None:
            # Keep the finished job referenced from the GUI thread until its worker has left
            # `run`, so the QObject is never destroyed on the worker thread.
            self._retired.append(self.job)
        self.job = None

    def _finish(self, path: Path, on_done: Callable[[Path], object] | None) -> None:
        self._close_progress()
        if on_done is not None:
            on_done(path)

    def _failed(self, reason: str) -> None:
        self._close_progress()
        QMessageBox.critical(self._window, "Cannot export handout", reason)

    def _cancelled(self) -> None:
        self._close_progress()
        self.message.emit("Export cancelled; no file was written")

    def _exported(self, path: Path) -> None:
        self.message.emit(f"Exported {path.name}")
        self.exported.emit(path)

    def _start_dir(self) -> str:
        return str(QSettings().value(LAST_DIR_KEY, str(Path.home())))

    # Preview and print ------------------------------------------------------------------

    def _temp_pdf(self) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="brace-planner-")
        return Path(self._temp.name) / "handout-preview.pdf"

    def print_preview(self) -> ExportJob | None:
        """Render the handout, then show it in a QPdfView dialog."""
        if self.busy():
            return None
        return self.start(self._temp_pdf(), on_done=self._show_preview)

    def _show_preview(self, path: Path) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(path, self._window)
        self.preview.print_requested.connect(lambda: self.print_file(path))
        self.preview.save_requested.connect(self.export_pdf)
        self.preview.open()

    def print_handout(self) -> ExportJob | None:
        """Render the handout, then ask for a printer and print it."""
        if self.busy():
            return None
        return self.start(self._temp_pdf(), on_done=self.print_file)

    def print_file(self, path: Path) -> bool:
        """The print dialog for an already-rendered handout PDF."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size_id = (
            QPageSize.PageSizeId.Letter
            if preferences.page_size() == "letter"
            else QPageSize.PageSizeId.A4
        )
        printer.setPageLayout(
            QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF())
        )
        printer.setDocName(self._suggested_name())
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle("Print handout")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = print_pdf(path, printer)
        self.message.emit(f"Sent {pages} page{'s' if pages != 1 else ''} to the printer")
        return pages > 0

    def cleanup(self) -> None:
        """Wait for a running export and remove the temporary files (at window close)."""
        if self.job is not None:
            self.job.cancel()
            self.job.done.wait(10)
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None
