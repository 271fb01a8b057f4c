"""Preferences ▸ Handout wording and brand files: the safety page's wording round-trips through
QSettings, the built-in wording comes back on request, and Import/Export use brand files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from planner_gui.domain.brand import (
    BUILT_IN_SAFETY,
    SAFETY_KEYS,
    Brand,
    SafetySection,
    SafetyWording,
)
from planner_gui.domain.brand_file import load_brand, save_brand
from planner_gui.domain.limits import MAX_WORDING_CHARS
from planner_gui.ui import settings
from planner_gui.ui.dialogs.checkin import CheckInDialog
from planner_gui.ui.dialogs.preferences import PreferencesDialog
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program

#: A brand file written before the `same_day` and `soon` parts existed.
BEFORE_TIERS = Path(__file__).parents[2] / "assets" / "clinic-before-tiers.json"


def _dialog(qtbot: QtBot) -> PreferencesDialog:
    dialog = PreferencesDialog(PlanModel(window_program(), window_catalog()), QUndoStack())
    qtbot.addWidget(dialog)
    return dialog


def _wording_keys() -> list[str]:
    return [key for key in QSettings().allKeys() if key.startswith("brand/safety/")]


def test_the_wording_tab_shows_the_built_in_wording_and_keeps_nothing_unchanged(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.tabs.tabText(3) == "Handout &wording"
    for key in SAFETY_KEYS:
        assert dialog.wording_texts[key].toPlainText() == BUILT_IN_SAFETY[key].text
        if key != "closing":
            assert dialog.wording_headings[key].text() == BUILT_IN_SAFETY[key].heading
    assert "closing" not in dialog.wording_headings  # the closing line has no heading
    dialog.accept()
    assert _wording_keys() == []  # the built-in wording is not copied into the settings
    assert settings.brand().safety.is_built_in


def test_own_wording_round_trips_through_the_settings_as_plain_text(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.wording_headings["emergency"].setText("Call 999 <b>now</b>")
    dialog.wording_texts["first_aid"].setPlainText("- Ice it.\n- Ring us: 0123 &amp; more")
    dialog.brand_contact.setText("01234 567890")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = settings.brand()
    assert stored.contact == "01234 567890"
    assert stored.safety.section("emergency") == SafetySection(
        "Call 999 <b>now</b>", BUILT_IN_SAFETY["emergency"].text
    )
    assert stored.safety.section("first_aid").text == "- Ice it.\n- Ring us: 0123 &amp; more"
    # only what differs from the built-in wording is kept
    assert sorted(_wording_keys()) == [
        "brand/safety/emergency/heading",
        "brand/safety/first_aid/text",
    ]
    again = _dialog(qtbot)
    assert again.wording_headings["emergency"].text() == "Call 999 <b>now</b>"
    assert again.wording_texts["first_aid"].toPlainText() == "- Ice it.\n- Ring us: 0123 &amp; more"
    assert again.wording_texts["soreness"].toPlainText() == BUILT_IN_SAFETY["soreness"].text


def test_restore_built_in_wording_refills_every_field_and_forgets_the_own_one(
    qtbot: QtBot,
) -> None:
    settings.store_brand(
        Brand(safety=SafetyWording(closing=SafetySection("", "Our own closing line.")))
    )
    dialog = _dialog(qtbot)
    assert dialog.wording_texts["closing"].toPlainText() == "Our own closing line."
    dialog.wording_texts["check_up"].setPlainText("")  # an emptied field is the built-in one
    restore = dialog.findChild(QPushButton, "restoreWording")
    assert restore is not None
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    for key in SAFETY_KEYS:
        assert dialog.wording_texts[key].toPlainText() == BUILT_IN_SAFETY[key].text
    dialog.accept()
    assert _wording_keys() == [] and settings.brand().safety.is_built_in


def test_cancel_keeps_the_stored_wording(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.wording_texts["soreness"].setPlainText("Changed my mind.")
    dialog.reject()
    assert settings.brand().safety.is_built_in


def test_a_text_over_the_limit_is_not_kept_and_the_dialog_says_why(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.tabs.setCurrentIndex(0)
    dialog.wording_texts["soreness"].setPlainText("x" * (MAX_WORDING_CHARS + 1))
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.wording_page
    assert dialog.problem.isVisible()
    assert "too long (2,001 characters; at most 2,000)" in dialog.problem.text()
    assert settings.brand().safety.is_built_in


def test_import_fills_the_fields_and_ok_keeps_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clinic.json"
    wording = SafetyWording(emergency=SafetySection("Call 112", "if:"))
    save_brand(Brand("Northside", "0123", tmp_path / "logo.png", wording), path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = _dialog(qtbot)
    dialog.import_brand_file()
    assert dialog.brand_name.text() == "Northside"
    assert dialog.brand_logo.text() == str(tmp_path / "logo.png")
    assert dialog.wording_headings["emergency"].text() == "Call 112"
    assert dialog.wording_texts["emergency"].toPlainText() == "if:"
    assert "Imported clinic.json" in dialog.problem.text()
    assert settings.brand().is_empty  # nothing is kept before OK
    dialog.accept()
    stored = settings.brand()
    assert (stored.name, stored.contact, stored.logo_path) == (
        "Northside",
        "0123",
        tmp_path / "logo.png",
    )
    assert stored.safety.section("emergency") == SafetySection("Call 112", "if:")


def test_a_bad_brand_file_is_not_imported_and_the_one_line_says_where(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "clinic.json"
    path.write_text(
        json.dumps({"format": "brace-brand", "version": 1, "safety": {"emergncy": {}}}),
        encoding="utf-8",
    )
    dialog = _dialog(qtbot)
    dialog.brand_name.setText("Kept")
    assert not dialog.load_brand_file(path)
    assert dialog.problem.text() == (
        f"Not imported: {path}: safety.emergncy: unknown key (check the spelling)"
    )
    assert dialog.brand_name.text() == "Kept"
    assert dialog.wording_texts["emergency"].toPlainText() == BUILT_IN_SAFETY["emergency"].text


def test_export_writes_the_fields_as_a_brand_file_that_imports_the_same(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared" / "clinic.json"
    path.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    dialog = _dialog(qtbot)
    dialog.brand_name.setText("Northside Physio")
    dialog.brand_logo.setText(str(path.parent / "logo.png"))
    dialog.wording_texts["closing"].setPlainText("Questions? Ring us.")
    dialog.export_brand_file()
    assert "Exported the brand file" in dialog.problem.text()
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["logo"] == "logo.png"
    assert raw["safety"] == {"closing": {"text": "Questions? Ring us."}}
    loaded = load_brand(path)
    assert loaded.name == "Northside Physio"
    assert loaded.logo_path == path.parent / "logo.png"
    assert loaded.safety.section("closing").text == "Questions? Ring us."
    assert settings.brand().is_empty  # exporting keeps nothing in the settings


def test_export_refuses_a_text_over_the_limit_before_asking_for_a_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    dialog = _dialog(qtbot)
    dialog.wording_texts["closing"].setPlainText("x" * (MAX_WORDING_CHARS + 1))
    dialog.export_brand_file()
    assert asked == [] and "too long" in dialog.problem.text()


def test_the_red_flag_tiers_have_fields_whose_words_the_check_in_dialog_uses(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    for tier in ("emergency", "same_day", "soon"):
        heading = dialog.findChild(QLineEdit, f"wording.{tier}.heading")
        text = dialog.findChild(QPlainTextEdit, f"wording.{tier}.text")
        assert heading is dialog.wording_headings[tier]
        assert text is dialog.wording_texts[tier]
        assert heading.text() == BUILT_IN_SAFETY[tier].heading
        assert text.toPlainText() == BUILT_IN_SAFETY[tier].text
        assert heading.accessibleName().startswith("Red flags, ")
    # Typed in the fields, kept on OK, as the clinic's own wording only.
    same_day = dialog.wording_headings["same_day"]
    same_day.clear()
    qtbot.keyClicks(same_day, "Ring Northside <today>")
    dialog.wording_texts["soon"].setPlainText("if any of these come on:")
    dialog.accept()
    assert sorted(_wording_keys()) == [
        "brand/safety/same_day/heading",
        "brand/safety/soon/text",
    ]
    stored = settings.brand().safety
    assert stored.section("same_day").heading == "Ring Northside <today>"
    assert stored.section("soon") == SafetySection(
        BUILT_IN_SAFETY["soon"].heading, "if any of these come on:"
    )
    # The Check-in dialog tells the athlete the same, in plain text.
    checkin = CheckInDialog(window_program(), str)
    qtbot.addWidget(checkin)
    checkin.flag_boxes["fever-chills"].setChecked(True)
    assert checkin.guidance_title.text() == "Red flag: Ring Northside <today>"
    assert checkin.guidance.text().startswith("Ring Northside <today>.")
    assert checkin.tier_labels["same_day"].text() == "Ring Northside <today>."
    assert checkin.tier_labels["same_day"].textFormat() == Qt.TextFormat.PlainText
    assert "&lt;today&gt;" in checkin.flag_boxes["gait-change"].toolTip()  # shown as typed
    assert "Go to an emergency department now." in checkin.flag_boxes["leg-weakness"].toolTip()


def test_importing_a_brand_file_from_before_the_tiers_keeps_built_in_same_day_and_soon(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    dialog.wording_headings["same_day"].setText("Something of our own")
    assert dialog.load_brand_file(BEFORE_TIERS)
    assert dialog.wording_headings["emergency"].text() == "Call 999 or go to A&E now"
    assert dialog.wording_headings["same_day"].text() == BUILT_IN_SAFETY["same_day"].heading
    assert dialog.wording_texts["soon"].toPlainText() == BUILT_IN_SAFETY["soon"].text
