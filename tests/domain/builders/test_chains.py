"""Regression/progression chains: ranks, the level's step, words, and a loop of links."""

from __future__ import annotations

from planner_gui.domain.builders.chains import (
    UNCHAINED_DISTANCE,
    ChainPlace,
    chain_places,
    chain_words,
)
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise
from tests.support.builders import catalog


def test_ranks_follow_the_links_both_ways() -> None:
    places = chain_places(catalog())
    # supine-90-90-breathing -> supine-toe-tap -> dead-bug -> hollow-body-hold
    assert [places[e].rank for e in ("supine-toe-tap", "dead-bug", "hollow-body-hold")] == [1, 2, 3]
    assert places["dead-bug"].top == 3
    assert places["dead-bug"].chain == places["hollow-body-hold"].chain
    assert places["bird-dog"].chain != places["dead-bug"].chain
    assert places["bear-hold"].top == 0  # on no chain


def test_each_level_asks_for_its_step() -> None:
    place = ChainPlace(rank=1, top=2, chain="x")
    assert place.distance("beginner") == 1
    assert place.distance("intermediate") == 0
    assert place.distance("advanced") == 1
    assert ChainPlace(0, 0, "y").distance("advanced") == UNCHAINED_DISTANCE


def test_words_name_the_neighbours() -> None:
    assert chain_words(catalog(), "dead-bug") == "between Supine toe tap and Hollow body hold"
    assert chain_words(catalog(), "quadruped-reach").startswith("the easiest step, before")
    assert chain_words(catalog(), "bird-dog-sweep").startswith("the hardest step, after")
    assert chain_words(catalog(), "bear-hold") == ""


def _exercise(exercise_id: str, regression: str | None, progression: str | None) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id,
        category="core",
        pattern="anti-extension",
        muscles=["transverse-abdominis"],
        dose="reps",
        regression=regression,
        progression=progression,
    )


def test_a_loop_of_links_does_not_hang() -> None:
    looped = Catalog([_exercise("a", "c", "b"), _exercise("b", "a", "c"), _exercise("c", "b", "a")])
    places = chain_places(looped)
    assert set(places) == {"a", "b", "c"}
    assert len({place.chain for place in places.values()}) == 1
