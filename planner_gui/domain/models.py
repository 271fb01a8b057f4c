"""Typed models of exercises and plans, exactly as the file formats in DESIGN.md describe them.

The models are strict pydantic v2 models: unknown keys, wrong types, NaN and impossible values
are refused at load, while values that are possible but implausible (15 sets, 650 kg) load and
are left to the checker. One set of models serves files, the editor, the checker and the PDF.
Sizes are bounded too (`limits`): texts by `max_length`, lists by `_at_most`, which says how
many there are and how many may be, in words, rather than pydantic's own wording.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise
from math import isfinite
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    field_validator,
)

from planner_gui.domain.limits import (
    FIRST_PLAN_DATE,
    LAST_PLAN_DATE,
    MAX_CHECKINS,
    MAX_CUE_CHARS,
    MAX_CUES,
    MAX_CUSTOM_EXERCISES,
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_ITEMS_PER_BLOCK,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_NUMBER,
    MAX_RAMP_SETS,
    MAX_SESSIONS_PER_DAY,
    MAX_SHORT_TEXT_CHARS,
    MAX_TAGS,
    MAX_TITLE_CHARS,
    MAX_WEEKS,
)
from planner_gui.domain.vocabulary import (
    BLOCK_KINDS,
    DAY_NAMES,
    DAYS,
    BlockKind,
    Category,
    Day,
    DoseKind,
    LoadEquipment,
    Muscle,
    Onset,
    Pain,
    Pattern,
    RedFlag,
    SpinalLoad,
    StretchKind,
    Units,
)

PLAN_FORMAT = "brace-plan"
CATALOG_FORMAT = "brace-catalog"
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _parse_iso_date(value: object) -> object:
    """Accept only ISO text (or a date already parsed), never numbers or other shapes."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date like 2026-01-05") from None
    raise ValueError("must be a date written like 2026-01-05")


def _rule_value(value: object) -> bool | float:
    """A value in a plan's `rules` section: true/false for "enabled", a number otherwise.

    Which name takes which kind is checked against the rule registry after loading
    (`rules.settings`); here only the shape and the 0–1,000,000 range are enforced, with one
    message rather than one per branch of a bool/float union.
    """
    if isinstance(value, bool):
        return value
    if not isinstance(value, int | float):
        raise ValueError('must be a number (or true or false for "enabled")')
    number = float(value)
    if not isfinite(number):
        raise ValueError("must be a finite number")
    if number < 0:
        raise ValueError("must be at least 0")
    if number > MAX_NUMBER:
        raise ValueError(f"must be at most {MAX_NUMBER:,}")
    return number


def _at_most(limit: int, noun: str, owner: str) -> BeforeValidator:
    """Refuse a list longer than `limit` before its entries are validated one by one:
    "has 105 weeks; a plan may have at most 104"."""

    def check(value: object) -> object:
        if isinstance(value, list) and len(value) > limit:
            raise ValueError(f"has {len(value):,} {noun}; {owner} may have at most {limit:,}")
        return value

    return BeforeValidator(check)


def _text(limit: int) -> Any:
    return Field(max_length=limit)


def plan_end_problem(start: date, weeks: int) -> str | None:
    """Why a plan starting on `start` with `weeks` weeks cannot be, or None when it can.

    Counted in day numbers: the end date itself may lie past Python's last date.
    """
    last_day = start.toordinal() + 7 * weeks - 1
    if last_day <= LAST_PLAN_DATE.toordinal():
        return None
    plural = "" if weeks == 1 else "s"
    return (
        f"{weeks} week{plural} from {start.isoformat()} end after {LAST_PLAN_DATE.isoformat()}, "
        "the last day a plan may reach; start earlier or use fewer weeks"
    )


def latest_start(weeks: int) -> date:
    """The latest start date a plan of `weeks` weeks may have (see `plan_end_problem`)."""
    return date.fromordinal(LAST_PLAN_DATE.toordinal() - max(0, 7 * weeks - 1))


