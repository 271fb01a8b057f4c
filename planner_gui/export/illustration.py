"""Painting a stick-figure pose (planner_gui.figures) as a small reportlab Drawing.

The end position is drawn in solid black, the start position dashed in grey behind it, and
props (floor, bench, bar) in grey, so the movement reads on a black-and-white printout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle as RLCircle
from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner_gui.export.fonts import register_fonts
from planner_gui.export.styles import INK, MID, RULE
from planner_gui.figures import props
from planner_gui.figures.fit import fit
from planner_gui.figures.pose import Frame, Pose, bounds
from planner_gui.figures.props import Prop
from planner_gui.figures.skeleton import HEAD_RADIUS, SEGMENTS, Figure

_Mapper = Callable[[tuple[float, float]], tuple[float, float]]

_END_WIDTH = 1.6
_START_WIDTH = 1.2
_DASH = (3.0, 1.5)


@dataclass(frozen=True, slots=True)
class _Mark:
    """One stroke of a pose in points: a line (x1, y1, x2, y2), circle (cx, cy, r) or rect."""

    kind: str
    at: tuple[float, ...]
    colour: Color
    width: float
    cap: int
    dash: tuple[float, ...] | None
    filled: bool = False


def _marks(pose: Pose, width: float, height: float) -> list[list[_Mark]]:
    """The pose scaled to fill `width` × `height`, centred, as strokes in drawing order:
    one list per scenery prop, then one for the start position (if it moves) and the end."""
    placed = fit(bounds(pose), width, height, pad=1.5)
    side = placed.scale
    pt = placed.place
    parts = [[_prop(prop, pt, side, RULE, dashed=False)] for prop in pose.scenery]
    if not pose.is_static:
        parts.append(_frame(pose.start, pt, side, MID, _START_WIDTH, dashed=True))
    parts.append(_frame(pose.end, pt, side, INK, _END_WIDTH, dashed=False))
    return parts


def pose_drawing(pose: Pose, width: float, height: float) -> Drawing:
    """A Drawing of `width` × `height` points with the pose scaled to fill it, centred."""
    drawing = Drawing(width, height, initialFontName=register_fonts())
    group = Group()
    for part in _marks(pose, width, height):
        group.add(Group(*(_shape(mark) for mark in part)))
    drawing.add(group)
    return drawing


def _shape(mark: _Mark) -> Line | RLCircle | Rect:
    dash = list(mark.dash) if mark.dash else None
    if mark.kind == "line":
        return Line(
            *mark.at,
            strokeColor=mark.colour,
            strokeWidth=mark.width,
            strokeLineCap=mark.cap,
            strokeDashArray=dash,
        )
    if mark.kind == "circle":
        return RLCircle(
            *mark.at,
            strokeColor=mark.colour,
            strokeWidth=mark.width,
            fillColor=mark.colour if mark.filled else None,
            strokeDashArray=dash,
        )
    return Rect(
        *mark.at,
        strokeColor=mark.colour,
        strokeWidth=mark.width,
        fillColor=None,
        strokeDashArray=dash,
    )


def paint_pose(canvas: Canvas, pose: Pose, width: float, height: float) -> None:
    """Paint the pose straight onto `canvas` (what rendering pose_drawing would paint).

    Skips the Drawing's node tree and its save/restore per shape; the stroke state is only
    set when it changes.
    """
    canvas.saveState()
    state: list[object] = [None, None, None, None, None]
    for mark in (mark for part in _marks(pose, width, height) for mark in part):
        dash = list(mark.dash) if mark.dash else []
        for index, value, setter in (
            (0, mark.colour, canvas.setStrokeColor),
            (1, mark.width, canvas.setLineWidth),
            (2, mark.cap, canvas.setLineCap),
            (3, dash, canvas.setDash),
        ):
            if state[index] != value:
                setter(value)
                state[index] = value
        if mark.kind == "line":
            canvas.line(*mark.at)
        elif mark.kind == "circle":
            if mark.filled and state[4] != mark.colour:
                canvas.setFillColor(mark.colour)
                state[4] = mark.colour
            canvas.circle(*mark.at, stroke=1, fill=1 if mark.filled else 0)
        else:
            canvas.rect(*mark.at, stroke=1, fill=0)
    canvas.restoreState()


def _frame(
    frame: Frame, pt: _Mapper, side: float, colour: Color, width: float, dashed: bool
) -> list[_Mark]:
    marks = [_prop(prop, pt, side, colour, dashed) for prop in frame.props]
    _figure(marks, frame.figure, pt, side, colour, width, dashed)
    return marks


def _figure(
    marks: list[_Mark],
    figure: Figure,
    pt: _Mapper,
    side: float,
    colour: Color,
    width: float,
    dashed: bool,
) -> None:
    dash = _DASH if dashed else None
    for a, b, near in SEGMENTS:
        x1, y1 = pt(getattr(figure, a))
        x2, y2 = pt(getattr(figure, b))
        marks.append(
            _Mark("line", (x1, y1, x2, y2), colour, width if near else width * 0.7, 1, dash)
        )
    hx, hy = pt(figure.head)
    marks.append(_Mark("circle", (hx, hy, HEAD_RADIUS * side), colour, width, 0, dash))


def _prop(prop: Prop, pt: _Mapper, side: float, colour: Color, dashed: bool) -> _Mark:
    dash = _DASH if dashed else None
    if isinstance(prop, props.Line):
        x1, y1 = pt(prop.a)
        x2, y2 = pt(prop.b)
        return _Mark("line", (x1, y1, x2, y2), colour, 1.8 if prop.thick else 0.8, 0, dash)
    if isinstance(prop, props.Circle):
        cx, cy = pt(prop.center)
        return _Mark(
            "circle", (cx, cy, prop.radius * side), colour, 0.9, 0, dash, filled=prop.filled
        )
    x, y = pt((prop.x, prop.y))
    return _Mark("rect", (x, y, prop.width * side, prop.height * side), colour, 0.8, 0, dash)


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

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        name = f"pose-{self.key}"
        if not canvas.hasForm(name):
            canvas.beginForm(name, 0, 0, self.width, self.height)
            paint_pose(canvas, self.pose, self.width, self.height)
            canvas.endForm()
        canvas.doForm(name)
