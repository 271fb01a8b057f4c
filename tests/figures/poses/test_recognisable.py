"""The drawings a clinic's coach could not name (issue 14), each checked for what makes
it recognisable: the back and box squats' bar across the shoulders, the trap bar's hexagon with its
handles at the sides, a whole bike, the open book's arm sweeping over, and the monster
walk's banded diagonal step seen from the front."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.pose import Frame
from planner_gui.figures.props import Circle, Line, Prop, Rect
from planner_gui.figures.skeleton import HEAD_RADIUS
from tests.support.drawing import angle, drawn, frames


def _bars(frame: Frame) -> list[Prop]:
    return [p for p in frame.props if p.role == "bar"]


def test_back_squat_is_seen_from_the_front_with_the_bar_across_the_shoulders() -> None:
    """Seen from the side the end-on plate sat over the chest and a physio read a goblet or
    front squat: from the front the bar lies across the top of the shoulders under the head,
    gripped wide with the elbows down, and a tall plate stands on edge at each end, well
    out past the shoulders at shoulder height."""
    pose = drawn("back-squat")
    assert pose.view == "front"
    for frame in frames(pose):
        f = frame.figure
        bar = next(p for p in _bars(frame) if isinstance(p, Line) and p.thick)
        assert bar.a[1] == bar.b[1]  # across
        assert f.shoulder_n[1] - 0.005 < bar.a[1] < f.head[1] - HEAD_RADIUS  # under the head
        assert bar.a[1] == pytest.approx(f.wrist_n[1]) == pytest.approx(f.wrist_f[1])
        wide = sorted((f.shoulder_f[0], f.shoulder_n[0]))
        assert f.wrist_f[0] < wide[0] and f.wrist_n[0] > wide[1]  # the grip outside them
        assert f.elbow_n[1] < bar.a[1] - 0.05 and f.elbow_f[1] < bar.a[1] - 0.05  # elbows down
        plates = [p for p in _bars(frame) if isinstance(p, Rect) and p.height > 0.15]
        assert len(plates) == 2
        for plate in plates:
            assert plate.y < bar.a[1] < plate.y + plate.height  # on the bar, on edge
        left, right = sorted(plates, key=lambda p: p.x)
        assert left.x + left.width < wide[0] - 0.15 and right.x > wide[1] + 0.15  # out wide
        assert f.wrist_n[0] < right.x and left.x + left.width < f.wrist_f[0]
    assert pose.end.figure.hip[1] < pose.start.figure.hip[1] - 0.15  # down into the squat


def test_box_squat_is_the_back_squat_from_the_front_sitting_down_onto_a_wide_box() -> None:
    """Seen from the side the bar's plate, end-on over the back, sat at the chest and read
    as a plate or goblet squat: from the front the bar lies across the shoulders as in the
    back squat, and the hips come down onto a box behind the legs, its top under the hips
    and its sides outside the knees; the box is what tells it from the back squat."""
    pose = drawn("box-squat")
    assert pose.view == "front"
    seat = next(p for p in pose.scenery if isinstance(p, Rect) and p.role == "box")
    top = seat.y + seat.height
    for frame in frames(pose):
        f = frame.figure
        bar = next(p for p in _bars(frame) if isinstance(p, Line) and p.thick)
        assert bar.a[1] == bar.b[1]  # across
        assert f.shoulder_n[1] - 0.005 < bar.a[1] < f.head[1] - HEAD_RADIUS  # under the head
        assert bar.a[1] == pytest.approx(f.wrist_n[1]) == pytest.approx(f.wrist_f[1])
        assert len([p for p in _bars(frame) if isinstance(p, Rect) and p.height > 0.15]) == 2
        assert seat.x < min(f.knee_f[0], f.ankle_f[0]) - 0.03  # the box's sides clear
        assert seat.x + seat.width > max(f.knee_n[0], f.ankle_n[0]) + 0.03  # of the legs
    low, stand = pose.end.figure, pose.start.figure
    assert low.hip[1] - top == pytest.approx(0.015, abs=0.01)  # sitting on it
    assert stand.hip[1] > top + 0.1  # standing up off it
    assert low.hip[1] > drawn("back-squat").end.figure.hip[1]  # to the box, not as deep


def test_trap_bar_is_a_hexagon_round_the_lifter_with_the_handles_at_the_sides() -> None:
    for exercise_id in ("trap-bar-deadlift", "high-handle-trap-bar-deadlift"):
        pose = drawn(exercise_id)
        for frame in frames(pose):
            f = frame.figure
            bars = _bars(frame)
            assert not any(isinstance(p, Circle) for p in bars)  # no deadlift plate ring
            thick = [p for p in bars if isinstance(p, Line) and p.thick]
            handle = next(p for p in thick if p.a[1] == p.b[1] == f.wrist_n[1])
            assert handle.a[0] < f.wrist_n[0] < handle.b[0]  # the hand on its handle
            hexagon = [p for p in thick if p is not handle]
            ends = [(round(x, 6), round(y, 6)) for p in hexagon for x, y in (p.a, p.b)]
            # Six sides closing on six corners, each corner shared by two sides.
            assert len(hexagon) == 6 and all(ends.count(c) == 2 for c in ends), exercise_id
            xs = [x for x, _ in ends]
            # The lifter stands inside it: the hands and the feet within its length.
            assert min(xs) < f.wrist_n[0] < max(xs)
            assert min(xs) < f.ankle_n[0] < max(xs), exercise_id
            # Loaded: a plate on edge beyond each end of the hexagon.
            plates = [p for p in bars if isinstance(p, Rect)]
            assert sorted(p.x + p.width / 2 < min(xs) for p in plates) == [False, True]
            assert all(p.x > max(xs) or p.x + p.width < min(xs) for p in plates)
        top = pose.end.figure
        assert abs(top.wrist_n[0] - top.hip[0]) < 0.03  # at the sides, not in front


def test_bike_has_a_saddle_bars_pedals_and_a_flywheel() -> None:
    pose = drawn("easy-bike")
    machine = [p for p in pose.scenery if p.role == "machine"]
    thick = [p for p in machine if isinstance(p, Line) and p.thick]
    wheels = [p for p in machine if isinstance(p, Circle) and not p.filled]
    assert wheels and wheels[0].radius >= 0.08  # the flywheel
    for frame in frames(pose):
        f = frame.figure
        under = [p for p in thick if p.a[0] <= f.hip[0] <= p.b[0] and p.a[1] < f.hip[1]]
        saddle = max(under, key=lambda p: p.a[1])
        assert f.hip[1] - saddle.a[1] < 0.04  # sitting on the saddle
        bars = [p for p in thick if math.dist(p.b, f.wrist_n) < 0.06]
        assert bars, "the hands on the handlebars"
        pedals = [p for p in frame.props if isinstance(p, Line) and p.thick]
        for ankle in (f.ankle_n, f.ankle_f):
            assert any(p.a[1] == p.b[1] == pytest.approx(ankle[1]) for p in pedals)
    # One pedal up, one down, swapping.
    start, end = pose.start.figure, pose.end.figure
    assert start.ankle_n[1] > start.ankle_f[1] and end.ankle_n[1] < end.ankle_f[1]


def _clear_of(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """The distance from `c` to the segment a-b."""
    ax, ay, bx, by = *a, *b
    t = ((c[0] - ax) * (bx - ax) + (c[1] - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)
    t = min(max(t, 0.0), 1.0)
    return math.dist(c, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_open_book_lies_on_its_side_seen_from_the_front_and_the_top_arm_opens_behind() -> None:
    """Seen from the front and a little above (issue 14: from above the sweep was a line):
    lying on the side, knees bent and stacked one over the other, both arms out in front,
    then the top arm lies behind, clear of the head, under an arc over the shoulder."""
    pose = drawn("open-book-thoracic-rotation")
    assert pose.view == "front"
    closed, opened = pose.start.figure, pose.end.figure
    assert (closed.knee_n, closed.ankle_n, closed.knee_f, closed.ankle_f) == (
        opened.knee_n,
        opened.ankle_n,
        opened.knee_f,
        opened.ankle_f,
    )  # the legs stay
    for f in (closed, opened):
        assert abs(f.neck[1] - f.hip[1]) < 0.05 and f.head[0] > f.neck[0] > f.hip[0]  # lying
        # Knees stacked: the top one straight over the bottom one, both legs bent the same.
        assert abs(f.knee_f[0] - f.knee_n[0]) < 0.02 and 0.05 < f.knee_f[1] - f.knee_n[1] < 0.12
        for hip, knee, ankle in ((f.hip_n, f.knee_n, f.ankle_n), (f.hip_f, f.knee_f, f.ankle_f)):
            assert knee[1] < hip[1] - 0.1  # the thigh forward, towards the reader
            assert ankle[0] < knee[0] - 0.15  # the shin back along the floor, to the feet
            assert abs(angle(hip, knee) - angle(knee, ankle)) > 50  # a bent knee
    # Closed: both hands in front, below the shoulders, the top one over the bottom one.
    for wrist in (closed.wrist_n, closed.wrist_f):
        assert wrist[1] < closed.shoulder_n[1] - 0.1
    assert math.dist(closed.wrist_n, closed.wrist_f) < 0.15
    # Opened: the bottom arm stays; the top hand lies behind, the other way from in front.
    assert opened.wrist_n == closed.wrist_n
    ahead = angle(closed.shoulder_f, closed.wrist_f)
    behind = angle(opened.shoulder_f, opened.wrist_f)
    assert 150 < abs(behind - ahead) < 210 and opened.wrist_f[1] > opened.shoulder_f[1] + 0.25
    # Not one straight stick through the body, and clear of the head.
    assert abs(angle(opened.shoulder_n, opened.wrist_n) + 180 - behind) > 8
    for a, b in ((opened.shoulder_f, opened.elbow_f), (opened.elbow_f, opened.wrist_f)):
        assert _clear_of(a, b, opened.head) > HEAD_RADIUS
    arc = [p for p in pose.scenery if isinstance(p, Line) and p.role == ""]
    assert max(max(p.a[1], p.b[1]) for p in arc) > opened.wrist_f[1]  # over the top
    assert min(min(p.a[0], p.b[0]) for p in arc) < closed.shoulder_f[0] - 0.1  # an arc


def test_monster_walk_steps_forward_on_the_diagonal_wide_with_a_band_at_the_knees() -> None:
    pose = drawn("monster-walk")
    assert pose.view == "front" and pose != drawn("banded-lateral-walk")
    start, end = pose.start.figure, pose.end.figure
    for frame in frames(pose):
        f = frame.figure
        band = next(p for p in frame.props if p.role == "band")
        assert isinstance(band, Line) and {band.a, band.b} == {f.knee_n, f.knee_f}
        assert abs(f.ankle_n[0] - f.ankle_f[0]) > 0.2  # a wide stance
        assert f.hip[1] < 0.5  # in a quarter squat
        floor = sorted({p.a[1] for p in pose.scenery if p.role == "floor"})
        assert len(floor) == 2  # the floor seen a little from above: its far and near edge
        assert all(floor[0] < foot[1] < floor[1] for foot in (f.ankle_n, f.ankle_f))
    assert end.ankle_f == pytest.approx(start.ankle_f)  # the far foot stays put
    assert end.ankle_n[0] > start.ankle_n[0] + 0.05  # out to the side
    assert end.ankle_n[1] < start.ankle_n[1] - 0.03  # and forward: nearer, lower on the page


def _arrow(exercise_id: str) -> Line:
    """The longest plain line of the scenery: the arrow's shaft on the floor."""
    lines = [p for p in drawn(exercise_id).scenery if isinstance(p, Line) and p.role == ""]
    return max(lines, key=lambda p: math.dist(p.a, p.b))


