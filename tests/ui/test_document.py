"""File handling: save and reopen, the unsaved-changes prompt, bad files, recent files, autosave,
and the day a blank plan starts on."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.models import Program
from planner_gui.ui import document as document_module
from planner_gui.ui.document import (
    MAX_RECENT,
    Document,
    add_recent_file,
    next_weekday,
    recent_files,
)
from planner_gui.ui.models.plan_model import PlanModel
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program

Button = QMessageBox.StandardButton


class ReplaceProgram(QUndoCommand):
    """A stand-in edit: swaps the whole program, so the stack goes dirty like any edit."""

    def __init__(self, model: PlanModel, program: Program) -> None:
        super().__init__("Replace program")
        self._model = model
        self._new = program
        self._old = model.program()

    def redo(self) -> None:
        self._model.set_program(self._new)

    def undo(self) -> None:
        self._model.set_program(self._old)


class Dialogs:
    """Records every patched dialog call and answers from queues set by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.answers: list[Button] = []
        self.open_names: list[str] = []
        self.save_names: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "critical", self._critical)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _question(self, _parent: Any, _title: str, text: str, *args: Any) -> Button:
        self.questions.append(text)
        return self.answers.pop(0)

    def _critical(self, _parent: Any, _title: str, text: str, *args: Any) -> Button:
        self.errors.append(text)
        return Button.Ok

    def _open(self, *args: Any) -> tuple[str, str]:
        return (self.open_names.pop(0) if self.open_names else "", "")

    def _save(self, *args: Any) -> tuple[str, str]:
        return (self.save_names.pop(0) if self.save_names else "", "")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


class Setup:
    def __init__(self, qtbot: QtBot, interval_ms: int = 60_000) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.model = PlanModel(window_program(), window_catalog(), self.window)
        self.stack = QUndoStack(self.window)
        self.document = Document(
            self.model,
            self.stack,
            self.window,
            catalog=window_catalog(),
            autosave_interval_ms=interval_ms,
        )

    def edit(self, title: str = "Edited") -> Program:
        changed = self.model.program().model_copy(update={"title": title})
        self.stack.push(ReplaceProgram(self.model, changed))
        return changed


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
        f"{bad}: weeks[0].sessions[0].blocks[1].items[0].sets: must be at least 1"
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


def test_autosave_writes_after_the_interval_and_recovery_restores_it(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, tmp_path: Path
) -> None:
    first = Setup(qtbot, interval_ms=20)
    original = tmp_path / "plan.brace.json"
    save_plan(window_program(), original)
    first.document.load(original)
    edited = first.edit("Unsaved work")
    autosave = data_dir / "autosave" / "autosave.brace.json"
    qtbot.waitUntil(autosave.exists, timeout=2000)
    assert load_plan(autosave) == edited
    first.document.autosave_timer.stop()  # the "crash": no shutdown, the autosave stays

    second = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert second.document.offer_recovery()
    assert "plan.brace.json" in dialogs.questions[0]
    assert second.model.program().model_dump() == edited.model_dump()
    assert second.document.path() == original.resolve()
    assert second.document.is_modified()
    assert load_plan(original) != edited  # the user's file is untouched until they save


def test_declined_recovery_removes_the_autosave(
    setup: Setup, qtbot: QtBot, dialogs: Dialogs
) -> None:
    setup.edit()
    assert setup.document.autosave_now() is not None
    second = Setup(qtbot)
    dialogs.answers.append(Button.No)
    before = second.model.program()
    assert not second.document.offer_recovery()
    assert second.model.program() is before
    assert not second.document.has_autosave()
    assert not second.document.offer_recovery()
    assert len(dialogs.questions) == 1


def test_clean_plans_are_not_autosaved_and_saving_removes_the_autosave(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    assert setup.document.autosave_now() is None
    setup.edit()
    assert setup.document.autosave_now() == Document.autosave_file()
    dialogs.save_names.append(str(tmp_path / "saved.brace.json"))
    assert setup.document.save()
    assert not setup.document.has_autosave()


def test_data_dir_follows_the_environment(data_dir: Path) -> None:
    assert document_module.data_dir() == data_dir
    assert Document.autosave_file().parent == data_dir / "autosave"


def test_next_weekday_starts_blank_plans_on_the_preferred_day() -> None:
    thursday = date(2026, 1, 8)
    assert next_weekday("sun", thursday) == date(2026, 1, 11)
    assert next_weekday("thu", thursday) == thursday
    assert next_weekday("mon", thursday) == date(2026, 1, 12)
