"""The window and the print preview fit the screen they open on.

The offscreen platform has one fixed screen, so these tests stand in another one by replacing
QScreen.availableGeometry: a 1024×700 laptop, a 1920×1080 monitor, a screen that is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QScreen
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.export.handout import write_handout
from planner_gui.resources import FONTS_DIR, SAMPLE_PLAN, TEMPLATES_DIR
from planner_gui.ui import settings
from planner_gui.ui.dialogs.checkin import CheckInDialog
from planner_gui.ui.editor.session_table import MIN_EXERCISE_WIDTH
from planner_gui.ui.export.preview import PREFERRED_SIZE, PdfPreviewDialog
from planner_gui.ui.main_window import DEFAULT_SIZE, MainWindow
from planner_gui.ui.models.checkin_model import COL_GUIDANCE
from planner_gui.ui.models.plan_model import COL_EXERCISE, COL_RAMP
from planner_gui.ui.screen_fit import FRAME_ALLOWANCE, fit_size, fitted
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program

RETURN = TEMPLATES_DIR / "return-to-lifting-6wk.brace.json"
LAPTOP = QRect(0, 0, 1024, 700)
MONITOR = QRect(0, 0, 1920, 1080)


class Screen:
    """The available geometry every QScreen reports while a test runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.area = QRect(LAPTOP)
        monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(self.area))


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Screen:
    return Screen(monkeypatch)


@pytest.fixture
def make_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], MainWindow]]:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(program=load_plan(SAMPLE_PLAN, bundled_catalog()))
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.exports.cleanup()


def inside(widget: QWidget, window: QWidget) -> bool:
    """The whole of `widget` lies within `window`'s client area."""
    corner = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(corner, widget.size()))


# Pure geometry ------------------------------------------------------------------------------


def test_fitted_shrinks_and_moves_the_least_into_the_area() -> None:
    area = QRect(0, 0, 1024, 700)
    assert fitted(QRect(100, 50, 400, 300), area) == QRect(100, 50, 400, 300)
    assert fitted(QRect(0, 0, 1280, 800), area) == area
    assert fitted(QRect(900, 600, 400, 300), area) == QRect(624, 400, 400, 300)
    # A window left on a monitor to the right that is gone comes back to this one.
    assert fitted(QRect(2000, -50, 500, 400), area) == QRect(524, 0, 500, 400)
    second = QRect(1920, 0, 1280, 1024)
    assert fitted(QRect(100, 100, 500, 400), second) == QRect(1920, 100, 500, 400)


def test_fit_size_leaves_room_for_the_frame() -> None:
    assert fit_size(QSize(820, 900), LAPTOP) == QSize(
        820, 700 - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()
    )
    assert fit_size(QSize(820, 900), MONITOR) == QSize(820, 900)
    assert fit_size(QSize(820, 900), LAPTOP, QMargins()) == QSize(820, 700)


# The main window ----------------------------------------------------------------------------


def test_on_a_1024_by_700_screen_the_window_opens_inside_it_with_every_pane_reachable(
    qtbot: QtBot, screen: Screen, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert LAPTOP.contains(window.frameGeometry()), window.frameGeometry()
    assert window.width() > 900 and window.height() > 600  # it uses the room it has
    editor = window.editor
    qtbot.waitUntil(lambda: len(editor.day_view.session_buttons) > 0)
    panes: dict[str, tuple[QWidget, int, int]] = {
        "catalog search": (window.catalog_panel.search, 100, 15),
        "catalog list": (window.catalog_panel.view, 150, 100),
        "weeks": (editor.week_list, 80, 100),
        "details button": (editor.details_button, 20, 15),
        "session fields": (editor.session_fields, 300, 40),
        "item table": (editor.item_table, 300, 80),
        "findings": (window.findings_panel, 150, 120),
        "chart": (window.load_chart, 300, 120),
        "status bar": (window.statusBar(), 300, 15),
        "plan summary": (window.summary_label, 100, 10),
    }
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        column = editor.day_view.findChild(QWidget, f"day_{day}")
        assert column is not None
        panes[f"day {day}"] = (column, 40, 60)
    for name, (widget, width, height) in panes.items():
        assert widget.isVisible(), name
        assert inside(widget, window), name
        assert widget.width() >= width and widget.height() >= height, (name, widget.size())


@pytest.fixture
def wide_font(qapp: QApplication) -> Iterator[None]:
    """DejaVu Sans at 10 pt, as on many Linux desktops: wider than the font a bare machine has."""
    family_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / "DejaVuSans.ttf"))
    assert family_id >= 0
    before = qapp.font()
    qapp.setFont(QFont(QFontDatabase.applicationFontFamilies(family_id)[0], 10))
    yield
    qapp.setFont(before)
    QFontDatabase.removeApplicationFont(family_id)


