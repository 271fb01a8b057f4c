"""What every rule reads: the plan, the catalog, the metrics and per-session facts, built once.

Rules never walk the plan themselves when a fact here answers their question; the checker
builds one context per check, so a 52-week plan is walked a fixed number of times (the metrics,
the sessions' keys, and DA503's texts), however many rules run. A session's key (`SessionKey`)
numbers its items' values, so facts that depend on those values alone (its shape, TI701's time
estimate, WU304's findings) are worked out once per distinct session, not once per session.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import attrgetter, itemgetter
from types import MappingProxyType

from planner_gui.domain.brand import SafetyWording
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.metrics import ItemRef, ProgramMetrics, program_metrics
from planner_gui.domain.models import Exercise, Item, Program, Session
from planner_gui.domain.rules.codes import BY_CODE
from planner_gui.domain.units import load_equipment
from planner_gui.domain.vocabulary import DAYS, BlockKind, Day, LoadEquipment

#: Main-block patterns whose warm-up should rehearse the same movement (WU303).
REHEARSED_PATTERNS = ("hinge", "squat")
#: Muscles whose mobility BA403 looks for.
HIP_MOBILITY_MUSCLES = frozenset({"hip-flexors", "hamstrings"})
#: Patterns that are mobility work (BA403): a sit-up in a mobility block is not.
MOBILITY_PATTERNS = frozenset({"stretch", "dynamic-mobility", "soft-tissue"})
#: Categories a day of active rest may hold (RC203), besides nothing at all.
EASY_CATEGORIES = frozenset({"conditioning", "mobility", "warmup"})
#: The effort of an item with a load but no RPE of its own: it always counts as hard (RC202).
LOADED_WITHOUT_RPE = float("inf")

_DAY_INDEX = {day: index for index, day in enumerate(DAYS)}
_DAY_LABEL = {day: day.capitalize() for day in DAYS}

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
    high_spinal: bool
    heavy_hinge: bool
    hip_mobility: bool
    easy: bool
    load_kind: LoadEquipment | None

    @classmethod
    def of(cls, exercise: Exercise) -> Profile:
        high_spinal = exercise.spinal_load == "high"
        return cls(
            pattern=exercise.pattern,
            category=exercise.category,
            muscles=frozenset(exercise.muscles),
            loaded=exercise.loaded,
            static=exercise.stretch == "static",
            high_spinal=high_spinal,
            heavy_hinge=high_spinal and exercise.pattern == "hinge",
            hip_mobility=exercise.pattern in MOBILITY_PATTERNS
            and not HIP_MOBILITY_MUSCLES.isdisjoint(exercise.muscles),
            easy=exercise.category in EASY_CATEGORIES,
            load_kind=load_equipment(exercise.equipment),
        )


#: Where an item sits in its session: block kind, index in the block, exercise id.
Place = tuple[BlockKind, int, str]


@dataclass(frozen=True, slots=True)
class SessionShape:
    """What the rules need to know about a session, from its exercises and their efforts.

    Facts are yes/no answers, sets of names and the first item of a kind; a rule that reports
    something else finds the exact items with `CheckContext.items_where`, which only runs when
    there is a finding. Sessions that list the same exercises with the same efforts (week after
    week, usually) share one shape, so it is worked out once per check (`_shape`).
    """

    items: int = 0
    warmup_items: int = 0
    #: Loaded work outside the warm-up: an item with a load, or an exercise marked loaded.
    loaded: bool = False
    warmup_patterns: frozenset[str] = frozenset()
    #: Hinge and squat patterns of the main block (WU303).
    main_patterns: frozenset[str] = frozenset()
    #: Patterns of main-block exercises with a load (WU304 looks no further when all are warmed).
    main_loaded_patterns: frozenset[str] = frozenset()
    #: Each muscle an item outside the warm-up lists, with the hardest effort on it: the item's
    #: RPE, or LOADED_WITHOUT_RPE for a loaded item without one (RC202).
    muscle_effort: Mapping[str, float] = field(default_factory=dict)
    #: For each such muscle, its items in session order with their efforts (RC202's spot).
    hard_items: Mapping[str, tuple[tuple[float, Place], ...]] = field(default_factory=dict)
    exercise_ids: frozenset[str] = frozenset()
    #: Main-block items that may want ramp-up sets (WU304): each the first of its exercise in
    #: the session, with a load, of a pattern the warm-up lacks; with whether it is the first
    #: main item of its pattern.
    ramp_candidates: tuple[tuple[Place, bool], ...] = ()
    #: The first high-spinal-load item outside the warm-up (RC204), and the first heavy hinge
    #: (RC201), or None.
    high_spinal: Place | None = None
    heavy_hinge: Place | None = None
    #: Only conditioning, mobility or warm-up exercises, nothing loaded (RC203's active rest).
    easy: bool = True
    conditioning: bool = False
    core: bool = False
    glute: bool = False
    hip_mobility: bool = False
    static_in_warmup: bool = False
    flexion_core: bool = False
    unknown: bool = False


SessionKey = tuple[int, ...]
"""A session as its items' values: per non-empty block, the number of its kind and its items'
values (`_BlockNumbers`). Sessions with equal keys hold equal items in equal places; a few ints
hash and compare far faster than the values themselves.
"""

#: An item's fields, read as the model's field dict in C (a pydantic model's attributes are
#: slow to read one by one). Two items are equal when their field dicts are: every field,
#: ramp-up sets and note included, so whether a block holds texts (DA503) is worked out once per
#: distinct block.
_FIELDS = attrgetter("__dict__")
#: What blocks are sorted by before their items are compared: a plan's blocks differ mostly in
#: their loads (and a block's loads are one lookup an item, where all its values are twelve).
_LOAD = itemgetter("load")
_TEMPO_AND_NOTE = itemgetter("tempo", "note")
_RAMP = itemgetter("ramp")


class _BlockNumbers:
    """Numbers each distinct block (its kind and item values) as it is first met (one per check).

    A block is looked up by its kind and its items' loads, then compared field dict by field
    dict (in C: equal values are mostly the same objects) with the blocks met before that share
    them; hashing every value of every item would cost several times that.
    """

    __slots__ = ("_known", "_ramps", "_texts", "ramps", "texts")

    def __init__(self) -> None:
        #: Blocks met so far, by kind and loads: each one's field dicts and number.
        self._known: dict[tuple[object, ...], list[tuple[list[dict[str, object]], int]]] = {}
        #: By block number, whether an item of the block has a tempo or a note.
        self._texts: list[bool] = []
        #: By block number, whether an item of the block has ramp-up sets.
        self._ramps: list[bool] = []
        #: Whether the session last keyed has an item with a tempo or a note, and one with
        #: ramp-up sets (`SessionFacts`).
        self.texts = False
        self.ramps = False

    def key(self, session: Session) -> SessionKey:
        parts: list[int] = []
        texts = ramps = False
        for block in session.blocks:
            items = block.items
            if not items:
                continue
            fields = list(map(_FIELDS, items))
            met = self._known.setdefault((block.kind, *map(_LOAD, fields)), [])
            for known, number in met:
                if known == fields:
                    numbered = number
                    break
            else:  # a block not met before
                numbered = len(self._texts)
                met.append((fields, numbered))
                self._texts.append(any(map(any, map(_TEMPO_AND_NOTE, fields))))
                self._ramps.append(any(map(_RAMP, fields)))
            texts = texts or self._texts[numbered]
            ramps = ramps or self._ramps[numbered]
            parts.append(numbered)
        self.texts = texts
        self.ramps = ramps
        return tuple(parts)


Signature = tuple[object, ...]
"""A session as the rules see it: per non-empty block its kind and item count, then per item
its exercise, RPE and whether it has a load."""


@dataclass(slots=True)
class SessionFacts:
    """One session of the plan with its place in time and its shape."""

    week_index: int
    session_index: int
    session: Session
    #: The session's date as an ordinal day number (consecutive days differ by 1).
    date: int
    shape: SessionShape
    #: Equal for sessions that hold equal items (see `SessionKey`).
    key: SessionKey
    #: Whether an item has a tempo or a note: DA503 reads the items of these sessions only
    #: (a year's plan has some 12,000 item texts, nearly all empty).
    texts: bool
    #: Whether an item has ramp-up sets: WU305 reads the items of these sessions only.
    ramps: bool
    #: The session's day and name, read once here: a finding names them, and rules report
    #: hundreds of findings on a year's plan (a model's attributes are slow to read).
    day: Day
    name: str
    #: How a message names the session's day: "Wed of week 3".
    when: str

    def spot(self, place: Place) -> Spot:
        """The item at `place` of this session, as a finding points at it."""
        kind, index, exercise_id = place
        return ItemRef(self.session_index, kind, index), exercise_id


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
    """One check's shared inputs. `catalog` must hold the plan's custom exercises.

    `active` holds the codes that run in this check (the checker passes the enabled, selected
    ones); a rule that must not repeat another's finding asks `reports` whether that one runs.
    Without it, every rule the plan leaves on runs. `wording` is the brand's safety wording
    (what the red-flag tiers tell the athlete to do), the built-in one when None.
    """

    def __init__(
        self,
        program: Program,
        catalog: Catalog,
        metrics: ProgramMetrics | None = None,
        active: Collection[str] | None = None,
        wording: SafetyWording | None = None,
    ) -> None:
        self.program = program
        self.wording = wording or SafetyWording()
        self.catalog = catalog
        self.units = program.units
        self.exercises: dict[str, Exercise] = {exercise.id: exercise for exercise in catalog}
        #: The plan's own load steps by equipment kind (`units.load_step` reads them).
        self.load_steps: dict[str, float] = {
            kind: step for kind, step in program.load_steps.items()
        }
        self._metrics = metrics
        self._active = None if active is None else frozenset(active)

    def reports(self, code: str) -> bool:
        """Whether the rule `code` runs in this check (so its findings will be there)."""
        if self._active is not None:
            return code in self._active
        known = BY_CODE.get(code)
        return known is not None and known.enabled(self.program.rules)

    @cached_property
    def metrics(self) -> ProgramMetrics:
        if self._metrics is None:
            return program_metrics(self.program, self.catalog, session_keys=self.week_keys)
        return self._metrics

    @cached_property
    def week_keys(self) -> list[tuple[SessionKey, ...]]:
        """Each week's session keys, in order: weeks with equal ones hold equal sessions in
        equal places, so their weekly metrics are equal too (`program_metrics` copies them)."""
        return [tuple(facts.key for facts in week) for week in self.sessions]

    @cached_property
    def profiles(self) -> dict[str, Profile]:
        return {key: Profile.of(exercise) for key, exercise in self.exercises.items()}

    @cached_property
    def names(self) -> dict[str, str]:
        """Each exercise's display name by id (`name`)."""
        return {key: exercise.name for key, exercise in self.exercises.items()}

    def name(self, exercise_id: str) -> str:
        """The exercise's display name (the bare id when it is found nowhere)."""
        return self.names.get(exercise_id, exercise_id)

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
        numbers = _BlockNumbers()
        shapes: dict[Signature, SessionShape] = {}
        by_key: dict[SessionKey, SessionShape] = {}
        start = self.program.start_date
        start_ordinal = start.toordinal()
        start_weekday = start.weekday()
        weeks: list[list[SessionFacts]] = []
        for week_index, week in enumerate(self.program.weeks):
            week_facts: list[SessionFacts] = []
            first_day = start_ordinal + week_index * 7
            for session_index, session in enumerate(week.sessions):
                day = session.day
                offset = (_DAY_INDEX[day] - start_weekday) % 7
                key = numbers.key(session)
                shape = by_key.get(key)
                if shape is None:
                    signature = _signature(session)
                    shape = shapes.get(signature)
                    if shape is None:
                        shape = shapes[signature] = _shape(session, profiles)
                    by_key[key] = shape
                week_facts.append(
                    SessionFacts(
                        week_index,
                        session_index,
                        session,
                        first_day + offset,
                        shape,
                        key,
                        numbers.texts,
                        numbers.ramps,
                        day,
                        session.name,
                        f"{_DAY_LABEL[day]} of week {week_index + 1}",
                    )
                )
            weeks.append(week_facts)
        return weeks

    @cached_property
    def extremes(self) -> Extremes:
        """Largest dose values and the RPE range, from the weekly metrics and session RPEs."""
        extremes = Extremes()
        rpes: list[float] = []
        for week in self.metrics.weeks:
            for stats in week.exercises.values():
                if stats.top_sets > extremes.sets:
                    extremes.sets = stats.top_sets
                if stats.top_reps is not None and stats.top_reps > extremes.reps:
                    extremes.reps = stats.top_reps
                if stats.top_hold is not None and stats.top_hold > extremes.hold:
                    extremes.hold = stats.top_hold
                if stats.top_load is not None and stats.top_load > extremes.load:
                    extremes.load = stats.top_load
                if stats.top_rpe is not None:
                    rpes.append(stats.top_rpe)
                    rpes.append(stats.low_rpe if stats.low_rpe is not None else stats.top_rpe)
        rpes.extend(
            session.rpe
            for week in self.program.weeks
            for session in week.sessions
            if session.rpe is not None
        )
        if rpes:
            extremes.rpe_low, extremes.rpe_high = min(rpes), max(rpes)
        return extremes

    @cached_property
    def heaviest(self) -> dict[str, float]:
        """Each exercise's heaviest load anywhere in the plan (exercises with a load only)."""
        heaviest: dict[str, float] = {}
        for week in self.metrics.weeks:
            for exercise_id, load in week.top_load.items():
                if load > heaviest.get(exercise_id, 0.0):
                    heaviest[exercise_id] = load
        return heaviest

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


