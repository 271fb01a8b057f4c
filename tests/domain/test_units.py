"""kg and lb: one exact factor, and loads rounded to steps a gym can load."""

from __future__ import annotations

from planner_gui.domain.rules import wording
from planner_gui.domain.units import (
    KG_PER_LB,
    LB_PER_KG,
    convert_load,
    round_load,
    round_progressed_load,
)


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
