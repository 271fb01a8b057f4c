"""The table of rule codes: every code's family, title, default severity, thresholds and escalation.

This is the one place a code's metadata lives, like ruff's `codes.rs`: the checker, the plan's
`rules` section check, `planner-gui rules`, Preferences, the rules reference and the plan
review all read it. The family modules only pair a code with its check and rationale
(`registry.rule`).

Codes are stable and never reused. Each rule's thresholds are a frozen dataclass, so code reads
them as typed attributes (`WEEK_LOAD_RISE.settings(program.rules).limit_pct`), never by name;
each threshold is declared with its unit, meaning and the phrase the plan review prints for it
(`threshold(10.0, "%", "...", says="warning above {value}")`).
The table lists the codes like DESIGN.md's rule table: by family (PO, RC, WU, BA, DA, CK, TI),
then by number. Adding a rule is a row here, its check and rationale in the family's module (under
`@rule(ROW, rationale=...)`), and a test with a plan it flags and a plan it passes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from planner_gui.domain.checkins.triage import HOLD_PROGRESSION_SCORE
from planner_gui.domain.ramping import RAMP_FROM_KG
from planner_gui.domain.vocabulary import Severity

CODE_PATTERN = re.compile(r"^[A-Z]{2}[0-9]{3}$")
#: The key of a plan's `rules` entry that switches a rule off; never a threshold name.
ENABLED = "enabled"

RulesSection = Mapping[str, Mapping[str, bool | float]]
"""A plan's `rules` section: code → {"enabled": bool, <threshold>: number}."""


@dataclass(frozen=True)
class Family:
    """A group of rules sharing a code prefix, implemented in one module of `domain.rules`."""

    prefix: str
    module: str
    title: str


PROGRESSION = Family("PO", "progression", "Progressive overload")
RECOVERY = Family("RC", "recovery", "Recovery")
WARMUP = Family("WU", "warmup", "Warm-up")
BALANCE = Family("BA", "balance", "Balance")
DATA = Family("DA", "data", "Data")
CHECKINS = Family("CK", "checkins", "Check-ins")
TIMING = Family("TI", "timing", "Session time")

#: Families in the order of DESIGN.md's rule table.
FAMILIES = (PROGRESSION, RECOVERY, WARMUP, BALANCE, DATA, CHECKINS, TIMING)
_FAMILY_BY_PREFIX = {family.prefix: family for family in FAMILIES}


@dataclass(frozen=True)
class Threshold:
    """One threshold as people see it: its name in the plan file, default, unit and meaning.

    `says` is the setting as a phrase for a coach's page, "warning above {value}": `{value}`
    stands for the number with its unit ("10 %"), `{number}` for the bare number; the plan
    review (`settings.describe_settings`) joins a rule's phrases into one line.
    """

    name: str
    default: float
    unit: str
    meaning: str
    says: str = ""


def threshold(default: float, unit: str, meaning: str, *, says: str = "") -> float:
    """Declare a threshold field of a `Thresholds` dataclass with its unit, meaning and the
    phrase that words it (see `Threshold.says`)."""
    return field(default=default, metadata={"unit": unit, "meaning": meaning, "says": says})


@dataclass(frozen=True)
class Thresholds:
    """A rule's tunable numbers; a rule without any uses this class as it is."""


@dataclass(frozen=True)
class RiseLimits(Thresholds):
    limit_pct: float = threshold(
        10.0,
        "%",
        "Warning when an exercise's top load rises more than this in a week.",
        says="warning above {value}",
    )
    error_pct: float = threshold(
        20.0,
        "%",
        "Error when it rises more than this in a week and a smaller loadable step would not.",
        says="error above {value} (unless a smaller loadable step would not)",
    )
    reps_drop_pct: float = threshold(
        33.3,
        "%",
        "One step milder (info, not a warning) when the top reps fall this much (100: never).",
        says="one step milder when the top reps fall by {value} or more",
    )


@dataclass(frozen=True)
class WeekRiseLimit(Thresholds):
    limit_pct: float = threshold(
        10.0,
        "%",
        "Warning when the week's session load rises more than this.",
        says="warning above {value}",
    )


@dataclass(frozen=True)
class RatioLimits(Thresholds):
    limit_ratio: float = threshold(
        1.3,
        "×",
        "Warning when a week's load is more than this times the 4 weeks before.",
        says="warning above {value}",
    )
    error_ratio: float = threshold(
        1.5, "×", "Error when it is more than this times.", says="error above {value}"
    )


