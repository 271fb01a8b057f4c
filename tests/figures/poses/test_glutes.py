"""Glute drawings: the single-leg hip thrust keeps its free foot up."""

from __future__ import annotations

from tests.support.drawing import drawn, frames, on_floor


def test_single_leg_hip_thrust_keeps_one_foot_up() -> None:
    pose = drawn("single-leg-hip-thrust")
    assert pose.name != drawn("hip-thrust").name
    for frame in frames(pose):
        assert on_floor(frame.figure.ankle_n)
        assert frame.figure.ankle_f[1] > frame.figure.hip[1] + 0.1