IsoDate = Annotated[date, BeforeValidator(_parse_iso_date)]


def _within_plan_dates(value: date) -> date:
    if value > LAST_PLAN_DATE:
        raise ValueError(f"must be {LAST_PLAN_DATE.isoformat()} or earlier")
    if value < FIRST_PLAN_DATE:
        raise ValueError(f"must be {FIRST_PLAN_DATE.isoformat()} or later")
    return value


#: A date inside a plan (its start, a check-in): Python's last dates are out of reach.
PlanDate = Annotated[IsoDate, AfterValidator(_within_plan_dates)]
Count = Annotated[int, Field(ge=1, le=MAX_NUMBER)]
Seconds = Annotated[int, Field(ge=1, le=MAX_NUMBER)]
RestSeconds = Annotated[int, Field(ge=0, le=MAX_NUMBER)]
Amount = Annotated[float, Field(ge=0, le=MAX_NUMBER)]
Distance = Annotated[float, Field(gt=0, le=MAX_NUMBER)]
ExerciseId = Annotated[str, Field(pattern=ID_PATTERN, max_length=MAX_ID_CHARS)]
#: A drawing's id in planner_gui.figures.library; the domain keeps it as plain text.
PoseId = Annotated[str, Field(pattern=ID_PATTERN, max_length=MAX_ID_CHARS)]
ItemExerciseId = Annotated[str, Field(min_length=1, max_length=MAX_NAME_CHARS)]
Name = Annotated[str, _text(MAX_NAME_CHARS)]
Note = Annotated[str, _text(MAX_NOTE_CHARS)]
ShortText = Annotated[str, _text(MAX_SHORT_TEXT_CHARS)]
Cue = Annotated[str, _text(MAX_CUE_CHARS)]
RuleValue = Annotated[bool | float, PlainValidator(_rule_value)]


class StrictModel(BaseModel):
    """Common configuration: strict types, no unknown keys, no NaN or infinities."""

    model_config = ConfigDict(
        extra="forbid", strict=True, allow_inf_nan=False, validate_default=False
    )


class Dose(StrictModel):
    """How much of an exercise is done: the fields items share with catalog defaults."""

    sets: Count
    reps: Count | None = None
    hold_s: Seconds | None = None
    time_s: Seconds | None = None
    distance_m: Distance | None = None
    load: Amount | None = None
    rpe: Amount | None = None
    rest_s: RestSeconds | None = None
    per_side: bool = False


class ExerciseDefaults(Dose):
    """The dose an exercise gets when it is first added to a block."""


class _ExerciseRef(StrictModel):
    """Listed as a base after Dose so that `exercise` comes first in saved files."""

    exercise: ItemExerciseId


class Exercise(StrictModel):
    """A catalog entry, or a custom exercise carried inside a plan file."""

    id: ExerciseId
    name: Annotated[str, Field(min_length=1, max_length=MAX_NAME_CHARS)]
    category: Category
    pattern: Pattern
    muscles: Annotated[
        list[Muscle], Field(min_length=1), _at_most(MAX_TAGS, "muscles", "an exercise")
    ]
    secondary_muscles: Annotated[list[Muscle], _at_most(MAX_TAGS, "muscles", "an exercise")] = []
    equipment: Annotated[
        list[ShortText], _at_most(MAX_TAGS, "pieces of equipment", "an exercise")
    ] = []
    dose: DoseKind
    loaded: bool = False
    spinal_load: SpinalLoad = "low"
    stretch: StretchKind | None = None
    unilateral: bool = False
    defaults: ExerciseDefaults = Field(default_factory=lambda: ExerciseDefaults(sets=1))
    cues: Annotated[list[Cue], _at_most(MAX_CUES, "cues", "an exercise")] = []
    cautions: Annotated[list[Cue], _at_most(MAX_CUES, "cautions", "an exercise")] = []
    regression: ExerciseId | None = None
    progression: ExerciseId | None = None
    #: Which stick figure illustrates it ("none": no figure); left out, its pattern's figure.
    pose: PoseId | None = None
    #: Other names people search for it by ("rdl", "deadbug"); plan format version 2.
    aliases: Annotated[list[ShortText], _at_most(MAX_TAGS, "aliases", "an exercise")] = []


