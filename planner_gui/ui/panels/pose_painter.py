"""Draws a pose (planner_gui.figures) with QPainter: the on-screen illustration.

The pose is described once in planner_gui.figures; this painter and the PDF's reportlab
painter only translate its normalised coordinates, and both fit what a pose draws (not the
nominal unit box, which a bar pressed overhead or a figure lying at length overruns) into
their space through `figures.fit`, so the screen and the handout show the same figure.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner_gui.figures.fit import fit
from planner_gui.figures.pose import Frame, Pose, bounds
from planner_gui.figures.props import Circle, Line, Rect
from planner_gui.figures.skeleton import HEAD_RADIUS, SEGMENTS, Point

#: Pose point to widget point.
Place = Callable[[Point], QPointF]

#: Pixels kept clear around the figures; the gap between the start and end positions, in
#: pose units (so it keeps its proportion to the figures).
MARGIN = 4.0
GAP = 0.1
#: Half the widest stroke (a limb: 0.035 of the stroke weight, which is at most the widget's
#: height), as a fraction of that height: `bounds` measures the centre of each stroke, the
#: pen reaches this far past it.
_STROKE = 0.02


def paint_frame(
    painter: QPainter,
    place: Place,
    unit: float,
    weight: float,
    frame: Frame,
    scenery: tuple[object, ...],
    ink: QColor,
) -> None:
    """One position of the figure and its props; `unit` is one pose unit in pixels, and
    strokes are fractions of `weight`."""
    far = QColor(ink)
    far.setAlphaF(0.45)
    for prop in (*scenery, *frame.props):
        _paint_prop(painter, place, unit, weight, prop, ink)
    figure = frame.figure
    for start, end, near in SEGMENTS:
        painter.setPen(
            QPen(
                ink if near else far,
                max(1.5, weight * 0.035),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
        )
        painter.drawLine(place(getattr(figure, start)), place(getattr(figure, end)))
    painter.setPen(QPen(ink, max(1.5, weight * 0.03)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    radius = HEAD_RADIUS * unit
    painter.drawEllipse(place(figure.head), radius, radius)


def _paint_prop(
    painter: QPainter, place: Place, unit: float, weight: float, prop: object, ink: QColor
) -> None:
    if isinstance(prop, Line):
        painter.setPen(QPen(ink, weight * (0.03 if prop.thick else 0.012)))
        painter.drawLine(place(prop.a), place(prop.b))
    elif isinstance(prop, Circle):
        painter.setPen(QPen(ink, weight * 0.015))
        painter.setBrush(ink if prop.filled else Qt.BrushStyle.NoBrush)
        radius = prop.radius * unit
        painter.drawEllipse(place(prop.center), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    elif isinstance(prop, Rect):
        painter.setPen(QPen(ink, weight * 0.012))
        top_left = place((prop.x, prop.y + prop.height))
        painter.drawRect(QRectF(top_left.x(), top_left.y(), prop.width * unit, prop.height * unit))


def paint_pose(painter: QPainter, pose: Pose, width: float, height: float, ink: QColor) -> None:
    """The start and end positions side by side (one for a hold), scaled together to fill
    `width` × `height` less `MARGIN`, centred; both at one scale so the movement reads.

    Strokes follow the scale up to what a figure as tall as the widget would get: a long,
    low figure (a plank) scaled up to the widget's width keeps the weight of the others."""
    frames = [pose.start] if pose.is_static else [pose.start, pose.end]
    x0, y0, x1, y1 = bounds(pose)
    step = x1 - x0 + GAP
    row = (x0, y0, x1 + step * (len(frames) - 1), y1)
    placed = fit(row, width, height, pad=MARGIN + _STROKE * height)
    weight = min(placed.scale, height)
    for number, position in enumerate(frames):
        shift = number * step

        def place(point: Point, shift: float = shift) -> QPointF:
            x, y = placed.place((point[0] + shift, point[1]))
            return QPointF(x, height - y)

        paint_frame(painter, place, placed.scale, weight, position, pose.scenery, ink)


class PoseView(QWidget):
    """Shows an exercise's start and end positions side by side (one box for a hold)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pose: Pose | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(110)

    def pose(self) -> Pose | None:
        return self._pose

    def set_pose(self, pose: Pose | None) -> None:
        self._pose = pose
        self.setToolTip(
            "" if pose is None else ("Held position" if pose.is_static else "Start → end")
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 120)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        palette = self.palette()
        # The ground as a plain rectangle, not fillRect: PySide picks among fillRect's
        # overloads by creating QGradient and its 169 presets (~1.5 ms at the first paint).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(self.rect())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = palette.color(QPalette.ColorRole.Text)
        if self._pose is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No illustration")
            painter.end()
            return
        paint_pose(painter, self._pose, self.width(), self.height(), ink)
        painter.end()
