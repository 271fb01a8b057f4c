"""Export PDF off the GUI thread with a cancellable progress dialog; Print Preview and Print
render the same handout first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner_gui.domain.print_part import PrintPart
from planner_gui.export.options import HandoutOptions, Layout
from planner_gui.ui import settings
from planner_gui.ui.export import worker
from planner_gui.ui.export.actions import ExportActions, part_words
from planner_gui.ui.export.options import store_options, stored_options
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


@pytest.fixture
def actions(qtbot: QtBot) -> Iterator[ExportActions]:
    window = QWidget()
    qtbot.addWidget(window)
    model = PlanModel(window_program("Export me"), window_catalog(), window)
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

    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(worker, "write_handout", full_disk)
    _save_to(monkeypatch, tmp_path / "handout.pdf")
    job = actions.export_pdf()
    assert job is not None
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "handout.pdf: could not write" in errors[0]
    assert "\n" not in errors[0]


def test_export_into_a_missing_folder_is_refused_before_it_starts(
    actions: ExportActions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    _save_to(monkeypatch, tmp_path / "missing-folder" / "handout.pdf")
    assert actions.export_pdf() is None
    assert not actions.busy()
    assert "does not exist" in errors[0] and "\n" not in errors[0]


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
    qtbot.waitUntil(lambda: any(m.startswith("Sent") for m in messages), timeout=30_000)
    preview_pages = len(PdfReader(actions._temp_pdf()).pages)
    assert len(PdfReader(printed).pages) == preview_pages
    assert messages[-1] == f"Sent {preview_pages} pages to printed.pdf"


def _print_to(
    monkeypatch: pytest.MonkeyPatch, printed: Path, pages: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """Accept the print dialog with "Print to File" at `printed` (and a page range), and
    record the pages the dialog offered."""
    offered: list[tuple[int, int]] = []

    def accept(dialog: QPrintDialog) -> int:
        offered.append((dialog.minPage(), dialog.maxPage()))
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        if pages is not None:
            ranges = QPageRanges()
            ranges.addRange(*pages)
            printer.setPageRanges(ranges)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return offered


def _headings(path: Path) -> list[str]:
    """Each page's heading: the line below the running header."""
    return [page.extract_text().splitlines()[1] for page in PdfReader(path).pages]


