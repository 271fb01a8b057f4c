"""Warm-up rules (WU301–WU303): loaded sessions start warm, dynamically, rehearsing the lifts."""

from __future__ import annotations

from collections.abc import Iterator

from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Item
from planner_gui.domain.rules.context import REHEARSED_PATTERNS, CheckContext, ItemTest
from planner_gui.domain.rules.registry import RuleSettings, rule
from planner_gui.domain.vocabulary import BlockKind


@rule(
    "WU301",
    "A session with loaded work does not begin with a warm-up block",
    "warning",
    rationale="""
        Warming up improved most performance measures in the studies Fradkin et al. (2010)
        reviewed, and a few minutes of easy movement get the back and hips ready for load. A
        session with loaded work should open with a warm-up block of dynamic moves.
    """,
)
def no_warmup(ctx: CheckContext, settings: RuleSettings) -> Iterator[Finding]:
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
            yield ctx.finding(
                "WU301",
                "warning",
                f"{label} has loaded work ({ctx.name(first)}) but no warm-up; start "
                "with 5–10 minutes of dynamic moves such as leg swings, hip circles and light "
                "hinges.",
                week_index=facts.week_index,
                session_index=facts.session_index,
            )


@rule(
    "WU302",
    "Static stretching inside a warm-up",
    "warning",
    rationale="""
        Long static holds just before lifting can cost a little strength and power (Behm et
        al., 2016), while dynamic warm-up moves do not. Static stretches fit better in the
        cool-down or a separate mobility session.
    """,
)
def static_stretch_in_warmup(ctx: CheckContext, settings: RuleSettings) -> Iterator[Finding]:
    static_in_warmup = ctx.profile_test(
        lambda kind, _, profile: kind == "warmup" and profile.static
    )
    for week in ctx.sessions:
        for facts in week:
            if not facts.static_in_warmup:
                continue
            for spot in ctx.items_where(facts, static_in_warmup):
                yield ctx.at_item(
                    "WU302",
                    "warning",
                    f"{ctx.name(spot[1])} is a static stretch in the warm-up; long holds before "
                    "lifting can sap a little strength, so move it to the cool-down and use a "
                    "dynamic move here instead.",
                    facts.week_index,
                    spot,
                )


def _main_item_with(ctx: CheckContext, pattern: str) -> ItemTest:
    return ctx.profile_test(lambda kind, _, profile: kind == "main" and profile.pattern == pattern)


@rule(
    "WU303",
    "A main hinge or squat whose warm-up has no item of that pattern",
    "info",
    rationale="""
        A warm-up works best when it rehearses the session's main movements at low effort: a
        dowel or light hinge drill before deadlifts, bodyweight squats before squats. It grooves
        bracing and a neutral spine before the load goes on.
    """,
)
def main_pattern_not_rehearsed(ctx: CheckContext, settings: RuleSettings) -> Iterator[Finding]:
    for week in ctx.sessions:
        for facts in week:
            if not facts.warmup_items:
                continue
            for pattern in REHEARSED_PATTERNS:
                if pattern not in facts.main_patterns or pattern in facts.warmup_patterns:
                    continue
                spot = ctx.first_where(facts, _main_item_with(ctx, pattern))
                example = "a dowel hip hinge" if pattern == "hinge" else "bodyweight squats"
                yield ctx.at_item(
                    "WU303",
                    "info",
                    f"{ctx.name(spot[1])} is a {pattern}, but the warm-up has no {pattern} "
                    f"drill; add a light rehearsal such as {example} before the first work set.",
                    facts.week_index,
                    spot,
                )
