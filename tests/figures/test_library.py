"""The library: every drawing by a well-formed id, bones their length, all inside the box."""

from __future__ import annotations

import re

import pytest

from planner_gui.domain.models import ID_PATTERN
from planner_gui.figures import library
from planner_gui.figures.library import NO_FIGURE, all_poses
from planner_gui.figures.pose import Pose, bounds
from planner_gui.figures.skeleton import BONES, JOINTS
from tests.support.drawing import distance, lengths_of


@pytest.mark.parametrize("pose", list(all_poses().values()), ids=lambda p: p.name)
def test_limbs_keep_their_length_and_stay_in_the_box(pose: Pose) -> None:
    for frame in (pose.start, pose.end):
        for (a, b), length in lengths_of(pose).items():
            assert distance(frame.figure, a, b) == pytest.approx(length, abs=1e-9), (a, b)
        for name in JOINTS:
            x, y = getattr(frame.figure, name)
            assert -0.05 <= x <= 1.1 and -0.05 <= y <= 1.1, (pose.name, name, x, y)


@pytest.mark.parametrize(
    "pose", [p for p in all_poses().values() if p.view == "oblique"], ids=lambda p: p.name
)
def test_seen_obliquely_no_bone_looks_longer_than_it_is(pose: Pose) -> None:
    for frame in (pose.start, pose.end):
        for (a, b), length in BONES.items():
            assert distance(frame.figure, a, b) <= length + 1e-9, (pose.name, a, b)


@pytest.mark.parametrize("pose", list(all_poses().values()), ids=lambda p: p.name)
def test_props_stay_about_the_box_too(pose: Pose) -> None:
    """The window paints the box 0..1 as it is: nothing drawn may stray far out of it."""
    x0, y0, x1, y1 = bounds(pose)
    assert x0 >= -0.06 and x1 <= 1.06 and y0 >= -0.06 and y1 <= 1.16, (x0, y0, x1, y1)


def test_ids_are_well_formed_and_every_drawing_has_a_name_of_its_own() -> None:
    ids = list(library.pose_ids())
    assert len(ids) == len(set(ids)) == 124
    assert all(re.fullmatch(ID_PATTERN, pose_id) for pose_id in ids)
    assert NO_FIGURE not in ids
    names = [pose.name for pose in all_poses().values()]
    assert len(set(names)) == len(names)


def test_no_figure_is_known_and_draws_nothing() -> None:
    assert library.is_known(NO_FIGURE)
    assert library.pose(NO_FIGURE) is None
    assert NO_FIGURE not in all_poses()


def test_an_unknown_id_is_not_a_drawing() -> None:
    assert not library.is_known("moonwalk")
    with pytest.raises(KeyError):
        library.pose("moonwalk")


def test_each_drawing_is_built_once() -> None:
    assert library.pose("squat") is library.pose("squat")
    assert all_poses()["squat"] is library.pose("squat")
