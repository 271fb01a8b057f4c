"""The warm-up: raise temperature, rehearse the main lifts' patterns, ramp into the first lift.

Dynamic work only: no static stretch and no held position. It starts with a few minutes of
easy cardio or a light carry (a walk, or marching on the spot, needs no equipment), then one
light drill for each pattern of the main block (a hinge day gets a hinge drill, a squat day a
squat drill), then ramp-up sets on the first loaded main lift, e.g. 40 %, 60 % and 80 % of
its working load. A later loaded lift whose pattern no drill rehearsed gets one lighter set
first. The whole of it, ramp-up sets included, takes 5-12 minutes by the session time
estimate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from math import ceil

from planner_gui.domain.builders.context import MainLift, RoutineContext
from planner_gui.domain.builders.dosing import dosed, minutes
from planner_gui.domain.builders.equipment import load_kind
from planner_gui.domain.builders.proposal import Choice, Proposal, RampChoice
from planner_gui.domain.builders.request import MINUTES_RANGE, BuildRefused
from planner_gui.domain.builders.selection import eligible, pick, ranked
from planner_gui.domain.models import Exercise, Item, RampSet
from planner_gui.domain.notation import format_number
from planner_gui.domain.timing import RAMP_SET_CHANGE_S, item_seconds, rep_seconds
from planner_gui.domain.units import load_equipment, round_to_loadable
from planner_gui.domain.vocabulary import Units

#: Ramp-up schemes from the fullest to the shortest: (percent of the working load, reps).
RAMPS: tuple[tuple[tuple[int, int], ...], ...] = (
    ((40, 5), (60, 3), (80, 2)),
    ((50, 5), (75, 3)),
    ((60, 3),),
)
#: One lighter set before a later lift whose pattern the warm-up did not rehearse.
LIGHTER_SET: tuple[tuple[int, int], ...] = ((50, 5),)
#: Easy cardio: the usual bout, and the shortest one trimming may leave.
CARDIO_S = 300
MIN_CARDIO_S = 120
CARDIO_STEP_S = 30
#: Patterns a loaded exercise still rehearses when done with no weight.
BODYWEIGHT_PATTERNS = frozenset({"hinge", "squat", "lunge", "bridge", "hip-extension"})
#: Most rounds of a carry or of travelling moves.
MAX_ROUNDS = 3
#: Exercises a warm-up has at most without a limit: temperature and three drills.
DEFAULT_ROOM = 4
#: The shortest warm-up, ramp-up sets included.
MIN_MINUTES = float(MINUTES_RANGE["warmup"][0])


@dataclass
class _Draft:
    """The warm-up while it is trimmed: the temperature item, the drills, the ramps."""

    temperature: Choice
    drills: list[Choice]
    first_ramp: int | None  # index into RAMPS, None: no ramp-up sets on the first lift
    lighter: list[MainLift]
    first: MainLift | None
    notes: list[str] = field(default_factory=list)
    ramp_times: dict[tuple[int, tuple[tuple[int, int], ...]], float] = field(default_factory=dict)


def build_warmup(ctx: RoutineContext) -> Proposal:
    request = ctx.request
    room = request.max_exercises if request.max_exercises is not None else DEFAULT_ROOM
    if room < 2:
        raise BuildRefused(
            "a warm-up raises temperature and rehearses the main lifts: it needs room for "
            "2 exercises"
        )
    temperature = _temperature(ctx)
    drills = _drills(ctx, room - 1, [temperature.item.exercise])
    rehearsed = {choice.role for choice in drills}
    loaded = [
        lift
        for lift in ctx.main
        if lift.item.load and lift.item.reps is not None and lift.exercise is not None
    ]
    first = loaded[0] if loaded else None
    lighter = [lift for lift in loaded[1:] if lift.pattern not in rehearsed]
    draft = _Draft(temperature, drills, 0 if first else None, lighter, first)
    _fit(ctx, draft)
    ramps = _ramps(ctx, draft)
    choices = (draft.temperature, *draft.drills)
    ramp_s = sum(item_seconds(r.item) - item_seconds(_unramped(r.item)) for r in ramps)
    return Proposal(
        "warmup",
        request.target_block,
        choices,
        minutes([c.item for c in choices], ramp_s),
        request.budget,
        ramps=tuple(ramps),
        notes=tuple(draft.notes),
    )


# --------------------------------------------------------------------------- temperature


def _temperature(ctx: RoutineContext) -> Choice:
    def warms(exercise: Exercise) -> bool:
        return exercise.category == "warmup" and exercise.pattern in ("cardio", "carry")

    def preference(exercise: Exercise) -> int:
        if exercise.pattern == "carry":
            return 1
        return 0 if set(exercise.equipment) - {"none"} else 2

    found = sorted(eligible(ctx, warms), key=preference)
    # Every way of warming up is as good for the level: a seed may draw any of them.
    exercise = pick(ctx, [(0.0, exercise) for exercise in found], "warmup:temperature")
    if exercise is None:
        return _moving_on(ctx)
    item = dosed(exercise, ctx.request.level)
    if exercise.dose == "time":
        seconds = _cardio_seconds(ctx.request.budget)
        item = item.model_copy(update={"sets": 1, "time_s": seconds})
        how = f"{_duration(seconds)} at an easy pace"
    else:
        how = "light enough to walk tall and breathe easily"
    reason = f"Raises body temperature first: {how}."
    return Choice(item, reason, "temperature")


def _moving_on(ctx: RoutineContext) -> Choice:
    """Bodyweight moves that travel (walking knee hugs, inchworms), done without a break, when
    the session already uses every way of warming up that the catalog has."""

    def travels(exercise: Exercise) -> bool:
        return (
            exercise.category == "warmup"
            and exercise.stretch == "dynamic"
            and exercise.pattern in ("dynamic-mobility", "lunge")
            and _dynamic(exercise)
        )

    found = sorted(
        eligible(ctx, travels),
        key=lambda exercise: -len({*exercise.muscles, *exercise.secondary_muscles}),
    )
    exercise = pick(ctx, [(0.0, exercise) for exercise in found], "warmup:temperature")
    if exercise is None:
        raise BuildRefused("no easy cardio, light carry or dynamic move left to warm up with")
    item = dosed(exercise, ctx.request.level, sets=2).model_copy(update={"rest_s": None})
    return Choice(item, "Raises body temperature first: two rounds without a break.", "temperature")


def _duration(seconds: int) -> str:
    """ "3 min", "4 min 20 s"."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def _cardio_seconds(budget: float) -> int:
    if budget >= 9:
        return CARDIO_S
    return 240 if budget >= 7 else 180


