"""Glute drawings: the single-leg hip thrust keeps its free foot up; side-lying abduction lifts
the top leg; the clamshell opens the top knee with the heels together; the band walks and
bridges wear their band."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import FLOOR_Y, Circle, Line, Rect
from tests.support.drawing import angle, drawn, frames, on_floor


def test_single_leg_hip_thrust_rests_on_the_bench_one_foot_down_the_other_leg_raised() -> None:
    """Issue 14: the back floated above a small bench and the free knee folded into a chair.
    Now the trunk lies on the bench's edge, pivoting there from low hips to level; one foot
    flat with the shin vertical at the top; the other leg straight and raised."""
    pose = drawn("single-leg-hip-thrust")
    assert pose.name != drawn("hip-thrust").name
    pads = [p for p in pose.scenery if isinstance(p, Rect) and p.role == "bench"]
    assert len(pads) == 1
    pad = pads[0]
    edge, top = pad.x + pad.width, pad.y + pad.height
    slopes = []
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.ankle_f)  # the planted foot
        # The upper back on the bench's edge: the trunk line passes just over it.
        t = (edge - f.hip[0]) / (f.neck[0] - f.hip[0])
        assert 0 < t < 1 and f.neck[0] < edge
        assert 0 <= f.hip[1] + t * (f.neck[1] - f.hip[1]) - top < 0.02
        # The free leg straight and lifted above the hips.
        assert abs(angle(f.hip_n, f.knee_n) - angle(f.knee_n, f.ankle_n)) < 1
        assert f.ankle_n[1] > f.hip[1] + 0.02 and f.ankle_n[0] > f.hip[0] + 0.3
        slopes.append(angle(f.hip, f.neck))
    low, level = slopes
    assert 20 < 180 - low < 40 and abs(180 - level) < 1  # hips from low to level
    top_frame = pose.end.figure
    assert abs(angle(top_frame.knee_f, top_frame.ankle_f) + 90) < 8  # shin vertical at the top


def test_side_lying_abduction_lifts_the_top_leg_off_the_bottom_one() -> None:
    pose = drawn("side-lying-hip-abduction")
    together, lifted = pose.start.figure, pose.end.figure
    assert pose.view == "front"
    for f in (together, lifted):
        # lying down on the near side: its hip joint, shoulder and foot on the floor
        assert on_floor(f.hip_n) and on_floor(f.shoulder_n) and on_floor(f.ankle_n)
        assert f.hip_f[1] > f.hip_n[1] + 0.05  # hips stacked, seen from the front
    assert math.dist(together.ankle_f, together.ankle_n) < 0.02  # top leg on the bottom one
    assert lifted.ankle_f[1] > lifted.ankle_n[1] + 0.15


def test_lateral_band_walk_steps_out_to_the_side_seen_from_the_front() -> None:
    pose = drawn("banded-lateral-walk")
    assert pose.view == "front" and pose != drawn("monster-walk")
    start, end = pose.start.figure, pose.end.figure
    width = abs(start.ankle_n[0] - start.ankle_f[0])
    assert abs(end.ankle_n[0] - end.ankle_f[0]) > width + 0.05  # the step widens the stance
    for frame in frames(pose):
        assert any(p.role == "band" for p in frame.props)
        assert on_floor(frame.figure.ankle_n) and on_floor(frame.figure.ankle_f)


def test_the_banded_bridge_wears_a_band_at_the_knees_and_the_march_lifts_a_knee() -> None:
    banded = drawn("banded-glute-bridge")
    for frame in frames(banded):
        f = frame.figure
        band = [p for p in frame.props if p.role == "band"]
        # A thick strip round the thighs, just above the knees (between knee and hip).
        assert len(band) == 4 and all(isinstance(p, Line) and p.thick for p in band)
        ends = [point for p in band if isinstance(p, Line) for point in (p.a, p.b)]
        centre = (sum(x for x, _ in ends) / len(ends), sum(y for _, y in ends) / len(ends))
        assert 0.02 < math.dist(centre, f.knee_n) < 0.08
        assert math.dist(centre, f.hip) < math.dist(f.knee_n, f.hip)
        assert max(math.dist(a, b) for a in ends for b in ends) > 0.08  # not a dot
    march = drawn("glute-bridge-march")
    top, lifted = march.start.figure, march.end.figure
    assert top.hip == lifted.hip and top.hip[1] > FLOOR_Y + 0.1  # held at the top
    assert on_floor(top.ankle_n) and not on_floor(lifted.ankle_n)  # the near foot, bold


def test_the_four_bridges_are_four_different_pictures() -> None:
    """The plain bridge is the reference; the frog pump, banded and single-leg bridges each
    show what sets them apart, so no two end positions look alike."""
    ids = ("glute-bridge", "frog-pump", "banded-glute-bridge", "single-leg-glute-bridge")
    poses = [drawn(i) for i in ids]
    assert len({(p.view, p.end.figure, p.end.props) for p in poses}) == 4
    assert drawn("glute-bridge").end.props == ()  # the reference: no band, both feet down


def _above(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """How far `c` lies above (+) or below (-) the line from `a` to `b`, square to it."""
    return ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / math.dist(a, b)


def test_frog_pump_seen_from_the_side_lifts_the_hips_with_soles_together_and_knees_out() -> None:
    """Issue 14: seen from above the hip lift hardly showed. From the side and a little
    above, on a mat, the bridge shows its height and the knees their diamond."""
    pose = drawn("frog-pump")
    assert pose.view == "side" and pose.name != drawn("glute-bridge").name
    mat = [p for p in pose.scenery if isinstance(p, Line) and p.role == "mat"]
    near_edge = min(min(p.a[1], p.b[1]) for p in mat)
    for frame in frames(pose):
        f = frame.figure
        assert math.dist(f.ankle_n, f.ankle_f) < 0.02  # soles together
        assert f.ankle_n[0] > f.hip[0] + 0.2  # the feet beyond the hips, head to the left
        # Knees fallen out: the near one towards the reader (down the page), the far one
        # away (up it), either side of the line from the hip to the feet.
        assert _above(f.hip, f.ankle_n, f.knee_n) < -0.12
        assert _above(f.hip, f.ankle_n, f.knee_f) > 0.12
        assert f.knee_n[1] > near_edge  # the near knee down on the mat, not past it
    # The hips lift well clear, the shoulders staying down.
    start, end = pose.start.figure, pose.end.figure
    assert end.neck == pytest.approx(start.neck)
    assert end.hip[1] > start.hip[1] + 0.12


def test_single_leg_bridge_holds_the_free_leg_straight_and_raised() -> None:
    pose = drawn("single-leg-glute-bridge")
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.ankle_f)  # one foot down
        assert f.ankle_n[1] > f.hip[1] + 0.25  # the other (the near one, bold) well up
        assert math.dist(f.hip_n, f.ankle_n) == pytest.approx(0.47, abs=1e-6)  # straight
    assert pose.end.figure.hip[1] > pose.start.figure.hip[1] + 0.1  # and the hips lift


@pytest.mark.parametrize("exercise_id", ["monster-walk", "banded-lateral-walk"])
def test_the_band_walks_draw_a_thick_band(exercise_id: str) -> None:
    for frame in frames(drawn(exercise_id)):
        band = next(p for p in frame.props if p.role == "band")
        assert isinstance(band, Line) and band.thick
        f = frame.figure  # hands on the hips, elbows out: no hourglass of crossed arms
        assert f.elbow_n[0] > f.shoulder_n[0] and f.elbow_f[0] < f.shoulder_f[0]


def test_quadruped_hip_extension_lifts_a_bent_knee_heel_to_the_ceiling() -> None:
    """Issue 14: the straight leg kicked back drew bird-dog without its arm."""
    f = drawn("quadruped-hip-extension").end.figure
    assert on_floor(f.wrist_n) and on_floor(f.knee_n)  # on all fours
    assert abs(f.knee_f[1] - f.hip[1]) < 0.05 and f.knee_f[0] < f.hip[0] - 0.15  # thigh level
    assert f.ankle_f[1] - f.knee_f[1] > 0.2  # the shin up: the heel to the ceiling
    assert abs(f.ankle_f[0] - f.knee_f[0]) < 0.05


@pytest.mark.parametrize("exercise_id", ["hip-thrust", "dumbbell-hip-thrust"])
def test_hip_thrust_rests_the_back_on_the_bench_and_holds_the_load(exercise_id: str) -> None:
    """The level trunk floated 0.05 over the bench's pad and the hands hung beside the
    load: the back now lies on the pad's edge and the hands are on the bar or dumbbell."""
    pose = drawn(exercise_id)
    pad = next(p for p in pose.scenery if isinstance(p, Rect) and p.role == "bench")
    edge, top = pad.x + pad.width, pad.y + pad.height
    for frame in frames(pose):
        f = frame.figure
        t = (edge - f.hip[0]) / (f.neck[0] - f.hip[0])
        assert 0 <= f.hip[1] + t * (f.neck[1] - f.hip[1]) - top < 0.02
        load = next(p for p in frame.props if isinstance(p, Circle) and p.filled)
        assert math.dist(f.wrist_n, load.center) < 1e-9
        # Elbows up off the body: above the line from the shoulder to the hands.
        assert f.elbow_n[1] > f.neck[1] + (f.wrist_n[1] - f.neck[1]) * (
            (f.elbow_n[0] - f.neck[0]) / (f.wrist_n[0] - f.neck[0])
        )