def test_with_a_wide_system_font_the_window_still_fits_a_1024_by_700_screen(
    qtbot: QtBot, screen: Screen, wide_font: None, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    program = window.model.program().model_copy(deep=True)
    program.title = "Return to lifting after a flare-up, 6 weeks, with the clinic's own words"
    program.athlete = "Fatima Al-Zahra / שרה כהן / 王小明"
    window.model.set_program(program)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.editor.day_view.session_buttons) > 0)
    assert window.minimumSizeHint().width() <= room(LAPTOP), window.minimumSizeHint()
    assert LAPTOP.contains(window.frameGeometry()), window.frameGeometry()
    assert inside(window.editor.session_fields, window)
    assert inside(window.editor.session_load, window)


def test_on_a_large_screen_the_window_keeps_its_comfortable_size(
    qtbot: QtBot, screen: Screen, make_window: Callable[[], MainWindow]
) -> None:
    screen.area = QRect(MONITOR)
    window = make_window()
    assert window.size() == QSize(*DEFAULT_SIZE)


def test_on_a_1366_by_800_screen_the_session_table_shows_the_ramps_whole(
    qtbot: QtBot, screen: Screen, make_window: Callable[[], MainWindow]
) -> None:
    """At the first run's size (1280 wide then) the Ramp-up column read "25×5 · 35×3 · …";
    now each session's ramps show whole, in view beside the names, sets, dose, load and RPE."""
    screen.area = QRect(0, 0, 1366, 800)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.width() >= 1366 - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right()
    table = window.editor.item_table
    program = window.model.program()
    with_ramps = [
        index
        for index, session in enumerate(program.weeks[0].sessions)
        if any(item.ramp for block in session.blocks for item in block.items)
    ]
    assert len(with_ramps) >= 2
    for session in with_ramps:
        window.editor.select_session(session)
        whole = table.sizeHintForColumn(COL_RAMP)
        qtbot.waitUntil(lambda whole=whole: table.columnWidth(COL_RAMP) >= whole)
        right = table.columnViewportPosition(COL_RAMP) + table.columnWidth(COL_RAMP)
        assert right <= table.viewport().width()
        assert table.columnWidth(COL_EXERCISE) >= MIN_EXERCISE_WIDTH


def test_a_saved_place_on_a_screen_that_is_gone_is_brought_back_inside(
    qtbot: QtBot, screen: Screen, make_window: Callable[[], MainWindow]
) -> None:
    # Last run: a big window on a big monitor, far from the corner.
    screen.area = QRect(0, 0, 2560, 1440)
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(1200, 500, 1400, 900)
    first.close()
    # This run: only the laptop's screen.
    screen.area = QRect(LAPTOP)
    second = make_window()
    assert LAPTOP.contains(second.frameGeometry().marginsAdded(QMargins())), second.geometry()
    second.show()
    qtbot.waitExposed(second)
    assert LAPTOP.contains(second.frameGeometry()), second.frameGeometry()


def test_hidden_panes_stay_hidden_in_the_next_run(
    qtbot: QtBot, screen: Screen, make_window: Callable[[], MainWindow]
) -> None:
    first = make_window()
    first.show()
    first.pane_actions["chart"].setChecked(False)
    first.pane_actions["findings"].setChecked(False)
    # On this screen the check-ins are a tab beside Findings: hidden too, the row is empty.
    first.pane_actions["checkins"].setChecked(False)
    first.close()
    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: len(second.editor.day_view.session_buttons) > 0)
    for pane, widget in (
        ("chart", second.load_chart),
        ("findings", second.findings_panel),
        ("checkins", second.checkins_panel),
    ):
        assert not second.pane_actions[pane].isChecked()
        assert not widget.isVisible()
    assert second.catalog_panel.isVisible()
    # With the row's panes hidden, the plan editor takes the room they had.
    qtbot.waitUntil(lambda: second.editor.height() > second.centre_splitter.height() - 20)
    second.pane_actions["chart"].setChecked(True)
    assert second.load_chart.isVisible()
    assert settings.pane_shown("chart") and not settings.pane_shown("findings")
    # Shown again, the check-ins go where they fit this screen: a tab, with Findings' hidden.
    second.pane_actions["checkins"].setChecked(True)
    place = second.checkins_place
    qtbot.waitUntil(lambda: place.place() == "tab" and second.checkins_panel.isVisible())
    assert not place.tabs.isTabVisible(0) and not second.findings_panel.isVisible()
    qtbot.waitUntil(lambda: LAPTOP.contains(second.frameGeometry()))


