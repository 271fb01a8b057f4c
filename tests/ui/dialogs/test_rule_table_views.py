"""Preferences ▸ Rules and Help ▸ Rules reference list the rule table, thresholds explained."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from planner_gui.domain.rules.codes import BY_CODE, TABLE
from planner_gui.ui.dialogs.help import RulesReferenceDialog, rules_reference_html
from planner_gui.ui.dialogs.preferences import PreferencesDialog
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


def test_rules_reference_lists_every_code_in_table_order_with_threshold_meanings() -> None:
    html = rules_reference_html()
    positions = [html.index(f"<h3>{entry.code} · ") for entry in TABLE]
    assert positions == sorted(positions)
    assert "<p><i>warning; error above error_pct</i></p>" in html
    for entry in TABLE:
        for spec in entry.threshold_specs:
            assert escape(spec.meaning) in html, (entry.code, spec.name)
    assert "<li><b>limit_pct</b> = 10 %: Warning when an exercise" in html


def test_rules_reference_dialog_shows_the_table(qtbot: QtBot) -> None:
    dialog = RulesReferenceDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "CK603 · Soreness after heavy days two or more times" in text
    assert BY_CODE["CK603"].threshold_specs[1].meaning in text


def test_preferences_threshold_tooltips_say_what_the_number_means(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(PlanModel(window_program(), window_catalog()), QUndoStack())
    qtbot.addWidget(dialog)
    spin = dialog.threshold("PO103", "limit_ratio")
    assert spin.toolTip() == (
        "Warning when a week's load is more than this times the 4 weeks before. Default: 1.3."
    )
    assert spin.value() == 1.3


NEW_RULES = ("PO108", "PO109", "RC204", "WU304", "TI701", "TI702")


def test_rules_reference_shows_the_issue_10_rules(qtbot: QtBot) -> None:
    dialog = RulesReferenceDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for code in NEW_RULES:
        assert f"{code} · {BY_CODE[code].title}" in text
    assert BY_CODE["TI701"].threshold_specs[0].meaning in text
    assert "warning; warning from warn_total_s" not in text  # WU302 is info by default
    assert "info; warning from warn_total_s" in text


def test_preferences_rules_page_tunes_the_issue_10_rules(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(PlanModel(window_program(), window_catalog()), QUndoStack())
    qtbot.addWidget(dialog)
    for code in NEW_RULES:
        assert dialog.rule_enabled(code)
    assert dialog.threshold("PO108", "min_sets").value() == 3
    assert dialog.threshold("TI702", "max_exercises").value() == 12
    assert dialog.threshold("WU302", "warn_total_s").value() == 60
    dialog.threshold("TI701", "limit_pct").setValue(30)
    dialog.set_rule_enabled("RC204", False)
    assert dialog.rules_section() == {"RC204": {"enabled": False}, "TI701": {"limit_pct": 30.0}}
