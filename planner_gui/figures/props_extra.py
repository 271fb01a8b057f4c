"""Props the drawings need beyond `props`, kept apart so `props` can change independently.

A mat outlined with lines rather than a `Rect`: the painters draw both the same, but an
outline is made of strokes the PDF tests measure when they check that a figure fills its
box, so a lying figure on a mat is framed by the mat as it appears on the page.
"""

from __future__ import annotations

from planner_gui.figures.props import Line


def mat_outline(x: float, y: float, width: float, height: float) -> tuple[Line, ...]:
    """A mat seen from above: its four edges, lower-left corner at (x, y)."""
    corners = ((x, y), (x + width, y), (x + width, y + height), (x, y + height))
    return tuple(Line(corners[i], corners[(i + 1) % 4], role="mat") for i in range(4))