def test_the_two_band_walks_show_which_way_they_step() -> None:
    sideways, diagonal = _arrow("banded-lateral-walk"), _arrow("monster-walk")
    assert sideways.b[0] > sideways.a[0] and sideways.b[1] == sideways.a[1]  # straight out
    assert diagonal.b[0] > diagonal.a[0] and diagonal.b[1] < diagonal.a[1]  # out and forward


@pytest.mark.parametrize("exercise_id", ["good-morning", "dowel-hinge-drill"])
def test_a_standing_start_is_set_beside_a_low_end_rather_than_through_it(exercise_id: str) -> None:
    pose = drawn(exercise_id)
    assert pose.end.figure.ankle_n[0] - pose.start.figure.ankle_n[0] > 0.2


@pytest.mark.parametrize(
    "exercise_id",
    [
        "bodyweight-squat",
        "back-squat",
        "front-squat",
        "goblet-squat",
        "safety-bar-squat",
        "box-squat",
    ],
)
def test_a_squat_starts_and_ends_on_the_same_feet(exercise_id: str) -> None:
    """Set beside the bottom position, the standing start read as a second lifter."""
    start, end = drawn(exercise_id).start.figure, drawn(exercise_id).end.figure
    assert start.ankle_n == pytest.approx(end.ankle_n, abs=1e-5)
    assert start.ankle_f == pytest.approx(end.ankle_f, abs=1e-5)
    assert start.hip[0] == pytest.approx(end.hip[0], abs=0.25)  # the same body, over the feet


def test_torso_twist_stands_on_two_legs_apart() -> None:
    for frame in frames(drawn("torso-twist")):
        f = frame.figure
        assert abs(f.ankle_n[0] - f.ankle_f[0]) > 0.15  # two legs, not one post
