"""The whole window from the keyboard and for screen readers: every menu action has a mnemonic
and a status tip, shortcuts do not clash and work from the item table, every main widget has an
object and an accessible name, and Tab goes through the panes in layout order.

(Beside test_main_window.py, not in it: these tests use a window on the editing tests' plan,
through a `window` fixture of their own.)
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import ItemPath
from tests.support.widgets import discarding_window


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The whole window; closing it at teardown discards edits instead of asking."""
    return discarding_window(qtbot, monkeypatch)


# Menus: every action reachable from the keyboard, explained in the status bar ----------------


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' in a menu text ('&&' is a literal ampersand)."""
    plain = text.replace("&&", "")
    where = plain.find("&")
    return plain[where + 1].lower() if 0 <= where < len(plain) - 1 else None


def menu_actions(menu: QMenu) -> Iterator[tuple[QMenu, QAction]]:
    """Every non-separator action of `menu` and of its submenus, with the menu holding it."""
    menu.aboutToShow.emit()  # menus filled on show (Open Recent) fill themselves now
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield menu, action
        if action.menu() is not None:
            yield from menu_actions(action.menu())  # type: ignore[arg-type]


def test_every_menu_action_has_a_mnemonic_and_a_status_tip(window: MainWindow) -> None:
    missing: list[str] = []
    for top in window.menuBar().actions():
        assert mnemonic(top.text()), top.text()
        for menu, action in menu_actions(top.menu()):  # type: ignore[arg-type]
            name = f"{menu.title()} ▸ {action.text()}"
            if not mnemonic(action.text()):
                missing.append(f"{name}: no mnemonic")
            if not action.statusTip():
                missing.append(f"{name}: no status tip")
    assert missing == []


def test_mnemonics_are_unique_within_each_menu(window: MainWindow) -> None:
    clashes: list[str] = []
    menus: list[QMenu] = [top.menu() for top in window.menuBar().actions()]  # type: ignore[misc]
    while menus:
        menu = menus.pop()
        letters: dict[str, str] = {}
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter in letters:
                clashes.append(f"{menu.title()}: {letters[letter]} / {action.text()}")
            elif letter is not None:
                letters[letter] = action.text()
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                menus.append(submenu)
    assert clashes == []


def test_remove_week_and_session_have_shortcuts_no_other_action_uses(window: MainWindow) -> None:
    editor = window.editor
    remove_week = editor.action("remove_week").shortcut()
    remove_session = editor.action("remove_session").shortcut()
    assert remove_week == QKeySequence("Ctrl+Shift+Del")
    assert remove_session == QKeySequence("Ctrl+Del")
    owners: dict[str, str] = {}
    clashes: list[str] = []
    for top in window.menuBar().actions():
        for _menu, action in menu_actions(top.menu()):  # type: ignore[arg-type]
            for sequence in action.shortcuts():
                key = sequence.toString()
                if key in owners and owners[key] != action.text():
                    clashes.append(f"{key}: {owners[key]} / {action.text()}")
                owners[key] = action.text()
    assert clashes == []
    # Ctrl+Alt+Del belongs to the system on many desktops.
    assert QKeySequence("Ctrl+Alt+Del").toString() not in owners


def test_remove_week_and_session_shortcuts_work_from_the_item_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    editor, model = window.editor, window.model
    editor.select_item(ItemPath(1, 0, "main", 0))
    editor.item_table.setFocus()
    qtbot.waitUntil(editor.item_table.hasFocus)
    weeks, sessions = len(model.program().weeks), len(model.week(1).sessions)
    QTest.keyClick(editor.item_table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(model.week(1).sessions) == sessions - 1
    QTest.keyClick(
        editor.item_table,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(model.program().weeks) == weeks - 1
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert len(model.program().weeks) == weeks
    assert len(model.week(1).sessions) == sessions


# Accessibility: names for every main widget, Tab through the panes in layout order ---------

MAIN_KINDS = (
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QSpinBox,
    QDoubleSpinBox,
    QCheckBox,
    QChartView,
)


def is_qt_internal(widget: QWidget, combo_views: list[QWidget]) -> bool:
    """Parts Qt builds inside other widgets (spin box editors, headers, combo pop-ups)."""
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QHeaderView)
        or any(widget is view for view in combo_views)
    )


def test_main_widgets_have_object_and_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    combo_views: list[QWidget] = [combo.view() for combo in window.findChildren(QComboBox)]
    checked, unnamed = 0, []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, MAIN_KINDS) or is_qt_internal(widget, combo_views):
            continue
        checked += 1
        if not widget.objectName() or not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked >= 15  # search, 4 filters, catalog, weeks, session fields, items, ...
    assert unnamed == []


def tab_stops(qtbot: QtBot, window: MainWindow, start: QWidget, limit: int = 60) -> list[str]:
    """Object names of the widgets real Tab presses visit from `start` until back at it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    names: list[str] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        assert widget is not None
        names.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            return names
    raise AssertionError(f"Tab never came back to the start: {names}")


def test_tab_goes_catalog_then_plan_then_findings_after_the_week_changes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A screen with room for the check-ins beside the plan (on a laptop's they are a tab:
    # test_tab_on_a_laptop_goes_from_the_plan_to_the_findings_tabs below).
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1080))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.select_week(1)  # the day view rebuilds its cards
    day_view = window.editor.day_view

    def cards() -> list[QAbstractButton]:
        """The day view's buttons, left to right, once Qt has shown the rebuilt ones."""
        buttons = [b for b in day_view.findChildren(QAbstractButton) if b.isVisible()]
        return sorted(buttons, key=lambda b: b.mapTo(day_view, QPoint(0, 0)).x())

    qtbot.waitUntil(lambda: len(cards()) == 7)  # new buttons are shown by a queued call
    stops = tab_stops(qtbot, window, window.catalog_panel.search)
    day_cards = [button.objectName() for button in cards()]
    expected_order = [
        "catalogSearch",
        "categoryFilter",
        "patternFilter",
        "equipmentFilter",
        "muscleFilter",
        "catalogView",
        "exerciseDetail",
        "planDetailsButton",
        "weekList",
        "weekNotes",
        "weekDeload",
        *day_cards,
        "sessionName",
        "sessionDay",
        "sessionDuration",
        "sessionRpe",
        "sessionNotes",
        "itemTable",
        "findingsView",
        "loadChartView",
        "checkinsView",
        "checkinAddButton",  # Edit…, Remove and Adjust plan… wait for a chosen check-in
    ]
    assert len(day_cards) == 7, stops  # a session card or a + button on each day
    assert stops == expected_order


def test_tab_on_a_laptop_goes_from_the_plan_to_the_findings_tabs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1024×700 the check-ins are a tab beside Findings: Tab reaches the tab bar right
    after the plan, then the pane shown in the tabs, then the chart."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 700))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.checkins_place.place() == "tab")
    stops = tab_stops(qtbot, window, window.catalog_panel.search)
    after_plan = stops[stops.index("itemTable") + 1 :]
    assert after_plan == ["findingsTabBar", "findingsView", "loadChartView"], stops
    # With the Check-ins tab chosen, Tab goes through the check-ins instead of the findings.
    window.checkins_place.bring_forward(window.checkins_panel)
    stops = tab_stops(qtbot, window, window.catalog_panel.search)
    after_plan = stops[stops.index("itemTable") + 1 :]
    assert after_plan == ["findingsTabBar", "checkinsView", "checkinAddButton", "loadChartView"]
