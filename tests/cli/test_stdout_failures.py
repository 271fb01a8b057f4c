"""A standard output that cannot be written: one line on stderr and exit 2, never a traceback.

`planner-gui check PLAN > /dev/full` used to end in an OSError traceback (and, had the text
fitted the buffer, in Python's "Exception ignored" at exit with code 120). A reader that goes
away (`| head`) ends quietly, as other command-line tools do, also with exit 2: the output
was not all delivered.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.cli.common import EXIT_BAD_INPUT
from tests.support.plan_files import VALID_PLAN

DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not DEV_FULL.exists(), reason="needs /dev/full")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.brace.json"
    path.write_text(json.dumps(VALID_PLAN))
    return path


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "planner_gui", *args]


def _assert_one_line(stderr: str, *fragments: str) -> None:
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    for fragment in fragments:
        assert fragment in stderr


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [
        ["check", "{plan}"],
        ["check", "--format", "json", "{plan}"],
        ["rules"],
        ["rules", "--format", "json"],
        ["--help"],
        ["check", "--help"],
        ["--version"],
    ],
    ids=lambda args: " ".join(args),
)
def test_dev_full(plan: Path, args: list[str]) -> None:
    argv = [arg.format(plan=plan) for arg in args]
    with DEV_FULL.open("w") as full:
        result = subprocess.run(_command(*argv), stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == EXIT_BAD_INPUT
    _assert_one_line(result.stderr, "planner-gui: cannot write the output: No space left on device")


@needs_dev_full
def test_dev_full_after_export_keeps_the_pdf(tmp_path: Path, plan: Path) -> None:
    """The handout is written; only the `wrote PATH` line could not be."""
    out = tmp_path / "handout.pdf"
    with DEV_FULL.open("w") as full:
        result = subprocess.run(
            _command("export", str(plan), "-o", str(out)),
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == EXIT_BAD_INPUT
    _assert_one_line(result.stderr, "cannot write the output")
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("args", [["check", "{plan}"], ["rules"]], ids=["check", "rules"])
def test_closed_stdout(plan: Path, args: list[str]) -> None:
    """`planner-gui check PLAN >&-`: Python starts with no sys.stdout at all."""
    argv = [arg.format(plan=plan) for arg in args]
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *_command(*argv)],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert result.returncode == EXIT_BAD_INPUT
    _assert_one_line(result.stderr, "cannot write the output: the standard output is closed")


def test_closed_stdout_export_still_writes_the_pdf(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = subprocess.run(
        ["sh", "-c", 'exec "$@" >&-', "sh", *_command("export", str(plan), "-o", str(out))],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert result.returncode == EXIT_BAD_INPUT
    _assert_one_line(result.stderr, "the standard output is closed")
    assert out.read_bytes().startswith(b"%PDF-")


def test_reader_gone_ends_quietly(plan: Path) -> None:
    """The pipe's reading end is closed before the command writes: EPIPE on the first line."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(_command("rules"), stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr == b""
