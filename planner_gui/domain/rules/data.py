"""Data rules (DA501–DA503): values that load but are almost surely typos, unknown exercises,
and text holding control characters.

Loading refuses what cannot be (zero sets, negative loads); these rules report what can be but
is implausible, so a plan with a slip of the keyboard still opens and can be fixed in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import get_close_matches
from typing import NamedTuple

from planner_gui.domain.display_text import control_characters, escape
from planner_gui.domain.metrics import ItemRef
from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import (
    CONTROL_CHARACTERS,
    IMPLAUSIBLE_VALUE,
    UNKNOWN_EXERCISE,
    PlausibleBounds,
    Thresholds,
)
from planner_gui.domain.rules.context import CheckContext
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import KG_PER_LB, amount, num
from planner_gui.domain.vocabulary import BlockKind, Day


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


#: How many of a text's control characters a DA503 message names.
_NAMED = 4


class _Place(NamedTuple):
    """Where a text sits, as `Reporter.add` takes it (a tuple: one per session is made)."""

    week_index: int | None = None
    session_index: int | None = None
    block: BlockKind | None = None
    item_index: int | None = None
    exercise: str | None = None
    day: Day | None = None


def _texts(ctx: CheckContext) -> Iterator[tuple[str, str, bool, _Place]]:
    """Every non-empty text of the plan: (what it is, the text, whether it is a note, where).

    A generator that skips empty texts before naming them: a year's plan has some 12,000 item
    tempos and notes, nearly all empty, and naming each one cost more than the rest of a check.
    """
    program: Program = ctx.program
    sessions = ctx.sessions
    if program.title:
        yield "The plan's title", program.title, False, _Place()
    if program.athlete:
        yield "The athlete's name", program.athlete, False, _Place()
    for custom in program.exercises:
        at = _Place(exercise=custom.id)
        if custom.name:
            yield f"Custom exercise {custom.id!r}: its name", custom.name, False, at
        for label, entries in (
            ("cue", custom.cues),
            ("caution", custom.cautions),
            ("equipment", custom.equipment),
            ("alias", custom.aliases),
        ):
            for number, text in enumerate(entries, start=1):
                if text:
                    yield f"Custom exercise {custom.id!r}: its {label} {number}", text, False, at
    for week_index, week in enumerate(program.weeks):
        if week.notes:
            yield "The week's notes", week.notes, True, _Place(week_index)
        for session_index, session in enumerate(week.sessions):
            where = _Place(week_index, session_index)
            if session.name:
                yield "The session's name", session.name, False, where
            if session.notes:
                yield "The session's notes", session.notes, True, where
            if not sessions[week_index][session_index].texts:
                continue
            for block in session.blocks:
                for item_index, item in enumerate(block.items):
                    tempo, note = item.tempo, item.note
                    if not (tempo or note):
                        continue
                    spot = _Place(week_index, session_index, block.kind, item_index, item.exercise)
                    name = ctx.name(item.exercise)
                    if tempo:
                        yield f"The tempo of {name}", tempo, False, spot
                    if note:
                        yield f"The note on {name}", note, True, spot
    for checkin in program.checkins:
        in_week, day = ctx.place_of(checkin.date)
        on = _Place(in_week, day=day)
        when = checkin.date.isoformat()
        if checkin.where:
            yield f"The check-in of {when}: where it hurt", checkin.where, False, on
        if checkin.note:
            yield f"The check-in of {when}: its note", checkin.note, True, on


@rule(
    CONTROL_CHARACTERS,
    rationale="""
        Control characters have no place in a name or a note: they usually come with a paste
        from a terminal, a spreadsheet or a word processor, and a few (terminal escapes,
        right-to-left overrides) can make text read as something other than what it holds.
        The plan keeps them exactly as they are, but the window, the handout and the
        command line show them as escapes such as \\x07, so the athlete would read those.
        A line break or a tab in a note is the note's own layout and is not reported; in a
        name, title, tempo or cue it is. Bidi marks that place punctuation in Arabic or
        Hebrew text are fine.
    """,
)
def control_characters_in_text(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    # Session names repeat week after week: look at each distinct text once.
    seen: dict[tuple[str, bool], list[str]] = {}
    for what, text, note, where in _texts(ctx):
        found = seen.get((text, note))
        if found is None:
            found = seen[text, note] = control_characters(text, note=note)
        if not found:
            continue
        shown = ", ".join(escape(char) for char in found[:_NAMED])
        if len(found) > _NAMED:
            shown += f" and {len(found) - _NAMED} more"
        noun = "a control character" if len(found) == 1 else "control characters"
        report.add(
            f"{what} holds {noun} ({shown}), shown as escapes in the window and the handout; "
            "retype the text without them (they usually come with a paste).",
            week_index=where.week_index,
            session_index=where.session_index,
            block=where.block,
            item_index=where.item_index,
            exercise=where.exercise,
            day=where.day,
        )
