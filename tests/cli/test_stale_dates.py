"""A plan whose dates are past is exported and checked as it is, with one line on stderr
naming its start and how to re-date it (a bundled template, dated 2026-01-05, once printed
January's dates in December without a word, while the window starts it next Monday)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.cli import main
from planner_gui.cli.common import STALE_START, TODAY_ENV, stale_dates_note
from planner_gui.domain.formats import load_plan
from planner_gui.resources import template_paths

TEMPLATE = next(path for path in template_paths() if "8wk" in path.name)


def _template_with_start(tmp_path: Path, start: date) -> Path:
    data = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    data["start_date"] = start.isoformat()
    path = tmp_path / "plan.brace.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_exporting_a_template_in_december_says_its_dates_are_past_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(TODAY_ENV, "2026-12-03")
    out = tmp_path / "out.pdf"
    assert main(["export", str(TEMPLATE), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"planner-gui: note: {TEMPLATE}: its dates are past")
    assert "Monday 5 January 2026 to Sunday 1 March 2026" in err
    assert 'set "start_date": "2026-12-07"' in err  # the Monday the window would start it
    # The handout is as before: the plan's own dates.
    cover = PdfReader(out).pages[0].extract_text()
    assert "5 January 2026" in cover


def test_checking_a_plan_that_began_long_ago_says_so_and_still_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(TODAY_ENV, "2026-03-02")
    plan = _template_with_start(tmp_path, date(2026, 1, 19))  # 6 weeks ago, 2 weeks to go
    assert main(["check", str(plan)]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert "it began 6 weeks ago, on Monday 19 January 2026" in captured.err
    assert '"start_date": "2026-03-02"' in captured.err  # today is that Monday
    assert captured.out == "No problems found.\n"


@pytest.mark.parametrize("today", ["2025-12-01", "2026-01-05", "2026-02-02"])
def test_a_plan_that_has_not_started_or_started_lately_passes_without_a_word(
    today: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(TODAY_ENV, today)
    assert main(["check", str(TEMPLATE)]) == 0
    assert capsys.readouterr().err == ""


def test_the_note_begins_just_past_four_weeks_or_once_the_plan_has_ended() -> None:
    program = load_plan(TEMPLATE)
    start, end = program.start_date, program.end_date
    assert stale_dates_note(TEMPLATE, program, start + STALE_START) is None
    assert stale_dates_note(TEMPLATE, program, start + STALE_START + timedelta(days=1))
    short = program.model_copy(update={"weeks": program.weeks[:2]})
    assert stale_dates_note(TEMPLATE, short, short.end_date) is None
    assert "its dates are past" in (stale_dates_note(TEMPLATE, short, end) or "")
