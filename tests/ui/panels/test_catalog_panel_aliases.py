"""Searching the catalog panel by the names people type ("rdl", "deadbug"): an alias ranks like
the exercise's name, so the exercise it names comes first.

(Beside test_catalog_panel_search.py: these tests use the bundled catalog, whose aliases are
what a user meets, and a small catalog that pins down each rank.)
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.ui.panels.catalog_panel import CatalogPanel
from tests.support.catalogs import exercise


@pytest.fixture
def bundled_panel(qtbot: QtBot) -> CatalogPanel:
    panel = CatalogPanel(bundled_catalog())
    qtbot.addWidget(panel)
    panel.resize(360, 700)
    return panel


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("rdl", "romanian-deadlift"),
        ("deadbug", "dead-bug"),
        ("hip thrust", "hip-thrust"),
        ("mcgill curl up", "mcgill-curl-up"),
        ("ohp", "overhead-press"),
        ("kb swing", "kettlebell-swing"),
        ("Hex Bar", "trap-bar-deadlift"),  # case and spacing as typed
        ("romanian deadlift", "romanian-deadlift"),
    ],
)
def test_typing_a_common_name_puts_its_exercise_first(
    bundled_panel: CatalogPanel, qtbot: QtBot, typed: str, first: str
) -> None:
    panel = bundled_panel
    QTest.keyClicks(panel.search, typed)
    shown = panel.visible_ids()
    assert shown[0] == first, shown[:5]
    assert panel.current_exercise_id() == first  # the best match is highlighted
    assert panel.detail.toPlainText().startswith(bundled_catalog().name_of(first))


def test_rdl_lists_the_other_rdls_after_the_romanian_deadlift(bundled_panel: CatalogPanel) -> None:
    bundled_panel.search.setText("rdl")
    shown = bundled_panel.visible_ids()
    assert shown[0] == "romanian-deadlift"
    for variant in ("dumbbell-romanian-deadlift", "single-leg-romanian-deadlift"):
        assert variant in shown  # their aliases ("db rdl", "sl rdl") hold the word


def alias_catalog() -> Catalog:
    return Catalog(
        [
            exercise("hip-thrust", "Barbell hip thrust", aliases=["hip thrust", "bb thrust"]),
            exercise("hip-thrust-march", "Hip thrust march"),
            exercise("single-leg-hip-thrust", "Single-leg hip thrust", aliases=["sl thrust"]),
            exercise("deadlift", "Conventional deadlift", aliases=["dl", "barbell deadlift"]),
            exercise("dl-drill", "Dl drill"),
            exercise("block-pull", "Block pull", aliases=["deadlift from blocks"]),
            exercise("rack-row", "Rack row", cues=["Brace as for a deadlift."]),
        ]
    )


@pytest.fixture
def alias_panel(qtbot: QtBot, qtmodeltester: Any) -> CatalogPanel:
    panel = CatalogPanel(alias_catalog())
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    qtmodeltester.check(panel.proxy)
    return panel


def test_an_exact_alias_ranks_with_exact_names_above_name_prefixes(
    alias_panel: CatalogPanel,
) -> None:
    panel = alias_panel
    panel.search.setText("hip thrust")
    assert panel.visible_ids() == [
        "hip-thrust",  # an alias is exactly the search
        "hip-thrust-march",  # the name starts with it
        "single-leg-hip-thrust",  # both words in the name
    ]
    panel.search.setText("dl")
    # Exact alias and exact name share the first rank, A-Z by name.
    assert panel.visible_ids()[:2] == ["deadlift", "dl-drill"]


def test_alias_prefixes_and_words_rank_like_the_name(alias_panel: CatalogPanel) -> None:
    panel = alias_panel
    panel.search.setText("deadlift")
    assert panel.visible_ids() == [
        "block-pull",  # an alias starts with it, as a name might
        "deadlift",  # a word of the name
        "rack-row",  # a cue
    ]
    panel.search.setText("blocks deadlift")  # every word in one alias, in any order
    assert panel.visible_ids() == ["block-pull"]
    panel.search.setText("thrust")
    assert panel.visible_ids() == ["hip-thrust", "hip-thrust-march", "single-leg-hip-thrust"]
    panel.search.setText("sl thr")  # an alias prefix outranks names holding the words
    assert panel.visible_ids() == ["single-leg-hip-thrust"]


def test_an_alias_alone_finds_its_exercise_and_clearing_restores_the_list(
    alias_panel: CatalogPanel,
) -> None:
    panel = alias_panel
    panel.search.setText("bb thrust")
    assert panel.visible_ids() == ["hip-thrust"]
    panel.search.clear()
    assert len(panel.visible_ids()) == len(alias_catalog())


# Typos were not forgiven, and an empty result left a blank list ----------------------------


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("glute brige", "glute-bridge"),
        ("pallof pres", "pallof-press"),
        ("romanain deadlift", "romanian-deadlift"),
        ("hip thurst", "hip-thrust"),  # two letters swapped
    ],
)
def test_a_misspelt_search_still_finds_the_exercise(
    bundled_panel: CatalogPanel, typed: str, first: str
) -> None:
    QTest.keyClicks(bundled_panel.search, typed)
    assert bundled_panel.visible_ids()[0] == first
    assert bundled_panel.current_exercise_id() == first  # highlighted, details shown
    assert bundled_panel.detail.toPlainText().startswith(bundled_catalog().name_of(first))


def test_no_match_says_so_and_its_button_clears_search_and_filters(
    bundled_panel: CatalogPanel, qtbot: QtBot
) -> None:
    panel = bundled_panel
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.no_match.isVisible()
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("core"))
    QTest.keyClicks(panel.search, "zzqx kettle")
    assert panel.visible_ids() == []
    assert panel.no_match.isVisible() and not panel.view.isVisible()
    assert "No exercise matches" in [label.text() for label in panel.no_match.findChildren(QLabel)]
    assert panel.clear_button.text().replace("&", "") == "Clear search and filters"
    assert panel.current_exercise_id() is None
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == "" and panel.category_filter.currentData() is None
    assert len(panel.visible_ids()) == len(bundled_catalog())
    assert panel.view.isVisible() and not panel.no_match.isVisible()
    assert panel.focusWidget() is panel.search  # ready to type again