# --------------------------------------------------------------------------- drills


def _drills(ctx: RoutineContext, room: int, taken: list[str]) -> list[Choice]:
    """One light drill for each main pattern, then general dynamic moves if none was found."""
    drills: list[Choice] = []
    level = ctx.request.level
    for pattern in ctx.main_patterns():
        if len(drills) == room:
            break
        lifts = ctx.main_with(pattern)
        exercise = _drill_for(ctx, pattern, taken)
        if exercise is not None:
            reason = f"Rehearses the {pattern.replace('-', ' ')} of {lifts[0].name} at no load."
            role = pattern
        else:
            exercise = _warming_move(ctx, lifts[0], taken)
            if exercise is None:
                continue
            muscles = _shared(exercise, lifts[0])
            reason = f"Moves the {muscles} {lifts[0].name} works, before the first set."
            role = f"moves for {pattern}"
        taken.append(exercise.id)
        drills.append(Choice(dosed(exercise, level, sets=1), reason, role))
    wanted = 1 if ctx.main else 2
    while len(drills) < min(wanted, room):
        exercise = _general_move(ctx, taken)
        if exercise is None:
            break
        taken.append(exercise.id)
        drills.append(
            Choice(
                dosed(exercise, level, sets=1),
                "Loosens the hips and back with easy dynamic movement.",
                "dynamic mobility",
            )
        )
    return drills


def _dynamic(exercise: Exercise) -> bool:
    """Moving work a warm-up may hold: no static stretch, no held position, a light spine."""
    return (
        exercise.stretch != "static" and exercise.dose != "hold" and exercise.spinal_load == "low"
    )


def _drill_for(ctx: RoutineContext, pattern: str, taken: list[str]) -> Exercise | None:
    def rehearses(exercise: Exercise) -> bool:
        # A loaded lift done with no weight rehearses a hinge or a squat; a row or a press
        # without its dumbbells rehearses nothing.
        unloaded_ok = not exercise.loaded or pattern in BODYWEIGHT_PATTERNS
        return exercise.pattern == pattern and _dynamic(exercise) and unloaded_ok

    def order(exercise: Exercise) -> int:
        if exercise.category == "warmup":
            return 0
        return 2 if exercise.loaded else 1

    found = sorted(eligible(ctx, rehearses, taken), key=order)
    return pick(ctx, [(float(order(e)), e) for e in found], f"warmup:{pattern}")


