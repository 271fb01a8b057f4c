"""Kilograms and pounds: the exact conversion factor and the load steps a gym can load.

Every place that converts or rounds a load uses these, so a plan switched to lb, a load raised
by a percentage and a checker's suggestion all land on the same plates.
"""

from __future__ import annotations

from planner_gui.domain.vocabulary import Units

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
