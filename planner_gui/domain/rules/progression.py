"""Progressive-overload rules (PO101–PO109): how fast load, sets and effort rise, how training
is spread, and whether deload weeks are lighter."""

from __future__ import annotations

from math import ceil, floor

from planner_gui.domain.metrics import ExerciseWeek
from planner_gui.domain.rules.codes import (
    ACUTE_CHRONIC_RATIO,
    DELOAD_NOT_LIGHTER,
    EXERCISE_LOAD_RISE,
    HARD_SETS_RISE,
    MONOTONY,
    RPE_CREEP,
    SEVERAL_VARIABLES_RISE,
    WEEK_LOAD_RISE,
    WEEKS_WITHOUT_DELOAD,
    DeloadDrop,
    DeloadSpacing,
    HardSetsRise,
    MonotonyLimit,
    RatioLimits,
    RiseLimits,
    RpeCreep,
    Thresholds,
    WeekRiseLimit,
)
from planner_gui.domain.rules.context import CheckContext, SessionKey
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import (
    TOLERANCE,
    above,
    amount,
    join,
    num,
    ordinal,
    pct,
    plural,
)
from planner_gui.domain.units import heaviest_loadable_at_most, next_load_up
from planner_gui.domain.vocabulary import MUSCLES

#: The top of the RPE scale: no rep left in reserve.
RPE_SCALE_TOP = 10.0


def _weeks_phrase(earlier: int, later: int) -> str:
    if later - earlier > 1:
        return f"from week {earlier + 1} (the last week before the deload) to week {later + 1}"
    return f"from week {earlier + 1} to week {later + 1}"


def _reps_fall(before: ExerciseWeek, after: ExerciseWeek, limit_pct: float) -> bool:
    """Whether the top reps fall by at least `limit_pct` % (3 × 8 → 3 × 5 falls 37.5 %)."""
    old, new = before.top_reps, after.top_reps
    if not old or new is None or new >= old:
        return False
    return not above(limit_pct, (old - new) / old * 100)


@rule(
    EXERCISE_LOAD_RISE,
    rationale="""
        Adding load in small steps gives tendons, muscles and technique time to keep up. The
        ACSM position stand on progression (2009) suggests adding about 2-10 % once the lifter
        beats the target reps by one or two, and the NSCA's "2-for-2" rule says the same in
        practice. The 10 % weekly ceiling is a guideline rather than a proven limit, so the
        checker describes the jump and suggests a smaller one the equipment allows. A rise of
        the smallest loadable step (the next kettlebell, the next pair of dumbbells, the
        smallest plates) is never reported, whatever its percentage; a jump above 20 % is an
        error only when a smaller loadable step would have stayed within it. When the reps fall
        by a third or more as the load rises (3 × 8 at 80 kg to 3 × 5 at 90 kg), the work done
        falls too, so the finding is one step milder.
    """,
)
def load_rises_too_fast(ctx: CheckContext, report: Reporter[RiseLimits]) -> None:
    settings = report.settings
    limit, error = settings.limit_pct, settings.error_pct
    weeks = ctx.metrics.weeks
    units = ctx.units
    steps = ctx.load_steps
    profiles = ctx.profiles
    for earlier, later in ctx.comparisons:
        before = weeks[earlier].exercises
        for exercise_id, stats in weeks[later].exercises.items():
            new = stats.top_load
            previous = before.get(exercise_id)
            if new is None or previous is None or not previous.top_load:
                continue
            old = previous.top_load
            rise = (new - old) / old * 100
            if not above(rise, limit):
                continue
            profile = profiles.get(exercise_id)
            kind = None if profile is None else profile.load_kind
            smallest = next_load_up(old, kind, units, steps)
            if new <= smallest + TOLERANCE * smallest:
                continue  # one loadable step up: nothing smaller can be loaded
            smallest_rise = (smallest - old) / old * 100
            within = heaviest_loadable_at_most(old * (1 + limit / 100), kind, units, steps)
            if within > old + TOLERANCE * old:
                advice = f"at or below {pct(limit)}, e.g. {amount(within, units)}"
            else:
                advice = (
                    f"at or below {pct(limit)}, and the smallest loadable step, "
                    f"{amount(smallest, units)}, is already {pct(smallest_rise)}: add reps at "
                    f"{amount(old, units)} first, then move up to {amount(smallest, units)}"
                )
            fewer_reps = _reps_fall(previous, stats, settings.reps_drop_pct)
            rises = (
                f"{ctx.name(exercise_id)} load rises {pct(rise)} {_weeks_phrase(earlier, later)} "
                f"({num(old)} → {amount(new, units)})"
            )
            if fewer_reps:
                text = (
                    f"{rises} while its reps fall from {previous.top_reps} to {stats.top_reps}; "
                    f"with fewer reps that is a usual step, but the guideline for the load is "
                    f"{advice}."
                )
            else:
                text = f"{rises}; the guideline is to keep weekly rises {advice}."
            report.at_item(
                text,
                later,
                (stats.top_ref, exercise_id),
                escalated=above(rise, error) and not above(smallest_rise, error),
                softened=fewer_reps,
            )


