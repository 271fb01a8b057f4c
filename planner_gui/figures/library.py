"""Every drawing by pose id: the names an exercise's `pose` field may use.

A pose id is lowercase words joined by hyphens, like an exercise id. `NO_FIGURE` ("none") is
the one id with no drawing: a custom exercise may name it to go without a figure, and the
painters then leave the space empty. Every catalog exercise has a drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from planner_gui.figures.pose import Pose, heads_resting
from planner_gui.figures.poses import cardio, core, glutes, lower_body, mobility, upper_body, warmup

NO_FIGURE = "none"

_FAMILIES: tuple[Mapping[str, Callable[[], Pose]], ...] = (
    lower_body.POSES,
    upper_body.POSES,
    core.POSES,
    glutes.POSES,
    mobility.POSES,
    warmup.POSES,
    cardio.POSES,
)


def _merged() -> dict[str, Callable[[], Pose]]:
    makers: dict[str, Callable[[], Pose]] = {}
    for family in _FAMILIES:
        for pose_id, maker in family.items():
            if pose_id in makers or pose_id == NO_FIGURE:
                raise ValueError(f"pose id {pose_id!r} is defined twice")
            makers[pose_id] = maker
    return makers


_MAKERS = _merged()
_BUILT: dict[str, Pose] = {}


def pose_ids() -> Iterator[str]:
    """Every id with a drawing, family by family (`NO_FIGURE` not included)."""
    return iter(_MAKERS)


def is_known(pose_id: str) -> bool:
    """Whether an exercise may name this pose: a drawing's id, or `NO_FIGURE`."""
    return pose_id == NO_FIGURE or pose_id in _MAKERS


def pose(pose_id: str) -> Pose | None:
    """The drawing for an id, built once, its heads resting on the floor (`heads_resting`);
    None for `NO_FIGURE`. An unknown id is a KeyError."""
    if pose_id == NO_FIGURE:
        return None
    built = _BUILT.get(pose_id)
    if built is None:
        built = _BUILT[pose_id] = heads_resting(_MAKERS[pose_id]())
    return built


def all_poses() -> dict[str, Pose]:
    """Every drawing by id: for previews and tests of the painters."""
    return {pose_id: built for pose_id in _MAKERS if (built := pose(pose_id)) is not None}
