"""Plan details take no more than a plan may hold: the start date stops where the plan's last
week would pass LAST_PLAN_DATE, and the texts stop at their limits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from planner_gui.domain.limits import FIRST_PLAN_DATE, MAX_NAME_CHARS, MAX_TITLE_CHARS
from planner_gui.domain.models import blank_program
from planner_gui.ui.dialogs.plan_details import PlanDetailsDialog
from tests.support.plans import editing_program


def _dialog(qtbot: QtBot, weeks: int) -> PlanDetailsDialog:
    program = editing_program(weeks) if weeks else blank_program(date(2026, 1, 5), 0)
    dialog = PlanDetailsDialog(program)
    qtbot.addWidget(dialog)
    return dialog


def test_the_latest_start_keeps_the_plans_end_on_or_before_the_last_date(qtbot: QtBot) -> None:
    assert _dialog(qtbot, 2).start_edit.maximumDate() == QDate(9999, 12, 11)
    assert _dialog(qtbot, 3).start_edit.maximumDate() == QDate(9999, 12, 4)
    assert _dialog(qtbot, 0).start_edit.maximumDate() == QDate(9999, 12, 24)


def test_a_date_typed_past_the_maximum_is_held_there(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, 2)
    dialog.start_edit.setDate(QDate(9999, 12, 31))
    assert dialog.changes()["start_date"] == date(9999, 12, 11)


def test_an_early_start_is_kept_rather_than_moved_to_1752(qtbot: QtBot) -> None:
    """Qt's own range begins in 1752: a plan starting before it showed a later date, and
    accepting the dialog moved the plan."""
    program = editing_program(1)
    program.start_date = date(1700, 3, 1)
    dialog = PlanDetailsDialog(program)
    qtbot.addWidget(dialog)
    first = FIRST_PLAN_DATE
    assert dialog.start_edit.minimumDate() == QDate(first.year, first.month, first.day)
    assert "start_date" not in dialog.changes()


def test_title_and_athlete_stop_at_their_limits(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, 1)
    assert dialog.title_edit.maxLength() == MAX_TITLE_CHARS
    assert dialog.athlete_edit.maxLength() == MAX_NAME_CHARS
    dialog.title_edit.setText("t" * (MAX_TITLE_CHARS + 50))
    assert dialog.changes()["title"] == "t" * MAX_TITLE_CHARS
