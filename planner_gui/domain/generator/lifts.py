"""The main block: which lifts a session gets, their sets, reps, effort and first loads.

Each kind of session fills slots (a squat day: a squat and a low-back-friendly hinge
accessory; a hinge day: a hinge and a single-leg lift; an upper day: a press and a row; a
full-body day: its lower-body lift, a press and a row). Each slot lists lifts in order of
preference for the level; the first one the equipment allows is taken (with a seed, one of
the first two). A return to lifting keeps to lifts with a low or moderate spinal load. No
row loads the spine heavily, because upper days sit next to lower days.

First loads are a guess for the level and goal, rounded to what the equipment can load: the
coach adjusts them in the first week. Bodyweight lifts carry no load.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from planner_gui.domain.builders.equipment import load_kind, usable
from planner_gui.domain.builders.request import Level
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.placement import default_item
from planner_gui.domain.generator.layout import DaySlot
from planner_gui.domain.generator.request import Goal
from planner_gui.domain.models import Exercise, Item
from planner_gui.domain.units import KETTLEBELLS, heaviest_loadable_at_most, round_to_loadable

Slot = Literal["squat", "hinge", "hinge-accessory", "lunge", "push", "pull"]

_ALL_LEVELS: tuple[Level, ...] = ("beginner", "intermediate", "advanced")

#: Lifts for each slot, by level, most wanted first.
CANDIDATES: dict[Slot, dict[Level, tuple[str, ...]]] = {
    "squat": {
        "beginner": (
            "goblet-squat",
            "box-squat",
            "belt-squat",
            "leg-press",
            "split-squat",
            "bodyweight-squat",
        ),
        "intermediate": (
            "front-squat",
            "safety-bar-squat",
            "box-squat",
            "goblet-squat",
            "belt-squat",
            "split-squat",
            "bodyweight-squat",
        ),
        "advanced": (
            "back-squat",
            "front-squat",
            "safety-bar-squat",
            "goblet-squat",
            "bulgarian-split-squat",
            "bodyweight-squat",
        ),
    },
    "hinge": {
        "beginner": (
            "kettlebell-deadlift",
            "high-handle-trap-bar-deadlift",
            "dumbbell-romanian-deadlift",
            "cable-pull-through",
            "b-stance-romanian-deadlift",
            "single-leg-glute-bridge",
        ),
        "intermediate": (
            "trap-bar-deadlift",
            "romanian-deadlift",
            "dumbbell-romanian-deadlift",
            "kettlebell-deadlift",
            "b-stance-romanian-deadlift",
            "single-leg-glute-bridge",
        ),
        "advanced": (
            "deadlift",
            "trap-bar-deadlift",
            "romanian-deadlift",
            "dumbbell-romanian-deadlift",
            "single-leg-romanian-deadlift",
            "single-leg-glute-bridge",
        ),
    },
    "hinge-accessory": {
        "beginner": (
            "cable-pull-through",
            "b-stance-romanian-deadlift",
            "kettlebell-deadlift",
            "dumbbell-hip-thrust",
            "hip-airplane",
        ),
        "intermediate": (
            "hip-thrust",
            "b-stance-romanian-deadlift",
            "dumbbell-hip-thrust",
            "cable-pull-through",
            "kettlebell-deadlift",
            "hip-airplane",
        ),
        "advanced": (
            "hip-thrust",
            "single-leg-romanian-deadlift",
            "b-stance-romanian-deadlift",
            "dumbbell-hip-thrust",
            "hip-airplane",
        ),
    },
    "lunge": {
        "beginner": ("split-squat", "step-up", "reverse-lunge", "reverse-lunge-reach"),
        "intermediate": ("reverse-lunge", "split-squat", "step-up", "reverse-lunge-reach"),
        "advanced": (
            "bulgarian-split-squat",
            "reverse-lunge",
            "split-squat",
            "reverse-lunge-reach",
        ),
    },
    "push": {
        "beginner": ("dumbbell-bench-press", "incline-push-up", "push-up", "landmine-press"),
        "intermediate": ("bench-press", "dumbbell-bench-press", "push-up", "landmine-press"),
        "advanced": ("bench-press", "dumbbell-bench-press", "overhead-press", "push-up"),
    },
    "pull": {
        "beginner": (
            "chest-supported-row",
            "seated-cable-row",
            "lat-pulldown",
            "one-arm-dumbbell-row",
            "band-pull-apart",
        ),
        "intermediate": (
            "one-arm-dumbbell-row",
            "seated-cable-row",
            "lat-pulldown",
            "chest-supported-row",
            "band-pull-apart",
        ),
        "advanced": (
            "pull-up",
            "one-arm-dumbbell-row",
            "seated-cable-row",
            "chest-supported-row",
            "band-pull-apart",
        ),
    },
}

#: A first guess at each loaded lift's working load for an intermediate lifter, in kg (per
#: hand for dumbbells and kettlebells); the level and goal scale it.
START_LOADS: dict[str, float] = {
    "back-squat": 80, "front-squat": 60, "safety-bar-squat": 70, "box-squat": 60,
    "belt-squat": 60, "leg-press": 100, "goblet-squat": 20, "split-squat": 12,
    "reverse-lunge": 12, "bulgarian-split-squat": 10, "step-up": 10, "deadlift": 100,
    "trap-bar-deadlift": 90, "high-handle-trap-bar-deadlift": 80, "kettlebell-deadlift": 24,
    "romanian-deadlift": 60, "dumbbell-romanian-deadlift": 18, "cable-pull-through": 20,
    "b-stance-romanian-deadlift": 14, "single-leg-romanian-deadlift": 12, "hip-thrust": 70,
    "dumbbell-hip-thrust": 24, "bench-press": 60, "dumbbell-bench-press": 18,
    "landmine-press": 20, "overhead-press": 37.5, "chest-supported-row": 16,
    "one-arm-dumbbell-row": 20, "seated-cable-row": 45, "lat-pulldown": 45,
}  # fmt: skip
LEVEL_LOAD: dict[Level, float] = {"beginner": 0.6, "intermediate": 1.0, "advanced": 1.3}
GOAL_LOAD: dict[Goal, float] = {"strength": 1.0, "foundation": 0.85, "return": 0.7}
#: The lightest load of each kind of equipment: an empty Olympic bar, the lightest plate on
#: a stack, the lightest dumbbells and bell.
LIGHTEST: dict[str, float] = {"barbell": 20.0, "cable": 5.0, "machine": 10.0, "dumbbell": 2.0}


@dataclass(frozen=True)
class Dose:
    """A main lift's dose: sets, the reps it starts at and may rise to, and its RPE."""

    sets: int
    reps: int
    top_reps: int
    rpe: float