class RampSet(StrictModel):
    """One lighter set of the lift before its working sets, as a share of the item's load."""

    pct: Annotated[int, Field(ge=1, le=99)]
    reps: Count


def _rising(ramp: list[RampSet]) -> list[RampSet]:
    for before, after in pairwise(ramp):
        if after.pct <= before.pct:
            raise ValueError(f"ramp-up sets must rise: {after.pct} % comes after {before.pct} %")
    return ramp


#: Ramp-up sets of an item, lightest first (plan format version 2).
Ramp = Annotated[
    list[RampSet], _at_most(MAX_RAMP_SETS, "ramp-up sets", "an exercise"), AfterValidator(_rising)
]


class Item(Dose, _ExerciseRef):
    """One exercise prescribed in a block."""

    tempo: ShortText | None = None
    note: Note = ""
    ramp: Ramp = []


class Block(StrictModel):
    """A part of a session (warm-up, main lifts, core, ...) holding items in order."""

    kind: BlockKind
    items: Annotated[list[Item], _at_most(MAX_ITEMS_PER_BLOCK, "exercises", "a block")] = []


class Session(StrictModel):
    """One training day's work."""

    day: Day
    name: Name = ""
    duration_min: Annotated[int, Field(ge=0, le=MAX_NUMBER)] | None = None
    rpe: Amount | None = None
    #: What the athlete should know about the whole session (plan format version 3).
    notes: Note = ""
    blocks: list[Block]

    @field_validator("blocks")
    @classmethod
    def _blocks_in_session_order(cls, blocks: list[Block]) -> list[Block]:
        kinds = [block.kind for block in blocks]
        for kind in set(kinds):
            if kinds.count(kind) > 1:
                raise ValueError(f"block kind {kind!r} appears more than once")
        return sorted(blocks, key=lambda block: BLOCK_KINDS.index(block.kind))

    def block(self, kind: BlockKind) -> Block | None:
        return next((block for block in self.blocks if block.kind == kind), None)

    def items(self) -> list[tuple[Block, Item]]:
        return [(block, item) for block in self.blocks for item in block.items]

    @property
    def session_load(self) -> float:
        """Foster's session load (duration × session RPE); 0 when either is missing."""
        return float((self.duration_min or 0) * (self.rpe or 0))


class Week(StrictModel):
    deload: bool = False
    notes: Note = ""
    sessions: list[Session] = []

    @field_validator("sessions")
    @classmethod
    def _sessions_per_day(cls, sessions: list[Session]) -> list[Session]:
        problem = sessions_per_day_problem(sessions)
        if problem is not None:
            raise ValueError(problem)
        return sessions


def sessions_per_day_problem(sessions: list[Session]) -> str | None:
    """Why a week with `sessions` cannot be (too many on one day), or None when it can."""
    if len(sessions) <= MAX_SESSIONS_PER_DAY:
        return None
    day, count = Counter(session.day for session in sessions).most_common(1)[0]
    if count <= MAX_SESSIONS_PER_DAY:
        return None
    return (
        f"has {count} sessions on {DAY_NAMES[day]}; a day may have at most {MAX_SESSIONS_PER_DAY}"
    )


def item_count(weeks: list[Week]) -> int:
    """Exercises in a plan's weeks, every block of every session together."""
    return sum(
        len(block.items) for week in weeks for session in week.sessions for block in session.blocks
    )


def items_problem(count: int) -> str | None:
    """Why a plan with `count` exercises in all cannot be, or None when it can."""
    if count <= MAX_ITEMS:
        return None
    return f"has {count:,} exercises in all; a plan may have at most {MAX_ITEMS:,}"


