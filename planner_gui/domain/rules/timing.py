"""Session-time rules (TI701–TI702): sessions that fit the minutes planned for them, and lists
short enough to follow."""

from __future__ import annotations

from math import ceil, floor

from planner_gui.domain.rules.codes import (
    SESSION_TOO_LONG,
    TOO_MANY_EXERCISES,
    ExerciseCount,
    TimeOverrun,
)
from planner_gui.domain.rules.context import CheckContext, SessionFacts, SessionKey
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import above, num, pct
from planner_gui.domain.timing import item_seconds


@rule(
    SESSION_TOO_LONG,
    rationale="""
        A session whose exercises need far longer than the time set aside for it gets cut
        short in the gym, and what goes first is usually the core, glute and mobility work at
        the end, the part a sore back needs most. The estimate is simple enough to redo by
        hand: each set's reps at 4 s (or the tempo), holds and times as written, per side
        doubled, the rests between sets, ramp-up sets, and 30 s to set up each exercise. The
        guideline is an estimate within 20 % of the planned minutes; a longer session also
        makes its Foster load (minutes × RPE) understate the work.
    """,
)
def session_too_long(ctx: CheckContext, report: Reporter[TimeOverrun]) -> None:
    limit = report.settings.limit_pct
    messages: dict[tuple[str, int, float], str] = {}
    # A plan repeats its sessions week after week, and its warm-ups and mobility blocks even
    # while the loads progress: estimate each distinct session, and block, once.
    minutes: dict[SessionKey, float] = {}
    block_seconds: dict[int, float] = {}
    for week in ctx.sessions:
        for facts in week:
            planned = facts.session.duration_min
            if not planned or not facts.shape.items:
                continue
            estimate = minutes.get(facts.key)
            if estimate is None:
                estimate = minutes[facts.key] = _minutes(facts, block_seconds)
            over = (estimate - planned) / planned * 100
            if not above(over, limit):
                continue
            label = facts.name or "This session"
            text = messages.get((label, planned, estimate))
            if text is None:
                text = messages[(label, planned, estimate)] = (
                    f"{label} is planned for {num(planned)} min but its exercises take about "
                    f"{num(floor(estimate + 0.5))} min ({pct(over)} more); the guideline is "
                    f"within {pct(limit)} of the plan, at most "
                    f"{num(floor(planned * (1 + limit / 100) + 1e-9))} min: shorten rests, drop "
                    f"an exercise, or plan {num(_whole_five(estimate))} min."
                )
            report.on_session(text, facts)


def _minutes(facts: SessionFacts, block_seconds: dict[int, float]) -> float:
    """`session_minutes` of the session, to the last bit, with each distinct block's seconds
    (known by its number in the session's key) worked out once."""
    blocks = (block for block in facts.session.blocks if block.items)
    parts: list[float] = []
    for number, block in zip(facts.key, blocks, strict=True):
        seconds = block_seconds.get(number)
        if seconds is None:
            seconds = block_seconds[number] = sum(map(item_seconds, block.items))
        parts.append(seconds)
    return sum(parts) / 60


def _whole_five(minutes: float) -> int:
    """Minutes rounded up to a multiple of 5, as sessions are usually planned."""
    return ceil(minutes / 5 - 1e-9) * 5


@rule(
    TOO_MANY_EXERCISES,
    rationale="""
        People follow a home or gym programme better when it is short and clear: a long list
        of exercises is harder to remember, takes longer, and the last items tend to be
        skipped. More than about 12 different exercises in one session is a sign that some can
        be merged, rotated between sessions or moved to a separate mobility session.
    """,
)
def too_many_exercises(ctx: CheckContext, report: Reporter[ExerciseCount]) -> None:
    limit = report.settings.max_exercises
    messages: dict[tuple[str, int], str] = {}
    for week in ctx.sessions:
        for facts in week:
            count = len(facts.shape.exercise_ids)
            if not above(count, limit):
                continue
            label = facts.name or "This session"
            text = messages.get((label, count))
            if text is None:
                text = messages[(label, count)] = (
                    f"{label} lists {count} different exercises; the guideline is at most "
                    f"{num(limit)} a session, as long lists are harder to follow: rotate some "
                    "between sessions or move the mobility work to a session of its own."
                )
            report.on_session(text, facts)