def test_the_findings_and_chart_row_can_be_collapsed_with_the_splitter(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    assert window.centre_splitter.isCollapsible(1)
    assert not window.centre_splitter.isCollapsible(0)  # never the plan itself


# The print preview --------------------------------------------------------------------------


@pytest.fixture
def handout(tmp_path: Path) -> Path:
    pdf = tmp_path / "handout.pdf"
    write_handout(window_program(), window_catalog(), pdf)
    return pdf


def test_the_print_preview_fits_a_laptop_screen_with_its_buttons_on_it(
    qtbot: QtBot, screen: Screen, handout: Path
) -> None:
    dialog = PdfPreviewDialog(handout)
    qtbot.addWidget(dialog)
    assert dialog.height() <= LAPTOP.height() - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom()
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible()
    assert inside(buttons, dialog)
    assert dialog.view.height() > 400


def test_the_print_preview_keeps_its_size_on_a_large_screen(
    qtbot: QtBot, screen: Screen, handout: Path
) -> None:
    screen.area = QRect(MONITOR)
    dialog = PdfPreviewDialog(handout)
    qtbot.addWidget(dialog)
    assert dialog.size() == PREFERRED_SIZE


# The check-ins pane: beside the plan on a large screen, a tab beside Findings on a laptop ------


@pytest.fixture
def sample_window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> Callable[[], MainWindow]:
    """A window with the return-to-lifting sample open (its three check-ins), shown."""

    def make() -> MainWindow:
        window = make_window()
        assert window.document.load(RETURN)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: len(window.editor.day_view.session_buttons) > 0)
        return window

    return make


def room(area: QRect) -> int:
    return area.width() - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right()


