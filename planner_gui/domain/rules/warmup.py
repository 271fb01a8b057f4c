"""Warm-up rules (WU301–WU304): loaded sessions start warm, dynamically, rehearsing the lifts
and ramping into the working weights."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from planner_gui.domain.metrics import ItemRef
from planner_gui.domain.models import Item
from planner_gui.domain.rules.codes import (
    LIGHT_RAMP_UP,
    MAIN_PATTERN_NOT_REHEARSED,
    NO_RAMP_UP,
    NO_WARMUP,
    STATIC_STRETCH_IN_WARMUP,
    RampUpFloor,
    RampUpLoad,
    StaticHoldTotal,
    Thresholds,
)
from planner_gui.domain.rules.context import (
    REHEARSED_PATTERNS,
    CheckContext,
    ItemTest,
    Place,
    Profile,
    SessionFacts,
    SessionKey,
    Spot,
)
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import amount, join, num, pct
from planner_gui.domain.timing import work_seconds
from planner_gui.domain.units import convert_load, load_step, ramp_loads, round_to_loadable
from planner_gui.domain.vocabulary import MUSCLES, BlockKind, LoadEquipment, Units


@rule(
    NO_WARMUP,
    rationale="""
        Warming up improved most performance measures in the studies Fradkin et al. (2010)
        reviewed, and a few minutes of easy movement get the back and hips ready for load. A
        session with loaded work should open with a warm-up block of dynamic moves.
    """,
)
def no_warmup(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    profiles = ctx.profiles

    def loaded_work(kind: BlockKind, item: Item) -> bool:
        profile = profiles.get(item.exercise)
        return kind != "warmup" and (bool(item.load) or (profile is not None and profile.loaded))

    for week in ctx.sessions:
        for facts in week:
            if not facts.shape.loaded or facts.shape.warmup_items:
                continue
            label = facts.name or "This session"
            _, first = ctx.first_where(facts, loaded_work)
            report.add(
                f"{label} has loaded work ({ctx.name(first)}) but no warm-up; start "
                "with 5–10 minutes of dynamic moves such as leg swings, hip circles and light "
                "hinges.",
                week_index=facts.week_index,
                session_index=facts.session_index,
            )


def _hold_seconds(item: Item) -> float:
    """How long an item stretches one side in all: its sets' work as the time estimate counts
    it (holds and times as written, reps at 4 s or the tempo), not doubled per side."""
    return item.sets * work_seconds(item) / (2 if item.per_side else 1)


def _muscle_words(muscle: str) -> str:
    return muscle.replace("-", " ")


@rule(
    STATIC_STRETCH_IN_WARMUP,
    rationale="""
        Long static holds just before lifting can cost a little strength and power (Behm et
        al., 2016), while dynamic warm-up moves do not; short holds cost next to nothing. The
        rule adds up a warm-up's static holds for each muscle: 60 s or more for one muscle is a
        warning (move the stretches to the cool-down or a separate mobility session), a shorter
        hold is only a note that a dynamic move warms up better.
    """,
)
def static_stretch_in_warmup(ctx: CheckContext, report: Reporter[StaticHoldTotal]) -> None:
    limit = report.settings.warn_total_s
    profiles = ctx.profiles
    for week in ctx.sessions:
        for facts in week:
            if not facts.shape.static_in_warmup:
                continue
            block = facts.session.block("warmup")
            if block is None:
                continue
            static: list[tuple[int, Item, Profile]] = []
            totals: dict[str, float] = {}
            for index, item in enumerate(block.items):
                profile = profiles.get(item.exercise)
                if profile is None or not profile.static:
                    continue
                static.append((index, item, profile))
                seconds = _hold_seconds(item)
                for muscle in profile.muscles:
                    totals[muscle] = totals.get(muscle, 0.0) + seconds
            for index, item, profile in static:
                muscle = max(sorted(profile.muscles, key=MUSCLES.index), key=lambda m: totals[m])
                total = totals[muscle]
                spot = (ItemRef(facts.session_index, "warmup", index), item.exercise)
                long_holds = total >= limit - 1e-9
                if long_holds:
                    text = (
                        f"{ctx.name(item.exercise)} is a static stretch in the warm-up, and the "
                        f"warm-up's static holds add up to {num(total)} s for the "
                        f"{_muscle_words(muscle)}; the guideline is under {num(limit)} s before "
                        "lifting, as long holds can sap a little strength: move it to the "
                        "cool-down and use a dynamic move here instead."
                    )
                else:
                    text = (
                        f"{ctx.name(item.exercise)} is a static stretch in the warm-up, a short "
                        f"one ({num(total)} s in all for the {_muscle_words(muscle)}); holds "
                        "this short cost next to nothing, but a dynamic move warms up better "
                        "and longer holds belong in the cool-down."
                    )
                report.at_item(text, facts.week_index, spot, escalated=long_holds)


def _item_at(facts: SessionFacts, spot: Spot) -> Item:
    ref, _ = spot
    block = facts.session.block(ref.block)
    assert block is not None  # the spot was found in this session
    return block.items[ref.item_index]


def _main_item_with(ctx: CheckContext, pattern: str) -> ItemTest:
    return ctx.profile_test(lambda kind, _, profile: kind == "main" and profile.pattern == pattern)


@rule(
    MAIN_PATTERN_NOT_REHEARSED,
    rationale="""
        A warm-up works best when it rehearses the session's main movements at low effort: a
        dowel or light hinge drill before deadlifts, bodyweight squats before squats. It grooves
        bracing and a neutral spine before the load goes on.
    """,
)
def main_pattern_not_rehearsed(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    for week in ctx.sessions:
        for facts in week:
            if not facts.shape.warmup_items:
                continue
            for pattern in REHEARSED_PATTERNS:
                if (
                    pattern not in facts.shape.main_patterns
                    or pattern in facts.shape.warmup_patterns
                ):
                    continue
                spot = ctx.first_where(facts, _main_item_with(ctx, pattern))
                first = _item_at(facts, spot)
                if first.ramp:
                    continue  # its ramp-up sets rehearse the pattern under a light load
                if not first.load and not ctx.profiles[first.exercise].loaded:
                    continue  # a body-weight squat or hinge is its own rehearsal
                drill = "bodyweight hip hinges" if pattern == "hinge" else "bodyweight squats"
                report.at_item(
                    f"{ctx.name(spot[1])} is a {pattern}, but the warm-up has no {pattern} "
                    f"drill; add a light rehearsal such as {drill}, or ramp-up sets of "
                    f"{ctx.name(spot[1])} itself, before the first work set.",
                    facts.week_index,
                    spot,
                )


def _ramp_example(
    load: float, profile: Profile, units: Units, steps: Mapping[str, float]
) -> str | None:
    """A usual ramp (40 % × 5, 60 % × 3, 80 % × 2 of the working load) in loadable loads,
    worded as reps at a load so that it cannot be read as sets × reps; None when nothing
    lighter than the working load can be loaded (an empty barbell)."""
    sets: list[tuple[float, int]] = []
    for share, reps in ((0.4, 5), (0.6, 3), (0.8, 2)):
        ramp_load = round_to_loadable(load * share, profile.load_kind, units, steps)
        if (sets[-1][0] if sets else 0.0) < ramp_load < load:
            sets.append((ramp_load, reps))
    if not sets:
        return None
    words = [f"{reps} reps at {amount(value, units)}" for value, reps in sets[:1]]
    words += [f"{reps} at {amount(value, units)}" for value, reps in sets[1:]]
    return join(words)


@rule(
    NO_RAMP_UP,
    rationale="""
        A general warm-up raises temperature, but the first heavy set of a lift still goes
        better after a few lighter sets of the same movement: ramping into the working weight
        in smaller jumps grooves the pattern and the bracing before the load is high. The rule
        looks at the first main-block item of each exercise in a session, done in reps, whose
        load is at least 70 % of the exercise's heaviest load in the plan, and notes it when
        the item has no ramp-up sets and the warm-up has nothing of its pattern. A main hinge
        or squat that WU303 already reports is not noted again, nor is a load under 20 kg
        (45 lb) or one with nothing lighter to load (an empty bar): the general warm-up and
        the set's first reps ramp those.
    """,
)
def no_ramp_up(ctx: CheckContext, report: Reporter[RampUpLoad]) -> None:
    share = report.settings.heavy_pct / 100
    heaviest = ctx.heaviest
    profiles = ctx.profiles
    units = ctx.units
    steps = ctx.load_steps
    rehearsal_reported = ctx.reports(MAIN_PATTERN_NOT_REHEARSED.code)
    lightest = convert_load(report.settings.from_kg, "kg", units) - 1e-9

    examples: dict[tuple[float, LoadEquipment | None], str | None] = {}

    def verdict(exercise_id: str, load: float, rehearsal_covers: bool) -> str | None:
        """The finding's text for a first item of `exercise_id` at `load` with no ramp-up
        sets, or None when it needs none; `rehearsal_covers` when WU303 looks at the item."""
        if load < lightest or load < share * heaviest[exercise_id] - 1e-9:
            return None
        profile = profiles[exercise_id]
        if rehearsal_covers and profile.pattern in REHEARSED_PATTERNS:
            return None  # WU303 reports this item
        try:  # the same load recurs for other lifts of the same equipment
            example = examples[load, profile.load_kind]
        except KeyError:
            example = examples[load, profile.load_kind] = _ramp_example(load, profile, units, steps)
        if example is None:
            return None
        return (
            f"{ctx.name(exercise_id)} starts at {amount(load, units)} "
            f"({pct(load / heaviest[exercise_id] * 100)} of its heaviest in the plan) "
            f"with no ramp-up sets, and the warm-up has no "
            f"{profile.pattern.replace('-', ' ')} work; the guideline is to ramp into "
            f"working weights in smaller jumps: add ramp-up sets first, e.g. {example}."
        )

    # A plan repeats its lifts week after week: decide and word each exercise's load once,
    # and find each distinct session's items once (equal keys, equal items and shape).
    verdicts: dict[tuple[str, float, bool], str | None] = {}
    found_in: dict[SessionKey, list[tuple[str, Place]]] = {}
    for week in ctx.sessions:
        for facts in week:
            candidates = facts.shape.ramp_candidates
            if not candidates:
                continue
            found = found_in.get(facts.key)
            if found is None:
                found = found_in[facts.key] = []
                main = facts.session.block("main")
                assert main is not None  # the candidates are main-block items
                items = main.items
                warmed = rehearsal_reported and facts.shape.warmup_items > 0
                for place, first_of_pattern in candidates:
                    item = items[place[1]]
                    load = item.load
                    # Ramp-up sets are sets of reps: a carry or a timed hold ramps differently.
                    if not load or item.ramp or item.reps is None:
                        continue
                    key = (place[2], load, warmed and first_of_pattern)
                    try:
                        text = verdicts[key]
                    except KeyError:
                        text = verdicts[key] = verdict(*key)
                    if text is not None:
                        found.append((text, place))
            for text, place in found:
                report.at_place(text, facts, place)


def _steps_words(kind: LoadEquipment | None, units: Units, steps: Mapping[str, float]) -> str:
    """The loadable steps a ramp-up load was rounded to: "dumbbell steps of 2 kg"."""
    if kind == "kettlebell" and "kettlebell" not in steps:
        return "the kettlebells sold"
    equipment = f"{kind} " if kind is not None else ""
    return f"{equipment}steps of {num(load_step(kind, units, steps))} {units}"


@rule(
    LIGHT_RAMP_UP,
    rationale="""
        Ramp-up sets groove the lift under a load that leads into the working weight; the
        usual ramps start around 40 % of it. A set below 30 % rehearses little that the
        warm-up does not, and one that rounds to 0 at the equipment's loadable steps (a 5 %
        set of a 12 kg dumbbell) cannot be loaded at all: the printed plan would ask for
        0 kg. Such sets are most often loads in kilograms or pounds written where the file
        wants a percentage of the working load (5 and 8 meaning kg, stored as 5 % and 8 %).
        The rule looks at every item with ramp-up sets; the rounding needs a working load.
    """,
)
def light_ramp_up(ctx: CheckContext, report: Reporter[RampUpFloor]) -> None:
    floor = report.settings.min_pct
    profiles = ctx.profiles
    units = ctx.units
    steps = ctx.load_steps
    # Plans repeat their sessions week after week: word each item's verdict once.
    verdicts: dict[tuple[str, float | None, tuple[tuple[int, int], ...]], str | None] = {}

    def verdict(
        exercise_id: str, load: float | None, ramp: tuple[tuple[int, int], ...]
    ) -> str | None:
        profile = profiles.get(exercise_id)
        kind = profile.load_kind if profile is not None else None
        loads = ramp_loads(load, [share for share, _ in ramp], kind, units, steps) if load else []
        problems: list[str] = []
        for index, (share, reps) in enumerate(ramp):
            if loads and loads[index] <= 1e-9:
                problems.append(
                    f"{share} % × {reps} rounds to 0 {units} at {_steps_words(kind, units, steps)}"
                )
            elif share < floor - 1e-9:
                problems.append(f"{share} % × {reps} is below {pct(floor)}")
        if not problems:
            return None
        working = f"its working {amount(load, units)}" if load else "its working load"
        return (
            f"{ctx.name(exercise_id)} has ramp-up sets too light to load or to matter at "
            f"{working}: {join(problems)}. Ramp-up sets are a percentage of the working load, "
            "not loads: start them around 40 % (40 % × 5, 60 % × 3, 80 % × 2)."
        )

    # Only sessions with ramp-up sets are read, and each distinct one once (equal keys hold
    # equal items in equal places, so they have the same findings).
    found_in: dict[SessionKey, list[tuple[str, Place]]] = {}
    for week in ctx.sessions:
        for facts in week:
            if not facts.ramps:
                continue
            found = found_in.get(facts.key)
            if found is None:
                found = found_in[facts.key] = _light_ramps(facts, verdicts, verdict)
            for text, place in found:
                report.at_place(text, facts, place)


def _light_ramps(
    facts: SessionFacts,
    verdicts: dict[tuple[str, float | None, tuple[tuple[int, int], ...]], str | None],
    verdict: Callable[[str, float | None, tuple[tuple[int, int], ...]], str | None],
) -> list[tuple[str, Place]]:
    """WU305's findings on one session, in item order: each item with ramp-up sets whose
    verdict (worded once per exercise, load and ramp in `verdicts`) finds them too light."""
    found: list[tuple[str, Place]] = []
    for block in facts.session.blocks:
        for index, item in enumerate(block.items):
            if not item.ramp:
                continue
            key = (item.exercise, item.load, tuple((step.pct, step.reps) for step in item.ramp))
            try:
                text = verdicts[key]
            except KeyError:
                text = verdicts[key] = verdict(*key)
            if text is not None:
                found.append((text, (block.kind, index, item.exercise)))
    return found
