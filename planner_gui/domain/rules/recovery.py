"""Recovery rules (RC201–RC203): time between hard sessions for the back and the same muscles."""

from __future__ import annotations

from planner_gui.domain.rules.codes import (
    HEAVY_HINGES_BACK_TO_BACK,
    MUSCLE_ON_CONSECUTIVE_DAYS,
    NO_REST_DAY,
    Thresholds,
)
from planner_gui.domain.rules.context import CheckContext, ItemTest, SessionFacts, Spot
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import join
from planner_gui.domain.vocabulary import MUSCLES


def _when(facts: SessionFacts) -> str:
    return f"{facts.session.day.capitalize()} of week {facts.week_index + 1}"


def _by_date(ctx: CheckContext) -> dict[int, list[SessionFacts]]:
    days: dict[int, list[SessionFacts]] = {}
    for week in ctx.sessions:
        for facts in week:
            days.setdefault(facts.date, []).append(facts)
    return days


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
    hinges: dict[int, SessionFacts] = {}
    for week in ctx.sessions:
        for facts in week:
            if facts.heavy_hinge:
                hinges.setdefault(facts.date, facts)
    heavy_hinge = ctx.profile_test(
        lambda kind, _, profile: kind != "warmup" and profile.heavy_hinge
    )
    spots: dict[int, Spot] = {}

    def spot_on(date: int) -> Spot:
        if date not in spots:
            spots[date] = ctx.first_where(hinges[date], heavy_hinge)
        return spots[date]

    for date in sorted(hinges):
        before = hinges.get(date - 1)
        if before is None:
            continue
        facts = hinges[date]
        spot, earlier = spot_on(date), spot_on(date - 1)
        report.at_item(
            f"{ctx.name(spot[1])} ({_when(facts)}) comes the day after "
            f"{ctx.name(earlier[1])} ({_when(before)}); heavy hinges are best at "
            "least 48 h apart: move one session so a lighter day sits between them.",
            facts.week_index,
            spot,
        )


def _loads(ctx: CheckContext, muscle: str) -> ItemTest:
    return ctx.profile_test(
        lambda kind, item, profile: (
            kind != "warmup" and bool(item.load) and muscle in profile.muscles
        )
    )


@rule(
    MUSCLE_ON_CONSECUTIVE_DAYS,
    rationale="""
        ACSM's guideline leaves about 48 hours between sessions that load the same muscles
        hard, so they can recover and adapt. The rule looks at loaded work (items with a load)
        outside the warm-up and compares each day with the day before, across week boundaries
        too.
    """,
)
def muscle_on_consecutive_days(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    loaded: dict[int, tuple[list[SessionFacts], set[str]]] = {}
    for date, sessions in _by_date(ctx).items():
        with_load = [facts for facts in sessions if facts.loaded_muscles]
        if with_load:
            loaded[date] = (with_load, set().union(*(f.loaded_muscles for f in with_load)))
    for date in sorted(loaded):
        previous = loaded.get(date - 1)
        if previous is None:
            continue
        sessions, muscles = loaded[date]
        shared = [muscle for muscle in MUSCLES if muscle in muscles and muscle in previous[1]]
        if not shared:
            continue
        target = shared[0]
        facts = next(f for f in sessions if target in f.loaded_muscles)
        report.at_item(
            f"Loaded work hits the {join([muscle.replace('-', ' ') for muscle in shared])} on "
            f"consecutive days ({_when(previous[0][0])} and {_when(sessions[0])}); the "
            "guideline is about 48 h before loading the same muscles again: move a session "
            "or train other muscles on one of the days.",
            facts.week_index,
            ctx.first_where(facts, _loads(ctx, target)),
        )


@rule(
    NO_REST_DAY,
    rationale="""
        Training every day of the week leaves no day for the body to recover, and with rest
        days counted as zero load it also drives monotony up (Foster, 1998). At least one full
        rest day a week is a common guideline, more for lifters whose back is sore.
    """,
)
def no_rest_day(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    for week_index, week in enumerate(ctx.sessions):
        days = {facts.session.day for facts in week if facts.items or facts.session.session_load}
        if len(days) == 7:
            report.add(
                f"Week {week_index + 1} has training on all 7 days; keep at least one full rest "
                "day, for example by merging two light sessions.",
                week_index=week_index,
            )
