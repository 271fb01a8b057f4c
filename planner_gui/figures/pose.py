"""A pose: where an exercise starts, where it ends, and what stays put around it.

Also the two things painters need from any pose: the box everything drawn fills (`bounds`),
and the same pose facing the other way (`mirrored`); and for the drawings, a position moved
aside (`shifted`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Literal

from planner_gui.figures.props import FLOOR_Y, Circle, Line, Prop, floor_line
from planner_gui.figures.skeleton import HEAD_RADIUS, JOINTS, Figure, Point


@dataclass(frozen=True)
class Frame:
    """One position: the figure and the props that move with it."""

    figure: Figure
    props: tuple[Prop, ...] = ()


def frame(figure: Figure, *props: Prop) -> Frame:
    """A position, props listed after the figure (a shorter spelling for the drawings)."""
    return Frame(figure, tuple(props))


#: Where the figure is seen from: "side" (it faces +x), "front" (it faces the reader; its
#: near limbs are its left, on the reader's right), "top" (lying, seen from above) or
#: "oblique" (lying on its side, seen from in front of its belly and a little above, in
#: projection: the bones that run towards the reader look short).
View = Literal["side", "front", "top", "oblique"]


@dataclass(frozen=True)
class Pose:
    """How an exercise looks: where it starts, where it ends, and what stays put."""

    name: str
    start: Frame
    end: Frame
    scenery: tuple[Prop, ...] = field(default=(floor_line(),))
    view: View = "side"

    @property
    def is_static(self) -> bool:
        """A hold (plank, side plank): one position, drawn once."""
        return self.start == self.end


def bounds(pose: Pose) -> tuple[float, float, float, float]:
    """(min x, min y, max x, max y) of everything drawn, heads and props included.

    Painters fit this box into their cell, so every pose fills the space it is given.
    """
    xs: list[float] = []
    ys: list[float] = []

    def add(point: Point, pad: float = 0.0) -> None:
        xs.extend((point[0] - pad, point[0] + pad))
        ys.extend((point[1] - pad, point[1] + pad))

    def add_prop(prop: Prop) -> None:
        if isinstance(prop, Line):
            add(prop.a)
            add(prop.b)
        elif isinstance(prop, Circle):
            add(prop.center, prop.radius)
        else:
            add((prop.x, prop.y))
            add((prop.x + prop.width, prop.y + prop.height))

    for position in (pose.start, pose.end):
        for name in JOINTS:
            add(getattr(position.figure, name))
        add(position.figure.head, HEAD_RADIUS)
        for prop in position.props:
            add_prop(prop)
    for prop in pose.scenery:
        add_prop(prop)
    return min(xs), min(ys), max(xs), max(ys)


def mirrored(pose: Pose) -> Pose:
    """The same pose facing -x (for painters that want the figure to face the text)."""

    def flip(point: Point) -> Point:
        return (1.0 - point[0], point[1])

    def flip_figure(figure: Figure) -> Figure:
        return Figure(**{name: flip(getattr(figure, name)) for name in JOINTS})

    def flip_prop(prop: Prop) -> Prop:
        if isinstance(prop, Line):
            return replace(prop, a=flip(prop.a), b=flip(prop.b))
        if isinstance(prop, Circle):
            return replace(prop, center=flip(prop.center))
        return replace(prop, x=1.0 - prop.x - prop.width)

    def flip_frame(position: Frame) -> Frame:
        return Frame(flip_figure(position.figure), tuple(flip_prop(p) for p in position.props))

    return Pose(
        pose.name,
        flip_frame(pose.start),
        flip_frame(pose.end),
        tuple(flip_prop(p) for p in pose.scenery),
        pose.view,
    )


def shifted(position: Frame, dx: float, dy: float = 0.0) -> Frame:
    """The same position moved across the box: a start set beside its end, where drawn on
    top of each other the end would hide it (a lift from the floor, under the lockout)."""

    def move(point: Point) -> Point:
        return (point[0] + dx, point[1] + dy)

    def move_prop(prop: Prop) -> Prop:
        if isinstance(prop, Line):
            return replace(prop, a=move(prop.a), b=move(prop.b))
        if isinstance(prop, Circle):
            return replace(prop, center=move(prop.center))
        return replace(prop, x=prop.x + dx, y=prop.y + dy)

    figure = Figure(**{name: move(getattr(position.figure, name)) for name in JOINTS})
    return Frame(figure, tuple(move_prop(p) for p in position.props))


def heads_resting(pose: Pose) -> Pose:
    """The pose with every head that sank under a flat floor resting on it instead.

    Lying on the back (or the front) the neck sits about 0.03 over the floor, so a head
    drawn on in line with the trunk sank 0.02 to 0.04 under the floor line. Such a head
    turns about the neck, on its own side of it, until its circle just touches the floor,
    as a head rests on it; heads clear of the floor, and poses with no flat floor, stay.
    """
    if not any(
        isinstance(p, Line) and p.role == "floor" and p.a[1] == p.b[1] == FLOOR_Y
        for p in pose.scenery
    ):
        return pose

    def rest(position: Frame) -> Frame:
        figure = position.figure
        (hx, hy), (nx, ny) = figure.head, figure.neck
        resting = FLOOR_Y + HEAD_RADIUS
        gap = math.dist(figure.head, figure.neck)
        if hy > resting - 0.002 or not 0 < resting - ny < gap:
            return position
        across = math.sqrt(gap * gap - (resting - ny) ** 2)
        head = (nx + math.copysign(across, hx - nx), resting)
        return Frame(replace(figure, head=head), position.props)

    start, end = rest(pose.start), rest(pose.end)
    if pose.is_static:
        end = start
    return replace(pose, start=start, end=end)