@rule(
    WEEK_LOAD_RISE,
    rationale="""
        A week's session load (Foster: minutes × session RPE, summed) captures volume and
        effort together. Raising it by about 10 % a week is a long-standing coaching guideline;
        a trial in novice runners (Buist et al., 2008) found no injury difference with it, while
        a cohort (Nielsen et al., 2014) saw more problems after rises above 30 %. Treat it as a
        guideline and check large jumps with a coach or physio.
    """,
)
def week_load_rises_too_fast(ctx: CheckContext, report: Reporter[WeekRiseLimit]) -> None:
    limit = report.settings.limit_pct
    weeks = ctx.metrics.weeks
    for earlier, later in ctx.comparisons:
        old, new = weeks[earlier].load, weeks[later].load
        if old <= 0:
            continue
        rise = (new - old) / old * 100
        if above(rise, limit):
            ceiling = old * (1 + limit / 100)
            report.add(
                f"Week {later + 1}'s session load rises {pct(rise)} "
                f"{_weeks_phrase(earlier, later)} ({num(old)} → {num(new)}, minutes × RPE); "
                "the guideline is at most "
                f"{pct(limit)} a week, about {num(round(ceiling))}: shorten a session or lower "
                "its RPE.",
                week_index=later,
            )


@rule(
    ACUTE_CHRONIC_RATIO,
    rationale="""
        The acute:chronic ratio compares a week's load with the average of the four weeks
        before it. Gabbett (2016) described 0.8-1.3 as a "sweet spot" and urged caution above
        1.5; Williams et al. (2017) proposed an exponentially weighted form. Impellizzeri et al.
        (2020) questioned its value as a risk predictor, so the checker treats the range as a
        guideline that describes the plan's shape (a sudden spike after lighter weeks), not as
        a risk score. It needs four weeks of history.
    """,
)
def acute_chronic_ratio(ctx: CheckContext, report: Reporter[RatioLimits]) -> None:
    limit, error = report.settings.limit_ratio, report.settings.error_ratio
    weeks = ctx.metrics.weeks
    for week in weeks:
        ratio = week.acwr
        if ratio is None or not above(ratio, limit):
            continue
        chronic = sum(w.load for w in weeks[week.index - 4 : week.index]) / 4
        report.add(
            f"Week {week.index + 1}'s load is {num(round(ratio, 2))} × the mean of the 4 weeks "
            f"before it ({num(week.load)} ÷ {num(round(chronic))}); the guideline range tops out "
            f"at {num(limit)}, so spread the increase over more weeks (at most about "
            f"{num(round(chronic * limit))} this week).",
            week_index=week.index,
            escalated=above(ratio, error),
        )


def _dose_rises(old: float | None, new: float | None) -> bool:
    return old is not None and new is not None and above(new - old, 0.0)


