"""`planner-gui export` reports a handout part reportlab cannot place in one line, exit 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.domain.formats import save_plan
from planner_gui.domain.models import blank_program
from planner_gui.export import handout
from planner_gui.export.layouts import compact
from tests.support.unplaceable import TooTall


def test_a_layout_failure_is_one_line_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "plan.brace.json"
    save_plan(blank_program(date(2026, 1, 5)), plan_path)
    monkeypatch.setattr(handout, "safety_flowables", lambda ctx: [TooTall()])
    monkeypatch.setattr(compact, "safety_flowables", lambda ctx: [TooTall()])  # the default
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan_path), "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert error.startswith(f"planner-gui: {plan_path}: cannot export: part of page")
    assert "does not fit on a page" in error and "Traceback" not in error
    assert not out.exists()
