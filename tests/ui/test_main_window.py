"""The whole window: wiring, menus and shortcuts, title, close prompt, recent files, recovery."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.findings import Finding
from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.models import Program
from planner_gui.domain.print_part import PrintPart
from planner_gui.resources import SAMPLE_PLAN, template_paths
from planner_gui.ui import app as app_module
from planner_gui.ui.document import recent_files
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import ItemPath, PlanModel
from tests.support.catalogs import window_catalog
from tests.support.documents import crash
from tests.support.plans import window_program

Button = QMessageBox.StandardButton


class Answers:
    """Patched message boxes (QMessageBox.exec, and the static critical the export uses) and
    QFileDialog; never a real dialog."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.question = Button.Discard
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.save_name = ""
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QMessageBox, "critical", self._critical)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (self.save_name, ""))

    def _exec(self, box: QMessageBox) -> Button:
        if box.icon() == QMessageBox.Icon.Critical:
            self.errors.append(box.text())
            return Button.Ok
        self.questions.append(box.text())
        return self.question

    def _critical(self, _parent: Any, _title: str, text: str, *args: Any) -> Button:
        self.errors.append(text)
        return Button.Ok


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def make_window(qtbot: QtBot, answers: Answers) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("program", window_program())
        kwargs.setdefault("catalog", window_catalog())
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    answers.question = Button.Discard  # teardown closes windows without asking anyone
    for window in windows:
        window.exports.cleanup()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def test_main_parts_are_named_and_in_place(window: MainWindow) -> None:
    assert window.objectName() == "mainWindow"
    for name in (
        "catalogPanel",
        "planEditor",
        "findingsPanel",
        "loadChart",
        "mainSplitter",
        "centreSplitter",
        "bottomSplitter",
        "planSummary",
    ):
        widget = window.findChild(object, name)
        assert widget is not None, name
    for widget in (
        window.catalog_panel,
        window.editor,
        window.findings_panel,
        window.load_chart,
        window.summary_label,
    ):
        assert widget.accessibleName()
        assert widget.isVisible()
    assert window.main_splitter.widget(0) is window.catalog_panel


def test_menus_use_standard_shortcuts(window: MainWindow) -> None:
    keys = QKeySequence.StandardKey
    assert window.new_blank_action.shortcut() == QKeySequence(keys.New)
    assert window.open_action.shortcut() == QKeySequence(keys.Open)
    assert window.save_action.shortcut() == QKeySequence(keys.Save)
    assert window.save_as_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.print_action.shortcut() == QKeySequence(keys.Print)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    redo = window.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in redo
    assert QKeySequence("Ctrl+Y") in redo
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Plan", "&View", "&Help"]
    plan_menu = window.menuBar().actions()[2].menu()
    assert plan_menu is not None
    plan_actions = [a for a in plan_menu.actions() if not a.isSeparator()]
    editor_actions = [a for a in window.editor.actions_for_menu if not a.isSeparator()]
    assert plan_actions == [*editor_actions, window.action("new_exercise")]
    assert len(window.template_actions) == len(template_paths()) >= 3


def test_title_shows_file_name_and_modified_mark(window: MainWindow, tmp_path: Path) -> None:
    assert window.windowTitle() == "Untitled[*] — Brace Planner"
    path = tmp_path / "lower-back.brace.json"
    save_plan(window_program(), path)
    assert window.document.load(path)
    assert window.windowTitle() == "lower-back.brace.json[*] — Brace Planner"
    assert not window.isWindowModified()
    window.editor.select_item(ItemPath(0, 0, "main", 0))
    window.editor.add_exercise("goblet-squat")
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Add Goblet squat to Lower A" or (
        "Goblet squat" in window.undo_action.text()
    )
    window.undo_action.trigger()
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.isWindowModified()