@dataclass(frozen=True)
class DeloadSpacing(Thresholds):
    max_weeks: float = threshold(
        6.0,
        "weeks",
        "Most weeks in a row without a deload week.",
        says="warning after more than {value} in a row",
    )


@dataclass(frozen=True)
class MonotonyLimit(Thresholds):
    limit: float = threshold(
        2.0,
        "×",
        "Warning when the daily loads' mean is more than this times their SD.",
        says="warning above {value}",
    )


@dataclass(frozen=True)
class DeloadDrop(Thresholds):
    min_drop_pct: float = threshold(
        20.0,
        "%",
        "Least drop in session load or working sets that makes a deload lighter.",
        says="warning unless session load or working sets drop by {value} or more",
    )


@dataclass(frozen=True)
class HardSetsRise(Thresholds):
    limit_pct: float = threshold(
        25.0,
        "%",
        "Warning when a muscle's weekly hard sets rise more than this in a week.",
        says="warning above {value}",
    )
    min_sets: float = threshold(
        3.0,
        "sets",
        "Least rise in a muscle's weekly hard sets that can be too fast.",
        says="and a rise of at least {value}",
    )


@dataclass(frozen=True)
class RpeCreep(Thresholds):
    rise_rpe: float = threshold(
        2.0,
        "RPE",
        "Warning when an exercise's planned RPE rises by this much or more in a week.",
        says="warning when the planned RPE rises by {number} or more in a week",
    )
    max_rpe: float = threshold(
        10.0,
        "RPE",
        "Warning when an exercise's planned RPE reaches this.",
        says="or reaches {value}",
    )


@dataclass(frozen=True)
class HardItems(Thresholds):
    hard_rpe: float = threshold(
        6.0,
        "RPE",
        "Item RPE from which an item loads its muscles hard (without an RPE: when it has a load).",
        says="an item counts as hard from {value} (without an RPE: when it has a load)",
    )


@dataclass(frozen=True)
class ActiveRest(Thresholds):
    easy_rpe: float = threshold(
        3.0,
        "RPE",
        "Session RPE at or below which a day of unloaded conditioning or mobility is active rest.",
        says="a day of unloaded conditioning or mobility at {value} or easier counts as rest",
    )


@dataclass(frozen=True)
class StaticHoldTotal(Thresholds):
    warn_total_s: float = threshold(
        60.0,
        "s",
        "Warning when a warm-up's static holds add up to this or more for one muscle.",
        says="warning from {value} of static holds for one muscle (a note below)",
    )


@dataclass(frozen=True)
class RampUpFloor(Thresholds):
    min_pct: float = threshold(
        30.0,
        "%",
        "Warning for a ramp-up set lighter than this share of the working load (and for one "
        "that rounds to nothing at the equipment's loadable steps).",
        says="warning below {value} of the working load or at 0 loaded",
    )


@dataclass(frozen=True)
class RampUpLoad(Thresholds):
    heavy_pct: float = threshold(
        70.0,
        "%",
        "Share of the exercise's heaviest load in the plan from which a first set wants a ramp.",
        says="note for a first set from {value} of the exercise's heaviest load",
    )
    from_kg: float = threshold(
        RAMP_FROM_KG,
        "kg",
        "Lightest working load that wants a ramp (converted for a plan in lb); a lighter one "
        "is ramped by the warm-up and the set's first reps.",
        says="and from {value}",
    )


@dataclass(frozen=True)
class WeeklySessions(Thresholds):
    min_sessions: float = threshold(
        2.0,
        "sessions",
        "Fewest sessions a week with this work.",
        says="warning below {value} a week",
    )


@dataclass(frozen=True)
class PlausibleBounds(Thresholds):
    sets_max: float = threshold(
        10.0, "sets", "Most sets of one item.", says="error above {value} an item"
    )
    reps_max: float = threshold(50.0, "reps", "Most reps a set.", says="above {value} a set")
    hold_max_s: float = threshold(300.0, "s", "Longest hold.", says="holds above {value}")
    rpe_min: float = threshold(
        1.0, "RPE", "Lowest RPE of a session or an item.", says="RPE below {number}"
    )
    rpe_max: float = threshold(
        10.0, "RPE", "Highest RPE of a session or an item.", says="or above {number}"
    )
    load_max_kg: float = threshold(
        500.0,
        "kg",
        "Heaviest load (converted for plans written in pounds).",
        says="loads above {value}",
    )


