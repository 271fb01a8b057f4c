"""Props: the floor under every scene, and each piece of equipment a shape that says what it is."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures import props
from planner_gui.figures.props import (
    DUMBBELL,
    FLOOR_Y,
    PAD,
    PLATE,
    Circle,
    Line,
    Rect,
    barbell,
    barbell_across,
    bench,
    box,
    cable,
    dumbbell,
    floor_line,
    kettlebell,
    loop,
    plate,
    roller,
    slanted_mat,
    tower,
    weight,
    wheel,
    with_floor,
)


def test_the_floor_spans_the_box() -> None:
    assert floor_line() == Line((0.0, FLOOR_Y), (1.0, FLOOR_Y), role="floor")
    step = box(0.1, 0.2, 0.1)
    assert with_floor(step) == (floor_line(), step)
    assert with_floor() == (floor_line(),)


def test_plates_are_open_rings_and_dumbbells_solid_at_the_hand() -> None:
    hand = (0.4, 0.3)
    assert plate(hand) == Circle(hand, PLATE, role="bar")
    assert barbell(hand)[0] == plate(hand) and barbell(hand)[1].filled
    assert dumbbell(hand) == Circle(hand, DUMBBELL, filled=True, role="dumbbell")
    assert weight(hand) == dumbbell(hand)


def test_a_barbell_from_the_front_is_a_bar_with_a_plate_at_each_end() -> None:
    bar, *plates = barbell_across((0.5, 0.8), half=0.3)
    assert isinstance(bar, Line) and bar.thick and bar.a == (0.2, 0.8) and bar.b == (0.8, 0.8)
    assert len(plates) == 2 and all(isinstance(p, Rect) and p.role == "bar" for p in plates)


def test_a_kettlebell_hangs_its_bell_below_the_handle() -> None:
    handle, bell = kettlebell((0.5, 0.5))
    assert isinstance(bell, Circle) and bell.filled and bell.center[1] < 0.5
    assert isinstance(handle, Line) and handle.a == (0.5, 0.5) and handle.b == bell.center
    _, forward = kettlebell((0.5, 0.5), toward=0)
    assert isinstance(forward, Circle) and forward.center[0] > 0.5


def test_a_bench_is_a_pad_on_two_legs_and_a_box_stands_on_the_floor() -> None:
    pad, *legs = bench(0.1, 0.4, 0.25)
    assert isinstance(pad, Rect) and pad.y + pad.height == pytest.approx(0.25)
    assert pad.height == PAD
    assert all(isinstance(leg, Line) and leg.b[1] == FLOOR_Y for leg in legs)
    assert box(0.1, 0.2, 0.15).y == FLOOR_Y


def test_a_mini_band_is_a_line_between_limbs_or_a_ring_where_they_meet() -> None:
    assert loop((0.4, 0.2), (0.6, 0.2)) == Line((0.4, 0.2), (0.6, 0.2), role="band")
    ring = loop((0.5, 0.2), (0.505, 0.2))
    assert isinstance(ring, Circle) and ring.role == "band"


def test_a_cable_runs_from_its_pulley_to_a_handle_on_an_upright() -> None:
    line, handle = cable((0.5, 0.5), (0.9, 0.1))
    assert isinstance(line, Line) and (line.a, line.b) == ((0.5, 0.5), (0.9, 0.1))
    assert isinstance(handle, Circle) and handle.center == (0.5, 0.5)
    upright, pulley = tower(0.9, (0.1,))
    assert isinstance(upright, Line) and upright.a == (0.9, FLOOR_Y)
    assert isinstance(pulley, Circle) and pulley.center == (0.9, 0.1)


def test_rollers_and_wheels_are_told_apart_from_balls_and_plates() -> None:
    outer, inner = roller((0.5, 0.1))
    assert outer.center == inner.center and inner.radius < outer.radius and not inner.filled
    rim, hub = wheel((0.5, 0.1))
    assert rim.center == hub.center and hub.filled


def test_a_slanted_mat_is_a_closed_parallelogram() -> None:
    edges = slanted_mat((0.3, 0.6), 0.5, 0.4)
    assert len(edges) == 4
    assert all(edges[i].b == edges[(i + 1) % 4].a for i in range(4))
    assert math.dist(edges[1].a, edges[1].b) == pytest.approx(0.4)


def test_every_role_a_prop_helper_gives_is_a_known_role() -> None:
    known = set(props.Role.__args__)
    made = [
        *barbell((0.5, 0.5)),
        *barbell_across((0.5, 0.5)),
        *kettlebell((0.5, 0.5)),
        *bench(0.1, 0.2, 0.2),
        *roller((0.5, 0.1)),
        *wheel((0.5, 0.1)),
        *cable((0.5, 0.5), (0.9, 0.1)),
        *tower(0.9, (0.1,)),
        *slanted_mat((0.3, 0.6), 0.5, 0.4),
        props.ball((0.5, 0.2)),
        props.strap((0.1, 0.1), (0.2, 0.2)),
        props.dowel((0.1, 0.1), (0.2, 0.2)),
        props.wall(0.9),
        props.mat(0.1, 0.1, 0.5, 0.5),
    ]
    assert {prop.role for prop in made} <= known
    assert "" not in {prop.role for prop in made}


def test_a_trap_bar_is_loaded_with_a_plate_on_edge_at_each_end() -> None:
    hands = (0.5, FLOOR_Y + PLATE)
    bar = props.trap_bar(hands)
    plates = [p for p in bar if isinstance(p, Rect)]
    assert len(plates) == 2 and all(p.role == "bar" for p in plates)
    hexagon_ends = [x for p in bar if isinstance(p, Line) and p.thick for x in (p.a[0], p.b[0])]
    left, right = sorted(plates, key=lambda p: p.x)
    # One plate beyond each end of the hexagon, full size, standing on the floor.
    assert left.x + left.width < min(hexagon_ends) and right.x > max(hexagon_ends)
    assert all(p.height == pytest.approx(2 * PLATE) for p in plates)
    assert all(p.y == pytest.approx(FLOOR_Y) for p in plates)
    # The empty frame is still there for callers that want it.
    assert not any(isinstance(p, Rect) for p in props.trap_bar(hands, loaded=False))
