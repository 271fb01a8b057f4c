"""Atomic file replacement: a failure mid-save leaves the old file byte-for-byte intact.

A rename replaces whatever has the name, which is more than `open(path, "w")` would dare: a
read-only file, a device node such as /dev/null (as root it would become a regular file), a
FIFO, or the symbolic link itself rather than the file it points to. `write_bytes_atomic`
refuses the first ones (`check_replaceable`) and writes through a link to its target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

#: Bytes of the target's name kept in the temporary file's name: with the dot, the random
#: part and ".tmp" it stays far below NAME_MAX (255 bytes) however long the target's name is.
TEMP_NAME_BYTES = 64


class NotRegularFileError(OSError):
    """The target exists and is a device, FIFO or socket, which a save must never replace."""


def check_replaceable(path: Path) -> None:
    """Raise OSError (its `strerror` a phrase for the user) unless a save may replace `path`.

    A missing file may be created; an existing one must be a regular file that its owner
    has not made read-only (no write permission bit), and that this process may write.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(
            errno.EINVAL, "is not a regular file (a device, FIFO or socket)", str(path)
        )
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, "is read-only", str(path))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename it over `path`.

    The rename is atomic on one file system, so readers see either the old file or the new
    one, never a mixture; the temporary file is removed if anything fails on the way. Raises
    OSError, without touching anything, when `check_replaceable` refuses `path`.
    """
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    check_replaceable(path)
    directory = path.parent if str(path.parent) else Path(".")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on failure
        dir=directory, prefix=f".{_shortened(path.name)}.", suffix=".tmp", delete=False
    )
    temp = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp, path.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(directory)


def _shortened(name: str) -> str:
    """The first characters of `name` that fit in TEMP_NAME_BYTES bytes on disk."""
    kept, size = "", 0
    for char in name:
        try:
            size += len(os.fsencode(char))
        except UnicodeError:  # a character the file system cannot name: stop before it
            break
        if size > TEMP_NAME_BYTES:
            break
        kept += char
    return kept


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows opening a directory."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
