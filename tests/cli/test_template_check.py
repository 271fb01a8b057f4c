"""`planner-gui check --strict` passes every bundled template with no finding, in both forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.resources import template_paths


@pytest.mark.parametrize("template", template_paths(), ids=lambda p: p.name)
def test_strict_check_of_a_template_finds_nothing(
    template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--strict", str(template)]) == 0
    assert capsys.readouterr().out == "No problems found.\n"
    assert main(["check", "--strict", "--format", "json", str(template)]) == 0
    assert json.loads(capsys.readouterr().out) == []
