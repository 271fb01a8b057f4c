"""File handling for the window: new, open, recent files, save, autosave and crash recovery.

The document owns the link between the plan on screen and a file on disk. The undo stack's
clean state is the "saved" state: saving marks it clean, any edit makes it dirty, and a dirty
plan is autosaved every minute into the user data folder so a crash loses at most a minute.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

import platformdirs
from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import PLAN_SUFFIX, load_plan, plan_to_bytes, save_plan
from planner_gui.domain.models import Program, blank_program
from planner_gui.domain.vocabulary import DAYS, Day
from planner_gui.resources import TEMPLATES_DIR
from planner_gui.ui import preferences

APP_DIR_NAME = "BracePlanner"
AUTOSAVE_INTERVAL_MS = 60_000
MAX_RECENT = 10
RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/lastDirectory"
FILE_FILTER = "Brace plans (*.brace.json);;JSON files (*.json);;All files (*)"
UNTITLED = "Untitled"

Button = QMessageBox.StandardButton


class PlanHolder(Protocol):
    """What the document needs of the plan model (PlanModel satisfies it)."""

    def program(self) -> Program: ...

    def set_program(self, program: Program) -> None: ...


def data_dir() -> Path:
    """The user data folder (BRACE_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get("BRACE_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def autosave_dir() -> Path:
    return data_dir() / "autosave"


def next_monday(today: date | None = None) -> date:
    """A new plan starts on the coming Monday (today, when today is a Monday)."""
    return next_weekday("mon", today)


def next_weekday(day: Day, today: date | None = None) -> date:
    """The coming `day` (today, when today is that day): where a new blank plan starts, so
    its weeks run from the user's preferred first day of the week."""
    today = today or date.today()
    return today + timedelta(days=(DAYS.index(day) - today.weekday()) % 7)


def with_plan_suffix(path: Path) -> Path:
    return path if path.name.endswith(PLAN_SUFFIX) else path.with_name(path.name + PLAN_SUFFIX)


def recent_files() -> list[Path]:
    """The Open Recent list, newest first; files that no longer exist are dropped."""
    value = QSettings().value(RECENT_KEY, [], type=list)
    paths = [Path(str(item)) for item in value if str(item)] if isinstance(value, list) else []
    existing = [path for path in paths if path.is_file()]
    if len(existing) != len(paths):
        _store_recent(existing)
    return existing


def add_recent_file(path: Path) -> None:
    path = path.resolve()
    paths = [path] + [item for item in recent_files() if item.resolve() != path]
    _store_recent(paths[:MAX_RECENT])


def clear_recent_files() -> None:
    _store_recent([])


def _store_recent(paths: list[Path]) -> None:
    QSettings().setValue(RECENT_KEY, [str(path) for path in paths])


class Document(QObject):
    """The open plan's file: what it is called, whether it is saved, and how it gets saved.

    Dialogs are parented to `window`; every static dialog call (QFileDialog, QMessageBox) is
    made through the class so tests can replace it.
    """

    #: The file path changed (None for an untitled plan).
    path_changed = Signal(object)
    #: A short message for the status bar.
    message = Signal(str)
    #: A different program was put in the model (new, open or restore).
    program_replaced = Signal()

    def __init__(
        self,
        model: PlanHolder,
        undo_stack: QUndoStack,
        window: QWidget,
        *,
        catalog: Catalog | None = None,
        autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._model = model
        self._stack = undo_stack
        self._window = window
        self._catalog = catalog if catalog is not None else bundled_catalog()
        self._path: Path | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setObjectName("autosaveTimer")
        self.autosave_timer.setInterval(autosave_interval_ms)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    # State ------------------------------------------------------------------------------

    def path(self) -> Path | None:
        return self._path

    def display_name(self) -> str:
        return self._path.name if self._path is not None else UNTITLED

    def is_modified(self) -> bool:
        return not self._stack.isClean()

    def _set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit(path)

    def _replace(self, program: Program, path: Path | None, *, modified: bool = False) -> None:
        self._stack.clear()
        if program is not self._model.program():  # the window may start with it: read_ahead
            self._model.set_program(program)
        self._stack.setClean()
        if modified:
            self._stack.resetClean()
        self._set_path(path)
        self.program_replaced.emit()

    # New and open -----------------------------------------------------------------------

    def new_blank(self) -> bool:
        """File ▸ New ▸ Blank: one empty week starting on the coming preferred first day of the
        week (Preferences), after the unsaved prompt."""
        if not self.maybe_save("starting a new plan"):
            return False
        self._replace(blank_program(next_weekday(preferences.first_day())), None)
        self.discard_autosave()
        self.message.emit("New blank plan")
        return True

    def new_from_template(self, template: Path) -> bool:
        """A copy of a bundled template, untitled so Save never overwrites the template."""
        if not self.maybe_save("starting a new plan"):
            return False
        program = self._read(template)
        if program is None:
            return False
        self._replace(program, None)
        self.discard_autosave()
        self.message.emit(f"New plan from {program.title}")
        return True

    def open_dialog(self) -> bool:
        """File ▸ Open…: ask first about unsaved changes, then for a file."""
        if not self.maybe_save("opening another plan"):
            return False
        name, _ = QFileDialog.getOpenFileName(
            self._window, "Open plan", self._start_dir(), FILE_FILTER
        )
        if not name:
            return False
        return self.load(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open Recent and drops: prompt about unsaved changes, then load."""
        if not self.maybe_save("opening another plan"):
            return False
        return self.load(path)

    def load(self, path: Path, program: Program | None = None) -> bool:
        """Read `path` into the window; a bad file shows the one-line reason and changes nothing.

        `program` is `path` as `read_ahead` already read it, if it was.
        """
        if program is None:
            program = self._read(path)
        if program is None:
            return False
        if _is_bundled_template(path):
            # `make run` opens a bundled sample: edit a copy so Save never overwrites it.
            self._replace(program, None)
            self.discard_autosave()
            self.message.emit(f"New plan from the sample {path.name}; Save asks where to keep it")
            return True
        self._replace(program, path.resolve())
        self.discard_autosave()
        add_recent_file(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        self.message.emit(f"Opened {path.name}")
        return True

    @classmethod
    def read_ahead(cls, path: Path) -> Program | None:
        """`path` read before the window is built, so it starts with the plan rather than with
        a blank one replaced at once. None when unsaved work waits to be offered back (the
        window comes up blank for that question) or the file cannot be read (`load` then says
        why, over the window)."""
        if cls.autosave_file().is_file():
            return None
        try:
            return load_plan(path, bundled_catalog())
        except PlanFileError:
            return None

    def _read(self, path: Path) -> Program | None:
        try:
            return load_plan(path, self._catalog)
        except PlanFileError as error:
            QMessageBox.critical(self._window, "Cannot open plan", str(error))
            return None

    # Save -------------------------------------------------------------------------------

    def save(self) -> bool:
        """File ▸ Save; an untitled plan goes through Save As."""
        if self._path is None:
            return self.save_as()
        return self._write(self._path)

    def save_as(self) -> bool:
        suggested = self._path or Path(self._start_dir()) / _file_name_for(self._model.program())
        name, _ = QFileDialog.getSaveFileName(
            self._window, "Save plan as", str(suggested), FILE_FILTER
        )
        if not name:
            return False
        path = with_plan_suffix(Path(name))
        if not self._write(path):
            return False
        self._set_path(path.resolve())
        add_recent_file(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        return True

    def _write(self, path: Path) -> bool:
        try:
            save_plan(self._model.program(), path)
        except OSError as error:
            reason = error.strerror or str(error)
            QMessageBox.critical(
                self._window, "Cannot save plan", f"{path}: could not save: {reason}"
            )
            return False
        self._stack.setClean()
        self.discard_autosave()
        self.message.emit(f"Saved {path.name}")
        return True

    def maybe_save(self, action: str = "closing") -> bool:
        """Ask Save/Discard/Cancel when there are unsaved changes; True means go ahead."""
        if not self.is_modified():
            return True
        answer = QMessageBox.question(
            self._window,
            "Unsaved changes",
            f"{self.display_name()} has unsaved changes. Save them before {action}?",
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.discard_autosave()
            return True
        return False

    def _start_dir(self) -> str:
        if self._path is not None:
            return str(self._path.parent)
        return str(QSettings().value(LAST_DIR_KEY, str(Path.home())))

    # Autosave and recovery --------------------------------------------------------------

    @staticmethod
    def autosave_file() -> Path:
        return autosave_dir() / f"autosave{PLAN_SUFFIX}"

    @staticmethod
    def autosave_info_file() -> Path:
        return autosave_dir() / "autosave-info.json"

    def autosave_now(self) -> Path | None:
        """Write unsaved work to the autosave file (atomically); nothing when all is saved."""
        if not self.is_modified():
            return None
        target = self.autosave_file()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, plan_to_bytes(self._model.program()))
            info = {
                "path": str(self._path) if self._path is not None else None,
                "saved_at": datetime.now().isoformat(timespec="seconds"),
            }
            write_bytes_atomic(self.autosave_info_file(), json.dumps(info).encode("utf-8"))
        except OSError as error:
            self.message.emit(f"Autosave failed: {error.strerror or error}")
            return None
        self.message.emit("Autosaved unsaved changes")
        return target

    def discard_autosave(self) -> None:
        for path in (self.autosave_file(), self.autosave_info_file()):
            path.unlink(missing_ok=True)

    def has_autosave(self) -> bool:
        return self.autosave_file().is_file()

    def offer_recovery(self) -> bool:
        """At start: if the last run left unsaved work behind, offer to restore it."""
        if not self.has_autosave():
            return False
        original, saved_at = self._autosave_info()
        name = original.name if original is not None else "an untitled plan"
        when = f" (autosaved {saved_at})" if saved_at else ""
        answer = QMessageBox.question(
            self._window,
            "Restore unsaved work?",
            f"Brace Planner closed before changes to {name} were saved{when}. Restore them?",
            Button.Yes | Button.No,
            Button.Yes,
        )
        if answer != Button.Yes:
            self.discard_autosave()
            return False
        program = self._read(self.autosave_file())
        if program is None:
            self.discard_autosave()
            return False
        self._replace(program, original, modified=True)
        self.message.emit(f"Restored unsaved changes to {name}")
        return True

    def _autosave_info(self) -> tuple[Path | None, str]:
        try:
            info = json.loads(self.autosave_info_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None, ""
        if not isinstance(info, dict):
            return None, ""
        path = info.get("path")
        saved_at = info.get("saved_at")
        return (
            Path(path) if isinstance(path, str) and path else None,
            saved_at.replace("T", " ") if isinstance(saved_at, str) else "",
        )

    def shutdown(self) -> None:
        """The window is closing after the unsaved prompt: stop autosaving, leave no autosave."""
        self.autosave_timer.stop()
        self.discard_autosave()


def _is_bundled_template(path: Path) -> bool:
    return path.resolve().parent == TEMPLATES_DIR.resolve()


def _file_name_for(program: Program) -> str:
    """A file name from the plan's title: 'Back-friendly strength' → back-friendly-strength."""
    words = "".join(ch if ch.isalnum() else " " for ch in program.title.casefold()).split()
    return ("-".join(words)[:60] or "plan") + PLAN_SUFFIX
