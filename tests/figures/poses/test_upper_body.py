"""Upper-body drawings: the one-arm row rests on its bench, the pulldown sits under its pad
with its cable run to the stack, the pull-up hangs from its bar, the incline push-up presses
from a bench."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures import library
from planner_gui.figures.poses import lower_body, upper_body
from planner_gui.figures.props import Line, Rect
from planner_gui.figures.skeleton import HEAD_RADIUS, JOINTS
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


def test_lat_pulldown_cable_runs_over_the_pulley_to_a_stack_in_front() -> None:
    pose = drawn("lat-pulldown")
    stack = max(
        (p for p in pose.scenery if isinstance(p, Rect) and p.role == "machine"),
        key=lambda r: r.height,
    )
    assert stack.x > pose.end.figure.knee_n[0]  # the stack in front of the knees
    cables = [p for p in pose.scenery if isinstance(p, Line) and p.role == "cable"]
    assert any(p.b == (p.a[0], stack.y + stack.height) for p in cables)  # down to the stack
    for frame in frames(pose):
        line = next(p for p in frame.props if isinstance(p, Line) and p.role == "cable")
        assert line.a == frame.figure.wrist_n and line.b[1] > frame.figure.head[1]
        assert any(p.a == line.b for p in cables)  # over the pulley and on to the stack


def test_pull_up_hangs_from_the_bar_and_ends_with_the_chin_over_it() -> None:
    pose = drawn("pull-up")
    bars = [p for f in frames(pose) for p in f.props if isinstance(p, Line) and p.role == "bar"]
    assert bars and all(p.thick and p.a[1] == p.b[1] for p in bars)
    bar_y = bars[0].a[1]
    floor = next(p for p in pose.scenery if p.role == "floor")
    assert isinstance(floor, Line)
    for frame in frames(pose):
        f = frame.figure
        assert f.wrist_n[1] == pytest.approx(bar_y) and f.wrist_f[1] == pytest.approx(bar_y)
        assert bars[0].a[0] < f.wrist_f[0] < f.wrist_n[0] < bars[0].b[0]  # both hands on it
        assert min(f.ankle_n[1], f.ankle_f[1]) > floor.a[1] + 0.03  # feet off the floor
    hang, top = pose.start.figure, pose.end.figure
    assert math.dist(hang.shoulder_n, hang.wrist_n) > 0.29  # a dead hang: arms long
    assert top.head[1] - HEAD_RADIUS > bar_y  # the chin over the bar
    assert hang.head[1] + HEAD_RADIUS < bar_y  # the head under it at the start


@pytest.mark.parametrize(
    "pose_id", [*lower_body.POSES, *upper_body.POSES], ids=lambda pose_id: pose_id
)
def test_no_strength_figure_reaches_through_its_floor(pose_id: str) -> None:
    """A foot or hand below the floor line (the landmine's front foot, the back extension's
    hands did) reads as a figure sunk into the floor."""
    pose = library.pose(pose_id)
    assert pose is not None
    floor = min(p.a[1] for p in pose.scenery if isinstance(p, Line) and p.role == "floor")
    for frame in frames(pose):
        for joint in JOINTS:
            assert getattr(frame.figure, joint)[1] >= floor - 0.005, (pose_id, joint)


def test_overhead_press_racks_the_bar_at_the_shoulders_beside_the_lockout() -> None:
    pose = drawn("overhead-press")
    rack, lockout = pose.start, pose.end
    bars = [
        next(p for p in f.props if isinstance(p, Line) and p.role == "bar") for f in frames(pose)
    ]
    low, high = bars
    # The racked bar at the shoulders, the elbows under it; the pressed bar over the head.
    assert abs(low.a[1] - rack.figure.neck[1]) < 0.03
    assert rack.figure.elbow_n[1] < low.a[1] and rack.figure.elbow_f[1] < low.a[1]
    assert high.a[1] > lockout.figure.head[1] + HEAD_RADIUS
    # Side by side: the start's bar ends before the lockout's begins, so neither hides.
    assert low.b[0] < high.a[0]


def test_landmine_bar_is_a_plain_line_with_a_plate_not_a_big_triangle() -> None:
    """Issue 14: two thick bars to a pivot at the box's far edge drew a large triangle."""
    pose = drawn("landmine-press")
    for frame in frames(pose):
        f = frame.figure
        lines = [p for p in frame.props if isinstance(p, Line) and p.role == "bar"]
        bar = next(p for p in lines if not p.thick)
        plate = next(p for p in lines if p.thick)
        assert math.dist(bar.b, f.wrist_n) < 0.01  # the hand on the bar's free end
        assert bar.a[0] - f.hip[0] < 0.45  # the sleeve near, not at the far edge
        assert math.dist(plate.a, plate.b) < 0.2
        # The plate square to the bar, just below the hand.
        bx, by = bar.b[0] - bar.a[0], bar.b[1] - bar.a[1]
        px, py = plate.b[0] - plate.a[0], plate.b[1] - plate.a[1]
        assert abs(bx * px + by * py) < 1e-6
        mid = ((plate.a[0] + plate.b[0]) / 2, (plate.a[1] + plate.b[1]) / 2)
        assert math.dist(mid, f.wrist_n) < 0.1


@pytest.mark.parametrize("pose_id", ["push-up", "incline-push-up"])
def test_push_ups_bend_the_elbows_under_the_line_of_the_back(pose_id: str) -> None:
    """At the bottom the shoulders sank so near the hands that the bent elbow poked up
    0.05 (push-up) and 0.027 (incline) above the back line. Now the body pivots on the feet
    to a bottom where the elbow stays under the line from the hips to the neck, the hands
    and the feet staying put and the body straight."""
    pose = drawn(pose_id)
    top, bottom = pose.start.figure, pose.end.figure
    (x1, y1), (x2, y2) = bottom.hip, bottom.neck
    ex, ey = bottom.elbow_n
    above = ((x2 - x1) * (ey - y1) - (y2 - y1) * (ex - x1)) / math.dist(bottom.hip, bottom.neck)
    assert above < -0.015
    assert bottom.wrist_n == pytest.approx(top.wrist_n, abs=1e-6)
    assert bottom.ankle_n == pytest.approx(top.ankle_n, abs=0.01)
    assert bottom.neck[1] < top.neck[1] - 0.08  # lowered
    assert abs(angle(bottom.ankle_n, bottom.hip) - angle(bottom.hip, bottom.neck)) < 1
