"""Catalog search in the domain: aliases rank as names, typos are forgiven below every exact
match, and the bulk pass over every key gives the per-key answer.

(The filter tests of ui/models/test_catalog_filter.py moved here with the search itself.)
"""

from __future__ import annotations

import pytest

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.search import (
    CatalogFilter,
    SearchIndex,
    allowed_edits,
    edit_distance,
    search_catalog,
    search_key,
)
from tests.support.catalogs import exercise


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(sorted(bundled_catalog(), key=lambda e: e.name.casefold()))


def first_ids(text: str, count: int = 1) -> list[str]:
    return [e.id for e in search_catalog(list(bundled_catalog()), text)[:count]]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("deadbug", "dead-bug"),
        ("dead bug", "dead-bug"),
        ("rdl", "romanian-deadlift"),
        ("hip thrust", "hip-thrust"),
        ("glute brige", "glute-bridge"),  # one letter missing
        ("pallof pres", "pallof-press"),  # typed so far
        ("glute birdge", "glute-bridge"),  # two letters swapped
        ("romanain deadlift", "romanian-deadlift"),
        ("hamstrng stretch", "standing-hamstring-stretch"),
    ],
)
def test_the_names_people_type_find_the_exercise_first(typed: str, first: str) -> None:
    assert first_ids(typed) == [first]


def test_a_typo_in_a_short_word_is_not_guessed() -> None:
    assert first_ids("bird dgo") == []
    assert allowed_edits("dgo") == 0 and allowed_edits("bridg") == 1
    assert allowed_edits("hamstrng") == 2


def test_names_without_their_spaces_match_any_exercise() -> None:
    catalog = [exercise("cat-cow", "Cat cow"), exercise("world-greatest", "World's greatest")]
    assert [e.id for e in search_catalog(catalog, "catcow")] == ["cat-cow"]


def test_a_name_without_its_spaces_matches_only_from_a_word_start() -> None:
    """ "rdl" sits across the words of the alias "forward leg swing" ("forwaRD Leg"): the
    leg swing must not follow the RDLs."""
    found = search_catalog(list(bundled_catalog()), "rdl")
    assert found and all("rdl" in " ".join(e.aliases).casefold() for e in found)
    assert not any(e.name.startswith("Leg swing") for e in found)
    catalog = [exercise("swing", "Forward leg swing")]
    assert search_catalog(catalog, "legswing") and not search_catalog(catalog, "rdleg")


def test_exact_prefix_and_alias_matches_rank_above_corrected_typos() -> None:
    catalog = [
        exercise("bridge", "Bridge"),
        exercise("bridges-walk", "Bridges walk"),  # a prefix of the name
        exercise("fridge-carry", "Fridge carry"),  # "fridge" is one letter from "bridge"
        exercise("hip-lift", "Hip lift", aliases=["bridge lift"]),  # "bridge" in an alias
        exercise("calf-raise", "Calf raise", cues=["Stand on a bridge"]),  # in a cue
    ]
    assert [e.id for e in search_catalog(catalog, "bridge")] == [
        "bridge",  # exact
        "bridges-walk",  # name starts with it
        "hip-lift",  # alias starts with it
        "calf-raise",  # a cue holds it
        "fridge-carry",  # a corrected spelling, last
    ]


def test_closer_spellings_and_shorter_names_come_first_among_typos() -> None:
    catalog = [
        exercise("single-leg-glute-bridge", "Single-leg glute bridge"),
        exercise("glute-bridge", "Glute bridge"),
        exercise("glute-fridges", "Glute fridges"),  # two edits from "brige": too far
    ]
    assert [e.id for e in search_catalog(catalog, "glute brige")] == [
        "glute-bridge",
        "single-leg-glute-bridge",
    ]


def test_edit_distance_counts_a_swap_once_and_stops_past_its_limit() -> None:
    assert edit_distance("bridge", "bridge", 1) == 0
    assert edit_distance("brige", "bridge", 1) == 1
    assert edit_distance("birdge", "bridge", 1) == 1  # a swap
    assert edit_distance("glute", "bridge", 2) == 3  # past the limit: limit + 1
    assert edit_distance("ab", "abcdef", 1) == 2


def test_combo_filters_apply_to_typo_matches_too(index: SearchIndex) -> None:
    order, shown = index.ranked(CatalogFilter(text="glute brige", category="core"))
    assert not any(shown)
    order, shown = index.ranked(CatalogFilter(text="glute brige", category="glute"))
    assert index.keys[order[0]].plain_name == "glute bridge"


@pytest.mark.parametrize(
    "search",
    [
        CatalogFilter(),
        CatalogFilter(text="rdl"),
        CatalogFilter(text="side plank"),
        CatalogFilter(text="  Hip   THRUST "),
        CatalogFilter(text="glutes", category="glute"),
        CatalogFilter(pattern="hip-abduction"),
        CatalogFilter(text="carry", muscle="grip"),
        CatalogFilter(text="press", equipment="band", category="core"),
        CatalogFilter(text="no exercise has this"),
        CatalogFilter(text="glute brige"),
        CatalogFilter(text="hamstrngs romanain"),
        CatalogFilter(text="pallof pres", muscle="obliques"),
        CatalogFilter(text="deadbug"),
    ],
    ids=repr,
)
def test_bulk_distances_match_the_per_key_answer(index: SearchIndex, search: CatalogFilter) -> None:
    assert index.distances(search) == [index.distance(p, search) for p in range(len(index))]


def test_ranked_shows_exactly_the_matching_rows_first(index: SearchIndex) -> None:
    search = CatalogFilter(text="bridge", category="glute")
    order, shown = index.ranked(search)
    assert sorted(order) == list(range(len(index)))
    distances = index.distances(search)
    matching = {position for position, d in enumerate(distances) if d is not None}
    assert {order[row] for row, visible in enumerate(shown) if visible} == matching
    assert shown == sorted(shown, reverse=True)  # shown rows first, then the rest
    assert index.keys[order[0]].plain_name == "glute bridge"  # "bridge" is its alias


def test_no_search_text_keeps_the_given_order(index: SearchIndex) -> None:
    order, shown = index.ranked(CatalogFilter(category="glute"))
    assert order == list(range(len(index)))
    assert any(shown) and not all(shown)


def test_search_key_holds_the_aliases_in_search_form() -> None:
    exercise_ = bundled_catalog().get("one-arm-dumbbell-row")
    assert exercise_ is not None
    key = search_key(exercise_)
    assert "\ndb row\n" in key.names and "\nsingle arm row\n" in key.names
    assert key.names.startswith("\none arm dumbbell row\n")
    assert "single-arm row" in key.aliases and "single-arm row" in key.text
    assert {"dumbbell", "dbrow", "lats"} <= key.words
    assert "onearmdumbbellrow" not in key.words  # past COMPACT_MAX_LENGTH


def test_an_empty_catalog_finds_nothing() -> None:
    assert search_catalog(list(Catalog()), "bridge") == []
