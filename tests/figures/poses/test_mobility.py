"""Stretch drawings: each one shows the position it names, touching what it rests on."""

from __future__ import annotations

import math

import pytest

from planner_gui.figures.props import FLOOR_Y, Circle, Line, Rect
from planner_gui.figures.skeleton import (
    FOREARM,
    HEAD_RADIUS,
    SEGMENTS,
    SHIN,
    THIGH,
    UPPER_ARM,
    Figure,
    Point,
)
from tests.support.drawing import angle, catalog_pose, drawn, frames, on_floor


def test_standing_hamstring_stretch_stands_on_the_floor() -> None:
    standing = catalog_pose("standing-hamstring-stretch")
    assert standing is not None
    assert standing.end.figure.head[1] > standing.end.figure.hip[1]  # not lying down
    assert standing.end.figure.ankle_n[1] == pytest.approx(FLOOR_Y, abs=0.01)


def test_couch_stretch_has_its_own_drawing() -> None:
    """Back knee down against a bench with that shin straight up it; not the hip flexor one."""
    pose = drawn("couch-stretch")
    assert pose != drawn("half-kneeling-hip-flexor-stretch")
    bench = next(p for p in pose.scenery if isinstance(p, Rect))
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.knee_n)
        assert f.ankle_n[1] > f.knee_n[1] + SHIN * 0.95  # shin upright
        assert bench.x + bench.width <= f.knee_n[0] < bench.x + bench.width + 0.05


def test_quad_stretch_bent_leg_shows_beside_the_standing_leg() -> None:
    pose = drawn("standing-quad-stretch")
    f = pose.end.figure
    standing_x = f.hip[0]
    assert f.ankle_f[0] == pytest.approx(standing_x) and on_floor(f.ankle_f)
    assert standing_x - f.knee_n[0] > 0.05  # the bent knee is clear of the standing leg
    assert standing_x - f.ankle_n[0] > 0.05 and f.ankle_n[1] > f.knee_n[1] + 0.2
    assert math.dist(f.wrist_n, f.ankle_n) < 0.02  # the hand holds the heel


def test_figure_four_is_one_clear_position() -> None:
    pose = drawn("figure-four-stretch")
    assert pose.is_static
    f = pose.end.figure
    assert math.dist(f.ankle_f, f.knee_n) < 0.08  # ankle crossed over the other knee

    def side(p: tuple[float, float]) -> float:
        """Signed distance from the near thigh's line (positive: on the shin's side)."""
        (ax, ay), (bx, by) = f.hip_n, f.knee_n
        return ((bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)) / math.dist(f.hip_n, f.knee_n)

    # Issue 14: the ankle set on the knee closed the legs into a triangle. The crossed
    # shin crosses the near thigh, its knee out on one side, the foot past it on the other.
    assert side(f.knee_f) < -0.05 and side(f.ankle_f) > 0.03


