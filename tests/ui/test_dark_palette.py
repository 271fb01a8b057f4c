"""A dark palette: the app builds one when the system asks for dark, and the window's key
widgets draw with palette colours (dark grounds, light text), never hard-coded light ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.ui import app as app_module
from planner_gui.ui.main_window import MainWindow
from tests.ui.shell_fixtures import small_catalog, small_program


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    app = qapp
    old = QPalette(app.palette())
    app_module._follow_scheme(app, Qt.ColorScheme.Dark)
    yield app
    app.setPalette(old)


def lightness(colour: QColor) -> int:
    return colour.lightness()


def background(widget: QWidget) -> QColor:
    """The colour at a corner of the widget as it paints itself (grabbed, not assumed)."""
    image: QImage = widget.grab().toImage()
    return image.pixelColor(QPoint(3, image.height() - 3))


def test_dark_scheme_gives_a_dark_palette_even_when_the_style_stays_light(
    dark_app: QApplication,
) -> None:
    palette = dark_app.palette()
    assert lightness(palette.window().color()) < 80
    assert lightness(palette.base().color()) < 80
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        assert lightness(palette.color(role)) > 180
    assert lightness(palette.color(QPalette.ColorRole.HighlightedText)) > 180


def test_key_widgets_paint_with_the_dark_palette(qtbot: QtBot, dark_app: QApplication) -> None:
    window = MainWindow(program=small_program(), catalog=small_catalog())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    # The day view rebuilds its columns on a refresh; wait for the layout to size them.
    qtbot.waitUntil(lambda: editor.day_view.height() > 0)
    views = {
        "catalog list": window.catalog_panel.view.viewport(),
        "exercise detail": window.catalog_panel.detail.viewport(),
        "illustration": window.catalog_panel.illustration,
        "item table": editor.item_table.viewport(),
        "week list": editor.week_list.viewport(),
        "findings": window.findings_panel.view.viewport(),
        "day view": editor.day_view,
    }
    for name, widget in views.items():
        assert lightness(background(widget)) < 100, name
    for button in editor.day_view.session_buttons.values():
        image = button.grab().toImage()
        centre = image.pixelColor(QPoint(4, image.height() // 2))
        assert lightness(centre) < 110, "session card"
        assert lightness(button.palette().color(QPalette.ColorRole.ButtonText)) > 180
    chart = window.load_chart.chart
    assert lightness(chart.titleBrush().color()) > 180
    assert lightness(chart.legend().labelBrush().color()) > 180
    for axis in chart.axes():
        assert lightness(axis.labelsBrush().color()) > 150