def _shared(exercise: Exercise, lift: MainLift) -> str:
    worked = (
        set(lift.exercise.muscles) | set(lift.exercise.secondary_muscles)
        if lift.exercise
        else set()
    )
    shared = [muscle for muscle in exercise.muscles if muscle in worked]
    return " and ".join(muscle.replace("-", " ") for muscle in shared[:2]) or "joints"


def _warming_move(ctx: RoutineContext, lift: MainLift, taken: list[str]) -> Exercise | None:
    """A dynamic warm-up move for the muscles of a lift whose pattern has no drill (arm
    circles before a press)."""
    if lift.exercise is None:
        return None
    worked = set(lift.exercise.muscles) | set(lift.exercise.secondary_muscles)

    def warms(exercise: Exercise) -> bool:
        return (
            exercise.category == "warmup"
            and exercise.stretch == "dynamic"
            and _dynamic(exercise)
            and bool(worked & set(exercise.muscles))
        )

    return pick(ctx, ranked(ctx, eligible(ctx, warms, taken)), f"warmup:moves:{lift.row}")


def _general_move(ctx: RoutineContext, taken: list[str]) -> Exercise | None:
    def loosens(exercise: Exercise) -> bool:
        return (
            exercise.category == "warmup"
            and exercise.pattern == "dynamic-mobility"
            and _dynamic(exercise)
        )

    found = eligible(ctx, loosens, taken)
    return pick(ctx, [(0.0, e) for e in found], f"warmup:general:{len(taken)}")


# --------------------------------------------------------------------------- ramps and time


def _unramped(item: Item) -> Item:
    return item.model_copy(update={"ramp": []})


def _ramp_sets(
    load: float, scheme: tuple[tuple[int, int], ...], lift: MainLift, ctx: RoutineContext
) -> tuple[list[RampSet], list[float]]:
    """The scheme's sets whose loadable loads rise and stay below the working load, with
    those loads (a 10 kg goblet squat cannot ramp 4, 6 and 8 kg on kettlebells)."""
    exercise = lift.exercise
    assert exercise is not None
    kind = load_kind(exercise, ctx.at_hand) or load_equipment(exercise.equipment)
    sets: list[RampSet] = []
    loads: list[float] = []
    for pct, reps in scheme:
        value = round_to_loadable(load * pct / 100, kind, ctx.units)
        if value <= 0 or value >= load - 1e-9 or (loads and value <= loads[-1] + 1e-9):
            continue
        sets.append(RampSet(pct=pct, reps=reps))
        loads.append(value)
    return sets, loads


def _ramp_choice(
    ctx: RoutineContext, lift: MainLift, scheme: tuple[tuple[int, int], ...], first: bool
) -> RampChoice | None:
    load = lift.item.load
    assert load is not None
    sets, loads = _ramp_sets(load, scheme, lift, ctx)
    if not sets:
        return None
    item = lift.item.model_copy(update={"ramp": sets})
    shown = ", ".join(
        f"{format_number(value)} × {ramp.reps}" for value, ramp in zip(loads, sets, strict=True)
    )
    pcts = "/".join(str(ramp.pct) for ramp in sets)
    units: Units = ctx.units
    if first:
        reason = (
            f"Ramp-up sets into {format_number(load)} {units} in smaller jumps "
            f"({pcts} %: {shown} {units}) before the first working set."
        )
    else:
        reason = (
            f"One lighter set ({shown} {units}) first: no drill of the warm-up rehearses "
            f"its {lift.pattern or 'pattern'}."
        )
    return RampChoice(lift.row, item, reason)


def _ramp_seconds(
    ctx: RoutineContext, draft: _Draft, lift: MainLift, scheme: tuple[tuple[int, int], ...]
) -> float:
    """The time the scheme's ramp-up sets add to the lift (as `timing.item_seconds` counts
    them), remembered in the draft: trimming asks again and again."""
    key = (lift.row, scheme)
    seconds = draft.ramp_times.get(key)
    if seconds is None:
        load = lift.item.load
        assert load is not None
        sets, _ = _ramp_sets(load, scheme, lift, ctx)
        per_rep = rep_seconds(lift.item)
        seconds = draft.ramp_times[key] = sum(
            step.reps * per_rep + RAMP_SET_CHANGE_S for step in sets
        )
    return seconds


