"""What a plan has that a summary may claim (domain.plan_facts)."""

from __future__ import annotations

from typing import Any

from planner_gui.domain.models import Block, Item, Program, Session, Week
from planner_gui.domain.plan_facts import plan_facts


def plan(weeks: list[Week], **fields: Any) -> Program:
    return Program.model_validate(
        {"format": "brace-plan", "version": 2, "start_date": "2026-01-05", "weeks": weeks, **fields}
    )


def session(day: str, load: float | None = 60.0, warmup: bool = True) -> Session:
    blocks = [Block(kind="main", items=[Item(exercise="deadlift", sets=3, reps=5, load=load)])]
    if warmup:
        blocks.insert(0, Block(kind="warmup", items=[Item(exercise="cat-cow", sets=1, reps=8)]))
    return Session(day=day, blocks=blocks)  # type: ignore[arg-type]


def test_deload_weeks_and_rest_days() -> None:
    every_day = [session(d) for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
    facts = plan_facts(
        plan([Week(sessions=[session("mon")]), Week(deload=True, sessions=every_day), Week()])
    )
    assert facts.weeks == 3
    assert facts.deload_weeks == (2,)
    assert facts.fewest_rest_days == 0


def test_an_empty_session_is_a_rest_day() -> None:
    empty = Session(day="tue", blocks=[])
    facts = plan_facts(plan([Week(sessions=[session("mon"), empty])]))
    assert facts.fewest_rest_days == 6
    assert facts.sessions == 1


def test_warm_ups_counted_over_all_and_over_loaded_sessions() -> None:
    walk = session("tue", load=None, warmup=False)
    facts = plan_facts(plan([Week(sessions=[session("mon"), walk, session("thu", warmup=False)])]))
    assert (facts.sessions, facts.warmed_up) == (3, 1)
    assert (facts.loaded_sessions, facts.loaded_warmed_up) == (2, 1)
    only_walk_cold = plan_facts(plan([Week(sessions=[session("mon"), walk])]))
    assert only_walk_cold.loaded_sessions == only_walk_cold.loaded_warmed_up == 1
    assert only_walk_cold.warmed_up < only_walk_cold.sessions


def test_loads_rise_only_when_a_week_beats_the_one_before() -> None:
    def weeks(*loads: float) -> Program:
        return plan([Week(sessions=[session("mon", load)]) for load in loads])

    assert plan_facts(weeks(60, 62.5)).loads_rise
    assert not plan_facts(weeks(60, 60, 50)).loads_rise
    assert not plan_facts(weeks(60)).loads_rise
    # A new exercise in week 2 is not a rise.
    assert not plan_facts(plan([Week(), Week(sessions=[session("mon")])])).loads_rise


def test_rules_switched_off() -> None:
    facts = plan_facts(plan([], rules={"BA401": {"enabled": False}, "PO101": {"limit_pct": 5}}))
    assert facts.rules_off == ("BA401",)
    assert plan_facts(plan([])).rules_off == ()


def test_the_load_rise_limit_the_plan_sets() -> None:
    assert plan_facts(plan([])).default_load_rise_limit
    own = plan_facts(plan([], rules={"PO101": {"limit_pct": 25}}))
    assert (own.load_rise_limit_pct, own.default_load_rise_limit) == (25.0, False)
