"""Painting a stick-figure pose (planner_gui.domain.poses) as a small reportlab Drawing.

The end position is drawn in solid black, the start position dashed in grey behind it, and
props (floor, bench, bar) in grey, so the movement reads on a black-and-white printout.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle as RLCircle
from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.platypus import Flowable

from planner_gui.domain import poses
from planner_gui.domain.poses import Figure, Frame, Pose, Prop
from planner_gui.export.fonts import register_fonts
from planner_gui.export.styles import INK, MID, RULE

_Mapper = Callable[[tuple[float, float]], tuple[float, float]]

_END_WIDTH = 1.6
_START_WIDTH = 0.9


def pose_drawing(pose: Pose, width: float, height: float) -> Drawing:
    """A Drawing of `width` × `height` points with the pose scaled to fill it, centred."""
    x0, y0, x1, y1 = poses.bounds(pose)
    pad = 1.5
    side = min((width - 2 * pad) / max(x1 - x0, 1e-6), (height - 2 * pad) / max(y1 - y0, 1e-6))
    ox = (width - (x1 - x0) * side) / 2 - x0 * side
    oy = (height - (y1 - y0) * side) / 2 - y0 * side

    def pt(point: tuple[float, float]) -> tuple[float, float]:
        return ox + point[0] * side, oy + point[1] * side

    drawing = Drawing(width, height, initialFontName=register_fonts())
    group = Group()
    for prop in pose.scenery:
        group.add(_prop(prop, pt, side, RULE, dashed=False))
    if not pose.is_static:
        group.add(_frame(pose.start, pt, side, MID, _START_WIDTH, dashed=True))
    group.add(_frame(pose.end, pt, side, INK, _END_WIDTH, dashed=False))
    drawing.add(group)
    return drawing


def _frame(frame: Frame, pt: _Mapper, side: float, colour: object, width: float,
           dashed: bool) -> Group:
    group = Group()
    for prop in frame.props:
        group.add(_prop(prop, pt, side, colour, dashed))
    group.add(_figure(frame.figure, pt, side, colour, width, dashed))
    return group


def _figure(figure: Figure, pt: _Mapper, side: float, colour: object, width: float,
            dashed: bool) -> Group:
    group = Group()
    dash = [2, 1.5] if dashed else None
    for a, b, near in poses.SEGMENTS:
        x1, y1 = pt(getattr(figure, a))
        x2, y2 = pt(getattr(figure, b))
        stroke = width if near else width * 0.7
        group.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=stroke,
                       strokeLineCap=1, strokeDashArray=dash))
    hx, hy = pt(figure.head)
    group.add(RLCircle(hx, hy, poses.HEAD_RADIUS * side, strokeColor=colour,
                       strokeWidth=width, fillColor=None, strokeDashArray=dash))
    return group


def _prop(prop: Prop, pt: _Mapper, side: float, colour: object, dashed: bool) -> Group:
    group = Group()
    dash = [2, 1.5] if dashed else None
    if isinstance(prop, poses.Line):
        x1, y1 = pt(prop.a)
        x2, y2 = pt(prop.b)
        group.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=1.8 if prop.thick else 0.8,
                       strokeDashArray=dash))
    elif isinstance(prop, poses.Circle):
        cx, cy = pt(prop.center)
        group.add(RLCircle(cx, cy, prop.radius * side, strokeColor=colour, strokeWidth=0.9,
                           fillColor=colour if prop.filled else None, strokeDashArray=dash))
    else:
        x, y = pt((prop.x, prop.y))
        group.add(Rect(x, y, prop.width * side, prop.height * side, strokeColor=colour,
                       strokeWidth=0.8, fillColor=None, strokeDashArray=dash))
    return group



class PoseFlowable(Flowable):  # type: ignore[misc]
    """A pose drawn once per PDF as a form XObject and stamped wherever it is used.

    Re-rendering the vector figure in every table row is what makes long handouts slow and
    large; a form is written once and referenced by name.
    """

    def __init__(self, pose: Pose, key: str, width: float, height: float) -> None:
        super().__init__()
        self.pose = pose
        self.key = key
        self.width = width
        self.height = height
        self._drawing: Drawing | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        name = f"pose-{self.key}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, self.width, self.height)
            if self._drawing is None:
                self._drawing = pose_drawing(self.pose, self.width, self.height)
            renderPDF.draw(self._drawing, canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(name)