@rule(
    SEVERAL_VARIABLES_RISE,
    rationale="""
        Progression is easiest to judge, and to undo, when one variable changes at a time: add
        a rep, then a set, then load once the top of the range is reached (the NSCA "2-for-2"
        approach and the ACSM progression guideline). Raising several at once multiplies the
        jump in work far beyond what any single number shows.
    """,
)
def several_variables_rise(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    weeks = ctx.metrics.weeks
    units = ctx.units
    for earlier, later in ctx.comparisons:
        before = weeks[earlier].exercises
        for exercise_id, stats in weeks[later].exercises.items():
            previous = before.get(exercise_id)
            if previous is None or (
                previous.top_sets >= stats.top_sets
                and (previous.top_reps or 0) >= (stats.top_reps or 0)
                and (previous.top_hold or 0) >= (stats.top_hold or 0)
            ):
                continue  # load alone can rise: one variable at most
            rises: list[str] = []
            if _dose_rises(previous.top_sets, stats.top_sets):
                rises.append(f"sets ({previous.top_sets} → {stats.top_sets})")
            if _dose_rises(previous.top_reps, stats.top_reps):
                rises.append(f"reps ({previous.top_reps} → {stats.top_reps})")
            if _dose_rises(previous.top_hold, stats.top_hold):
                rises.append(f"hold ({previous.top_hold} → {stats.top_hold} s)")
            if _dose_rises(previous.top_load, stats.top_load):
                assert previous.top_load is not None and stats.top_load is not None
                rises.append(f"load ({num(previous.top_load)} → {amount(stats.top_load, units)})")
            if len(rises) < 2:
                continue
            report.at_item(
                f"{ctx.name(exercise_id)}: {join(rises)} {'both' if len(rises) == 2 else 'all'} "
                f"rise {_weeks_phrase(earlier, later)}; the guideline is to raise one of them at "
                "a time and keep the others as they were.",
                later,
                (stats.top_ref, exercise_id),
            )


@rule(
    WEEKS_WITHOUT_DELOAD,
    rationale="""
        Strength athletes report taking a lighter week about every 5-6 weeks (Rogerson et al.,
        2024), usually cutting volume by 30-50 % while keeping some intensity. A planned deload
        lets fatigue and niggles settle before the next block. A week without sessions counts
        as a break too.
    """,
)
def weeks_without_deload(ctx: CheckContext, report: Reporter[DeloadSpacing]) -> None:
    limit = report.settings.max_weeks
    run = 0
    for index, week in enumerate(ctx.program.weeks):
        if week.deload or not week.sessions:
            run = 0
            continue
        run += 1
        if above(run, limit) and not above(run - 1, limit):
            report.add(
                f"Week {index + 1} is the {ordinal(run)} week in a row without a deload; the "
                f"guideline is a lighter week at least every {num(limit)} weeks: mark one of weeks "
                f"{index - run + 2}–{index + 1} as a deload and cut its volume by 30–50 %.",
                week_index=index,
            )


@rule(
    MONOTONY,
    rationale="""
        Foster (1998, 2001) called the mean of the seven daily loads divided by their standard
        deviation "monotony": rest days count as zero, so a week of equal hard days scores high.
        Monotony above about 2 with a high weekly load (strain) went with more illness and
        staleness in his athletes. Alternate hard and easy days instead.
    """,
)
def monotony(ctx: CheckContext, report: Reporter[MonotonyLimit]) -> None:
    limit = report.settings.limit
    for week in ctx.metrics.weeks:
        if week.load > 0 and above(week.monotony, limit):
            report.add(
                f"Week {week.index + 1}'s training days are very alike (monotony "
                f"{num(round(week.monotony, 2))}, guideline at most {num(limit)}); make one or "
                "two sessions clearly lighter or add a rest day.",
                week_index=week.index,
            )


def deload_bases(ctx: CheckContext) -> list[tuple[int, int]]:
    """(base, deload) week indexes: each deload week with the last non-deload week before it.

    Weeks without sessions are no base (nothing was planned there to be lighter than), and two
    deloads in a row both compare with the last normal week, not with each other.
    """
    pairs: list[tuple[int, int]] = []
    base: int | None = None
    for index, week in enumerate(ctx.program.weeks):
        if week.deload:
            if base is not None:
                pairs.append((base, index))
        elif week.sessions:
            base = index
    return pairs


def _drop(old: float, new: float) -> float:
    """How much lower `new` is than `old`, in % of `old` (negative when it is higher)."""
    return (old - new) / old * 100


def _change(drop: float) -> str:
    return f"{pct(-drop)} above" if drop < 0 else f"only {pct(drop)} below"


@rule(
    DELOAD_NOT_LIGHTER,
    rationale="""
        Marking a week as a deload tells the athlete it is lighter on purpose, so the plan
        should make it lighter. Strength athletes describe deloads that cut volume by about
        30-50 % (Rogerson et al., 2024), by fewer sets, a lower effort, or both. The checker
        compares the deload week with the last normal week before it and is satisfied when
        either the session load (minutes × session RPE) or the number of working sets drops by
        the minimum; the 20 % default is a guideline, deliberately below the usual range.
    """,
)
def deload_not_lighter(ctx: CheckContext, report: Reporter[DeloadDrop]) -> None:
    minimum = report.settings.min_drop_pct
    weeks = ctx.metrics.weeks
    for base, index in deload_bases(ctx):
        before, deload = weeks[base], weeks[index]
        old_load, new_load = before.load, deload.load
        old_sets, new_sets = before.working_sets, deload.working_sets
        # A measure the base week does not have (no load, no working sets) cannot show a drop.
        load_drop = _drop(old_load, new_load) if old_load > 0 else None
        sets_drop = _drop(old_sets, new_sets) if old_sets > 0 else None
        if load_drop is None and sets_drop is None:
            continue
        # Either measure dropping by the minimum makes the week a real deload.
        if any(drop is not None and not above(minimum, drop) for drop in (load_drop, sets_drop)):
            continue
        keep = 1 - minimum / 100
        found: list[str] = []
        fixes: list[str] = []
        if load_drop is not None:
            found.append(
                f"its load ({num(new_load)}) is {_change(load_drop)} week {base + 1} "
                f"({num(old_load)})"
            )
        if sets_drop is not None:
            fewer = f"{pct(-sets_drop)} more" if sets_drop < 0 else f"only {pct(sets_drop)} fewer"
            found.append(f"its working sets {fewer} ({new_sets} vs {old_sets})")
            fixes.append(
                f"drop a set from each lift ({floor(old_sets * keep + 1e-9)} sets at most)"
            )
        if load_drop is not None:
            fixes.append(
                f"lower the session RPE (load {num(floor(old_load * keep + 1e-9))} at most)"
            )
        report.add(
            f"Week {index + 1} is marked as a deload but {join(found)}; deloads usually cut "
            f"volume by 30–50 % (guideline: at least {pct(minimum)} off the load or the sets), "
            f"e.g. {' or '.join(fixes)}.",
            week_index=index,
        )


#: Categories whose sets are not hard sets of a muscle: drills, stretches, steady cardio.
NOT_HARD_SETS = ("warmup", "mobility", "conditioning")


def _hard_sets(ctx: CheckContext, index: int) -> dict[str, int]:
    """Week `index`'s hard sets per muscle: main, core and glute block sets of exercises that
    are neither warm-up nor mobility drills nor steady conditioning (a walk is not a set),
    counted for each muscle the exercise lists."""
    profiles = ctx.profiles
    sets: dict[str, int] = {}
    for exercise_id, stats in ctx.metrics.weeks[index].exercises.items():
        count = stats.working_sets
        profile = profiles.get(exercise_id)
        if not count or profile is None or profile.category in NOT_HARD_SETS:
            continue
        for muscle in profile.muscles:
            sets[muscle] = sets.get(muscle, 0) + count
    return sets


@rule(
    HARD_SETS_RISE,
    rationale="""
        Weekly sets per muscle are the usual measure of training volume, and volume that jumps
        faster than the tissues adapt is the "too much, too soon" that leaves muscles and the
        back sore for days. The guideline here is a rise of at most about 25 % a week in a
        muscle's hard sets (sets in the main, core and glute blocks of exercises listing the
        muscle as a primary one; warm-up, mobility, cool-down and steady conditioning such as a
        walk do not count), and a
        rise of one or two sets is always fine. A muscle with no hard sets the week before is
        new work, not a rise, and is not compared.
    """,
)
def hard_sets_rise_too_fast(ctx: CheckContext, report: Reporter[HardSetsRise]) -> None:
    limit, least = report.settings.limit_pct, report.settings.min_sets
    cache: dict[int, dict[str, int]] = {}

    def sets_of(index: int) -> dict[str, int]:
        if index not in cache:
            cache[index] = _hard_sets(ctx, index)
        return cache[index]

    def rises(earlier: int, later: int) -> list[tuple[str, int, int]]:
        """The muscles whose hard sets rise too fast from week `earlier` to `later`, in
        MUSCLES order, with their sets before and after."""
        before, after = sets_of(earlier), sets_of(later)
        rising: list[tuple[str, int, int]] = []
        for muscle in MUSCLES:
            old, new = before.get(muscle, 0), after.get(muscle, 0)
            if old and not above(least, new - old) and above((new - old) / old * 100, limit):
                rising.append((muscle, old, new))
        return rising

    # Hard sets come from the weekly metrics alone, and weeks with equal session keys have
    # equal metrics: a plan of repeating weeks compares each distinct pair of weeks once.
    week_keys = ctx.week_keys
    decided: dict[tuple[tuple[SessionKey, ...], ...], list[tuple[str, int, int]]] = {}
    for earlier, later in ctx.comparisons:
        pair = (week_keys[earlier], week_keys[later])
        rising = decided.get(pair)
        if rising is None:
            rising = decided[pair] = rises(earlier, later)
        if not rising:
            continue
        first, first_old, _ = rising[0]
        ceiling = max(
            floor(first_old * (1 + limit / 100) + 1e-9),
            first_old + max(0, ceil(least - 1 - 1e-9)),
        )
        parts = [
            f"{name.replace('-', ' ')} ({old} → {new} sets, +{pct((new - old) / old * 100)})"
            for name, old, new in rising
        ]
        spare = max(0, ceil(least - 1 - 1e-9))
        allowance = f"{pct(limit)} more a week" + (
            f", or {plural(spare, 'set')} more if that is more" if spare else ""
        )
        report.add(
            f"Weekly hard sets rise fast {_weeks_phrase(earlier, later)} for the {join(parts)}; "
            f"the guideline is at most {allowance}: spread the added sets over more weeks "
            f"(e.g. at most {ceiling} sets for the {first.replace('-', ' ')}).",
            week_index=later,
        )


@rule(
    RPE_CREEP,
    rationale="""
        A planned RPE (rating of perceived exertion, 1-10, where 10 leaves no rep in reserve)
        says how hard a set should feel. Effort that climbs two points in a week, or planned
        sets at RPE 10, leave little margin on a day when the back is tired or sore; lifters
        with a sensitive back usually do better keeping a rep or two in reserve (RPE 8-9) and
        raising effort gradually. The checker compares an exercise's highest planned RPE with
        the week it is compared with (after a deload: the last week before it).
    """,
)
def rpe_creeps_up(ctx: CheckContext, report: Reporter[RpeCreep]) -> None:
    rise_limit, ceiling = report.settings.rise_rpe, report.settings.max_rpe
    weeks = ctx.metrics.weeks
    # An RPE above the scale is a typo that DA501 reports; it says nothing about creep.
    on_scale = RPE_SCALE_TOP + TOLERANCE
    base_of = {later: earlier for earlier, later in ctx.comparisons}
    for index, week in enumerate(weeks):
        earlier = base_of.get(index)
        before = weeks[earlier].exercises if earlier is not None else {}
        for exercise_id, stats in week.exercises.items():
            new = stats.top_rpe
            if new is None or stats.rpe_ref is None or new > on_scale:
                continue
            previous = before.get(exercise_id)
            old = previous.top_rpe if previous is not None else None
            if old is not None and old > on_scale:
                old = None
            reaches = not above(ceiling, new) and (old is None or above(ceiling, old))
            rises = old is not None and not above(rise_limit, new - old)
            if not (reaches or rises):
                continue
            name = ctx.name(exercise_id)
            reserve = f"about RPE {num(max(ceiling - 2, 1))}–{num(max(ceiling - 1, 1))}"
            if rises and earlier is not None and old is not None:
                creep = (
                    f"{name}'s planned RPE rises from {num(old)} to {num(new)} "
                    f"{_weeks_phrase(earlier, index)}"
                )
                if reaches:
                    text = (
                        f"{creep}, reaching the guideline's ceiling of {num(ceiling)}: raise "
                        f"effort by less than {num(rise_limit)} points a week and keep a rep or "
                        f"two in reserve ({reserve})."
                    )
                else:
                    suggestion = min(max(old, old + rise_limit - 1), ceiling - 1)
                    text = (
                        f"{creep}; the guideline is to raise effort by less than "
                        f"{num(rise_limit)} points a week, e.g. RPE {num(suggestion)}."
                    )
            else:
                where = "above" if above(new, ceiling) else "at"
                text = (
                    f"{name} is planned at RPE {num(new)} in week {index + 1}, {where} the "
                    f"guideline's ceiling of {num(ceiling)}: keep a rep or two in reserve "
                    f"({reserve}) and check all-out sets with your coach or physio."
                )
            report.at_item(text, index, (stats.rpe_ref, exercise_id))