def test_on_a_laptop_the_checkins_are_a_tab_beside_findings_and_fit_with_their_guidance(
    qtbot: QtBot, screen: Screen, sample_window: Callable[[], MainWindow]
) -> None:
    window = sample_window()
    place = window.checkins_place
    qtbot.waitUntil(lambda: place.place() == "tab")
    # Honest minimum sizes that fit the screen, and the window inside it.
    assert window.minimumSizeHint().width() <= room(LAPTOP), window.minimumSizeHint()
    qtbot.waitUntil(lambda: LAPTOP.contains(window.frameGeometry()))
    tabs = place.tabs
    assert window.bottom_splitter.widget(0) is tabs and tabs.isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Findings", "Check-ins"]
    assert tabs.currentWidget() is window.findings_panel  # the plan check comes first
    assert inside(window.findings_panel, window)
    # A click on the tab brings the check-ins up, whole and inside the window.
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    panel = window.checkins_panel
    assert tabs.currentWidget() is panel and panel.isVisible()
    assert panel.checkins.positions() == [2, 1, 0]
    for name, widget, width, height in (
        ("pane", panel, 300, 150),
        ("list", panel.view, 250, 50),
        ("guidance", panel.detail_area, 250, 30),
        ("add", panel.add_button, 40, 15),
        ("adjust", panel.adjust_button, 40, 15),
        ("chart", window.load_chart, 300, 120),
        ("status bar", window.statusBar(), 600, 15),
        ("plan summary", window.summary_label, 100, 10),
    ):
        assert widget.isVisible(), name
        assert inside(widget, window), name
        assert widget.width() >= width and widget.height() >= height, (name, widget.size())
    # The Guidance column is on screen in full width, not cut to a few characters, and wraps.
    header, view = panel.view.header(), panel.view
    assert panel.view.wordWrap()
    assert header.sectionViewportPosition(COL_GUIDANCE) >= 0
    # (once the list has laid out its rows and scroll bars)
    qtbot.waitUntil(
        lambda: (
            header.sectionViewportPosition(COL_GUIDANCE) + header.sectionSize(COL_GUIDANCE)
            <= view.viewport().width()
        )
    )
    assert header.sectionSize(COL_GUIDANCE) >= 150
    # Narrower than its text, the guidance wraps onto more lines instead of ending in "…".
    cell = panel.checkins.index_of(0).siblingAtColumn(COL_GUIDANCE)
    text, metrics = cell.data(), view.fontMetrics()
    assert metrics.horizontalAdvance(text) > 120, text
    header.resizeSection(COL_GUIDANCE, metrics.horizontalAdvance(text) // 2 + 20)
    qtbot.waitUntil(lambda: view.visualRect(cell).height() >= 2 * metrics.lineSpacing())
    assert panel.select_position(2)
    assert panel.detail.text().startswith(panel.checkins.triage_of(view.currentIndex()).title)


def test_on_a_laptop_view_menu_and_check_in_bring_the_tabs_forward(
    qtbot: QtBot, screen: Screen, sample_window: Callable[[], MainWindow]
) -> None:
    window = sample_window()
    place = window.checkins_place
    qtbot.waitUntil(lambda: place.place() == "tab")
    tabs = place.tabs
    window.pane_actions["checkins"].setChecked(False)
    assert not tabs.isTabVisible(1) and not window.checkins_panel.isVisible()
    assert tabs.isVisible() and window.findings_panel.isVisible()
    window.pane_actions["checkins"].setChecked(True)
    assert tabs.currentWidget() is window.checkins_panel and window.checkins_panel.isVisible()
    # Both hidden: no empty tabs are left under the plan.
    window.pane_actions["checkins"].setChecked(False)
    window.pane_actions["findings"].setChecked(False)
    assert not tabs.isVisible()
    window.pane_actions["findings"].setChecked(True)
    assert tabs.isVisible() and tabs.currentWidget() is window.findings_panel
    # Plan ▸ Check-in… shows the check-ins tab for the dialog's result.
    window.editor.action("checkin").trigger()
    assert tabs.currentWidget() is window.checkins_panel and window.checkins_panel.isVisible()
    dialog = window.checkins_panel.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.isVisible()
    dialog.date_edit.setDate(QDate(window.model.program().start_date))
    dialog.flag_boxes["gait-change"].setChecked(True)
    dialog.accept()
    assert tabs.currentWidget() is window.checkins_panel
    # A finding to show (as the export's red-flag question does) brings the findings tab up.
    findings = window.findings_panel.findings()
    assert findings  # CK601 on every later session
    window.show_finding(findings[0])
    assert tabs.currentWidget() is window.findings_panel and window.findings_panel.isVisible()


def test_on_a_large_screen_the_checkins_sit_beside_the_plan(
    qtbot: QtBot, screen: Screen, sample_window: Callable[[], MainWindow]
) -> None:
    screen.area = QRect(MONITOR)
    window = sample_window()
    assert window.checkins_place.place() == "side"
    panel = window.checkins_panel
    assert window.main_splitter.widget(2) is panel
    assert window.bottom_splitter.widget(0) is window.findings_panel
    assert not window.checkins_place.tabs.isVisible()
    assert panel.isVisible() and inside(panel, window) and panel.width() >= 150
    assert inside(window.statusBar(), window)
    assert window.minimumSizeHint().width() <= room(MONITOR)


def test_the_pane_goes_back_beside_the_plan_when_the_screen_has_room_again(
    qtbot: QtBot, screen: Screen, sample_window: Callable[[], MainWindow]
) -> None:
    window = sample_window()
    place = window.checkins_place
    qtbot.waitUntil(lambda: place.place() == "tab")
    window.pane_actions["findings"].setChecked(False)  # a choice that survives the move
    screen.area = QRect(MONITOR)
    window.resize(1400, 900)
    place.update_place()
    assert place.place() == "side"
    assert window.main_splitter.widget(2) is window.checkins_panel
    assert window.checkins_panel.isVisible() and not window.findings_panel.isVisible()
    assert window.bottom_splitter.widget(0) is window.findings_panel
    assert not place.tabs.isVisible()
