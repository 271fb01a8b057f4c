"""Doses by level, and trimming a routine into its minutes: sets first, evenly, then refusal."""

from __future__ import annotations

import pytest

from planner_gui.domain.builders.dosing import Floor, dosed, fit, minutes
from planner_gui.domain.builders.request import BuildRefused
from planner_gui.domain.models import Item
from tests.support.builders import catalog


def test_a_beginner_gets_fewer_sets_and_no_routine_item_has_a_load() -> None:
    side_plank = catalog().get("side-plank")
    assert side_plank is not None and side_plank.defaults.sets == 3
    assert dosed(side_plank, "beginner").sets == 2
    assert dosed(side_plank, "advanced").sets == 3
    assert dosed(side_plank, "advanced").load is None
    assert dosed(side_plank, "advanced").rpe is None


def test_fit_trims_sets_before_rests_and_reps() -> None:
    items = [
        Item(exercise="a", sets=3, reps=10, rest_s=60),
        Item(exercise="b", sets=3, reps=10, rest_s=60),
    ]
    trimmed = fit(items, minutes(items) - 3.0, "a test")
    assert [i.sets for i in trimmed] == [2, 2]
    assert [i.rest_s for i in trimmed] == [60, 60]
    assert [i.reps for i in trimmed] == [10, 10]


def test_fit_keeps_floors_and_refuses_what_cannot_fit() -> None:
    items = [Item(exercise="a", sets=4, reps=8, rest_s=90)]
    kept = fit(items, 3.0, "the lifts", floors=[Floor(sets=2)])
    assert kept[0].sets >= 2 and minutes(kept) <= 3.0
    with pytest.raises(BuildRefused, match="the lifts needs at least 2 minutes"):
        fit(items, 0.5, "the lifts", floors=[Floor(sets=2)])
