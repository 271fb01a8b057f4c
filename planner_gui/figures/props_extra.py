"""Props the drawings need beyond `props`, kept apart so `props` can change independently.

A mat outlined with lines rather than a `Rect`: the painters draw both the same, but an
outline is made of strokes the PDF tests measure when they check that a figure fills its
box, so a lying figure on a mat is framed by the mat as it appears on the page.
"""

from __future__ import annotations

from planner_gui.figures.props import Circle, Line
from planner_gui.figures.skeleton import Point


def mat_outline(x: float, y: float, width: float, height: float) -> tuple[Line, ...]:
    """A mat seen from above: its four edges, lower-left corner at (x, y)."""
    corners = ((x, y), (x + width, y), (x + width, y + height), (x, y + height))
    return tuple(Line(corners[i], corners[(i + 1) % 4], role="mat") for i in range(4))


def loaded_plate(at: Point, radius: float) -> tuple[Circle, ...]:
    """A plate-loaded barbell seen end-on: the plate's rim, its hub and the bar's end.

    The hub ring tells a plate from a head: a plain ring the size of a head, at the
    shoulders, read as a second head at print size.
    """
    return (
        Circle(at, radius, role="bar"),
        Circle(at, radius * 0.4, role="bar"),
        Circle(at, 0.014, filled=True, role="bar"),
    )
