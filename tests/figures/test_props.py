"""Props: the floor under every scene, plates and weights at the hands."""

from __future__ import annotations

from planner_gui.figures.props import (
    FLOOR_Y,
    Circle,
    Line,
    Rect,
    floor_line,
    plate,
    weight,
    with_floor,
)


def test_the_floor_spans_the_box() -> None:
    assert floor_line() == Line((0.0, FLOOR_Y), (1.0, FLOOR_Y))
    bench = Rect(0.1, FLOOR_Y, 0.2, 0.1)
    assert with_floor(bench) == (floor_line(), bench)
    assert with_floor() == (floor_line(),)


def test_plates_are_open_and_weights_solid_at_the_hand() -> None:
    hand = (0.4, 0.3)
    assert plate(hand) == Circle(hand, 0.055)
    assert weight(hand) == Circle(hand, 0.035, filled=True)