def _dose(goal: Goal, level: Level, first: bool) -> Dose:
    if goal == "strength":
        if first:
            return Dose({"beginner": 3, "intermediate": 4, "advanced": 4}[level], 5, 8, 7.5)
        return Dose(3, 8, 10, 7.0)
    if goal == "foundation":
        return Dose(3, 8, 12, 7.0) if first else Dose(3, 10, 12, 6.5)
    sets = 2 if level == "beginner" else 3
    return Dose(sets, 8, 12, 6.0) if first else Dose(sets, 10, 12, 6.0)


@dataclass(frozen=True)
class MainLift:
    """A lift chosen for a session, dosed, with the range its reps move in and why."""

    item: Item
    top_reps: int
    reason: str


def slots_for(slot: DaySlot) -> list[Slot]:
    """The main-block slots a session fills, in the order it does them."""
    if slot.kind == "upper":
        return ["push", "pull"]
    lower: list[Slot]
    if slot.focus == "both":
        lower = ["squat", "hinge"]
    elif slot.focus == "hinge":
        lower = ["hinge", "lunge"]
    else:
        lower = ["squat", "hinge-accessory"]
    if slot.kind == "full":
        return [lower[0], "push", "pull"]
    return lower


def choose_lifts(
    slot: DaySlot,
    catalog: Catalog,
    equipment: frozenset[str],
    level: Level,
    goal: Goal,
    seed: int | None,
) -> list[MainLift]:
    """The main lifts of one session; a slot the equipment cannot fill is left out."""
    lifts: list[MainLift] = []
    taken: set[str] = set()
    for position, name in enumerate(slots_for(slot)):
        exercise = _pick(name, catalog, equipment, level, goal, seed, taken, slot)
        if exercise is None:
            continue
        taken.add(exercise.id)
        dose = _dose(goal, level, first=not lifts)
        if slot.effort != "hard":
            dose = Dose(max(2, dose.sets - 1), dose.reps, dose.top_reps, dose.rpe - 1)
        item = default_item(exercise).model_copy(
            update={
                "sets": dose.sets,
                "reps": dose.reps,
                "rpe": dose.rpe,
                "per_side": exercise.unilateral,
            }
        )
        load = start_load(exercise, equipment, level, goal)
        if load is not None:
            item = item.model_copy(update={"load": load})
        lifts.append(MainLift(item, dose.top_reps, _reason(exercise, name, position, load)))
    return lifts


def _pick(
    name: Slot,
    catalog: Catalog,
    equipment: frozenset[str],
    level: Level,
    goal: Goal,
    seed: int | None,
    taken: set[str],
    slot: DaySlot,
) -> Exercise | None:
    found: list[Exercise] = []
    for exercise_id in CANDIDATES[name][level]:
        exercise = catalog.get(exercise_id)
        if exercise is None or exercise.id in taken or not usable(exercise, equipment):
            continue
        if goal == "return" and exercise.spinal_load == "high":
            continue
        found.append(exercise)
    if not found:
        return None
    if seed is None:
        return found[0]
    return random.Random(f"{seed}:{slot.day}:{name}").choice(found[:2])


def start_load(
    exercise: Exercise, equipment: frozenset[str], level: Level, goal: Goal
) -> float | None:
    """The first working load of a loaded lift, loadable with the equipment; None for a
    bodyweight lift."""
    base = START_LOADS.get(exercise.id)
    kind = load_kind(exercise, equipment)
    if base is None or not exercise.loaded or kind is None:
        return None
    guess = base * LEVEL_LOAD[level] * GOAL_LOAD[goal]
    if kind == "kettlebell":
        lightest = KETTLEBELLS["kg"][0]
        return max(lightest, heaviest_loadable_at_most(guess, kind, "kg"))
    lightest = LIGHTEST.get(kind, 2.0)
    return max(lightest, round_to_loadable(guess, kind, "kg"))


_SLOT_WORDS: dict[Slot, str] = {
    "squat": "the session's squat",
    "hinge": "the session's hinge",
    "hinge-accessory": "a hinge that spares the lower back, after the squat",
    "lunge": "single-leg work after the hinge",
    "push": "the press",
    "pull": "the row or pull",
}


def _reason(exercise: Exercise, name: Slot, position: int, load: float | None) -> str:
    text = _SLOT_WORDS[name].capitalize()
    if load is not None:
        text += "; the first load is a guess to adjust in week 1"
    elif not exercise.loaded:
        text += "; bodyweight, so its reps rise"
    if position == 0:
        text += "; ramp-up sets lead into it"
    return text + "."
