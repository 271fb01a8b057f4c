"""File handling for the window: new, open, recent files, save, autosave and crash recovery.

The document owns the link between the plan on screen and a file on disk. The undo stack's
clean state is the "saved" state: saving marks it clean, any edit makes it dirty, and a dirty
plan is autosaved every minute into its own slot of the user data folder (ui/autosave.py), so
a crash loses at most a minute and two windows never share or take each other's autosave.

Nothing is written that would not open again, and a file another program changed since it
was read or saved is not overwritten without asking. Every message box shows plain text: file
names and plan titles are data, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple, Protocol

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner_gui.domain.calendar import coming_weekday
from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import PLAN_SUFFIX, load_plan
from planner_gui.domain.models import Program, blank_program
from planner_gui.domain.safe_save import (
    FileStamp,
    checked_plan_bytes,
    file_stamp,
    save_plan_checked,
)
from planner_gui.domain.templates import plan_from_template
from planner_gui.domain.vocabulary import Day
from planner_gui.resources import TEMPLATES_DIR
from planner_gui.ui import settings
from planner_gui.ui.autosave import AutosaveSlot, SlotInfo, autosave_dir, orphaned_slots
from planner_gui.ui.settings import LAST_DIR_KEY

AUTOSAVE_INTERVAL_MS = 60_000
MAX_RECENT = 10
RECENT_KEY = "files/recent"
FILE_FILTER = "Brace plans (*.brace.json);;JSON files (*.json);;All files (*)"
UNTITLED = "Untitled"
#: Plan titles quoted in a question are cut to this many characters.
MAX_QUOTED_TITLE = 80

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon
#: The answers to "the file changed on disk": standard buttons, relabelled.
OVERWRITE = Button.Save
SAVE_ELSEWHERE = Button.SaveAll
#: The answers to "restore unsaved work?".
RESTORE = Button.Yes
DISCARD_AUTOSAVE = Button.No


class ReadAhead(NamedTuple):
    """A plan read before its window was built, with the file's stamp from before the read."""

    program: Program
    stamp: FileStamp | None


class PlanHolder(Protocol):
    """What the document needs of the plan model (PlanModel satisfies it)."""

    def program(self) -> Program: ...

    def set_program(self, program: Program) -> None: ...


def next_monday(today: date | None = None) -> date:
    """A new plan starts on the coming Monday (today, when today is a Monday)."""
    return next_weekday("mon", today)


def next_weekday(day: Day, today: date | None = None) -> date:
    """The coming `day` (today, when today is that day): where a new blank plan starts, so
    its weeks run from the user's preferred first day of the week."""
    return coming_weekday(day, today or date.today())


def from_template(program: Program, *, sample: bool = False) -> tuple[Program, str]:
    """A new plan from a template read from disk (`templates.plan_from_template`: the coming
    week, no athlete, no check-ins), and the status bar's words for what that changed.

    A bundled template opened as the `sample` keeps its made-up check-ins, moved with the plan.
    """
    start = plan_from_template(program, date.today(), keep_checkins=sample)
    day = start.program.start_date
    said = f"starts {day:%a} {day.day} {day:%b %Y}"
    if start.dropped_checkins:
        count = start.dropped_checkins
        said += f"; the template's {count} check-in{'s' if count != 1 else ''} left out"
    if start.dropped_athlete:
        said += "; the athlete's name left out"
    return start.program, said


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


def message_box(
    parent: QWidget,
    icon: Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
    labels: dict[Button, str] | None = None,
) -> Button:
    """A modal message box whose text is plain text whatever it holds; the button pressed.

    The static QMessageBox helpers guess rich text from the text, so a plan titled
    `<img src=...>` would be rendered (and the file read); this never guesses.
    """
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    for button, label in (labels or {}).items():
        widget = box.button(button)
        if widget is not None:
            widget.setText(label)
    return Button(box.exec())


def _problem(error: PlanFileError) -> str:
    """A loading error without its file name: the place and the reason."""
    return error.problem


