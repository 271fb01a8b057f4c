"""The handout PDF on paper: the print dialog, the pages it asks for, and how they are sent.

The handout is already a vector PDF from reportlab, and the pages keep their vectors only if
that PDF itself reaches the printer: QtPdf renders pages as images, never as drawing commands,
so painting them on a QPrinter would print pictures of text (one session at 300 dpi made a
24.8 MB file of 41 images). So, by where the dialog sends the pages:

- **a file** (Print to File, QPrinter's PdfFormat): the chosen pages of the handout are copied
  into that file as they are (pypdf), text and figures still vectors;
- **a printer, where CUPS runs** (Linux, macOS, the BSDs): the chosen pages go to `lp` as a
  PDF with the dialog's printer, copies, collation, two-sided, colour and paper settings,
  the way other document viewers print through CUPS; CUPS renders it at the printer's
  resolution;
- **a printer without `lp`** (Windows): the only way left is Qt's own, each page painted as
  an image at up to MAX_PRINT_DPI, and the window says it printed images.

Kept apart from `actions` so QtPdf, QtPrintSupport and pypdf load on the first print, not at
start.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from PySide6.QtCore import QMarginsF, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrintEngine, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.output_check import output_problem

#: Highest resolution pages are rendered at when they must be printed as images (dpi).
MAX_PRINT_DPI = 300
#: How long `lp` may take to queue the job (seconds); it returns once CUPS has the file.
LP_TIMEOUT_S = 60
#: CUPS `sides` for QPrinter's duplex modes (DuplexAuto: the printer's usual two-sided).
_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
}
#: The print engine's key for the CUPS job options the print dialog sets on a CUPS printer
#: (Qt's private PPK_CupsOptions, qcups_p.h): "page-ranges" from its Pages field, "page-set"
#: (odd or even pages), and what its Properties dialog sets (pages per sheet, ...).
CUPS_OPTIONS_KEY = QPrintEngine.PrintEnginePropertyKey(0xFE00)
#: The CUPS options this module applies itself, choosing the pages it sends: passed to lp
#: as well, they would pick pages of pages already picked.
_PAGE_OPTIONS = ("page-ranges", "page-set")


class PrintError(Exception):
    """The pages could not be printed; the message is one line for the user."""


@dataclass(frozen=True)
class Printed:
    """What was sent: how many pages, whether as vectors, and where ("the printer", a file)."""

    pages: int
    vector: bool
    target: str


def cups_options(printer: QPrinter) -> dict[str, str]:
    """The CUPS job options the print dialog set on `printer` (none for a file, or where
    there is no CUPS): {"page-ranges": "2-4,7", "number-up": "2", ...}."""
    engine = printer.printEngine()
    values = engine.property(CUPS_OPTIONS_KEY) if engine is not None else None
    if not values:
        return {}
    items = [str(value) for value in values]
    return dict(zip(items[::2], items[1::2], strict=False))


def chosen_pages(
    printer: QPrinter,
    count: int,
    current: int = 0,
    cups: Mapping[str, str] | None = None,
) -> list[int]:
    """The 0-based pages of a `count`-page document that the dialog asked for, in order.

    All pages, the current one (`current`, 0-based), the range of its "Pages from" boxes, or
    on a CUPS printer the ranges typed in its "Pages" field ("2-4, 7"), which the dialog
    hands to CUPS as its `cups` options (see `cups_options`) rather than to the printer: the
    pages are sent as a PDF of their own, so those ranges are applied here, and the odd or
    even page set too. Pages past the end are left out.
    """
    cups = cups_options(printer) if cups is None else cups
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current] if 0 <= current < count else []
    spans: list[tuple[int, int]] = []
    ranges = printer.pageRanges()
    if mode == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        spans = [(span.from_, span.to) for span in ranges.toRangeList()]
    elif typed := cups.get("page-ranges", "").strip():
        spans = _typed_ranges(typed)
    pages: list[int] = []
    for first, last in spans or [(1, count)]:
        for number in range(max(first, 1), min(last, count) + 1):
            if number - 1 not in pages:
                pages.append(number - 1)
    page_set = cups.get("page-set", "all")
    if page_set in ("odd", "even"):
        # Qt counts a range from the dialog's "Pages from" boxes from its first page (it
        # swaps odd and even for a range starting on an even page); CUPS counts the
        # document's own page numbers.
        ranged = mode == QPrinter.PrintRange.PageRange and bool(spans)
        odd = page_set == "odd"
        pages = [
            page
            for position, page in enumerate(pages)
            if ((position if ranged else page) % 2 == 0) == odd
        ]
    return pages


def _typed_ranges(text: str) -> list[tuple[int, int]]:
    """'2-4,7' (as the dialog hands it to CUPS) as [(2, 4), (7, 7)]; [] when unreadable."""
    spans: list[tuple[int, int]] = []
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if not first.isdigit() or not (last or first).isdigit():
            return []
        spans.append((int(first), int(last or first)))
    return spans


def write_pages(source: Path, pages: Sequence[int], target: Path) -> None:
    """Copy `pages` (0-based) of the PDF `source` into a new PDF `target`, unchanged.

    Fonts and figures shared by the pages are written once; the file replaces `target`
    atomically. Raises PrintError when `source` cannot be read or `target` written.
    """
    try:
        reader = PdfReader(source)
        writer = PdfWriter()
        for page in pages:
            writer.add_page(reader.pages[page])
        writer.add_metadata({key: str(value) for key, value in (reader.metadata or {}).items()})
        with tempfile.SpooledTemporaryFile() as buffer:
            writer.write(buffer)
            buffer.seek(0)
            data = buffer.read()
    except (OSError, PyPdfError, IndexError) as error:
        raise PrintError(f"{source}: could not read the handout: {error}") from None
    try:
        write_bytes_atomic(target, data)
    except OSError as error:
        raise PrintError(f"{target}: could not write: {error.strerror or error}") from None


def lp_program() -> str | None:
    """CUPS's `lp` command, where there is one to send a PDF to a printer with."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def lp_command(
    lp: str, printer: QPrinter, pdf: Path, cups: Mapping[str, str] | None = None
) -> list[str]:
    """The `lp` command line that prints `pdf` with the print dialog's settings, and the
    CUPS options its Properties dialog set (`cups`, see `cups_options`) but those that
    choose pages, which `chosen_pages` has applied."""
    cups = cups_options(printer) if cups is None else cups
    command = [lp]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    if printer.docName():
        command += ["-t", printer.docName()]
    copies = max(1, printer.copyCount())
    command += ["-n", str(copies)]
    if copies > 1:
        command += ["-o", f"collate={'true' if printer.collateCopies() else 'false'}"]
    command += ["-o", f"sides={_SIDES.get(printer.duplex(), 'one-sided')}"]
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        command += ["-o", "print-color-mode=monochrome"]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        command += ["-o", "outputorder=reverse"]
    media = printer.pageLayout().pageSize().key()
    if media:
        command += ["-o", f"media={media}"]
    for key, value in cups.items():
        if key not in _PAGE_OPTIONS and key and value:
            command += ["-o", f"{key}={value}"]
    # Paper other than the handout's (Letter in the tray, an A4 handout): scale, never clip.
    command += ["-o", "fit-to-page", "--", str(pdf)]
    return command


