"""Regressions from the second pass of using the window (under Xvfb, keyboard, dark palette,
screen readers). Each test fails on the code as it was before the fix it guards."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QPalette,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtPdfWidgets import QPdfView
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
    QMessageBox,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner_gui.export.handout import write_handout
from planner_gui.ui import app as app_module
from planner_gui.ui.catalog_model import EXERCISE_MIME
from planner_gui.ui.export_actions import MAX_ZOOM, ZOOM_STEP, PdfPreviewDialog
from planner_gui.ui.load_chart import MAX_WEEK_LABELS, LoadChart
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.plan_editor import PlanEditor
from planner_gui.ui.plan_model import COL_PER_SIDE, ItemPath, PlanModel
from planner_gui.ui.style import BraceStyle
from tests.ui.editor_fixtures import small_catalog, small_program
from tests.ui.shell_fixtures import small_catalog as shell_catalog
from tests.ui.shell_fixtures import small_program as shell_program


def make_editor(qtbot: QtBot) -> tuple[PlanEditor, PlanModel]:
    model = PlanModel(small_program(), small_catalog())
    editor = PlanEditor(model, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, model


def drop_exercise(editor: PlanEditor, exercise_id: str, target: ItemPath | str) -> None:
    """A real drop event on the item table's viewport, on a block section or an item row."""
    table, model = editor.item_table, editor._model
    if isinstance(target, ItemPath):
        index = model.item_index(target)
    else:
        week, session = editor.current_week(), editor.current_session()
        index = model.block_index(week, session, target)  # type: ignore[arg-type]
    mime = QMimeData()
    mime.setData(EXERCISE_MIME, QByteArray(exercise_id.encode("utf-8")))
    point = table.visualRect(index).center()
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only to a widget the drag entered and moved over, as a real drag does.
    # PySide marks the QPoint constructors of these two events deprecated; Qt has no other.
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):
        enter = QDragEnterEvent(point, copy, mime, left, none)
        move = QDragMoveEvent(point, copy, mime, left, none)
    for event in (enter, move):
        QApplication.sendEvent(table.viewport(), event)
        assert event.isAccepted()
    QApplication.sendEvent(table.viewport(), QDropEvent(QPointF(point), copy, mime, left, none))


def test_drop_from_catalog_selects_the_new_row_and_scrolls_to_it(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    # Room for the header and about two rows: the new warm-up row lands out of sight.
    table.setFixedHeight(table.header().height() + 2 * table.sizeHintForRow(0) + 6)
    qtbot.waitUntil(lambda: table.viewport().height() < 3 * table.sizeHintForRow(0))
    table.scrollToTop()
    before = len(model.items_in_block(0, 0, "warmup"))
    drop_exercise(editor, "glute-bridge", "warmup")
    warmup = model.items_in_block(0, 0, "warmup")
    assert [item.exercise for item in warmup][-1] == "glute-bridge"
    added = ItemPath(0, 0, "warmup", before)
    assert editor.current_item() == added
    assert table.selectionModel().isRowSelected(added.row, model.block_index(0, 0, "warmup"))
    rect = table.visualRect(model.item_index(added))
    assert table.viewport().rect().contains(rect.center())


def test_drop_onto_an_item_row_selects_the_inserted_row(qtbot: QtBot) -> None:
    editor, model = make_editor(qtbot)
    editor.select_item(ItemPath(0, 0, "core", 0))
    drop_exercise(editor, "side-plank", ItemPath(0, 0, "main", 1))
    names = [item.exercise for item in model.items_in_block(0, 0, "main")]
    row = names.index("side-plank")
    assert editor.current_item() == ItemPath(0, 0, "main", row)


# Dark palette: unticked check boxes ---------------------------------------------------------


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 = the same, 21 = black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def best_edge_contrast(image: QImage, rect: QRect, ground: QColor) -> float:
    """The strongest contrast against `ground` of any pixel inside `rect` of `image`."""
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            best = max(best, contrast(image.pixelColor(x, y), ground))
    return best


@pytest.fixture
def dark_style(qapp: QApplication) -> Iterator[QStyle]:
    """BraceStyle (what the app installs) and the app's dark palette, restored afterwards."""
    old = QPalette(qapp.palette())
    qapp.setPalette(app_module.dark_palette())
    style = BraceStyle("Fusion")
    yield style
    qapp.setPalette(old)


def test_unticked_check_box_has_a_visible_edge_on_the_dark_palette(
    qtbot: QtBot, dark_style: QStyle
) -> None:
    box = QCheckBox("Deload week")
    box.setStyle(dark_style)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = dark_style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ground = box.palette().color(QPalette.ColorRole.Base)
    # WCAG asks 3:1 for the parts of a control needed to see it.
    assert best_edge_contrast(image, indicator, ground) >= 3.0


def test_unticked_per_side_cell_has_a_visible_box_on_the_dark_palette(
    qtbot: QtBot, dark_style: QStyle
) -> None:
    editor, model = make_editor(qtbot)
    table = editor.item_table
    table.setStyle(dark_style)
    # The deadlift row is not per side: its box is unticked.
    index = model.item_index(ItemPath(0, 0, "main", 0), COL_PER_SIDE)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    table.selectionModel().clear()
    table.setCurrentIndex(model.item_index(ItemPath(0, 0, "core", 0)))
    cell = table.visualRect(index)
    image = table.viewport().grab().toImage()
    ground = image.pixelColor(cell.left() + 1, cell.center().y())
    assert best_edge_contrast(image, cell.adjusted(1, 1, -1, -1), ground) >= 3.0


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


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The whole window; closing it at teardown discards edits instead of asking."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *args: discard)
    window = MainWindow(program=small_program(), catalog=shell_catalog())
    qtbot.addWidget(window)
    return window


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


# Print preview: zoom -------------------------------------------------------------------------


@pytest.fixture
def preview(qtbot: QtBot, tmp_path: Path) -> PdfPreviewDialog:
    pdf = tmp_path / "handout.pdf"
    write_handout(shell_program(), shell_catalog(), pdf)
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    dialog.resize(700, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wheel(widget: QWidget, delta: int, modifiers: Qt.KeyboardModifier) -> QWheelEvent:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_print_preview_zooms_in_and_out_and_fits_again(
    qtbot: QtBot, preview: PdfPreviewDialog
) -> None:
    view = preview.view
    assert preview.document.pageCount() >= 1
    assert preview.zoom_label.text() == "Fit width"
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    fit = preview.current_zoom()
    assert view.horizontalScrollBar().maximum() == 0  # the page fits the width
    # Both ways open from a fitted page (the buttons were judged before the first layout).
    assert preview.zoom_out_action.isEnabled()
    assert preview.zoom_in_action.isEnabled()
    preview.zoom_in_action.trigger()
    assert view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fit * ZOOM_STEP)
    assert preview.zoom_label.text() == f"{round(fit * ZOOM_STEP * 100)} %"
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)  # wider than the view
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert view.zoomFactor() == pytest.approx(fit / ZOOM_STEP)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.fit_page_action.trigger()
    assert preview.zoom_label.text() == "Whole page"
    assert preview.current_zoom() < fit


