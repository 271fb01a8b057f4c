"""`planner-gui new`: writes a plan that loads again and checks clean, or exits 2 with one line
and writes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner_gui.cli import main, new
from planner_gui.domain.builders.equipment import catalog_equipment
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.formats import load_plan
from planner_gui.domain.generator.request import next_monday

GOOD = [
    "new",
    "--weeks",
    "4",
    "--days",
    "mon,wed,fri",
    "--level",
    "beginner",
    "--equipment",
    "dumbbells,band",
    "--goal",
    "foundation",
]


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("planner-gui: ")
    return err


def test_writes_a_plan_that_loads_again_and_checks_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.brace.json"
    argv = [*GOOD, "--start", "2030-01-07", "--athlete", "Sam Example", "-o", str(out)]
    assert main(argv) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    lines = printed.out.splitlines()
    assert lines[0].startswith(f"wrote {out}: ")
    assert "4 weeks from 2030-01-07 (1 deload)" in lines[0]
    assert lines[0].endswith("Mon, Wed, Fri, beginner, foundation, equipment: dumbbells, band")
    assert lines[1] == "check: no problems found"
    catalog = bundled_catalog()
    plan = load_plan(out, catalog)
    assert plan.athlete == "Sam Example" and plan.start_date == date(2030, 1, 7)
    assert [s.day for s in plan.weeks[0].sessions] == ["mon", "wed", "fri"]
    assert check_program(plan, catalog) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.brace.json"]  # no temp file left


def test_the_start_defaults_to_next_monday(tmp_path: Path) -> None:
    out = tmp_path / "plan.brace.json"
    assert main([*GOOD, "-o", str(out)]) == 0
    start = json.loads(out.read_text(encoding="utf-8"))["start_date"]
    assert date.fromisoformat(start) == next_monday(date.today())
    assert date.fromisoformat(start).weekday() == 0


def test_a_seed_and_minutes_and_a_title_are_taken(tmp_path: Path) -> None:
    out = tmp_path / "plan.brace.json"
    argv = [*GOOD, "--seed", "4", "--minutes", "45", "--title", "Spring block", "-o", str(out)]
    assert main(argv) == 0
    plan = load_plan(out, bundled_catalog())
    assert plan.title == "Spring block"
    assert all(s.duration_min is not None and s.duration_min <= 45 for s in plan.weeks[0].sessions)


@pytest.mark.parametrize(
    ("option", "value", "fragment"),
    [
        ("--days", "mon,wed,fry", "--days: 'fry' is not a day"),
        ("--days", "mon", "--days: 1 training day"),
        ("--days", "mon,tue,wed,thu,fri,sat,sun", "--days: 7 training days"),
        ("--weeks", "0", "--weeks: 0 weeks"),
        ("--weeks", "60", "--weeks: 60 weeks"),
        ("--weeks", "six", "--weeks: 'six' is not a number of weeks"),
        ("--equipment", "dumbells", "--equipment: 'dumbells' is not a piece of equipment"),
        ("--start", "2026-02-30", "--start: '2026-02-30' is not a date"),
        ("--start", "9999-12-20", "--start: "),
        ("--level", "expert", "--level: 'expert' is not a level"),
        ("--goal", "bulk", "--goal: 'bulk' is not a goal"),
        ("--minutes", "10", "--minutes: 10 minutes a session"),
        ("--minutes", "an hour", "--minutes: 'an hour' is not a whole number"),
        ("--seed", "1.5", "--seed: '1.5' is not a whole number"),
    ],
)
def test_bad_answers_exit_2_with_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, fragment: str
) -> None:
    out = tmp_path / "plan.brace.json"
    argv = [*GOOD, "-o", str(out)]
    if option in argv:
        argv[argv.index(option) + 1] = value
    else:
        argv += [option, value]
    assert main(argv) == 2
    err = _one_line(capsys.readouterr().err)
    assert fragment in err
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_kept_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.brace.json"
    out.write_text("the coach's own plan", encoding="utf-8")
    assert main([*GOOD, "-o", str(out)]) == 2
    assert "exists; add --force to replace it" in _one_line(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "the coach's own plan"
    assert main([*GOOD, "--force", "-o", str(out)]) == 0
    assert load_plan(out, bundled_catalog()).weeks


def test_a_read_only_file_is_refused_with_force_even_as_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.brace.json"
    out.write_text("kept", encoding="utf-8")
    out.chmod(0o444)  # no write bit at all: a save never replaces it, whoever runs it
    assert main([*GOOD, "--force", "-o", str(out)]) == 2
    assert "read-only" in _one_line(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "kept"


def test_a_folder_or_a_missing_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*GOOD, "-o", str(tmp_path)]) == 2
    assert "is a folder" in _one_line(capsys.readouterr().err)
    assert main([*GOOD, "-o", str(tmp_path / "no" / "plan.brace.json")]) == 2
    assert "does not exist" in _one_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


def test_a_past_start_is_written_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.brace.json"
    assert main([*GOOD, "--start", "2020-01-06", "-o", str(out)]) == 0
    assert "in the past" in _one_line(capsys.readouterr().err)
    assert out.exists()


def test_plan_text_is_printed_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.brace.json"
    assert main([*GOOD, "--title", "Block \x1b[2J one", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\\x1b[2J" in printed
    assert load_plan(out, bundled_catalog()).title == "Block \x1b[2J one"  # data, kept as it is


def test_help_lists_every_equipment_name_of_the_catalog() -> None:
    assert set(new.EQUIPMENT_NAMES.split()) == catalog_equipment(bundled_catalog())
