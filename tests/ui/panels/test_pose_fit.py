"""The window's figures fit their widget: nothing clipped at its edge, nothing shrunk to a dot.

Poses reach past their nominal unit box (a bar pressed overhead, a pull-up's feet, a figure
lying at length); the painter fits what is drawn, as the PDF's does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBitmap, QColor, QImage, QPalette, QRegion
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.figures.library import all_poses
from planner_gui.figures.lookup import pose_for
from planner_gui.ui.main_window import DEFAULT_SIZE, MainWindow
from planner_gui.ui.panels.pose_painter import PoseView
from tests.support.catalogs import exercise


def rendered(view: PoseView) -> QImage:
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("red"))  # not the background: a pixel the view leaves unpainted counts
    view.render(image)
    return image


def drawn_box(image: QImage, background: QColor) -> QRect:
    """The smallest rectangle holding every pixel that is not the background."""
    # MaskInColor marks the background pixels colour0 in the bitmap, so the region (its
    # colour1 pixels) is what was drawn.
    mask = image.createMaskFromColor(background.rgb(), Qt.MaskMode.MaskInColor)
    return QRegion(QBitmap.fromImage(mask)).boundingRect()


def assert_fits(view: PoseView, name: str) -> None:
    image = rendered(view)
    box = drawn_box(image, view.palette().color(QPalette.ColorRole.Base))
    inner = image.rect().adjusted(1, 1, -1, -1)
    assert inner.contains(box), f"{name}: drawn {box} touches the edge of {image.rect()}"
    share = max(box.width() / image.width(), box.height() / image.height())
    assert share > 0.85, f"{name}: drawn {box} in {image.rect()}"


def test_drawn_box_finds_a_single_pixel_at_the_edge(qtbot: QtBot) -> None:
    """The measure the fit tests rely on sees a pixel on the border (so they can fail)."""
    image = QImage(QSize(40, 20), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert drawn_box(image, QColor("white")).isEmpty()
    image.setPixelColor(0, 7, QColor("black"))
    image.setPixelColor(12, 19, QColor("black"))
    assert drawn_box(image, QColor("white")) == QRect(0, 7, 13, 13)


def test_every_catalog_figure_fits_the_details_pane(qtbot: QtBot) -> None:
    window = MainWindow(catalog=bundled_catalog())
    qtbot.addWidget(window)
    window.resize(*DEFAULT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    panel = window.catalog_panel
    view = panel.illustration
    assert view.width() > 200 and view.height() >= 110  # the pane as the window lays it out
    drawn = 0
    for entry in bundled_catalog():
        pose = pose_for(entry)
        if pose is None:
            continue
        assert panel.select_exercise(entry.id)
        assert view.pose() is pose
        assert_fits(view, entry.id)
        drawn += 1
    assert drawn > 100


@pytest.mark.parametrize("size", [QSize(160, 110), QSize(600, 120), QSize(240, 240)])
def test_every_figure_fits_narrow_wide_and_square_views(qtbot: QtBot, size: QSize) -> None:
    view = PoseView()
    qtbot.addWidget(view)
    view.resize(size)
    for name, pose in all_poses().items():
        view.set_pose(pose)
        assert_fits(view, name)


def test_an_exercise_without_a_figure_says_so(qtbot: QtBot) -> None:
    view = PoseView()
    qtbot.addWidget(view)
    view.resize(288, 120)
    view.set_pose(pose_for(exercise("plain", "Plain", pose="none")))
    assert view.pose() is None
    box = drawn_box(rendered(view), view.palette().color(QPalette.ColorRole.Base))
    assert not box.isEmpty()  # the "No illustration" text, not a figure
