"""Recovery rules (RC201–RC204): time between hard sessions for the back and the same muscles."""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.domain.rules.codes import (
    HEAVY_HINGES_BACK_TO_BACK,
    MUSCLE_ON_CONSECUTIVE_DAYS,
    NO_REST_DAY,
    SPINAL_LOAD_BACK_TO_BACK,
    ActiveRest,
    HardItems,
    Thresholds,
)
from planner_gui.domain.rules.context import CheckContext, Place, SessionFacts
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import join, num
from planner_gui.domain.vocabulary import MUSCLES

_MUSCLE_ORDER: dict[str, int] = {muscle: index for index, muscle in enumerate(MUSCLES)}


def _by_date(ctx: CheckContext) -> dict[int, list[SessionFacts]]:
    days: dict[int, list[SessionFacts]] = {}
    for week in ctx.sessions:
        for facts in week:
            days.setdefault(facts.date, []).append(facts)
    return days


def _first_by_date(
    ctx: CheckContext, place_of: Callable[[SessionFacts], Place | None]
) -> dict[int, tuple[SessionFacts, Place]]:
    """For each date, the first session that has what the rule looks for, and where it is."""
    found: dict[int, tuple[SessionFacts, Place]] = {}
    for week in ctx.sessions:
        for facts in week:
            place = place_of(facts)
            if place is not None and facts.date not in found:
                found[facts.date] = (facts, place)
    return found


def _heavy_hinge(facts: SessionFacts) -> Place | None:
    return facts.shape.heavy_hinge


def _high_spinal(facts: SessionFacts) -> Place | None:
    return facts.shape.high_spinal


def _back_to_back(
    days: dict[int, tuple[SessionFacts, Place]],
) -> list[tuple[tuple[SessionFacts, Place], tuple[SessionFacts, Place]]]:
    """(the day before, the day) for each date in `days` whose day before is in it too."""
    return [(days[date - 1], days[date]) for date in sorted(days) if date - 1 in days]


@rule(
    HEAVY_HINGES_BACK_TO_BACK,
    rationale="""
        Heavy hinges (deadlifts, good mornings and the like) load the lower back more than
        most lifts, and the back's tissues take longer to recover from them than the 48 hours
        ACSM suggests between sessions for the same muscles. Putting a day or more between
        them, Sunday to Monday included, is the guideline.
    """,
)
def heavy_hinges_back_to_back(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    for (before, earlier), (facts, place) in _back_to_back(_first_by_date(ctx, _heavy_hinge)):
        report.at_place(
            f"{ctx.name(place[2])} ({facts.when}) comes the day after "
            f"{ctx.name(earlier[2])} ({before.when}); the guideline is at least 48 h between "
            "heavy hinges: move one session so a lighter day sits between them.",
            facts,
            place,
        )


@rule(
    MUSCLE_ON_CONSECUTIVE_DAYS,
    rationale="""
        ACSM's guideline leaves about 48 hours between sessions that load the same muscles
        hard, so they can recover and adapt. The rule counts the muscles an exercise lists as
        its primary ones (not its secondary muscles), for items outside the warm-up that are
        hard: an item RPE of 6 or more, or, for an item without an RPE of its own, a load. A
        light carry the day after rows is no clash. Each day is compared with the day before,
        across week boundaries too.
    """,
)
def muscle_on_consecutive_days(ctx: CheckContext, report: Reporter[HardItems]) -> None:
    hard_rpe = report.settings.hard_rpe - 1e-9
    # Sessions share shapes; work out each shape's hard muscles once, and what two days clash
    # on once per pair of days' shapes (a plan repeats its weeks' days).
    hard_in: dict[int, frozenset[str]] = {}
    hard: dict[int, tuple[list[SessionFacts], tuple[int, ...]]] = {}
    worked_by: dict[tuple[int, ...], frozenset[str]] = {}
    for date, sessions in _by_date(ctx).items():
        with_hard: list[SessionFacts] = []
        shapes: list[int] = []
        for facts in sessions:
            shape = facts.shape
            muscles = hard_in.get(id(shape))
            if muscles is None:
                muscles = hard_in[id(shape)] = frozenset(
                    m for m, effort in shape.muscle_effort.items() if effort >= hard_rpe
                )
            if muscles:
                with_hard.append(facts)
                shapes.append(id(shape))
        if with_hard:
            day_shapes = tuple(shapes)
            if day_shapes not in worked_by:
                worked_by[day_shapes] = frozenset().union(*map(hard_in.__getitem__, shapes))
            hard[date] = (with_hard, day_shapes)
    advice = (
        "the guideline is about 48 h before loading the same muscles hard again: move a "
        f"session, make one of the days lighter (RPE below {num(report.settings.hard_rpe)}) "
        "or train other muscles on it."
    )

    def clash(sessions: list[SessionFacts], both: frozenset[str]) -> tuple[str, int, Place]:
        """The shared muscles in words, and which session of the later day and which of its
        items a finding points at."""
        shared = sorted(both, key=_MUSCLE_ORDER.__getitem__)
        target = shared[0]
        position = next(
            index
            for index, facts in enumerate(sessions)
            if facts.shape.muscle_effort.get(target, 0.0) >= hard_rpe
        )
        hard_items = sessions[position].shape.hard_items[target]
        place = next(p for effort, p in hard_items if effort >= hard_rpe)
        return join([muscle.replace("-", " ") for muscle in shared]), position, place

    clashes: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[str, int, Place] | None] = {}
    for date in sorted(hard):
        previous = hard.get(date - 1)
        if previous is None:
            continue
        sessions, day_shapes = hard[date]
        pair = (previous[1], day_shapes)
        try:
            found = clashes[pair]
        except KeyError:
            both = worked_by[day_shapes] & worked_by[previous[1]]
            found = clashes[pair] = clash(sessions, both) if both else None
        if found is None:
            continue
        named, position, place = found
        report.at_place(
            f"Hard work hits the {named} on consecutive days ({previous[0][0].when} and "
            f"{sessions[0].when}); {advice}",
            sessions[position],
            place,
        )


