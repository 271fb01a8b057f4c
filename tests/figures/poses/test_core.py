"""Core drawings: the kneeling plank rests on the knees, half-kneeling drills kneel."""

from __future__ import annotations

import pytest

from planner_gui.figures.props import FLOOR_Y
from tests.support.drawing import catalog_pose, drawn, frames, on_floor


def test_kneeling_plank_is_a_hold_on_the_knees() -> None:
    kneeling = catalog_pose("kneeling-plank")
    assert kneeling is not None and kneeling.is_static
    assert kneeling.end.figure.knee_n[1] == pytest.approx(FLOOR_Y, abs=0.02)


@pytest.mark.parametrize("exercise_id", ["half-kneeling-pallof-press", "half-kneeling-cable-chop"])
def test_half_kneeling_drills_kneel(exercise_id: str) -> None:
    """One knee on the floor under the hip, the other foot flat ahead: not a standing figure."""
    pose = drawn(exercise_id)
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.knee_n) and abs(f.knee_n[0] - f.hip[0]) < 0.02
        assert on_floor(f.ankle_f) and f.ankle_f[0] > f.hip[0] + 0.15
        assert not on_floor(f.knee_f)
