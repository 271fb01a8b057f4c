"""Check-in rules (CK601–CK604): what the athlete reported, read against what the plan asks next.

What "later", "cleared" and "the exercises involved" mean is shared with the export gate and
the plan adjustment (`domain.checkins.history`); the words of the red-flag advice follow the
triage (`domain.checkins.triage`), so a finding and the guidance never disagree.

CK604's "worse the next morning" is read from two check-ins, since one check-in holds one
score: a check-in with onset `next-day` whose pain score is higher than that of a check-in one
or two days before it (about the same exercise, when both name one). A single check-in with
a score at or above `min_score` holds progression on its own.
"""

from __future__ import annotations

from datetime import timedelta

from planner_gui.domain.checkins.history import (
    LOOKBACK_DAYS,
    RedFlagSpan,
    involved_exercises,
    like_the_painful,
    ordered,
    red_flag_spans,
)
from planner_gui.domain.checkins.triage import Tier, flag_signs, sentence, tier_heading, tier_of
from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import ExerciseWeek
from planner_gui.domain.models import CheckIn, Item
from planner_gui.domain.rules.codes import (
    PAIN_HOLDS_PROGRESSION,
    RED_FLAG,
    REPEATED_SORENESS,
    SHARP_PAIN_EXERCISE_KEPT,
    PainHold,
    SorenessLimits,
    Thresholds,
)
from planner_gui.domain.rules.context import CheckContext, ItemTest, SessionFacts
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import TOLERANCE, amount, join, num
from planner_gui.domain.vocabulary import BlockKind, Units

_NEVER = float("inf")


def _all_sessions(ctx: CheckContext) -> list[SessionFacts]:
    return sorted(
        (facts for week in ctx.sessions for facts in week),
        key=lambda facts: (facts.date, facts.week_index, facts.session_index),
    )


# -- CK601 --------------------------------------------------------------------------------


