"""The core routine: anti-extension, anti-rotation and anti-lateral flexion, one exercise each.

Bracing exercises train the trunk the way lifting uses it, holding the spine steady against
a force that would arch, twist or bend it; spinal flexion (curl-ups, crunches) joins only
when asked. The level picks the step on each exercise's regression/progression chain.
"""

from __future__ import annotations

from planner_gui.domain.builders.chains import chain_words
from planner_gui.domain.builders.context import RoutineContext
from planner_gui.domain.builders.dosing import dosed, fit, minutes
from planner_gui.domain.builders.equipment import needs_a_load
from planner_gui.domain.builders.proposal import Choice, Proposal
from planner_gui.domain.builders.request import BuildRefused, level_words
from planner_gui.domain.builders.selection import eligible, pick, ranked
from planner_gui.domain.models import Exercise

#: What each pattern the routine covers does for the back, in a few words.
ROLES: dict[str, str] = {
    "anti-extension": "keeps the lower back from arching",
    "anti-rotation": "resists twisting through the trunk",
    "anti-lateral-flexion": "resists bending to the side",
}
LABELS: dict[str, str] = {
    "anti-extension": "Anti-extension",
    "anti-rotation": "Anti-rotation",
    "anti-lateral-flexion": "Anti-lateral flexion",
    "spinal-flexion": "Spinal flexion",
}
FLEXION = "spinal-flexion"
FLEXION_WHY = "curls the trunk under control, as asked"


def build_core(ctx: RoutineContext) -> Proposal:
    request = ctx.request
    roles = list(ROLES)
    room = request.max_exercises if request.max_exercises is not None else len(roles) + 1
    if room < len(roles):
        raise BuildRefused(
            "a core routine covers anti-extension, anti-rotation and anti-lateral flexion: "
            f"it needs room for {len(roles)} exercises"
        )
    notes: list[str] = []
    if request.allow_flexion:
        if room > len(roles):
            roles.append(FLEXION)
        else:
            notes.append("no room for a spinal-flexion exercise within the exercise limit")
    at_hand = ctx.at_hand
    braced = _braced_lift(ctx)
    chosen: list[Choice] = []
    for role in roles:

        def fits(exercise: Exercise, role: str = role) -> bool:
            return (
                exercise.category == "core"
                and exercise.pattern == role
                and not needs_a_load(exercise, at_hand)
            )

        options = ranked(ctx, eligible(ctx, fits, [c.item.exercise for c in chosen]))
        exercise = pick(ctx, options, f"core:{role}")
        if exercise is None:
            raise BuildRefused(
                f"no {role.replace('-', ' ')} exercise of the catalog can be done with the "
                "equipment at hand"
            )
        chosen.append(
            Choice(dosed(exercise, request.level), _reason(ctx, exercise, role, braced), role)
        )
    items = fit([c.item for c in chosen], request.budget, "a core routine")
    choices = tuple(Choice(item, c.reason, c.role) for item, c in zip(items, chosen, strict=True))
    return Proposal(
        "core",
        request.target_block,
        choices,
        minutes(items),
        request.budget,
        notes=tuple(notes),
    )


def _braced_lift(ctx: RoutineContext) -> str | None:
    """The first main lift that loads the spine (moderately or more): the one the trunk
    braces for."""
    return next(
        (
            lift.name
            for lift in ctx.main
            if lift.exercise is not None and lift.exercise.spinal_load != "low"
        ),
        None,
    )


def _reason(ctx: RoutineContext, exercise: Exercise, role: str, braced: str | None) -> str:
    why = FLEXION_WHY if role == FLEXION else ROLES[role]
    text = f"{LABELS[role]}: {why}"
    if braced is not None and role == "anti-extension":
        text += f", the brace {braced} asks for"
    step = chain_words(ctx.catalog, exercise.id)
    if step:
        text += f"; for {level_words(ctx.request.level)}, {step}"
    return text + "."
