"""The window's style: Fusion, with check and radio indicators that stay visible when dark.

Fusion outlines an indicator with the window colour made darker. On a light palette that is a
grey edge on a white box; on a dark palette it is near-black on a near-black box, so an
unticked "Per side" or "Deload week" box disappears. This proxy lets Fusion draw the indicator
and then strokes its edge in a colour taken from the palette (halfway between the box's
ground and its text), so the edge follows whatever palette is in use.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

#: Below this lightness (0-255) an indicator's ground counts as dark.
DARK_GROUND = 128
#: How far the edge colour lies from the ground towards the text (0-1).
EDGE_BLEND = 0.5

_CHECK = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton


def indicator_edge(palette: QPalette) -> QColor | None:
    """The edge colour for check and radio indicators, or None when Fusion's own will do."""
    ground = palette.color(QPalette.ColorRole.Base)
    if ground.lightness() >= DARK_GROUND:
        return None
    text = palette.color(QPalette.ColorRole.Text)
    mix = EDGE_BLEND
    return QColor(
        round(ground.red() + (text.red() - ground.red()) * mix),
        round(ground.green() + (text.green() - ground.green()) * mix),
        round(ground.blue() + (text.blue() - ground.blue()) * mix),
    )


class BraceStyle(QProxyStyle):
    """Fusion with indicator edges readable on dark palettes."""

    def __init__(self, base_key: str = "Fusion") -> None:
        super().__init__(base_key)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in (_CHECK, _RADIO):
            return
        state = option.state
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if state & focused == focused:
            return  # Fusion's highlighted focus edge is already visible
        edge = indicator_edge(option.palette)
        if edge is None:
            return
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QPen(edge, 1.0))
        box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        if element == _CHECK:
            painter.drawRect(box)
        else:
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()


# The selected session card -------------------------------------------------------------------

#: Least contrast (WCAG ratio) of the selected card's ground against an unselected card.
CARD_CONTRAST = 3.0
#: Least contrast of the selected card's text against its ground (WCAG AA, normal text).
CARD_TEXT_CONTRAST = 4.5
#: How far the selection colour may be mixed towards black or white, in steps of CARD_STEP.
CARD_STEPS = 16
CARD_STEP = 0.05


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours: 1 when the same, 21 for black on white."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _mixed(colour: QColor, towards: QColor, share: float) -> QColor:
    return QColor(
        round(colour.red() + (towards.red() - colour.red()) * share),
        round(colour.green() + (towards.green() - colour.green()) * share),
        round(colour.blue() + (towards.blue() - colour.blue()) * share),
    )


def selected_card_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Ground and text for the selected session card: the palette's selection colour, made
    darker or lighter until it stands out from the unselected cards (drawn in Button, with
    Fusion's lighter sheen near Light) and its text reads on it.

    The selection text (HighlightedText) is tried first, on a darkened selection colour when it
    is light. On a dark palette that darkened blue sinks into the dark grey cards, so the
    selection colour is lightened instead and the text is the palette's dark Base.
    """
    roles = QPalette.ColorRole
    highlight = palette.color(roles.Highlight)
    cards = (palette.color(roles.Button), palette.color(roles.Light))
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    candidates = []
    for text in (palette.color(roles.HighlightedText), palette.color(roles.Base)):
        away = black if luminance(text) > 0.5 else white
        candidates.append((text, away))
    for text, away in candidates:
        for step in range(CARD_STEPS):
            ground = _mixed(highlight, away, step * CARD_STEP)
            if contrast(ground, text) >= CARD_TEXT_CONTRAST and all(
                contrast(ground, card) >= CARD_CONTRAST for card in cards
            ):
                return ground, text
    # No mix satisfies both (an unusual palette): the selection colours as they are.
    return highlight, palette.color(roles.HighlightedText)