@rule(
    RED_FLAG,
    rationale="""
        Red flags come in three tiers. Loss of bladder or bowel control, numbness in the saddle
        area and a leg growing weak need emergency care now. Pain running down a leg, numbness
        or tingling in a leg, a fever or chills, unexplained weight loss and a change in the
        way one walks need a doctor the same day. Night pain, pain at rest and pain still
        getting worse after 72 hours need a doctor's appointment within days. None of them is
        a matter for a training tweak, so every session after such a check-in is an error
        until a check-in records that a clinician has cleared training again. The message
        tells the athlete what to do in the brand's words, as the handout does.
    """,
)
def red_flag(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    spans = red_flag_spans(ctx.program)
    if not spans:
        return
    sessions = _all_sessions(ctx)
    for span in spans:
        checkin = span.checkin
        flagged = checkin.date.toordinal()
        until = _NEVER if span.cleared_on is None else span.cleared_on.toordinal()
        tier = tier_of(checkin.red_flags)
        assert tier is not None  # a span is a check-in with red flags
        if span.cleared_on is None:
            status = "no check-in since marks it cleared"
        else:
            status = f"it is not marked cleared until {span.cleared_on.isoformat()}"
        start = (
            f"The check-in of {checkin.date.isoformat()} reports "
            f"{flag_signs(checkin.red_flags)}, and {status}"
        )
        later = [facts for facts in sessions if flagged < facts.date < until]
        advice = _red_flag_advice(ctx, start, tier, "this session")
        for facts in later:
            report.on_session(advice, facts)
        if not later and span.open:
            week, day = ctx.place_of(checkin.date)
            report.add(
                _red_flag_advice(ctx, start, tier, None),
                week_index=week,
                day=day,
                exercise=checkin.after_exercise,
            )
        if span.cleared_on is not None:
            _clearance_trace(ctx, report, span)


def _clearance_trace(ctx: CheckContext, report: Reporter[Thresholds], span: RedFlagSpan) -> None:
    """A red flag a clinician cleared stays visible as a note (info) on its check-in's day, so
    one tick never makes it vanish from the check: the reader sees what was reported, when, and
    where the clearance is recorded. The rule's severity is for flags still open; a record of
    a cleared one is information, so it is given that severity directly."""
    checkin = span.checkin
    when = checkin.date.isoformat()
    cleared_on = span.cleared_on
    assert cleared_on is not None
    if span.clearing_index == span.index:
        where = "on the same check-in"
    else:
        where = f"on the check-in of {cleared_on.isoformat()}"
    message = (
        f"Red flag on {when}, cleared by a clinician: {flag_signs(checkin.red_flags)}; the "
        f"clearance is recorded {where}. Follow the clinician's advice, and record a new "
        "check-in at once if a red flag returns."
    )
    week, day = ctx.place_of(checkin.date)
    report.findings.append(
        Finding(
            report.code,
            "info",
            message,
            None if week is None else week + 1,
            day,
            None,
            None,
            checkin.after_exercise,
            None,
            None,
        )
    )


def _red_flag_advice(ctx: CheckContext, start: str, tier: Tier, session: str | None) -> str:
    """CK601's message: the tier's call in the brand's words (as the handout and the guidance
    say it), about one session (`session`) or, when none follows, about training in general."""
    call = sentence(tier_heading(tier, ctx.wording))
    leave = f"leave {session} out" if session else "do no more training"
    return (
        f"{start}. {call} Then {leave} until a clinician has cleared training, and record "
        "that in a check-in marked cleared."
    )


# -- CK602 --------------------------------------------------------------------------------


def _sharp_pain_ends(timeline: list[tuple[int, CheckIn]], checkin: CheckIn) -> float:
    """When CK602 stops speaking of a sharp-pain check-in: at the first check-in from this one
    on that records a clinician's clearance (this one too: the clinician has seen the pain), or
    at the first later check-in that names the same exercise with no pain."""
    reached = False
    for _, later in timeline:
        reached = reached or later is checkin
        if not reached:
            continue
        if later.cleared:
            return later.date.toordinal()
        painless = later.pain == "none" and later.after_exercise == checkin.after_exercise
        if painless and later.date > checkin.date:
            return later.date.toordinal()
    return _NEVER


def _easier_choice(ctx: CheckContext, exercise_id: str) -> str:
    exercise = ctx.exercises.get(exercise_id)
    easier = exercise.regression if exercise is not None else None
    if easier:
        return f"swap it for {ctx.name(easier)}, its easier version in the catalog,"
    return "swap it for an easier variation with less load on the spine"


def _kept_test(painful: str, alike: frozenset[str]) -> ItemTest:
    """Items CK602 speaks of: the painful exercise anywhere, its likes outside the warm-up."""

    def test(kind: BlockKind, item: Item) -> bool:
        return item.exercise == painful or (kind != "warmup" and item.exercise in alike)

    return test


@rule(
    SHARP_PAIN_EXERCISE_KEPT,
    rationale="""
        Sharp, local pain during or right after a lift points to an irritated structure rather
        than ordinary soreness, which is dull, spread out and comes on 12-48 hours later. Until
        it has settled or been looked at, the same exercise, and others of the same movement
        pattern that load the spine as much or more, are better swapped for the catalog's
        easier version or left out. A later check-in after that exercise with no pain, or a
        clinician's clearance (recorded on the sharp-pain check-in itself or on a later one),
        ends the warning.
    """,
)
def sharp_pain_exercise_kept(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    timeline = ordered(ctx.program)
    if not any(checkin.pain == "sharp" for _, checkin in timeline):
        return
    sessions = _all_sessions(ctx)
    #: Items and sessions already spoken of: two check-ins of the same pain say it once.
    spoken: set[tuple[int, int, str, int]] = set()
    for _, checkin in timeline:
        if checkin.pain != "sharp":
            continue
        reported = checkin.date.toordinal()
        when = checkin.date.isoformat()
        painful = checkin.after_exercise
        until = _sharp_pain_ends(timeline, checkin)
        if not painful:
            following = next((facts for facts in sessions if facts.date > reported), None)
            if following is not None and following.date < until:
                place = (following.week_index, following.session_index, "", -1)
                if place in spoken:
                    continue
                spoken.add(place)
                report.at_session(
                    f"Sharp pain was reported on {when} without naming the exercise; before "
                    "this session, name the movement that brought it on in the check-in, and "
                    "swap it for an easier version or leave it out until the pain has settled "
                    "or been checked.",
                    following.week_index,
                    following.session_index,
                )
            continue
        alike = like_the_painful(ctx.catalog, painful)
        pattern = ctx.exercises[painful].pattern if painful in ctx.exercises else ""

        test = _kept_test(painful, alike)
        for facts in sessions:
            if not reported < facts.date < until:
                continue
            if alike.isdisjoint(facts.shape.exercise_ids):
                continue
            for spot in ctx.items_where(facts, test):
                ref, exercise_id = spot
                place = (facts.week_index, ref.session_index, ref.block, ref.item_index)
                if place in spoken:
                    continue
                spoken.add(place)
                if exercise_id == painful:
                    text = (
                        f"Sharp pain was reported after {ctx.name(painful)} on {when}, and it "
                        f"is planned again here; {_easier_choice(ctx, painful)} or leave it "
                        "out until the pain has settled or been checked."
                    )
                else:
                    text = (
                        f"Sharp pain was reported after {ctx.name(painful)} on {when}; "
                        f"{ctx.name(exercise_id)} is the same movement ({pattern}) with as much "
                        f"load on the spine, so {_easier_choice(ctx, exercise_id)} or leave it "
                        "out until the pain has settled or been checked."
                    )
                report.at_item(text, facts.week_index, spot)


# -- CK603 --------------------------------------------------------------------------------


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


# -- CK604 --------------------------------------------------------------------------------


def worse_next_morning(checkin: CheckIn, earlier: list[CheckIn]) -> CheckIn | None:
    """The check-in one or two days before that `checkin` is worse than, the next morning or
    later (onset `next-day`, a higher score, the same exercise when both name one), or None."""
    score = checkin.pain_score
    if checkin.onset != "next-day" or score is None or checkin.pain == "none":
        return None
    first = checkin.date - timedelta(days=LOOKBACK_DAYS)
    for before in reversed(earlier):
        if not first <= before.date < checkin.date or before.pain_score is None:
            continue
        named = before.after_exercise and checkin.after_exercise
        if named and before.after_exercise != checkin.after_exercise:
            continue
        if score > before.pain_score:
            return before
    return None


def _rises(before: ExerciseWeek, after: ExerciseWeek, units: Units) -> list[str]:
    rises: list[str] = []
    if after.top_sets > before.top_sets:
        rises.append(f"sets ({before.top_sets} → {after.top_sets})")
    old, new = before.top_load, after.top_load
    if old is not None and new is not None and new > old + TOLERANCE * max(1.0, old):
        rises.append(f"load ({num(old)} → {amount(new, units)})")
    return rises


def _dose_before(ctx: CheckContext, week: int, exercise_id: str) -> ExerciseWeek | None:
    """The exercise's dose in week `week`, or in the latest week before it that has it."""
    for index in range(week, -1, -1):
        stats = ctx.metrics.weeks[index].exercises.get(exercise_id)
        if stats is not None:
            return stats
    return None


@rule(
    PAIN_HOLDS_PROGRESSION,
    rationale="""
        Pain that is strong (5 out of 10 or more) or worse the morning after training says the
        last dose was more than the body took in its stride. Progressing one variable at a
        time, watching for pain that is worse the day after, and holding the dose until it
        settles keeps the next step small: the week after such a check-in keeps the load and
        the sets of the exercises involved where they were. "Worse the next morning" is a
        check-in with onset next-day and a higher score than one of the two days before.
    """,
)
def pain_holds_progression(ctx: CheckContext, report: Reporter[PainHold]) -> None:
    threshold = report.settings.min_score
    timeline = [checkin for _, checkin in ordered(ctx.program)]
    if not any(checkin.pain_score is not None for checkin in timeline):
        return
    weeks = ctx.program.weeks
    reported: set[tuple[int, str]] = set()
    for position, checkin in enumerate(timeline):
        score = checkin.pain_score
        if score is None:
            continue
        base = worse_next_morning(checkin, timeline[:position])
        if score >= threshold - TOLERANCE:
            reason = f"pain of {score}/10"
            anchor = checkin
        elif base is not None:
            reason = f"pain worse the next morning ({base.pain_score} → {score}/10)"
            anchor = base
        else:
            continue
        week, _ = ctx.place_of(anchor.date)
        if week is None or week + 1 >= len(weeks):
            continue
        involved = involved_exercises(ctx.program, checkin)
        if base is not None and anchor is base:
            involved += [e for e in involved_exercises(ctx.program, base) if e not in involved]
        following = ctx.metrics.weeks[week + 1].exercises
        for exercise_id in involved:
            after = following.get(exercise_id)
            before = _dose_before(ctx, week, exercise_id)
            if after is None or before is None or (week + 1, exercise_id) in reported:
                continue
            rises = _rises(before, after, ctx.units)
            if not rises:
                continue
            reported.add((week + 1, exercise_id))
            report.at_item(
                f"The check-in of {checkin.date.isoformat()} reports {reason} "
                f"for {ctx.name(exercise_id)}, and week {week + 2} raises its "
                f"{join(rises)}; hold the dose of week {week + 1} until a check-in shows the "
                "pain settling.",
                week + 1,
                (after.top_ref, exercise_id),
            )
