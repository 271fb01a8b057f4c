"""Autosave and crash recovery: one autosave per document, locked by its process; recovery
offers every autosave whose process is gone, never one whose window still runs, and sets
aside (never deletes) one that will not load."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.models import Item, dump_program
from planner_gui.ui import autosave as autosave_module
from planner_gui.ui.autosave import DAMAGED_DIR_NAME, AutosaveSlot, SlotInfo
from planner_gui.ui.document import Document
from tests.support.documents import Dialogs, ReplaceProgram, Setup, crash, leave_stale_lock
from tests.support.plans import window_program

Button = QMessageBox.StandardButton
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def setup(qtbot: QtBot) -> Setup:
    return Setup(qtbot)


class NewWindows:
    """What the app passes to recovery: each call is a fresh window's document."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.made: list[Setup] = []

    def __call__(self) -> Document:
        self.made.append(Setup(self._qtbot))
        return self.made[-1].document


@pytest.fixture
def new_document(qtbot: QtBot) -> NewWindows:
    return NewWindows(qtbot)


def autosaves(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "autosave").glob("*.brace.json"))


def crashed(qtbot: QtBot, title: str, path: Path | None = None) -> Setup:
    """A window with unsaved work (on `path`, or untitled) whose process was then killed."""
    window = Setup(qtbot)
    if path is not None:
        save_plan(window_program(f"{title} on disk"), path)
        assert window.document.load(path)
    window.edit(title)
    assert window.document.autosave_now() is not None
    crash(window.document)
    return window


def test_autosave_writes_after_the_interval_and_recovery_restores_it(
    qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, new_document: NewWindows
) -> None:
    first = Setup(qtbot, interval_ms=20)
    original = tmp_path / "plan.brace.json"
    save_plan(window_program(), original)
    first.document.load(original)
    edited = first.edit("Unsaved work")
    autosave = first.document.autosave_file()
    qtbot.waitUntil(autosave.exists, timeout=2000)
    assert load_plan(autosave) == edited
    crash(first.document)

    second = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert second.document.offer_recovery(new_document) == [second.document]
    assert "plan.brace.json" in dialogs.questions[0]
    assert str(tmp_path) in dialogs.questions[0]
    assert second.model.program().model_dump() == edited.model_dump()
    assert second.document.path() == original.resolve()
    assert second.document.is_modified()
    assert load_plan(original) != edited  # the user's file is untouched until they save


def test_two_documents_autosave_to_two_files_each_locked_by_this_process(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, tmp_path: Path
) -> None:
    first, second = Setup(qtbot), Setup(qtbot)
    plan = tmp_path / "first.brace.json"
    save_plan(window_program(), plan)
    first.document.load(plan)
    one, two = first.edit("First window"), second.edit("Second window")
    assert first.document.autosave_now() != second.document.autosave_now()
    assert autosaves(data_dir) == sorted(
        [first.document.autosave_file(), second.document.autosave_file()]
    )
    assert load_plan(first.document.autosave_file()) == one
    assert load_plan(second.document.autosave_file()) == two
    for document, path in ((first.document, plan.resolve()), (second.document, None)):
        slot = document.autosave_slot
        info = slot.read_info()
        assert info.path == path
        assert info.pid == os.getpid()
        assert info.host and info.process_started
        pid, _host, _app = QLockFile(str(slot.lock_file)).getLockInfo()
        assert pid == os.getpid()
    assert first.document.autosave_slot.read_info().title == "First window"


def test_a_live_window_is_neither_offered_nor_deleted(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, new_document: NewWindows
) -> None:
    running = Setup(qtbot)
    edited = running.edit("Still running")
    running.document.autosave_now()
    before = running.document.autosave_file().read_bytes()

    starting = Setup(qtbot)
    assert starting.document.offer_recovery(new_document) == []
    assert dialogs.boxes == []
    starting.edit()
    starting.document.autosave_now()
    starting.document.shutdown()  # a window closed normally deletes only its own
    assert not starting.document.has_autosave()
    assert running.document.autosave_file().read_bytes() == before
    assert load_plan(running.document.autosave_file()) == edited
    assert running.document.autosave_slot.is_held()


def test_a_held_lock_protects_its_autosave(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, new_document: NewWindows
) -> None:
    """An autosave whose QLockFile someone holds (as a running window does) is left alone."""
    folder = data_dir / "autosave"
    slot = AutosaveSlot(folder)
    slot.write(b"{}", SlotInfo())
    slot.release()
    held = QLockFile(str(slot.lock_file))
    held.setStaleLockTime(0)
    assert held.tryLock(0)
    setup = Setup(qtbot)
    assert setup.document.offer_recovery(new_document) == []
    assert dialogs.boxes == []
    AutosaveSlot(folder, slot.id).discard()  # nor does anything else delete it
    assert slot.plan_file.read_bytes() == b"{}"
    assert not (folder / DAMAGED_DIR_NAME).exists()
    held.unlock()