def test_print_sends_only_the_pages_of_the_dialogs_range(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    offered = _print_to(monkeypatch, printed, pages=(4, 5))
    messages: list[str] = []
    actions.message.connect(messages.append)
    actions.print_handout()
    qtbot.waitUntil(lambda: any(m.startswith("Sent") for m in messages), timeout=30_000)
    whole = PdfReader(actions._temp_pdf())
    assert offered == [(1, len(whole.pages))]
    texts = [page.extract_text() for page in PdfReader(printed).pages]
    assert texts == [whole.pages[3].extract_text(), whole.pages[4].extract_text()]
    assert messages[-1] == "Sent 2 pages to printed.pdf"
    # The pages themselves, text and figures as drawn, not pictures of them.
    assert printed.stat().st_size < 200_000
    for page in PdfReader(printed).pages:
        xobjects = page["/Resources"].get("/XObject")
        subtypes = [x.get_object().get("/Subtype") for x in (xobjects or {}).values()]
        assert "/Image" not in subtypes


def test_print_from_the_preview_offers_the_page_in_view(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed = tmp_path / "current.pdf"
    offered: list[bool] = []

    def accept(dialog: QPrintDialog) -> int:
        offered.append(dialog.testOption(QPrintDialog.PrintDialogOption.PrintCurrentPage))
        printer = dialog.printer()
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    actions.print_preview()
    qtbot.waitUntil(
        lambda: actions.preview is not None and actions.preview.isVisible(), timeout=20_000
    )
    preview = actions.preview
    assert preview is not None
    preview.view.pageNavigator().jump(2, QPointF(), 0)
    assert preview.current_page() == 2
    messages: list[str] = []
    actions.message.connect(messages.append)
    preview.print_requested.emit()
    assert offered == [True]
    assert messages == ["Sent 1 page to current.pdf"]
    third = PdfReader(actions._temp_pdf()).pages[2].extract_text()
    assert [page.extract_text() for page in PdfReader(printed).pages] == [third]
    preview.close()


@pytest.mark.parametrize(
    ("part", "expected", "day"),
    [
        (PrintPart(1), ["Week 2 · Lower A", "Week 2 · Lower B"], "Monday 12 January 2026"),
        (PrintPart(1, 1), ["Week 2 · Lower B"], "Thursday 15 January 2026"),
        (PrintPart(0, 0), ["Week 1 · Lower A"], "Monday 5 January 2026"),
    ],
)
def test_print_week_and_session_print_only_that_part(
    actions: ExportActions,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    part: PrintPart,
    expected: list[str],
    day: str,
) -> None:
    """With the full layout remembered: no cover, guide, load chart or plan check, the
    part's session pages as the whole handout prints them (the same week number and date),
    and the safety page their log points to."""
    store_options(HandoutOptions(layout="full"))
    printed = tmp_path / "part.pdf"
    _print_to(monkeypatch, printed)
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert actions.print_part(part) is not None
    qtbot.waitUntil(lambda: any(m.startswith("Sent") for m in messages), timeout=30_000)
    headings = _headings(printed)
    assert [h for h in headings if h.startswith("Week ")] == expected
    # Each of these sessions fits on one page.
    assert headings == [*expected, "Safety: when to stop"]
    text = "".join(page.extract_text() for page in PdfReader(printed).pages)
    for elsewhere in ("How to use this program", "Plan check", "Progression of the main"):
        assert elsewhere not in text
    pages = len(expected) + 1
    first = PdfReader(printed).pages[0].extract_text()
    assert "read the safety page" in first and f" (page {pages})" in first
    assert day in text
    what = part_words(actions._model.program(), part, HandoutOptions(layout="full"))
    assert messages[-1] == f"Sent {pages} pages of {what} to part.pdf"


@pytest.mark.parametrize("remembered", ["compact", "cards"])
@pytest.mark.parametrize(
    ("part", "sessions", "pages"), [(PrintPart(1), 2, 2), (PrintPart(1, 1), 1, 2)]
)
def test_print_week_and_session_print_cards_unless_full_is_remembered(
    actions: ExportActions,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    remembered: Layout,
    part: PrintPart,
    sessions: int,
    pages: int,
) -> None:
    """A week or a session is what cards are for: one session per half page (the week's two
    sessions on one sheet), then the safety page; the print dialog offers just those pages,
    and they stay vectors."""
    store_options(HandoutOptions(layout=remembered, plan_check=True))
    printed = tmp_path / "part.pdf"
    offered = _print_to(monkeypatch, printed)
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert actions.print_part(part) is not None
    qtbot.waitUntil(lambda: any(m.startswith("Sent") for m in messages), timeout=30_000)
    reader = PdfReader(printed)
    assert offered == [(1, pages)] and len(reader.pages) == pages
    what = part_words(actions._model.program(), part, HandoutOptions(layout=remembered))
    assert what.endswith(" as cards")
    assert messages[-1] == f"Sent {pages} pages of {what} to part.pdf"
    cards = reader.pages[0].extract_text()
    assert cards.count("Week 2") >= sessions and "Week 1" not in cards
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Safety: when to stop" in reader.pages[-1].extract_text()
    for elsewhere in ("Exercise guide", "Plan check", "Weekly training load"):
        assert elsewhere not in text
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject")
        subtypes = [x.get_object().get("/Subtype") for x in (xobjects or {}).values()]
        assert "/Image" not in subtypes
    assert stored_options().layout == remembered  # printing a part changes no choice


def test_print_session_with_none_selected_says_so(actions: ExportActions) -> None:
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert actions.print_part(PrintPart(0, -1)) is None
    assert messages == ["Nothing to print: no session is selected"]
    assert not actions.busy()


@pytest.mark.parametrize("case", ["the plan", "not a pdf", "read-only pdf"])
def test_export_refuses_an_output_it_must_not_replace(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, case: str
) -> None:
    """The window refuses what `planner-gui export -o` refuses, and the file is untouched."""
    window = QWidget()
    qtbot.addWidget(window)
    model = PlanModel(window_program("Export me"), window_catalog(), window)
    plan = tmp_path / "plan.pdf"  # a plan saved under a .pdf name, so the dialog may pick it
    plan.write_bytes(b'{"format": "brace-plan"}')
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"my notes, not a PDF")
    earlier = tmp_path / "earlier.pdf"
    earlier.write_bytes(b"%PDF-1.4 an earlier handout")
    earlier.chmod(0o444)
    target = {"the plan": plan, "not a pdf": other, "read-only pdf": earlier}[case]
    before = target.read_bytes()
    exports = ExportActions(model, window, plan_path=lambda: plan)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    _save_to(monkeypatch, target)
    assert exports.export_pdf() is None
    assert len(errors) == 1 and str(target.name) in errors[0]
    assert target.read_bytes() == before
    exports.cleanup()


def test_export_plan_review_writes_the_coachs_pdf_off_the_gui_thread(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """File ▸ Export Plan Review…: the review with the clinic of Preferences, written by the
    worker (not on the GUI thread), atomically, where the file dialog said."""
    QSettings().setValue(settings.BRAND_NAME_KEY, "Northside Physio")
    QSettings().setValue(settings.PAGE_SIZE_KEY, "letter")
    threads: list[threading.Thread] = []
    real = worker.write_review

    def spy(*args: Any, **kwargs: Any) -> None:
        threads.append(threading.current_thread())
        real(*args, **kwargs)

    monkeypatch.setattr(worker, "write_review", spy)
    monkeypatch.setattr(worker, "write_handout", _never)
    asked: list[str] = []

    def save_to(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(out_dir / "coach"), ""  # ".pdf" is added

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_to)
    with qtbot.waitSignal(actions.exported, timeout=20_000) as blocker:
        assert actions.export_review() is not None
    out = out_dir / "coach.pdf"
    assert blocker.args == [out]
    assert asked[0].endswith("export-me-review.pdf")
    assert threads and threads[0] is not threading.main_thread()
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)  # Letter
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Plan review" in text and "Export me" in text and "Northside Physio" in text
    assert f"page 1 of {len(reader.pages)}" in text
    assert "The rules' settings for this plan" in text
    assert [p.name for p in out_dir.iterdir()] == ["coach.pdf"]  # no temporary file left
    assert not actions.busy()


def test_export_plan_review_refuses_to_write_over_the_plan(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.pdf"  # a plan file named like a PDF: still the plan
    plan.write_text("{}", encoding="utf-8")
    window = QWidget()
    qtbot.addWidget(window)
    model = PlanModel(window_program("Export me"), window_catalog(), window)
    actions = ExportActions(model, window, plan_path=lambda: plan)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *a: errors.append((title, text))
    )
    _save_to(monkeypatch, plan)
    assert actions.export_review() is None
    assert not actions.busy()
    assert errors and errors[0][0] == "Cannot export plan review"
    assert plan.read_text(encoding="utf-8") == "{}"
    actions.cleanup()


def _never(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("the review must not write the handout")


def test_a_cancelled_review_job_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "review.pdf"
    job = worker.ExportJob(window_program("Export me"), window_catalog(), out, review=True)
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        job.run()  # laid out whole, then not written: the flag was up by then
    assert list(folder.iterdir()) == []


def test_export_pdf_and_plan_review_share_the_last_export_folder(
    actions: ExportActions, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review is filed beside the handout: its save dialog opens where the handout went."""
    QSettings().setValue(settings.LAST_DIR_KEY, str(tmp_path))  # the plan was opened here
    folder = tmp_path / "clinic exports"
    folder.mkdir()
    starts: list[str] = []

    def save_as(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return (str(folder / Path(start).name), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(actions.exported, timeout=30_000):
        actions.export_pdf()
    with qtbot.waitSignal(actions.exported, timeout=30_000):
        actions.export_review()
    assert Path(starts[0]).parent == tmp_path  # the plan's folder before any export
    assert Path(starts[1]).parent == folder
    assert Path(starts[1]).name.endswith("-review.pdf")
