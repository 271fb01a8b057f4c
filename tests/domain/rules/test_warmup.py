"""WU301–WU303: warm-up before loaded work, no static holds in it, rehearse hinges and squats."""

from __future__ import annotations

from tests.support.plans import PlanBuilder


def test_wu301_loaded_session_without_warmup(make: PlanBuilder) -> None:
    loaded = make.session("mon", "Lower A", warmup=[], main=[make.item("deadlift", load=80)])
    [finding] = make.check(make.plan(make.week(loaded)), "WU301")
    assert (finding.week, finding.day, finding.session, finding.block) == (
        1,
        "mon",
        "Lower A",
        None,
    )
    assert finding.session_index == 0
    assert "Lower A has loaded work (Deadlift) but no warm-up" in finding.message


def test_wu301_passes_unloaded_sessions_and_warmed_up_ones(make: PlanBuilder) -> None:
    mobility_only = make.session("mon", warmup=[], main=[make.item("bird-dog")])
    warmed = make.session("wed", main=[make.item("deadlift", load=80)])
    assert make.check(make.plan(make.week(mobility_only, warmed)), "WU301") == []


def test_wu302_static_stretch_in_warmup(make: PlanBuilder) -> None:
    warmup = [make.item("leg-swing", 1, reps=10), make.item("hip-flexor-stretch", 1, hold_s=30)]
    [finding] = make.check(make.plan(make.week(make.session("mon", warmup=warmup))), "WU302")
    assert (finding.block, finding.item_index, finding.exercise) == (
        "warmup",
        1,
        "hip-flexor-stretch",
    )
    assert "Hip flexor stretch is a static stretch in the warm-up" in finding.message
    # the same stretch in the mobility block is where it belongs
    assert make.check(make.plan(make.week(make.session("mon"))), "WU302") == []


def test_wu303_main_hinge_without_hinge_in_warmup(make: PlanBuilder) -> None:
    warmup = [make.item("leg-swing", 1, reps=10), make.item("bodyweight-squat", 1, reps=10)]
    session = make.session(
        "mon",
        warmup=warmup,
        main=[make.item("back-squat", load=60), make.item("deadlift", load=80)],
    )
    [finding] = make.check(make.plan(make.week(session)), "WU303")
    assert (finding.severity, finding.exercise, finding.item_index) == ("info", "deadlift", 1)
    assert "Deadlift is a hinge, but the warm-up has no hinge drill" in finding.message
    rehearsed = make.session("mon", main=[make.item("deadlift", load=80)])
    assert make.check(make.plan(make.week(rehearsed)), "WU303") == []
