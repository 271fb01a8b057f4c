"""Custom exercises in the window: Plan ▸ New exercise… and the catalog's "Duplicate as custom
exercise" and "Edit custom exercise" each make one undoable edit saved in the plan; and the
details pane follows the selected plan row as well as the catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.ui.dialogs.exercise_dialog import ExerciseDialog
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import ItemPath
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    made = MainWindow(program=window_program(), catalog=window_catalog())
    qtbot.addWidget(made)
    made.show()
    return made


def press_ok(dialog: ExerciseDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.problems()
    ok.click()


def open_dialog(window: MainWindow) -> ExerciseDialog:
    dialog = window.custom_exercises.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def custom_ids(window: MainWindow) -> list[str]:
    return [exercise.id for exercise in window.model.program().exercises]


def test_plan_new_exercise_adds_one_to_the_plan_in_one_undo_step(window: MainWindow) -> None:
    plan_menu = window.menuBar().actions()[2].menu()
    assert plan_menu is not None and window.action("new_exercise") in plan_menu.actions()
    window.action("new_exercise").trigger()
    dialog = open_dialog(window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the window waits
    dialog.name_edit.setText("Sled push")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("conditioning"))
    dialog.pattern_combo.setCurrentIndex(dialog.pattern_combo.findData("carry"))
    muscles = dialog.muscles_list
    muscles.item(2).setCheckState(Qt.CheckState.Checked)  # quadriceps
    press_ok(dialog)

    assert custom_ids(window) == ["sled-push"]
    assert window.undo_stack.count() == 1
    assert window.undo_action.text().endswith("Add custom exercise Sled push")
    assert "sled-push" in window.catalog_panel.visible_ids()
    assert window.catalog_panel.current_exercise_id() == "sled-push"  # shown at once
    assert window.catalog_panel.detail.toPlainText().startswith("Sled push")

    window.undo_action.trigger()
    assert custom_ids(window) == []
    assert "sled-push" not in window.catalog_panel.visible_ids()
    window.redo_action.trigger()
    assert custom_ids(window) == ["sled-push"]
    assert "sled-push" in window.catalog_panel.visible_ids()


def test_duplicate_as_custom_copies_a_catalog_exercise_under_a_new_id(
    window: MainWindow, tmp_path: Path
) -> None:
    panel = window.catalog_panel
    menu = panel.row_menu("glute-bridge")
    actions = {action.objectName(): action for action in menu.actions()}
    assert not actions["editCustomAction"].isEnabled()  # a catalog exercise: no edit
    actions["duplicateAsCustomAction"].trigger()
    dialog = open_dialog(window)
    assert dialog.name_edit.text() == "Glute bridge (custom)"
    assert dialog.id_label.text() == "glute-bridge-custom"
    press_ok(dialog)
    source = window_catalog().get("glute-bridge")
    assert source is not None
    copy = window.model.program().exercises[0]
    assert copy.id == "glute-bridge-custom"
    assert copy.model_copy(update={"id": source.id, "name": source.name}) == source

    # Saved in the plan, and loaded back with it.
    path = tmp_path / "plan.brace.json"
    save_plan(window.model.program(), path)
    assert load_plan(path, window_catalog()).exercises == [copy]


def test_edit_custom_exercise_replaces_it_keeping_its_id(window: MainWindow) -> None:
    window.catalog_panel.duplicate_requested.emit("bird-dog")
    press_ok(open_dialog(window))
    menu = window.catalog_panel.row_menu("bird-dog-custom")
    actions = {action.objectName(): action for action in menu.actions()}
    assert actions["editCustomAction"].isEnabled()
    actions["editCustomAction"].trigger()
    dialog = open_dialog(window)
    assert dialog.windowTitle() == "Edit custom exercise"
    dialog.name_edit.setText("Bird-dog, slow")
    dialog.cues_edit.setPlainText("Five seconds each way")
    press_ok(dialog)

    edited = window.model.program().exercises
    assert [(e.id, e.name, e.cues) for e in edited] == [
        ("bird-dog-custom", "Bird-dog, slow", ["Five seconds each way"])
    ]
    assert window.undo_action.text().endswith("Edit custom exercise Bird-dog (custom)")
    assert window.catalog_panel.detail.toPlainText().startswith("Bird-dog, slow")
    window.undo_action.trigger()
    assert window.model.program().exercises[0].name == "Bird-dog (custom)"


def test_a_refused_edit_says_why_and_changes_nothing(window: MainWindow) -> None:
    """A clash the dialog cannot see (the plan gained the id meanwhile) is refused plainly."""
    window.action("new_exercise").trigger()
    dialog = open_dialog(window)
    dialog.name_edit.setText("Sled push")
    dialog.muscles_list.item(0).setCheckState(Qt.CheckState.Checked)
    window.catalog_panel.duplicate_requested.emit("deadlift")  # replaces the open dialog
    other = open_dialog(window)
    assert other is not dialog
    other.name_edit.setText("Sled push")
    press_ok(other)
    assert custom_ids(window) == ["sled-push"]
    messages: list[str] = []
    window.model.edit_refused.connect(messages.append)
    again = other.exercise()
    assert again is not None
    window.custom_exercises._add(again)
    assert custom_ids(window) == ["sled-push"]
    assert messages and "share the id 'sled-push'" in messages[0]
    assert window.undo_stack.count() == 1


def test_the_details_pane_follows_the_selected_plan_row(window: MainWindow) -> None:
    panel = window.catalog_panel
    assert panel.select_exercise("goblet-squat")
    window.editor.select_item(ItemPath(0, 0, "main", 0))  # the deadlift
    assert panel.shown_exercise_id() == "deadlift"
    assert panel.detail.toPlainText().startswith("Conventional deadlift")
    assert panel.current_exercise_id() == "deadlift"  # its catalog row too, the filters allow

    panel.search.setText("bird")  # the filters now hide the squat row
    window.editor.select_item(ItemPath(0, 1, "main", 0))  # the goblet squat
    assert panel.shown_exercise_id() == "goblet-squat"
    assert panel.search.text() == "bird"  # the search is left as typed
    assert panel.current_exercise_id() is None

    panel.view.selectRow(0)  # back in the catalog, the details follow it again
    assert panel.shown_exercise_id() == "bird-dog"
