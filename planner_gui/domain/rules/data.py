"""Data rules (DA501–DA502): values that load but are almost surely typos, and unknown exercises.

Loading refuses what cannot be (zero sets, negative loads); these rules report what can be but
is implausible, so a plan with a slip of the keyboard still opens and can be fixed in place.
"""

from __future__ import annotations

from difflib import get_close_matches

from planner_gui.domain.metrics import ItemRef
from planner_gui.domain.rules.codes import (
    IMPLAUSIBLE_VALUE,
    UNKNOWN_EXERCISE,
    PlausibleBounds,
    Thresholds,
)
from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import KG_PER_LB, amount, num


@rule(
    IMPLAUSIBLE_VALUE,
    rationale="""
        Numbers far outside what anyone trains with (15 sets, 650 kg, an RPE of 0) are nearly
        always typos, and every other rule and the handout would repeat them. The plan still
        opens so the value can be fixed where it stands. The load bound is in kilograms and is
        converted for plans written in pounds.
    """,
)
def implausible_value(ctx: CheckContext, report: Reporter[PlausibleBounds]) -> None:
    bounds = report.settings
    sets_max, reps_max, hold_max = bounds.sets_max, bounds.reps_max, bounds.hold_max_s
    rpe_min, rpe_max = bounds.rpe_min, bounds.rpe_max
    load_max = bounds.load_max_kg
    if ctx.units == "lb":
        load_max = load_max / KG_PER_LB
    seen = ctx.extremes
    if (
        seen.sets <= sets_max
        and seen.reps <= reps_max
        and seen.hold <= hold_max
        and seen.load <= load_max
        and (seen.rpe_high == 0 or (rpe_min <= seen.rpe_low and seen.rpe_high <= rpe_max))
    ):
        return
    units = ctx.units
    for week_index, week in enumerate(ctx.program.weeks):
        for session_index, session in enumerate(week.sessions):
            if session.rpe is not None and not rpe_min <= session.rpe <= rpe_max:
                report.add(
                    f"Session RPE {num(session.rpe)} is outside {num(rpe_min)}–{num(rpe_max)}; "
                    "rate the whole session from 1 (very easy) to 10 (maximal).",
                    week_index=week_index,
                    session_index=session_index,
                )
            for block in session.blocks:
                for item_index, item in enumerate(block.items):
                    problems: list[str] = []
                    if item.sets > sets_max:
                        problems.append(f"{item.sets} sets (plausible: 1–{num(sets_max)})")
                    if item.reps is not None and item.reps > reps_max:
                        problems.append(f"{item.reps} reps (plausible: 1–{num(reps_max)})")
                    if item.hold_s is not None and item.hold_s > hold_max:
                        problems.append(f"a {item.hold_s} s hold (plausible: 1–{num(hold_max)} s)")
                    if item.rpe is not None and not rpe_min <= item.rpe <= rpe_max:
                        problems.append(
                            f"RPE {num(item.rpe)} (plausible: {num(rpe_min)}–{num(rpe_max)})"
                        )
                    if item.load is not None and item.load > load_max:
                        problems.append(
                            f"a load of {amount(item.load, units)} "
                            f"(plausible: up to {amount(round(load_max), units)})"
                        )
                    if not problems:
                        continue
                    report.at_item(
                        f"{ctx.name(item.exercise)} has {' and '.join(problems)}; check for a "
                        "typo.",
                        week_index,
                        (ItemRef(session_index, block.kind, item_index), item.exercise),
                    )


@rule(
    UNKNOWN_EXERCISE,
    rationale="""
        An item must name an exercise the catalog or the plan's own exercises define, or the
        checker, the editor and the handout cannot know its movement, muscles, cues or
        cautions. The same holds for a custom exercise's regression and progression links and
        for the exercise a check-in names. A misspelt id is the usual cause.
    """,
)
def unknown_exercise(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    exercises = ctx.exercises
    known: list[str] = []

    def hint(exercise_id: str) -> str:
        if not known:
            known.extend(sorted(exercises))
        close = get_close_matches(exercise_id, known, n=1)
        return f" (did you mean {close[0]!r}?)" if close else ""

    for week in ctx.sessions:
        for facts in week:
            if not facts.shape.unknown:
                continue
            for spot in ctx.items_where(facts, lambda _, item: item.exercise not in exercises):
                report.at_item(
                    f"{spot[1]!r} is not in the exercise catalog or the plan's own exercises"
                    f"{hint(spot[1])}; pick an exercise from the catalog or add it as a custom "
                    "exercise.",
                    facts.week_index,
                    spot,
                )
    for custom in ctx.program.exercises:
        for link in ("regression", "progression"):
            target = custom.regression if link == "regression" else custom.progression
            if target is not None and target not in exercises:
                report.add(
                    f"Custom exercise {custom.name} names {target!r} as its {link}, but no "
                    f"exercise has that id{hint(target)}; correct the id or clear the {link}.",
                    exercise=custom.id,
                )
    for checkin in ctx.program.checkins:
        target = checkin.after_exercise
        if target and target not in exercises:
            week_index, day = ctx.place_of(checkin.date)
            report.add(
                f"The check-in of {checkin.date.isoformat()} names {target!r} as the exercise "
                f"it followed, but no exercise has that id{hint(target)}; correct the id so "
                "the check-in can be matched to the plan.",
                week_index=week_index,
                day=day,
                exercise=target,
            )
