"""What the figure uses or stands on: floors, benches, bars, bands, weights.

Props are plain shapes in the pose's normalised box; painters decide stroke widths and colours.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.figures.skeleton import Point

FLOOR_Y = 0.04


@dataclass(frozen=True)
class Line:
    """A straight stroke: a floor, a bench top, a band, a bar seen from the side."""

    a: Point
    b: Point
    thick: bool = False


@dataclass(frozen=True)
class Circle:
    """A plate, ball, roller or kettlebell; `filled` draws it solid."""

    center: Point
    radius: float
    filled: bool = False


@dataclass(frozen=True)
class Rect:
    """A box, bench or step: lower-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float


Prop = Line | Circle | Rect


def floor_line() -> Line:
    """The floor across the whole box."""
    return Line((0.0, FLOOR_Y), (1.0, FLOOR_Y))


def with_floor(*props: Prop) -> tuple[Prop, ...]:
    """Scenery: the floor, then the given props."""
    return (floor_line(), *props)


def plate(at: Point) -> Circle:
    """A barbell plate seen from the side, centred on the hands."""
    return Circle(at, 0.055)


def weight(at: Point) -> Circle:
    """A dumbbell, kettlebell or handle in the hand."""
    return Circle(at, 0.035, filled=True)
