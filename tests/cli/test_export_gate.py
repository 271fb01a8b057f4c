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
