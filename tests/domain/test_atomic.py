"""The atomic writer: any valid name works, and a rename never replaces what a save must not."""

from __future__ import annotations

import copy
import os
import stat
from pathlib import Path

import pytest

from planner_gui.domain.atomic import (
    TEMP_NAME_BYTES,
    NotRegularFileError,
    check_replaceable,
    write_bytes_atomic,
)
from planner_gui.domain.formats import load_plan, parse_plan, save_plan
from tests.support.plan_files import VALID_PLAN

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize(
    "name",
    ["p" * 239 + ".brace.json", "ü" * 119 + "x.brace.json", "a" * 255],
    ids=["250-ascii", "250-two-byte", "255-bytes"],
)
def test_long_valid_names(tmp_path: Path, name: str) -> None:
    """The temporary file's name keeps only the start of the target's, so it always fits."""
    assert len(os.fsencode(name)) in {250, 255}
    target = tmp_path / name
    write_bytes_atomic(target, b"first")
    write_bytes_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert _names(tmp_path) == [name]


def test_a_plan_with_a_250_byte_name_saves_and_loads(tmp_path: Path) -> None:
    program = parse_plan(copy.deepcopy(VALID_PLAN), "valid")
    target = tmp_path / ("plan-" + "x" * 234 + ".brace.json")
    assert len(os.fsencode(target.name)) == 250
    save_plan(program, target)
    assert load_plan(target) == program


def test_temporary_name_is_short_and_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    write_bytes_atomic(tmp_path / ("é" * 120 + ".pdf"), b"data")
    (temp,) = seen
    assert temp.startswith(".é") and temp.endswith(".tmp")
    assert len(os.fsencode(temp)) <= 1 + TEMP_NAME_BYTES + 1 + 8 + len(".tmp")


def test_refuses_a_read_only_file(tmp_path: Path) -> None:
    """A rename needs only the folder's permission: without the check, even a read-only
    file (and, as root, any file) would be replaced."""
    target = tmp_path / "signed-off.brace.json"
    target.write_bytes(b"keep me")
    target.chmod(0o444)
    try:
        with pytest.raises(PermissionError) as error:
            write_bytes_atomic(target, b"new")
        assert error.value.strerror == "is read-only"
        assert target.read_bytes() == b"keep me"
        assert _names(tmp_path) == [target.name]
    finally:
        target.chmod(0o644)


def test_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.brace.json"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError):
        write_bytes_atomic(fifo, b"new")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _names(tmp_path) == [fifo.name]


@pytest.mark.skipif(not IS_ROOT, reason="making a device node needs root")
def test_refuses_a_device_node(tmp_path: Path) -> None:
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    with pytest.raises(NotRegularFileError) as error:
        write_bytes_atomic(node, b"new")
    assert "not a regular file" in str(error.value.strerror)
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    assert _names(tmp_path) == ["null"]


def test_refuses_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_bytes_atomic(folder, b"new")
    assert folder.is_dir()


def test_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    """The link stays a link (a dotfile manager's, say); the file it names gets the data."""
    real = tmp_path / "store" / "plan.brace.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "plan.brace.json"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == b"new"
    assert _names(real.parent) == ["plan.brace.json"]


def test_check_replaceable_allows_missing_and_writable_files(tmp_path: Path) -> None:
    check_replaceable(tmp_path / "new.pdf")
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF-")
    check_replaceable(existing)
