"""Searching the catalog panel: name matches rank above cue and muscle matches, and the
highlighted row and the details pane follow what the search leaves showing.

(Beside test_catalog_panel.py, not in it: these tests use the editing catalog, which has a side
plank, rather than the window catalog.)
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog
from planner_gui.ui.panels.catalog_panel import CatalogPanel
from tests.support.catalogs import editing_catalog, exercise

# The catalog's detail pane went blank while filtering kept a row highlighted -----------------


def test_catalog_details_follow_the_row_the_filter_leaves_selected(qtbot: QtBot) -> None:
    panel = CatalogPanel(editing_catalog())
    qtbot.addWidget(panel)
    panel.view.selectRow(0)
    first = panel.current_exercise_id()
    assert first is not None
    panel.search.setText("side plank")
    assert panel.current_exercise_id() == "side-plank"  # the highlighted row moved onto it
    assert panel.detail.toPlainText().startswith("Side plank")
    panel.search.setText("no exercise has this")
    assert panel.current_exercise_id() is None
    assert panel.detail.toPlainText().startswith("Select an exercise")


# Catalog search: name matches were listed below cue and muscle matches --------------------


def search_catalog() -> Catalog:
    return Catalog(
        [
            exercise("copenhagen-side-plank", "Copenhagen side plank", muscles=["adductors"]),
            exercise("side-plank", "Side plank", muscles=["obliques"]),
            exercise("side-plank-reach", "Side plank with reach", muscles=["obliques"]),
            exercise("bird-dog", "Bird-dog", cues=["Hips square, as in a side plank"]),
            exercise(
                "cable-chop",
                "Half-kneeling cable chop",
                muscles=["obliques"],
                cues=["Squeeze the glute of the down knee's hip"],
            ),
            exercise(
                "hip-flexor-stretch",
                "Half-kneeling hip flexor stretch",
                muscles=["hip-flexors"],
            ),
            exercise("hip-thrust", "Hip thrust", cues=["Half-kneeling is not needed"]),
        ]
    )


@pytest.fixture
def search_panel(qtbot: QtBot, qtmodeltester: Any) -> CatalogPanel:
    panel = CatalogPanel(search_catalog())
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    qtmodeltester.check(panel.proxy)
    return panel


def test_search_ranks_exact_then_prefix_then_name_words_then_other_matches(
    search_panel: CatalogPanel, qtbot: QtBot
) -> None:
    panel = search_panel
    QTest.keyClicks(panel.search, "side plank")
    assert panel.visible_ids() == [
        "side-plank",  # the name itself
        "side-plank-reach",  # the name starts with it
        "copenhagen-side-plank",  # both words in the name
        "bird-dog",  # a cue
    ]
    panel.search.setText("half-kneeling hip")
    assert panel.visible_ids() == ["hip-flexor-stretch", "cable-chop", "hip-thrust"]
    panel.search.setText("half kneeling hip")  # hyphen or space: same ranking
    assert panel.visible_ids() == ["hip-flexor-stretch", "cable-chop", "hip-thrust"]
    panel.search.clear()
    names = [
        panel.model.exercise_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).name
        for r in range(panel.proxy.rowCount())
    ]
    assert names == sorted(names, key=str.casefold)  # no search: A-Z


def test_ranking_keeps_the_highlighted_exercise_and_shows_the_best_match_otherwise(
    search_panel: CatalogPanel,
) -> None:
    panel = search_panel
    assert panel.select_exercise("copenhagen-side-plank")
    panel.search.setText("side plank")
    assert panel.current_exercise_id() == "copenhagen-side-plank"  # moved to row 3, kept
    assert panel.detail.toPlainText().startswith("Copenhagen side plank")
    panel.search.setText("hip flexor")  # hides it: the best match is highlighted
    assert panel.current_exercise_id() == "hip-flexor-stretch"
    assert panel.detail.toPlainText().startswith("Half-kneeling hip flexor stretch")
    # A link or the plan can still select a hidden exercise: the search is cleared for it.
    assert panel.select_exercise("bird-dog")
    assert panel.search.text() == ""
    assert panel.current_exercise_id() == "bird-dog"
