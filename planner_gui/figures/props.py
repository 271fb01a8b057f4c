"""What the figure uses or stands on: floors, benches, boxes, bars, weights, bands, cables.

Props are plain lines, circles and rectangles in the pose's normalised box; painters decide
stroke widths and colours. Each carries a `role` saying what it is (a bar, a band, a bench),
which painters ignore and tests read: a barbell exercise's drawing must show a bar.

Sizes are to scale with the figure (about 1.8 m tall in a box of 1): a barbell plate is a
large ring, a dumbbell a small solid dot, a kettlebell a solid bell under its handle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from planner_gui.figures.skeleton import Point

FLOOR_Y = 0.04

#: What a prop is. "" is a plain shape (an arrow of scenery, a machine's frame).
Role = Literal[
    "",
    "floor",
    "wall",
    "bar",
    "dumbbell",
    "kettlebell",
    "band",
    "cable",
    "box",
    "bench",
    "ball",
    "roller",
    "wheel",
    "strap",
    "dowel",
    "machine",
    "mat",
]

#: A barbell plate's radius (a 45 cm bumper plate), a dumbbell's and a kettlebell's.
PLATE = 0.1
SMALL_PLATE = 0.05
DUMBBELL = 0.03
KETTLEBELL = 0.04
#: A bench's padded top, seen from the side.
PAD = 0.035


@dataclass(frozen=True)
class Line:
    """A straight stroke: a floor, a bench top, a band, a bar seen from the side."""

    a: Point
    b: Point
    thick: bool = False
    role: Role = ""


@dataclass(frozen=True)
class Circle:
    """A plate, ball, roller or kettlebell; `filled` draws it solid."""

    center: Point
    radius: float
    filled: bool = False
    role: Role = ""


@dataclass(frozen=True)
class Rect:
    """A box, bench or step: lower-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float
    role: Role = ""


Prop = Line | Circle | Rect


def floor_line() -> Line:
    """The floor across the whole box."""
    return Line((0.0, FLOOR_Y), (1.0, FLOOR_Y), role="floor")


def with_floor(*props: Prop) -> tuple[Prop, ...]:
    """Scenery: the floor, then the given props."""
    return (floor_line(), *props)


def wall(x: float, top: float = 0.95) -> Line:
    """A wall (or a rack's upright) seen edge-on, standing on the floor."""
    return Line((x, FLOOR_Y), (x, top), thick=True, role="wall")


# Loads -------------------------------------------------------------------------------------


def plate(at: Point, radius: float = PLATE) -> Circle:
    """A barbell seen end-on from the side: its plate, centred on the bar."""
    return Circle(at, radius, role="bar")


def barbell(at: Point, radius: float = PLATE) -> tuple[Prop, ...]:
    """A barbell seen from the side: the plate and the bar's end at its centre.

    Lifts that start from the floor show full-size plates; a bar on the shoulders or over
    the chest is drawn with `SMALL_PLATE` so the ring does not hide the head.
    """
    return (plate(at, radius), Circle(at, 0.012, filled=True, role="bar"))


def barbell_across(center: Point, half: float = 0.3) -> tuple[Prop, ...]:
    """A barbell seen from the front: the bar across, a plate standing on edge at each end
    (small ones, so a bar pressed overhead stays inside the box)."""
    x, y = center
    plates = tuple(
        Rect(end - 0.02, y - SMALL_PLATE, 0.04, 2 * SMALL_PLATE, role="bar")
        for end in (x - half + 0.04, x + half - 0.04)
    )
    return (Line((x - half, y), (x + half, y), thick=True, role="bar"), *plates)


#: A trap bar's hexagon as drawn round the lifter: its length front to back and its depth
#: across the body, foreshortened as seen from the side and a little above.
TRAP_LENGTH = 0.36
TRAP_DEPTH = 0.12
#: How far a trap bar's plate sits out from the hexagon's end, and a plate's thickness seen
#: on edge.
TRAP_SLEEVE = 0.035
PLATE_EDGE = 0.04


def trap_bar(hands: Point, handle: float = 0.0, loaded: bool = True) -> tuple[Prop, ...]:
    """A trap (hexagonal) bar round the lifter, the hands on its handles at the sides.

    The hexagon is its shape: a plain bar seen from the side would be a plate ring like the
    deadlift's. It is drawn flat and wide, as seen from a little above, centred on the hands,
    which hang at the sides of the body; the handle is a short thick bar inside it running
    front to back, `handle` above the frame on two posts for the high-handle bar.

    `loaded` puts a full-size plate, seen on edge, on a short sleeve at each end: an empty
    hexagon reads as a frame or a tray, the plates make it a loaded bar, and at the floor
    they stand on it with the frame at their centre, as a real trap bar does.
    """
    x, top = hands
    y = top - handle
    half, flat, depth = TRAP_LENGTH / 2, TRAP_LENGTH / 4, TRAP_DEPTH / 2
    corners = (
        (x - half, y),
        (x - flat, y + depth),
        (x + flat, y + depth),
        (x + half, y),
        (x + flat, y - depth),
        (x - flat, y - depth),
    )
    hexagon = tuple(
        Line(corners[i], corners[(i + 1) % 6], thick=True, role="bar") for i in range(6)
    )
    grip = 0.05
    handles: tuple[Prop, ...] = (Line((x - grip, top), (x + grip, top), thick=True, role="bar"),)
    if handle:
        handles += (
            Line((x - grip, y), (x - grip, top), role="bar"),
            Line((x + grip, y), (x + grip, top), role="bar"),
        )
    if not loaded:
        return (*hexagon, *handles)
    plates: tuple[Prop, ...] = ()
    for side in (-1, 1):
        end = x + side * half
        hub = end + side * TRAP_SLEEVE
        plates += (
            Line((end, y), (hub + side * PLATE_EDGE / 2, y), role="bar"),
            Rect(hub - PLATE_EDGE / 2, y - PLATE, PLATE_EDGE, 2 * PLATE, role="bar"),
        )
    return (*hexagon, *handles, *plates)