@dataclass(frozen=True)
class SorenessLimits(Thresholds):
    min_times: float = threshold(
        2.0,
        "times",
        "Soreness reports after heavy days before the rule speaks.",
        says="note after {value}",
    )
    heavy_rpe: float = threshold(
        8.0,
        "RPE",
        "Session or item RPE that makes a day heavy.",
        says="a day is heavy from {value}",
    )


@dataclass(frozen=True)
class PainHold(Thresholds):
    min_score: float = threshold(
        float(HOLD_PROGRESSION_SCORE),
        "/10",
        "Pain score from which the next week must not raise load or sets of the exercises.",
        says="warning from a pain score of {value}",
    )


@dataclass(frozen=True)
class TimeOverrun(Thresholds):
    limit_pct: float = threshold(
        20.0,
        "%",
        "Warning when a session's estimated time exceeds its minutes by more than this.",
        says="warning above {value} over the planned minutes",
    )


@dataclass(frozen=True)
class ExerciseCount(Thresholds):
    max_exercises: float = threshold(
        12.0,
        "exercises",
        "Most different exercises in a session.",
        says="note above {value} in a session",
    )


NO_THRESHOLDS = Thresholds()

T = TypeVar("T", bound=Thresholds)


@dataclass(frozen=True)
class Escalation:
    """When a finding becomes worse than the rule's default severity."""

    severity: Severity
    above: str
    """The threshold past which it does."""
    inclusive: bool = False
    """Whether reaching the threshold is enough ("warning from warn_total_s")."""

    def __str__(self) -> str:
        return f"{self.severity} {'from' if self.inclusive else 'above'} {self.above}"


