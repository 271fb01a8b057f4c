"""`planner-gui export --layout/--log/--load-chart/--plan-check` and `check --pdf`."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.cli import main
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf import pdf_text


def test_compact_by_default_full_on_request(tmp_path: Path) -> None:
    compact, full = tmp_path / "c.pdf", tmp_path / "f.pdf"
    assert main(["export", str(SAMPLE_PLAN), "-o", str(compact)]) == 0
    assert main(["export", str(SAMPLE_PLAN), "-o", str(full), "--layout", "full"]) == 0
    assert len(PdfReader(compact).pages) * 3 < len(PdfReader(full).pages)
    assert "Exercise guide" in pdf_text(compact) and "Your log" in pdf_text(full)


def test_switches(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    argv = ["export", str(SAMPLE_PLAN), "-o", str(out), "--layout", "full"]
    assert main([*argv, "--no-log", "--no-load-chart"]) == 0
    text = pdf_text(out)
    assert "Your log" not in text and "Weekly training load" not in text
    assert "Plan check" not in text
    assert main([*argv, "--plan-check"]) == 0
    assert "Plan check" in pdf_text(out)


def test_check_writes_the_plan_review(tmp_path: Path) -> None:
    out = tmp_path / "review.pdf"
    assert main(["check", str(SAMPLE_PLAN), "--pdf", str(out)]) == 0
    text = pdf_text(out)
    assert "Plan review" in text and "Made on" in text
    assert "Weekly training load" in text and "PO101" in text


def test_check_refuses_to_write_the_review_over_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "p.brace.json"
    plan.write_bytes(SAMPLE_PLAN.read_bytes())
    assert main(["check", str(plan), "--pdf", str(plan)]) == 2
    assert plan.read_bytes() == SAMPLE_PLAN.read_bytes()


def test_cards_with_the_plan_check_or_chart_say_they_carry_neither(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Asked for, the plan check would be left out of cards without a word."""
    out = tmp_path / "cards.pdf"
    argv = ["export", str(SAMPLE_PLAN), "-o", str(out), "--layout", "cards"]
    assert main(argv) == 0
    assert "note" not in capsys.readouterr().err  # the chart's default is no request
    assert main([*argv, "--plan-check"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "cards don't carry the plan check" in err[0]
    assert "check" in err[0] and "--pdf" in err[0]
    assert main([*argv, "--load-chart"]) == 0
    assert "cards don't carry the load chart" in capsys.readouterr().err
    assert "Plan check" not in pdf_text(out)
