"""`planner-gui checkin`: appends one check-in atomically and prints its guidance; a bad answer
exits 2 with one line and leaves the plan byte-for-byte as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.domain.limits import MAX_NOTE_CHARS, MAX_SHORT_TEXT_CHARS
from planner_gui.domain.models import PLAN_VERSION
from planner_gui.resources import SAMPLE_PLAN


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plan.brace.json"
    shutil.copy(SAMPLE_PLAN, target)
    return target


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_appends_every_answer_and_prints_the_guidance(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "checkin",
            str(plan),
            "--date",
            "2026-01-13",
            "--pain",
            "doms",
            "--score",
            "4",
            "--after",
            "deadlift",
            "--onset",
            "next-day",
            "--eases",
            "--note",
            "Tight on the stairs",
            "--where",
            "lower back",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"added the check-in of 2026-01-13 to {plan} (1 check-in)\n")
    assert "Most likely ordinary muscle soreness from training." in out
    assert "When to see a clinician: See a doctor or physio if it has not eased after 72" in out
    raw = json.loads(plan.read_text(encoding="utf-8"))
    assert raw["version"] == PLAN_VERSION  # a version-1 template is saved migrated
    assert raw["checkins"] == [
        {
            "date": "2026-01-13",
            "pain": "doms",
            "where": "lower back",
            "after_exercise": "deadlift",
            "note": "Tight on the stairs",
            "pain_score": 4,
            "onset": "next-day",
            "eases_with_movement": True,
        }
    ]


def test_red_flags_names_and_a_second_check_in(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["checkin", str(plan), "--date", "2026-01-06", "--pain", "sharp"]) == 0
    code = main(
        [
            "checkin",
            str(plan),
            "--date",
            "2026-01-13",
            "--pain",
            "none",
            "--red-flag",
            "night-pain",
            "bladder-bowel",
            "--red-flag",
            "night-pain",
            "--no-eases",
            "--after",
            "Conventional deadlift",  # a name finds its id
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "(2 check-ins)" in out
    assert "Go to an emergency department now." in out
    program = load_plan(plan, bundled_catalog())
    latest = program.checkins[-1]
    assert latest.red_flags == ["night-pain", "bladder-bowel"]
    assert (latest.eases_with_movement, latest.after_exercise) == (False, "deadlift")


def test_a_cleared_check_in_and_a_date_outside_the_plan(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["checkin", str(plan), "--date", "2025-12-01", "--pain", "none", "--cleared"]) == 0
    out = capsys.readouterr().out
    assert "Note: 2025-12-01 is outside the plan's weeks (2026-01-05 to 2026-03-01)." in out
    assert "A clinician has cleared training" in out
    assert load_plan(plan).checkins[0].cleared


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--date", "2026-02-30", "--pain", "doms"], "--date: '2026-02-30' is not a date like"),
        (["--date", "13/01/2026", "--pain", "doms"], "--date: '13/01/2026' is not a date like"),
        (["--date", "2026-01-13", "--pain", "ache"], "--pain: 'ache' is not one of none, doms"),
        (["--date", "2026-01-13", "--pain", "doms", "--score", "11"], "--score: '11' is not"),
        (["--date", "2026-01-13", "--pain", "doms", "--score", "-1"], "--score: '-1' is not"),
        (["--date", "2026-01-13", "--pain", "doms", "--score", "4.5"], "--score: '4.5' is not"),
        (["--date", "2026-01-13", "--pain", "doms", "--score", "²"], "--score: '²' is not"),
        (
            ["--date", "2026-01-13", "--pain", "doms", "--after", "deadlfit"],
            "--after: 'deadlfit' is not an exercise of the catalog or the plan",
        ),
        (
            ["--date", "2026-01-13", "--pain", "doms", "--red-flag", "fever"],
            "--red-flag: 'fever' is not one of bladder-bowel",
        ),
        (
            ["--date", "2026-01-13", "--pain", "doms", "--onset", "later"],
            "--onset: 'later' is not one of during, hours, next-day",
        ),
        (
            ["--date", "2026-01-13", "--pain", "doms", "--note", "x" * (MAX_NOTE_CHARS + 1)],
            "--note: ",
        ),
        (
            ["--date", "2026-01-13", "--pain", "doms", "--where", "x" * (MAX_SHORT_TEXT_CHARS + 1)],
            "--where: ",
        ),
        (["--date", "9999-12-31", "--pain", "doms"], "--date: must be 9999-12-24 or earlier"),
    ],
)
def test_bad_answers_exit_2_and_leave_the_file_unchanged(
    plan: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    before = plan.read_bytes()
    assert main(["checkin", str(plan), *options]) == 2
    captured = capsys.readouterr()
    err = _one_line(captured.err)
    assert err.startswith(f"planner-gui: {plan}: ")
    assert message in err
    assert captured.out == ""
    assert plan.read_bytes() == before


def test_missing_options_and_both_eases_exit_2_unchanged(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan.read_bytes()
    for options in (
        ["--pain", "doms"],
        ["--date", "2026-01-13"],
        ["--date", "2026-01-13", "--pain", "doms", "--eases", "--no-eases"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(["checkin", str(plan), *options])
        assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
    assert plan.read_bytes() == before


def test_a_plan_that_cannot_be_read_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.brace.json"
    broken.write_text('{"format": "brace-plan", "version": 2, "weeks": [', encoding="utf-8")
    before = broken.read_bytes()
    assert main(["checkin", str(broken), "--date", "2026-01-13", "--pain", "doms"]) == 2
    assert _one_line(capsys.readouterr().err).startswith(f"planner-gui: {broken}: ")
    assert broken.read_bytes() == before


def test_a_full_plan_or_a_failed_write_leaves_the_file_unchanged(
    plan: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = json.loads(plan.read_text(encoding="utf-8"))
    raw["checkins"] = [{"date": "2026-01-06", "pain": "none"}] * 1000
    plan.write_text(json.dumps(raw), encoding="utf-8")
    before = plan.read_bytes()
    assert main(["checkin", str(plan), "--date", "2026-01-13", "--pain", "doms"]) == 2
    assert "a plan may have at most 1,000" in _one_line(capsys.readouterr().err)
    assert plan.read_bytes() == before

    raw["checkins"] = []
    plan.write_text(json.dumps(raw), encoding="utf-8")
    before = plan.read_bytes()

    def refuse(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("planner_gui.domain.safe_save.write_bytes_atomic", refuse)
    assert main(["checkin", str(plan), "--date", "2026-01-13", "--pain", "doms"]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "cannot save the plan (No space left on device)" in err
    assert plan.read_bytes() == before


def test_plan_text_reaches_the_terminal_escaped(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(plan.read_text(encoding="utf-8"))
    raw["exercises"] = [
        {
            "id": "odd-lift",
            "name": "Odd \x1b[2J lift",
            "category": "strength",
            "pattern": "hinge",
            "muscles": ["glutes"],
            "dose": "reps",
        }
    ]
    plan.write_text(json.dumps(raw), encoding="utf-8")
    code = main(
        ["checkin", str(plan), "--date", "2026-01-13", "--pain", "sharp", "--after", "odd-lift"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "Odd \\x1b[2J lift" in out
