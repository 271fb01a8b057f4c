"""Autosave slots: one for each open plan, locked by the process whose window holds it.

A slot is three files in the autosave folder, named by a random id: `ID.brace.json` (the
plan), `ID.info.json` (which file it belongs to, when it was written, and by which process:
pid, host and start time) and `ID.lock`, a QLockFile held while the window lives. A killed
process leaves its lock behind; QLockFile sees that the pid is gone (or that the machine has
rebooted since), so the next start can take the lock and offer the plan. The lock of a window
that still runs cannot be taken, so no other window or process offers or deletes its slot.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeGuard

import platformdirs
from PySide6.QtCore import QLockFile, QSysInfo

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.formats import PLAN_SUFFIX
from planner_gui.domain.safe_save import FileStamp

APP_DIR_NAME = "BracePlanner"
INFO_SUFFIX = ".info.json"
LOCK_SUFFIX = ".lock"
#: Where autosaves that would not load are moved, never deleted.
DAMAGED_DIR_NAME = "damaged"
#: The one slot of versions before per-window autosave; still offered after an upgrade.
LEGACY_ID = "autosave"
LEGACY_INFO_NAME = "autosave-info.json"
#: An info file is a few hundred bytes; anything far larger is not ours.
MAX_INFO_BYTES = 64 * 1024
#: When this process began (close enough: when the window code was imported).
PROCESS_STARTED = datetime.now().isoformat(timespec="seconds")


#: Names another user data folder: for tests, sandboxes and portable use.
DATA_DIR_ENV = "BRACE_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (BRACE_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def autosave_dir() -> Path:
    return data_dir() / "autosave"


@dataclass(frozen=True)
class SlotInfo:
    """What an autosave is of, shown when it is offered back."""

    path: Path | None = None
    title: str = ""
    saved_at: str = ""
    #: The plan file as its window last read or wrote it, to notice later outside changes.
    stamp: FileStamp | None = None
    pid: int | None = None
    host: str = ""
    process_started: str = ""

    def to_json(self) -> bytes:
        body = {
            "path": str(self.path) if self.path is not None else None,
            "title": self.title,
            "saved_at": self.saved_at,
            "file_mtime_ns": self.stamp.mtime_ns if self.stamp is not None else None,
            "file_size": self.stamp.size if self.stamp is not None else None,
            "pid": self.pid,
            "host": self.host,
            "process_started": self.process_started,
        }
        return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SlotInfo:
        """Whatever of `raw` makes sense; the plan matters, its description does not."""
        path, mtime, size, pid = (raw.get(k) for k in ("path", "file_mtime_ns", "file_size", "pid"))
        return cls(
            path=Path(path) if isinstance(path, str) and path else None,
            title=_text(raw.get("title")),
            saved_at=_text(raw.get("saved_at")).replace("T", " "),
            stamp=FileStamp(mtime, size) if _whole(mtime) and _whole(size) else None,
            pid=pid if _whole(pid) else None,
            host=_text(raw.get("host")),
            process_started=_text(raw.get("process_started")).replace("T", " "),
        )

    @classmethod
    def for_this_process(cls, path: Path | None, title: str, stamp: FileStamp | None) -> SlotInfo:
        return cls(
            path=path,
            title=title,
            saved_at=datetime.now().isoformat(timespec="seconds"),
            stamp=stamp,
            pid=os.getpid(),
            host=QSysInfo.machineHostName(),
            process_started=PROCESS_STARTED,
        )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


class AutosaveSlot:
    """One plan's autosave files in `folder`; a new random id unless `slot_id` is given."""

    def __init__(self, folder: Path, slot_id: str | None = None) -> None:
        self.folder = folder
        self.id = slot_id or uuid.uuid4().hex
        self._lock = QLockFile(str(self.lock_file))
        # Only a dead owner makes a lock stale: a window may run for days without rewriting it.
        self._lock.setStaleLockTime(0)

    @property
    def plan_file(self) -> Path:
        return self.folder / f"{self.id}{PLAN_SUFFIX}"

    @property
    def info_file(self) -> Path:
        if self.id == LEGACY_ID:
            return self.folder / LEGACY_INFO_NAME
        return self.folder / f"{self.id}{INFO_SUFFIX}"

    @property
    def lock_file(self) -> Path:
        return self.folder / f"{self.id}{LOCK_SUFFIX}"

    def exists(self) -> bool:
        return self.plan_file.is_file()

    def is_held(self) -> bool:
        """This process holds the slot's lock."""
        return bool(self._lock.isLocked())

    def claim(self) -> bool:
        """Take the lock unless a live process holds it (a dead one's lock is taken over)."""
        return self.is_held() or bool(self._lock.tryLock(0))

    def release(self) -> None:
        """Let go of the lock (its file goes); the autosave, if any, stays for a later start."""
        if self.is_held():
            self._lock.unlock()

    def write(self, data: bytes, info: SlotInfo) -> None:
        """Write the plan and its info, atomically each; OSError when that cannot be done."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.claim():
            raise OSError(f"{self.lock_file} is held by another Brace Planner")
        # Info first: a plan file is never without it, and a lone info file is ignored.
        write_bytes_atomic(self.info_file, info.to_json())
        write_bytes_atomic(self.plan_file, data)

    def read_info(self) -> SlotInfo:
        try:
            with self.info_file.open("rb") as handle:
                raw = json.loads(handle.read(MAX_INFO_BYTES))
        except (OSError, ValueError):
            return SlotInfo()
        return SlotInfo.from_json(raw) if isinstance(raw, dict) else SlotInfo()

    def discard(self) -> None:
        """Delete the autosave and let go of the lock: the plan was saved or let go of.

        A slot whose lock a live process holds is left alone: it is that window's work.
        """
        if self.plan_file.exists() or self.info_file.exists():
            if not self.claim():
                return
            self.plan_file.unlink(missing_ok=True)
            self.info_file.unlink(missing_ok=True)
        self.release()

    def set_aside(self) -> Path:
        """Move the autosave into `damaged/`, stamped with the time, and return where it went.

        Raises OSError when it cannot be moved; it is then left where it is. Never deleted.
        """
        damaged = self.folder / DAMAGED_DIR_NAME
        damaged.mkdir(parents=True, exist_ok=True)
        stem = f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{self.id}"
        target = damaged / f"{stem}{PLAN_SUFFIX}"
        os.replace(self.plan_file, target)
        if self.info_file.is_file():
            os.replace(self.info_file, damaged / f"{stem}{INFO_SUFFIX}")
        self.release()
        return target


def orphaned_slots(folder: Path) -> list[AutosaveSlot]:
    """Every autosave in `folder` whose window is gone, oldest first.

    They come back claimed, so a second Brace Planner starting at the same time does not offer
    them too; a slot whose lock a live process holds is left alone.
    """
    if not folder.is_dir():
        return []
    found: list[tuple[int, str, AutosaveSlot]] = []
    for plan in folder.glob(f"*{PLAN_SUFFIX}"):
        slot = AutosaveSlot(folder, plan.name.removesuffix(PLAN_SUFFIX))
        if not slot.claim():
            continue
        try:
            # Its window may have saved and let go of it between the listing and the claim.
            modified = plan.stat().st_mtime_ns
        except OSError:
            slot.release()
            continue
        found.append((modified, slot.id, slot))
    return [slot for _, _, slot in sorted(found, key=lambda entry: entry[:2])]
