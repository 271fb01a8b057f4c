"""`planner-gui export` refuses through the shared export gate with the message it always gave."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.export_gate import export_gate
from planner_gui.domain.formats import load_plan
from planner_gui.resources import SAMPLE_PLAN


def test_refusal_message_and_exit_code_are_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.brace.json"
    shutil.copy(SAMPLE_PLAN, plan)
    raw = json.loads(plan.read_text(encoding="utf-8"))
    items = raw["weeks"][2]["sessions"][1]["blocks"][1]["items"]
    items[0]["sets"] = 40
    items[1]["exercise"] = "no-such-lift"
    plan.write_text(json.dumps(raw), encoding="utf-8")
    out = tmp_path / "out.pdf"

    assert main(["export", str(plan), "-o", str(out)]) == 2

    catalog = bundled_catalog()
    program = load_plan(plan, catalog)
    problems = check_program(program, catalog, select=["DA501", "DA502"])
    assert len(problems) == 2
    first = problems[0]
    expected = (
        f"planner-gui: {plan}: cannot export: 2 data errors ({first.code} {first.place()}: "
        f"{first.message.rstrip('.')}; and 1 more); run `planner-gui check` to see them all\n"
    )
    captured = capsys.readouterr()
    assert captured.err == expected
    assert captured.out == ""
    assert not out.exists()
    # The window asks the same gate, so it refuses the same plan for the same reason.
    assert export_gate(program, catalog).summary() in expected


# Red flags (issue 12): exit 1 unless --allow-red-flags -----------------------------------


def _with_red_flag(tmp_path: Path, *, data_error: bool = False) -> Path:
    plan = tmp_path / "plan.brace.json"
    shutil.copy(SAMPLE_PLAN, plan)
    raw = json.loads(plan.read_text(encoding="utf-8"))
    raw["checkins"] = [{"date": "2026-01-13", "pain": "none", "red_flags": ["night-pain"]}]
    if data_error:
        raw["weeks"][0]["sessions"][0]["blocks"][1]["items"][0]["sets"] = 40
    plan.write_text(json.dumps(raw), encoding="utf-8")
    return plan


def test_an_open_red_flag_refuses_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _with_red_flag(tmp_path)
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"planner-gui: {plan}: not exported: a red flag no clinician has cleared (2026-01-13: "
        "pain that wakes you at night – Book a doctor's appointment within a few days); the "
        "athlete should see a clinician first (give --allow-red-flags to export anyway)\n"
    )
    assert captured.out == ""
    assert not out.exists()


def test_allow_red_flags_exports_anyway(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _with_red_flag(tmp_path)
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out), "--allow-red-flags"]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    assert out.read_bytes().startswith(b"%PDF")


def test_allow_red_flags_does_not_pass_data_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _with_red_flag(tmp_path, data_error=True)
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out), "--allow-red-flags"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot export: 1 data error (DA501 " in err
    assert "; a red flag no clinician has cleared (" in err
    assert not out.exists()


# Other checker errors: warned about on stderr, one line each, and exported -----------------


def test_checker_errors_are_warned_one_line_each_and_the_handout_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.brace.json"
    shutil.copy(SAMPLE_PLAN, plan)
    raw = json.loads(plan.read_text(encoding="utf-8"))
    # Week 2's back squat jumps from 60 to 90 kg: a PO101 error, not a data error.
    raw["weeks"][1]["sessions"][0]["blocks"][1]["items"][0]["load"] = 90
    plan.write_text(json.dumps(raw), encoding="utf-8")
    out = tmp_path / "out.pdf"

    assert main(["export", str(plan), "-o", str(out)]) == 0

    catalog = bundled_catalog()
    errors = [f for f in check_program(load_plan(plan, catalog), catalog) if f.severity == "error"]
    assert errors and all(f.code not in ("DA501", "DA502", "CK601") for f in errors)
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == len(errors)
    for line, finding in zip(lines, errors, strict=True):
        assert line.startswith(f"planner-gui: {plan}: warning: week {finding.week} · ")
        assert f"{finding.code} error: {finding.message}" in line
    assert any("back-squat: PO101 error" in line for line in lines)
    assert captured.out == f"wrote {out}\n"
    assert out.read_bytes().startswith(b"%PDF")


def test_a_clean_plan_exports_without_a_word_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    assert main(["export", str(SAMPLE_PLAN), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
