"""File handling: save and reopen, the unsaved-changes prompt, bad files, recent files, and
the day a blank plan starts on. Autosave and recovery: test_document_autosave.py; saving
safely (outside changes, plans that would not load): test_document_save.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.ui import document as document_module
from planner_gui.ui.document import (
    MAX_RECENT,
    add_recent_file,
    next_weekday,
    recent_files,
)
from tests.support.documents import Dialogs, Setup
from tests.support.plans import window_program

Button = QMessageBox.StandardButton


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def setup(qtbot: QtBot) -> Setup:
    return Setup(qtbot)


def test_save_as_then_reopen_equals_the_original(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    edited = setup.edit("Saved plan")
    assert setup.document.is_modified()
    dialogs.save_names.append(str(tmp_path / "mine"))  # suffix added
    assert setup.document.save_as()
    saved = tmp_path / "mine.brace.json"
    assert setup.document.path() == saved.resolve()
    assert not setup.document.is_modified()
    setup.model.set_program(window_program("Something else"))
    dialogs.open_names.append(str(saved))
    assert setup.document.open_dialog()
    assert setup.model.program().model_dump() == edited.model_dump()
    assert load_plan(saved).model_dump() == edited.model_dump()


def test_save_of_untitled_plan_asks_for_a_name_and_cancel_saves_nothing(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    setup.edit()
    assert not setup.document.save()  # the dialog returns "" (cancel)
    assert setup.document.is_modified()
    assert list(tmp_path.glob("*.brace.json")) == []


def test_save_failure_shows_one_line_and_keeps_unsaved_mark(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    setup.edit()
    dialogs.save_names.append(str(tmp_path / "no-such-folder" / "plan.brace.json"))
    assert not setup.document.save_as()
    assert len(dialogs.errors) == 1
    assert "plan.brace.json: could not save" in dialogs.errors[0]
    assert "\n" not in dialogs.errors[0]
    assert setup.document.is_modified()
    assert setup.document.path() is None


@pytest.mark.parametrize("action", ["new", "open"])
def test_unsaved_prompt_cancel_keeps_everything(
    setup: Setup, dialogs: Dialogs, tmp_path: Path, action: str
) -> None:
    edited = setup.edit()
    other = tmp_path / "other.brace.json"
    save_plan(window_program("Other"), other)
    dialogs.answers.append(Button.Cancel)
    dialogs.open_names.append(str(other))
    done = setup.document.new_blank() if action == "new" else setup.document.open_dialog()
    assert not done
    assert len(dialogs.questions) == 1
    assert dialogs.open_names == [str(other)]  # the file dialog never opened
    assert setup.model.program() == edited
    assert setup.document.is_modified()


@pytest.mark.parametrize("action", ["new", "open"])
def test_unsaved_prompt_discard_drops_the_changes(
    setup: Setup, dialogs: Dialogs, tmp_path: Path, action: str
) -> None:
    setup.edit()
    other = tmp_path / "other.brace.json"
    save_plan(window_program("Other"), other)
    dialogs.answers.append(Button.Discard)
    dialogs.open_names.append(str(other))
    done = setup.document.new_blank() if action == "new" else setup.document.open_dialog()
    assert done
    expected = "Untitled program" if action == "new" else "Other"
    assert setup.model.program().title == expected
    assert not setup.document.is_modified()
    assert setup.stack.count() == 0
    assert list(tmp_path.glob("*.brace.json")) == [other]


def test_unsaved_prompt_save_writes_then_proceeds(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    edited = setup.edit("Keep me")
    dialogs.answers.append(Button.Save)
    dialogs.save_names.append(str(tmp_path / "kept.brace.json"))
    assert setup.document.new_blank()
    assert load_plan(tmp_path / "kept.brace.json") == edited
    assert setup.model.program().title == "Untitled program"
    assert setup.document.path() is None


def test_unsaved_prompt_save_cancelled_in_the_file_dialog_stops(
    setup: Setup, dialogs: Dialogs
) -> None:
    edited = setup.edit()
    dialogs.answers.append(Button.Save)
    assert not setup.document.new_blank()
    assert setup.model.program() == edited


def test_no_prompt_without_changes(setup: Setup, dialogs: Dialogs) -> None:
    assert setup.document.new_blank()
    assert dialogs.questions == []


def test_bad_file_shows_the_one_line_error_and_leaves_the_plan(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    good = tmp_path / "good.brace.json"
    save_plan(window_program("Good"), good)
    assert setup.document.load(good)
    setup.edit("Changed but unsaved")
    before = setup.model.program()
    bad = tmp_path / "bad.brace.json"
    bad.write_text(good.read_text().replace('"sets": 3', '"sets": 0', 1), encoding="utf-8")
    dialogs.answers.append(Button.Discard)
    dialogs.open_names.append(str(bad))
    assert not setup.document.open_dialog()
    assert dialogs.errors == [
        f"{bad}: week 1, session 1 (Lower A), main block, item 1: sets must be at least 1"
    ]
    assert setup.model.program() is before
    assert setup.document.path() == good.resolve()
    assert setup.stack.count() == 1


def test_new_from_template_is_untitled(setup: Setup, dialogs: Dialogs, tmp_path: Path) -> None:
    template = tmp_path / "template.brace.json"
    save_plan(window_program("Template"), template)
    assert setup.document.new_from_template(template)
    assert setup.model.program().title == "Template"
    assert setup.document.path() is None
    assert not setup.document.is_modified()


def test_opening_a_bundled_sample_edits_a_copy(
    setup: Setup, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`make run` opens a bundled sample; Save must never write over it."""
    samples = tmp_path / "templates"
    samples.mkdir()
    sample = samples / "sample.brace.json"
    save_plan(window_program("Sample"), sample)
    before = sample.read_bytes()
    monkeypatch.setattr(document_module, "TEMPLATES_DIR", samples)
    assert setup.document.load(sample)
    assert setup.document.path() is None
    setup.edit("Mine now")
    assert not setup.document.save()  # asks for a name; the test dialog cancels
    assert sample.read_bytes() == before


def test_open_recent_is_newest_first_capped_and_drops_missing_files(tmp_path: Path) -> None:
    paths = []
    for number in range(MAX_RECENT + 2):
        path = tmp_path / f"plan{number}.brace.json"
        save_plan(window_program(f"Plan {number}"), path)
        add_recent_file(path)
        paths.append(path.resolve())
    assert recent_files() == list(reversed(paths))[:MAX_RECENT]
    add_recent_file(paths[5])  # reopening moves it to the top without duplicating
    assert recent_files()[0] == paths[5]
    assert recent_files().count(paths[5]) == 1
    paths[5].unlink()
    assert paths[5] not in recent_files()
    assert len(recent_files()) == MAX_RECENT - 1


def test_opening_and_saving_record_recent_files(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    first = tmp_path / "first.brace.json"
    save_plan(window_program(), first)
    assert setup.document.open_path(first)
    setup.edit()
    dialogs.save_names.append(str(tmp_path / "second.brace.json"))
    assert setup.document.save_as()
    assert recent_files() == [(tmp_path / "second.brace.json").resolve(), first.resolve()]


def test_next_weekday_starts_blank_plans_on_the_preferred_day() -> None:
    thursday = date(2026, 1, 8)
    assert next_weekday("sun", thursday) == date(2026, 1, 11)
    assert next_weekday("thu", thursday) == thursday
    assert next_weekday("mon", thursday) == date(2026, 1, 12)
