"""The handout PDF on screen: the print preview dialog.

QPdfView itself has no zoom controls, so the dialog adds them. Kept apart from `actions` so
QtPdf loads on the first preview, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.ui.actions import build_action
from planner_gui.ui.screen_fit import available_geometry, fit_size

#: Print preview zoom: each step scales by this much, between these bounds (1.0 = 100 %).
ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 4.0
#: The size the preview asks for: a whole A4 page wide enough to read; less on a small screen.
PREFERRED_SIZE = QSize(820, 900)


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
        # On a laptop screen 900 pixels would put the buttons below its edge.
        self.resize(fit_size(PREFERRED_SIZE, available_geometry(parent or self)))

    def _build_zoom_bar(self) -> QHBoxLayout:
        self.zoom_out_action = self._zoom_action("zoom_out", lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_action = self._zoom_action("zoom_in", lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width_action = self._zoom_action(
            "fit_width", lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_action = self._zoom_action(
            "fit_page", lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
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

    def _zoom_action(self, key: str, slot: Callable[[], object]) -> QAction:
        """The table's zoom entry `key` (ui/actions.py), its keys named in its tool tip."""
        action = build_action(key, self, slot)
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        self.addAction(action)
        return action

    def current_page(self) -> int:
        """The page in view (0-based): what the print dialog's "Current page" prints."""
        return int(self.view.pageNavigator().currentPage())

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