class Document(QObject):
    """The open plan's file: what it is called, whether it is saved, and how it gets saved.

    Dialogs are parented to `window`; file dialogs are QFileDialog's static calls and message
    boxes go through `message_box`, so tests can replace either.
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
        #: The file as this document last read or wrote it (None: untitled).
        self._stamp: FileStamp | None = None
        self._slot = AutosaveSlot(autosave_dir())
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

    def _set_path(self, path: Path | None, stamp: FileStamp | None) -> None:
        self._path = path
        self._stamp = stamp
        self.path_changed.emit(path)

    def _replace(
        self,
        program: Program,
        path: Path | None,
        stamp: FileStamp | None = None,
        *,
        modified: bool = False,
    ) -> None:
        self._stack.clear()
        if program is not self._model.program():  # the window may start with it: read_ahead
            self._model.set_program(program)
        self._stack.setClean()
        if modified:
            self._stack.resetClean()
        self._set_path(path, stamp)
        self.program_replaced.emit()

    def _error(self, title: str, text: str) -> None:
        message_box(self._window, Icon.Critical, title, text)

    # New and open -----------------------------------------------------------------------

    def new_blank(self) -> bool:
        """File ▸ New ▸ Blank: one empty week starting on the coming preferred first day of the
        week (Preferences), after the unsaved prompt."""
        if not self.maybe_save("starting a new plan"):
            return False
        self._replace(blank_program(next_weekday(settings.first_day())), None)
        self.discard_autosave()
        self.message.emit("New blank plan")
        return True

    def new_from_template(self, template: Path) -> bool:
        """A new plan from a bundled or the user's own template (`from_template`), untitled
        so Save never overwrites the template."""
        if not self.maybe_save("starting a new plan"):
            return False
        program = self._read(template)
        if program is None:
            return False
        program, said = from_template(program)
        self._replace(program, None)
        self.discard_autosave()
        self.message.emit(f"New plan from {program.title}: {said}")
        return True

    def new_generated(self, program: Program) -> None:
        """A generated plan (File ▸ New ▸ From wizard…) as a new untitled plan, unsaved: it
        exists nowhere else, so closing asks and autosave keeps it. The caller has asked
        about unsaved changes first (`maybe_save`)."""
        self._replace(program, None, modified=True)
        self.discard_autosave()
        self.message.emit(f"New plan from the wizard: {program.title}")

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

    def load(self, path: Path, ahead: ReadAhead | None = None) -> bool:
        """Read `path` into the window; a bad file shows the one-line reason and changes nothing.

        `ahead` is `path` as `read_ahead` already read it, if it was.
        """
        program: Program | None
        if ahead is not None:
            stamp, program = ahead.stamp, ahead.program
        else:
            # Stamped before reading: a write during the read then shows as a change at Save.
            stamp = file_stamp(path)
            program = self._read(path)
        if program is None:
            return False
        if _is_bundled_template(path):
            # `make run` opens a bundled sample: edit a new plan from it, as New from template
            # would (read_ahead made it already), so Save never overwrites the sample; unlike
            # New, its made-up check-ins come along to show what the pane does.
            if ahead is None:
                program, _ = from_template(program, sample=True)
            self._replace(program, None)
            self.discard_autosave()
            self.message.emit(
                f"New plan from the sample {path.name} from {program.start_date.isoformat()}"
                f"{_sample_checkins(program)}; Save asks where to keep it"
            )
            return True
        self._replace(program, path.resolve(), stamp)
        self.discard_autosave()
        add_recent_file(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        self.message.emit(f"Opened {path.name}")
        return True

    @staticmethod
    def read_ahead(path: Path) -> ReadAhead | None:
        """`path` read before the window is built, so it starts with the plan rather than with
        a blank one replaced at once. None when unsaved work may wait to be offered back (the
        window comes up blank for that question) or the file cannot be read (`load` then says
        why, over the window)."""
        folder = autosave_dir()
        if folder.is_dir() and any(folder.glob(f"*{PLAN_SUFFIX}")):
            return None
        stamp = file_stamp(path)
        try:
            program = load_plan(path, bundled_catalog())
        except PlanFileError:
            return None
        if _is_bundled_template(path):
            program, _ = from_template(program, sample=True)
        return ReadAhead(program, stamp)

    def _read(self, path: Path) -> Program | None:
        try:
            return load_plan(path, self._catalog)
        except PlanFileError as error:
            self._error("Cannot open plan", str(error))
            return None

    # Save -------------------------------------------------------------------------------

    def save(self) -> bool:
        """File ▸ Save; an untitled plan goes through Save As. A file changed on disk by
        someone else since it was opened or saved is only overwritten when the user says so."""
        if self._path is None:
            return self.save_as()
        if self.changed_on_disk():
            answer = message_box(
                self._window,
                Icon.Warning,
                "File changed on disk",
                f"{self._path.name} was changed by another program after you opened or last "
                f"saved it.\n\n{self._path}\n\nOverwrite replaces the other program's version "
                "with yours; Save As… keeps both; Cancel saves nothing.",
                OVERWRITE | SAVE_ELSEWHERE | Button.Cancel,
                Button.Cancel,
                {OVERWRITE: "&Overwrite", SAVE_ELSEWHERE: "Save &As…"},
            )
            if answer == SAVE_ELSEWHERE:
                return self.save_as()
            if answer != OVERWRITE:
                return False
        return self._write(self._path)

    def changed_on_disk(self) -> bool:
        """The plan's file is there but not as this document last read or wrote it."""
        if self._path is None:
            return False
        now = file_stamp(self._path)
        return now is not None and now != self._stamp

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
        self._set_path(path.resolve(), self._stamp)
        add_recent_file(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.resolve().parent))
        return True

    def _write(self, path: Path) -> bool:
        try:
            save_plan_checked(self._model.program(), path, self._catalog)
        except PlanFileError as error:
            self._error(
                "Cannot save plan",
                f"{path.name} was not saved: the plan would not open again "
                f"({_problem(error)}). The file on disk is unchanged; undo the last change "
                "or correct it, then save.",
            )
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            self._error("Cannot save plan", f"{path}: could not save: {reason}")
            return False
        self._stamp = file_stamp(path)
        self._stack.setClean()
        self.discard_autosave()
        self.message.emit(f"Saved {path.name}")
        return True

    def maybe_save(self, action: str = "closing") -> bool:
        """Ask Save/Discard/Cancel when there are unsaved changes; True means go ahead."""
        if not self.is_modified():
            return True
        answer = message_box(
            self._window,
            Icon.Question,
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

    @property
    def autosave_slot(self) -> AutosaveSlot:
        """This document's own autosave (another window's is never touched)."""
        return self._slot

    def autosave_file(self) -> Path:
        return self._slot.plan_file

    def autosave_now(self) -> Path | None:
        """Write unsaved work to this document's autosave (atomically); nothing when all is
        saved, and nothing that would not load again (the last good autosave stays)."""
        if not self.is_modified():
            return None
        program = self._model.program()
        try:
            data = checked_plan_bytes(program, self._slot.plan_file, self._catalog)
        except PlanFileError as error:
            problem = _problem(error)
            self.message.emit(f"Autosave skipped: the plan would not open again ({problem})")
            return None
        info = SlotInfo.for_this_process(self._path, program.title, self._stamp)
        try:
            self._slot.write(data, info)
        except OSError as error:
            self.message.emit(f"Autosave failed: {error.strerror or error}")
            return None
        self.message.emit("Autosaved unsaved changes")
        return self._slot.plan_file

    def discard_autosave(self) -> None:
        self._slot.discard()

    def has_autosave(self) -> bool:
        return self._slot.exists()

    def offer_recovery(self, another: Callable[[], Document]) -> list[Document]:
        """At start: offer back the unsaved work of every window that is gone.

        Autosaves that will not load are moved aside and named first. Then one question per
        plan: the first restored goes into this document, each further one into `another()`
        (a new window). A declined one is deleted, as its lock proved its window gone; the
        autosave of a window still running is never offered nor touched. The documents that
        received a plan, in order.
        """
        readable: list[tuple[AutosaveSlot, Program]] = []
        damaged: list[str] = []
        for slot in orphaned_slots(autosave_dir()):
            try:
                readable.append((slot, load_plan(slot.plan_file, self._catalog)))
            except PlanFileError as error:
                damaged.append(self._set_aside(slot, error))
        if damaged:
            message_box(
                self._window,
                Icon.Warning,
                "Autosave set aside",
                "\n\n".join(damaged),
            )
        restored: list[Document] = []
        for number, (slot, program) in enumerate(readable, start=1):
            info = slot.read_info()
            if self._ask_restore(info, number, len(readable)) != RESTORE:
                slot.discard()
                continue
            target = self if not restored else another()
            target._restore(slot, program, info)
            restored.append(target)
        return restored

    def _ask_restore(self, info: SlotInfo, number: int, count: int) -> Button:
        of = f" ({number} of {count})" if count > 1 else ""
        when = f"\nAutosaved: {info.saved_at}" if info.saved_at else ""
        where = "\nIt opens in a window of its own." if number > 1 else ""
        return message_box(
            self._window,
            Icon.Question,
            f"Restore unsaved work?{of}",
            f"Brace Planner closed before the changes to {_describe(info)} were saved."
            f"{when}{where}\n\nRestore them, or discard this autosave?",
            RESTORE | DISCARD_AUTOSAVE,
            RESTORE,
            {RESTORE: "&Restore", DISCARD_AUTOSAVE: "&Discard"},
        )

    def _set_aside(self, slot: AutosaveSlot, error: PlanFileError) -> str:
        """Move a damaged autosave out of the way (never delete it); what to tell the user."""
        what = _describe(slot.read_info())
        try:
            moved = slot.set_aside()
        except OSError as failure:
            slot.release()
            return (
                f"The autosave of {what} could not be read ({_problem(error)}), nor moved "
                f"aside ({failure.strerror or failure}). It was left where it is:\n"
                f"{slot.plan_file}"
            )
        return (
            f"The autosave of {what} could not be read ({_problem(error)}). It was moved "
            f"aside, not deleted:\n{moved}"
        )

    def _restore(self, slot: AutosaveSlot, program: Program, info: SlotInfo) -> None:
        """Take over a dead window's slot and its plan, still unsaved: until this window saves
        or discards the work, it stays in that slot, so a second crash loses nothing."""
        self._slot.discard()
        self._slot = slot
        path = info.path
        stamp = info.stamp
        if path is not None and stamp is None:
            # An autosave of an older version did not record the file: trust it as it is now.
            stamp = file_stamp(path)
        self._replace(program, path, stamp, modified=True)
        self.message.emit(f"Restored unsaved changes to {_describe(info)}")

    def shutdown(self) -> None:
        """The window is closing after the unsaved prompt: stop autosaving, leave no autosave."""
        self.autosave_timer.stop()
        self.discard_autosave()


def _describe(info: SlotInfo) -> str:
    """An autosave's plan in words: its file name and folder, or its title when untitled."""
    if info.path is not None:
        return f"{info.path.name} (in {info.path.parent})"
    title = info.title.strip()
    if not title:
        return "an untitled plan"
    if len(title) > MAX_QUOTED_TITLE:
        title = title[: MAX_QUOTED_TITLE - 1] + "…"
    return f"the untitled plan “{title}”"


def _sample_checkins(program: Program) -> str:
    """The status bar's words for a sample's check-ins: made up, not a client's."""
    count = len(program.checkins)
    if not count:
        return ""
    return f", {count} made-up check-in{'s' if count != 1 else ''}"


def _is_bundled_template(path: Path) -> bool:
    return path.resolve().parent == TEMPLATES_DIR.resolve()


def file_stem_for(program: Program) -> str:
    """A file name's stem from the plan's title: 'Back-friendly strength' →
    back-friendly-strength ('plan' for a title of no letters or digits)."""
    words = "".join(ch if ch.isalnum() else " " for ch in program.title.casefold()).split()
    return "-".join(words)[:60] or "plan"


def _file_name_for(program: Program) -> str:
    return file_stem_for(program) + PLAN_SUFFIX
