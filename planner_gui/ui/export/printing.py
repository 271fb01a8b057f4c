"""The handout PDF on paper: the print dialog, and painting the PDF's pages onto a QPrinter.

Kept apart from `actions` so QtPdf and QtPrintSupport load on the first print, not at start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

#: Highest resolution pages are rendered at for printing (dots per inch).
MAX_PRINT_DPI = 300


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


def print_with_dialog(pdf_path: Path, page_size: str, doc_name: str, parent: QWidget) -> int | None:
    """Ask for a printer (A4 or Letter preset) and print the PDF: the pages sent, None if the
    print dialog was cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size_id = QPageSize.PageSizeId.Letter if page_size == "letter" else QPageSize.PageSizeId.A4
    printer.setPageLayout(
        QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print handout")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_pdf(pdf_path, printer)
