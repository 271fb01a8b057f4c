"""Stick-figure poses: every pattern has one, limbs keep their length, painters draw them."""

from __future__ import annotations

import math
from typing import Any

import pytest
from reportlab.graphics.shapes import Drawing

from planner_gui.domain import poses
from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.poses import Figure, Pose, all_poses, mirrored, pose_for
from planner_gui.domain.vocabulary import PATTERNS
from planner_gui.export.illustration import pose_drawing

LENGTHS = {
    ("neck", "hip"): poses.TORSO,
    ("hip", "knee_n"): poses.THIGH,
    ("knee_n", "ankle_n"): poses.SHIN,
    ("hip", "knee_f"): poses.THIGH,
    ("knee_f", "ankle_f"): poses.SHIN,
    ("neck", "elbow_n"): poses.UPPER_ARM,
    ("elbow_n", "wrist_n"): poses.FOREARM,
}


def _distance(figure: Figure, a: str, b: str) -> float:
    return math.dist(getattr(figure, a), getattr(figure, b))


def test_every_pattern_has_a_pose() -> None:
    assert set(poses.PATTERN_POSES) == set(PATTERNS)


@pytest.mark.parametrize("pose", list(all_poses().values()), ids=lambda p: p.name)
def test_limbs_keep_their_length_and_stay_in_the_box(pose: Pose) -> None:
    for frame in (pose.start, pose.end):
        for (a, b), length in LENGTHS.items():
            assert _distance(frame.figure, a, b) == pytest.approx(length, abs=1e-9)
        for name in Figure.__dataclass_fields__:
            x, y = getattr(frame.figure, name)
            assert -0.05 <= x <= 1.1 and -0.05 <= y <= 1.1, (pose.name, name, x, y)


def test_lookup_by_pattern_and_by_id(catalog: Catalog) -> None:
    deadlift = catalog.get("deadlift")
    bird_dog = catalog.get("bird-dog")
    assert deadlift is not None and bird_dog is not None
    hinge = pose_for(deadlift)
    assert hinge is not None and hinge.name == "hinge"
    override = pose_for(bird_dog)
    assert override is not None and override.name == "bird dog"  # pattern says anti-rotation
    assert pose_for(catalog.get("clamshell")) is None  # no faithful side view
    assert pose_for(None) is None


def test_holds_are_static_and_movements_are_not() -> None:
    shapes = all_poses()
    assert shapes["plank"].is_static
    assert not shapes["squat"].is_static


def test_mirrored_flips_x_only() -> None:
    squat = all_poses()["squat"]
    flipped = mirrored(squat)
    assert flipped.end.figure.hip == pytest.approx(
        (1 - squat.end.figure.hip[0], squat.end.figure.hip[1])
    )
    assert mirrored(flipped) == squat


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


def test_names_that_share_words_get_the_movement_they_are() -> None:
    catalog = bundled_catalog()

    def pose_name(exercise_id: str) -> str | None:
        pose = pose_for(catalog.get(exercise_id))
        return pose.name if pose else None

    assert pose_name("banded-lateral-walk") != "walk"
    assert pose_name("monster-walk") != "walk"
    assert pose_name("foam-roll-hamstrings") == pose_name("foam-roll-glutes")
    assert pose_name("foam-roll-hamstrings") != "hamstring stretch"


def _catalog_pose(exercise_id: str) -> Pose | None:
    return pose_for(bundled_catalog().get(exercise_id))


