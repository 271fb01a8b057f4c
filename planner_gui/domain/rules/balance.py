"""Balance rules (BA401–BA404): core, glute and hip mobility work through the week."""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.domain.rules.codes import (
    CORE_WORK,
    FLEXION_CORE,
    GLUTE_WORK,
    HIP_MOBILITY,
    Thresholds,
    WeeklySessions,
)
from planner_gui.domain.rules.context import CheckContext, SessionFacts
from planner_gui.domain.rules.registry import rule
from planner_gui.domain.rules.reporter import Reporter
from planner_gui.domain.rules.wording import num, plural


def _sessions_with(
    ctx: CheckContext,
    report: Reporter[WeeklySessions],
    has: Callable[[SessionFacts], bool],
    what: str,
    examples: str,
) -> None:
    minimum = report.settings.min_sessions
    for week_index, week in enumerate(ctx.sessions):
        if not week:
            continue
        count = sum(1 for facts in week if has(facts))
        if count < minimum - 1e-9:
            report.add(
                f"Week {week_index + 1} has {what} in {plural(count, 'session')}; the guideline "
                f"is at least {num(minimum)} sessions a week ({examples}).",
                week_index=week_index,
            )


@rule(
    CORE_WORK,
    rationale="""
        Trunk endurance and control help people with a sore lower back train with less pain,
        and endurance builds with frequent, modest doses. Core work (a non-empty core block or
        a core exercise) in at least two sessions a week is the guideline here.
    """,
)
def core_work(ctx: CheckContext, report: Reporter[WeeklySessions]) -> None:
    _sessions_with(
        ctx,
        report,
        lambda facts: facts.shape.core,
        "core work",
        "bird-dog, dead bug, side plank or Pallof press",
    )


@rule(
    GLUTE_WORK,
    rationale="""
        Strong glutes share the work of hinging and lifting with the lower back and steady the
        pelvis. Glute work (a non-empty glute block or a glute exercise) in at least two
        sessions a week is the guideline here.
    """,
)
def glute_work(ctx: CheckContext, report: Reporter[WeeklySessions]) -> None:
    _sessions_with(
        ctx,
        report,
        lambda facts: facts.shape.glute,
        "glute work",
        "glute bridge, hip thrust, banded lateral walk or clamshell",
    )


@rule(
    HIP_MOBILITY,
    rationale="""
        Tight hip flexors and hamstrings change how the pelvis sits and moves, which can leave
        the lower back doing more of the work. At least one hip-flexor or hamstring mobility
        item a week (a mobility exercise, or an item in a mobility or cool-down block) keeps
        them in the plan. Only stretches, dynamic mobility and soft-tissue work count: a sit-up
        or a hinge in the mobility block works those muscles but does not lengthen them.
    """,
)
def hip_mobility(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    for week_index, week in enumerate(ctx.sessions):
        if week and not any(facts.shape.hip_mobility for facts in week):
            report.add(
                f"Week {week_index + 1} has no hip-flexor or hamstring mobility; add a "
                "half-kneeling hip flexor stretch or a hamstring stretch to a mobility or "
                "cool-down block.",
                week_index=week_index,
            )


@rule(
    FLEXION_CORE,
    rationale="""
        Repeated spinal flexion under effort is not clearly a cause of back pain (Saraceni et
        al., 2020), but lifters with a sore back usually tolerate bracing exercises (bird-dog,
        dead bug, side plank, Pallof press) better, and those train the trunk the way lifting
        uses it: holding the spine steady.
    """,
)
def flexion_core(ctx: CheckContext, report: Reporter[Thresholds]) -> None:
    flexion = ctx.profile_test(
        lambda kind, _, profile: (
            profile.pattern == "spinal-flexion" and (kind == "core" or profile.category == "core")
        )
    )
    for week in ctx.sessions:
        for facts in week:
            if not facts.shape.flexion_core:
                continue
            for spot in ctx.items_where(facts, flexion):
                report.at_item(
                    f"{ctx.name(spot[1])} builds core work on spinal flexion; for a sore back "
                    "consider a bracing exercise such as a dead bug or bird-dog instead, or keep "
                    "the reps slow and controlled.",
                    facts.week_index,
                    spot,
                )