def _active_rest(facts: SessionFacts, easy_rpe: float) -> bool:
    """An easy walk, ride or mobility session: nothing loaded, and session RPE `easy_rpe` or
    less (a session without an RPE counts only when it is mobility alone)."""
    if not facts.shape.easy:
        return False
    rpe = facts.session.rpe
    if rpe is None:
        return not facts.shape.conditioning
    return rpe <= easy_rpe + 1e-9


@rule(
    NO_REST_DAY,
    rationale="""
        Training every day of the week leaves no day for the body to recover, and with rest
        days counted as zero load it also drives monotony up (Foster, 1998). At least one rest
        day a week is a common guideline, more for lifters whose back is sore. Gentle movement
        helps a sore back more than lying still, so a day of only easy conditioning or
        mobility (nothing loaded, session RPE 3 or less) counts as active rest.
    """,
)
def no_rest_day(ctx: CheckContext, report: Reporter[ActiveRest]) -> None:
    easy_rpe = report.settings.easy_rpe
    for week_index, week in enumerate(ctx.sessions):
        days = {
            facts.day
            for facts in week
            if (facts.shape.items or facts.session.session_load)
            and not _active_rest(facts, easy_rpe)
        }
        if len(days) == 7:
            report.add(
                f"Week {week_index + 1} has training on all 7 days; the guideline is at least "
                "one rest day a week: merge two light sessions, or make one day an easy walk or "
                f"mobility at session RPE {num(easy_rpe)} or less.",
                week_index=week_index,
            )


@rule(
    SPINAL_LOAD_BACK_TO_BACK,
    rationale="""
        Squats, deadlifts, good mornings, loaded carries and other lifts that load the spine
        heavily all ask the same tissues of the lower back to recover, whatever their pattern.
        The guideline is a lighter day between them, like the 48 hours ACSM suggests for the
        same muscles. Warm-up drills do not count. A pair of days that RC201 already reports
        for heavy hinges is not reported again.
    """,
)
def spinal_load_back_to_back(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    # One finding per pair of days: a pair of heavy-hinge days is RC201's when it runs.
    hinge_days = (
        _first_by_date(ctx, _heavy_hinge) if ctx.reports(HEAVY_HINGES_BACK_TO_BACK.code) else {}
    )
    for (before, earlier), (facts, place) in _back_to_back(_first_by_date(ctx, _high_spinal)):
        if before.date in hinge_days and facts.date in hinge_days:
            continue
        report.at_place(
            f"{ctx.name(place[2])} ({facts.when}) comes the day after "
            f"{ctx.name(earlier[2])} ({before.when}), and both load the spine heavily; the "
            "guideline is a lighter day between such sessions: move one, or swap one lift for "
            "a variation with less spinal load.",
            facts,
            place,
        )
