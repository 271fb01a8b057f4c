"""The mobility or cool-down routine: hip flexors, hamstrings, glutes and thoracic spine.

After training is the place for static holds: they lengthen what the session worked without
costing the lifts anything. The builder covers the four targets with as few exercises as it
can (an exercise counts for the muscles it lists as primary), taking first the targets the
session's main lifts worked, so a hinge day's cool-down starts with the hamstrings.
"""

from __future__ import annotations

import random

from planner_gui.domain.builders.chains import chain_words
from planner_gui.domain.builders.context import RoutineContext
from planner_gui.domain.builders.dosing import dosed, fit, minutes
from planner_gui.domain.builders.equipment import needs_a_load
from planner_gui.domain.builders.proposal import Choice, Proposal
from planner_gui.domain.builders.request import BuildRefused, level_words
from planner_gui.domain.builders.selection import TOLERANCE, eligible, ranked
from planner_gui.domain.models import Exercise

TARGETS: tuple[str, ...] = ("hip-flexors", "hamstrings", "glutes", "thoracic-spine")
MOBILITY_PATTERNS = frozenset({"stretch", "dynamic-mobility", "soft-tissue", "rotation"})


def _candidate(exercise: Exercise) -> bool:
    if exercise.pattern not in MOBILITY_PATTERNS:
        return False
    if exercise.category == "mobility":
        return True
    # A dynamic warm-up drill (a world's greatest stretch) cools down as well.
    return exercise.category == "warmup" and exercise.stretch == "dynamic"


def build_mobility(ctx: RoutineContext) -> Proposal:
    request = ctx.request
    at_hand = ctx.at_hand
    worked = ctx.main_muscles()
    order = sorted(TARGETS, key=lambda target: (target not in worked, TARGETS.index(target)))
    pool = eligible(ctx, lambda e: _candidate(e) and not needs_a_load(e, at_hand))
    fit_of = {exercise.id: distance for distance, exercise in ranked(ctx, pool)}
    room = request.max_exercises if request.max_exercises is not None else len(TARGETS)
    uncovered = list(order)
    chosen: list[tuple[Exercise, list[str]]] = []
    draw = None if request.seed is None else random.Random(f"{request.seed}:mobility")
    while uncovered:
        if len(chosen) == room:
            raise BuildRefused(
                f"a mobility routine covers {', '.join(t.replace('-', ' ') for t in TARGETS)}: "
                f"{room} exercises cannot cover them with the equipment at hand; allow more"
            )
        taken = {exercise.id for exercise, _ in chosen}
        scored = [
            (_covered(exercise, uncovered), exercise)
            for exercise in pool
            if exercise.id not in taken
        ]
        scored = [(covered, exercise) for covered, exercise in scored if covered]
        if not scored:
            missing = ", ".join(target.replace("-", " ") for target in uncovered)
            raise BuildRefused(
                f"no mobility exercise for the {missing} can be done with the equipment at hand"
            )
        exercise = _best(scored, uncovered, fit_of, draw)
        covered: list[str] = [target for target in uncovered if target in exercise.muscles]
        chosen.append((exercise, covered))
        uncovered = [target for target in uncovered if target not in covered]
    chosen.sort(key=lambda entry: min(order.index(target) for target in entry[1]))
    dosed_items = [dosed(exercise, request.level) for exercise, _ in chosen]
    items = fit(dosed_items, request.budget, "a mobility routine")
    choices = tuple(
        Choice(item, _reason(ctx, exercise, covered), "+".join(covered))
        for item, (exercise, covered) in zip(items, chosen, strict=True)
    )
    return Proposal("mobility", request.target_block, choices, minutes(items), request.budget)


def _covered(exercise: Exercise, uncovered: list[str]) -> int:
    return sum(1 for target in uncovered if target in exercise.muscles)


def _best(
    scored: list[tuple[int, Exercise]],
    uncovered: list[str],
    fit_of: dict[str, float],
    draw: random.Random | None,
) -> Exercise:
    """The exercise covering the most targets still open, the first of them (the one the
    session worked) first, then a mobility exercise before a warm-up drill, then the level's
    fit; a seed draws among the ones that cover as much and fit nearly as well."""
    first = uncovered[0]

    def key(entry: tuple[int, Exercise]) -> tuple[int, int, bool, float]:
        covered, exercise = entry
        return (
            -covered,
            first not in exercise.muscles,
            exercise.category != "mobility",
            fit_of[exercise.id],
        )

    scored.sort(key=key)
    if draw is None:
        return scored[0][1]
    best = key(scored[0])
    pool = [
        exercise
        for entry in scored
        for exercise in [entry[1]]
        if key(entry)[:3] == best[:3] and fit_of[exercise.id] <= best[3] + TOLERANCE
    ]
    return draw.choice(pool)


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _reason(ctx: RoutineContext, exercise: Exercise, covered: list[str]) -> str:
    names = _joined([target.replace("-", " ") for target in covered])
    if exercise.stretch == "static":
        how = "a static hold, kept for after training"
    elif exercise.pattern == "soft-tissue":
        how = "easy rolling to ease tightness"
    else:
        how = "moving gently through the range"
    text = f"{names.capitalize()}: {how}"
    lifted = next(
        (
            lift.name
            for lift in ctx.main
            if lift.exercise is not None and set(covered) & set(lift.exercise.muscles)
        ),
        None,
    )
    if lifted is not None:
        text += f", after {lifted}"
    step = chain_words(ctx.catalog, exercise.id)
    if step:
        text += f"; for {level_words(ctx.request.level)}, {step}"
    return text + "."
