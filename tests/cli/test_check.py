"""`planner-gui check` and `planner-gui rules`: output forms, exit codes, one-line failures.

The plans use exercises of the in-test catalog below, patched in place of the bundled one so
the tests do not depend on assets/catalog.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import planner_gui.cli as cli
from planner_gui.cli import check as check_cli
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Exercise

CATALOG = Catalog(
    [
        Exercise(
            id="deadlift",
            name="Deadlift",
            category="strength",
            pattern="hinge",
            muscles=["glutes", "hamstrings"],
            dose="reps",
            loaded=True,
            spinal_load="high",
        ),
        Exercise(
            id="dowel-hinge",
            name="Dowel hinge",
            category="warmup",
            pattern="hinge",
            muscles=["hamstrings"],
            dose="reps",
        ),
        Exercise(
            id="bird-dog",
            name="Bird-dog",
            category="core",
            pattern="anti-rotation",
            muscles=["multifidus"],
            dose="reps",
        ),
        Exercise(
            id="glute-bridge",
            name="Glute bridge",
            category="glute",
            pattern="bridge",
            muscles=["glutes"],
            dose="reps",
        ),
        Exercise(
            id="hip-flexor-stretch",
            name="Hip flexor stretch",
            category="mobility",
            pattern="stretch",
            muscles=["hip-flexors"],
            dose="hold",
            stretch="static",
        ),
    ]
)


@pytest.fixture(autouse=True)
def _only_check_and_test_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run through the real dispatcher with this module's catalog and only `check` wired."""
    monkeypatch.setattr(cli, "SUBCOMMANDS", (check_cli,))
    monkeypatch.setattr("planner_gui.cli.common.bundled_catalog", lambda: CATALOG)


def _session(day: str, name: str, deadlift: float, **extra: Any) -> dict[str, Any]:
    blocks = [
        {"kind": "warmup", "items": [{"exercise": "dowel-hinge", "sets": 1, "reps": 10}]},
        {
            "kind": "main",
            "items": [
                {"exercise": "deadlift", "sets": 3, "reps": 5, "load": deadlift, **extra},
            ],
        },
        {"kind": "core", "items": [{"exercise": "bird-dog", "sets": 2, "reps": 8}]},
        {"kind": "glute", "items": [{"exercise": "glute-bridge", "sets": 2, "reps": 10}]},
        {
            "kind": "mobility",
            "items": [
                {"exercise": "hip-flexor-stretch", "sets": 2, "hold_s": 30},
            ],
        },
    ]
    return {"day": day, "name": name, "duration_min": 60, "rpe": 6, "blocks": blocks}


def _plan(tmp_path: Path, loads: list[float], **extra: Any) -> Path:
    weeks = [
        {"sessions": [_session("mon", "Lower A", load, **extra), _session("wed", "Lower B", 60)]}
        for load in loads
    ]
    raw = {"format": "brace-plan", "version": 1, "start_date": "2026-01-05", "weeks": weeks}
    path = tmp_path / "plan.brace.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_clean_plan_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(_plan(tmp_path, [80, 84, 88]))]) == 0
    assert capsys.readouterr().out == "No problems found.\n"


