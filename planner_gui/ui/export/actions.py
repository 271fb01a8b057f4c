"""File ▸ Export PDF…, Print Preview… and Print…: the handout made off the GUI thread.

Each first asks the export gate (`domain.export_gate`, shared with `planner-gui export`): a
plan with data errors gets a message saying what is wrong, with a button to show the first
finding, and no file. A plan whose only barrier is a red flag no clinician has cleared asks
first, naming the flag and its guidance; it goes ahead only on Export anyway (the gate's
`allows(confirmed=True)`, as `--allow-red-flags` on the command line). Any other error of the
plan check does not stop Export PDF…, but the export dialog lists them and asks to Export
anyway (as the command line warns about each).

The export runs in a worker thread (`worker.ExportJob`) so the window stays responsive; a
QProgressDialog shows its progress and its Cancel button sets a flag the export polls, which
stops it before anything is written. Preview and print render the same PDF to a temporary file
and show it with QtPdf (`preview`) or paint its pages onto a QPrinter (`printing`).

reportlab, QtPdf and QtPrintSupport are imported on the first export, preview or print, not
when the window starts.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checkins.history import open_red_flags
from planner_gui.domain.checkins.triage import triage
from planner_gui.domain.export_gate import ExportGate, export_gate
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program
from planner_gui.domain.output_check import output_problem
from planner_gui.domain.print_part import PrintPart
from planner_gui.export.options import HandoutOptions
from planner_gui.ui import settings
from planner_gui.ui.actions import spec
from planner_gui.ui.export.options import (
    ExportOptionsDialog,
    store_options,
    store_page_size,
    stored_options,
)
from planner_gui.ui.export.worker import ExportJob
from planner_gui.ui.plain import rich_text
from planner_gui.ui.settings import LAST_DIR_KEY

if TYPE_CHECKING:
    from planner_gui.export.handout import PageSize
    from planner_gui.ui.export.preview import PdfPreviewDialog

PDF_FILTER = "PDF documents (*.pdf)"
SHOW_FINDINGS_BUTTON = "showFindingsButton"
CONFIRM_RED_FLAGS_BUTTON = "exportAnywayButton"
#: What each command is called in the red-flag question ("Export the handout anyway?").
VERBS = {
    "Cannot export handout": "Export",
    "Cannot preview handout": "Preview",
    "Cannot print handout": "Print",
}


#: The folder the last handout or plan review was exported to: Export PDF… and Export Plan
#: Review… both open there, since a coach files the review beside the handout.
EXPORT_DIR_KEY = "export/lastDirectory"


def part_options(remembered: HandoutOptions) -> HandoutOptions:
    """The layout Print week… and Print session… print: the full layout's dated pages when
    that is the remembered layout, else the cards.

    A week or a session is what the cards are for (one session per half page, a 4-session
    week on 2 sheets before the safety page); compact's tables run the whole plan's weeks
    side by side, so a part of it would be a part of every table. Someone who chose Full
    has chosen the page-per-session handout and gets its pages."""
    if remembered.layout == "full":
        return remembered
    return HandoutOptions(layout="cards", log=remembered.log, chart=False, plan_check=False)


#: What the window calls the pages of each layout Print week… and Print session… print.
PART_LAYOUT_WORDS = {"cards": "cards", "full": "full pages"}
#: The longest session name a menu entry names whole.
_MENU_NAME_CHARS = 40


def part_layout_words(remembered: HandoutOptions) -> str:
    """'cards' or 'full pages': what Print week… and Print session… print (`part_options`)."""
    return PART_LAYOUT_WORDS.get(part_options(remembered).layout, "cards")


def part_words(program: Program, part: PrintPart, remembered: HandoutOptions) -> str:
    """What a part prints, in the print dialog's title and the status bar: 'week 3 as
    cards', 'week 3, Lower A as full pages'."""
    return f"{part.label(program)} as {part_layout_words(remembered)}"


def part_action_texts(
    program: Program, week: int, session: int, remembered: HandoutOptions
) -> tuple[str, str]:
    """The menu texts of Print week… and Print session… for the selected `week` and
    `session` (0-based; -1 for none), naming the layout they print (the user chose a
    layout once, in the export dialog, and may not remember it): 'Print wee&k 3 as cards…',
    'Print sess&ion Lower A of week 3 as cards…'; 'Print sess&ion as cards…' with none.
    The session's name is plan text: its '&' prints as typed."""
    words = part_layout_words(remembered)
    week_text = f"Print wee&k as {words}…"
    session_text = f"Print sess&ion as {words}…"
    if PrintPart(week).problem(program) is None:
        week_text = f"Print wee&k {week + 1} as {words}…"
        if PrintPart(week, session).problem(program) is None:
            name = " ".join(program.weeks[week].sessions[session].name.split()) or "session"
            if len(name) > _MENU_NAME_CHARS:
                name = name[: _MENU_NAME_CHARS - 1].rstrip() + "…"
            name = name.replace("&", "&&")
            session_text = f"Print sess&ion {name} of week {week + 1} as {words}…"
    return week_text, session_text


