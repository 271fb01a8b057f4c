"""The session time estimate: the arithmetic a coach can redo by hand."""

from __future__ import annotations

from typing import Any

import pytest

from planner_gui.domain.models import Block, Item, RampSet, Session
from planner_gui.domain.timing import (
    item_seconds,
    session_minutes,
    tempo_seconds,
    work_seconds,
)


def item(**fields: Any) -> Item:
    return Item.model_validate({"exercise": "x", "sets": 1} | fields)


@pytest.mark.parametrize(
    ("tempo", "seconds"),
    [
        ("3-1-1-0", 5.0),
        ("3010", 4.0),
        ("2/0/X/0", 2.0),
        ("31X0", 4.0),
        (None, None),
        ("slow", None),
    ],
)
def test_a_tempo_is_the_sum_of_its_phases(tempo: str | None, seconds: float | None) -> None:
    assert tempo_seconds(tempo) == seconds


def test_a_set_of_reps_takes_four_seconds_a_rep_or_its_tempo() -> None:
    assert work_seconds(item(reps=8)) == 32
    assert work_seconds(item(reps=8, tempo="3-1-1-0")) == 40


def test_holds_times_and_distances_count_as_written() -> None:
    assert work_seconds(item(hold_s=30)) == 30
    assert work_seconds(item(reps=8, hold_s=5)) == 40  # each rep a 5 s hold
    assert work_seconds(item(time_s=300)) == 300
    assert work_seconds(item(distance_m=40)) == 40


def test_per_side_doubles_the_work_not_the_rest() -> None:
    assert work_seconds(item(reps=10, per_side=True)) == 80
    # 3 sets × 80 s, 2 rests of 60 s, 30 s to set up.
    assert item_seconds(item(sets=3, reps=10, per_side=True, rest_s=60)) == 30 + 240 + 120


def test_the_last_sets_rest_is_not_counted() -> None:
    assert item_seconds(item(sets=1, reps=5, rest_s=180)) == 30 + 20
    assert item_seconds(item(sets=3, reps=5, rest_s=180)) == 30 + 60 + 360


def test_ramp_up_sets_take_their_reps_and_a_minute_each() -> None:
    ramped = item(
        sets=3,
        reps=5,
        load=100,
        rest_s=150,
        ramp=[RampSet(pct=40, reps=5), RampSet(pct=60, reps=3), RampSet(pct=80, reps=2)],
    )
    ramp = (5 + 3 + 2) * 4 + 3 * 60
    assert item_seconds(ramped) == 30 + ramp + 3 * 20 + 2 * 150


def test_a_session_sums_every_block_in_minutes() -> None:
    session = Session(
        day="mon",
        blocks=[
            Block(kind="warmup", items=[item(time_s=300)]),
            Block(kind="main", items=[item(sets=3, reps=5, rest_s=150)]),
        ],
    )
    assert session_minutes(session) == pytest.approx((330 + 30 + 60 + 300) / 60)
