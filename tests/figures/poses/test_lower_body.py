"""Lower-body drawings: the back extension lies on its bench, the dowel runs along the back,
the good morning's bar stays on the back, the belt squat's
load hangs from the hips."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.pose import Frame
from planner_gui.figures.props import FLOOR_Y, Circle, Line, Rect
from planner_gui.figures.skeleton import HEAD_RADIUS, NECK_TO_HEAD, SHIN, THIGH, TORSO, Figure
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


def test_dowel_hinge_drill_tucks_the_arm_along_the_back() -> None:
    """The hand reached the dowel 0.06 from the hip, so the arm bent 40 degrees and its
    elbow stood 0.1 out behind the dowel: a tent over the back, and with the dowel and the
    head one busy knot. Now the hand holds the dowel's lower end and the arm lies along the
    back: the elbow no further behind the spine than the dowel is, within a hair."""
    pose = drawn("dowel-hinge-drill")
    for frame in frames(pose):
        f = frame.figure
        spine = math.atan2(f.neck[1] - f.hip[1], f.neck[0] - f.hip[0])
        behind = (f.hip[0] - f.elbow_n[0]) * math.sin(spine) - (f.hip[1] - f.elbow_n[1]) * math.cos(
            spine
        )
        assert 0 < behind < HEAD_RADIUS + 0.005
        bend = abs(angle(f.neck, f.elbow_n) - angle(f.elbow_n, f.wrist_n))
        assert min(bend, 360 - bend) < 25  # nearly straight


def test_b_stance_hinge_keeps_the_back_foot_on_its_toes_behind() -> None:
    pose = drawn("b-stance-romanian-deadlift")
    assert pose != drawn("single-leg-romanian-deadlift")
    for frame in frames(pose):
        f = frame.figure
        assert f.ankle_n[1] == pytest.approx(FLOOR_Y)  # front foot flat
        assert f.ankle_f[1] < FLOOR_Y + 0.03  # back foot down, heel up
        assert f.ankle_n[0] - f.ankle_f[0] > 0.1  # half a step behind
    assert pose.end.figure.hip[0] < pose.start.figure.hip[0]  # the hips push back


def _plate(frame: Frame) -> Circle:
    return next(p for p in frame.props if isinstance(p, Circle) and p.role == "bar")


def test_good_morning_keeps_the_bar_on_the_back_and_hinges_to_near_level() -> None:
    pose = drawn("good-morning")
    for frame in frames(pose):
        f = frame.figure
        bar = _plate(frame)
        assert math.dist(bar.center, f.neck) < 0.1  # at the shoulders, not in the hands
        assert math.dist(f.wrist_n, bar.center) < 0.01  # held there
    low = pose.end.figure
    assert abs(angle(low.hip, low.neck)) < 25  # the trunk near parallel
    # Soft knees: bent a little, not locked and not a squat.
    bend = angle(low.hip, low.knee_n) - angle(low.knee_n, low.ankle_n)
    assert 3 < abs(bend) < 30
    assert _plate(pose.end).center[1] > low.hip[1]  # an RDL's bar hangs below the hips
    assert drawn("romanian-deadlift").end.figure.wrist_n[1] < low.knee_n[1]
    assert low.ankle_n[0] - pose.start.figure.ankle_n[0] > 0.2  # the start stands beside


def _along(a: tuple[float, float], b: tuple[float, float], y: float) -> float:
    """The x of the line a-b at height y."""
    return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1])


def test_belt_squat_hangs_the_load_from_a_hip_belt_through_the_platform_no_bar() -> None:
    """Issue 14: from the front the standing start's belt lay across the squat's shoulders
    and read as a bar on the back. From the side: a belt round the hips, a chain from it
    straight down between the feet through the raised platform to a plate beneath; no bar."""
    pose = drawn("belt-squat")
    assert pose.view == "side"
    deck = next(p for p in pose.scenery if isinstance(p, Line) and p.thick)
    top = deck.a[1]
    assert deck.b[1] == top > FLOOR_Y + 0.15  # raised, so the plate can sink beneath it
    loads = []
    for frame in frames(pose):
        f = frame.figure
        assert not [p for p in (*frame.props, *pose.scenery) if p.role == "bar"]
        assert f.ankle_n[1] == pytest.approx(top) and deck.a[0] < f.ankle_n[0] < deck.b[0]
        belt = next(p for p in frame.props if isinstance(p, Line) and p.role == "strap")
        assert belt.thick and belt.a[0] < f.hip[0] < belt.b[0]  # round the hips
        assert abs((belt.a[1] + belt.b[1]) / 2 - f.hip[1]) < 0.01
        load = max(
            (p for p in frame.props if isinstance(p, Circle) and p.role == "machine"),
            key=lambda c: c.radius,
        )
        chain = next(p for p in frame.props if isinstance(p, Line) and p.role == "machine")
        assert chain.a == belt.b  # from the belt's front ...
        assert chain.b[1] == pytest.approx(load.center[1] + load.radius)  # ... to the plate
        assert chain.a[0] == chain.b[0] == load.center[0]  # hanging straight down
        assert abs(load.center[0] - f.ankle_n[0]) < 0.04  # between the feet
        assert angle(f.hip, f.neck) > 80  # the trunk upright
        loads.append(load)
    start, end = loads
    assert end.center[1] < start.center[1] - 0.15  # the load sinks with the hips
    assert end.center[1] + end.radius < top  # beneath the platform
    assert end.center[1] - end.radius > FLOOR_Y  # but clear of the floor
    low = pose.end.figure
    assert low.hip[1] - low.knee_n[1] < 0.06  # thighs about level at the bottom
    assert low.knee_n[0] > low.ankle_n[0] + 0.05  # knees forward over the toes


def _behind(f: Figure, point: tuple[float, float]) -> float:
    """How far behind the line of the spine a point is (the figure faces +x)."""
    spine = math.atan2(f.neck[1] - f.hip[1], f.neck[0] - f.hip[0])
    return (point[1] - f.hip[1]) * math.cos(spine) - (point[0] - f.hip[0]) * math.sin(spine)


def test_safety_bar_sits_on_the_back_its_handles_in_front_unlike_the_front_squat() -> None:
    for frame in frames(drawn("safety-bar-squat")):
        f = frame.figure
        bar = _plate(frame)
        assert bar.radius >= 0.07 and _behind(f, bar.center) > 0.03  # a loaded bar on the back
        assert _behind(f, f.wrist_n) < -0.05  # the hands on the handles in front
    for frame in frames(drawn("front-squat")):
        assert _behind(frame.figure, _plate(frame).center) < 0  # the front squat's rack


def test_the_back_bar_is_held_with_the_elbows_behind_not_through_the_chest() -> None:
    for exercise_id in ("good-morning",):
        for frame in frames(drawn(exercise_id)):
            f = frame.figure
            assert _behind(f, f.elbow_n) > 0, exercise_id


def _clearance(
    centre: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    """How far the segment a-b passes from `centre`."""
    (ax, ay), (bx, by), (cx, cy) = a, b, centre
    t = max(0.0, min(1.0, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / math.dist(a, b) ** 2))
    return math.dist(centre, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_reverse_lunge_reach_ends_with_both_hands_overhead_clear_of_the_head() -> None:
    pose = drawn("reverse-lunge-reach")
    f = pose.end.figure
    top_of_head = f.head[1] + HEAD_RADIUS
    for side in ("n", "f"):
        wrist, elbow = getattr(f, f"wrist_{side}"), getattr(f, f"elbow_{side}")
        assert wrist[1] > top_of_head + 0.05  # overhead, not at the sides or in front
        # The arm passes beside the head, not through it (a pole stuck in the head).
        assert _clearance(f.head, f.neck, elbow) > HEAD_RADIUS
        assert _clearance(f.head, elbow, wrist) > HEAD_RADIUS
    assert f.knee_f[1] < FLOOR_Y + 0.06  # still the lunge: the back knee near the floor
    start = pose.start.figure
    assert start.wrist_n[1] < start.hip[1] + 0.1  # the arms hang at the start


@pytest.mark.parametrize("exercise_id", ["good-morning"])
def test_bar_on_the_back_is_a_loaded_plate_with_its_hub_clear_of_the_head(
    exercise_id: str,
) -> None:
    """A plain ring the size of a head at the shoulders read as a second head: the plate is
    larger than the head, has a hub ring inside, and stands clear of the head."""
    for frame in frames(drawn(exercise_id)):
        rings = [p for p in frame.props if isinstance(p, Circle) and p.role == "bar"]
        rim = max(rings, key=lambda p: p.radius)
        assert rim.radius > 1.5 * HEAD_RADIUS
        hub = [p for p in rings if p is not rim and not p.filled and p.center == rim.center]
        assert hub and hub[0].radius < rim.radius / 2
        assert math.dist(rim.center, frame.figure.head) > rim.radius + HEAD_RADIUS


def test_leg_press_brings_the_knees_in_and_pushes_the_plate_up_its_rail() -> None:
    """Issue 14: the knees folded down under the line from hip to foot and the rail stood
    apart from the plate: three sticks round a V."""
    pose = drawn("leg-press")
    start, end = pose.start.figure, pose.end.figure

    def over(f: Figure) -> float:
        """How far the knee sits above the line from the hip to the foot."""
        (ax, ay), (bx, by), (px, py) = f.hip, f.ankle_n, f.knee_n
        return ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / math.dist(f.hip, f.ankle_n)

    assert over(start) > 0.1  # the knees in toward the chest
    assert math.dist(end.hip, end.ankle_n) > THIGH + SHIN - 0.02  # the legs long
    rail = next(
        p
        for p in pose.scenery
        if isinstance(p, Line)
        and p.thick
        and p.a[1] != p.b[1]
        and abs(angle(p.a, p.b) - angle(start.ankle_n, end.ankle_n)) < 1
    )
    for frame in frames(pose):
        plate = next(p for p in frame.props if isinstance(p, Line) and p.role == "machine")
        mid = ((plate.a[0] + plate.b[0]) / 2, (plate.a[1] + plate.b[1]) / 2)
        assert math.dist(mid, frame.figure.ankle_n) < 0.01  # the feet on the plate
        assert abs(abs(angle(plate.a, plate.b) - angle(rail.a, rail.b)) - 90) < 1  # square


def test_cable_pull_through_faces_away_from_a_low_pulley_the_rope_between_the_legs() -> None:
    """Issue 14: a shallow hinge holding a bare line through the thigh. Back to a low pulley
    on its column, the cable runs forward under the hips (between the legs) to a rope in the
    hands; the hips hinge back with the hands pulled between the thighs, then stand tall."""
    pose = drawn("cable-pull-through")
    column = next(p for p in pose.scenery if isinstance(p, Line) and p.role == "cable")
    pulley = next(p for p in pose.scenery if isinstance(p, Circle) and p.role == "cable")
    assert pulley.center[1] < FLOOR_Y + 0.1  # a low pulley on the column
    assert any(isinstance(p, Rect) and p.role == "cable" for p in pose.scenery)  # its stack
    for frame in frames(pose):
        f = frame.figure
        assert column.a[0] < f.hip[0] - 0.2 and column.a[0] < f.ankle_n[0] - 0.3  # behind
        assert f.head[0] > f.neck[0] - 0.01  # facing away from it
        cable = next(p for p in frame.props if isinstance(p, Line) and p.b == pulley.center)
        rope = next(p for p in frame.props if isinstance(p, Line) and p.b == cable.a)
        knot = next(p for p in frame.props if isinstance(p, Circle) and p.center == cable.a)
        assert rope.a == f.wrist_n and knot.filled  # the rope in the hands, knotted on
        # The cable passes under the hips, between the legs.
        t = (f.hip[0] - cable.b[0]) / (cable.a[0] - cable.b[0])
        under = cable.b[1] + t * (cable.a[1] - cable.b[1])
        assert FLOOR_Y + 0.1 < under < f.hip[1]
        assert abs(angle(f.neck, f.elbow_n) - angle(f.elbow_n, f.wrist_n)) < 2  # arms long
    hinge, tall = pose.start.figure, pose.end.figure
    assert angle(hinge.hip, hinge.neck) < 30  # the trunk bent well forward
    assert hinge.hip[0] < hinge.ankle_n[0] - 0.15  # hips back behind the heels
    assert hinge.wrist_n[0] < hinge.knee_n[0] and hinge.wrist_n[1] < hinge.hip[1] - 0.1
    assert abs(angle(tall.hip, tall.neck) - 90) < 1 and tall.hip[0] == tall.ankle_n[0]


def test_hip_airplane_opens_the_arms_into_a_v_not_a_post_through_the_head() -> None:
    """One arm straight up and one straight down drew a single vertical post."""
    opened = drawn("hip-airplane").end.figure
    up, down = angle(opened.neck, opened.wrist_f), angle(opened.neck, opened.wrist_n)
    assert opened.wrist_f[1] > opened.head[1] + HEAD_RADIUS  # one to the ceiling
    assert opened.wrist_n[1] < opened.neck[1] - 0.2  # one towards the floor
    assert 120 < abs(up - down) < 165  # a V at the shoulder, not one line
    assert abs(angle(opened.hip, opened.neck)) < 15  # the trunk stays level