def run_command(command: list[str]) -> None:
    """Run `command`, raising PrintError with its first line of complaint when it fails."""
    try:
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=LP_TIMEOUT_S)
    except subprocess.CalledProcessError as error:
        said = (error.stderr or error.stdout or "").strip().splitlines()
        reason = said[0] if said else f"it ended with status {error.returncode}"
        raise PrintError(f"The printer did not take the handout: {reason}") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintError(f"The printer did not take the handout: {error}") from None


def print_pdf(pdf_path: Path, printer: QPrinter, pages: Sequence[int] | None = None) -> int:
    """Paint `pages` (0-based; all when None) of a PDF onto `printer` as images, scaled to fit;
    returns the pages printed. Only for a printer that cannot be given the PDF itself."""
    document = QPdfDocument()
    document.load(str(pdf_path))
    count = document.pageCount()
    wanted = [page for page in (range(count) if pages is None else pages) if 0 <= page < count]
    if not wanted:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for number, page in enumerate(wanted):
            if number:
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
    return len(wanted)


def page_count(pdf_path: Path) -> int:
    """The PDF's pages (0 when it cannot be read)."""
    try:
        return len(PdfReader(pdf_path).pages)
    except (OSError, PyPdfError):
        return 0


def print_document(
    pdf_path: Path,
    printer: QPrinter,
    current: int = 0,
    inputs: Mapping[str, Path | None] | None = None,
) -> Printed:
    """Send the pages of `pdf_path` the dialog chose to where `printer` points (see the module
    docstring for how). A file is refused as `planner-gui export -o` refuses it: never over
    one of `inputs` (the plan, the logo), nor over a file that is not a PDF. Raises PrintError
    when the pages could not be sent."""
    pages = chosen_pages(printer, page_count(pdf_path), current)
    if not pages:
        return Printed(0, vector=True, target="the printer")
    output = printer.outputFileName()
    if output:
        problem = output_problem(Path(output), inputs or {})
        if problem is not None:
            raise PrintError(problem)
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:  # the dialog's "Reverse"
            pages.reverse()
        write_pages(pdf_path, pages, Path(output))
        return Printed(len(pages), vector=True, target=Path(output).name)
    lp = lp_program()
    if lp is None:
        return Printed(print_pdf(pdf_path, printer, pages), vector=False, target="the printer")
    with tempfile.TemporaryDirectory(prefix="brace-planner-print-") as folder:
        chosen = Path(folder) / "handout.pdf"
        write_pages(pdf_path, pages, chosen)
        # lp returns once CUPS has spooled its own copy, so the folder may go after it.
        run_command(lp_command(lp, printer, chosen))
    return Printed(len(pages), vector=True, target=printer.printerName() or "the printer")


