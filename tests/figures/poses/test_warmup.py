"""Warm-up drawings: the lateral lunge shift is a front view with the weight over one bent
knee and the other leg straight (issue 14)."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import Line
from planner_gui.figures.skeleton import HEAD_RADIUS, SHIN, THIGH
from tests.support.drawing import angle, drawn, on_floor


def test_lateral_lunge_shifts_over_one_bent_knee_with_the_other_leg_straight() -> None:
    pose = drawn("lateral-lunge-shift")
    assert pose.view == "front"
    start, end = pose.start.figure, pose.end.figure
    for f in (start, end):
        assert abs(f.ankle_n[0] - f.ankle_f[0]) > 0.4  # a wide stance
        assert on_floor(f.ankle_n) and on_floor(f.ankle_f)
    assert end.hip[0] > start.hip[0] + 0.1 and end.hip[1] < start.hip[1] - 0.05  # shifted, low
    assert math.dist(end.hip_f, end.ankle_f) == pytest.approx(THIGH + SHIN, abs=1e-6)  # straight
    assert math.dist(end.hip_n, end.ankle_n) < THIGH + SHIN - 0.08  # the knee bent
    assert end.knee_n[0] > end.ankle_n[0] - 0.02  # the knee out over the foot, not caving in
    # Hands on the hips, elbows out: the arms clear of the trunk, not crossed over it.
    assert end.elbow_n[0] > end.shoulder_n[0] and end.elbow_f[0] < end.shoulder_f[0]


def test_band_pull_apart_ends_with_the_band_tight_across_the_chest_below_the_arms() -> None:
    """With the arms level the band lay along them and could not be seen."""
    pose = drawn("band-pull-apart")
    apart = pose.end.figure
    stretched = next(p for p in pose.end.props if isinstance(p, Line) and p.role == "band")
    assert stretched.thick and {stretched.a, stretched.b} == {apart.wrist_n, apart.wrist_f}
    assert apart.wrist_n[0] - apart.wrist_f[0] > 0.6  # arms straight out to the sides
    assert apart.neck[1] - 0.12 < stretched.a[1] < apart.neck[1] - 0.04  # across the chest


def _clearance(
    centre: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    (ax, ay), (bx, by), (cx, cy) = a, b, centre
    t = max(0.0, min(1.0, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / math.dist(a, b) ** 2))
    return math.dist(centre, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_inchworm_folds_tall_on_the_plank_s_feet_clear_of_the_plank() -> None:
    """The fold crouched on bent knees under the plank's legs, on other feet, crowded into a
    corner: now it stands nearly straight-legged on the plank's feet, hips high, hands
    planted well ahead, its head clear of the plank's body."""
    pose = drawn("inchworm")
    fold, plank = pose.start.figure, pose.end.figure
    assert math.dist(fold.ankle_n, plank.ankle_n) < 0.03  # the feet stay put
    assert math.dist(fold.hip, fold.ankle_n) > 0.97 * (THIGH + SHIN)  # legs nearly straight
    assert fold.hip[1] > 0.45 and abs(fold.hip[0] - fold.ankle_n[0]) < 0.06  # hips high
    assert on_floor(fold.wrist_n) and on_floor(plank.wrist_n)
    assert fold.wrist_n[0] - fold.ankle_n[0] > 0.25  # hands planted well ahead
    assert plank.wrist_n[0] - fold.wrist_n[0] > 0.25  # then walked out to the plank
    for a, b in ((plank.ankle_n, plank.hip), (plank.hip, plank.neck)):
        assert _clearance(fold.head, a, b) > 0.06  # the fold's head clear of the plank


def test_inchworm_fold_holds_its_head_well_clear_of_the_plank_and_its_own_arm() -> None:
    """The fold's steep back hung its head down until it only just cleared the plank's
    line, and onto its own arm: a shallower back with the head held up keeps a clear gap
    (more than a third of the head's width) above the plank and off the arm."""
    pose = drawn("inchworm")
    fold, plank = pose.start.figure, pose.end.figure
    for a, b in ((plank.ankle_n, plank.hip), (plank.hip, plank.neck)):
        assert _clearance(fold.head, a, b) > HEAD_RADIUS + 0.05
    rise = (plank.neck[1] - plank.ankle_n[1]) / (plank.neck[0] - plank.ankle_n[0])
    assert fold.head[1] > plank.ankle_n[1] + rise * (fold.head[0] - plank.ankle_n[0])  # above
    for a, b in ((fold.neck, fold.elbow_n), (fold.elbow_n, fold.wrist_n)):
        assert _clearance(fold.head, a, b) > HEAD_RADIUS + 0.015


Pt = tuple[float, float]


def _elbow(shoulder: Pt, elbow: Pt, wrist: Pt) -> float:
    """The elbow's inside angle in degrees: 180 is a straight arm."""
    turn = abs(angle(shoulder, elbow) - angle(elbow, wrist)) % 360
    return 180 - min(turn, 360 - turn)


def test_inchworm_walks_out_to_a_plank_on_straight_arms_under_the_shoulders() -> None:
    """The plank sat too low for its arms: they bent back at the elbow (130 degrees) like a
    push-up half way down, and the fold's arms bent too (150). Both arms are now straight,
    and in the plank the hands are under the shoulders."""
    pose = drawn("inchworm")
    fold, plank = pose.start.figure, pose.end.figure
    for f in (fold, plank):
        assert _elbow(f.neck, f.elbow_n, f.wrist_n) > 175
        assert on_floor(f.wrist_n)
    assert abs(plank.wrist_n[0] - plank.neck[0]) < 0.01  # hands under the shoulders
    # The body one line from the toes to the shoulders.
    assert abs(angle(plank.ankle_n, plank.hip) - angle(plank.hip, plank.neck)) < 1
