"""`planner-gui export -o OUT`: the PDF never replaces what is not an earlier PDF of ours.

Each refusal is one line naming OUT, exit 2, and the file left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from planner_gui.cli import main
from tests.support.plan_files import VALID_PLAN

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.brace.json"
    path.write_text(json.dumps(VALID_PLAN))
    return path


def _refused(
    capsys: pytest.CaptureFixture[str], argv: list[str], out: Path, *fragments: str
) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"planner-gui: {out}: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err
    return err


def _no_temporary_files(folder: Path) -> None:
    assert not [path.name for path in folder.iterdir() if path.name.endswith(".tmp")]


def test_output_that_is_the_plan(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan.read_bytes()
    _refused(capsys, ["export", str(plan), "-o", str(plan)], plan, "is the plan")
    (tmp_path / "sub").mkdir()
    other_spelling = tmp_path / "sub" / ".." / "plan.brace.json"
    _refused(capsys, ["export", str(plan), "-o", str(other_spelling)], other_spelling, "the plan")
    assert plan.read_bytes() == before
    _no_temporary_files(tmp_path)


def test_output_that_links_to_the_plan(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan.read_bytes()
    symlink = tmp_path / "handout.pdf"
    symlink.symlink_to(plan.name)
    hard_link = tmp_path / "hard.pdf"
    os.link(plan, hard_link)
    for out in (symlink, hard_link):
        _refused(capsys, ["export", str(plan), "-o", str(out)], out, "is the plan")
    # ...and the plan given through a link, the output by its real name
    _refused(capsys, ["export", str(symlink), "-o", str(plan)], plan, "is the plan")
    assert plan.read_bytes() == before
    assert symlink.is_symlink() and os.readlink(symlink) == plan.name
    assert os.stat(hard_link).st_nlink == 2
    _no_temporary_files(tmp_path)


def test_output_that_is_the_brand_logo(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (40, 20), (200, 0, 0)).save(logo)
    before = logo.read_bytes()
    argv = ["export", str(plan), "--brand-logo", str(logo), "-o", str(logo)]
    _refused(capsys, argv, logo, "is the brand logo")
    assert logo.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b'{"format": "brace-plan"}', b"my thesis, chapter 3", b"\x89PNG\r\n\x1a\n", b"%PD"],
    ids=["another-plan", "text", "png", "too-short-for-pdf"],
)
def test_existing_file_that_is_not_a_pdf(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(content)
    _refused(capsys, ["export", str(plan), "-o", str(out)], out, "is not a PDF", "left as it is")
    assert out.read_bytes() == content
    _no_temporary_files(tmp_path)


def test_earlier_pdf_and_empty_file_are_replaced(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An earlier handout is what `-o` is for; an empty file holds nothing to lose."""
    earlier = tmp_path / "earlier.pdf"
    earlier.write_bytes(b"%PDF-1.4 last week's handout")
    empty = tmp_path / "empty.pdf"
    empty.touch()
    for out in (earlier, empty):
        assert main(["export", str(plan), "-o", str(out)]) == 0
        assert capsys.readouterr().out == f"wrote {out}\n"
        assert PdfReader(out).metadata.title == VALID_PLAN["title"]


def test_read_only_file_is_left_alone(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Also as root, whom the permission bits do not stop: the rename would replace it."""
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"%PDF-1.4 the signed-off handout")
    out.chmod(0o444)
    try:
        _refused(capsys, ["export", str(plan), "-o", str(out)], out, "is read-only")
        assert out.read_bytes() == b"%PDF-1.4 the signed-off handout"
        assert stat.S_IMODE(out.stat().st_mode) == 0o444
    finally:
        out.chmod(0o644)
    _no_temporary_files(tmp_path)


def test_a_link_to_an_earlier_pdf_is_written_through(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "handouts" / "current.pdf"
    target.parent.mkdir()
    target.write_bytes(b"%PDF-1.4 old")
    link = tmp_path / "latest.pdf"
    link.symlink_to(target)
    assert main(["export", str(plan), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert target.read_bytes().startswith(b"%PDF-") and target.stat().st_size > 1000
    _no_temporary_files(target.parent)


def test_fifo_is_refused_without_blocking(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "handout.pdf"
    os.mkfifo(fifo)
    _refused(capsys, ["export", str(plan), "-o", str(fifo)], fifo, "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    _no_temporary_files(tmp_path)


@contextlib.contextmanager
def _dev_null_kept() -> Iterator[Path]:
    """/dev/null for the test; should the code under test ever replace it, put it back."""
    dev_null = Path("/dev/null")
    try:
        yield dev_null
    finally:
        if IS_ROOT and not stat.S_ISCHR(os.lstat(dev_null).st_mode):
            dev_null.unlink()
            os.mknod(dev_null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            dev_null.chmod(0o666)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_dev_null_stays_a_device(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As root the rename used to turn /dev/null into a regular file holding the PDF."""
    with _dev_null_kept() as dev_null:
        _refused(capsys, ["export", str(plan), "-o", str(dev_null)], dev_null, "regular file")
        info = os.lstat(dev_null)
        assert stat.S_ISCHR(info.st_mode)
        assert os.major(info.st_rdev) == 1 and os.minor(info.st_rdev) == 3


@pytest.mark.skipif(not IS_ROOT, reason="making a device node needs root")
def test_device_node_in_a_folder_is_refused(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    node = tmp_path / "handout.pdf"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    _refused(capsys, ["export", str(plan), "-o", str(node)], node, "regular file")
    assert stat.S_ISCHR(os.lstat(node).st_mode)
    _no_temporary_files(tmp_path)


@pytest.mark.parametrize(
    "name", ["a" * 246 + ".pdf", "é" * 123 + ".pdf"], ids=["ascii", "two-byte-characters"]
)
def test_a_250_byte_file_name_is_accepted(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert len(os.fsencode(name)) == 250
    out = tmp_path / name
    assert main(["export", str(plan), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([plan.name, name])


def test_a_name_longer_than_the_file_system_allows_is_one_line(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("a" * 300 + ".pdf")
    _refused(capsys, ["export", str(plan), "-o", str(out)], out, "too long")
    assert sorted(path.name for path in tmp_path.iterdir()) == [plan.name]


def test_checks_come_before_any_work(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused output costs no layout: the handout is never rendered."""

    def render(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("rendered although the output is refused")

    monkeypatch.setattr("planner_gui.export.handout.render_handout", render)
    out = tmp_path / "notes.pdf"
    shutil.copy(plan, out)
    _refused(capsys, ["export", str(plan), "-o", str(out)], out, "not a PDF")