def test_double_click_in_catalog_adds_to_the_selected_block(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = window.model.program().model_dump()
    # The core heading chosen: the glute exercise goes there (a selected row of another
    # block would send it to its own block instead, see test_plan_editor.py).
    window.editor.item_table.setCurrentIndex(window.model.block_index(0, 0, "core"))
    panel = window.catalog_panel
    panel.search.setText("glute bridge")
    index = panel.proxy.index(0, 0)
    center = panel.view.visualRect(index).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    core = window.model.program().weeks[0].sessions[0].block("core")
    assert core is not None
    assert [item.exercise for item in core.items] == ["bird-dog", "glute-bridge"]
    added = core.items[1]
    assert (added.sets, added.reps) == (3, 8)  # the catalog's default dose
    window.undo_stack.undo()
    assert window.model.program().model_dump() == before


def test_finding_activation_selects_its_row(make_window: Callable[..., MainWindow]) -> None:
    program = window_program()
    program.weeks[1].sessions[1].blocks[1].items[0].exercise = "no-such-exercise"
    window = make_window(program=program)
    found = [f for f in window.findings_panel.findings() if f.code == "DA502"]
    assert found, window.findings_panel.findings()
    window.findings_panel.finding_activated.emit(found[0])
    assert window.editor.current_item() == ItemPath(1, 1, "main", 0)
    other = Finding(
        "XX999", "info", "elsewhere", week=1, session_index=0, block="core", item_index=0
    )
    window.findings_panel.finding_activated.emit(other)
    assert window.editor.current_item() == ItemPath(0, 0, "core", 0)


def test_close_with_unsaved_changes_cancel_keeps_the_window(
    window: MainWindow, answers: Answers
) -> None:
    window.editor.select_item(ItemPath(0, 0, "main", 0))
    window.editor.add_exercise("goblet-squat")
    answers.question = Button.Cancel
    assert not window.close()
    assert window.isVisible()
    assert len(answers.questions) == 1


def test_close_with_unsaved_changes_save_writes_the_file(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    window.editor.select_item(ItemPath(0, 0, "main", 0))
    window.editor.add_exercise("goblet-squat")
    answers.question = Button.Save
    answers.save_name = str(tmp_path / "closing.brace.json")
    expected = window.model.program()
    assert window.close()
    assert load_plan(tmp_path / "closing.brace.json").model_dump() == expected.model_dump()


def test_close_with_discard_leaves_no_autosave(window: MainWindow, answers: Answers) -> None:
    window.editor.select_item(ItemPath(0, 0, "main", 0))
    window.editor.add_exercise("goblet-squat")
    assert window.document.autosave_now() is not None
    answers.question = Button.Discard
    assert window.close()
    assert not window.document.has_autosave()


def test_new_from_template_menu_opens_an_untitled_copy(window: MainWindow) -> None:
    window.template_actions[0].trigger()
    template = load_plan(template_paths()[0])
    assert window.model.program().title == template.title
    assert window.document.path() is None
    assert window.windowTitle().startswith("Untitled")


def test_open_recent_lists_files_and_opens_them(window: MainWindow, tmp_path: Path) -> None:
    for name in ("first", "second"):
        path = tmp_path / f"{name}.brace.json"
        save_plan(window_program(name.title()), path)
        window.document.load(path)
    entries = window.recent_actions()
    assert [action.text() for action in entries] == [
        "&1  second.brace.json",
        "&2  first.brace.json",
    ]
    entries[1].trigger()
    assert window.model.program().title == "First"
    (tmp_path / "second.brace.json").unlink()
    assert [action.text() for action in window.recent_actions()] == ["&1  first.brace.json"]


def test_preferences_through_the_window_apply_first_day_and_undoable_units(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_days: list[str] = []
    monkeypatch.setattr(window.editor, "set_first_day", first_days.append)
    dialog = window.show_preferences()
    assert dialog.isVisible()
    dialog.first_day.setCurrentIndex(dialog.first_day.findData("sun"))
    dialog.units.setCurrentIndex(dialog.units.findData("lb"))
    dialog.accept()
    assert window.model.program().units == "lb"
    assert "lb" in window.summary_label.text()
    assert first_days == ["sun"]
    assert window.undo_action.text().endswith("Change units to lb")
    window.undo_action.trigger()
    assert window.model.program().units == "kg"


def test_window_geometry_and_splitters_are_kept_between_runs(
    make_window: Callable[..., MainWindow],
) -> None:
    first = make_window()
    # Inside the offscreen screen, which restoreGeometry respects, and no lower than the
    # window can be (its panes' minimum heights depend on the fonts installed).
    height = max(560, first.minimumSizeHint().height())
    first.resize(760, height)
    first.centre_splitter.setSizes([300, 200])
    sizes = first.centre_splitter.sizes()
    size = first.size()
    assert first.close()
    second = make_window()
    # The offscreen screen is 800 px wide, so only the height survives unclamped.
    assert second.size().height() == size.height() == height
    assert second.centre_splitter.sizes() == sizes


def test_open_window_offers_recovery_before_opening_the_argument(
    qtbot: QtBot, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed = MainWindow(program=window_program(), catalog=window_catalog())
    qtbot.addWidget(crashed)
    crashed.editor.select_item(ItemPath(0, 0, "main", 0))
    crashed.editor.add_exercise("goblet-squat")
    unsaved = crashed.model.program()
    crashed.document.autosave_now()
    crash(crashed.document)

    monkeypatch.setattr(
        app_module,
        "MainWindow",
        lambda: MainWindow(program=window_program(), catalog=window_catalog()),
    )
    answers.question = Button.Yes
    argument = tmp_path / "argument.brace.json"
    save_plan(window_program("Argument"), argument)
    restored, opened = app_module.open_windows(argument)
    for window in (restored, opened):
        qtbot.addWidget(window)
    assert restored.model.program().model_dump() == unsaved.model_dump()
    assert restored.isWindowModified()
    assert opened.model.program().title == "Argument"  # the argument gets a window of its own

    crash(restored.document)
    answers.question = Button.No
    declined = app_module.open_window(argument)
    qtbot.addWidget(declined)
    assert declined.model.program().title == "Argument"
    assert len(answers.questions) == 2


def test_open_window_with_a_bad_file_shows_the_reason_and_a_blank_plan(
    qtbot: QtBot, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        app_module,
        "MainWindow",
        lambda: MainWindow(program=window_program(), catalog=window_catalog()),
    )
    bad = tmp_path / "bad.brace.json"
    bad.write_text("{not json", encoding="utf-8")
    window = app_module.open_window(bad)
    qtbot.addWidget(window)
    assert len(answers.errors) == 1
    assert answers.errors[0].startswith(f"{bad}: line 1, column 2: not valid JSON")
    assert window.document.path() is None


def test_open_window_starts_with_the_plan_as_loading_it_into_a_blank_window_would(
    qtbot: QtBot, answers: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read ahead (no autosave waiting), the window is built with the plan: it ends where a
    blank window that then loads the file ends, with no model reset in between."""
    plan = tmp_path / "mine.brace.json"
    plan.write_bytes(SAMPLE_PLAN.read_bytes())
    resets: list[object] = []
    real_set_program = PlanModel.set_program

    def set_program(model: PlanModel, program: Program) -> None:
        resets.append(program)
        real_set_program(model, program)

    monkeypatch.setattr(PlanModel, "set_program", set_program)
    started = app_module.open_window(plan)
    qtbot.addWidget(started)
    monkeypatch.setattr(PlanModel, "set_program", real_set_program)
    loaded = MainWindow()
    qtbot.addWidget(loaded)
    loaded.show()
    assert loaded.document.load(plan)
    assert started.model.program() is not loaded.model.program()
    assert started.model.program().model_dump() == loaded.model.program().model_dump()
    assert started.document.path() == loaded.document.path() == plan.resolve()
    assert started.windowTitle() == loaded.windowTitle()
    assert not started.isWindowModified() and started.undo_stack.count() == 0
    assert started.summary_label.text() == loaded.summary_label.text()
    assert started.statusBar().currentMessage() == f"Opened {plan.name}"
    assert started.editor.current_week() == loaded.editor.current_week() == 0
    assert started.editor.current_session() == loaded.editor.current_session() == 0
    assert started.findings_panel.findings() == loaded.findings_panel.findings()
    assert [p.resolve() for p in recent_files()][:1] == [plan.resolve()]
    assert resets == [] and answers.errors == []


def test_find_shortcut_focuses_the_catalog_search(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(
        lambda: (
            window.catalog_panel.search.hasFocus()
            or window.focusWidget() is window.catalog_panel.search
        )
    )
    assert window.catalog_panel.isVisible()


def test_catalog_drag_data_drops_onto_a_plan_block(window: MainWindow) -> None:
    """The catalog's drag payload is what the plan model accepts: a drop adds, undoably."""
    panel = window.catalog_panel
    source = panel.model.index(panel.model.row_of("half-kneeling-hip-flexor-stretch") or 0, 0)
    mime = panel.model.mimeData([source])
    block = window.model.block_index(0, 1, "mobility")
    assert window.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, block)
    assert window.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, block)
    mobility = window.model.program().weeks[0].sessions[1].block("mobility")
    assert mobility is not None
    assert [item.exercise for item in mobility.items] == ["half-kneeling-hip-flexor-stretch"]
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.model.program().weeks[0].sessions[1].block("mobility") is None


def test_tab_moves_from_search_through_filters_to_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.catalog_panel
    panel.search.setFocus()
    order = [panel.search]
    widget = panel.search
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert [w.objectName() for w in order] == [
        "catalogSearch",
        "categoryFilter",
        "patternFilter",
        "equipmentFilter",
        "muscleFilter",
        "catalogView",
    ]


def test_print_week_and_session_name_the_selection(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Print week… and Print session… (and the context menus of the week list and the
    session cards) print the week and session selected in the editor."""
    asked: list[PrintPart] = []
    monkeypatch.setattr(window.exports, "print_part", asked.append)
    window.editor.select_week(1)
    window.editor.select_session(1)
    file_menu = window.findChild(QMenu, "fileMenu")
    assert file_menu is not None
    texts = [action.text() for action in file_menu.actions()]
    assert texts.index("Print wee&k…") == texts.index("&Print…") + 1
    window.action("print_week").trigger()
    window.action("print_session").trigger()
    assert asked == [PrintPart(1), PrintPart(1, 1)]
    assert window.editor.week_actions == [window.action("print_week")]
    window.editor.select_session(0)
    menu = window.editor.day_view.card_menu(1)
    assert menu is not None
    assert window.editor.current_session() == 1
    assert menu.actions() == [window.action("print_session")]
    menu.actions()[0].trigger()
    assert asked[-1] == PrintPart(1, 1)


def test_an_unsaved_plan_s_handout_is_named_from_its_title(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every unsaved plan's handout was offered as "handout.pdf", one athlete's over the
    last one's; it is named as Save As names the plan."""
    asked: list[str] = []

    def ask(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(start).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window = make_window(program=window_program("Sam: back-friendly strength, 8 weeks"))
    window.export_action.trigger()
    assert asked == ["sam-back-friendly-strength-8-weeks.pdf"]
