"""Print week… and Print session… say which layout they print (cards, unless Full is the
remembered layout): the File menu's entries as it opens, the print dialog's title and the
status bar; and the print dialog's page range: its "Pages from … to" boxes set the pages
printed, and the "Pages" field's ranges, which Qt hands to CUPS, are applied too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QRadioButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.print_part import PrintPart
from planner_gui.export.options import HandoutOptions, Layout
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.export import printing
from planner_gui.ui.export.actions import ExportActions, part_action_texts
from planner_gui.ui.export.options import store_options
from planner_gui.ui.export.printing import chosen_pages, cups_options, lp_command, print_dialog
from planner_gui.ui.main_window import MainWindow
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


@pytest.mark.parametrize(
    ("remembered", "words"), [("compact", "cards"), ("cards", "cards"), ("full", "full pages")]
)
def test_the_entries_name_the_selection_and_the_layout(remembered: Layout, words: str) -> None:
    program = window_program()
    options = HandoutOptions(layout=remembered)
    assert part_action_texts(program, 1, 0, options) == (
        f"Print wee&k 2 as {words}…",
        f"Print sess&ion Lower A of week 2 as {words}…",
    )
    # No session selected, or no week: the layout still said.
    assert part_action_texts(program, 1, -1, options)[1] == f"Print sess&ion as {words}…"
    assert part_action_texts(program, -1, -1, options) == (
        f"Print wee&k as {words}…",
        f"Print sess&ion as {words}…",
    )


def test_a_sessions_ampersand_is_plan_text_not_a_shortcut() -> None:
    program = window_program()
    program.weeks[0].sessions[1].name = "Squat & bench"
    text = part_action_texts(program, 0, 1, HandoutOptions())[1]
    assert text == "Print sess&ion Squat && bench of week 1 as cards…"


def test_the_file_menu_names_them_as_it_opens(qtbot: QtBot) -> None:
    window = MainWindow(program=window_program(), catalog=window_catalog())
    qtbot.addWidget(window)
    try:
        window.editor.select_week(1)
        window.editor.select_session(1)
        menu = window.findChild(QMenu, "fileMenu")
        assert menu is not None
        week, session = window.action("print_week"), window.action("print_session")
        menu.aboutToShow.emit()
        assert week.text() == "Print wee&k 2 as cards…"
        assert session.text() == "Print sess&ion Lower B of week 2 as cards…"
        menu.aboutToHide.emit()  # a right-click on another week shows no stale number
        assert (week.text(), session.text()) == ("Print wee&k…", "Print sess&ion…")
        store_options(HandoutOptions(layout="full"))
        menu.aboutToShow.emit()
        assert week.text() == "Print wee&k 2 as full pages…"
    finally:
        window.exports.cleanup()


def test_the_right_click_menus_name_them_as_the_file_menu_does(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A right-click on a week or a session card offers Print week… / Print session… named
    for what was clicked and the layout, as the File menu says it (they said "Print week…");
    the week's menu keeps the week's own actions (the window's menu held Print week… alone)."""
    shown: list[tuple[str, list[str]]] = []

    def exec_(_editor: PlanEditor, menu: QMenu, _where: QPoint) -> None:
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        shown.append((menu.objectName(), texts))

    monkeypatch.setattr(PlanEditor, "_exec_menu", exec_)
    window = MainWindow(program=window_program(), catalog=window_catalog())
    qtbot.addWidget(window)
    try:
        editor = window.editor
        week_list = editor.week_list
        week_list.customContextMenuRequested.emit(
            week_list.visualRect(week_list.proxy.index(1, 0)).center()
        )
        name, texts = shown[-1]
        assert name == "weekMenu"
        assert editor.action("toggle_deload").text() in texts
        assert texts[-1] == "Print wee&k 2 as cards…"
        # As the menu closes the plain text comes back (a shortcut acts on what is selected).
        assert window.action("print_week").text() == "Print wee&k…"
        store_options(HandoutOptions(layout="full"))
        editor.day_view.session_menu_requested.emit(1, QPoint(0, 0))
        name, texts = shown[-1]
        assert name == "sessionMenu"
        assert texts[-1] == "Print sess&ion Lower B of week 2 as full pages…"
        assert window.action("print_session").text() == "Print sess&ion…"
    finally:
        window.exports.cleanup()


@pytest.mark.parametrize(("remembered", "words"), [("compact", "cards"), ("full", "full pages")])
def test_the_dialog_and_the_status_bar_say_the_layout(
    actions: ExportActions,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    remembered: Layout,
    words: str,
) -> None:
    store_options(HandoutOptions(layout=remembered))
    printed = tmp_path / "part.pdf"
    titles: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        titles.append(dialog.windowTitle())
        dialog.printer().setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert actions.print_part(PrintPart(1)) is not None
    assert messages == [f"Printing week 2 as {words}…"]
    qtbot.waitUntil(lambda: any(m.startswith("Sent") for m in messages), timeout=30_000)
    assert titles == [f"Print week 2 as {words}"]
    assert messages[-1].startswith("Sent ") and messages[-1].endswith(
        f" pages of week 2 as {words} to part.pdf"
    )


