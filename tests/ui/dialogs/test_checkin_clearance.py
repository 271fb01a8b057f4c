"""Ticking "A clinician has cleared training" on a check-in that reports an emergency sign asks
first, saying what clearing means; a no leaves the box unticked (user report point 2)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import CheckIn
from planner_gui.ui.dialogs.checkin import CheckInDialog
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program


def make_dialog(qtbot: QtBot, checkin: CheckIn | None = None) -> CheckInDialog:
    program = editing_program()
    if checkin is not None:
        program.checkins.append(checkin)
    dialog = CheckInDialog(
        program,
        editing_catalog().name_of,
        checkin=checkin,
        position=0 if checkin is not None else None,
        today=date(2026, 1, 6),
    )
    qtbot.addWidget(dialog)
    return dialog


class Answer:
    """Stands in for QMessageBox.exec: notes the question and presses the chosen button."""

    def __init__(self, yes: bool) -> None:
        self.yes = yes
        self.asked: list[tuple[str, str]] = []

    def __call__(self, box: QMessageBox) -> int:
        self.asked.append((box.text(), box.informativeText()))
        wanted = QMessageBox.ButtonRole.YesRole if self.yes else QMessageBox.ButtonRole.NoRole
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == wanted]
        button.click()
        return 0


def _tick_cleared(qtbot: QtBot, dialog: CheckInDialog) -> None:
    """As a user's click does: `click` emits `clicked`, which `setChecked` does not."""
    dialog.cleared_box.click()


def test_clearing_an_emergency_sign_asks_and_a_no_leaves_it_unticked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Answer(yes=False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box))
    dialog = make_dialog(qtbot)
    dialog.flag_boxes["bladder-bowel"].setChecked(True)
    _tick_cleared(qtbot, dialog)
    [(text, meaning)] = answer.asked
    assert text == "This check-in reports loss of bladder or bowel control."
    assert "a doctor has seen the athlete about these signs" in meaning
    assert "stop warning about them" in meaning
    assert not dialog.cleared_box.isChecked()
    assert not dialog.checkin().cleared


def test_a_yes_keeps_the_tick_and_is_not_asked_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Answer(yes=True)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box))
    dialog = make_dialog(qtbot)
    dialog.flag_boxes["saddle-numbness"].setChecked(True)
    _tick_cleared(qtbot, dialog)
    assert dialog.cleared_box.isChecked()
    dialog.accept()
    assert len(answer.asked) == 1
    assert dialog.result() == CheckInDialog.DialogCode.Accepted
    assert dialog.checkin().cleared


def test_an_emergency_sign_ticked_after_cleared_is_asked_about_on_save(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Answer(yes=False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box))
    dialog = make_dialog(qtbot)
    _tick_cleared(qtbot, dialog)  # no red flag yet: nothing to ask
    assert answer.asked == [] and dialog.cleared_box.isChecked()
    dialog.flag_boxes["leg-weakness"].setChecked(True)
    dialog.accept()
    assert len(answer.asked) == 1
    assert dialog.result() != CheckInDialog.DialogCode.Accepted  # still open, box unticked
    assert not dialog.cleared_box.isChecked()


def test_near_misses_a_same_day_flag_or_an_already_cleared_check_in_do_not_ask(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Answer(yes=False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box))
    dialog = make_dialog(qtbot)
    dialog.flag_boxes["fever-chills"].setChecked(True)
    _tick_cleared(qtbot, dialog)
    assert dialog.cleared_box.isChecked()
    saved = CheckIn(date=date(2026, 1, 6), red_flags=["bladder-bowel"], cleared=True)
    editing = make_dialog(qtbot, saved)
    editing.accept()
    assert answer.asked == []
    assert editing.checkin() == saved
