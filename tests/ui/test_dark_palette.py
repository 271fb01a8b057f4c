"""A dark palette: the app builds one when the system asks for dark, and the window's key
widgets draw with palette colours (dark grounds, light text), never hard-coded light ones;
unticked check boxes (BraceStyle) keep an edge that can be seen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.ui import app as app_module
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import COL_PER_SIDE, ItemPath
from planner_gui.ui.style import BraceStyle
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program
from tests.support.widgets import make_shown_editor as make_editor


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
    window = MainWindow(program=window_program(), catalog=window_catalog())
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
        if button.isChecked():
            continue  # drawn in the selection colour: editor/test_day_card_contrast.py
        image = button.grab().toImage()
        centre = image.pixelColor(QPoint(4, image.height() // 2))
        assert lightness(centre) < 110, "session card"
        assert lightness(button.palette().color(QPalette.ColorRole.ButtonText)) > 180
    chart = window.load_chart.chart
    assert lightness(chart.titleBrush().color()) > 180
    assert lightness(chart.legend().labelBrush().color()) > 180
    for axis in chart.axes():
        assert lightness(axis.labelsBrush().color()) > 150


# Dark palette: unticked check boxes ---------------------------------------------------------


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 = the same, 21 = black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def best_edge_contrast(image: QImage, rect: QRect, ground: QColor) -> float:
    """The strongest contrast against `ground` of any pixel inside `rect` of `image`."""
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            best = max(best, contrast(image.pixelColor(x, y), ground))
    return best


@pytest.fixture
def dark_style(qapp: QApplication) -> Iterator[QStyle]:
    """BraceStyle (what the app installs) and the app's dark palette, restored afterwards."""
    old = QPalette(qapp.palette())
    qapp.setPalette(app_module.dark_palette())
    style = BraceStyle("Fusion")
    yield style
    qapp.setPalette(old)


def test_unticked_check_box_has_a_visible_edge_on_the_dark_palette(
    qtbot: QtBot, dark_style: QStyle
) -> None:
    box = QCheckBox("Deload week")
    box.setStyle(dark_style)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = dark_style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ground = box.palette().color(QPalette.ColorRole.Base)
    # WCAG asks 3:1 for the parts of a control needed to see it.
    assert best_edge_contrast(image, indicator, ground) >= 3.0


def test_unticked_per_side_cell_has_a_visible_box_on_the_dark_palette(
    qtbot: QtBot, dark_style: QStyle
) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    table.setStyle(dark_style)
    # The deadlift row is not per side: its box is unticked.
    index = model.item_index(ItemPath(0, 0, "main", 0), COL_PER_SIDE)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    table.selectionModel().clear()
    table.setCurrentIndex(model.item_index(ItemPath(0, 0, "core", 0)))
    cell = table.visualRect(index)
    image = table.viewport().grab().toImage()
    ground = image.pixelColor(cell.left() + 1, cell.center().y())
    assert best_edge_contrast(image, cell.adjusted(1, 1, -1, -1), ground) >= 3.0