#: The print dialog's title for the whole handout.
PRINT_TITLE = "Print handout"


def print_dialog(
    printer: QPrinter,
    pages: int,
    parent: QWidget | None = None,
    current: int | None = None,
    title: str = PRINT_TITLE,
) -> QPrintDialog:
    """The print dialog for a `pages`-page handout on `printer`: titled `title` ("Print
    week 3 as cards"), its "Pages from … to" boxes ranging over the pages and set to all of
    them, and "Current page" when `current` is given.

    Its free-form "Pages" field ("2-4, 7") is greyed by Qt while "Print to File (PDF)" is
    the destination (Qt leaves those ranges to CUPS, which a file never reaches), as it is
    offscreen with no printer; on a CUPS printer it is open and `chosen_pages` applies it.
    """
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(option.PrintPageRange, True)
    dialog.setOption(option.PrintCurrentPage, current is not None)
    dialog.setMinMax(1, max(pages, 1))
    printer.setFromTo(1, max(pages, 1))
    return dialog


def print_with_dialog(
    pdf_path: Path,
    page_size: str,
    doc_name: str,
    parent: QWidget,
    current: int | None = None,
    inputs: Mapping[str, Path | None] | None = None,
    title: str = PRINT_TITLE,
) -> Printed | None:
    """Ask for a printer (A4 or Letter preset) and the pages, and print them: what was sent,
    None if the print dialog was cancelled. `current` (0-based) offers "Current page";
    `title` names what is printed (see `print_dialog`)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size_id = QPageSize.PageSizeId.Letter if page_size == "letter" else QPageSize.PageSizeId.A4
    printer.setPageLayout(
        QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    printer.setDocName(doc_name)
    dialog = print_dialog(printer, page_count(pdf_path), parent, current, title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_document(pdf_path, printer, current or 0, inputs)
