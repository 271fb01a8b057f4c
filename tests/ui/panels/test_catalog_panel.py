"""The catalog panel: filtering as you type and by combos, details with links, drag and activate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog
from planner_gui.ui.models.catalog_model import EXERCISE_MIME, CatalogModel
from planner_gui.ui.panels.catalog_panel import CatalogPanel
from tests.support.catalogs import exercise, window_catalog


@pytest.fixture
def panel(qtbot: QtBot) -> CatalogPanel:
    widget = CatalogPanel(window_catalog())
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    return widget


def test_catalog_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = CatalogModel(window_catalog())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_typing_filters_by_name_cue_and_muscle(panel: CatalogPanel, qtbot: QtBot) -> None:
    assert len(panel.visible_ids()) == 6
    qtbot.keyClicks(panel.search, "dead")
    assert sorted(panel.visible_ids()) == ["deadlift", "kettlebell-deadlift"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "heel")  # a cue of the bird-dog only
    assert panel.visible_ids() == ["bird-dog"]
    panel.search.setText("hip flexors")  # a muscle, written as a person writes it
    assert panel.visible_ids() == ["half-kneeling-hip-flexor-stretch"]
    panel.search.setText("HAMSTRINGS")  # secondary muscles count too, case ignored
    assert sorted(panel.visible_ids()) == ["deadlift", "glute-bridge"]
    panel.search.setText("squat elbows")  # every word must match
    assert panel.visible_ids() == ["goblet-squat"]
    panel.search.setText("squat floor")
    assert panel.visible_ids() == []


def test_combo_filters_by_category_pattern_equipment_and_muscle(panel: CatalogPanel) -> None:
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("core"))
    assert panel.visible_ids() == ["bird-dog"]
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("strength"))
    assert sorted(panel.visible_ids()) == ["deadlift", "goblet-squat", "kettlebell-deadlift"]
    panel.pattern_filter.setCurrentIndex(panel.pattern_filter.findData("hinge"))
    assert sorted(panel.visible_ids()) == ["deadlift", "kettlebell-deadlift"]
    panel.equipment_filter.setCurrentIndex(panel.equipment_filter.findData("kettlebell"))
    assert panel.visible_ids() == ["kettlebell-deadlift"]
    panel.clear_filters()
    panel.muscle_filter.setCurrentIndex(panel.muscle_filter.findData("quadriceps"))
    assert panel.visible_ids() == ["goblet-squat"]
    panel.search.setText("goblet")
    panel.muscle_filter.setCurrentIndex(panel.muscle_filter.findData("hip-flexors"))
    assert panel.visible_ids() == []


def test_equipment_combo_lists_the_catalogs_equipment(panel: CatalogPanel) -> None:
    values = [panel.equipment_filter.itemData(i) for i in range(panel.equipment_filter.count())]
    assert values == [None, "barbell", "kettlebell"]


def test_selecting_shows_details_and_links_select_the_linked_exercise(
    panel: CatalogPanel,
) -> None:
    assert panel.select_exercise("deadlift")
    html = panel.detail.toHtml()
    for text in (
        "Conventional deadlift",
        "Brace before the bar",
        "Stop on sharp pain",
        "Barbell",
        "High",
        "Kettlebell deadlift",
    ):
        assert text in html
    assert "exercise:kettlebell-deadlift" in html
    assert panel.illustration.isVisibleTo(panel)
    assert panel.illustration.pose() is not None
    panel.search.setText("goblet")  # the link target is filtered out: following clears it
    panel.detail.anchorClicked.emit(
        panel.detail.document().baseUrl().fromUserInput("exercise:kettlebell-deadlift")
    )
    assert panel.current_exercise_id() == "kettlebell-deadlift"
    assert panel.search.text() == ""
    assert "Kettlebell deadlift" in panel.detail.toHtml()


def test_user_text_in_details_is_escaped(qtbot: QtBot) -> None:
    odd = exercise("odd", "<b>Max & Co</b>", cues=["<i>not italic</i>"])
    widget = CatalogPanel(Catalog([odd]))
    qtbot.addWidget(widget)
    widget.select_exercise("odd")
    assert widget.detail.toPlainText().startswith("<b>Max & Co</b>")
    assert "<i>not italic</i>" in widget.detail.toPlainText()


def test_double_click_and_enter_emit_exercise_activated(panel: CatalogPanel, qtbot: QtBot) -> None:
    panel.search.setText("bridge")
    index = panel.proxy.index(0, 0)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.exercise_activated) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["glute-bridge"]
    panel.select_exercise("bird-dog")
    panel.view.setFocus()
    with qtbot.waitSignal(panel.exercise_activated) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == ["bird-dog"]


def test_drag_data_is_the_utf8_exercise_id(panel: CatalogPanel) -> None:
    source = panel.model.index(panel.model.row_of("bird-dog") or 0, 0)
    mime = panel.model.mimeData([source])
    assert mime.hasFormat(EXERCISE_MIME)
    assert bytes(mime.data(EXERCISE_MIME).data()).decode("utf-8") == "bird-dog"
    assert panel.view.dragEnabled()
    assert panel.model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled


def test_set_catalog_keeps_selection_and_adds_custom_exercises(panel: CatalogPanel) -> None:
    panel.select_exercise("glute-bridge")
    custom = exercise(
        "sled-push", "Sled push", category="conditioning", pattern="carry", equipment=["sled"]
    )
    panel.set_catalog(window_catalog().with_custom([custom]))
    assert "sled-push" in panel.visible_ids()
    assert panel.current_exercise_id() == "glute-bridge"
    assert panel.equipment_filter.findData("sled") > 0


def test_main_widgets_have_object_and_accessible_names(panel: CatalogPanel) -> None:
    for name in (
        "catalogSearch",
        "categoryFilter",
        "patternFilter",
        "equipmentFilter",
        "muscleFilter",
        "catalogView",
        "exerciseDetail",
    ):
        widget = panel.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