def test_a_stale_lock_of_a_dead_process_is_offered(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, new_document: NewWindows
) -> None:
    dead = crashed(qtbot, "Left behind")
    slot = dead.document.autosave_slot
    pid, _host, _app = QLockFile(str(slot.lock_file)).getLockInfo()
    assert pid != os.getpid()
    setup = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert setup.document.offer_recovery(new_document) == [setup.document]
    assert setup.model.program().title == "Left behind"
    # The restored work stays in the same slot, now this process's, until it is saved.
    assert setup.document.autosave_file() == slot.plan_file
    assert setup.document.autosave_slot.is_held()
    pid, _host, _app = QLockFile(str(slot.lock_file)).getLockInfo()
    assert pid == os.getpid()


def test_restored_work_survives_a_second_crash(
    qtbot: QtBot, dialogs: Dialogs, new_document: NewWindows
) -> None:
    crashed(qtbot, "Twice unlucky")
    again = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert again.document.offer_recovery(new_document)
    crash(again.document)
    third = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert third.document.offer_recovery(new_document) == [third.document]
    assert third.model.program().title == "Twice unlucky"


def test_recovery_offers_every_orphan_each_in_a_window_of_its_own(
    qtbot: QtBot,
    dialogs: Dialogs,
    data_dir: Path,
    tmp_path: Path,
    new_document: NewWindows,
) -> None:
    crashed(qtbot, "Alpha", tmp_path / "alpha.brace.json")
    declined = crashed(qtbot, "Bravo", tmp_path / "bravo.brace.json")
    crashed(qtbot, "Charlie <b>untitled</b>")
    running = Setup(qtbot)
    running.edit("Running")
    running.document.autosave_now()

    setup = Setup(qtbot)
    dialogs.answers.extend([Button.Yes, Button.No, Button.Yes])
    restored = setup.document.offer_recovery(new_document)
    assert len(dialogs.questions) == 3
    assert [box.title for box in dialogs.boxes] == [
        f"Restore unsaved work? ({n} of 3)" for n in (1, 2, 3)
    ]
    assert "alpha.brace.json" in dialogs.questions[0]
    assert "bravo.brace.json" in dialogs.questions[1]
    assert "the untitled plan “Charlie <b>untitled</b>”" in dialogs.questions[2]
    assert "window of its own" in dialogs.questions[2]
    assert dialogs.boxes[0].buttons == {Button.Yes: "&Restore", Button.No: "&Discard"}
    (other,) = new_document.made
    assert restored == [setup.document, other.document]
    assert setup.model.program().title == "Alpha"
    assert other.model.program().title == "Charlie <b>untitled</b>"
    assert restored[0].path() == (tmp_path / "alpha.brace.json").resolve()
    assert restored[1].path() is None
    assert all(document.is_modified() for document in restored)
    # The declined orphan is gone; the running window's autosave is still there.
    assert not declined.document.autosave_file().exists()
    assert not declined.document.autosave_slot.info_file.exists()
    assert sorted(autosaves(data_dir)) == sorted(
        [*(d.autosave_file() for d in restored), running.document.autosave_file()]
    )
    assert (tmp_path / "bravo.brace.json").is_file()  # discarding work never touches a file


def test_a_damaged_autosave_is_set_aside_and_named(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, new_document: NewWindows
) -> None:
    broken = crashed(qtbot, "Broken")
    good = crashed(qtbot, "Good")
    garbage = b'{"format": "brace-plan", "version": 1, "weeks": ['
    broken.document.autosave_file().write_bytes(garbage)

    setup = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert setup.document.offer_recovery(new_document) == [setup.document]
    (damaged,) = sorted((data_dir / "autosave" / DAMAGED_DIR_NAME).glob("*.brace.json"))
    assert damaged.read_bytes() == garbage
    assert damaged.name.endswith(f"-{broken.document.autosave_slot.id}.brace.json")
    assert (damaged.parent / damaged.name.replace(".brace.json", ".info.json")).is_file()
    assert not broken.document.autosave_file().exists()
    (warning,) = dialogs.warnings
    assert str(damaged) in warning
    assert "not valid JSON" in warning and "Broken" in warning
    assert dialogs.boxes[0].title == "Autosave set aside"
    assert len(dialogs.questions) == 1  # only the good one is offered
    assert setup.model.program().title == "Good"
    assert good.document.autosave_file() == setup.document.autosave_file()


def test_a_declined_orphan_is_deleted_and_not_offered_again(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, new_document: NewWindows
) -> None:
    crashed(qtbot, "Not wanted")
    second = Setup(qtbot)
    dialogs.answers.append(Button.No)
    before = second.model.program()
    assert second.document.offer_recovery(new_document) == []
    assert second.model.program() is before
    assert autosaves(data_dir) == []
    assert list((data_dir / "autosave").glob("*.lock")) == []
    assert second.document.offer_recovery(new_document) == []
    assert len(dialogs.questions) == 1


