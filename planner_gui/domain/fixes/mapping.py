"""Finding → fix: for the findings that say a part of the plan is missing, the edit adding it.

Each maker reads the finding's place, works out the edit on the plan as it is, and returns
None when the plan leaves no edit that would clear the finding (a week with too few sessions
for the guideline, nothing at hand for a routine, a stale place). A routine is only ever built
into an empty block, so a fix never replaces anything the coach wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import ceil, floor

from planner_gui.domain.builders.equipment import ALWAYS_AT_HAND
from planner_gui.domain.builders.request import (
    ROUTINE_BLOCKS,
    ROUTINE_TITLES,
    BuildRefused,
    RoutineKind,
    RoutineRequest,
    level_words,
)
from planner_gui.domain.builders.setting import PlanSetting, plan_setting
from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.editing.ops import Composite, Operation, ReplaceItem
from planner_gui.domain.editing.paths import ItemPath, block_items, session_label
from planner_gui.domain.editing.ramps import add_standard_ramp
from planner_gui.domain.findings import Finding
from planner_gui.domain.fixes.continuity import twin
from planner_gui.domain.fixes.loads import guideline_load
from planner_gui.domain.fixes.options import Option, session_options
from planner_gui.domain.fixes.verify import Trial
from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import (
    CORE_WORK,
    EXERCISE_LOAD_RISE,
    GLUTE_WORK,
    HIP_MOBILITY,
    NO_RAMP_UP,
    NO_WARMUP,
    TOO_MANY_EXERCISES,
    RuleCode,
    WeeklySessions,
)
from planner_gui.domain.rules.context import CheckContext, Profile, SessionShape
from planner_gui.domain.rules.wording import TOLERANCE, amount, join, pct, plural
from planner_gui.domain.vocabulary import DAY_NAMES, BlockKind


@dataclass(frozen=True)
class Fix:
    """What a finding offers: `label` for a button or menu entry ("Add a core routine"),
    `summary` one line saying what the edit will do, `operation` the edit itself (its
    `describe` is the undo step's name)."""

    code: str
    label: str
    summary: str
    operation: Operation


Maker = Callable[[Finding, Program, Catalog], "Fix | None"]


def fix_for(finding: Finding, program: Program, catalog: Catalog) -> Fix | None:
    """The fix `finding` offers on `program`, or None (see the module docstring). `catalog`
    may lack the plan's custom exercises."""
    maker = MAKERS.get(finding.code)
    if maker is None:
        return None
    try:
        return maker(finding, program, catalog_for_plan(catalog, program))
    except (BuildRefused, IndexError):
        return None


def has_fix(code: str) -> bool:
    """Whether findings of `code` may offer a fix (whether one does depends on the plan)."""
    return code in MAKERS


# --------------------------------------------------------------------------- places


def _week(finding: Finding, program: Program) -> int | None:
    if finding.week is None or not 1 <= finding.week <= len(program.weeks):
        return None
    return finding.week - 1


def _session(finding: Finding, program: Program) -> tuple[int, int] | None:
    week = _week(finding, program)
    if week is None or finding.session_index is None:
        return None
    if not 0 <= finding.session_index < len(program.weeks[week].sessions):
        return None
    return week, finding.session_index


def _place(program: Program, week: int, session: int) -> str:
    found = program.weeks[week].sessions[session]
    return f"{DAY_NAMES[found.day]} · {session_label(found)}"


def _room(program: Program, week: int, session: int, block: BlockKind) -> int:
    """How many exercises a routine in `block` may add before the session lists more than
    TI702's guideline allows (a fix must not trade one finding for another)."""
    limit = floor(TOO_MANY_EXERCISES.settings(program.rules).max_exercises + 1e-9)
    found = program.weeks[week].sessions[session]
    others = {item.exercise for kind in found.blocks if kind.kind != block for item in kind.items}
    return limit - len(others)


def _request(
    setting: PlanSetting,
    program: Program,
    place: tuple[int, int],
    kind: RoutineKind,
    block: BlockKind | None = None,
) -> RoutineRequest:
    """The request for a routine in the session at `place`; BuildRefused when no room."""
    room = _room(program, *place, block or ROUTINE_BLOCKS[kind][0])
    if room < 1:
        raise BuildRefused("the session already lists as many exercises as the guideline allows")
    return setting.request(kind, block=block, max_exercises=room)


def _for_whom(setting: PlanSetting) -> str:
    kit = "bodyweight only" if not setting.equipment - ALWAYS_AT_HAND else "the plan's equipment"
    gentle = ", low spinal load" if setting.gentle else ""
    return f"for {level_words(setting.level)} ({kit}{gentle})"


def _routine_label(kind: RoutineKind, count: int) -> str:
    title = ROUTINE_TITLES[kind]
    if count == 1:
        return f"Add {'an' if title[0] in 'aeiou' else 'a'} {title}"
    return f"Add {count} {title}s"


# --------------------------------------------------------------------------- routines


def _weekly(
    kind: RoutineKind, code: RuleCode[WeeklySessions], has: Callable[[SessionShape], bool]
) -> Maker:
    """BA401 and BA402: the routine built into as many sessions lacking it as the week needs
    to reach the guideline: sessions whose neighbouring weeks have it first, then training
    days (an easy day stays one), in week order. When that many leave another finding (the
    week's sets then rise too fast into the next), into every session whose neighbouring
    weeks have it, the week as the plan runs. Only routines the checker accepts
    (`_first_clean`)."""

    def make(finding: Finding, program: Program, catalog: Catalog) -> Fix | None:
        week = _week(finding, program)
        if week is None:
            return None
        facts = CheckContext(program, catalog).sessions[week]
        needed = ceil(code.settings(program.rules).min_sessions - 1e-9)
        missing = needed - sum(1 for fact in facts if has(fact.shape))
        lacking = [
            fact.session_index
            for fact in sorted((f for f in facts if not has(f.shape)), key=lambda f: f.shape.easy)
            if not block_items(program, week, fact.session_index, kind)  # never replace
        ]
        if missing <= 0 or len(lacking) < missing:
            return None
        setting = plan_setting(program, catalog)
        offers = {
            session: session_options(
                program,
                catalog,
                week,
                session,
                _maybe_request(setting, program, week, session, kind),
            )
            for session in lacking
        }
        usable = [session for session in lacking if offers[session]]
        restoring = [
            session
            for session in usable
            if any(o is not None and o.follows is not None for o in offers[session])
        ]
        first = restoring + [session for session in usable if session not in restoring]
        trial = Trial(finding, program, catalog)
        choices = [first[:missing], sorted(restoring), usable[:missing]]
        for index, sessions in enumerate(choices):
            if len(sessions) < missing or sessions in choices[:index]:
                continue
            chosen = _first_clean(trial, [offers[s] for s in sessions])
            if chosen is None:
                continue
            count = len(chosen)
            label = _routine_label(kind, count)
            places = join([_place(program, week, option.session) for option in chosen])
            title = ROUTINE_TITLES[kind]
            what = f"{title}s" if count > 1 else f"a {title}"
            return Fix(
                finding.code,
                label,
                f"Builds {what} {_for_whom(setting)} into {places}"
                + (f", so week {week + 1} has them in {count} sessions." if count > 1 else ".")
                + _follows(chosen),
                Composite(tuple(o.operation for o in chosen), f"{label} to week {week + 1}"),
            )
        return None

    return make


def _maybe_request(
    setting: PlanSetting,
    program: Program,
    week: int,
    session: int,
    kind: RoutineKind,
    block: BlockKind | None = None,
) -> RoutineRequest | None:
    try:
        return _request(setting, program, (week, session), kind, block)
    except BuildRefused:
        return None


def _first_clean(trial: Trial, offers: list[list[Option | None]]) -> list[Option] | None:
    """The first set of routines, one per session, that clears the trial's finding and brings
    no new finding; None when none does: a fix never trades one finding for another.

    Each session first takes its k-th option (or the next it has, or else its last), k from
    the most expected; then, for each k, the first one, two... sessions take that dose with a
    set fewer (a week whose sets must land between its neighbours' totals)."""
    tried: list[list[Option]] = []

    def clean(chosen: list[Option]) -> bool:
        if chosen in tried:
            return False
        tried.append(chosen)
        return trial.clean(Composite(tuple(option.operation for option in chosen)))

    ranks = range(max((len(options) for options in offers), default=0))
    for rank in ranks:
        chosen = [_at(options, rank) for options in offers]
        if clean(chosen):
            return chosen
    for rank in ranks:
        other = twin(rank)
        if other is None:
            continue
        for fewer in range(1, len(offers)):
            chosen = [
                _at(options, other if index < fewer else rank)
                for index, options in enumerate(offers)
            ]
            if clean(chosen):
                return chosen
    return None


def _at(options: list[Option | None], rank: int) -> Option:
    later = [option for option in options[rank:] if option is not None]
    if later:
        return later[0]
    return next(option for option in reversed(options) if option is not None)


def _follows(chosen: list[Option]) -> str:
    """ " They are week 2's, at a dose that continues its progression." when they are."""
    weeks = sorted({option.follows + 1 for option in chosen if option.follows is not None})
    if not weeks:
        return ""
    whose = join([f"week {week}" for week in weeks])
    they = "They are" if len(chosen) > 1 else "It is"
    some = "" if len(weeks) == 1 and all(o.follows is not None for o in chosen) else " in part"
    return f" {they}{some} {whose}'s exercises, at a dose that continues the plan's progression."


def _hip_mobility(finding: Finding, program: Program, catalog: Catalog) -> Fix | None:
    """BA403: a mobility routine (hip flexors and hamstrings among what it covers) in the first
    session of the week with an empty mobility block, or else an empty cool-down block; the
    neighbouring weeks' routine there first, and only one the checker accepts."""
    week = _week(finding, program)
    if week is None:
        return None
    setting = plan_setting(program, catalog)
    sessions = range(len(program.weeks[week].sessions))
    blocks: tuple[BlockKind, ...] = ("mobility", "cooldown")
    trial = Trial(finding, program, catalog)
    for block in blocks:
        for session in sessions:
            if block_items(program, week, session, block):
                continue
            request = _maybe_request(setting, program, week, session, "mobility", block)
            options = [
                option
                for option in session_options(program, catalog, week, session, request)
                if option is not None
                and any(_is_hip_mobility(catalog, item) for item in option.exercise_ids)
            ]
            clean = next((o for o in options if trial.clean(o.operation)), None)
            if clean is None:
                continue
            chosen = [clean]
            label = _routine_label("mobility", 1)
            where = "cool-down" if block == "cooldown" else "mobility block"
            return Fix(
                finding.code,
                label,
                f"Builds a mobility routine {_for_whom(setting)} (hip flexors and hamstrings "
                f"among it) into the {where} of {_place(program, week, session)}."
                + _follows(chosen),
                Composite((chosen[0].operation,), f"{label} to week {week + 1}"),
            )
    return None


def _is_hip_mobility(catalog: Catalog, exercise_id: str) -> bool:
    exercise = catalog.get(exercise_id)
    return exercise is not None and Profile.of(exercise).hip_mobility


def _warmup(finding: Finding, program: Program, catalog: Catalog) -> Fix | None:
    """WU301: a warm-up built into the session, ramp-up sets on its first heavy lift included;
    the neighbouring weeks' warm-up there first, and only one the checker accepts."""
    place = _session(finding, program)
    if place is None or block_items(program, *place, "warmup"):
        return None
    setting = plan_setting(program, catalog)
    request = _request(setting, program, place, "warmup")
    options = [o for o in session_options(program, catalog, *place, request) if o is not None]
    trial = Trial(finding, program, catalog)
    chosen = next((o for o in options if trial.clean(o.operation)), None)
    if chosen is None:
        return None
    ramps = (
        " with ramp-up sets"
        if any(isinstance(part, ReplaceItem) for part in chosen.operation.operations)
        else ""
    )
    label = "Add a warm-up"
    return Fix(
        finding.code,
        label,
        f"Builds a warm-up{ramps} {_for_whom(setting)} into {_place(program, *place)}."
        + _follows([chosen]),
        Composite((chosen.operation,), f"{label} to {_place(program, *place)}"),
    )


def _ramp(finding: Finding, program: Program, catalog: Catalog) -> Fix | None:
    """WU304: the standard ramp-up sets (40/60/80 % for 5/3/2 reps) on the lift."""
    place = _session(finding, program)
    if place is None or finding.block != "main" or finding.item_index is None:
        return None
    path = ItemPath(*place, "main", finding.item_index)
    operation = add_standard_ramp(program, path)
    if operation is None:
        return None
    name = catalog.name_of(operation.item.exercise)
    return Fix(
        finding.code,
        "Add ramp-up sets",
        f"Gives {name} ramp-up sets of 40 %, 60 % and 80 % of its load for 5, 3 and 2 reps.",
        Composite((operation,), f"Add ramp-up sets to {name}"),
    )


def _load(finding: Finding, program: Program, catalog: Catalog) -> Fix | None:
    """PO101: every item of the exercise that week heavier than the guideline load set to it
    (lighter ones stay as they are), in one edit."""
    week = _week(finding, program)
    if week is None or finding.exercise is None:
        return None
    found = guideline_load(program, catalog, week, finding.exercise)
    if found is None:
        return None
    units = program.units
    operations: list[Operation] = []
    for session, entry in enumerate(program.weeks[week].sessions):
        for block in entry.blocks:
            for row, item in enumerate(block.items):
                if item.exercise != finding.exercise or item.load is None:
                    continue
                if item.load > found.load * (1 + TOLERANCE):
                    path = ItemPath(week, session, block.kind, row)
                    operations.append(
                        ReplaceItem(path, item.model_copy(update={"load": found.load}))
                    )
    if not operations:
        return None
    name = catalog.name_of(finding.exercise)
    load = amount(found.load, units)
    times = plural(len(operations), "item")
    if found.held:
        why = (
            f"week {found.base_week + 1}'s load, as the smallest loadable step up is more "
            f"than {pct(found.limit_pct)}"
        )
    else:
        why = (
            f"the most the equipment loads within {pct(found.limit_pct)} of week "
            f"{found.base_week + 1}'s {amount(found.base, units)}"
        )
    label = f"Set to {load}"
    return Fix(
        finding.code,
        label,
        f"Sets {name} to {load} in week {week + 1} ({times} heavier than that), {why}.",
        Composite(tuple(operations), f"Set {name} to {load} in week {week + 1}"),
    )


MAKERS: dict[str, Maker] = {
    CORE_WORK.code: _weekly("core", CORE_WORK, lambda shape: shape.core),
    GLUTE_WORK.code: _weekly("glute", GLUTE_WORK, lambda shape: shape.glute),
    HIP_MOBILITY.code: _hip_mobility,
    NO_WARMUP.code: _warmup,
    NO_RAMP_UP.code: _ramp,
    EXERCISE_LOAD_RISE.code: _load,
}
