"""Warm-up rules (WU301–WU303): loaded sessions start warm, dynamically, rehearsing the lifts."""

from __future__ import annotations

from planner_gui.domain.models import Item
from planner_gui.domain.rules.codes import (
    MAIN_PATTERN_NOT_REHEARSED,
    NO_WARMUP,
    STATIC_STRETCH_IN_WARMUP,
    Thresholds,
)
from planner_gui.domain.rules.context import REHEARSED_PATTERNS, CheckContext, ItemTest
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.vocabulary import BlockKind


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
            if not facts.loaded or facts.warmup_items:
                continue
            label = facts.session.name or "This session"
            _, first = ctx.first_where(facts, loaded_work)
            report.add(
                f"{label} has loaded work ({ctx.name(first)}) but no warm-up; start "
                "with 5–10 minutes of dynamic moves such as leg swings, hip circles and light "
                "hinges.",
                week_index=facts.week_index,
                session_index=facts.session_index,
            )


@rule(
    STATIC_STRETCH_IN_WARMUP,
    rationale="""
        Long static holds just before lifting can cost a little strength and power (Behm et
        al., 2016), while dynamic warm-up moves do not. Static stretches fit better in the
        cool-down or a separate mobility session.
    """,
)
def static_stretch_in_warmup(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    static_in_warmup = ctx.profile_test(
        lambda kind, _, profile: kind == "warmup" and profile.static
    )
    for week in ctx.sessions:
        for facts in week:
            if not facts.static_in_warmup:
                continue
            for spot in ctx.items_where(facts, static_in_warmup):
                report.at_item(
                    f"{ctx.name(spot[1])} is a static stretch in the warm-up; long holds before "
                    "lifting can sap a little strength, so move it to the cool-down and use a "
                    "dynamic move here instead.",
                    facts.week_index,
                    spot,
                )


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
            if not facts.warmup_items:
                continue
            for pattern in REHEARSED_PATTERNS:
                if pattern not in facts.main_patterns or pattern in facts.warmup_patterns:
                    continue
                spot = ctx.first_where(facts, _main_item_with(ctx, pattern))
                example = "a dowel hip hinge" if pattern == "hinge" else "bodyweight squats"
                report.at_item(
                    f"{ctx.name(spot[1])} is a {pattern}, but the warm-up has no {pattern} "
                    f"drill; add a light rehearsal such as {example} before the first work set.",
                    facts.week_index,
                    spot,
                )
