"""The loads of an item's ramp-up sets, as its equipment can load them.

The window, the handout and any later layout print the same numbers: each ramp-up set is a
percentage of the working load rounded to a loadable step of the exercise's equipment (the
plan's own load steps first), so the printed ramp never asks for a 12.8 kg dumbbell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner_gui.domain.models import Item
from planner_gui.domain.units import LoadSteps, convert_load, load_equipment, ramp_loads
from planner_gui.domain.vocabulary import Units

#: The lightest working load, in kg, that ramp-up sets lead into. Below it the load is about an
#: empty barbell or a pair of light dumbbells: the general warm-up and the first reps of the
#: set are its ramp, and a "4 kg × 5, 6 kg × 3" ramp before 8 kg only adds clutter.
RAMP_FROM_KG = 20.0


def wants_ramp(load: float | None, units: Units, from_kg: float = RAMP_FROM_KG) -> bool:
    """Whether a working load is heavy enough for ramp-up sets to matter."""
    return bool(load) and convert_load(load or 0.0, units, "kg") >= from_kg - 1e-9


@dataclass(frozen=True)
class RampLoad:
    """One ramp-up set: its share of the working load, its reps and, when the item has a
    working load above body weight, the load to put on."""

    pct: int
    reps: int
    load: float | None


def ramp_set_loads(
    item: Item,
    equipment: Iterable[str],
    units: Units,
    steps: LoadSteps | None = None,
) -> list[RampLoad]:
    """`item`'s ramp-up sets, lightest first, with loads rounded to what `equipment` (the
    exercise's equipment names) loads in `units`; loads are None when the item has no
    working load (or body weight only), since a percentage of nothing cannot be loaded."""
    ramp = item.ramp
    if not ramp:
        return []
    if not item.load:
        return [RampLoad(step.pct, step.reps, None) for step in ramp]
    kind = load_equipment(equipment)
    loads = ramp_loads(item.load, [step.pct for step in ramp], kind, units, steps)
    return [RampLoad(step.pct, step.reps, load) for step, load in zip(ramp, loads, strict=True)]
