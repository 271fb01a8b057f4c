"""Preferences: user settings persist in QSettings; units, load steps and rules change the plan,
undoably."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.editing.paths import ItemPath
from planner_gui.ui import settings
from planner_gui.ui.dialogs.preferences import PreferencesDialog, _setting_label, rules_section_from
from planner_gui.ui.models.plan_model import COL_RAMP, PlanModel
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


@pytest.fixture
def parts(qtbot: QtBot) -> tuple[PlanModel, QUndoStack, PreferencesDialog]:
    model = PlanModel(window_program(), window_catalog())
    stack = QUndoStack()
    dialog = PreferencesDialog(model, stack)
    qtbot.addWidget(dialog)
    return model, stack, dialog


def test_user_preferences_persist_in_qsettings(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog], qtbot: QtBot
) -> None:
    model, stack, dialog = parts
    assert settings.first_day() == "mon"
    assert settings.page_size() == "a4"
    assert settings.brand().is_empty
    dialog.first_day.setCurrentIndex(dialog.first_day.findData("sun"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.brand_name.setText("Northside Physio")
    dialog.brand_contact.setText("01234 567890")
    dialog.brand_logo.setText("/tmp/logo.png")
    dialog.accept()
    assert stack.count() == 0  # nothing about the plan changed
    assert settings.first_day() == "sun"
    assert settings.page_size() == "letter"
    brand = settings.brand()
    assert (brand.name, brand.contact, str(brand.logo_path)) == (
        "Northside Physio",
        "01234 567890",
        "/tmp/logo.png",
    )
    assert QSettings().value(settings.FIRST_DAY_KEY) == "sun"
    reopened = PreferencesDialog(model, stack)
    qtbot.addWidget(reopened)
    assert reopened.first_day.currentData() == "sun"
    assert reopened.brand_name.text() == "Northside Physio"


def test_units_change_converts_loads_and_is_undoable(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog],
) -> None:
    model, stack, dialog = parts
    before = model.program().model_dump()
    dialog.units.setCurrentIndex(dialog.units.findData("lb"))
    dialog.accept()
    assert model.program().units == "lb"
    deadlift = model.program().weeks[0].sessions[0].blocks[1].items[0]
    assert deadlift.load == pytest.approx(176.5)  # 80 kg, to the nearest 0.5 lb
    assert stack.count() == 1
    stack.undo()
    assert model.program().model_dump() == before


def test_rule_switches_and_thresholds_are_stored_in_the_plan_undoably(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog],
) -> None:
    model, stack, dialog = parts
    dialog.set_rule_enabled("BA401", False)
    dialog.threshold("PO101", "limit_pct").setValue(7.5)
    dialog.accept()
    assert model.program().rules == {"BA401": {"enabled": False}, "PO101": {"limit_pct": 7.5}}
    stack.undo()
    assert model.program().rules == {}
    stack.redo()
    again = PreferencesDialog(model, stack)
    assert not again.rule_enabled("BA401")
    assert again.threshold("PO101", "limit_pct").value() == 7.5
    again.reset_rules()
    again.accept()
    assert model.program().rules == {}
    again.deleteLater()


def test_cancel_changes_nothing(parts: tuple[PlanModel, QUndoStack, PreferencesDialog]) -> None:
    model, stack, dialog = parts
    dialog.units.setCurrentIndex(dialog.units.findData("lb"))
    dialog.first_day.setCurrentIndex(dialog.first_day.findData("wed"))
    dialog.reject()
    assert model.program().units == "kg"
    assert stack.count() == 0
    assert settings.first_day() == "mon"


def test_rules_section_keeps_only_differences_from_defaults() -> None:
    assert rules_section_from({"PO101": True}, {"PO101": {"limit_pct": 10.0}}) == {}
    assert rules_section_from({"RC203": False}, {"PO103": {"limit_ratio": 1.4}}) == {
        "PO103": {"limit_ratio": 1.4},
        "RC203": {"enabled": False},
    }


def test_threshold_labels_read_as_words() -> None:
    assert _setting_label("min_sessions") == "Min sessions"
    assert _setting_label("limit_pct") == "Limit (%)"
    assert _setting_label("hold_max_s") == "Hold max (s)"
    assert _setting_label("load_max_kg") == "Load max (kg)"


# Load steps -------------------------------------------------------------------------------


def test_load_steps_show_the_defaults_in_the_plan_s_units(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog],
) -> None:
    _, _, dialog = parts
    assert dialog.load_steps() == {}
    assert dialog.load_step("barbell").text() == "Default (2.5 kg)"
    assert dialog.load_step("dumbbell").text() == "Default (2 kg)"
    assert dialog.load_step("kettlebell").text() == "Default (bells as sold: 8, 12, 16, 20 … kg)"
    assert dialog.load_step("machine").value() == 0
    assert dialog.tabs.tabText(1) == "Load &steps"


def test_load_steps_round_trip_through_the_plan_as_one_undoable_edit(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog], qtbot: QtBot
) -> None:
    model, stack, dialog = parts
    dialog.load_step("dumbbell").setValue(1.0)
    dialog.load_step("kettlebell").setValue(2.0)
    dialog.accept()
    assert model.program().load_steps == {"dumbbell": 1.0, "kettlebell": 2.0}
    assert stack.count() == 1
    assert stack.undoText() == "Change load steps"
    stack.undo()
    assert model.program().load_steps == {}
    stack.redo()
    assert model.program().load_steps == {"dumbbell": 1.0, "kettlebell": 2.0}
    reopened = PreferencesDialog(model, stack)
    qtbot.addWidget(reopened)
    assert reopened.load_step("dumbbell").value() == 1.0
    assert reopened.load_step("dumbbell").text() == "1.00 kg"
    # Back to Default: the plan's own step goes, in one more undo step.
    reopened.load_step("kettlebell").setValue(0)
    reopened.accept()
    assert model.program().load_steps == {"dumbbell": 1.0}
    assert stack.count() == 2
    # An unchanged dialog changes nothing.
    unchanged = PreferencesDialog(model, stack)
    qtbot.addWidget(unchanged)
    unchanged.accept()
    assert stack.count() == 2


def test_a_load_step_rounds_the_ramp_up_loads_shown(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog], qtbot: QtBot
) -> None:
    model, stack, dialog = parts
    deadlift = ItemPath(0, 0, "main", 0)
    assert model.setData(model.item_index(deadlift, COL_RAMP), "40%x5 60%x3 80%x2")
    cell = model.item_index(deadlift, COL_RAMP)
    assert cell.data() == "32.5×5 · 47.5×3 · 65×2 kg"
    dialog.load_step("barbell").setValue(1.0)
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda a, b, *_: a == cell):
        dialog.accept()
    assert cell.data() == "32×5 · 48×3 · 64×2 kg"
    stack.undo()
    assert cell.data() == "32.5×5 · 47.5×3 · 65×2 kg"


def test_switching_units_converts_the_load_steps_with_the_loads(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog], qtbot: QtBot
) -> None:
    model, stack, dialog = parts
    dialog.load_step("dumbbell").setValue(1.0)
    dialog.accept()
    again = PreferencesDialog(model, stack)
    qtbot.addWidget(again)
    again.units.setCurrentIndex(again.units.findData("lb"))
    assert again.load_step("dumbbell").text() == "2.20 lb"
    assert again.load_step("barbell").text() == "Default (5 lb)"
    again.accept()
    assert model.program().units == "lb"
    assert model.program().load_steps == {"dumbbell": 2.2}
    assert stack.count() == 2  # the units (with their steps); no separate step edit
    stack.undo()
    assert (model.program().units, model.program().load_steps) == ("kg", {"dumbbell": 1.0})


def test_cancelled_load_steps_change_nothing(
    parts: tuple[PlanModel, QUndoStack, PreferencesDialog],
) -> None:
    model, stack, dialog = parts
    dialog.load_step("cable").setValue(5.0)
    dialog.reject()
    assert model.program().load_steps == {}
    assert stack.count() == 0
