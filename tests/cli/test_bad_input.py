"""Every bad file in the gallery: `check` and `export` exit 2 with one line, write nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.cli import main
from tests.support.bad_files import BAD_FILES


@pytest.mark.parametrize(("name", "content", "fragments"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_check_and_export_refuse_bad_files(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    fragments: tuple[str, ...],
) -> None:
    plan = tmp_path / f"{name}.brace.json"
    plan.write_bytes(content)
    out = tmp_path / "handout.pdf"

    assert main(["check", str(plan)]) == 2
    check_err = capsys.readouterr().err
    assert main(["export", str(plan), "-o", str(out)]) == 2
    export_err = capsys.readouterr().err

    for err in (check_err, export_err):
        assert err.count("\n") == 1, err
        assert str(plan) in err
        assert "Traceback" not in err
        for fragment in fragments:
            assert fragment in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [plan.name]


def test_export_does_not_overwrite_an_existing_pdf_on_bad_input(tmp_path: Path) -> None:
    plan = tmp_path / "bad.brace.json"
    plan.write_text("{ not json")
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"%PDF-1.4 the user's earlier handout")
    assert main(["export", str(plan), "-o", str(out)]) == 2
    assert out.read_bytes() == b"%PDF-1.4 the user's earlier handout"


@pytest.mark.parametrize("command", ["check", "export"])
def test_missing_file_and_folder_through_the_real_entry_point(tmp_path: Path, command: str) -> None:
    extra = ["-o", str(tmp_path / "out.pdf")] if command == "export" else []
    for target in (tmp_path / "absent.brace.json", tmp_path):
        result = subprocess.run(
            [sys.executable, "-m", "planner_gui", command, str(target), *extra],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1
        assert str(target) in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_a_cut_off_plan_is_named_with_its_line_and_column_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Python's parser wording ("Expecting property name enclosed in double quotes") means
    nothing to a clinician: the file, the place and what is wrong, on one line."""
    from planner_gui.resources import SAMPLE_PLAN

    cut = tmp_path / "plan.brace.json"
    text = SAMPLE_PLAN.read_text(encoding="utf-8")
    cut.write_text(text[: text.index('"', text.index("{", 10))], encoding="utf-8")
    assert main(["check", str(cut)]) != 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    line = text[: len(cut.read_text(encoding="utf-8"))].count("\n") + 1
    assert f"plan.brace.json: line {line}, column " in err[0]
    assert err[0].endswith("the file is cut off: not valid JSON (expected a name in double quotes)")
    assert "Expecting" not in err[0] and "Traceback" not in err[0]
