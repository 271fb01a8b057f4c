"""Training-load metrics of a whole program, computed once and read by the checker, chart and PDF.

Everything is derived in one pass over the plan so the window can recompute it on every edit:

- session load (Foster): ``duration_min × rpe`` of the session;
- item volume: ``sets × reps × load`` for loaded rep work, ``sets × hold_s`` for holds;
- per week: total load, the 7 daily loads (Monday to Sunday, rest days 0, two sessions on one
  day add), monotony (mean ÷ population SD of the daily loads, capped at 10 when the SD is 0),
  strain (load × monotony), per-exercise top load, top RPE and volume, working sets per primary
  muscle and in total;
- acute:chronic ratio: this week's load ÷ the mean of the 4 weeks strictly before it (deload
  weeks count), None until 4 weeks of history exist or when that mean is 0;
- exponentially weighted ratio (Williams et al., 2017): with weekly loads, acute N = 1 week and
  chronic N = 4 weeks, λ = 2 / (N + 1). λ = 1 makes the acute EWMA this week's load; the chronic
  EWMA (λ = 0.4) is seeded with week 1's load and updated with each week including the current
  one, as Williams computes both averages on the same day. Shown from the same week as the
  rolling ratio so the two views line up, and None while the weeks before carry no load.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from math import sqrt
from operator import attrgetter, itemgetter

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Item, Program
from planner_gui.domain.vocabulary import DAYS, BlockKind

#: Weeks of history the acute:chronic ratio needs (the chronic window).
CHRONIC_WEEKS = 4
#: EWMA spans in weeks and their decay constants, λ = 2 / (N + 1).
ACUTE_SPAN = 1
CHRONIC_SPAN = 4
ACUTE_LAMBDA = 2 / (ACUTE_SPAN + 1)
CHRONIC_LAMBDA = 2 / (CHRONIC_SPAN + 1)
#: Monotony when every day carries the same non-zero load (the SD is 0).
MONOTONY_CAP = 10.0
#: Blocks whose sets count as working sets for a muscle.
WORKING_BLOCKS: frozenset[BlockKind] = frozenset({"main", "core", "glute"})

_DAY_INDEX = {day: index for index, day in enumerate(DAYS)}

#: The fields the weekly metrics read of an item, taken from the model's field dict in C: this
#: runs for every item of the plan, and a pydantic model's attributes are slow to read one by
#: one (its `__getattr__` hook keeps Python from specialising the lookups).
_FIELDS = attrgetter("__dict__")
_DOSE = itemgetter("exercise", "sets", "reps", "hold_s", "load", "rpe")


def item_volume(item: Item) -> float:
    """Volume of one item: sets × reps × load for loaded reps, sets × hold_s for holds, else 0."""
    if item.hold_s is not None:
        return float(item.sets * item.hold_s)
    if item.reps is not None and item.load:
        return item.sets * item.reps * item.load
    return 0.0


@dataclass(slots=True)
class ItemRef:
    """Where an item sits, so a finding about it can select its row in the editor."""

    session_index: int
    block: BlockKind
    item_index: int


@dataclass(slots=True)
class ExerciseWeek:
    """One exercise's dose in one week: the highest values among its items, and totals.

    `top_load`, `top_sets`, `top_reps`, `top_hold` and `top_rpe` are each the highest among the
    week's items of the exercise (the week-over-week rules compare them); `top_load` is None when
    no item has a load, `top_rpe` (and `low_rpe`, the lowest RPE) when none has an RPE.
    `volume_load` sums sets × reps × load and `hold_seconds` sums sets × hold_s (see
    `item_volume`). `working_sets` counts sets in the main, core and glute blocks only.
    `top_ref` points at the item with the highest load (or the first item when none is loaded),
    `rpe_ref` at the one with the highest RPE. Read-only once `program_metrics` returns: a
    repeated week shares its earlier week's objects.
    """

    top_load: float | None
    top_sets: int
    top_reps: int | None
    top_hold: int | None
    volume_load: float
    hold_seconds: float
    top_ref: ItemRef
    working_sets: int = 0
    top_rpe: float | None = None
    rpe_ref: ItemRef | None = None
    low_rpe: float | None = None

    def copy(self) -> ExerciseWeek:
        """The same stats in a new object that a caller may change, sharing the immutable refs
        (the metrics' own are shared between repeated weeks and must not be changed)."""
        return ExerciseWeek(
            self.top_load,
            self.top_sets,
            self.top_reps,
            self.top_hold,
            self.volume_load,
            self.hold_seconds,
            self.top_ref,
            self.working_sets,
            self.top_rpe,
            self.rpe_ref,
            self.low_rpe,
        )


@dataclass(frozen=True, slots=True)
class WeekMetrics:
    """The numbers of one week (`index` is 0-based)."""

    index: int
    deload: bool
    load: float
    daily_loads: tuple[float, ...]
    monotony: float
    strain: float
    acwr: float | None
    acwr_ewma: float | None
    top_load: dict[str, float]
    volume_load: dict[str, float]
    sets_per_muscle: dict[str, int]
    hold_seconds: dict[str, float] = field(default_factory=dict)
    exercises: dict[str, ExerciseWeek] = field(default_factory=dict)
    session_loads: tuple[float, ...] = ()

    @property
    def working_sets(self) -> int:
        """Sets in the main, core and glute blocks, all exercises together: the week's volume.

        Warm-up, mobility and cool-down sets are left out; they are not what a deload trims.
        """
        return sum(stats.working_sets for stats in self.exercises.values())


@dataclass(frozen=True, slots=True)
class ProgramMetrics:
    """Metrics of every week, in order."""

    weeks: list[WeekMetrics]

    @property
    def loads(self) -> list[float]:
        return [week.load for week in self.weeks]


def monotony_of(daily_loads: tuple[float, ...] | list[float]) -> float:
    """Foster's monotony: mean ÷ population SD; 10 when the SD is 0 and the mean is not, else 0."""
    count = len(daily_loads)
    if count == 0:
        return 0.0
    mean = sum(daily_loads) / count
    if mean <= 0:
        return 0.0
    variance = sum((value - mean) ** 2 for value in daily_loads) / count
    sd = sqrt(variance)
    if sd <= 1e-12 * mean:
        return MONOTONY_CAP
    return min(mean / sd, MONOTONY_CAP)


def rolling_acwr(loads: list[float], index: int) -> float | None:
    """Week `index`'s load ÷ the mean of the CHRONIC_WEEKS weeks strictly before it."""
    if index < CHRONIC_WEEKS:
        return None
    chronic = sum(loads[index - CHRONIC_WEEKS : index]) / CHRONIC_WEEKS
    if chronic <= 0:
        return None
    return loads[index] / chronic


def ewma_acwr(loads: list[float]) -> list[float | None]:
    """Williams-style EWMA ratio for every week (None before CHRONIC_WEEKS weeks of history)."""
    ratios: list[float | None] = []
    acute = chronic = 0.0
    for index, load in enumerate(loads):
        history = chronic
        if index == 0:
            acute = chronic = load
        else:
            acute = ACUTE_LAMBDA * load + (1 - ACUTE_LAMBDA) * acute
            chronic = CHRONIC_LAMBDA * load + (1 - CHRONIC_LAMBDA) * chronic
        if index < CHRONIC_WEEKS or history <= 0:
            ratios.append(None)
        else:
            ratios.append(acute / chronic)
    return ratios


def program_metrics(
    program: Program,
    catalog: Catalog,
    *,
    session_keys: Sequence[Sequence[Hashable]] | None = None,
) -> ProgramMetrics:
    """All weekly metrics of `program`; `catalog` must already hold the plan's custom exercises.

    Exercises found nowhere still count toward loads and volumes; they just add no muscles.
    `session_keys` (the checker's, by week and session) are equal for sessions that hold equal
    items: a week whose sessions' keys repeat an earlier week's has that week's exercise stats,
    to the last bit (the same values added in the same order), so they are copied, not summed
    again. A plan of repeating weeks (copied forward, a cycle) is then summed once per cycle,
    and its repeated weeks share the earlier week's ExerciseWeek objects (in dicts of their
    own): callers read them and never change them (`ExerciseWeek.copy` gives one to change).
    """
    muscles_of = {exercise.id: exercise.muscles for exercise in catalog}
    day_index = _DAY_INDEX
    working = WORKING_BLOCKS
    partial: list[
        tuple[float, tuple[float, ...], dict[str, ExerciseWeek], dict[str, int], tuple[float, ...]]
    ] = []
    repeats: dict[tuple[Hashable, ...], tuple[dict[str, ExerciseWeek], dict[str, int]]] = {}
    for week_index, week in enumerate(program.weeks):
        daily = [0.0] * 7
        session_loads: list[float] = []
        for session in week.sessions:
            session_load = session.session_load
            session_loads.append(session_load)
            daily[day_index[session.day]] += session_load
        week_key = None if session_keys is None else tuple(session_keys[week_index])
        earlier = None if week_key is None else repeats.get(week_key)
        if earlier is not None:
            # The same stats objects, in a week dict of its own: nothing changes an
            # ExerciseWeek once program_metrics returns (they are results, like their refs).
            exercises = dict(earlier[0])
            sets_per_muscle = dict(earlier[1])
            partial.append(
                (sum(session_loads), tuple(daily), exercises, sets_per_muscle, tuple(session_loads))
            )
            continue
        exercises = {}
        sets_per_muscle = {}
        for session_index, session in enumerate(week.sessions):
            for block in session.blocks:
                kind = block.kind
                counts_sets = kind in working
                for item_index, (exercise_id, sets, reps, hold, load, rpe) in enumerate(
                    map(_DOSE, map(_FIELDS, block.items))
                ):
                    stats = exercises.get(exercise_id)
                    if stats is None:
                        ref = ItemRef(session_index, kind, item_index)
                        stats = exercises[exercise_id] = ExerciseWeek(
                            load,
                            sets,
                            reps,
                            hold,
                            0.0,
                            0.0,
                            ref,
                            0,
                            rpe,
                            None if rpe is None else ref,
                            rpe,
                        )
                    else:
                        if load is not None and (stats.top_load is None or load > stats.top_load):
                            stats.top_load = load
                            stats.top_ref = ItemRef(session_index, kind, item_index)
                        if sets > stats.top_sets:
                            stats.top_sets = sets
                        if reps is not None and (stats.top_reps is None or reps > stats.top_reps):
                            stats.top_reps = reps
                        if hold is not None and (stats.top_hold is None or hold > stats.top_hold):
                            stats.top_hold = hold
                        if rpe is not None:
                            top_rpe = stats.top_rpe
                            if top_rpe is None or rpe > top_rpe:
                                stats.top_rpe = rpe
                                stats.rpe_ref = ItemRef(session_index, kind, item_index)
                            if stats.low_rpe is None or rpe < stats.low_rpe:
                                stats.low_rpe = rpe
                    # item_volume, inlined: this loop runs for every item of the plan.
                    if hold is not None:
                        stats.hold_seconds += sets * hold
                    elif load and reps is not None:
                        stats.volume_load += sets * reps * load
                    if counts_sets:
                        stats.working_sets += sets
        for exercise_id, stats in exercises.items():
            if stats.working_sets:
                for muscle in muscles_of.get(exercise_id, ()):
                    sets_per_muscle[muscle] = sets_per_muscle.get(muscle, 0) + stats.working_sets
        if week_key is not None:
            repeats[week_key] = (exercises, sets_per_muscle)
        partial.append(
            (sum(session_loads), tuple(daily), exercises, sets_per_muscle, tuple(session_loads))
        )

    loads = [entry[0] for entry in partial]
    ewma = ewma_acwr(loads)
    weeks: list[WeekMetrics] = []
    for index, (load, daily_loads, exercises, sets_per_muscle, loads_of_sessions) in enumerate(
        partial
    ):
        monotony = monotony_of(daily_loads)
        weeks.append(
            WeekMetrics(
                index=index,
                deload=program.weeks[index].deload,
                load=load,
                daily_loads=daily_loads,
                monotony=monotony,
                strain=load * monotony,
                acwr=rolling_acwr(loads, index),
                acwr_ewma=ewma[index],
                top_load={
                    key: stats.top_load
                    for key, stats in exercises.items()
                    if stats.top_load is not None
                },
                volume_load={
                    key: stats.volume_load for key, stats in exercises.items() if stats.volume_load
                },
                sets_per_muscle=sets_per_muscle,
                hold_seconds={
                    key: stats.hold_seconds
                    for key, stats in exercises.items()
                    if stats.hold_seconds
                },
                exercises=exercises,
                session_loads=loads_of_sessions,
            )
        )
    return ProgramMetrics(weeks)
