"""Recovery at start (ui/app.py open_windows): every orphaned autosave offered, each restored
plan in a window of its own, and the plan named on the command line opened as well."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import save_plan
from planner_gui.ui import app as app_module
from planner_gui.ui.main_window import MainWindow
from tests.support.catalogs import window_catalog
from tests.support.documents import Dialogs, Setup, crash
from tests.support.plans import window_program

Button = QMessageBox.StandardButton


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def windows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> Iterator[list[MainWindow]]:
    """Every window the app opens, on the window catalog; closed without asking at the end
    (qtbot closes them before this fixture's teardown runs)."""
    made: list[MainWindow] = []
    dialogs.otherwise = Button.Discard

    def make() -> MainWindow:
        window = MainWindow(program=window_program(), catalog=window_catalog())
        qtbot.addWidget(window)
        made.append(window)
        return window

    monkeypatch.setattr(app_module, "MainWindow", make)
    yield made
    for window in made:
        window.exports.cleanup()


def left_behind(qtbot: QtBot, title: str, path: Path | None = None) -> None:
    window = Setup(qtbot)
    if path is not None:
        save_plan(window_program("On disk"), path)
        assert window.document.load(path)
    window.edit(title)
    window.document.autosave_now()
    crash(window.document)


def titles(windows: list[MainWindow]) -> list[str]:
    return [window.model.program().title for window in windows]


def test_each_restored_plan_gets_a_window_and_the_argument_one_more(
    qtbot: QtBot, dialogs: Dialogs, windows: list[MainWindow], tmp_path: Path
) -> None:
    left_behind(qtbot, "One")
    left_behind(qtbot, "Two", tmp_path / "two.brace.json")
    argument = tmp_path / "argument.brace.json"
    save_plan(window_program("Argument"), argument)
    dialogs.answers.extend([Button.Yes, Button.Yes])
    opened = app_module.open_windows(argument)
    assert opened == windows
    assert titles(opened) == ["One", "Two", "Argument"]
    assert [w.isWindowModified() for w in opened] == [True, True, False]
    assert all(window.isVisible() for window in opened)
    assert len({(w.x(), w.y()) for w in opened}) == 3  # cascaded, none hides another


def test_a_restored_plan_that_is_the_argument_is_not_opened_twice(
    qtbot: QtBot, dialogs: Dialogs, windows: list[MainWindow], tmp_path: Path
) -> None:
    argument = tmp_path / "argument.brace.json"
    left_behind(qtbot, "Unsaved work on the argument", argument)
    dialogs.answers.append(Button.Yes)
    opened = app_module.open_windows(argument)
    assert titles(opened) == ["Unsaved work on the argument"]
    assert opened[0].document.path() == argument.resolve()


def test_declining_everything_opens_the_argument_in_the_first_window(
    qtbot: QtBot, dialogs: Dialogs, windows: list[MainWindow], tmp_path: Path
) -> None:
    left_behind(qtbot, "One")
    left_behind(qtbot, "Two")
    argument = tmp_path / "argument.brace.json"
    save_plan(window_program("Argument"), argument)
    dialogs.answers.extend([Button.No, Button.No])
    assert titles(app_module.open_windows(argument)) == ["Argument"]
    assert len(dialogs.questions) == 2


def test_a_bad_argument_beside_a_restored_plan_leaves_no_empty_window(
    qtbot: QtBot, dialogs: Dialogs, windows: list[MainWindow], tmp_path: Path
) -> None:
    left_behind(qtbot, "Restored")
    bad = tmp_path / "bad.brace.json"
    bad.write_text("not a plan", encoding="utf-8")
    dialogs.answers.append(Button.Yes)
    opened = app_module.open_windows(bad)
    assert titles(opened) == ["Restored"]
    assert len(windows) == 2 and not windows[1].isVisible()
    (error,) = dialogs.errors
    assert error.startswith(f"{bad}: ")


def test_open_window_keeps_the_further_windows_alive(
    qtbot: QtBot,
    dialogs: Dialogs,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept: list[MainWindow] = []
    monkeypatch.setattr(app_module, "_more_windows", kept)
    left_behind(qtbot, "One")
    left_behind(qtbot, "Two")
    dialogs.answers.extend([Button.Yes, Button.Yes])
    first = app_module.open_window(None)
    assert first is windows[0]
    assert kept == windows[1:] and titles(kept) == ["Two"]
