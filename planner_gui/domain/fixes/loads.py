"""The largest load a week may give an exercise and stay within the weekly rise guideline.

PO101 compares an exercise's top load in a week with the week it is compared with (the week
before, or the last week before a deload). The load that answers it is the heaviest the
exercise's equipment can load at or below the guideline's ceiling (80 kg → at most 88 kg with
a 10 % limit: 87.5 kg on a barbell in 2.5 kg steps); when even the smallest loadable step is
above the ceiling, it is the earlier week's load itself (repeat the load, add reps first).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.metrics import ProgramMetrics, program_metrics
from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import EXERCISE_LOAD_RISE
from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.wording import TOLERANCE
from planner_gui.domain.units import heaviest_loadable_at_most, load_equipment


@dataclass(frozen=True)
class GuidelineLoad:
    """The load for `exercise` in week `week` (0-based): `load`, the largest loadable one
    within `limit_pct` % of `base`, its top load in week `base_week`; `held` when no loadable
    rise fits, so `load` is `base`."""

    exercise: str
    week: int
    base_week: int
    base: float
    load: float
    limit_pct: float

    @property
    def held(self) -> bool:
        return self.load <= self.base * (1 + TOLERANCE)


def guideline_load(
    program: Program,
    catalog: Catalog,
    week: int,
    exercise: str,
    metrics: ProgramMetrics | None = None,
) -> GuidelineLoad | None:
    """The guideline load of `exercise` in week `week` (0-based), or None when the week is
    compared with no earlier week or the exercise has no load in one of the two."""
    full = catalog_for_plan(catalog, program)
    context = CheckContext(program, full, metrics or program_metrics(program, full))
    base_week = next((earlier for earlier, later in context.comparisons if later == week), None)
    if base_week is None:
        return None
    weeks = context.metrics.weeks
    before = weeks[base_week].exercises.get(exercise)
    if before is None or not before.top_load:
        return None
    found = full.get(exercise)
    kind = None if found is None else load_equipment(found.equipment)
    limit = EXERCISE_LOAD_RISE.settings(program.rules).limit_pct
    base = before.top_load
    within = heaviest_loadable_at_most(
        base * (1 + limit / 100), kind, program.units, context.load_steps
    )
    load = within if within > base * (1 + TOLERANCE) else base
    return GuidelineLoad(exercise, week, base_week, base, load, limit)
