"""The skeleton: every joint but the head hangs on a bone, far limbs are drawn first."""

from __future__ import annotations

from planner_gui.figures.skeleton import JOINTS, SEGMENTS, Figure


def test_joints_are_the_figure_fields_in_order() -> None:
    assert tuple(Figure.__dataclass_fields__) == JOINTS
    assert len(JOINTS) == 11


def test_bones_join_every_joint_and_the_head_sits_apart() -> None:
    ends = {joint for a, b, _ in SEGMENTS for joint in (a, b)}
    assert ends == set(JOINTS) - {"head"}  # the head is a circle off the neck, not a bone


def test_far_limbs_come_first_so_near_limbs_paint_over_them() -> None:
    near = [is_near for _, _, is_near in SEGMENTS]
    assert near == sorted(near)  # every far bone before every near one
    assert all(a.endswith("_f") or b.endswith("_f") for a, b, n in SEGMENTS if not n)
    assert not any(a.endswith("_f") or b.endswith("_f") for a, b, n in SEGMENTS if n)
