"""BA401–BA404: core and glute work twice a week, hip mobility weekly, flexion-based core."""

from __future__ import annotations

from tests.support.plans import PlanBuilder


def test_ba401_core_in_fewer_than_two_sessions(make: PlanBuilder) -> None:
    one = make.week(make.session("mon"), make.session("thu", core=[]))
    [finding] = make.check(make.plan(one), "BA401")
    assert finding.week == 1 and "core work in 1 session" in finding.message
    # a core-category exercise in another block counts as core work
    two = make.week(
        make.session("mon"), make.session("thu", core=[], main=[make.item("plank", hold_s=20)])
    )
    assert make.check(make.plan(two), "BA401") == []


def test_ba401_threshold_from_plan(make: PlanBuilder) -> None:
    week = make.week(make.session("mon"), make.session("thu"))
    assert make.check(make.plan(week), "BA401") == []
    strict = make.plan(week, rules={"BA401": {"min_sessions": 3}})
    [finding] = make.check(strict, "BA401")
    assert "at least 3 sessions" in finding.message


def test_ba402_glute_work(make: PlanBuilder) -> None:
    one = make.week(make.session("mon"), make.session("thu", glute=[]))
    [finding] = make.check(make.plan(one), "BA402")
    assert "glute work in 1 session" in finding.message
    assert make.check(make.plan(make.week(make.session("mon"), make.session("thu"))), "BA402") == []


def test_ba403_hip_mobility(make: PlanBuilder) -> None:
    calves = [make.item("calf-stretch", 2, hold_s=30)]
    none = make.week(make.session("mon", mobility=calves), make.session("thu", mobility=calves))
    [finding] = make.check(make.plan(none), "BA403")
    assert finding.week == 1
    # a hip-flexor mobility drill in the cool-down counts, though it is a warm-up exercise
    cooled = make.week(
        make.session("mon", mobility=calves, cooldown=[make.item("leg-swing", 1, reps=10)]),
    )
    assert make.check(make.plan(cooled), "BA403") == []


def test_ba403_skips_empty_weeks(make: PlanBuilder) -> None:
    assert make.check(make.plan(make.week()), "BA403") == []


def test_ba404_flexion_core(make: PlanBuilder) -> None:
    session = make.session("mon", core=[make.item("bird-dog"), make.item("sit-up", reps=15)])
    [finding] = make.check(make.plan(make.week(session)), "BA404")
    assert (finding.severity, finding.block, finding.item_index, finding.exercise) == (
        "info",
        "core",
        1,
        "sit-up",
    )
    assert "Sit-up builds core work on spinal flexion" in finding.message
    assert make.check(make.plan(make.week(make.session("mon"))), "BA404") == []


def test_ba403_counts_only_stretch_and_mobility_patterns(make: PlanBuilder) -> None:
    """Sit-ups (with the hip flexors among their muscles) and hinges in a mobility block
    work those muscles but do not lengthen them."""
    sit_up = {
        "id": "full-sit-up",
        "name": "Full sit-up",
        "category": "core",
        "pattern": "spinal-flexion",
        "muscles": ["rectus-abdominis", "hip-flexors"],
        "dose": "reps",
    }
    not_mobility = [make.item("full-sit-up", 2, reps=10), make.item("dowel-hinge", 1, reps=10)]
    week = make.week(make.session("mon", mobility=not_mobility))
    [finding] = make.check(make.plan(week, exercises=[sit_up]), "BA403")
    assert finding.week == 1
    stretched = make.week(make.session("mon", mobility=[*not_mobility, make.item("leg-swing", 1)]))
    assert make.check(make.plan(stretched, exercises=[sit_up]), "BA403") == []


def test_ba401_ba402_an_empty_block_is_no_work(make: PlanBuilder) -> None:
    """A core or glute block left empty (the window keeps it after its last row is deleted)
    is no core or glute work: the session must not count toward BA401 and BA402."""
    emptied = make.session("thu", core=[], glute=[])
    emptied["blocks"] += [{"kind": "core", "items": []}, {"kind": "glute", "items": []}]
    flagged = make.plan(make.week(make.session("mon"), emptied))
    assert [f.code for f in make.check(flagged, "BA401")] == ["BA401"]
    assert [f.code for f in make.check(flagged, "BA402")] == ["BA402"]
    [core] = make.check(flagged, "BA401")
    assert "core work in 1 session" in core.message
    # near miss: the same plan with one exercise in each block passes
    filled = make.session("thu")
    passing = make.plan(make.week(make.session("mon"), filled))
    assert make.check(passing, "BA401") == [] and make.check(passing, "BA402") == []


def test_an_empty_block_does_not_change_a_shared_session_shape(make: PlanBuilder) -> None:
    """Sessions that differ only in an empty block share a shape; which of them is checked
    first must not decide whether the others count as core work."""
    emptied = make.session("thu", core=[])
    emptied["blocks"].append({"kind": "core", "items": []})
    for order in ((make.session("mon", core=[]), emptied), (emptied, make.session("mon", core=[]))):
        week = make.week(*order, make.session("sat"))
        [finding] = make.check(make.plan(week), "BA401")
        assert "core work in 1 session" in finding.message
