"""The reportlab painter: both positions drawn, every pose scaled to fill its cell."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.graphics.shapes import Drawing

from planner_gui.export.illustration import pose_drawing
from planner_gui.figures.library import all_poses
from planner_gui.figures.pose import Pose


def test_reportlab_painter_draws_both_positions(pdf: Any) -> None:
    squat = all_poses()["squat"]
    drawing = pose_drawing(squat, 50, 40)
    assert isinstance(drawing, Drawing)
    assert (drawing.width, drawing.height) == (50, 40)
    group = drawing.contents[0]
    # scenery (floor), start figure, end figure
    assert len(group.contents) == 1 + 2
    static = pose_drawing(all_poses()["plank"], 50, 40).contents[0]
    assert len(static.contents) == 1 + 1


@pytest.mark.parametrize("pose", list(all_poses().values()), ids=lambda p: p.name)
def test_painter_keeps_every_pose_inside_its_cell(pose: Pose) -> None:
    drawing = pose_drawing(pose, 50, 40)
    x0, y0, x1, y1 = drawing.getBounds()
    assert x0 >= -0.5 and y0 >= -0.5 and x1 <= 50.5 and y1 <= 40.5
    assert max(x1 - x0, y1 - y0) > 30  # scaled up to fill the cell
