"""A main block's printed heading follows what it holds (domain.block_titles)."""

from __future__ import annotations

import pytest

from planner_gui.domain.block_titles import block_title
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Block, Item
from tests.support.catalogs import exercise

CATALOG = Catalog(
    [
        exercise("deadlift", category="strength"),
        exercise("press", category="strength", pattern="push"),
        exercise("walk", category="conditioning", pattern="cardio", dose="time"),
        exercise("bike", category="conditioning", pattern="cardio", dose="time"),
        exercise("dead-bug", category="core", pattern="anti-extension"),
    ]
)


def main(*ids: str) -> Block:
    return Block(kind="main", items=[Item(exercise=i, sets=1, reps=5) for i in ids])


@pytest.mark.parametrize(
    ("ids", "title"),
    [
        (("deadlift", "press"), "Main lifts"),
        (("walk",), "Conditioning"),
        (("walk", "bike"), "Conditioning"),
        (("deadlift", "walk"), "Main work"),
        (("press", "dead-bug"), "Main work"),
        (("deadlift", "not-in-the-catalog"), "Main work"),
        (("not-in-the-catalog",), "Main work"),
        ((), "Main lifts"),
    ],
)
def test_main_block_titles(ids: tuple[str, ...], title: str) -> None:
    assert block_title(main(*ids), CATALOG) == title


def test_other_kinds_keep_their_titles_whatever_they_hold() -> None:
    assert (
        block_title(
            Block(kind="warmup", items=[Item(exercise="walk", sets=1, time_s=300)]), CATALOG
        )
        == "Warm-up"
    )
    assert (
        block_title(Block(kind="core", items=[Item(exercise="deadlift", sets=1, reps=5)]), CATALOG)
        == "Core"
    )
