"""Fitting a drawing into a painter's cell: one scale for both axes, centred.

Poses are drawn in a nominal unit box, but many reach past it (a bar pressed overhead, a
figure lying at full length), so neither painter may map that box straight onto its cell.
Both fit what is drawn (`pose.bounds`) instead, through this one computation, so the window
and the handout frame a figure the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.figures.skeleton import Point

#: (min x, min y, max x, max y) in pose units, as `pose.bounds` gives it.
Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Fit:
    """Pose units to cell units: `scale` per unit, pose (0, 0) at (`x`, `y`), y up."""

    scale: float
    x: float
    y: float

    def place(self, point: Point) -> Point:
        """Where a pose point lands in the cell, measured from its lower-left corner."""
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale


def fit(box: Box, width: float, height: float, pad: float = 0.0) -> Fit:
    """The largest scale that shows all of `box` in `width` × `height` less `pad` on every
    side, keeping its aspect ratio, with the box centred in the cell."""
    x0, y0, x1, y1 = box
    span_x = max(x1 - x0, 1e-6)
    span_y = max(y1 - y0, 1e-6)
    scale = max(0.0, min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y))
    return Fit(
        scale,
        (width - span_x * scale) / 2 - x0 * scale,
        (height - span_y * scale) / 2 - y0 * scale,
    )
