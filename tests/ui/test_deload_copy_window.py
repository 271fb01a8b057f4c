"""Copy week forward as a deload in the window: the new week's sessions are easier, so its
bar in the load chart (the deload set) is lower than the week before, and undo restores it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner_gui.ui.dialogs.copy_week import CopyWeekForwardDialog
from tests.support.widgets import discarding_window


def test_a_deload_copy_in_the_window_draws_a_lower_deload_bar(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = discarding_window(qtbot, monkeypatch)

    def accept_as_deload(dialog: CopyWeekForwardDialog) -> int:
        dialog.deload.setChecked(True)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CopyWeekForwardDialog, "exec", accept_as_deload)
    window.editor.select_week(0)
    with qtbot.waitSignal(window.model.plan_changed):
        window.editor.action("copy_forward").trigger()
    chart = window.load_chart
    qtbot.waitUntil(lambda: chart.deload_set.at(1) > 0)
    assert window.model.week(1).deload
    assert chart.training_set.at(1) == 0
    assert 0 < chart.deload_set.at(1) < chart.training_set.at(0)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: chart.deload_set.at(1) == 0)
    assert not window.model.week(1).deload