class CheckIn(StrictModel):
    """What the athlete reported after training: soreness, pain and any red flags."""

    date: PlanDate
    pain: Pain = "none"
    where: ShortText = ""
    after_exercise: Name | None = None
    red_flags: Annotated[list[RedFlag], _at_most(MAX_TAGS, "red flags", "a check-in")] = []
    note: Note = ""
    # Plan format version 2:
    #: How bad it was, 0 (none) to 10 (worst imaginable).
    pain_score: Annotated[int, Field(ge=0, le=10)] | None = None
    onset: Onset | None = None
    #: Whether it eased once the athlete moved about (DOMS usually does); None: not asked.
    eases_with_movement: bool | None = None
    #: A clinician has cleared training again after the red flags reported here or before.
    cleared: bool = False


class Program(StrictModel):
    """A whole multi-week plan: the contents of one `.brace.json` file."""

    format: Literal["brace-plan"]
    version: int
    title: Annotated[str, _text(MAX_TITLE_CHARS)] = "Untitled program"
    athlete: Name = ""
    start_date: PlanDate
    units: Units = "kg"
    exercises: Annotated[
        list[Exercise], _at_most(MAX_CUSTOM_EXERCISES, "custom exercises", "a plan")
    ] = []
    weeks: Annotated[list[Week], _at_most(MAX_WEEKS, "weeks", "a plan")]
    checkins: Annotated[list[CheckIn], _at_most(MAX_CHECKINS, "check-ins", "a plan")] = []
    rules: dict[str, dict[str, RuleValue]] = {}
    #: The smallest load jump the athlete's equipment allows, in the plan's units, where it
    #: differs from the usual (`domain.units`); plan format version 2.
    load_steps: dict[LoadEquipment, Annotated[float, Field(gt=0, le=MAX_NUMBER)]] = {}

    @field_validator("exercises")
    @classmethod
    def _unique_custom_ids(cls, exercises: list[Exercise]) -> list[Exercise]:
        seen: set[str] = set()
        for exercise in exercises:
            if exercise.id in seen:
                raise ValueError(f"two custom exercises share the id {exercise.id!r}")
            seen.add(exercise.id)
        return exercises

    @field_validator("weeks")
    @classmethod
    def _bounded_weeks(cls, weeks: list[Week], info: ValidationInfo) -> list[Week]:
        problem = items_problem(item_count(weeks))
        start = info.data.get("start_date")
        if problem is None and isinstance(start, date):
            problem = plan_end_problem(start, len(weeks))
        if problem is not None:
            raise ValueError(problem)
        return weeks

    def session_date(self, week_index: int, day: Day) -> date:
        """Calendar date of a session: week 1 starts on `start_date`, days count from it.

        `start_date` need not be a Monday: the week's first day is the weekday of the start
        date, and each session falls on the next date with its weekday.
        """
        week_start = self.start_date + timedelta(weeks=week_index)
        offset = (DAYS.index(day) - self.start_date.weekday()) % 7
        return week_start + timedelta(days=offset)

    @property
    def end_date(self) -> date:
        return self.start_date + timedelta(weeks=len(self.weeks), days=-1)


class CatalogFile(StrictModel):
    """The bundled exercise catalog file."""

    format: Literal["brace-catalog"]
    version: int
    exercises: list[Exercise]


#: The plan file version this program writes (`formats` migrates older files up to it).
PLAN_VERSION = 3


def blank_program(start: date, weeks: int = 1) -> Program:
    """A new empty plan, as File ▸ New makes it."""
    return Program(
        format="brace-plan",
        version=PLAN_VERSION,
        start_date=start,
        weeks=[Week() for _ in range(weeks)],
    )


def dump_program(program: Program) -> dict[str, Any]:
    """The JSON-ready form written to disk: defaults left out, order of keys stable."""
    body = program.model_dump(mode="json", exclude_defaults=True)
    # Always the current version: what is written has the current format's fields.
    return {"format": program.format, "version": PLAN_VERSION} | body
