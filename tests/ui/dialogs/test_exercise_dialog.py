"""The custom exercise dialog: every schema field, each problem beside its field in the model's
words, OK only when there is none, an id from the name, a figure with its preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import Exercise
from planner_gui.figures import library
from planner_gui.ui.dialogs.exercise_dialog import ExerciseDialog
from planner_gui.ui.panels.pose_painter import PoseView
from tests.support.catalogs import window_catalog


def make_dialog(
    qtbot: QtBot, start: Exercise | None = None, *, keep_id: bool = False
) -> tuple[ExerciseDialog, PoseView]:
    preview = PoseView()
    dialog = ExerciseDialog(
        window_catalog(),
        {e.id for e in window_catalog()} | {"wall-sit"},
        start,
        preview=preview,
        show_pose=preview.set_pose,
        keep_id=keep_id,
    )
    qtbot.addWidget(dialog)
    return dialog, preview


def ok_enabled(dialog: ExerciseDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def error(dialog: ExerciseDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None, key
    return label.text()


def check_muscle(dialog: ExerciseDialog, muscle: str) -> None:
    muscles = dialog.muscles_list
    for row in range(muscles.count()):
        if muscles.item(row).data(Qt.ItemDataRole.UserRole) == muscle:
            muscles.item(row).setCheckState(Qt.CheckState.Checked)


def test_every_problem_shows_beside_its_field_and_ok_waits_for_none(qtbot: QtBot) -> None:
    dialog, _ = make_dialog(qtbot)
    assert not ok_enabled(dialog)  # an empty form: no name, no muscle
    assert error(dialog, "name") == "String should have at least 1 character"
    assert error(dialog, "muscles") == "List should have at least 1 item after validation, not 0"
    assert "2 fields to fix" in dialog.summary.text()

    dialog.name_edit.setText("Wall sit")
    check_muscle(dialog, "quadriceps")
    assert ok_enabled(dialog)
    assert error(dialog, "name") == error(dialog, "muscles") == ""
    assert dialog.summary.text() == ""

    dialog.default_edits["sets"].setText("0")
    dialog.default_edits["rpe"].setText("lots")
    assert not ok_enabled(dialog)
    assert error(dialog, "defaults.sets") == "Input should be greater than or equal to 1"
    assert error(dialog, "defaults.rpe") == "Input should be a valid number"
    assert "\n" not in error(dialog, "defaults.rpe")  # one line each
    dialog.default_edits["sets"].setText("2")
    dialog.default_edits["rpe"].setText("")
    dialog.default_edits["reps"].setText("")
    dialog.default_edits["hold_s"].setText("45")
    dialog.dose_combo.setCurrentIndex(dialog.dose_combo.findData("hold"))
    assert ok_enabled(dialog)
    made = dialog.exercise()
    assert made is not None
    assert (made.id, made.name, made.muscles, made.dose) == (
        "wall-sit-2",  # "wall-sit" is taken
        "Wall sit",
        ["quadriceps"],
        "hold",
    )
    assert (made.defaults.sets, made.defaults.hold_s, made.defaults.reps) == (2, 45, None)


def test_every_field_of_the_schema_reaches_the_exercise(qtbot: QtBot) -> None:
    dialog, _ = make_dialog(qtbot)
    dialog.name_edit.setText("Banded walk, low")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("glute"))
    dialog.pattern_combo.setCurrentIndex(dialog.pattern_combo.findData("hip-abduction"))
    check_muscle(dialog, "abductors")
    secondary = dialog.secondary_list
    secondary.item(0).setCheckState(Qt.CheckState.Checked)  # glutes
    dialog.equipment_edit.setText("mini band, , mat")
    dialog.loaded_check.setChecked(True)
    dialog.unilateral_check.setChecked(True)
    dialog.spinal_combo.setCurrentIndex(dialog.spinal_combo.findData("moderate"))
    dialog.stretch_combo.setCurrentIndex(dialog.stretch_combo.findData("dynamic"))
    dialog.default_edits["rest_s"].setText("60")
    dialog.default_edits["load"].setText("2,5")
    dialog.per_side_check.setChecked(True)
    dialog.cues_edit.setPlainText("Knees out\n\nStay tall")
    dialog.cautions_edit.setPlainText("Stop if the hip pinches")
    dialog.regression_combo.setCurrentIndex(dialog.regression_combo.findData("glute-bridge"))
    dialog.progression_combo.setCurrentIndex(dialog.progression_combo.findData("deadlift"))
    dialog.aliases_edit.setText("monster walk, band walk")
    dialog.pose_combo.setCurrentIndex(dialog.pose_combo.findData("lateral-leg-swing"))
    made = dialog.exercise()
    assert made is not None, dialog.problems()
    assert made.model_dump(exclude_defaults=True) == {
        "id": "banded-walk-low",
        "name": "Banded walk, low",
        "category": "glute",
        "pattern": "hip-abduction",
        "muscles": ["abductors"],
        "secondary_muscles": ["glutes"],
        "equipment": ["mini band", "mat"],
        "dose": "reps",
        "loaded": True,
        "spinal_load": "moderate",
        "stretch": "dynamic",
        "unilateral": True,
        "defaults": {"sets": 3, "reps": 10, "load": 2.5, "rest_s": 60, "per_side": True},
        "cues": ["Knees out", "Stay tall"],
        "cautions": ["Stop if the hip pinches"],
        "regression": "glute-bridge",
        "progression": "deadlift",
        "pose": "lateral-leg-swing",
        "aliases": ["monster walk", "band walk"],
    }


def test_the_figure_is_chosen_from_the_pose_library_with_a_preview(qtbot: QtBot) -> None:
    dialog, preview = make_dialog(qtbot)
    assert dialog.pose_combo.count() == 2 + len(list(library.pose_ids()))
    dialog.pose_combo.setCurrentIndex(dialog.pose_combo.findData("side-plank"))
    assert preview.pose() is library.pose("side-plank")
    dialog.pose_combo.setCurrentIndex(dialog.pose_combo.findData(library.NO_FIGURE))
    assert preview.pose() is None
    dialog.pose_combo.setCurrentIndex(0)  # the pattern's figure
    dialog.pattern_combo.setCurrentIndex(dialog.pattern_combo.findData("squat"))
    assert preview.pose() is library.pose("squat")


def test_editing_keeps_the_id_whatever_the_name(qtbot: QtBot) -> None:
    start = window_catalog().get("glute-bridge")
    assert start is not None
    dialog, _ = make_dialog(qtbot, start, keep_id=True)
    assert dialog.windowTitle() == "Edit custom exercise"
    assert dialog.name_edit.text() == start.name
    dialog.name_edit.setText("Another name")
    assert dialog.id_label.text() == "glute-bridge"
    made = dialog.exercise()
    assert made is not None and made.id == "glute-bridge" and made.name == "Another name"
    assert made.model_copy(update={"name": start.name}) == start  # every field filled back