def _off_line(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    return abs(_above(a, b, p))


def test_clamshell_seen_from_the_front_lifts_the_top_knee_in_a_v_off_the_bottom_one() -> None:
    """Seen from the feet end the trunk ran away up the page and the folded legs were short
    strokes that did not read as a clamshell at print size. Seen from in front of the belly
    and a little above, as handouts draw it: the trunk lies across the page (under 10
    degrees off level) with the head at one end, the feet together behind in line with it
    at the other, the bottom leg's thigh and shin on the mat, and the top knee lifts up the
    page so the thighs part in a V from the hips (shut: under 10 degrees; open: over 35,
    measured 43), the band round the thighs above the knees."""
    pose = drawn("clamshell")
    assert pose.view == "oblique"
    closed, opened = pose.start.figure, pose.end.figure
    for f in (closed, opened):
        trunk = angle(f.hip, f.neck)
        assert min(abs(trunk), abs(180 - abs(trunk))) < 10  # level across the page
        side = math.copysign(1.0, f.neck[0] - f.hip[0])  # the way to the head
        assert (f.head[0] - f.neck[0]) * side > 0.05 and (f.ankle_n[0] - f.hip[0]) * side < -0.25
        assert math.dist(f.ankle_f, f.ankle_n) < 0.04  # feet together
        assert abs(f.ankle_n[1] - f.hip_n[1]) < 0.03  # behind, in line with the trunk
        assert f.knee_n[1] < f.hip_n[1] - 0.05  # the bottom thigh forward, down the page
        assert abs(f.hip_f[0] - f.hip_n[0]) < 0.01 and f.hip_f[1] > f.hip_n[1] + 0.05
    assert opened.ankle_f == closed.ankle_f and opened.hip_f == closed.hip_f  # the hinge
    assert opened.knee_n == closed.knee_n  # the bottom leg stays on the mat

    def v(f: object) -> float:
        top = angle(f.hip_f, f.knee_f)  # type: ignore[attr-defined]
        bottom = angle(f.hip_n, f.knee_n)  # type: ignore[attr-defined]
        return abs((top - bottom + 180) % 360 - 180)

    assert v(closed) < 10
    assert v(opened) > 35
    assert opened.knee_f[1] > opened.knee_n[1] + 0.15  # the top knee up the page
    assert opened.knee_f[1] > closed.knee_f[1] + 0.1
    knees = math.dist(opened.knee_f, opened.knee_n)
    assert knees > 4 * math.dist(opened.ankle_f, opened.ankle_n)
    for frame in frames(pose):
        band = next(p for p in frame.props if p.role == "band")
        assert isinstance(band, Line)
        f = frame.figure
        assert f.knee_f not in (band.a, band.b) and f.knee_n not in (band.a, band.b)
    assert any(p.role == "mat" for p in pose.scenery)
