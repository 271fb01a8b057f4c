"""What every rule reads: the plan, the catalog, the metrics and per-session facts, built once.

Rules never walk the plan themselves when a fact here answers their question; the checker
builds one context per check so a 52-week plan is walked twice in total (metrics and facts),
however many rules run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.metrics import ItemRef, ProgramMetrics, program_metrics
from planner_gui.domain.models import Exercise, Item, Program, Session
from planner_gui.domain.vocabulary import DAYS, BlockKind, Day

#: Main-block patterns whose warm-up should rehearse the same movement (WU303).
REHEARSED_PATTERNS = ("hinge", "squat")
#: Muscles whose mobility BA403 looks for.
HIP_MOBILITY_MUSCLES = frozenset({"hip-flexors", "hamstrings"})

_DAY_INDEX = {day: index for index, day in enumerate(DAYS)}

Spot = tuple[ItemRef, str]
"""An item's place and its exercise id."""
ItemTest = Callable[[BlockKind, Item], bool]


@dataclass(frozen=True, slots=True)
class Profile:
    """What the rules ask of an exercise, worked out once per check rather than once per item."""

    pattern: str
    category: str
    muscles: frozenset[str]
    loaded: bool
    static: bool
    heavy_hinge: bool
    hip_mobility: bool

    @classmethod
    def of(cls, exercise: Exercise) -> Profile:
        return cls(
            pattern=exercise.pattern,
            category=exercise.category,
            muscles=frozenset(exercise.muscles),
            loaded=exercise.loaded,
            static=exercise.stretch == "static",
            heavy_hinge=exercise.pattern == "hinge" and exercise.spinal_load == "high",
            hip_mobility=not HIP_MOBILITY_MUSCLES.isdisjoint(exercise.muscles),
        )


@dataclass(slots=True)
class SessionFacts:
    """What the rules need to know about one session, from the distinct exercises of its blocks.

    Facts are yes/no answers and sets of names; the rule that reports one finds the exact
    item afterwards with `CheckContext.items_where`, which only runs when there is a finding.
    """

    week_index: int
    session_index: int
    session: Session
    date: int
    items: int = 0
    warmup_items: int = 0
    loaded: bool = False
    warmup_patterns: set[str] = field(default_factory=set)
    main_patterns: set[str] = field(default_factory=set)
    loaded_muscles: set[str] = field(default_factory=set)
    heavy_hinge: bool = False
    core: bool = False
    glute: bool = False
    hip_mobility: bool = False
    static_in_warmup: bool = False
    flexion_core: bool = False
    unknown: bool = False


@dataclass(slots=True)
class Extremes:
    """The plan's largest values (and smallest RPE), so DA501 can pass a clean plan at once."""

    sets: int = 0
    reps: int = 0
    hold: int = 0
    load: float = 0.0
    rpe_low: float = float("inf")
    rpe_high: float = 0.0


