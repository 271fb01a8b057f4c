"""A plan whose every text field looks like markup, opened in the whole window: no label, tool
tip, model tool tip or message box takes it for markup, and hovering shows it as typed.

Before this, a session name `<img src="/dev/zero">` killed the window when its card was
hovered (Qt read /dev/zero as the image), and `<img src=PATH>` read any file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner_gui.domain.export_gate import export_gate
from planner_gui.ui.dialogs.copy_week import CopyWeekForwardDialog
from planner_gui.ui.dialogs.plan_details import PlanDetailsDialog
from planner_gui.ui.export.actions import ExportActions, blocked_message
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import COL_EXERCISE, COL_NOTE, ItemPath, PlanModel
from planner_gui.ui.plain import tool_tip
from tests.support.catalogs import window_catalog
from tests.support.hostile_text import (
    ALL,
    IMAGE,
    LINK,
    hostile_plan,
    label_markup,
    qt_markup,
    shown_text,
)
from tests.support.plans import window_program

#: A file name can hold markup too (no slash, so no path in it).
FILE_NAME = "<img src=zero> <a href=x>plan.brace.json"
CUSTOM_NOTE = ItemPath(0, 0, "main", 0)
UNKNOWN_EXERCISE = ItemPath(0, 0, "main", 2)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MainWindow]:
    """The window, shown, with the hostile plan opened from a hostile file name."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *args: discard)
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps(hostile_plan()), encoding="utf-8")
    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.document.load(path)
    shown.editor.select_week(0)
    shown.editor.select_session(0)
    yield shown
    QToolTip.hideText()


def _indexes(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    # Columns until the first invalid index: a list model's columnCount is not callable here.
    for row in range(model.rowCount(parent)):
        column = 0
        while (index := model.index(row, column, parent)).isValid():
            yield index
            if column == 0:
                yield from _indexes(model, index)
            column += 1


def _models(window: MainWindow) -> list[QAbstractItemModel]:
    found: list[QAbstractItemModel] = list(window.findChildren(QAbstractItemModel))
    found += [view.model() for view in window.findChildren(QAbstractItemView) if view.model()]
    unique: dict[int, QAbstractItemModel] = {id(model): model for model in found}
    return list(unique.values())


def _open_everything(window: MainWindow) -> None:
    """Every dialog that shows plan text, as children of the window, and the recent menu."""
    program = window.model.program()
    window.show_preferences()
    CopyWeekForwardDialog(window.model, 0, window)
    PlanDetailsDialog(program, window)
    gate = export_gate(program, window.model.catalog())
    assert not gate.allowed  # the unknown exercise is an error
    blocked_message(gate, "Cannot export handout", window)
    assert window.recent_actions()
    finding = next(f for f in window.findings_panel.findings() if f.session == ALL)
    assert window.findings_panel.select_finding(finding)


def test_no_widget_label_tooltip_or_model_tooltip_reads_plan_text_as_markup(
    window: MainWindow,
) -> None:
    _open_everything(window)
    problems: list[str] = []
    for label in window.findChildren(QLabel):
        problems += [f"label {label.objectName()!r}: {m}" for m in label_markup(label)]
    for widget in window.findChildren(QWidget):
        problems += [f"tip of {widget.objectName()!r}: {m}" for m in qt_markup(widget.toolTip())]
    for action in window.findChildren(QAction):
        problems += [f"tip of action {action.text()!r}: {m}" for m in qt_markup(action.toolTip())]
    literal_tips = 0
    for model in _models(window):
        for index in _indexes(model, QModelIndex()):
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if not isinstance(tip, str):
                continue
            where = f"{type(model).__name__} ({index.row()}, {index.column()})"
            found = qt_markup(tip)
            problems += [f"{where}: {m}" for m in found]
            if not found and IMAGE in shown_text(tip):
                literal_tips += 1
    assert problems == []
    # Plan text did reach tool tips, shown as typed: the plan's rows, the findings naming the
    # session, the custom exercise in the catalog.
    assert literal_tips >= 6


def test_labels_show_plan_text_as_typed(window: MainWindow) -> None:
    _open_everything(window)
    heading = window.editor.plan_heading
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert heading.text().startswith(f"{ALL} · for {ALL} · starts")
    detail = window.findings_panel.detail
    assert label_markup(detail) == []
    assert f"{ALL} · Main lifts" in shown_text(detail.text())
    box = window.findChild(QMessageBox, "exportBlocked")
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    assert LINK in box.informativeText()
    recent = window.recent_actions()[0]
    # A long path is broken at its spaces, like any long tool tip line.
    assert shown_text(recent.toolTip()).replace("\n", " ").endswith(FILE_NAME)


def _hover(widget: QWidget, pos: QPoint) -> str:
    """Send the tool-tip event a hover sends; the tip shown (painted once), or ""."""
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    if not QToolTip.isVisible():
        return ""
    for top in QApplication.topLevelWidgets():
        if top.objectName() == "qtooltip_label" and top.isVisible():
            top.grab()  # lay out and paint it, as the screen would
    return QToolTip.text()


# A tool tip raises its window, which the headless platform does not support (and says so).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_a_day_card_and_a_note_cell_shows_the_text_as_typed(
    window: MainWindow, qtbot: QtBot
) -> None:
    card = window.editor.day_view.session_buttons[0]
    # Checked before hovering: were it markup, the hover would read /dev/zero.
    assert qt_markup(card.toolTip()) == []
    tip = _hover(card, card.rect().center())
    assert tip == card.toolTip()
    # The card's tip ends with the session's time estimate; a long tip wraps at a space.
    assert shown_text(tip).replace("\n", " ") == f"{ALL}: 60 min · RPE 6 · ≈ 5 min estimated"

    table = window.editor.item_table
    for path, column, text in (
        (CUSTOM_NOTE, COL_NOTE, ALL),
        (CUSTOM_NOTE, COL_EXERCISE, f"{IMAGE} (custom-lift)"),
        (UNKNOWN_EXERCISE, COL_EXERCISE, f"{LINK} ({LINK})"),
    ):
        index = window.model.item_index(path, column)
        assert qt_markup(index.data(Qt.ItemDataRole.ToolTipRole)) == []
        table.scrollTo(index)
        tip = _hover(table.viewport(), table.visualRect(index).center())
        assert tip == tool_tip(text)
        assert shown_text(tip) == text
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert window.isVisible()


def test_a_failed_export_names_a_hostile_path_as_typed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ExportActions(PlanModel(window_program(), window_catalog(), parent), parent)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    missing = tmp_path / "<img src=zero>" / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    assert actions.export_pdf() is None  # refused before it starts: the folder is missing
    actions.cleanup()
    assert qt_markup(errors[0]) == []
    assert shown_text(errors[0]).startswith(f"{missing}: the folder ")
