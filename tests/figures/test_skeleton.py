"""The skeleton: every joint but the head hangs on a bone, far limbs are drawn first, and
the bones that keep their length are the limbs and the two halves of the spine."""

from __future__ import annotations

import pytest

from planner_gui.figures.skeleton import (
    BONES,
    FOREARM,
    JOINTS,
    SEGMENTS,
    SHIN,
    THIGH,
    TORSO,
    UPPER_ARM,
    Figure,
)


def test_joints_are_the_figure_fields_in_order() -> None:
    assert tuple(Figure.__dataclass_fields__) == JOINTS
    assert len(JOINTS) == 16


def test_the_fixed_bones_are_drawn_and_add_up_to_the_limbs_and_the_trunk() -> None:
    drawn = {(a, b) for a, b, _ in SEGMENTS}
    assert set(BONES) <= drawn
    assert BONES[("hip", "waist")] + BONES[("waist", "neck")] == pytest.approx(TORSO)
    for side in ("n", "f"):
        assert BONES[(f"hip_{side}", f"knee_{side}")] == THIGH
        assert BONES[(f"knee_{side}", f"ankle_{side}")] == SHIN
        assert BONES[(f"shoulder_{side}", f"elbow_{side}")] == UPPER_ARM
        assert BONES[(f"elbow_{side}", f"wrist_{side}")] == FOREARM
    # Shoulders and pelvis are drawn but vary: nothing from the side, apart from the front.
    assert drawn - set(BONES) == {
        ("hip", "hip_f"),
        ("hip", "hip_n"),
        ("neck", "shoulder_f"),
        ("neck", "shoulder_n"),
    }


def test_bones_join_every_joint_and_the_head_sits_apart() -> None:
    ends = {joint for a, b, _ in SEGMENTS for joint in (a, b)}
    assert ends == set(JOINTS) - {"head"}  # the head is a circle off the neck, not a bone


def test_far_limbs_come_first_so_near_limbs_paint_over_them() -> None:
    near = [is_near for _, _, is_near in SEGMENTS]
    assert near == sorted(near)  # every far bone before every near one
    assert all(a.endswith("_f") or b.endswith("_f") for a, b, n in SEGMENTS if not n)
    assert not any(a.endswith("_f") or b.endswith("_f") for a, b, n in SEGMENTS if n)
