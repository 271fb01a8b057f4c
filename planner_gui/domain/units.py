"""Kilograms and pounds: the exact conversion factor and the load steps a gym can load.

Every place that converts or rounds a load uses these, so a plan switched to lb, a load raised
by a percentage and a checker's suggestion all land on the same plates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from math import floor
from typing import TypeAlias

from planner_gui.domain.vocabulary import LoadEquipment, Units

#: The international avoirdupois pound, exactly.
KG_PER_LB = 0.45359237
LB_PER_KG = 1 / KG_PER_LB
#: Rounding step of converted loads in each unit.
LOAD_STEP: dict[Units, float] = {"kg": 0.25, "lb": 0.5}
#: Rounding step of loads raised by a percentage: the smallest jump most gyms can load
#: (fractional plates, microloading dumbbells).
PROGRESSION_STEP: dict[Units, float] = {"kg": 0.5, "lb": 1.0}


def _round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 2)


def round_load(value: float, units: Units) -> float:
    """Round a load to the plate-friendly step of its units (0.25 kg, 0.5 lb)."""
    return _round_to(value, LOAD_STEP[units])


def round_progressed_load(value: float, units: Units) -> float:
    """Round a percentage-raised load to a step a lifter can actually load (0.5 kg, 1 lb)."""
    return _round_to(value, PROGRESSION_STEP[units])


def convert_load(value: float, from_units: Units, to_units: Units) -> float:
    """A load in other units, rounded to that unit's step; unchanged when the units agree."""
    if from_units == to_units:
        return value
    factor = LB_PER_KG if to_units == "lb" else KG_PER_LB
    return round_load(value * factor, to_units)


# --------------------------------------------------------------------------- loadable steps
#
# Loads rise in the jumps the equipment allows: the smallest pair of plates on a barbell, the
# next pair of dumbbells on the rack, the next kettlebell as sold, one plate on a pin stack. A
# plan may say its gym differs (`Program.load_steps`, in the plan's units), e.g. 1 kg dumbbell
# steps or fractional plates.

#: A plan's own load steps by equipment kind (`Program.load_steps`, or the checker's copy keyed
#: by plain text): either mapping may be passed where the functions below take `overrides`.
LoadSteps: TypeAlias = Mapping[LoadEquipment, float] | Mapping[str, float]

#: The usual smallest jump of each kind of equipment, in each unit.
LOAD_STEPS: dict[LoadEquipment, dict[Units, float]] = {
    "barbell": {"kg": 2.5, "lb": 5.0},
    "dumbbell": {"kg": 2.0, "lb": 5.0},
    "kettlebell": {"kg": 4.0, "lb": 9.0},
    "cable": {"kg": 2.5, "lb": 5.0},
    "machine": {"kg": 2.5, "lb": 5.0},
}

#: The lightest barbell load: the empty bar (an Olympic bar, 20 kg or 45 lb).
EMPTY_BAR: dict[Units, float] = {"kg": 20.0, "lb": 45.0}

#: Kettlebells as they are sold (lb: the usual US sizes of the same bells).
KETTLEBELLS: dict[Units, tuple[float, ...]] = {
    "kg": (4, 6, 8, 12, 16, 20, 24, 28, 32, 36, 40, 48),
    "lb": (9, 13, 18, 26, 35, 44, 53, 62, 70, 80, 88, 106),
}

#: Which kind of loading an exercise's equipment names mean, most specific first: a bench
#: press with a barbell and a bench loads by barbell plates.
_EQUIPMENT_KINDS: tuple[tuple[str, LoadEquipment], ...] = (
    ("barbell", "barbell"),
    ("trap-bar", "barbell"),
    ("safety-bar", "barbell"),
    ("landmine", "barbell"),
    ("kettlebell", "kettlebell"),
    ("dumbbell", "dumbbell"),
    ("cable", "cable"),
    ("leg-press", "machine"),
    ("belt-squat", "machine"),
    ("machine", "machine"),
    ("sled", "machine"),
)


def load_equipment(equipment: Iterable[str]) -> LoadEquipment | None:
    """The kind of loading an exercise with `equipment` uses, or None (bodyweight, bands)."""
    names = set(equipment)
    return next((kind for name, kind in _EQUIPMENT_KINDS if name in names), None)


