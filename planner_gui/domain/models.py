"""Typed models of exercises and plans, exactly as the file formats in DESIGN.md describe them.

The models are strict pydantic v2 models: unknown keys, wrong types, NaN and impossible values
are refused at load, while values that are possible but implausible (15 sets, 650 kg) load and
are left to the checker. One set of models serves files, the editor, the checker and the PDF.
"""

from __future__ import annotations

from datetime import date, timedelta
from math import isfinite
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, field_validator

from planner_gui.domain.vocabulary import (
    BLOCK_KINDS,
    DAYS,
    BlockKind,
    Category,
    Day,
    DoseKind,
    Muscle,
    Pain,
    Pattern,
    RedFlag,
    SpinalLoad,
    StretchKind,
    Units,
)

PLAN_FORMAT = "brace-plan"
CATALOG_FORMAT = "brace-catalog"
MAX_NUMBER = 1_000_000
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


IsoDate = Annotated[date, BeforeValidator(_parse_iso_date)]
Count = Annotated[int, Field(ge=1, le=MAX_NUMBER)]
Seconds = Annotated[int, Field(ge=1, le=MAX_NUMBER)]
RestSeconds = Annotated[int, Field(ge=0, le=MAX_NUMBER)]
Amount = Annotated[float, Field(ge=0, le=MAX_NUMBER)]
Distance = Annotated[float, Field(gt=0, le=MAX_NUMBER)]
ExerciseId = Annotated[str, Field(pattern=ID_PATTERN, max_length=80)]
#: A drawing's id in planner_gui.figures.library; the domain keeps it as plain text.
PoseId = Annotated[str, Field(pattern=ID_PATTERN, max_length=80)]
ItemExerciseId = Annotated[str, Field(min_length=1, max_length=200)]
RuleValue = Annotated[bool | float, PlainValidator(_rule_value)]


class StrictModel(BaseModel):
    """Common configuration: strict types, no unknown keys, no NaN or infinities.

    An empty `[]` or `{}` default is copied for each instance, as a `default_factory` would
    make one, and costs less to build: no `inspect.signature(list)` at import.
    """

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
    name: Annotated[str, Field(min_length=1, max_length=200)]
    category: Category
    pattern: Pattern
    muscles: Annotated[list[Muscle], Field(min_length=1)]
    secondary_muscles: list[Muscle] = []
    equipment: list[str] = []
    dose: DoseKind
    loaded: bool = False
    spinal_load: SpinalLoad = "low"
    stretch: StretchKind | None = None
    unilateral: bool = False
    defaults: ExerciseDefaults = Field(default_factory=lambda: ExerciseDefaults(sets=1))
    cues: list[str] = []
    cautions: list[str] = []
    regression: ExerciseId | None = None
    progression: ExerciseId | None = None
    #: Which stick figure illustrates it ("none": no figure); left out, its pattern's figure.
    pose: PoseId | None = None


class Item(Dose, _ExerciseRef):
    """One exercise prescribed in a block."""

    tempo: str | None = None
    note: str = ""


class Block(StrictModel):
    """A part of a session (warm-up, main lifts, core, ...) holding items in order."""

    kind: BlockKind
    items: list[Item] = []


class Session(StrictModel):
    """One training day's work."""

    day: Day
    name: Annotated[str, Field(max_length=200)] = ""
    duration_min: Annotated[int, Field(ge=0, le=MAX_NUMBER)] | None = None
    rpe: Amount | None = None
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
    notes: str = ""
    sessions: list[Session] = []


class CheckIn(StrictModel):
    """What the athlete reported after training: soreness, pain and any red flags."""

    date: IsoDate
    pain: Pain = "none"
    where: str = ""
    after_exercise: str | None = None
    red_flags: list[RedFlag] = []
    note: str = ""


class Program(StrictModel):
    """A whole multi-week plan: the contents of one `.brace.json` file."""

    format: Literal["brace-plan"]
    version: int
    title: str = "Untitled program"
    athlete: str = ""
    start_date: IsoDate
    units: Units = "kg"
    exercises: list[Exercise] = []
    weeks: list[Week]
    checkins: list[CheckIn] = []
    rules: dict[str, dict[str, RuleValue]] = {}

    @field_validator("exercises")
    @classmethod
    def _unique_custom_ids(cls, exercises: list[Exercise]) -> list[Exercise]:
        seen: set[str] = set()
        for exercise in exercises:
            if exercise.id in seen:
                raise ValueError(f"two custom exercises share the id {exercise.id!r}")
            seen.add(exercise.id)
        return exercises

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


def blank_program(start: date, weeks: int = 1) -> Program:
    """A new empty plan, as File ▸ New makes it."""
    return Program(
        format="brace-plan",
        version=1,
        start_date=start,
        weeks=[Week() for _ in range(weeks)],
    )


def dump_program(program: Program) -> dict[str, Any]:
    """The JSON-ready form written to disk: defaults left out, order of keys stable."""
    body = program.model_dump(mode="json", exclude_defaults=True)
    return {"format": program.format, "version": program.version} | body
