"""Right-clicks in the plan editor: a week, a session's day card, a block heading and an
exercise row each open a menu of the Plan menu's own actions for it (the same QActions, so
the same keys, texts and enabled states), acting on what was clicked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner_gui.ui.actions import menu_entries
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.models.plan_model import ItemPath, PlanModel
from tests.support.widgets import make_shown_editor as make_editor

DEADLIFT = ItemPath(0, 0, "main", 0)


class Shown:
    """What the last context menu listed; `choose` is the entry it triggers, if any."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.menus: list[tuple[str, list[QAction]]] = []
        self.choose = ""

        def exec_(_editor: PlanEditor, menu: QMenu, _where: QPoint) -> None:
            actions = [a for a in menu.actions() if not a.isSeparator()]
            self.menus.append((menu.objectName(), actions))
            for action in actions:
                if action.objectName() == f"action_{self.choose}" and action.isEnabled():
                    action.trigger()

        monkeypatch.setattr(PlanEditor, "_exec_menu", exec_)

    def keys(self) -> list[str]:
        return [a.objectName().removeprefix("action_") for a in self.menus[-1][1]]


def section(name: str) -> list[str]:
    return [e.key for e in menu_entries("plan") if e is not None and e.section == name]


def parts(qtbot: QtBot) -> tuple[PlanEditor, PlanModel]:
    return make_editor(qtbot)


def test_a_week_menu_lists_the_week_actions_and_acts_on_the_week_clicked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model = parts(qtbot)
    shown = Shown(monkeypatch)
    shown.choose = "toggle_deload"
    list_ = editor.week_list
    point = list_.visualRect(list_.proxy.index(1, 0)).center()
    list_.customContextMenuRequested.emit(point)
    assert shown.menus[-1][0] == "weekMenu"
    assert shown.keys() == section("weeks")
    assert shown.menus[-1][1][0] is editor.action(section("weeks")[0])
    assert editor.current_week() == 1
    assert model.week(1).deload and not model.week(0).deload


def test_a_session_card_menu_lists_the_session_actions_for_that_session(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model = parts(qtbot)
    shown = Shown(monkeypatch)
    shown.choose = "remove_session"
    card = editor.day_view.session_buttons[1]
    card.customContextMenuRequested.emit(QPoint(5, 5))
    assert shown.menus[-1][0] == "sessionMenu"
    assert shown.keys() == section("sessions")
    assert [s.name for s in model.week(0).sessions] == ["Lower A"]


def test_a_block_heading_menu_lists_the_session_actions(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model = parts(qtbot)
    shown = Shown(monkeypatch)
    table = editor.item_table
    point = table.visualRect(model.block_index(0, 0, "core")).center()
    table.customContextMenuRequested.emit(point)
    assert shown.menus[-1][0] == "blockMenu"
    assert shown.keys() == [*section("sessions"), "build_routine"]
    assert table.currentIndex() == model.block_index(0, 0, "core")


def test_an_exercise_row_menu_lists_the_row_actions_and_acts_on_that_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor, model = parts(qtbot)
    shown = Shown(monkeypatch)
    shown.choose = "duplicate_row"
    table = editor.item_table
    second = DEADLIFT._replace(row=1)
    name = model.item(second).exercise
    point = table.visualRect(model.item_index(second)).center()
    table.customContextMenuRequested.emit(point)
    assert shown.menus[-1][0] == "rowMenu"
    assert shown.keys() == [*section("rows"), "build_routine"]
    assert [i.exercise for i in model.items_in_block(0, 0, "main")].count(name) == 2