def _ramps(ctx: RoutineContext, draft: _Draft) -> list[RampChoice]:
    ramps: list[RampChoice] = []
    if draft.first is not None and draft.first_ramp is not None:
        choice = _ramp_choice(ctx, draft.first, RAMPS[draft.first_ramp], True)
        if choice is not None:
            ramps.append(choice)
    for lift in draft.lighter:
        choice = _ramp_choice(ctx, lift, LIGHTER_SET, False)
        if choice is not None:
            ramps.append(choice)
    return ramps


def _total(ctx: RoutineContext, draft: _Draft) -> float:
    ramp_s = sum(_ramp_seconds(ctx, draft, lift, LIGHTER_SET) for lift in draft.lighter)
    if draft.first is not None and draft.first_ramp is not None:
        ramp_s += _ramp_seconds(ctx, draft, draft.first, RAMPS[draft.first_ramp])
    items = [draft.temperature.item, *(d.item for d in draft.drills)]
    return minutes(items, ramp_s)


def _fit(ctx: RoutineContext, draft: _Draft) -> None:
    """Trim the draft into the budget: a shorter bout of cardio, a shorter ramp, fewer drills,
    no lighter sets, no ramp; then lengthen the cardio if it came out under 5 minutes."""
    budget = ctx.request.budget + 1e-6
    trims: list[Callable[[], bool]] = [
        lambda: _shorter_temperature(draft, 180),
        lambda: _shorter_ramp(draft, 1),
        lambda: _shorter_temperature(draft, MIN_CARDIO_S),
        lambda: _shorter_ramp(draft, len(RAMPS) - 1),
        lambda: _fewer_drills(draft),
        lambda: _no_lighter_sets(draft),
        lambda: _no_ramp(ctx, draft),
    ]
    while _total(ctx, draft) > budget:
        if not any(trim() for trim in trims):
            raise BuildRefused(
                f"a warm-up for this session needs at least {_total(ctx, draft):.0f} minutes; "
                "allow more time for it"
            )
    _lengthen(ctx, draft, budget)


def _lengthen(ctx: RoutineContext, draft: _Draft, budget: float) -> None:
    """Make a warm-up that came out under 5 minutes last 5: a longer bout of cardio (to the
    second), or one more round of a carry or of moves, while the budget allows."""
    short_s = (MIN_MINUTES - _total(ctx, draft)) * 60
    if short_s <= 1e-6:
        return
    item = draft.temperature.item
    if item.time_s is not None:
        _with_temperature(draft, time_s=item.time_s + ceil(short_s - 1e-6))
        _retell_cardio(draft)
        return
    while _total(ctx, draft) < MIN_MINUTES and item.sets < MAX_ROUNDS:
        _with_temperature(draft, sets=item.sets + 1)
        if _total(ctx, draft) > budget:
            _with_temperature(draft, sets=item.sets)
            return
        item = draft.temperature.item


def _with_temperature(draft: _Draft, **changes: int) -> None:
    choice = draft.temperature
    draft.temperature = Choice(choice.item.model_copy(update=changes), choice.reason, choice.role)


def _shorter_temperature(draft: _Draft, floor_s: int) -> bool:
    item = draft.temperature.item
    if item.time_s is not None and item.time_s > floor_s:
        _with_temperature(draft, time_s=max(floor_s, item.time_s - CARDIO_STEP_S))
        _retell_cardio(draft)
        return True
    if item.time_s is None and item.sets > 1:
        _with_temperature(draft, sets=item.sets - 1)
        return True
    return False


def _retell_cardio(draft: _Draft) -> None:
    item = draft.temperature.item
    assert item.time_s is not None
    reason = f"Raises body temperature first: {_duration(item.time_s)} at an easy pace."
    draft.temperature = Choice(item, reason, draft.temperature.role)


def _shorter_ramp(draft: _Draft, shortest: int) -> bool:
    if draft.first_ramp is None or draft.first_ramp >= shortest:
        return False
    draft.first_ramp += 1
    return True


def _fewer_drills(draft: _Draft) -> bool:
    if len(draft.drills) <= 1:
        return False
    draft.drills.pop()
    return True


def _no_lighter_sets(draft: _Draft) -> bool:
    if not draft.lighter:
        return False
    draft.lighter.pop()
    return True


def _no_ramp(ctx: RoutineContext, draft: _Draft) -> bool:
    if draft.first_ramp is None:
        return False
    draft.first_ramp = None
    if draft.first is not None:
        draft.notes.append(
            f"No ramp-up sets for {draft.first.name}: they do not fit in "
            f"{format_number(ctx.request.budget)} minutes."
        )
    return True