def load_step(
    kind: LoadEquipment | None, units: Units, overrides: LoadSteps | None = None
) -> float:
    """The smallest jump of `kind` in `units`; the progression step when the kind is unknown."""
    if kind is None:
        return PROGRESSION_STEP[units]
    if overrides and kind in overrides:
        return float(overrides[kind])
    return LOAD_STEPS[kind][units]


def _uses_bells(kind: LoadEquipment | None, overrides: LoadSteps | None) -> bool:
    return kind == "kettlebell" and not (overrides and "kettlebell" in overrides)


def loadable_loads_near(
    load: float,
    kind: LoadEquipment | None,
    units: Units,
    overrides: LoadSteps | None = None,
) -> tuple[float, float]:
    """The loadable loads just below (or at) and just above `load`."""
    if _uses_bells(kind, overrides):
        bells = KETTLEBELLS[units]
        below = max((bell for bell in bells if bell <= load + 1e-9), default=bells[0])
        above = min((bell for bell in bells if bell > load + 1e-9), default=bells[-1])
        return float(below), float(above)
    step = load_step(kind, units, overrides)
    below = _round_to(floor(load / step + 1e-9) * step, step)
    return below, _round_to(below + step, step)


def next_load_up(
    load: float,
    kind: LoadEquipment | None,
    units: Units,
    overrides: LoadSteps | None = None,
) -> float:
    """The smallest loadable load above `load`: one step, or the next kettlebell."""
    return loadable_loads_near(load, kind, units, overrides)[1]


def round_to_loadable(
    value: float,
    kind: LoadEquipment | None,
    units: Units,
    overrides: LoadSteps | None = None,
) -> float:
    """The loadable load nearest `value` (halfway rounds down: the lighter choice); never
    lighter than the empty bar on a barbell."""
    lightest = EMPTY_BAR[units] if kind == "barbell" else 0.0
    if value <= lightest:
        return lightest
    below, above = loadable_loads_near(value, kind, units, overrides)
    return max(lightest, above if above - value < value - below - 1e-9 else below)


def heaviest_loadable_at_most(
    limit: float,
    kind: LoadEquipment | None,
    units: Units,
    overrides: LoadSteps | None = None,
) -> float:
    """The heaviest loadable load not above `limit` (the lightest one if none is)."""
    return loadable_loads_near(limit, kind, units, overrides)[0]


def raised_load(
    old: float,
    target: float,
    kind: LoadEquipment | None,
    units: Units,
    overrides: LoadSteps | None = None,
) -> float:
    """A load raised towards `target` as the equipment can load it: the loadable load nearest
    `target`, never below `old` (`old` itself when the nearest is lighter).

    A rise smaller than half the next step leaves the load as it was (+5 % on a 16 kg
    kettlebell is 16.8 kg, nearer 16 than 20): the caller says so rather than inventing a
    16.8 kg bell.
    """
    nearest = round_to_loadable(target, kind, units, overrides)
    return old if nearest < old + 1e-9 else nearest


def ramp_loads(
    load: float,
    percents: Sequence[int],
    kind: LoadEquipment | None,
    units: Units,
    overrides: LoadSteps | None = None,
) -> list[float]:
    """The loads of ramp-up sets at `percents` of the working `load`, as the equipment loads
    them: each rounded to the nearest loadable load, and kept below the working load (a 90 %
    set of a 16 kg kettlebell is the 12 kg bell, not the 16 kg one)."""
    loads: list[float] = []
    for percent in percents:
        value = round_to_loadable(load * percent / 100, kind, units, overrides)
        if value >= load - 1e-9:
            value = heaviest_loadable_at_most(load - 1e-6, kind, units, overrides)
        loads.append(value)
    return loads


def convert_step(value: float, from_units: Units, to_units: Units) -> float:
    """A load step in other units, kept to 0.01 (a 1 kg dumbbell step is 2.2 lb, not 2 lb:
    the step is the plate the gym has, so it is converted, not rounded to a plate)."""
    if from_units == to_units:
        return value
    factor = LB_PER_KG if to_units == "lb" else KG_PER_LB
    return max(0.01, round(value * factor, 2))