def _crosses(a: Point, b: Point, c: Point, d: Point) -> bool:
    def turn(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return turn(a, b, c) * turn(a, b, d) < 0 and turn(c, d, a) * turn(c, d, b) < 0


def test_figure_four_holds_the_thigh_with_arms_clear_of_the_crossed_leg() -> None:
    """The hands reached for a thigh out of reach, so the straight arm ran from the neck
    across the crossed leg, and the crossed knee sat by the elbow: a knot of strokes. Now
    the near thigh is drawn up past upright (100 degrees), the hands hold it, the crossed
    knee lies out towards the feet under the near shin, and no arm bone crosses a bone of
    the crossed leg or comes within 0.06 of its knee."""
    f = drawn("figure-four-stretch").end.figure
    (ax, ay), (bx, by) = f.hip_n, f.knee_n
    off = ((bx - ax) * (f.wrist_n[1] - ay) - (by - ay) * (f.wrist_n[0] - ax)) / THIGH
    assert abs(off) < 0.005  # the hands on the near thigh
    assert f.knee_n[0] < f.hip_n[0]  # the thigh drawn up past upright, towards the chest
    arm = ((f.neck, f.elbow_n), (f.elbow_n, f.wrist_n))
    crossed_leg = ((f.hip_f, f.knee_f), (f.knee_f, f.ankle_f))
    for a, b in arm:
        assert not any(_crosses(a, b, c, d) for c, d in crossed_leg)
    assert min(math.dist(f.knee_f, p) for p in (f.neck, f.elbow_n, f.wrist_n)) > 0.06
    assert f.knee_f[0] > f.knee_n[0] + 0.05  # the crossed knee out towards the feet


def test_sphinx_rests_on_the_forearms_with_the_hips_down() -> None:
    pose = drawn("sphinx")
    assert pose.is_static
    f = pose.end.figure
    assert on_floor(f.elbow_n) and on_floor(f.wrist_n) and on_floor(f.hip)
    assert abs(f.elbow_n[0] - f.neck[0]) < 0.01  # elbows under the shoulders
    assert on_floor(f.ankle_n)


def test_prone_press_up_lifts_the_chest_and_leaves_the_hips_down() -> None:
    pose = drawn("prone-press-up")
    flat, pressed = pose.start.figure, pose.end.figure
    for f in (flat, pressed):
        assert on_floor(f.hip) and on_floor(f.ankle_n) and on_floor(f.wrist_n)
    assert on_floor(flat.neck)
    assert pressed.neck[1] > flat.neck[1] + 0.15


def test_nerve_slider_sits_and_straightens_the_knee_as_the_head_looks_up() -> None:
    pose = drawn("sciatic-nerve-slider")
    seat = next(p for p in pose.scenery if isinstance(p, Rect))
    bent, straight = pose.start.figure, pose.end.figure
    for f in (bent, straight):
        assert 0 < f.hip[1] - (seat.y + seat.height) < 0.03  # sitting on the bench
        assert on_floor(f.ankle_f)  # the other foot stays down
    assert on_floor(bent.ankle_n) and not on_floor(straight.ankle_n)
    assert math.dist(straight.hip, straight.ankle_n) > math.dist(bent.hip, bent.ankle_n) + 0.1
    assert straight.head[0] < straight.neck[0] < bent.head[0]  # looks up, then down


def test_strap_hamstring_stretch_holds_a_straight_leg_up_on_a_strap() -> None:
    pose = drawn("supine-hamstring-stretch")
    assert pose.is_static
    frame = pose.end
    f = frame.figure
    lying = [f.hip, f.neck, f.ankle_f]  # on the back, one leg long on the floor
    assert all(y < FLOOR_Y + 0.05 for _, y in lying)
    assert math.dist(f.hip_n, f.ankle_n) == pytest.approx(THIGH + SHIN, abs=1e-6)  # straight
    assert f.ankle_n[1] > f.hip[1] + 0.4  # raised high
    straps = [p for p in frame.props if p.role == "strap"]
    assert straps and all(isinstance(p, Line) and p.thick for p in straps)
    for strap in straps:
        assert isinstance(strap, Line)
        assert math.dist(strap.a, f.wrist_n) < 0.02 and math.dist(strap.b, f.ankle_n) < 0.05


def test_quadruped_thoracic_rotation_turns_the_elbow_up_with_the_hand_behind_the_head() -> None:
    pose = drawn("quadruped-thoracic-rotation")
    down, up = pose.start.figure, pose.end.figure
    for f in (down, up):
        assert on_floor(f.wrist_n) and on_floor(f.knee_n)  # on hands and knees
        assert math.dist(f.wrist_f, f.head) < 0.08  # the hand on the back of the head
        assert f.wrist_f[0] < f.head[0]  # behind it, not on the face
    assert down.elbow_f[1] < down.neck[1] - 0.03  # pointing down at the floor
    assert up.elbow_f[1] > up.neck[1] + 0.13  # then up at the ceiling
    assert any(p.role == "" for p in pose.scenery)  # an arc traces the way up


def _segment_gap(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    ax, ay = a
    bx, by = b
    t = ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)
    t = max(0.0, min(1.0, t))
    return math.dist(p, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_quadruped_thoracic_rotation_keeps_the_arm_out_of_the_head() -> None:
    """With the hand on the head's crown the folded arm ran through the head circle in the
    start (0.05 inside its rim) and the raised forearm through it at the end: one tangle.
    Now the hand rests low on the back of the head and each position's upper arm and
    forearm pass outside the head's rim, the eyes looking up after the elbow at the end."""
    pose = drawn("quadruped-thoracic-rotation")
    for frame in frames(pose):
        f = frame.figure
        for a, b in ((f.neck, f.elbow_f), (f.elbow_f, f.wrist_f)):
            assert _segment_gap(f.head, a, b) > HEAD_RADIUS + 0.005
    assert pose.end.figure.head[1] > pose.start.figure.head[1] + 0.02  # looking up after it


def test_half_kneeling_hip_flexor_stretch_kneels_on_the_back_knee() -> None:
    """Not a figure on a chair: the back knee is down (on a pad) with the shin back behind it,
    the front foot is flat ahead with the knee at a right angle, the trunk is upright, and the
    hips push forward over the back knee at the end."""
    pose = drawn("half-kneeling-hip-flexor-stretch")
    pad = next(p for p in pose.scenery if isinstance(p, Rect) and p.role == "mat")
    for frame in frames(pose):
        f = frame.figure
        assert f.knee_n[1] == pytest.approx(pad.y + pad.height, abs=0.01)  # knee on the pad
        assert pad.x < f.knee_n[0] < pad.x + pad.width
        assert f.ankle_n[0] < f.knee_n[0] - 0.2 and f.ankle_n[1] > f.knee_n[1]  # toes tucked
        assert f.ankle_f[1] == pytest.approx(FLOOR_Y, abs=0.005)
        assert f.ankle_f[0] > f.hip[0] + 0.12  # the front foot well ahead
        assert abs(f.neck[0] - f.hip[0]) < 0.02  # trunk upright
    start, end = pose.start.figure, pose.end.figure
    thigh = angle(start.knee_f, start.hip)
    shin = angle(start.knee_f, start.ankle_f)
    bend = abs(thigh - shin) % 360
    assert min(bend, 360 - bend) == pytest.approx(90, abs=8)  # front knee at a right angle
    assert abs(start.hip[0] - start.knee_n[0]) < 0.03  # hips over the knee, then
    assert end.hip[0] - end.knee_n[0] > 0.08  # pushed forward of it


def test_worlds_greatest_stretch_plants_a_hand_by_the_front_foot_and_reaches_up() -> None:
    """The lunge with one hand on the floor beside the front foot; at the end the other arm
    points at the ceiling, in line with the planted arm and clear of the head."""
    pose = drawn("worlds-greatest-stretch")
    for frame in frames(pose):
        f = frame.figure
        assert on_floor(f.ankle_n) and on_floor(f.ankle_f)  # the lunge's feet
        assert f.ankle_n[0] - f.ankle_f[0] > 0.5  # long: front foot ahead, back foot behind
        assert f.knee_f[1] > FLOOR_Y + 0.02  # the back knee off the floor
        assert f.wrist_f[1] == pytest.approx(FLOOR_Y + 0.01, abs=0.01)  # hand on the floor
        assert 0 < f.wrist_f[0] - f.ankle_n[0] < 0.08  # beside the front foot
    start, end = pose.start.figure, pose.end.figure
    assert on_floor(start.wrist_n)  # both hands down to begin with
    assert end.wrist_n[1] > end.neck[1] + 0.28  # the top arm straight up
    assert abs(end.wrist_n[0] - end.wrist_f[0]) < 0.04  # one line, floor to ceiling
    assert abs(end.head[0] - end.neck[0]) > HEAD_RADIUS  # the head beside the raised arm


def test_lower_trunk_rotation_seen_from_above_drops_the_bent_knees_to_each_side() -> None:
    """Issue 14: from the feet end the knees were small triangles under a tall trunk. From
    above: lying on the back, arms out in a T, the bent knees together dropped flat to one
    side, then the other, the feet staying put."""
    pose = drawn("lower-trunk-rotation")
    assert pose.view == "top"
    one, other = pose.start.figure, pose.end.figure
    for f in (one, other):
        assert f.head[0] < f.neck[0] < f.hip[0] - 0.25 and f.neck[1] == f.hip[1]  # lying long
        # Arms out in a T, square to the trunk, both shoulders down.
        assert f.wrist_n[1] > f.neck[1] + 0.3 and f.wrist_f[1] < f.neck[1] - 0.3
        assert f.wrist_n[0] == pytest.approx(f.neck[0]) == pytest.approx(f.wrist_f[0])
        assert f.ankle_n[0] > f.hip[0] + 0.25 and math.dist(f.ankle_n, f.ankle_f) < 0.08
        for hip, knee, ankle in ((f.hip_n, f.knee_n, f.ankle_n), (f.hip_f, f.knee_f, f.ankle_f)):
            assert abs(angle(knee, hip) - angle(knee, ankle)) > 60  # knees bent
        assert math.dist(f.knee_n, f.knee_f) < 0.08  # together, the top leg over the lower
        assert math.dist(f.hip_n, f.hip_f) < 0.04  # the pelvis turned with them
    assert one.ankle_n == pytest.approx(other.ankle_n)  # the feet stay
    # The knees well out to one side of the body's line (the arc takes them to the other).
    assert one.knee_n[1] < one.hip[1] - 0.12 and one.knee_f[1] < one.hip[1] - 0.12
    mat = [p for p in pose.scenery if p.role == "mat"]
    xs = [x for p in mat if isinstance(p, Line) for x in (p.a[0], p.b[0])]
    ys = [y for p in mat if isinstance(p, Line) for y in (p.a[1], p.b[1])]
    for f in (one, other):  # on the mat
        assert min(xs) < f.head[0] - HEAD_RADIUS and f.ankle_n[0] < max(xs)
        assert min(ys) < f.wrist_f[1] and f.wrist_n[1] < max(ys)


def test_childs_pose_sits_back_on_the_heels_forehead_down_arms_long_on_the_floor() -> None:
    """Issue 14: the fold hovered the head off the floor and held the hands up in the air."""
    pose = drawn("childs-pose")
    four, fold = pose.start.figure, pose.end.figure
    # All fours: hips over the knees, hands under the shoulders.
    assert abs(four.hip[0] - four.knee_n[0]) < 0.01 and on_floor(four.wrist_n)
    for f in (four, fold):
        assert on_floor(f.knee_n) and on_floor(f.ankle_n)  # kneeling, shins flat behind
        assert f.ankle_n[0] < f.knee_n[0] - SHIN + 0.01
    # Hips back onto the heels, well behind the knees.
    assert abs(fold.hip[0] - fold.ankle_n[0]) < 0.05 and fold.hip[1] < FLOOR_Y + 0.13
    assert fold.hip[0] < fold.knee_n[0] - 0.15
    # Forehead down: the head touches the floor, ahead of the knees.
    assert fold.head[1] - HEAD_RADIUS < FLOOR_Y + 0.01 and fold.head[0] > fold.knee_n[0]
    # The arms long: straight, reaching the floor ahead of the head.
    elbow_bend = abs(angle(fold.neck, fold.elbow_n) - angle(fold.elbow_n, fold.wrist_n))
    assert elbow_bend < 3 and on_floor(fold.wrist_n)
    assert fold.wrist_n[0] > fold.head[0] + 0.15


def test_90_90_hip_switch_swings_both_knees_clear_of_the_trunk_hands_on_the_hips() -> None:
    """The inner thigh stood up along the trunk and the arms hung to the floor far out on
    both sides like a cape: now both knees stay well out of the trunk's line as they swing
    over together, and the hands rest on the hips, elbows out."""
    pose = drawn("90-90-hip-switch")
    for frame in frames(pose):
        f = frame.figure
        for knee in (f.knee_n, f.knee_f):
            assert abs(knee[0] - f.hip[0]) > 0.12  # clear of the trunk
        for wrist, elbow in ((f.wrist_n, f.elbow_n), (f.wrist_f, f.elbow_f)):
            assert abs(wrist[0] - f.hip[0]) < 0.1 and f.hip[1] < wrist[1] < f.neck[1]
            assert abs(elbow[0] - f.hip[0]) > abs(wrist[0] - f.hip[0]) + 0.05  # elbows out
    start, end = pose.start.figure, pose.end.figure
    assert end.knee_n[0] - start.knee_n[0] > 0.05 and end.knee_f[0] - start.knee_f[0] > 0.05


def test_adductor_rock_back_shows_the_leg_out_to_the_side_on_the_floor_s_slant() -> None:
    """Drawn flat from the side both legs knelt and it read as child's pose: now one knee
    kneels under the hip while the other leg lies straight out to the side, towards the
    reader down the floor's slant, and the hips rock back towards the kneeling heel with the
    hands staying put."""
    pose = drawn("adductor-rock-back")
    assert any(isinstance(p, Line) and p.role == "mat" for p in pose.scenery)
    for frame in frames(pose):
        f = frame.figure
        assert math.dist(f.hip, f.ankle_n) == pytest.approx(THIGH + SHIN)  # straight
        floor = f.knee_f[1]  # the floor under the knee, the heel and the hands
        assert f.ankle_f[1] == pytest.approx(floor) and f.wrist_n[1] == pytest.approx(floor)
        assert f.ankle_n[1] < floor - 0.1 and f.ankle_n[0] > f.hip[0]  # out, on the slant
    start, end = pose.start.figure, pose.end.figure
    assert abs(start.hip[0] - start.knee_f[0]) < 0.02  # the hip over the kneeling knee
    assert start.hip[0] - end.hip[0] > 0.12  # rocked back towards the heel
    assert math.dist(end.hip, end.ankle_f) < math.dist(start.hip, start.ankle_f) - 0.05
    assert start.wrist_n == pytest.approx(end.wrist_n)  # the hands stay put


def _gap(centre: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far the segment a-b passes from `centre`."""
    (ax, ay), (bx, by), (cx, cy) = a, b, centre
    t = max(0.0, min(1.0, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / math.dist(a, b) ** 2))
    return math.dist(centre, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_adductor_rock_back_keeps_the_head_off_the_arm_and_pivots_on_one_side_foot() -> None:
    """At contact-sheet size the rocked-back end's head sat on its bent arm and two parallel
    side legs, on two feet, crossed the drawing: now the hands are planted far enough ahead
    that the arms stay long, the head is held up clear of them in both positions, and the
    straight side leg swings about one foot that stays put."""
    pose = drawn("adductor-rock-back")
    for frame in frames(pose):
        f = frame.figure
        arm = min(_gap(f.head, f.neck, f.elbow_n), _gap(f.head, f.elbow_n, f.wrist_n))
        assert arm > HEAD_RADIUS + 0.015
        assert math.dist(f.neck, f.wrist_n) > 0.95 * (UPPER_ARM + FOREARM)  # long arms
        assert f.elbow_n[0] > f.neck[0] and f.elbow_n[1] > f.wrist_n[1] + 0.05
    assert pose.start.figure.ankle_n == pytest.approx(pose.end.figure.ankle_n)  # one foot


def test_lower_trunk_rotation_sweeps_the_knees_round_the_hips_not_a_square_diamond() -> None:
    """The two knee positions and a small arc between the shins made one square diamond:
    now the knees bend further, so the dropped knees reach out wide,
    and a wiper's arc round the hips, outside the knees and the feet, carries an arrowhead
    at each end."""
    pose = drawn("lower-trunk-rotation")
    one = pose.end.figure
    across = one.hip[1] - one.knee_f[1]  # the lower leg, the top one's knee inside it
    assert across > 0.65 * (one.ankle_f[0] - one.hip[0])  # out wider than half its length
    plain = [p for p in pose.scenery if isinstance(p, Line) and p.role == ""]
    reach = max(math.dist(one.hip, p) for p in (one.knee_n, one.knee_f, one.ankle_n))
    arc = [p for p in plain if min(math.dist(one.hip, p.a), math.dist(one.hip, p.b)) > reach]
    ends = [y for p in arc for y in (p.a[1], p.b[1])]
    assert max(ends) > one.hip[1] + 0.15 and min(ends) < one.hip[1] - 0.15  # side to side
    assert min(x for p in arc for x in (p.a[0], p.b[0])) > one.hip[0]  # round the feet end
    heads = [p for p in plain if math.dist(p.a, p.b) == pytest.approx(0.045)]
    assert len(heads) == 4  # an arrowhead at each end


def test_lower_trunk_rotation_draws_one_side_not_a_rhombus_of_both() -> None:
    """Both sides drawn over each other put the bent legs' two mirror images about the
    body's line, closing a rhombus from the hip to the feet that read as a shape, not as
    legs. The knees are drawn dropped to one side only, both legs there, the lower one
    outside the top one, and the arc says they go over to the other side. The two legs
    0.024 apart on parallel lines merged into one thick V at sheet size; now the top leg's
    foot lies 0.07 past the lower one's, so its knee sits ahead (0.037) and inside
    (0.054): two V's, the top shin crossing over the lower one."""
    pose = drawn("lower-trunk-rotation")
    assert pose.is_static
    f = pose.end.figure
    knees = (f.knee_n, f.knee_f)
    assert all(knee[1] < f.hip[1] - 0.12 for knee in knees)  # all on one side
    gap = f.knee_n[1] - f.knee_f[1]
    assert 0.04 < gap < 0.08  # two legs, stacked: the lower one shows outside the top one
    assert f.knee_n[0] > f.knee_f[0] + 0.03  # the top knee ahead: not one thick V
    assert f.ankle_n[0] > f.ankle_f[0] + 0.05  # the top foot past the lower one
    plain = [p for p in pose.scenery if isinstance(p, Line) and p.role == ""]
    assert max(y for p in plain for y in (p.a[1], p.b[1])) > f.hip[1] + 0.15  # the other side


def test_adductor_rock_back_keeps_its_two_positions_apart_on_straight_arms() -> None:
    """With the hands far ahead and the head thrown back, the start's back ran through the
    rocked-back head and the end's bent arm crossed the start's: one knot of strokes. Now
    both arms are straight, the hips sink back almost onto the kneeling heel, and each
    position's head is clear of every stroke of the other's back and arm."""
    pose = drawn("adductor-rock-back")
    start, end = pose.start.figure, pose.end.figure
    for f in (start, end):
        bend = abs(angle(f.neck, f.elbow_n) - angle(f.elbow_n, f.wrist_n))
        assert bend < 2  # a straight arm
    for head, other in ((end.head, start), (start.head, end)):
        strokes = (
            (other.hip, other.neck),
            (other.neck, other.elbow_n),
            (other.elbow_n, other.wrist_n),
        )
        assert min(_gap(head, a, b) for a, b in strokes) > HEAD_RADIUS + 0.015
    assert math.dist(end.head, start.head) > 3 * HEAD_RADIUS
    assert end.hip[1] < end.knee_f[1] + 0.1  # sat back low, towards the heel


def test_cat_cow_rounds_and_sags_the_back_on_straight_arms_under_the_shoulders() -> None:
    """The shoulders sat too low for the arms, so both positions bent the elbows like a
    half press-up (39 degrees in the cat, 46 in the cow). The arms
    now stay straight from the shoulders to hands that stay put under them; the back
    rounds up in the cat and sags in the cow, and neither head touches its arm."""
    pose = drawn("cat-cow")
    cat, cow = pose.start.figure, pose.end.figure
    assert cat.wrist_n == pytest.approx(cow.wrist_n)  # the hands stay put
    for f in (cat, cow):
        assert abs(angle(f.neck, f.elbow_n) - angle(f.elbow_n, f.wrist_n)) < 2  # straight
        assert on_floor(f.wrist_n) and abs(f.wrist_n[0] - f.neck[0]) < 0.07  # under them
        assert _gap(f.head, f.neck, f.wrist_n) > HEAD_RADIUS + 0.01

    def rise(f: Figure) -> float:
        """How far the waist sits above (+) the straight line from hip to neck."""
        t = (f.waist[0] - f.hip[0]) / (f.neck[0] - f.hip[0])
        return f.waist[1] - (f.hip[1] + t * (f.neck[1] - f.hip[1]))

    assert rise(cat) > 0.04 and rise(cow) < -0.04


def test_pigeon_sits_low_on_the_floor_and_folds_onto_the_forearms() -> None:
    """The hips sat so high that the front knee and shin sank under the floor line (0.015
    below it) and the back leg floated 0.07 over it, and the tall position's straight arms
    ended 0.08 short of the floor. Now the front knee and shin and the back foot rest on
    the floor, the back leg is straight, the tall hands are planted on straight arms and
    the fold rests on its forearms, the elbows under the shoulders."""
    pose = drawn("pigeon-stretch")
    tall, fold = pose.start.figure, pose.end.figure
    for f in (tall, fold):
        for point in (f.knee_n, f.ankle_n, f.ankle_f):
            assert FLOOR_Y - 1e-6 < point[1] < FLOOR_Y + 0.01  # on the floor, not under it
        assert f.knee_n[0] > f.hip[0] + 0.15 and f.ankle_n[0] < f.knee_n[0] - 0.15
        assert abs(angle(f.hip, f.knee_f) - angle(f.knee_f, f.ankle_f)) < 1  # back leg long
        assert f.ankle_f[0] < f.hip[0] - 0.4
    assert on_floor(tall.wrist_n) and tall.wrist_n[1] < FLOOR_Y + 0.015
    assert abs(angle(tall.neck, tall.elbow_n) - angle(tall.elbow_n, tall.wrist_n)) < 2
    assert fold.elbow_n[1] < FLOOR_Y + 0.015 and abs(fold.elbow_n[0] - fold.neck[0]) < 0.02
    assert fold.wrist_n[1] < FLOOR_Y + 0.015 and fold.wrist_n[0] > fold.elbow_n[0] + 0.1
    assert fold.head[1] - HEAD_RADIUS > FLOOR_Y + 0.03  # the head over the forearms


def test_foam_roll_upper_back_rests_the_back_on_the_roller() -> None:
    """The back floated 0.03 to 0.06 over the roller, which touched nothing. Now the trunk
    lies on the roller in both positions, under the shoulder blades and then the mid-back,
    the feet flat on the floor."""
    pose = drawn("foam-roll-thoracic-spine")
    shares = []
    for frame in frames(pose):
        f = frame.figure
        tube = max(
            (p for p in frame.props if isinstance(p, Circle) and p.role == "roller"),
            key=lambda p: p.radius,
        )
        assert abs(_gap(tube.center, f.hip, f.neck) - tube.radius) < 0.005  # resting on it
        assert on_floor(f.ankle_n)
        shares.append((f.hip[0] - tube.center[0]) / (f.hip[0] - f.neck[0]))
    upper, middle = shares
    assert upper > 0.8 and 0.45 < middle < 0.7  # shoulder blades, then the mid-back


@pytest.mark.parametrize("exercise_id", ["foam-roll-hamstrings", "foam-roll-glutes"])
def test_foam_rolling_sits_on_the_roller_with_the_hands_on_the_floor(exercise_id: str) -> None:
    """The straight legs floated 0.03 to 0.04 over the hamstring roller and the hips 0.02
    over the glute roller, and the glute roll's straight arms ended 0.07 over the floor.
    Now the body rests on the roller and the hands are planted behind."""
    pose = drawn(exercise_id)
    for frame in frames(pose):
        f = frame.figure
        tube = max(
            (p for p in frame.props if isinstance(p, Circle) and p.role == "roller"),
            key=lambda p: p.radius,
        )
        bones = [
            (getattr(f, a), getattr(f, b)) for a, b, _ in SEGMENTS if getattr(f, a) != getattr(f, b)
        ]
        assert min(_gap(tube.center, a, b) for a, b in bones) - tube.radius < 0.015
        assert f.wrist_n[1] < FLOOR_Y + 0.015 and f.wrist_n[0] < f.hip[0]  # planted behind
