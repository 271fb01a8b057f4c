"""Lower-body drawings: the back extension lies on its bench, the dowel runs along the back."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import FLOOR_Y, Circle, Line
from planner_gui.figures.skeleton import HEAD_RADIUS, NECK_TO_HEAD, TORSO
from tests.support.drawing import angle, catalog_pose, drawn, frames


def test_back_extension_lies_on_an_inclined_bench_not_a_standing_hinge() -> None:
    pose = catalog_pose("back-extension")
    assert pose is not None and pose.name == "45-degree back extension"
    top = pose.end.figure
    # At the top the body is one straight line at about 45 degrees, feet off the floor.
    assert angle(top.ankle_n, top.neck) == pytest.approx(45, abs=5)
    assert min(top.ankle_n[1], top.ankle_f[1]) > FLOOR_Y + 0.05
    bottom = pose.start.figure
    assert bottom.neck[1] < bottom.hip[1]  # the trunk hangs down over the pad


def test_dowel_hinge_drill_holds_a_dowel_along_the_back() -> None:
    pose = drawn("dowel-hinge-drill")
    for frame in frames(pose):
        assert not any(isinstance(p, Circle) for p in frame.props)  # no plate
        dowel = next(p for p in frame.props if isinstance(p, Line))
        f = frame.figure
        spine = math.atan2(f.neck[1] - f.hip[1], f.neck[0] - f.hip[0])
        along = math.atan2(dowel.b[1] - dowel.a[1], dowel.b[0] - dowel.a[0])
        assert along == pytest.approx(spine, abs=1e-6)
        # head, upper back and tailbone: it runs from below the hip to past the head
        assert math.dist(dowel.a, dowel.b) > TORSO + NECK_TO_HEAD
        gap = abs(
            (dowel.a[0] - f.hip[0]) * math.sin(spine) - (dowel.a[1] - f.hip[1]) * math.cos(spine)
        )
        assert gap == pytest.approx(HEAD_RADIUS)  # touching the back of the head


def test_b_stance_hinge_keeps_the_back_foot_on_its_toes_behind() -> None:
    pose = drawn("b-stance-romanian-deadlift")
    assert pose != drawn("single-leg-romanian-deadlift")
    for frame in frames(pose):
        f = frame.figure
        assert f.ankle_n[1] == pytest.approx(FLOOR_Y)  # front foot flat
        assert f.ankle_f[1] < FLOOR_Y + 0.03  # back foot down, heel up
        assert f.ankle_n[0] - f.ankle_f[0] > 0.1  # half a step behind
    assert pose.end.figure.hip[0] < pose.start.figure.hip[0]  # the hips push back