@dataclass(frozen=True)
class RuleCode(Generic[T]):
    """One row of the table. `defaults` holds the thresholds' default values (typed as `T`).

    Construction refuses a malformed code, an unknown family, a negative default, a threshold
    named `enabled` and an escalation past a threshold the rule does not have.
    """

    code: str
    title: str
    severity: Severity
    defaults: T
    escalates: Escalation | None = None
    #: Each threshold with its default, unit and meaning, in declaration order.
    threshold_specs: tuple[Threshold, ...] = field(init=False, repr=False, compare=False)
    #: Default value of each threshold by its name in the plan file.
    thresholds: Mapping[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not CODE_PATTERN.match(self.code):
            raise ValueError(f"rule code {self.code!r} must be two capitals and three digits")
        if self.code[:2] not in _FAMILY_BY_PREFIX:
            raise ValueError(f"rule code {self.code}: no rule family {self.code[:2]!r}")
        if any("meaning" not in f.metadata for f in fields(self.defaults)):
            raise ValueError(f"{self.code}: declare every threshold with `threshold(...)`")
        specs = tuple(
            Threshold(
                f.name,
                getattr(self.defaults, f.name),
                f.metadata["unit"],
                f.metadata["meaning"],
                f.metadata.get("says", ""),
            )
            for f in fields(self.defaults)
        )
        for spec in specs:
            if spec.name == ENABLED:
                raise ValueError(f"{self.code}: {ENABLED!r} is reserved and cannot be a threshold")
            if spec.default < 0:
                raise ValueError(f"{self.code}: threshold {spec.name} cannot default below 0")
        if self.escalates is not None and self.escalates.above not in {s.name for s in specs}:
            raise ValueError(
                f"{self.code}: escalates above {self.escalates.above!r}, which is no threshold"
            )
        object.__setattr__(self, "threshold_specs", specs)
        object.__setattr__(
            self, "thresholds", MappingProxyType({spec.name: spec.default for spec in specs})
        )

    @property
    def family(self) -> Family:
        return _FAMILY_BY_PREFIX[self.code[:2]]

    @property
    def escalation(self) -> str:
        """The escalation in words ("error above error_pct"), "" when there is none."""
        return "" if self.escalates is None else str(self.escalates)

    def enabled(self, section: RulesSection) -> bool:
        """Whether the plan's `rules` section leaves this rule on (it is, unless switched off)."""
        entries = section.get(self.code)
        value = entries.get(ENABLED, True) if entries else True
        return value if isinstance(value, bool) else True

    def settings(self, section: RulesSection) -> T:
        """The effective thresholds for a plan: defaults, with the plan's numbers over them.

        Entries the table does not know (from a hand-built Program; a loaded plan has passed
        `settings.validate_rules_section`) are ignored rather than trusted.
        """
        entries = section.get(self.code)
        if not entries:
            return self.defaults
        known = self.thresholds
        changes = {
            name: float(value)
            for name, value in entries.items()
            if name in known and not isinstance(value, bool)
        }
        return replace(self.defaults, **changes) if changes else self.defaults

    def values(self, section: RulesSection) -> dict[str, float]:
        """The effective thresholds by name, for views that list every rule alike."""
        settings = self.settings(section)
        return {name: getattr(settings, name) for name in self.thresholds}


def _table(*entries: RuleCode[Any]) -> tuple[RuleCode[Any], ...]:
    """The table as given, refusing a reused code and codes out of DESIGN.md's order."""
    seen: set[str] = set()
    order = [family.prefix for family in FAMILIES]
    previous: tuple[int, str] | None = None
    for entry in entries:
        if entry.code in seen:
            raise ValueError(f"rule code {entry.code} is in the table twice")
        seen.add(entry.code)
        key = (order.index(entry.code[:2]), entry.code)
        if previous is not None and key < previous:
            raise ValueError(f"rule code {entry.code} is out of order in the table")
        previous = key
    return entries


# -- PO: progressive overload --------------------------------------------------------------

EXERCISE_LOAD_RISE = RuleCode(
    "PO101",
    "An exercise's load rises too fast from one week to the next",
    "warning",
    RiseLimits(),
    Escalation("error", "error_pct"),
)
WEEK_LOAD_RISE = RuleCode(
    "PO102", "The week's total session load rises too fast", "warning", WeekRiseLimit()
)
ACUTE_CHRONIC_RATIO = RuleCode(
    "PO103",
    "Acute:chronic load ratio is high (this week ÷ mean of the 4 weeks before)",
    "warning",
    RatioLimits(),
    Escalation("error", "error_ratio"),
)
SEVERAL_VARIABLES_RISE = RuleCode(
    "PO104",
    "More than one of sets, reps (or hold) and load rises at once for an exercise",
    "warning",
    NO_THRESHOLDS,
)
WEEKS_WITHOUT_DELOAD = RuleCode(
    "PO105", "Too many weeks in a row without a deload week", "warning", DeloadSpacing()
)
MONOTONY = RuleCode(
    "PO106",
    "Training monotony is high (mean ÷ SD of the 7 daily loads)",
    "warning",
    MonotonyLimit(),
)
DELOAD_NOT_LIGHTER = RuleCode(
    "PO107", "A deload week is not lighter than the week before it", "warning", DeloadDrop()
)
HARD_SETS_RISE = RuleCode(
    "PO108", "A muscle's weekly hard sets rise too fast", "warning", HardSetsRise()
)
RPE_CREEP = RuleCode(
    "PO109",
    "RPE creep: an exercise's planned RPE rises by 2 or more in a week, or reaches 10",
    "warning",
    RpeCreep(),
)

# -- RC: recovery -------------------------------------------------------------------------

HEAVY_HINGES_BACK_TO_BACK = RuleCode(
    "RC201", "High-spinal-load hinges on consecutive days", "warning", NO_THRESHOLDS
)
MUSCLE_ON_CONSECUTIVE_DAYS = RuleCode(
    "RC202", "A primary muscle is loaded hard on consecutive days", "warning", HardItems()
)
NO_REST_DAY = RuleCode("RC203", "No rest day in the week", "warning", ActiveRest())
SPINAL_LOAD_BACK_TO_BACK = RuleCode(
    "RC204", "High-spinal-load work on consecutive days", "warning", NO_THRESHOLDS
)

# -- WU: warm-up --------------------------------------------------------------------------

NO_WARMUP = RuleCode(
    "WU301",
    "A session with loaded work does not begin with a warm-up block",
    "warning",
    NO_THRESHOLDS,
)
STATIC_STRETCH_IN_WARMUP = RuleCode(
    "WU302",
    "Static stretching inside a warm-up",
    "info",
    StaticHoldTotal(),
    Escalation("warning", "warn_total_s", inclusive=True),
)
MAIN_PATTERN_NOT_REHEARSED = RuleCode(
    "WU303",
    "A main hinge or squat whose warm-up has no item of that pattern",
    "info",
    NO_THRESHOLDS,
)
NO_RAMP_UP = RuleCode(
    "WU304",
    "A heavy first main lift with no ramp-up sets and nothing of its pattern in the warm-up",
    "info",
    RampUpLoad(),
)
LIGHT_RAMP_UP = RuleCode(
    "WU305",
    "A ramp-up set too light to matter, or one that rounds to nothing at the equipment's steps",
    "warning",
    RampUpFloor(),
)

# -- BA: balance --------------------------------------------------------------------------

CORE_WORK = RuleCode(
    "BA401", "Fewer than 2 sessions a week with core work", "warning", WeeklySessions()
)
GLUTE_WORK = RuleCode(
    "BA402", "Fewer than 2 sessions a week with glute work", "warning", WeeklySessions()
)
HIP_MOBILITY = RuleCode(
    "BA403", "No hip-flexor or hamstring mobility in the week", "warning", NO_THRESHOLDS
)
FLEXION_CORE = RuleCode(
    "BA404", "Core work built on spinal flexion (sit-ups, crunches)", "info", NO_THRESHOLDS
)

# -- DA: data -----------------------------------------------------------------------------

IMPLAUSIBLE_VALUE = RuleCode(
    "DA501", "A value outside plausible bounds", "error", PlausibleBounds()
)
UNKNOWN_EXERCISE = RuleCode(
    "DA502", "An exercise id that is in neither the catalog nor the plan", "error", NO_THRESHOLDS
)
CONTROL_CHARACTERS = RuleCode(
    "DA503",
    "A text holds control characters (shown as escapes such as \\x07)",
    "info",
    NO_THRESHOLDS,
)

# -- CK: check-ins ------------------------------------------------------------------------

RED_FLAG = RuleCode("CK601", "A check-in reports a red flag", "error", NO_THRESHOLDS)
SHARP_PAIN_EXERCISE_KEPT = RuleCode(
    "CK602",
    "Sharp pain reported after an exercise that stays in later sessions",
    "warning",
    NO_THRESHOLDS,
)
REPEATED_SORENESS = RuleCode(
    "CK603", "Soreness after heavy days two or more times", "info", SorenessLimits()
)
PAIN_HOLDS_PROGRESSION = RuleCode(
    "CK604",
    "Pain of 5/10 or more (or worse the next morning), and the next week raises load or sets",
    "warning",
    PainHold(),
)

# -- TI: session time ---------------------------------------------------------------------

SESSION_TOO_LONG = RuleCode(
    "TI701",
    "A session's estimated time exceeds its planned minutes by more than 20 %",
    "warning",
    TimeOverrun(),
)
TOO_MANY_EXERCISES = RuleCode(
    "TI702", "More than 12 exercises in a session", "info", ExerciseCount()
)

#: Every code, in the order of DESIGN.md's rule table.
TABLE: tuple[RuleCode[Any], ...] = _table(
    EXERCISE_LOAD_RISE,
    WEEK_LOAD_RISE,
    ACUTE_CHRONIC_RATIO,
    SEVERAL_VARIABLES_RISE,
    WEEKS_WITHOUT_DELOAD,
    MONOTONY,
    DELOAD_NOT_LIGHTER,
    HARD_SETS_RISE,
    RPE_CREEP,
    HEAVY_HINGES_BACK_TO_BACK,
    MUSCLE_ON_CONSECUTIVE_DAYS,
    NO_REST_DAY,
    SPINAL_LOAD_BACK_TO_BACK,
    NO_WARMUP,
    STATIC_STRETCH_IN_WARMUP,
    MAIN_PATTERN_NOT_REHEARSED,
    NO_RAMP_UP,
    LIGHT_RAMP_UP,
    CORE_WORK,
    GLUTE_WORK,
    HIP_MOBILITY,
    FLEXION_CORE,
    IMPLAUSIBLE_VALUE,
    UNKNOWN_EXERCISE,
    CONTROL_CHARACTERS,
    RED_FLAG,
    SHARP_PAIN_EXERCISE_KEPT,
    REPEATED_SORENESS,
    PAIN_HOLDS_PROGRESSION,
    SESSION_TOO_LONG,
    TOO_MANY_EXERCISES,
)
BY_CODE: Mapping[str, RuleCode[Any]] = MappingProxyType({entry.code: entry for entry in TABLE})
