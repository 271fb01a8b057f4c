"""Printing the handout PDF: the pages the dialog chose, sent as the PDF's own vector pages to
a file or to CUPS's lp, and painted as images only where neither can be (the whole path,
through the print dialog, is in test_actions.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter

from planner_gui.export.handout import write_handout
from planner_gui.ui.export import printing
from planner_gui.ui.export.printing import (
    PrintError,
    chosen_pages,
    print_document,
    print_pdf,
    write_pages,
)
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program

# QPrinter needs the application object.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A handout of several pages: the window's two-week plan."""
    path = tmp_path_factory.mktemp("handout") / "handout.pdf"
    write_handout(window_program("Print me", weeks=3), window_catalog(), path)
    return path


def _ranged(*spans: tuple[int, int]) -> QPrinter:
    printer = QPrinter()
    ranges = QPageRanges()
    for first, last in spans:
        ranges.addRange(first, last)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    return printer


def _images(resources: Any) -> int:
    """Image XObjects in a page's resources, counting those inside form XObjects too."""
    found = 0
    resources = resources.get_object() if resources is not None else None
    assert resources is None or isinstance(resources, DictionaryObject)
    xobjects = resources.get("/XObject") if resources is not None else None
    for ref in (xobjects.get_object() if xobjects is not None else {}).values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Image":
            found += 1
        elif xobject.get("/Subtype") == "/Form":
            found += _images(xobject.get("/Resources"))
    return found


def _texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_chosen_pages_follow_the_dialogs_range() -> None:
    assert chosen_pages(QPrinter(), 4) == [0, 1, 2, 3]
    assert chosen_pages(_ranged((2, 3), (5, 5)), 6) == [1, 2, 4]
    # Pages past the end are left out, pages named twice printed once.
    assert chosen_pages(_ranged((3, 9), (4, 4)), 5) == [2, 3, 4]
    assert chosen_pages(_ranged((7, 9)), 5) == []
    current = QPrinter()
    current.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(current, 5, current=3) == [3]


def test_printing_to_a_file_writes_the_chosen_pages_as_vectors(
    handout: Path, tmp_path: Path
) -> None:
    source = _texts(handout)
    assert len(source) >= 5
    printer = _ranged((2, 3), (5, 5))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printed = print_document(handout, printer)
    assert (printed.pages, printed.vector, printed.target) == (3, True, "printed.pdf")
    reader = PdfReader(out)
    assert [page.extract_text() for page in reader.pages] == [source[1], source[2], source[4]]
    assert all(_images(page.get("/Resources")) == 0 for page in reader.pages)
    # Text, not pictures of it: the pages keep their fonts, and the file stays small.
    assert all("/Font" in page["/Resources"] for page in reader.pages)
    assert out.stat().st_size < handout.stat().st_size


def test_reverse_order_writes_the_pages_last_first(handout: Path, tmp_path: Path) -> None:
    printer = _ranged((1, 3))
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    out = tmp_path / "reversed.pdf"
    printer.setOutputFileName(str(out))
    assert print_document(handout, printer).pages == 3
    assert _texts(out) == _texts(handout)[2::-1]


def test_a_printer_gets_the_chosen_pages_through_lp(
    handout: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sent: list[list[str]] = []
    copied = tmp_path / "spooled.pdf"

    def spool(command: list[str]) -> None:
        sent.append(command)
        shutil.copy(command[-1], copied)  # what CUPS keeps of the file lp is given

    monkeypatch.setattr(printing, "lp_program", lambda: "/usr/bin/lp")
    monkeypatch.setattr(printing, "run_command", spool)
    printer = _ranged((1, 2))
    printer.setDocName("print-me")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printed = print_document(handout, printer)
    assert (printed.pages, printed.vector) == (2, True)
    [command] = sent
    assert command[0] == "/usr/bin/lp"
    options = " ".join(command[1:-2])
    # (Offscreen there is no printer whose name, -d, or two-sided setting Qt would keep.)
    for expected in ("-t print-me", "-n 2", "collate=true", "sides=", "monochrome"):
        assert expected in options
    assert "media=A4" in options and "fit-to-page" in options
    assert command[-2] == "--"
    assert _texts(copied) == _texts(handout)[:2]
    assert all(_images(page.get("/Resources")) == 0 for page in PdfReader(copied).pages)
    assert not Path(command[-1]).exists()  # the temporary copy is gone once lp has it


def test_a_refusing_printer_is_one_line(handout: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "lp_program", lambda: "false")
    refused = r"^The printer did not take the handout: it ended with status 1$"
    with pytest.raises(PrintError, match=refused):
        print_document(handout, QPrinter())


def test_without_lp_the_pages_are_painted_as_images(
    handout: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Windows has no lp: the chosen pages, but as images (the window says so)."""
    monkeypatch.setattr(printing, "lp_program", lambda: None)
    out = tmp_path / "painted.pdf"
    painted: list[list[int]] = []
    real = printing.print_pdf

    def spy(path: Path, printer: QPrinter, pages: list[int] | None = None) -> int:
        painted.append(list(pages or []))
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return real(path, printer, pages)

    monkeypatch.setattr(printing, "print_pdf", spy)
    printed = print_document(handout, _ranged((2, 3)))
    assert (printed.pages, printed.vector) == (2, False)
    assert painted == [[1, 2]]
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert all(_images(page.get("/Resources")) == 1 for page in reader.pages)


def test_printing_to_a_file_never_replaces_the_plan(handout: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.brace.json"
    plan.write_text('{"format": "brace-plan"}', encoding="utf-8")
    printer = QPrinter()
    printer.setOutputFileName(str(plan))
    with pytest.raises(PrintError, match="is the plan; give the PDF another name"):
        print_document(handout, printer, inputs={"the plan": plan})
    assert plan.read_text(encoding="utf-8") == '{"format": "brace-plan"}'


def test_a_range_past_the_end_prints_nothing(handout: Path, tmp_path: Path) -> None:
    printer = _ranged((90, 99))
    out = tmp_path / "nothing.pdf"
    printer.setOutputFileName(str(out))
    assert print_document(handout, printer).pages == 0
    assert not out.exists()


def test_an_unreadable_handout_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(PrintError, match="could not read the handout"):
        write_pages(broken, [0], tmp_path / "out.pdf")


def test_print_pdf_of_an_empty_file_prints_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert print_pdf(empty, QPrinter()) == 0
