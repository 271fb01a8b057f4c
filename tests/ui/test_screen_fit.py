"""The window and the print preview fit the screen they open on.

The offscreen platform has one fixed screen, so these tests stand in another one by replacing
QScreen.availableGeometry: a 1024×700 laptop, a 1920×1080 monitor, a screen that is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.export.handout import write_handout
from planner_gui.resources import SAMPLE_PLAN
from planner_gui.ui import settings
from planner_gui.ui.export.preview import PREFERRED_SIZE, PdfPreviewDialog
from planner_gui.ui.main_window import DEFAULT_SIZE, MainWindow
from planner_gui.ui.screen_fit import FRAME_ALLOWANCE, fit_size, fitted
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program

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


def test_on_a_large_screen_the_window_keeps_its_comfortable_size(
    qtbot: QtBot, screen: Screen, make_window: Callable[[], MainWindow]
) -> None:
    screen.area = QRect(MONITOR)
    window = make_window()
    assert window.size() == QSize(*DEFAULT_SIZE)


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
    first.close()
    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    for pane, widget in (("chart", second.load_chart), ("findings", second.findings_panel)):
        assert not second.pane_actions[pane].isChecked()
        assert not widget.isVisible()
    assert second.catalog_panel.isVisible()
    # With both hidden, the plan editor takes the room they had.
    qtbot.waitUntil(lambda: second.editor.height() > second.centre_splitter.height() - 20)
    second.pane_actions["chart"].setChecked(True)
    assert second.load_chart.isVisible()
    assert settings.pane_shown("chart") and not settings.pane_shown("findings")


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
