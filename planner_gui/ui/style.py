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