def test_print_names_the_whole_handout_as_before(
    actions: ExportActions, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    titles: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        titles.append(dialog.windowTitle())
        dialog.printer().setOutputFileName(str(tmp_path / "all.pdf"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    messages: list[str] = []
    actions.message.connect(messages.append)
    actions.print_handout()
    qtbot.waitUntil(lambda: any(m.startswith("Sent") for m in messages), timeout=30_000)
    assert titles == ["Print handout"]
    assert " of " not in messages[-1]


def _radio(dialog: QPrintDialog, name: str) -> QRadioButton:
    found = dialog.findChild(QRadioButton, name)
    assert found is not None, name
    return found


def test_the_dialog_offers_every_page_and_prints_the_range_chosen(qtbot: QtBot) -> None:
    """Print… offers a page range over the handout's pages, all of them to begin with; the
    "Pages from 2 to 4" the user picks is what prints. Qt greys only the free-form "Pages"
    field, and only while the destination is a PDF file (as offscreen, where there is no
    printer): a CUPS printer gets it (see the next test)."""
    printer = QPrinter()
    dialog = print_dialog(printer, 12, title="Print week 3 as cards")
    qtbot.addWidget(dialog)
    option = QAbstractPrintDialog.PrintDialogOption
    assert dialog.testOption(option.PrintPageRange)
    assert not dialog.testOption(option.PrintCurrentPage)
    assert (dialog.minPage(), dialog.maxPage()) == (1, 12)
    assert (printer.fromPage(), printer.toPage()) == (1, 12)
    assert dialog.windowTitle() == "Print week 3 as cards"
    dialog.show()
    ranged = _radio(dialog, "printRange")
    assert ranged.isEnabled() and not ranged.isHidden()  # under "Options >>"
    pages = _radio(dialog, "pagesRadioButton")
    assert pages.isEnabled() == (printer.outputFormat() != QPrinter.OutputFormat.PdfFormat)
    ranged.setChecked(True)
    spins = {box.objectName(): box for box in dialog.findChildren(QSpinBox)}
    assert spins["from"].isEnabled() and (spins["from"].minimum(), spins["to"].maximum()) == (
        1,
        12,
    )
    spins["from"].setValue(2)
    spins["to"].setValue(4)
    dialog.accept()
    assert printer.printRange() == QPrinter.PrintRange.PageRange
    assert (printer.fromPage(), printer.toPage()) == (2, 4)
    assert chosen_pages(printer, 12) == [1, 2, 3]


def test_a_cups_printers_typed_pages_are_the_pages_sent() -> None:
    """On a CUPS printer the "Pages" field ('2-4,7') and the odd or even page set reach the
    printer as CUPS options, not as its page range: the handout's own pages go to lp as a
    PDF of their own, so those options choose its pages (all were sent before)."""
    printer = QPrinter()  # "Print all" as the dialog leaves it for those fields
    assert cups_options(printer) == {}  # a file: no CUPS options
    assert chosen_pages(printer, 9, cups={"page-ranges": "2-4,7"}) == [1, 2, 3, 6]
    assert chosen_pages(printer, 5, cups={"page-ranges": "4-9"}) == [3, 4]
    assert chosen_pages(printer, 6, cups={"page-set": "odd"}) == [0, 2, 4]
    both = {"page-ranges": "2-4,7", "page-set": "even"}
    assert chosen_pages(printer, 9, cups=both) == [1, 3]
    assert chosen_pages(printer, 4, cups={"page-ranges": "two"}) == [0, 1, 2, 3]
    # "Pages from 2 to 5" and even pages: Qt counts the range's pages from its first.
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 5)
    assert chosen_pages(printer, 9, cups={"page-set": "even"}) == [2, 4]
    # The dialog's other CUPS options go to lp; those that chose the pages do not.
    command = lp_command("/usr/bin/lp", QPrinter(), Path("x.pdf"), cups={**both, "number-up": "2"})
    assert "number-up=2" in command
    assert not any(part.startswith(("page-ranges", "page-set")) for part in command)


def test_the_printers_cups_options_are_read_from_its_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Engine:
        def property(self, key: object) -> object:
            assert key == printing.CUPS_OPTIONS_KEY
            return ["page-ranges", "3-4", "number-up", "2"]

    printer = QPrinter()
    monkeypatch.setattr(printer, "printEngine", lambda: Engine())
    assert cups_options(printer) == {"page-ranges": "3-4", "number-up": "2"}
    assert chosen_pages(printer, 6) == [2, 3]