def _signature(session: Session) -> Signature:
    """What of a session its shape depends on, flat so it hashes fast (see `Signature`)."""
    parts: list[object] = []
    append = parts.append
    for block in session.blocks:
        items = block.items
        if not items:
            continue
        append(block.kind)
        append(len(items))
        for item in items:
            append(item.exercise)
            append(item.rpe)
            append(bool(item.load))
    return tuple(parts)


def _effort(rpe: float | None, loaded: bool) -> float:
    """How hard an item works its muscles: its RPE, or LOADED_WITHOUT_RPE when it has a load
    and no RPE of its own, else 0."""
    if rpe is not None:
        return rpe
    return LOADED_WITHOUT_RPE if loaded else 0.0


def _shape(session: Session, profiles: Mapping[str, Profile]) -> SessionShape:
    """Work out a session's shape block by block, item by item (once per distinct shape: it
    reads only what `_signature` holds)."""
    loaded = core = glute = hip_mobility = static_in_warmup = False
    flexion_core = unknown = conditioning = False
    easy = True
    items = warmup_items = 0
    warmup_patterns: set[str] = set()
    main_patterns: set[str] = set()
    main_loaded: set[str] = set()
    muscle_effort: dict[str, float] = {}
    hard_items: dict[str, list[tuple[float, Place]]] = {}
    exercise_ids: set[str] = set()
    high_spinal: Place | None = None
    heavy_hinge: Place | None = None
    main_firsts: list[tuple[Place, str, bool, bool]] = []
    main_seen: set[str] = set()
    main_seen_patterns: set[str] = set()
    for block in session.blocks:
        kind, entries = block.kind, block.items
        if not entries:
            continue  # an empty core or glute block is no core or glute work (BA401, BA402)
        items += len(entries)
        warmup = kind == "warmup"
        if warmup:
            warmup_items += len(entries)
        core = core or kind == "core"
        glute = glute or kind == "glute"
        mobility_block = kind in ("mobility", "cooldown")
        for index, item in enumerate(entries):
            exercise_id, rpe, has_load = item.exercise, item.rpe, bool(item.load)
            exercise_ids.add(exercise_id)
            easy = easy and not has_load
            profile = profiles.get(exercise_id)
            if profile is None:
                unknown = True
                easy = False
                loaded = loaded or (has_load and not warmup)
                continue
            category = profile.category
            easy = easy and profile.easy
            conditioning = conditioning or category == "conditioning"
            if category == "core" or kind == "core":
                core = True
                flexion_core = flexion_core or profile.pattern == "spinal-flexion"
            elif category == "glute":
                glute = True
            if profile.hip_mobility and (mobility_block or category == "mobility"):
                hip_mobility = True
            if warmup:
                warmup_patterns.add(profile.pattern)
                static_in_warmup = static_in_warmup or profile.static
                continue
            place: Place = (kind, index, exercise_id)
            loaded = loaded or profile.loaded or has_load
            if kind == "main":
                pattern = profile.pattern
                if has_load:
                    main_loaded.add(pattern)
                if pattern in REHEARSED_PATTERNS:
                    main_patterns.add(pattern)
                if exercise_id not in main_seen:
                    main_seen.add(exercise_id)
                    first_of_pattern = pattern not in main_seen_patterns
                    main_seen_patterns.add(pattern)
                    main_firsts.append((place, pattern, has_load, first_of_pattern))
            if profile.high_spinal and high_spinal is None:
                high_spinal = place
            if profile.heavy_hinge and heavy_hinge is None:
                heavy_hinge = place
            effort = _effort(rpe, has_load)
            if effort > 0:
                for muscle in profile.muscles:
                    if effort > muscle_effort.get(muscle, 0.0):
                        muscle_effort[muscle] = effort
                    hard_items.setdefault(muscle, []).append((effort, place))
    return SessionShape(
        items=items,
        warmup_items=warmup_items,
        loaded=loaded,
        warmup_patterns=frozenset(warmup_patterns),
        main_patterns=frozenset(main_patterns),
        main_loaded_patterns=frozenset(main_loaded),
        muscle_effort=MappingProxyType(muscle_effort),
        hard_items=MappingProxyType({m: tuple(found) for m, found in hard_items.items()}),
        exercise_ids=frozenset(exercise_ids),
        ramp_candidates=tuple(
            (place, first_of_pattern)
            for place, pattern, has_load, first_of_pattern in main_firsts
            if has_load and pattern not in warmup_patterns
        ),
        high_spinal=high_spinal,
        heavy_hinge=heavy_hinge,
        easy=easy,
        conditioning=conditioning,
        core=core,
        glute=glute,
        hip_mobility=hip_mobility,
        static_in_warmup=static_in_warmup,
        flexion_core=flexion_core,
        unknown=unknown,
    )