def test_print_preview_zooms_with_ctrl_wheel_and_keeps_bounds(
    qtbot: QtBot, preview: PdfPreviewDialog
) -> None:
    view = preview.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    fit = preview.current_zoom()
    assert wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier).isAccepted()
    assert view.zoomFactor() == pytest.approx(fit * ZOOM_STEP)
    wheel(view.viewport(), -120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() == pytest.approx(fit)
    for _ in range(30):
        preview.zoom_in_action.trigger()
    assert view.zoomFactor() == pytest.approx(MAX_ZOOM)
    assert not preview.zoom_in_action.isEnabled()
    # A plain wheel still scrolls the pages and leaves the zoom alone.
    wheel(view.viewport(), -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoomFactor() == pytest.approx(MAX_ZOOM)


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


def test_load_chart_describes_itself_for_screen_readers(window: MainWindow) -> None:
    view = window.load_chart.view
    description = view.accessibleDescription()
    assert description.startswith("3 weeks; highest weekly load ")
    assert "no deload weeks" in description
    window.editor.select_week(2)
    window.editor.toggle_deload()
    assert "deload weeks 3" in view.accessibleDescription()


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
    qtbot: QtBot, window: MainWindow
) -> None:
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
        "weekDeload",
        *day_cards,
        "sessionName",
        "sessionDay",
        "sessionDuration",
        "sessionRpe",
        "itemTable",
        "findingsView",
        "loadChartView",
    ]
    assert len(day_cards) == 7, stops  # a session card or a + button on each day
    assert stops == expected_order


# Load chart: a year-long plan keeps readable week numbers ------------------------------------


def test_load_chart_numbers_some_weeks_of_a_long_plan_instead_of_eliding_all(
    qtbot: QtBot,
) -> None:
    program = small_program(weeks=52)
    chart = LoadChart(PlanModel(program, small_catalog()))
    qtbot.addWidget(chart)
    assert chart.week_count() == 52
    labels = chart.week_labels()
    assert labels[0] == "1"
    assert 4 <= len(labels) <= MAX_WEEK_LABELS
    steps = {int(b) - int(a) for a, b in itertools.pairwise(labels)}
    assert len(steps) == 1  # evenly spaced
    # Each label has room for its digits at the chart's smallest size.
    chart.resize(chart.view.minimumSize())
    chart.show()
    qtbot.waitExposed(chart)
    plot = chart.chart.plotArea().width()
    digits = chart.view.fontMetrics().horizontalAdvance("52")
    assert plot / len(labels) > digits + 4


def test_load_chart_numbers_every_week_of_a_short_plan(qtbot: QtBot) -> None:
    chart = LoadChart(PlanModel(small_program(weeks=8), small_catalog()))
    qtbot.addWidget(chart)
    assert chart.week_labels() == [str(week) for week in range(1, 9)]