def _angle(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def test_back_extension_lies_on_an_inclined_bench_not_a_standing_hinge() -> None:
    pose = _catalog_pose("back-extension")
    assert pose is not None and pose.name == "45-degree back extension"
    top = pose.end.figure
    # At the top the body is one straight line at about 45 degrees, feet off the floor.
    assert _angle(top.ankle_n, top.neck) == pytest.approx(45, abs=5)
    assert min(top.ankle_n[1], top.ankle_f[1]) > poses.FLOOR_Y + 0.05
    bottom = pose.start.figure
    assert bottom.neck[1] < bottom.hip[1]  # the trunk hangs down over the pad


def test_supported_and_grounded_positions_touch_what_they_rest_on() -> None:
    row = _catalog_pose("one-arm-dumbbell-row")
    assert row is not None
    bench_top = max(p.y + p.height for p in row.scenery if isinstance(p, poses.Rect))
    assert row.end.figure.knee_f[1] == pytest.approx(bench_top, abs=0.02)
    assert row.end.figure.wrist_f[1] == pytest.approx(bench_top, abs=0.02)
    kneeling = _catalog_pose("kneeling-plank")
    assert kneeling is not None and kneeling.is_static
    assert kneeling.end.figure.knee_n[1] == pytest.approx(poses.FLOOR_Y, abs=0.02)
    standing = _catalog_pose("standing-hamstring-stretch")
    assert standing is not None
    assert standing.end.figure.head[1] > standing.end.figure.hip[1]  # not lying down
    assert standing.end.figure.ankle_n[1] == pytest.approx(poses.FLOOR_Y, abs=0.01)


@pytest.mark.parametrize(
    ("exercise_id", "expected"),
    [
        ("easy-bike", "bike"),
        ("stationary-bike", "bike"),
        ("rowing-machine", "rowing machine"),
        ("sled-push", "sled push"),
        ("hollow-body-hold", "hollow hold"),
        ("quadruped-hip-extension", "quadruped hip extension"),
        ("walking-knee-hug", "knee hug"),
        ("inchworm", "inchworm"),
        ("landmine-press", "landmine press"),
        ("bulgarian-split-squat", "rear-foot-elevated split squat"),
        ("single-leg-romanian-deadlift", "single-leg hinge"),
        ("crunch", "curl-up"),
        ("torso-twist", None),
        ("open-book-thoracic-rotation", None),
    ],
)
def test_catalog_exercises_get_the_movement_they_name(
    exercise_id: str, expected: str | None
) -> None:
    pose = _catalog_pose(exercise_id)
    assert (pose.name if pose else None) == expected


def test_every_catalog_pose_keeps_limb_lengths() -> None:
    for exercise in bundled_catalog():
        pose = pose_for(exercise)
        if pose is None:
            continue
        for frame in (pose.start, pose.end):
            for (a, b), length in LENGTHS.items():
                assert _distance(frame.figure, a, b) == pytest.approx(length, abs=1e-9), (
                    exercise.id,
                    a,
                    b,
                )


def _drawn(exercise_id: str) -> Pose:
    pose = _catalog_pose(exercise_id)
    assert pose is not None, exercise_id
    return pose


def _frames(pose: Pose) -> tuple[poses.Frame, poses.Frame]:
    return pose.start, pose.end


def _on_floor(point: tuple[float, float]) -> bool:
    return point[1] < poses.FLOOR_Y + 0.03


@pytest.mark.parametrize("exercise_id", ["half-kneeling-pallof-press", "half-kneeling-cable-chop"])
def test_half_kneeling_drills_kneel(exercise_id: str) -> None:
    """One knee on the floor under the hip, the other foot flat ahead: not a standing figure."""
    pose = _drawn(exercise_id)
    for frame in _frames(pose):
        f = frame.figure
        assert _on_floor(f.knee_n) and abs(f.knee_n[0] - f.hip[0]) < 0.02
        assert _on_floor(f.ankle_f) and f.ankle_f[0] > f.hip[0] + 0.15
        assert not _on_floor(f.knee_f)


def test_single_leg_hip_thrust_keeps_one_foot_up() -> None:
    pose = _drawn("single-leg-hip-thrust")
    assert pose.name != _drawn("hip-thrust").name
    for frame in _frames(pose):
        assert _on_floor(frame.figure.ankle_n)
        assert frame.figure.ankle_f[1] > frame.figure.hip[1] + 0.1


def test_couch_stretch_has_its_own_drawing() -> None:
    """Back knee down against a bench with that shin straight up it; not the hip flexor one."""
    pose = _drawn("couch-stretch")
    assert pose != _drawn("half-kneeling-hip-flexor-stretch")
    bench = next(p for p in pose.scenery if isinstance(p, poses.Rect))
    for frame in _frames(pose):
        f = frame.figure
        assert _on_floor(f.knee_n)
        assert f.ankle_n[1] > f.knee_n[1] + poses.SHIN * 0.95  # shin upright
        assert bench.x + bench.width <= f.knee_n[0] < bench.x + bench.width + 0.05


def test_quad_stretch_bent_leg_shows_beside_the_standing_leg() -> None:
    pose = _drawn("standing-quad-stretch")
    f = pose.end.figure
    standing_x = f.hip[0]
    assert f.ankle_f[0] == pytest.approx(standing_x) and _on_floor(f.ankle_f)
    assert standing_x - f.knee_n[0] > 0.05  # the bent knee is clear of the standing leg
    assert standing_x - f.ankle_n[0] > 0.05 and f.ankle_n[1] > f.knee_n[1] + 0.2
    assert math.dist(f.wrist_n, f.ankle_n) < 0.02  # the hand holds the heel


def test_lat_pulldown_is_seated_under_a_thigh_pad() -> None:
    pose = _drawn("lat-pulldown")
    assert pose.name != _drawn("pull-up").name
    pad = min(
        (p for p in pose.scenery if isinstance(p, poses.Rect)), key=lambda r: r.width * r.height
    )
    for frame in _frames(pose):
        f = frame.figure
        assert abs(f.knee_n[1] - f.hip[1]) < 0.05  # thighs level: seated
        assert _on_floor(f.ankle_n)
        assert pad.x <= f.knee_n[0] <= pad.x + pad.width + 0.01
        assert 0 < pad.y - f.knee_n[1] < 0.03  # the pad sits on the thighs
    assert pose.start.figure.wrist_n[1] > pose.start.figure.head[1]  # bar overhead
    assert pose.end.figure.wrist_n[1] < pose.end.figure.neck[1]  # bar to the upper chest


def test_dowel_hinge_drill_holds_a_dowel_along_the_back() -> None:
    pose = _drawn("dowel-hinge-drill")
    for frame in _frames(pose):
        assert not any(isinstance(p, poses.Circle) for p in frame.props)  # no plate
        dowel = next(p for p in frame.props if isinstance(p, poses.Line))
        f = frame.figure
        spine = math.atan2(f.neck[1] - f.hip[1], f.neck[0] - f.hip[0])
        along = math.atan2(dowel.b[1] - dowel.a[1], dowel.b[0] - dowel.a[0])
        assert along == pytest.approx(spine, abs=1e-6)
        # head, upper back and tailbone: it runs from below the hip to past the head
        assert math.dist(dowel.a, dowel.b) > poses.TORSO + poses.NECK_TO_HEAD
        gap = abs(
            (dowel.a[0] - f.hip[0]) * math.sin(spine) - (dowel.a[1] - f.hip[1]) * math.cos(spine)
        )
        assert gap == pytest.approx(poses.HEAD_RADIUS)  # touching the back of the head


def test_figure_four_is_one_clear_position() -> None:
    pose = _drawn("figure-four-stretch")
    assert pose.is_static
    f = pose.end.figure
    assert math.dist(f.ankle_f, f.knee_n) < 0.03  # ankle crossed over the other knee