def test_warning_text_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, [80, 80, 92])
    assert cli.main(["check", str(plan)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "week 3 · Mon · Lower A · deadlift: PO101 warning: Deadlift load rises 15 % from week 2 "
        "to week 3 (80 → 92 kg); the guideline is to keep weekly rises at or below 10 %, "
        "e.g. 88 kg.",
        "0 errors, 1 warning, 0 info",
    ]
    assert cli.main(["check", "--strict", str(plan)]) == 1


def test_errors_exit_1_and_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, [80, 100])
    assert cli.main(["check", "--format", "json", str(plan)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [entry["code"] for entry in data] == ["PO101"]
    assert data[0] == {
        "code": "PO101",
        "severity": "error",
        "week": 2,
        "day": "mon",
        "session": "Lower A",
        "block": "main",
        "exercise": "deadlift",
        "message": data[0]["message"],
    }
    assert "25 %" in data[0]["message"]


def test_summary_counts_with_data_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path, [80], rpe=12)
    assert cli.main(["check", str(plan)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("week 1 · Mon · Lower A · deadlift: DA501 error: Deadlift has RPE 12")
    assert out[-1] == "1 error, 0 warnings, 0 info"


def test_json_of_a_clean_plan_is_an_empty_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", "--format=json", str(_plan(tmp_path, [80]))]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_select_and_ignore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, [80, 100])
    assert cli.main(["check", "--ignore", "PO101", str(plan)]) == 0
    assert "PO101" not in capsys.readouterr().out
    assert cli.main(["check", "--select", "DA,RC", str(plan)]) == 0
    assert capsys.readouterr().out == "No problems found.\n"
    assert cli.main(["check", "--select", "po", "--format", "json", str(plan)]) == 1
    assert {entry["code"][:2] for entry in json.loads(capsys.readouterr().out)} == {"PO"}


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    assert cli.main(["check", option, "PO101,ZZ9", str(_plan(tmp_path, [80]))]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert f"{option}: 'ZZ9' matches no rule code" in captured.err


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["", " , "])
def test_empty_code_list_is_refused_not_a_clean_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    plan = _plan(tmp_path, [80, 100])  # a PO101 error that an empty --select would hide
    assert cli.main(["check", option, value, str(plan)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"planner-gui: {option}: give one or more rule codes or prefixes, e.g. PO101,RC\n"
    )


def test_lowercase_unknown_code_names_its_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", "--select", "po", "--ignore", "zz", str(_plan(tmp_path, [80]))]) == 2
    assert capsys.readouterr().err.startswith("planner-gui: --ignore: 'ZZ' matches no rule")
    assert cli.main(["check", "--select", "zz", str(_plan(tmp_path, [80]))]) == 2
    assert capsys.readouterr().err.startswith("planner-gui: --select: 'ZZ' matches no rule")


def test_unknown_rule_in_plan_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, [80])
    raw = json.loads(plan.read_text())
    raw["rules"] = {"PO101": {"limit_pcnt": 5}}
    plan.write_text(json.dumps(raw))
    assert cli.main(["check", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{plan}: rules.PO101.limit_pcnt: unknown setting 'limit_pcnt'" in err


def test_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(tmp_path / "nope.brace.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_plan_rules_section_changes_the_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path, [80, 100])
    raw = json.loads(plan.read_text())
    raw["rules"] = {"PO101": {"enabled": False}, "PO104": {"enabled": False}}
    plan.write_text(json.dumps(raw))
    assert cli.main(["check", str(plan)]) == 0
    assert capsys.readouterr().out == "No problems found.\n"


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules"]) == 0
    out = capsys.readouterr().out
    for code in ("PO101", "RC201", "WU301", "BA404", "DA501", "DA502", "CK601"):
        assert f"\n{code}  " in f"\n{out}"
    assert "PO101  warning (error above error_pct): An exercise's load rises too fast" in out
    assert "defaults: limit_pct=10, error_pct=20" in out
    assert "Buist" in out and "guideline" in out


def test_rules_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules", "--format", "json"]) == 0
    data = {entry["code"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert data["PO103"]["thresholds"] == {"limit_ratio": 1.3, "error_ratio": 1.5}
    assert data["DA502"]["severity"] == "error"


def test_rules_lists_the_issue_10_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules"]) == 0
    out = capsys.readouterr().out
    for code in ("PO108", "PO109", "RC204", "WU304", "TI701", "TI702"):
        assert f"\n{code}  " in f"\n{out}", code
    assert "TI701  warning: A session's estimated time exceeds its planned minutes" in out
    assert "WU302  info (warning from warn_total_s): Static stretching inside a warm-up" in out
    assert "defaults: limit_pct=25, min_sets=3" in out
    assert cli.main(["rules", "--format", "json"]) == 0
    data = {entry["code"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert data["TI702"]["thresholds"] == {"max_exercises": 12}
    assert data["WU304"]["severity"] == "info"


def test_format_finding_without_a_place() -> None:
    line = check_cli.format_finding(Finding("CK601", "error", "Stop and see a clinician."))
    assert line == "plan: CK601 error: Stop and see a clinician."


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_ascii_only_stdout_gets_no_traceback(tmp_path: Path, fmt: str) -> None:
    """`·`, `→` and `×` become `?` in text and \\u escapes in JSON on a non-Unicode stdout."""
    plan = _plan(tmp_path, [80, 100])
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for command in (["check", "--format", fmt, str(plan)], ["rules", "--format", fmt]):
        result = subprocess.run(
            [sys.executable, "-m", "planner_gui", *command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
        )
        assert "Traceback" not in result.stderr
        assert result.returncode in (0, 1), result.stderr
        assert result.stdout.isascii()
        if fmt == "json":
            json.loads(result.stdout)
        if command[0] == "check":
            assert "PO101" in result.stdout
