"""Which session goes on which day: full body alone, lower and upper alternating when days are
consecutive (Sunday to Monday too), squat and hinge spread, one lighter session, easy days."""

from __future__ import annotations

from itertools import combinations

import pytest

from planner_gui.domain.generator.layout import lay_out
from planner_gui.domain.vocabulary import DAYS, Day

ALL_WEEKS = [days for n in range(2, 7) for days in combinations(DAYS, n)]


def _kinds(days: tuple[Day, ...]) -> dict[Day, str]:
    return {slot.day: slot.kind for slot in lay_out(days)}


def test_days_with_rest_around_them_are_full_body() -> None:
    assert _kinds(("mon", "wed", "fri")) == {"mon": "full", "wed": "full", "fri": "full"}


def test_consecutive_days_alternate_lower_and_upper() -> None:
    assert _kinds(("mon", "tue", "wed")) == {"mon": "lower", "tue": "upper", "wed": "lower"}
    # Saturday, Sunday, Monday run on across the week's end.
    assert _kinds(("mon", "sat", "sun")) == {"sat": "lower", "sun": "upper", "mon": "lower"}


@pytest.mark.parametrize("days", ALL_WEEKS, ids="-".join)
def test_no_two_lower_body_days_in_a_row(days: tuple[Day, ...]) -> None:
    slots = {DAYS.index(slot.day): slot for slot in lay_out(days)}
    for index, slot in slots.items():
        after = slots.get((index + 1) % 7)
        if after is not None:
            assert "upper" in (slot.kind, after.kind), (slot, after)
            assert slot.kind != "full" and after.kind != "full"
    lower = [slot for slot in slots.values() if slot.kind != "upper"]
    focuses = {slot.focus for slot in lower}
    assert focuses == {"both"} if len(lower) == 1 else {"squat", "hinge"} <= focuses
    assert [slot.effort for slot in lay_out(days)].count("light") == 1
    assert lay_out(days)[-1].light
    easy = [slot.effort for slot in lay_out(days)].count("easy")
    assert easy == max(0, len(days) - 4)


def test_names_say_kind_focus_and_effort() -> None:
    names = [slot.name for slot in lay_out(("mon", "tue", "thu", "fri"))]
    assert names == [
        "Lower A: squat",
        "Upper A",
        "Lower B: hinge",
        "Upper B (lighter)",
    ]
    assert [slot.name for slot in lay_out(("mon", "tue"))] == [
        "Lower: squat and hinge",
        "Upper (lighter)",
    ]
