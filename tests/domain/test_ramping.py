"""Ramp-up set loads of an item, as its equipment loads them (domain.ramping)."""

from __future__ import annotations

from planner_gui.domain.models import Item, RampSet
from planner_gui.domain.ramping import RampLoad, ramp_set_loads

RAMP = [RampSet(pct=40, reps=5), RampSet(pct=60, reps=3), RampSet(pct=80, reps=2)]


def loads(
    item: Item, equipment: list[str], units: str = "kg", **steps: float
) -> list[float | None]:
    return [step.load for step in ramp_set_loads(item, equipment, units, steps)]  # type: ignore[arg-type]


def test_each_set_keeps_its_percent_and_reps() -> None:
    item = Item(exercise="deadlift", sets=3, reps=5, load=80.0, ramp=RAMP)
    assert ramp_set_loads(item, ["barbell"], "kg") == [
        RampLoad(40, 5, 32.5),
        RampLoad(60, 3, 47.5),
        RampLoad(80, 2, 65.0),
    ]


def test_loads_round_to_the_equipment_and_the_plans_own_steps() -> None:
    item = Item(exercise="press", sets=3, reps=8, load=25.0, ramp=RAMP)
    assert loads(item, ["dumbbell", "bench"]) == [10.0, 14.0, 20.0]  # 2 kg pairs
    assert loads(item, ["dumbbell"], dumbbell=1.0) == [10.0, 15.0, 20.0]
    bell = Item(exercise="swing", sets=3, reps=8, load=24.0, ramp=RAMP)
    assert loads(bell, ["kettlebell"]) == [8.0, 16.0, 20.0]  # bells as sold
    assert loads(Item(exercise="dl", sets=3, reps=5, load=185.0, ramp=RAMP), ["barbell"], "lb") == [
        75.0,
        110.0,
        150.0,
    ]


def test_a_barbell_ramp_never_goes_below_the_empty_bar() -> None:
    item = Item(exercise="bench", sets=3, reps=5, load=30.0, ramp=RAMP)
    assert loads(item, ["barbell", "bench"]) == [20.0, 20.0, 25.0]


def test_no_working_load_gives_no_loads_and_no_ramp_gives_nothing() -> None:
    unloaded = Item(exercise="row", sets=3, reps=10, ramp=RAMP)
    assert loads(unloaded, ["band"]) == [None, None, None]
    body_weight = Item(exercise="row", sets=3, reps=10, load=0.0, ramp=RAMP)
    assert loads(body_weight, []) == [None, None, None]
    assert ramp_set_loads(Item(exercise="dl", sets=3, reps=5, load=80.0), ["barbell"], "kg") == []
