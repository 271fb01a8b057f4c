"""kg and lb: one exact factor, and loads rounded to steps a gym can load."""

from __future__ import annotations

from planner_gui.domain.rules import wording
from planner_gui.domain.units import (
    KG_PER_LB,
    LB_PER_KG,
    convert_load,
    convert_step,
    next_load_up,
    raised_load,
    ramp_loads,
    round_load,
    round_progressed_load,
    round_to_loadable,
)
from planner_gui.domain.vocabulary import LoadEquipment


def test_one_exact_factor_for_the_editor_and_the_checker() -> None:
    assert KG_PER_LB == 0.45359237  # the international pound
    assert abs(LB_PER_KG * KG_PER_LB - 1) < 1e-15
    assert wording.KG_PER_LB is KG_PER_LB


def test_converted_loads_round_to_a_quarter_kilo_or_half_pound() -> None:
    assert convert_load(80, "kg", "lb") == 176.5  # 176.37
    assert convert_load(176.5, "lb", "kg") == 80.0  # 80.06
    assert convert_load(100, "lb", "kg") == 45.25  # 45.36
    assert convert_load(20, "kg", "lb") == 44.0  # 44.09
    assert convert_load(82.3, "kg", "kg") == 82.3  # the same units: untouched
    # 83.5 lb is 37.87496 kg: just under the 37.875 midpoint with the exact factor (the
    # rounded 1 / 2.20462 put it just over, at 38 kg).
    assert convert_load(83.5, "lb", "kg") == 37.75


def test_rounding_steps() -> None:
    assert round_load(80.1, "kg") == 80.0
    assert round_load(80.2, "kg") == 80.25
    assert round_load(44.3, "lb") == 44.5


def test_percent_rises_round_to_a_loadable_step() -> None:
    assert round_progressed_load(16 * 1.05, "kg") == 17
    assert round_progressed_load(82.5 * 1.05, "kg") == 86.5  # 86.625
    assert round_progressed_load(35 * 1.05, "lb") == 37  # 36.75
    assert round_progressed_load(45 * 1.05, "lb") == 47  # 47.25


# Raised loads, ramp-up loads and load steps in other units -------------------------------


def test_a_raised_load_is_the_nearest_loadable_and_never_lighter() -> None:
    assert raised_load(80, 84, "barbell", "kg") == 85
    assert raised_load(16, 16.8, "kettlebell", "kg") == 16  # nearer 16 than 20: unchanged
    assert raised_load(16, 18.01, "kettlebell", "kg") == 20
    assert raised_load(16, 18, "kettlebell", "kg") == 16  # halfway rounds to the lighter
    assert raised_load(35, 36.75, "dumbbell", "lb") == 35  # no 36.75 or 37 lb dumbbell
    assert raised_load(16.5, 16.665, "dumbbell", "kg") == 16.5  # nearest (16) is lighter
    assert raised_load(20, 21, "dumbbell", "kg", {"dumbbell": 1.0}) == 21
    assert raised_load(80.125, 82.625, None, "kg") == 82.5  # unknown: the 0.5 kg step


def test_ramp_loads_are_loadable_and_lighter_than_the_working_load() -> None:
    assert ramp_loads(100, [40, 60, 80], "barbell", "kg") == [40, 60, 80]
    assert ramp_loads(16, [50, 90], "kettlebell", "kg") == [8, 12]  # 90 %: not the 16 kg bell
    assert ramp_loads(24, [50, 75], "dumbbell", "kg", {"dumbbell": 1.0}) == [12, 18]


def test_overrides_may_be_the_plan_s_own_mapping() -> None:
    steps: dict[LoadEquipment, float] = {"kettlebell": 2.0}  # as Program.load_steps holds it
    assert next_load_up(16, "kettlebell", "kg", steps) == 18
    assert round_to_loadable(16.9, "kettlebell", "kg", steps) == 16


def test_load_steps_convert_exactly_enough_to_keep_the_plate() -> None:
    assert convert_step(1.0, "kg", "lb") == 2.2
    assert convert_step(2.5, "kg", "lb") == 5.51
    assert convert_step(5.0, "lb", "kg") == 2.27
    assert convert_step(0.001, "kg", "lb") == 0.01  # never 0, which no plan may hold
    assert convert_step(2.0, "kg", "kg") == 2.0


def test_a_barbell_load_is_never_rounded_below_the_empty_bar() -> None:
    assert round_to_loadable(16.0, "barbell", "kg") == 20.0  # 40 % of a 40 kg bench press
    assert round_to_loadable(24.0, "barbell", "kg") == 25.0
    assert round_to_loadable(30.0, "barbell", "lb") == 45.0
    assert round_to_loadable(16.0, "dumbbell", "kg") == 16.0
