"""The shared per-session facts: sessions alike in exercises and effort share one shape."""

from __future__ import annotations

from planner_gui.domain.metrics import program_metrics
from planner_gui.domain.rules.context import CheckContext
from tests.support.plans import PlanBuilder


def test_sessions_alike_share_one_shape_and_differ_by_effort(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(80), make.clean_week(90), make.clean_week(100))
    weeks = CheckContext(program, make.catalog).sessions
    # Loads change week to week, but not which items carry one: one shape per weekday.
    assert [facts.shape for facts in weeks[0]] == [facts.shape for facts in weeks[2]]
    assert weeks[0][0].shape is weeks[2][0].shape
    assert weeks[0][0].shape is not weeks[0][1].shape
    program.weeks[1].sessions[0].blocks[1].items[0].rpe = 8
    weeks = CheckContext(program, make.catalog).sessions
    assert weeks[1][0].shape is not weeks[0][0].shape
    assert weeks[1][0].shape.muscle_effort["glutes"] == 8


def test_shape_records_first_places_and_candidates(make: PlanBuilder) -> None:
    session = make.session(
        "mon",
        warmup=[make.item("leg-swing", 1, reps=10)],
        main=[
            make.item("bench-press", load=40),
            make.item("deadlift", load=80),
            make.item("good-morning", load=40),
            make.item("bench-press", load=30),
        ],
    )
    [[facts]] = CheckContext(make.plan(make.week(session)), make.catalog).sessions
    shape = facts.shape
    assert shape.heavy_hinge == ("main", 1, "deadlift")
    assert shape.high_spinal == ("main", 1, "deadlift")
    # first of each exercise with a load, of a pattern the warm-up lacks; first of its pattern
    assert shape.ramp_candidates == (
        (("main", 0, "bench-press"), True),
        (("main", 1, "deadlift"), True),
        (("main", 2, "good-morning"), False),
    )
    assert shape.items == 8 and shape.warmup_items == 1 and shape.loaded
    spot = facts.spot(("main", 2, "good-morning"))
    assert (spot[0].session_index, spot[0].block, spot[0].item_index, spot[1]) == (
        0,
        "main",
        2,
        "good-morning",
    )


def test_reports_says_which_rules_run(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(), rules={"RC201": {"enabled": False}})
    # Built by hand: every rule the plan leaves on.
    alone = CheckContext(program, make.catalog)
    assert alone.reports("RC204") and not alone.reports("RC201")
    assert not alone.reports("XX999")
    # Built by the checker: the rules it runs.
    chosen = CheckContext(program, make.catalog, active=["RC204"])
    assert chosen.reports("RC204") and not chosen.reports("WU303")


def test_sessions_with_equal_items_share_a_key_and_repeated_weeks_their_metrics(
    make: PlanBuilder,
) -> None:
    program = make.plan(make.clean_week(80), make.clean_week(80), make.clean_week(80))
    program.weeks[2].sessions[0].blocks[1].items[0].load = 85
    context = CheckContext(program, make.catalog)
    weeks = context.sessions
    assert weeks[0][0].key == weeks[1][0].key
    assert weeks[0][0].key != weeks[2][0].key
    assert weeks[0][0].key != weeks[0][1].key
    # Week 2 repeats week 1 and is copied; week 3 differs in one load and is summed again.
    metrics = context.metrics
    assert metrics == program_metrics(program, make.catalog)
    assert metrics.weeks[1].exercises == metrics.weeks[0].exercises
    assert metrics.weeks[1].exercises is not metrics.weeks[0].exercises
    assert metrics.weeks[2].volume_load != metrics.weeks[0].volume_load
