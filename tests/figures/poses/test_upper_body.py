"""Upper-body drawings: the one-arm row rests on its bench, the pulldown sits under its pad,
the incline push-up presses from a bench."""

from __future__ import annotations

import pytest

from planner_gui.figures.props import Rect
from tests.support.drawing import angle, catalog_pose, drawn, frames, on_floor


def test_one_arm_row_rests_knee_and_hand_on_the_bench() -> None:
    row = catalog_pose("one-arm-dumbbell-row")
    assert row is not None
    bench_top = max(p.y + p.height for p in row.scenery if isinstance(p, Rect))
    assert row.end.figure.knee_f[1] == pytest.approx(bench_top, abs=0.02)
    assert row.end.figure.wrist_f[1] == pytest.approx(bench_top, abs=0.02)


def test_lat_pulldown_is_seated_under_a_thigh_pad() -> None:
    pose = drawn("lat-pulldown")
    assert pose.name != drawn("pull-up").name
    pad = min((p for p in pose.scenery if isinstance(p, Rect)), key=lambda r: r.width * r.height)
    for frame in frames(pose):
        f = frame.figure
        assert abs(f.knee_n[1] - f.hip[1]) < 0.05  # thighs level: seated
        assert on_floor(f.ankle_n)
        assert pad.x <= f.knee_n[0] <= pad.x + pad.width + 0.01
        assert 0 < pad.y - f.knee_n[1] < 0.03  # the pad sits on the thighs
    assert pose.start.figure.wrist_n[1] > pose.start.figure.head[1]  # bar overhead
    assert pose.end.figure.wrist_n[1] < pose.end.figure.neck[1]  # bar to the upper chest


def test_incline_push_up_keeps_the_hands_on_the_bench_and_the_body_straight() -> None:
    pose = drawn("incline-push-up")
    bench = next(p for p in pose.scenery if isinstance(p, Rect))
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.ankle_n)
        assert f.wrist_n[1] == pytest.approx(bench.y + bench.height)
        assert bench.x <= f.wrist_n[0] <= bench.x + bench.width
        # heels, hips and shoulders in one line
        assert angle(f.ankle_n, f.hip) == pytest.approx(angle(f.hip, f.neck))
    assert pose.end.figure.neck[1] < pose.start.figure.neck[1] - 0.1  # the chest lowers
