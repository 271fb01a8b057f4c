"""The catalog filter's pass over every search key: the bulk answer matches the per-key one, and
aliases are searched as names are.
"""

from __future__ import annotations

import pytest

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.ui.models.catalog_model import CatalogFilter, SearchKey, search_key


@pytest.fixture(scope="module")
def keys() -> list[SearchKey]:
    return sorted((search_key(e) for e in bundled_catalog()), key=lambda key: key.name)


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
    ],
    ids=repr,
)
def test_bulk_acceptance_matches_the_per_key_answer(
    keys: list[SearchKey], search: CatalogFilter
) -> None:
    words = search.text.casefold().split()
    assert search.accepted(keys, words) == [search.accepts(key, words) for key in keys]


def test_ranked_shows_exactly_the_accepted_rows_first(keys: list[SearchKey]) -> None:
    search = CatalogFilter(text="bridge", category="glute")
    order, shown = search.ranked(keys)
    assert sorted(order) == list(range(len(keys)))
    words = search.text.casefold().split()
    accepted = {position for position, key in enumerate(keys) if search.accepts(key, words)}
    assert {order[row] for row, visible in enumerate(shown) if visible} == accepted
    assert shown == sorted(shown, reverse=True)  # accepted rows first, then the rest
    assert keys[order[0]].plain_name == "glute bridge"  # "bridge" is its alias


def test_search_key_holds_the_aliases_in_search_form() -> None:
    exercise = bundled_catalog().get("one-arm-dumbbell-row")
    assert exercise is not None
    key = search_key(exercise)
    assert "\ndb row\n" in key.names and "\nsingle arm row\n" in key.names
    assert key.names.startswith("\none arm dumbbell row\n")
    assert "single-arm row" in key.aliases and "single-arm row" in key.text