class ProgramSource(Protocol):
    """What exporting needs of the plan model (PlanModel satisfies it)."""

    def program(self) -> Program: ...

    def catalog(self) -> Catalog: ...


def blocked_message(gate: ExportGate, title: str, parent: QWidget) -> QMessageBox:
    """Why the handout was not made: what is wrong, how much, the first finding, and the
    Show findings and Close buttons."""
    first = gate.findings[0]
    place = first.place(short=True)
    box = QMessageBox(parent)
    box.setObjectName("exportBlocked")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # plan text is data, never markup
    box.setText(f"The handout was not made: this plan has {gate.plain()}.")
    count = len(gate.findings)
    where = place or "whole plan"
    box.setInformativeText(
        (f"The first of {count}, {where}:" if count > 1 else f"{where[:1].upper()}{where[1:]}:")
        + f"\n{first.message}\n\n"
        "Correct the plan and try again. Show findings selects it in the plan check."
    )
    show = box.addButton("&Show findings", QMessageBox.ButtonRole.ActionRole)
    show.setObjectName(SHOW_FINDINGS_BUTTON)
    box.setDefaultButton(show)
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def red_flag_question(
    gate: ExportGate, program: Program, catalog: Catalog, verb: str, parent: QWidget
) -> QMessageBox:
    """Whether to make the handout of a plan with a red flag no clinician has cleared: the
    flags and the guidance each check-in got, with Export anyway and Cancel (the default)."""
    box = QMessageBox(parent)
    box.setObjectName("exportRedFlags")
    spans = open_red_flags(program)
    wording = settings.brand().safety
    outcomes = [
        triage(span.checkin, earlier=program.checkins, name_of=catalog.name_of, wording=wording)
        for span in spans
    ]
    emergency = any(outcome.level == "emergency" for outcome in outcomes)
    box.setIcon(QMessageBox.Icon.Critical if emergency else QMessageBox.Icon.Warning)
    box.setWindowTitle(f"{verb} handout with a red flag?")
    box.setTextFormat(Qt.TextFormat.PlainText)  # plan text is data, never markup
    box.setText(f"This plan has {gate.confirmation_reason()}.")
    guidance = []
    for span, outcome in zip(spans, outcomes, strict=True):
        guidance.append(
            f"Check-in of {span.checkin.date.isoformat()}: {outcome.headline}\n"
            f"When to see a clinician: {outcome.see_clinician}"
        )
    box.setInformativeText(
        "\n\n".join(guidance)
        + "\n\nThe handout would tell the athlete to train as planned. Go ahead only if a "
        "clinician has said training may go on; record that as a check-in marked cleared and "
        "this question stops."
    )
    anyway = box.addButton(f"{verb} &anyway", QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName(CONFIRM_RED_FLAGS_BUTTON)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


class ExportActions(QObject):
    """The window's export, preview and print commands."""

    #: A PDF was written (the path); the window shows it in the status bar.
    exported = Signal(object)
    message = Signal(str)
    #: The user asked to see the finding that blocked an export (a Finding).
    show_finding = Signal(object)

    def __init__(
        self,
        model: ProgramSource,
        window: QWidget,
        *,
        suggested_name: Callable[[], str] = lambda: "handout",
        plan_path: Callable[[], Path | None] = lambda: None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(window)
        self._model = model
        self._window = window
        self._suggested_name = suggested_name
        self._plan_path = plan_path
        self._pool = pool or QThreadPool.globalInstance()
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self.job: ExportJob | None = None
        self._retired: list[ExportJob] = []
        self.progress_dialog: QProgressDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        #: The page size the last export dialog chose ("a4" or "letter").
        self.chosen_page_size = settings.page_size()

    def busy(self) -> bool:
        return self.job is not None

    # The export gate --------------------------------------------------------------------

    def gate_allows(self, title: str) -> bool:
        """True when the plan may be printed; otherwise say why (and offer to show the
        first blocking finding) and return False, so nothing is written. A red flag alone
        asks first, and passes when the user confirms."""
        return self.passed_gate(title) is not None

    def passed_gate(self, title: str) -> ExportGate | None:
        """The gate when the plan may be printed (see `gate_allows`), else None; its `errors`
        are the checker's errors the export still has to tell about."""
        program, catalog = self._model.program(), self._model.catalog()
        gate = export_gate(program, catalog, settings.brand().safety)
        if gate.allowed:
            return gate
        if gate.needs_confirmation:
            verb = VERBS.get(title, "Export")
            question = red_flag_question(gate, program, catalog, verb, self._window)
            question.exec()
            clicked = question.clickedButton()
            confirmed = clicked is not None and clicked.objectName() == CONFIRM_RED_FLAGS_BUTTON
            return gate if gate.allows(confirmed=confirmed) else None
        box = blocked_message(gate, title, self._window)
        box.exec()
        clicked = box.clickedButton()
        if clicked is not None and clicked.objectName() == SHOW_FINDINGS_BUTTON:
            self.show_finding.emit(gate.findings[0])
        return None

    # Export -----------------------------------------------------------------------------

    def export_pdf(self) -> ExportJob | None:
        """Ask where to save, then export off the GUI thread with a progress dialog."""
        if self.busy():
            return None
        gate = self.passed_gate("Cannot export handout")
        if gate is None:
            return None
        chosen = self.ask_options(gate.errors)
        if chosen is None:
            return None
        store_options(chosen)
        store_page_size(self.chosen_page_size)
        start = Path(self._start_dir()) / f"{self._suggested_name()}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export handout as PDF", str(start), PDF_FILTER
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # The folder just chosen, for the next export of either kind, even if this one stops.
        QSettings().setValue(EXPORT_DIR_KEY, str(path.resolve().parent))
        # The same refusals as `planner-gui export -o`: never over the plan, the logo, a file
        # that is not a PDF, a read-only file or a device.
        inputs = {"the plan": self._plan_path(), "the brand logo": settings.brand().logo_path}
        problem = output_problem(path, inputs)
        if problem is not None:
            # The reason names the output path, which may hold anything a file name can.
            QMessageBox.critical(self._window, "Cannot export handout", rich_text(problem))
            return None
        return self.start(path, on_done=self._exported, title="Exporting handout…")

    def ask_options(self, errors: Sequence[Finding] = ()) -> HandoutOptions | None:
        """The layout and switches for this export (the dialog starts from the last ones);
        the plan's `errors` are listed there, and OK becomes Export anyway."""
        self.chosen_page_size = settings.page_size()
        dialog = ExportOptionsDialog(
            stored_options(), self._window, errors=errors, name_of=self._model.catalog().name_of
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.chosen_page_size = dialog.chosen_page_size()
        return dialog.options()

    def export_review(self) -> ExportJob | None:
        """File ▸ Export Plan Review…: the coach's PDF of findings, load chart and rule
        settings, headed with the clinic of Preferences, written off the GUI thread and
        replaced atomically (cancel leaves no file), as the handout's export is.

        Not behind the export gate: a plan with data errors or red flags is just what a coach
        wants reviewed."""
        if self.busy():
            return None
        start = Path(self._start_dir()) / f"{self._suggested_name()}-review.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Export plan review as PDF", str(start), PDF_FILTER
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # The folder just chosen, for the next export of either kind, even if this one stops.
        QSettings().setValue(EXPORT_DIR_KEY, str(path.resolve().parent))
        # The same refusals as the handout's export and `check --pdf`.
        problem = output_problem(path, self._inputs())
        if problem is not None:
            # The reason names the output path, which may hold anything a file name can.
            QMessageBox.critical(self._window, "Cannot export plan review", rich_text(problem))
            return None
        return self.start(path, on_done=self._exported, title="Exporting plan review…", review=True)

    def start(
        self,
        out_path: Path,
        *,
        on_done: Callable[[Path], object] | None = None,
        title: str = "Preparing handout…",
        part: PrintPart | None = None,
        review: bool = False,
        options: HandoutOptions | None = None,
    ) -> ExportJob:
        """Run one export (of `part` only, when given; the plan review with `review`) in the
        thread pool; `on_done` runs on the GUI thread on success."""
        self._retired = [old for old in self._retired if not old.done.is_set()]
        job = ExportJob(
            self._model.program(),
            self._model.catalog(),
            out_path,
            page_size=cast("PageSize", settings.page_size()),
            brand=settings.brand(),
            options=options or stored_options(),
            part=part,
            review=review,
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
        title = "Cannot export plan review" if self.job and self.job.review else None
        self._close_progress()
        # The reason names the output path, which may hold anything a file name can.
        QMessageBox.critical(self._window, title or "Cannot export handout", rich_text(reason))

    def _cancelled(self) -> None:
        self._close_progress()
        self.message.emit("Export cancelled; no file was written")

    def _exported(self, path: Path) -> None:
        self.message.emit(f"Exported {path.name}")
        self.exported.emit(path)

    def _inputs(self) -> dict[str, Path | None]:
        """The files a handout is made from, which no PDF printed to a file may replace (as
        in export_pdf)."""
        return {"the plan": self._plan_path(), "the brand logo": settings.brand().logo_path}

    def _start_dir(self) -> str:
        """Where the last export went, else the plan's folder (the last one opened or
        saved), else home."""
        settings_ = QSettings()
        fallback = str(settings_.value(LAST_DIR_KEY, str(Path.home())))
        return str(settings_.value(EXPORT_DIR_KEY, fallback))

    # Preview and print ------------------------------------------------------------------

    def _temp_pdf(self, name: str = "handout-preview.pdf") -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="brace-planner-")
        return Path(self._temp.name) / name

    def print_preview(self) -> ExportJob | None:
        """Render the handout, then show it in a QPdfView dialog."""
        if self.busy() or not self.gate_allows("Cannot preview handout"):
            return None
        return self.start(self._temp_pdf(), on_done=self._show_preview)

    def _show_preview(self, path: Path) -> None:
        from planner_gui.ui.export.preview import PdfPreviewDialog  # deferred: QtPdf

        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(path, self._window)
        preview = self.preview
        preview.print_requested.connect(
            lambda: self.print_file(path, current=preview.current_page())
        )
        self.preview.save_requested.connect(self.export_pdf)
        self.preview.open()

    def print_handout(self) -> ExportJob | None:
        """Render the handout, then ask for a printer and print it."""
        if self.busy() or not self.gate_allows("Cannot print handout"):
            return None
        return self.start(self._temp_pdf(), on_done=self.print_file)

    def print_part(self, part: PrintPart) -> ExportJob | None:
        """Print session… and Print week…: the session pages of `part` alone, then the print
        dialog (see export/part.py for what a part's handout holds)."""
        problem = part.problem(self._model.program())
        if problem is not None:
            self.message.emit(f"Nothing to print: {problem}")
            return None
        if self.busy() or not self.gate_allows("Cannot print handout"):
            return None
        program = self._model.program()
        name = f"{self._suggested_name()} {part.label(program)}"
        # Which layout is said where the user looks: the dialog's title, the status bar.
        what = part_words(program, part, stored_options())
        self.message.emit(f"Printing {what}…")
        return self.start(
            self._temp_pdf("handout-part.pdf"),
            on_done=lambda path: self.print_file(path, name, what=what),
            title=f"Preparing {what}…",
            part=part,
            options=part_options(stored_options()),
        )

    def name_part_actions(
        self, week_action: QAction, session_action: QAction, week: int = -1, session: int = -1
    ) -> None:
        """Print week… and Print session… named for the selection and the layout they print
        (`part_action_texts`), as the File menu opens; with no `week` (as it closes) their
        own texts again, which a right-click on another week or session then shows."""
        if week < 0:
            week_action.setText(spec("print_week").text)
            session_action.setText(spec("print_session").text)
            return
        texts = part_action_texts(self._model.program(), week, session, stored_options())
        week_action.setText(texts[0])
        session_action.setText(texts[1])

    def print_file(
        self,
        path: Path,
        doc_name: str | None = None,
        current: int | None = None,
        *,
        what: str | None = None,
    ) -> bool:
        """The print dialog for an already-rendered handout PDF; `current` (0-based), the page
        the preview shows, is offered as "Current page"; `what` names a part printed alone
        ('week 3 as cards') in the dialog's title and the message of what was sent."""
        # deferred: QtPdf, QtPrintSupport and pypdf load on the first print
        from planner_gui.ui.export.printing import PRINT_TITLE, PrintError, print_with_dialog

        name = doc_name or self._suggested_name()
        try:
            printed = print_with_dialog(
                path,
                settings.page_size(),
                name,
                self._window,
                current,
                self._inputs(),
                title=f"Print {what}" if what else PRINT_TITLE,
            )
        except PrintError as error:
            # The reason may name a path, which may hold anything a file name can.
            QMessageBox.critical(self._window, "Cannot print handout", rich_text(str(error)))
            return False
        if printed is None:
            return False
        if not printed.pages:
            self.message.emit("Nothing printed: the page range has no page of the handout")
            return False
        pages = f"{printed.pages} page{'s' if printed.pages != 1 else ''}"
        how = "" if printed.vector else " as images (no lp command to send the PDF itself)"
        of = f" of {what}" if what else ""
        self.message.emit(f"Sent {pages}{of} to {printed.target}{how}")
        return True

    def cleanup(self) -> None:
        """Wait for a running export and remove the temporary files (at window close)."""
        if self.job is not None:
            self.job.cancel()
            self.job.done.wait(10)
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None
