"""Glute drawings: the single-leg hip thrust keeps its free foot up; side-lying abduction lifts
the top leg."""

from __future__ import annotations

from tests.support.drawing import drawn, frames, on_floor


def test_single_leg_hip_thrust_keeps_one_foot_up() -> None:
    pose = drawn("single-leg-hip-thrust")
    assert pose.name != drawn("hip-thrust").name
    for frame in frames(pose):
        assert on_floor(frame.figure.ankle_n)
        assert frame.figure.ankle_f[1] > frame.figure.hip[1] + 0.1


def test_side_lying_abduction_lifts_the_top_leg_off_the_bottom_one() -> None:
    pose = drawn("side-lying-hip-abduction")
    together, lifted = pose.start.figure, pose.end.figure
    for f in (together, lifted):
        assert on_floor(f.hip) and on_floor(f.neck) and on_floor(f.ankle_n)  # lying down
    assert together.ankle_f == together.ankle_n
    assert lifted.ankle_f[1] > lifted.ankle_n[1] + 0.15
