"""The selected session card stands out from the others, in the dark palette as in the light.

Fusion draws a checked push button a shade darker than an unchecked one; on the dark palette
the two are nearly the same colour, so the coach cannot see which session the table below is
showing. Measured on the cards as they paint themselves.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from planner_gui.ui import app as app_module
from planner_gui.ui.style import CARD_CONTRAST, CARD_TEXT_CONTRAST, selected_card_colours
from tests.support.widgets import make_shown_editor

#: WCAG's least contrast for the parts of a control needed to see its state is 3:1; the
#: selected card's ground against an unselected card's ground must reach at least this.
LEAST_CARD_CONTRAST = 2.5
#: The selected card's text against its ground (WCAG AA for normal text).
LEAST_TEXT_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ground(button: QPushButton) -> QColor:
    """The most common colour inside the card's border: its ground, not its text."""
    image: QImage = button.grab().toImage()
    counts: dict[int, int] = {}
    for x in range(4, image.width() - 4, 2):
        for y in range(4, image.height() - 4, 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=lambda rgb: counts[rgb]))


@pytest.fixture(params=["dark", "light"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    # The tests' application runs Fusion, as the app does (BraceStyle only adds indicator
    # edges); replacing the application's style would delete the one other tests hold.
    assert qapp.style().name().lower() == "fusion"
    old_palette = QPalette(qapp.palette())
    scheme = Qt.ColorScheme.Dark if request.param == "dark" else Qt.ColorScheme.Light
    app_module._follow_scheme(qapp, scheme)
    if request.param == "light":
        qapp.setPalette(qapp.style().standardPalette())
    yield request.param
    qapp.setPalette(old_palette)


def test_the_selected_session_card_stands_out(qtbot: QtBot, palette: str) -> None:
    editor, _ = make_shown_editor(qtbot)
    buttons = editor.day_view.session_buttons
    qtbot.waitUntil(lambda: len(buttons) >= 2 and all(b.height() > 0 for b in buttons.values()))
    selected = [b for b in buttons.values() if b.isChecked()]
    others = [b for b in buttons.values() if not b.isChecked()]
    assert len(selected) == 1 and others
    card = ground(selected[0])
    for other in others:
        assert contrast(card, ground(other)) >= LEAST_CARD_CONTRAST, (palette, card.name())
    # Its text stays readable on the selection colour.
    text = selected[0].grab().toImage()
    ink = max(
        (text.pixelColor(QPoint(x, y)) for x in range(text.width()) for y in range(text.height())),
        key=lambda colour: contrast(colour, card),
    )
    assert contrast(ink, card) >= LEAST_TEXT_CONTRAST, palette


def test_the_selected_card_colours_meet_the_contrast_they_promise(qapp: QApplication) -> None:
    roles = QPalette.ColorRole
    for palette in (app_module.dark_palette(), qapp.style().standardPalette()):
        card, text = selected_card_colours(palette)
        assert contrast(card, text) >= CARD_TEXT_CONTRAST
        for role in (roles.Button, roles.Light):
            assert contrast(card, palette.color(role)) >= CARD_CONTRAST
    # A palette where nothing can stand out (all one grey) keeps the selection colours.
    grey = QPalette(QColor("#808080"))
    assert selected_card_colours(grey) == (
        grey.color(roles.Highlight),
        grey.color(roles.HighlightedText),
    )
