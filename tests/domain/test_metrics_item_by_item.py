"""The weekly per-exercise stats are those of taking every item one by one (the plain loop
below), to the last bit of every float and down to which item each highest value points at,
whether the metrics are computed alone or by the checker's context: a guard for speed-ups of the
metrics loop (it runs on every check and every edit)."""

from __future__ import annotations

import pytest

from planner_gui.domain.catalog import catalog_for_plan
from planner_gui.domain.metrics import ExerciseWeek, ItemRef, program_metrics
from planner_gui.domain.models import Program
from planner_gui.domain.rules.context import CheckContext
from tests.support.golden_plans import golden_plans

PLANS = {name: (program, catalog) for name, program, catalog in golden_plans()}


def _item_by_item(program: Program) -> list[dict[str, ExerciseWeek]]:
    weeks: list[dict[str, ExerciseWeek]] = []
    for week in program.weeks:
        found: dict[str, ExerciseWeek] = {}
        for session_index, session in enumerate(week.sessions):
            for block in session.blocks:
                for index, item in enumerate(block.items):
                    ref = ItemRef(session_index, block.kind, index)
                    stats = found.get(item.exercise)
                    if stats is None:
                        stats = found[item.exercise] = ExerciseWeek(
                            item.load,
                            item.sets,
                            item.reps,
                            item.hold_s,
                            0.0,
                            0.0,
                            ref,
                            0,
                            item.rpe,
                            None if item.rpe is None else ref,
                            item.rpe,
                        )
                    else:
                        if item.load is not None and (
                            stats.top_load is None or item.load > stats.top_load
                        ):
                            stats.top_load, stats.top_ref = item.load, ref
                        stats.top_sets = max(stats.top_sets, item.sets)
                        if item.reps is not None and (
                            stats.top_reps is None or item.reps > stats.top_reps
                        ):
                            stats.top_reps = item.reps
                        if item.hold_s is not None and (
                            stats.top_hold is None or item.hold_s > stats.top_hold
                        ):
                            stats.top_hold = item.hold_s
                        if item.rpe is not None:
                            if stats.top_rpe is None or item.rpe > stats.top_rpe:
                                stats.top_rpe, stats.rpe_ref = item.rpe, ref
                            if stats.low_rpe is None or item.rpe < stats.low_rpe:
                                stats.low_rpe = item.rpe
                    if item.hold_s is not None:
                        stats.hold_seconds += item.sets * item.hold_s
                    elif item.load and item.reps is not None:
                        stats.volume_load += item.sets * item.reps * item.load
                    if block.kind in ("main", "core", "glute"):
                        stats.working_sets += item.sets
        weeks.append(found)
    return weeks


@pytest.mark.parametrize("name", list(PLANS))
def test_tallied_stats_are_the_item_by_item_stats(name: str) -> None:
    program, catalog = PLANS[name]
    catalog = catalog_for_plan(catalog, program)
    expected = _item_by_item(program)
    alone = program_metrics(program, catalog)
    keyed = CheckContext(program, catalog).metrics
    for metrics in (alone, keyed):
        assert [week.exercises for week in metrics.weeks] == expected
        assert [list(week.exercises) for week in metrics.weeks] == [list(w) for w in expected]
    assert alone == keyed