def dumbbell(at: Point) -> Circle:
    """A dumbbell in the hand, seen end-on: a small solid disc."""
    return Circle(at, DUMBBELL, filled=True, role="dumbbell")


def dumbbell_across(center: Point) -> tuple[Prop, ...]:
    """A dumbbell seen side-on (held across the chest or the hips): a handle, two heads."""
    x, y = center
    return (
        Line((x - 0.05, y), (x + 0.05, y), thick=True, role="dumbbell"),
        Circle((x - 0.05, y), DUMBBELL, filled=True, role="dumbbell"),
        Circle((x + 0.05, y), DUMBBELL, filled=True, role="dumbbell"),
    )


def kettlebell(hand: Point, toward: float = -90.0) -> tuple[Prop, ...]:
    """A kettlebell hanging from the hand by its handle, its bell `toward` that angle."""
    rad = math.radians(toward)
    reach = 0.02 + KETTLEBELL
    bell = (hand[0] + reach * math.cos(rad), hand[1] + reach * math.sin(rad))
    return (
        Line(hand, bell, role="kettlebell"),
        Circle(bell, KETTLEBELL, filled=True, role="kettlebell"),
    )


def weight(at: Point) -> Circle:
    """A dumbbell or handle in the hand (the older, generic name for `dumbbell`)."""
    return dumbbell(at)


# Bands and cables --------------------------------------------------------------------------


def band(a: Point, b: Point) -> Line:
    """An elastic band stretched between two points (hands, knees, ankles, an anchor)."""
    return Line(a, b, role="band")


def loop(a: Point, b: Point) -> Prop:
    """A mini-band around two limbs: a line between them, or a small ring where they meet."""
    if abs(a[0] - b[0]) + abs(a[1] - b[1]) > 0.03:
        return band(a, b)
    return Circle(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), 0.022, role="band")


def cable(handle: Point, pulley: Point) -> tuple[Prop, ...]:
    """A cable from its pulley to the handle in the hand."""
    return (
        Line(handle, pulley, role="cable"),
        Circle(handle, 0.018, filled=True, role="cable"),
    )


def tower(x: float, pulleys: tuple[float, ...], top: float = 0.95) -> tuple[Prop, ...]:
    """A cable machine's upright seen from the side, with its pulleys at these heights."""
    return (
        Line((x, FLOOR_Y), (x, top), thick=True, role="cable"),
        *(Circle((x, y), 0.022, role="cable") for y in pulleys),
    )


# Things to stand, sit and lie on -----------------------------------------------------------


def box(x: float, width: float, height: float) -> Rect:
    """A plyo box, step or block standing on the floor."""
    return Rect(x, FLOOR_Y, width, height, role="box")


def bench(x: float, width: float, top: float) -> tuple[Prop, ...]:
    """A flat bench seen from the side: a padded top at height `top` on two legs."""
    return (
        Rect(x, top - PAD, width, PAD, role="bench"),
        Line((x + 0.03, top - PAD), (x + 0.03, FLOOR_Y), role="bench"),
        Line((x + width - 0.03, top - PAD), (x + width - 0.03, FLOOR_Y), role="bench"),
    )


def ball(center: Point, radius: float = 0.13) -> Circle:
    """A stability ball."""
    return Circle(center, radius, role="ball")


def roller(center: Point) -> tuple[Prop, ...]:
    """A foam roller seen end-on: a tube, so a ring inside a ring."""
    return (Circle(center, 0.055, role="roller"), Circle(center, 0.02, role="roller"))


def wheel(center: Point) -> tuple[Prop, ...]:
    """An ab wheel seen from the side, its hub solid."""
    return (Circle(center, 0.05, role="wheel"), Circle(center, 0.014, filled=True, role="wheel"))


def strap(a: Point, b: Point) -> Line:
    """A strap or towel held from the hands to the foot."""
    return Line(a, b, role="strap")


def dowel(a: Point, b: Point) -> Line:
    """A dowel or broomstick."""
    return Line(a, b, thick=True, role="dowel")


def mat(x: float, y: float, width: float, height: float) -> Rect:
    """A mat seen from above, under a figure lying or sitting on the floor."""
    return Rect(x, y, width, height, role="mat")


def slanted_mat(
    back_left: Point, width: float, depth: float, slant: float = 45.0
) -> tuple[Line, ...]:
    """A mat on the floor seen from the front and a little above: its near edge `depth`
    towards the reader, drawn down and to the left on the slant (`slant` degrees below the
    horizontal)."""
    x, y = back_left
    dx, dy = -depth * math.cos(math.radians(slant)), -depth * math.sin(math.radians(slant))
    corners = ((x, y), (x + width, y), (x + width + dx, y + dy), (x + dx, y + dy))
    return tuple(Line(corners[i], corners[(i + 1) % 4], role="mat") for i in range(4))