def test_an_autosave_from_before_per_window_slots_is_offered(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, tmp_path: Path, new_document: NewWindows
) -> None:
    folder = data_dir / "autosave"
    folder.mkdir()
    original = tmp_path / "old.brace.json"
    save_plan(window_program("On disk"), original)
    save_plan(window_program("Old version's autosave"), folder / "autosave.brace.json")
    info = {"path": str(original), "saved_at": "2026-01-05T10:00:00"}
    (folder / "autosave-info.json").write_text(json.dumps(info), encoding="utf-8")
    setup = Setup(qtbot)
    dialogs.answers.append(Button.Yes)
    assert setup.document.offer_recovery(new_document) == [setup.document]
    assert "old.brace.json" in dialogs.questions[0]
    assert "2026-01-05 10:00:00" in dialogs.questions[0]
    assert setup.document.path() == original
    assert not setup.document.changed_on_disk()  # no stamp recorded: the file as it is now
    setup.document.discard_autosave()
    assert list(folder.iterdir()) == []


def test_clean_plans_are_not_autosaved_and_saving_removes_the_autosave(
    setup: Setup, dialogs: Dialogs, tmp_path: Path
) -> None:
    assert setup.document.autosave_now() is None
    setup.edit()
    assert setup.document.autosave_now() == setup.document.autosave_file()
    dialogs.save_names.append(str(tmp_path / "saved.brace.json"))
    assert setup.document.save()
    assert not setup.document.has_autosave()
    assert not setup.document.autosave_slot.lock_file.exists()


def test_a_plan_that_would_not_load_is_not_autosaved(setup: Setup, dialogs: Dialogs) -> None:
    setup.edit("Good so far")
    assert setup.document.autosave_now() is not None
    good = setup.document.autosave_file().read_bytes()
    messages: list[str] = []
    setup.document.message.connect(messages.append)
    program = setup.model.program().model_copy(deep=True)
    block = program.weeks[0].sessions[0].blocks[1]
    block.items[0] = Item.model_construct(**{**dict(block.items[0]), "load": 10**9})
    setup.stack.push(ReplaceProgram(setup.model, program))
    assert setup.document.autosave_now() is None
    assert setup.document.autosave_file().read_bytes() == good
    assert messages == [
        "Autosave skipped: the plan would not open again "
        "(week 1, session 1 (Lower A), main block, item 1: load must be at most 1,000,000)"
    ]


def test_data_dir_follows_the_environment(setup: Setup, data_dir: Path) -> None:
    assert autosave_module.data_dir() == data_dir
    assert setup.document.autosave_file().parent == data_dir / "autosave"


_KILLED_WINDOWS = """
    import json, os, signal, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from planner_gui.domain.models import dump_program
    from planner_gui.ui.main_window import MainWindow
    from planner_gui.ui.models.plan_model import ItemPath
    from tests.support.catalogs import window_catalog

    app = QApplication([])
    windows = []
    for name in sys.argv[1:]:
        window = MainWindow(catalog=window_catalog())
        assert window.document.load(Path(name))
        window.editor.select_item(ItemPath(0, 0, "main", 0))
        window.editor.add_exercise("goblet-squat")
        assert window.document.autosave_now() is not None
        windows.append(window)
        print(json.dumps(dump_program(window.model.program())), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_two_windows_killed_with_their_process_are_both_offered(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, tmp_path: Path, new_document: NewWindows
) -> None:
    plans = [tmp_path / "one.brace.json", tmp_path / "two.brace.json"]
    for number, plan in enumerate(plans, start=1):
        save_plan(window_program(f"Plan {number}"), plan)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRACE_DATA_DIR=str(data_dir),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_KILLED_WINDOWS), *map(str, plans)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    unsaved = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(unsaved) == 2 and len(autosaves(data_dir)) == 2

    setup = Setup(qtbot)
    dialogs.answers.extend([Button.Yes, Button.Yes])
    restored = setup.document.offer_recovery(new_document)
    (other,) = new_document.made
    assert restored == [setup.document, other.document]
    by_path = {w.document.path(): dump_program(w.model.program()) for w in (setup, other)}
    assert by_path == {
        plan.resolve(): program for plan, program in zip(plans, unsaved, strict=True)
    }


def test_a_stale_lock_without_its_autosave_is_ignored(
    qtbot: QtBot, dialogs: Dialogs, data_dir: Path, new_document: NewWindows
) -> None:
    folder = data_dir / "autosave"
    folder.mkdir()
    leave_stale_lock(folder / "abc.lock")
    assert Setup(qtbot).document.offer_recovery(new_document) == []
    assert dialogs.boxes == []
