"""Saving safely: a file another program (or window) changed since it was opened or saved is
not overwritten without asking, a plan that would not load again is never written, and every
message shows file names and plan text as plain text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.models import Item
from planner_gui.ui.document import OVERWRITE, SAVE_ELSEWHERE
from tests.support.documents import Dialogs, ReplaceProgram, Setup
from tests.support.plans import window_program

Button = QMessageBox.StandardButton
OTHER_PROGRAM = b'{"format": "brace-plan", "version": 1, "title": "theirs"}\n'


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def setup(qtbot: QtBot) -> Setup:
    return Setup(qtbot)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.brace.json"
    save_plan(window_program("On disk"), path)
    return path


def opened(setup: Setup, plan: Path) -> Setup:
    assert setup.document.load(plan)
    return setup


def test_save_of_an_unchanged_file_asks_nothing(setup: Setup, dialogs: Dialogs, plan: Path) -> None:
    opened(setup, plan)
    edited = setup.edit("Mine")
    assert setup.document.save()
    assert dialogs.boxes == []
    assert load_plan(plan) == edited
    setup.edit("Mine again")  # its own save is not an outside change
    assert setup.document.save()
    assert dialogs.boxes == []


def test_save_after_an_outside_change_asks_and_cancel_keeps_their_bytes(
    setup: Setup, dialogs: Dialogs, plan: Path
) -> None:
    opened(setup, plan)
    setup.edit("Mine")
    plan.write_bytes(OTHER_PROGRAM)
    dialogs.answers.append(Button.Cancel)
    assert not setup.document.save()
    assert plan.read_bytes() == OTHER_PROGRAM
    assert setup.document.is_modified()
    (box,) = dialogs.boxes
    assert box.title == "File changed on disk"
    assert "plan.brace.json was changed by another program" in box.text
    assert str(plan.resolve()) in box.text
    assert box.buttons == {
        OVERWRITE: "&Overwrite",
        SAVE_ELSEWHERE: "Save &As…",
        Button.Cancel: "Cancel",
    }


def test_a_closing_window_stays_open_when_the_outside_change_is_kept(
    setup: Setup, dialogs: Dialogs, plan: Path
) -> None:
    opened(setup, plan)
    setup.edit("Mine")
    plan.write_bytes(OTHER_PROGRAM)
    dialogs.answers.extend([Button.Save, Button.Cancel])  # save before closing? then: cancel
    assert not setup.document.maybe_save()
    assert plan.read_bytes() == OTHER_PROGRAM


def test_overwrite_replaces_their_version_and_asks_no_more(
    setup: Setup, dialogs: Dialogs, plan: Path
) -> None:
    opened(setup, plan)
    edited = setup.edit("Mine")
    plan.write_bytes(OTHER_PROGRAM)
    dialogs.answers.append(OVERWRITE)
    assert setup.document.save()
    assert load_plan(plan) == edited
    assert not setup.document.is_modified()
    setup.edit("Mine, later")
    assert setup.document.save()
    assert len(dialogs.boxes) == 1


def test_save_as_keeps_both_versions(
    setup: Setup, dialogs: Dialogs, plan: Path, tmp_path: Path
) -> None:
    opened(setup, plan)
    edited = setup.edit("Mine")
    plan.write_bytes(OTHER_PROGRAM)
    dialogs.answers.append(SAVE_ELSEWHERE)
    dialogs.save_names.append(str(tmp_path / "mine.brace.json"))
    assert setup.document.save()
    assert plan.read_bytes() == OTHER_PROGRAM
    assert load_plan(tmp_path / "mine.brace.json") == edited
    assert setup.document.path() == (tmp_path / "mine.brace.json").resolve()


def test_a_change_of_time_alone_counts(setup: Setup, dialogs: Dialogs, plan: Path) -> None:
    """Another program wrote the same number of bytes: only the time tells."""
    opened(setup, plan)
    setup.edit("Mine")
    status = plan.stat()
    os.utime(plan, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    dialogs.answers.append(Button.Cancel)
    assert not setup.document.save()
    assert len(dialogs.boxes) == 1


def test_a_file_removed_meanwhile_is_written_again(
    setup: Setup, dialogs: Dialogs, plan: Path
) -> None:
    opened(setup, plan)
    edited = setup.edit("Mine")
    plan.unlink()  # nothing of anyone's is lost by writing it
    assert setup.document.save()
    assert dialogs.boxes == []
    assert load_plan(plan) == edited


def test_two_windows_on_one_file_the_first_save_is_not_lost(
    qtbot: QtBot, dialogs: Dialogs, plan: Path
) -> None:
    first, second = opened(Setup(qtbot), plan), opened(Setup(qtbot), plan)
    kept = first.edit("First window's change")
    assert first.document.save()
    saved = plan.read_bytes()
    second.edit("Second window's change")
    dialogs.answers.append(Button.Cancel)
    assert not second.document.save()
    assert plan.read_bytes() == saved
    assert load_plan(plan) == kept
    assert "another program" in dialogs.boxes[0].text


def poke_unloadable(setup: Setup) -> None:
    """An edit past validation: a load no plan file may hold, set without any check."""
    program = setup.model.program().model_copy(deep=True)
    block = program.weeks[0].sessions[0].blocks[1]
    block.items[0] = Item.model_construct(**{**dict(block.items[0]), "load": 10**9})
    setup.stack.push(ReplaceProgram(setup.model, program))


def test_an_unloadable_plan_is_never_written(
    setup: Setup, dialogs: Dialogs, plan: Path, tmp_path: Path
) -> None:
    opened(setup, plan)
    before = plan.read_bytes()
    poke_unloadable(setup)
    assert not setup.document.save()
    assert plan.read_bytes() == before
    assert setup.document.is_modified()
    (error,) = dialogs.errors
    assert error == (
        "plan.brace.json was not saved: the plan would not open again "
        "(week 1, session 1 (Lower A), main block, item 1: load must be at most 1,000,000). "
        "The file "
        "on disk is unchanged; undo the last change or correct it, then save."
    )
    dialogs.save_names.append(str(tmp_path / "elsewhere.brace.json"))
    assert not setup.document.save_as()
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "data",
        "plan.brace.json",
        "settings",
    ]
    assert setup.document.path() == plan.resolve()
    setup.stack.undo()  # undoing the bad change makes it savable again
    assert setup.document.save()


def test_markup_in_a_file_name_is_shown_as_text(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "<img src=x>.brace.json"
    bad.write_text("<b>not json</b>", encoding="utf-8")
    assert not setup.document.load(bad)
    (error,) = dialogs.errors
    assert error.startswith(f"{bad}: line 1, column 1: not valid JSON")
    # Dialogs fails any box that is not plain text; this one held markup twice over.
    assert "<img src=x>" in error
