"""`planner-gui adjust PLAN --after-checkin DATE`: saves the edit atomically and says what
changed; --dry-run only says it; bad input exits 2 with the file byte-for-byte unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.formats import load_plan
from planner_gui.resources import template_paths


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """The return-to-lifting template: kettlebell deadlifts on Mondays, easier versions in the
    catalog."""
    source = next(p for p in template_paths() if p.name.startswith("return-to-lifting"))
    target = tmp_path / "plan.brace.json"
    shutil.copy(source, target)
    return target


def _record(plan: Path, *options: str) -> None:
    assert main(["checkin", str(plan), *options]) == 0


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_adjusts_saves_and_says_what_changed(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(plan, "--date", "2026-02-09", "--pain", "sharp", "--after", "kettlebell-deadlift")
    capsys.readouterr()
    before = load_plan(plan, bundled_catalog())
    assert main(["adjust", str(plan), "--after-checkin", "2026-02-09"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "After the check-in of 2026-02-09 (sharp pain after Kettlebell deadlift), the next 14 "
        "days change:"
    )
    assert any("Kettlebell deadlift swapped for" in line for line in out[1:-2])
    assert out[-2] == "The plan check finds nothing new after the change."
    assert out[-1] == f"saved {plan}"
    after = load_plan(plan, bundled_catalog())
    assert after != before
    assert after.checkins == before.checkins
    catalog = bundled_catalog()
    reminded = [check_program(p, catalog, select=["CK602"]) for p in (before, after)]
    assert len(reminded[1]) < len(reminded[0])


def test_dry_run_prints_and_writes_nothing(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _record(plan, "--date", "2026-02-09", "--pain", "sharp", "--after", "kettlebell-deadlift")
    capsys.readouterr()
    before = plan.read_bytes()
    assert main(["adjust", str(plan), "--after-checkin", "2026-02-09", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "swapped for" in out
    assert out.endswith("Dry run: the plan file was not changed.\n")
    assert plan.read_bytes() == before


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-02-31", "--after-checkin: '2026-02-31' is not a date like 2026-01-13"),
        ("yesterday", "--after-checkin: 'yesterday' is not a date like"),
        ("2026-02-10", "--after-checkin: no check-in on 2026-02-10; it has check-ins on "),
    ],
)
def test_bad_input_exits_2_and_leaves_the_file_unchanged(
    plan: Path, capsys: pytest.CaptureFixture[str], date: str, message: str
) -> None:
    _record(plan, "--date", "2026-02-09", "--pain", "sharp", "--after", "kettlebell-deadlift")
    capsys.readouterr()
    before = plan.read_bytes()
    assert main(["adjust", str(plan), "--after-checkin", date]) == 2
    captured = capsys.readouterr()
    err = _one_line(captured.err)
    assert err.startswith(f"planner-gui: {plan}: ")
    assert message in err
    assert captured.out == ""
    assert plan.read_bytes() == before


def test_a_red_flag_is_not_adjusted_away(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _record(plan, "--date", "2026-02-09", "--pain", "doms", "--red-flag", "leg-weakness")
    capsys.readouterr()
    before = plan.read_bytes()
    assert main(["adjust", str(plan), "--after-checkin", "2026-02-09"]) == 1
    out = capsys.readouterr().out
    assert "reports a red flag: Go to an emergency department now." in out
    assert plan.read_bytes() == before


def test_nothing_to_adjust_exits_0_and_nothing_to_trim_exits_1(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan.read_bytes()
    # The template's own check-in of 2026-03-04 reports no pain.
    assert main(["adjust", str(plan), "--after-checkin", "2026-03-04"]) == 0
    assert "nothing to adjust" in capsys.readouterr().out
    assert plan.read_bytes() == before
    # The kettlebell deadlift is planned only in the deload week of the next 14 days.
    _record(
        plan, "--date", "2026-02-17", "--pain", "doms", "--score", "6",
        "--after", "kettlebell-deadlift",
    )  # fmt: skip
    capsys.readouterr()
    before = plan.read_bytes()
    assert main(["adjust", str(plan), "--after-checkin", "2026-02-17"]) == 0
    out = capsys.readouterr().out
    assert "is not planned in the 14 days after 2026-02-17 outside a deload week" in out
    assert plan.read_bytes() == before
    # A walk is one set with no load and has no easier version.
    _record(plan, "--date", "2026-02-10", "--pain", "sharp", "--after", "steady-walk")
    capsys.readouterr()
    before = plan.read_bytes()
    assert main(["adjust", str(plan), "--after-checkin", "2026-02-10"]) == 1
    out = capsys.readouterr().out
    assert "Steady walk is already at one set with no load" in out
    assert plan.read_bytes() == before


def test_no_clean_change_exits_1_and_leaves_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = next(p for p in template_paths() if p.name.startswith("back-friendly"))
    plan = tmp_path / "plan.brace.json"
    shutil.copy(source, plan)
    _record(plan, "--date", "2026-01-12", "--pain", "doms", "--score", "5", "--onset", "next-day")
    capsys.readouterr()
    before = plan.read_bytes()
    assert main(["adjust", str(plan), "--after-checkin", "2026-01-12"]) == 1
    out = capsys.readouterr().out
    assert "every adjustment tried would add a warning to the plan check" in out
    assert plan.read_bytes() == before


def test_the_later_weeks_it_holds_back_are_printed_and_saved(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(
        plan, "--date", "2026-02-04", "--pain", "doms", "--score", "6", "--after", "goblet-squat"
    )
    capsys.readouterr()
    assert main(["adjust", str(plan), "--after-checkin", "2026-02-04"]) == 0
    out = capsys.readouterr().out.splitlines()
    later = out.index(
        "Later sessions pick up from there instead of jumping back to the plan (one change a "
        "week, loads up at most 10 % or one step), until the plan as written is no higher:"
    )
    assert out[later + 1 :] == [
        "week 5 · Wed · Squat and push: Goblet squat: 3 → 2 sets, load 20 → 16 kg.",
        "week 6 · Wed · Squat and push: Goblet squat: load 20 → 16 kg.",
        "The plan check finds nothing new after the change.",
        f"saved {plan}",
    ]
    saved = load_plan(plan, bundled_catalog())
    squat = saved.weeks[5].sessions[2].block("main")
    assert squat is not None and (squat.items[0].sets, squat.items[0].load) == (3, 16.0)
