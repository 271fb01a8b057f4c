"""The glute routine: a bridge or hip thrust, and a hip abduction.

Strong glutes share hip extension with the lower back (the bridge) and steady the pelvis on
one leg (abduction). Exercises that mean little without a barbell or dumbbells on the hips
are left to the main block, which sets loads; the routine's items carry no load.
"""

from __future__ import annotations

from collections.abc import Callable

from planner_gui.domain.builders.chains import chain_words
from planner_gui.domain.builders.context import RoutineContext
from planner_gui.domain.builders.dosing import dosed, fit, minutes
from planner_gui.domain.builders.equipment import needs_a_load
from planner_gui.domain.builders.proposal import Choice, Proposal
from planner_gui.domain.builders.request import BuildRefused, level_words
from planner_gui.domain.builders.selection import eligible, pick, ranked
from planner_gui.domain.models import Exercise

BRIDGE = "bridge"
ABDUCTION = "hip-abduction"
ROLES: dict[str, str] = {
    BRIDGE: "hip extension led by the glutes, not the lower back",
    ABDUCTION: "the side glutes that keep the pelvis level on one leg",
}


def _is_bridge(exercise: Exercise) -> bool:
    return exercise.pattern == BRIDGE


def _is_abduction(exercise: Exercise) -> bool:
    return exercise.pattern == ABDUCTION


def _abducts(exercise: Exercise) -> bool:
    """A hip-rotation drill working the abductors (a clamshell), when no abduction fits."""
    return exercise.pattern == "hip-rotation" and "abductors" in exercise.muscles


def build_glute(ctx: RoutineContext) -> Proposal:
    request = ctx.request
    if request.max_exercises is not None and request.max_exercises < len(ROLES):
        raise BuildRefused(
            "a glute routine has a bridge and a hip abduction: it needs room for 2 exercises"
        )
    at_hand = ctx.at_hand
    chosen: list[Choice] = []
    wanted: list[tuple[str, list[Callable[[Exercise], bool]]]] = [
        (BRIDGE, [_is_bridge]),
        (ABDUCTION, [_is_abduction, _abducts]),
    ]
    for role, tests in wanted:
        exercise = None
        for test in tests:

            def fits(candidate: Exercise, test: Callable[[Exercise], bool] = test) -> bool:
                return (
                    candidate.category in ("glute", "warmup")
                    and candidate.stretch != "static"
                    and test(candidate)
                    and not needs_a_load(candidate, at_hand)
                )

            taken = [choice.item.exercise for choice in chosen]
            options = ranked(ctx, eligible(ctx, fits, taken))
            # A glute exercise before a warm-up drill that happens to share the pattern.
            options.sort(key=lambda option: (option[0], option[1].category != "glute"))
            exercise = pick(ctx, options, f"glute:{role}")
            if exercise is not None:
                break
        if exercise is None:
            raise BuildRefused(
                f"no {role.replace('-', ' ')} exercise of the catalog can be done with the "
                "equipment at hand"
            )
        chosen.append(Choice(dosed(exercise, request.level), _reason(ctx, exercise, role), role))
    items = fit([c.item for c in chosen], request.budget, "a glute routine")
    choices = tuple(Choice(item, c.reason, c.role) for item, c in zip(items, chosen, strict=True))
    return Proposal("glute", request.target_block, choices, minutes(items), request.budget)


def _reason(ctx: RoutineContext, exercise: Exercise, role: str) -> str:
    label = "Bridge" if role == BRIDGE else "Hip abduction"
    text = f"{label}: {ROLES[role]}"
    hinges = ctx.main_with("hinge")
    if role == BRIDGE and hinges:
        text += f", after {hinges[0].name}"
    step = chain_words(ctx.catalog, exercise.id)
    if step:
        text += f"; for {level_words(ctx.request.level)}, {step}"
    return text + "."
