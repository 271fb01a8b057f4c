"""Draws a pose (planner_gui.figures) with QPainter: the on-screen illustration.

The pose is described once in planner_gui.figures; this painter and the PDF's reportlab
painter only translate its normalised coordinates, so the screen and the handout show the same
figure.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner_gui.figures.pose import Frame, Pose
from planner_gui.figures.props import Circle, Line, Rect
from planner_gui.figures.skeleton import SEGMENTS, Point


def _to_box(box: QRectF, point: Point) -> QPointF:
    x, y = point
    return QPointF(box.left() + x * box.width(), box.bottom() - y * box.height())


def paint_frame(
    painter: QPainter, box: QRectF, frame: Frame, scenery: tuple[object, ...], ink: QColor
) -> None:
    """One position of the figure and its props inside `box` (a square)."""
    unit = box.width()
    far = QColor(ink)
    far.setAlphaF(0.45)
    for prop in (*scenery, *frame.props):
        _paint_prop(painter, box, prop, ink)
    figure = frame.figure
    for start, end, near in SEGMENTS:
        painter.setPen(
            QPen(
                ink if near else far,
                max(1.5, unit * 0.035),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
        )
        painter.drawLine(_to_box(box, getattr(figure, start)), _to_box(box, getattr(figure, end)))
    painter.setPen(QPen(ink, max(1.5, unit * 0.03)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    radius = 0.06 * unit
    painter.drawEllipse(_to_box(box, figure.head), radius, radius)


def _paint_prop(painter: QPainter, box: QRectF, prop: object, ink: QColor) -> None:
    unit = box.width()
    if isinstance(prop, Line):
        painter.setPen(QPen(ink, unit * (0.03 if prop.thick else 0.012)))
        painter.drawLine(_to_box(box, prop.a), _to_box(box, prop.b))
    elif isinstance(prop, Circle):
        painter.setPen(QPen(ink, unit * 0.015))
        painter.setBrush(ink if prop.filled else Qt.BrushStyle.NoBrush)
        radius = prop.radius * unit
        painter.drawEllipse(_to_box(box, prop.center), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    elif isinstance(prop, Rect):
        painter.setPen(QPen(ink, unit * 0.012))
        top_left = _to_box(box, (prop.x, prop.y + prop.height))
        painter.drawRect(QRectF(top_left.x(), top_left.y(), prop.width * unit, prop.height * unit))


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
        frames = [self._pose.start] if self._pose.is_static else [self._pose.start, self._pose.end]
        side = min(self.height() - 8.0, (self.width() - 8.0 * (len(frames) + 1)) / len(frames))
        total = side * len(frames) + 8.0 * (len(frames) - 1)
        left = (self.width() - total) / 2
        for number, frame in enumerate(frames):
            box = QRectF(left + number * (side + 8.0), (self.height() - side) / 2, side, side)
            paint_frame(painter, box, frame, self._pose.scenery, ink)
        painter.end()
