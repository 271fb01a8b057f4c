"""A pose: holds are drawn once, the box fits everything drawn, mirroring flips x only."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.kinematics import body
from planner_gui.figures.library import all_poses
from planner_gui.figures.pose import Pose, bounds, frame, heads_resting, mirrored, shifted
from planner_gui.figures.props import FLOOR_Y, Circle, Rect, floor_line
from planner_gui.figures.skeleton import HEAD_RADIUS, JOINTS


def test_holds_are_static_and_movements_are_not() -> None:
    shapes = all_poses()
    assert shapes["plank"].is_static
    assert not shapes["squat"].is_static


def test_mirrored_flips_x_only() -> None:
    squat = all_poses()["squat"]
    flipped = mirrored(squat)
    assert flipped.end.figure.hip == pytest.approx(
        (1 - squat.end.figure.hip[0], squat.end.figure.hip[1])
    )
    back = mirrored(flipped)
    assert (back.name, back.view, back.scenery) == (squat.name, squat.view, squat.scenery)
    for again, original in ((back.start, squat.start), (back.end, squat.end)):
        for name in JOINTS:  # flipped twice: the same joints, to the last rounding
            assert getattr(again.figure, name) == pytest.approx(getattr(original.figure, name))
        assert again.props == original.props


def test_mirrored_keeps_the_view_and_what_each_prop_is() -> None:
    press = all_poses()["overhead-press"]
    flipped = mirrored(press)
    assert flipped.view == "front"
    assert [p.role for p in flipped.end.props] == [p.role for p in press.end.props]


def test_a_pose_stands_on_the_floor_unless_told_otherwise() -> None:
    still = frame(body((0.5, 0.51), 90, (-90, -90), (-92, -90)))
    assert Pose("stand", still, still).scenery == (floor_line(),)


def test_bounds_take_in_the_head_and_the_props() -> None:
    figure = body((0.5, 0.51), 90, (-90, -90), (-92, -90))
    ball = Circle((0.9, 0.5), 0.05)
    box = Rect(0.05, FLOOR_Y, 0.1, 0.3)
    pose = Pose("stand by a box", frame(figure, ball), frame(figure, ball), scenery=(box,))
    x0, y0, x1, y1 = bounds(pose)
    assert y1 == pytest.approx(figure.head[1] + HEAD_RADIUS)
    assert x1 == pytest.approx(0.95)
    assert (x0, y0) == pytest.approx((0.05, min(FLOOR_Y, figure.ankle_n[1])))


def test_shifted_moves_the_figure_and_its_props_together() -> None:
    figure = body((0.5, 0.51), 90, (-90, -90), (-92, -90))
    ball = Circle((0.9, 0.5), 0.05)
    box = Rect(0.05, FLOOR_Y, 0.1, 0.3)
    moved = shifted(frame(figure, ball, box), -0.2, 0.1)
    for name in JOINTS:
        x, y = getattr(figure, name)
        assert getattr(moved.figure, name) == pytest.approx((x - 0.2, y + 0.1))
    moved_ball, moved_box = moved.props
    assert isinstance(moved_ball, Circle) and moved_ball.center == pytest.approx((0.7, 0.6))
    assert isinstance(moved_box, Rect)
    assert (moved_box.x, moved_box.y) == pytest.approx((-0.15, FLOOR_Y + 0.1))
    assert (moved_box.width, moved_box.height) == (0.1, 0.3)


def test_a_head_sunk_under_the_floor_turns_about_the_neck_to_rest_on_it() -> None:
    lying = body((0.5, FLOOR_Y + 0.03), 180, (0, 0), (0, 0))  # head in line: sunk
    assert lying.head[1] - HEAD_RADIUS < FLOOR_Y - 0.02
    rested = heads_resting(Pose("lying", frame(lying), frame(lying))).start.figure
    assert rested.head[1] - HEAD_RADIUS == pytest.approx(FLOOR_Y)
    assert math.dist(rested.head, rested.neck) == pytest.approx(math.dist(lying.head, lying.neck))
    assert rested.head[0] < rested.neck[0]  # still beyond the neck, away from the body