class CheckContext:
    """One check's shared inputs. `catalog` must hold the plan's custom exercises."""

    def __init__(
        self, program: Program, catalog: Catalog, metrics: ProgramMetrics | None = None
    ) -> None:
        self.program = program
        self.catalog = catalog
        self.units = program.units
        self.exercises: dict[str, Exercise] = {exercise.id: exercise for exercise in catalog}
        self._metrics = metrics

    @cached_property
    def metrics(self) -> ProgramMetrics:
        if self._metrics is None:
            return program_metrics(self.program, self.catalog)
        return self._metrics

    @cached_property
    def profiles(self) -> dict[str, Profile]:
        return {key: Profile.of(exercise) for key, exercise in self.exercises.items()}

    def name(self, exercise_id: str) -> str:
        """The exercise's display name (the bare id when it is found nowhere)."""
        exercise = self.exercises.get(exercise_id)
        return exercise.name if exercise is not None else exercise_id

    def place_of(self, when: date) -> tuple[int | None, Day]:
        """The plan week (0-based) a date falls in, or None outside the plan, and its weekday."""
        offset = (when - self.program.start_date).days
        week = offset // 7 if 0 <= offset < 7 * len(self.program.weeks) else None
        return week, DAYS[when.weekday()]

    # -- week-over-week comparisons -------------------------------------------------------

    @cached_property
    def comparisons(self) -> list[tuple[int, int]]:
        """(earlier, later) week indexes that week-over-week rules compare.

        A deload week is never the later week; the week after a deload compares with the last
        non-deload week before it. Weeks without sessions are skipped as a base too: nothing
        was planned there to rise from.
        """
        pairs: list[tuple[int, int]] = []
        base: int | None = None
        for index, week in enumerate(self.program.weeks):
            if week.deload:
                continue
            if base is not None:
                pairs.append((base, index))
            if week.sessions:
                base = index
        return pairs

    # -- per-session facts ----------------------------------------------------------------

    @cached_property
    def sessions(self) -> list[list[SessionFacts]]:
        """Facts of every session, by week, in the order the plan lists them."""
        profiles = self.profiles
        start = self.program.start_date
        start_ordinal = start.toordinal()
        start_weekday = start.weekday()
        weeks: list[list[SessionFacts]] = []
        for week_index, week in enumerate(self.program.weeks):
            week_facts: list[SessionFacts] = []
            for session_index, session in enumerate(week.sessions):
                offset = (_DAY_INDEX[session.day] - start_weekday) % 7
                facts = SessionFacts(
                    week_index, session_index, session, start_ordinal + week_index * 7 + offset
                )
                for block in session.blocks:
                    if block.items:
                        _gather(facts, block.kind, block.items, profiles)
                week_facts.append(facts)
            weeks.append(week_facts)
        return weeks

    @cached_property
    def extremes(self) -> Extremes:
        """Largest dose values from the weekly metrics; RPE range from sessions and items."""
        extremes = Extremes()
        for week in self.metrics.weeks:
            for stats in week.exercises.values():
                extremes.sets = max(extremes.sets, stats.top_sets)
                extremes.reps = max(extremes.reps, stats.top_reps or 0)
                extremes.hold = max(extremes.hold, stats.top_hold or 0)
                extremes.load = max(extremes.load, stats.top_load or 0.0)
        rpes = [
            rpe
            for week in self.program.weeks
            for session in week.sessions
            for rpe in (
                session.rpe,
                *[item.rpe for block in session.blocks for item in block.items],
            )
            if rpe is not None
        ]
        if rpes:
            extremes.rpe_low, extremes.rpe_high = min(rpes), max(rpes)
        return extremes

    def profile_test(self, test: Callable[[BlockKind, Item, Profile], bool]) -> ItemTest:
        """An item test that also sees the exercise's profile; unknown exercises never pass."""
        profiles = self.profiles

        def item_test(kind: BlockKind, item: Item) -> bool:
            profile = profiles.get(item.exercise)
            return profile is not None and test(kind, item, profile)

        return item_test

    def items_where(self, facts: SessionFacts, test: ItemTest) -> list[Spot]:
        """Every item of the session that passes `test`, with its place, in session order."""
        return [
            (ItemRef(facts.session_index, block.kind, index), item.exercise)
            for block in facts.session.blocks
            for index, item in enumerate(block.items)
            if test(block.kind, item)
        ]

    def first_where(self, facts: SessionFacts, test: ItemTest) -> Spot:
        """The first item passing `test`; the caller knows from the facts that one exists."""
        for block in facts.session.blocks:
            kind = block.kind
            for index, item in enumerate(block.items):
                if test(kind, item):
                    return ItemRef(facts.session_index, kind, index), item.exercise
        raise LookupError("no item matches; the session facts and the test disagree")


def _gather(
    facts: SessionFacts, kind: BlockKind, items: list[Item], profiles: dict[str, Profile]
) -> None:
    """Fold one non-empty block into the session's facts, exercise by exercise."""
    facts.items += len(items)
    if kind == "warmup":
        facts.warmup_items += len(items)
    elif kind == "core":
        facts.core = True
    elif kind == "glute":
        facts.glute = True
    mobility_block = kind in ("mobility", "cooldown")
    loaded_ids = set() if kind == "warmup" else {item.exercise for item in items if item.load}
    for exercise_id in {item.exercise for item in items}:
        profile = profiles.get(exercise_id)
        if profile is None:
            facts.unknown = True
            if exercise_id in loaded_ids:
                facts.loaded = True
            continue
        category = profile.category
        if category == "core" or kind == "core":
            facts.core = True
            if profile.pattern == "spinal-flexion":
                facts.flexion_core = True
        elif category == "glute":
            facts.glute = True
        if profile.hip_mobility and (mobility_block or category == "mobility"):
            facts.hip_mobility = True
        if kind == "warmup":
            facts.warmup_patterns.add(profile.pattern)
            if profile.static:
                facts.static_in_warmup = True
            continue
        if profile.loaded:
            facts.loaded = True
        if exercise_id in loaded_ids:
            facts.loaded = True
            facts.loaded_muscles |= profile.muscles
        if profile.heavy_hinge:
            facts.heavy_hinge = True
        if kind == "main" and profile.pattern in REHEARSED_PATTERNS:
            facts.main_patterns.add(profile.pattern)
