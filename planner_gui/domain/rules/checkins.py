"""Check-in rules (CK601–CK603): what the athlete reported, read against what the plan asks next."""

from __future__ import annotations

from planner_gui.domain.metrics import ItemRef
from planner_gui.domain.models import CheckIn
from planner_gui.domain.rules.codes import (
    RED_FLAG,
    REPEATED_SORENESS,
    SHARP_PAIN_EXERCISE_KEPT,
    SorenessLimits,
    Thresholds,
)
from planner_gui.domain.rules.context import CheckContext, SessionFacts, Spot
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import join, num, plural
from planner_gui.domain.vocabulary import RED_FLAG_TEXT


@rule(
    RED_FLAG,
    rationale="""
        Loss of bladder or bowel control, numbness in the saddle area, leg numbness, weakness
        or pain running down a leg, fever, night pain and unexplained weight loss are signs
        that need a clinician, not a training tweak. Any of them in a check-in means stop
        training and get seen now.
    """,
)
def red_flag(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    for checkin in ctx.program.checkins:
        if not checkin.red_flags:
            continue
        week, day = ctx.place_of(checkin.date)
        signs = join([RED_FLAG_TEXT[flag] for flag in checkin.red_flags])
        report.add(
            f"The check-in of {checkin.date.isoformat()} reports {signs}: stop training and see "
            "a clinician now. This is a red flag, not ordinary soreness.",
            week_index=week,
            day=day,
            exercise=checkin.after_exercise,
        )


def _later_spots(
    ctx: CheckContext, checkin: CheckIn, exercise_id: str
) -> list[tuple[SessionFacts, Spot]]:
    after = checkin.date.toordinal()
    found: list[tuple[SessionFacts, Spot]] = []
    for week in ctx.sessions:
        for facts in week:
            if facts.date <= after:
                continue
            for block in facts.session.blocks:
                index = next(
                    (i for i, item in enumerate(block.items) if item.exercise == exercise_id), None
                )
                if index is not None:
                    found.append(
                        (facts, (ItemRef(facts.session_index, block.kind, index), exercise_id))
                    )
                    break
    return found


@rule(
    SHARP_PAIN_EXERCISE_KEPT,
    rationale="""
        Sharp, local pain during or right after a lift points to an irritated structure rather
        than ordinary soreness, which is dull, spread out and comes on 12-48 hours later. Until
        it has been looked at, swap the exercise for a regression or leave it out rather than
        repeating it.
    """,
)
def sharp_pain_exercise_kept(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    for checkin in ctx.program.checkins:
        exercise_id = checkin.after_exercise
        if checkin.pain != "sharp" or not exercise_id:
            continue
        later = _later_spots(ctx, checkin, exercise_id)
        if not later:
            continue
        facts, spot = later[0]
        exercise = ctx.exercises.get(exercise_id)
        easier = exercise.regression if exercise is not None else None
        swap = f"swap it for {ctx.name(easier)}" if easier else "swap it for an easier variation"
        report.at_item(
            f"Sharp pain was reported after {ctx.name(exercise_id)} on "
            f"{checkin.date.isoformat()}, and it stays in {plural(len(later), 'later session')}; "
            f"{swap} or leave it out until the pain has been checked.",
            facts.week_index,
            spot,
        )


@rule(
    REPEATED_SORENESS,
    rationale="""
        Muscle soreness a day or two after hard training is normal and harmless, but if it
        keeps following the heavy days the dose is probably a little high. The usual first
        step is to trim volume (a set less), and only then load.
    """,
)
def repeated_soreness(ctx: CheckContext, report: Reporter[SorenessLimits]) -> None:
    heavy_rpe, minimum = report.settings.heavy_rpe, report.settings.min_times
    sore = sorted(
        (checkin for checkin in ctx.program.checkins if checkin.pain == "doms"),
        key=lambda checkin: checkin.date,
    )
    if len(sore) < minimum or not sore:
        return
    heavy: dict[int, SessionFacts] = {}
    for week in ctx.sessions:
        for facts in week:
            session = facts.session
            efforts = [item.rpe or 0 for _, item in session.items()] + [session.rpe or 0]
            if max(efforts) >= heavy_rpe:
                heavy.setdefault(facts.date, facts)
    if not heavy:
        return
    matches: list[tuple[CheckIn, SessionFacts]] = []
    for checkin in sore:
        day = checkin.date.toordinal()
        source = next((heavy[d] for d in (day, day - 1, day - 2) if d in heavy), None)
        if source is not None:
            matches.append((checkin, source))
    if len(matches) < minimum or not matches:
        return
    facts = matches[-1][1]
    dates = join([checkin.date.isoformat() for checkin, _ in matches])
    report.add(
        f"Soreness followed heavy days {len(matches)} times ({dates}); trim volume first (a set "
        f"less on the main lifts, at RPE {num(heavy_rpe)} or more), then load if it keeps "
        "happening.",
        week_index=facts.week_index,
        session_index=facts.session_index,
    )
