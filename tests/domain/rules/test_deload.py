"""PO107: a week marked as a deload must be lighter than the last normal week before it.

`clean_week()` has three 60-minute sessions at RPE 6 (load 1,080) and 21 working sets (3
deadlift, bench or squat sets, 2 bird-dog and 2 glute-bridge sets per session).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner_gui.cli import main
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan
from planner_gui.domain.rules import REGISTRY
from tests.support.plans import PlanBuilder


def _deload(make: PlanBuilder, minutes: int = 60, *, rpe: float = 6) -> dict[str, Any]:
    """The clean week marked as a deload, with its sessions' minutes and RPE changed."""
    week = make.clean_week(deload=True)
    for session in week["sessions"]:
        session["duration_min"] = minutes
        session["rpe"] = rpe
    return week


def _lifts_only(make: PlanBuilder, *sets: int, deload: bool = False) -> dict[str, Any]:
    """60-minute RPE 6 sessions of deadlifts only, one per number of sets (load 360 each)."""
    return make.week(
        *[
            make.session(day, core=[], glute=[], main=[make.item("deadlift", count, load=80)])
            for day, count in zip(("mon", "thu"), sets, strict=False)
        ],
        deload=deload,
    )


def test_rule_is_registered_with_its_threshold_and_guideline() -> None:
    rule = REGISTRY["PO107"]
    assert (rule.severity, dict(rule.thresholds)) == ("warning", {"min_drop_pct": 20.0})
    assert "guideline" in rule.rationale and "Rogerson" in rule.rationale


def test_deload_with_the_same_load_and_sets_is_flagged(make: PlanBuilder) -> None:
    program = make.plan(*[make.clean_week() for _ in range(3)], _deload(make))
    [finding] = make.check(program, "PO107")
    assert (finding.week, finding.severity, finding.session) == (4, "warning", None)
    assert finding.message == (
        "Week 4 is marked as a deload but its load (1,080) is only 0 % below week 3 (1,080) "
        "and its working sets only 0 % fewer (21 vs 21); deloads usually cut volume by "
        "30–50 % (guideline: at least 20 % off the load or the sets), e.g. drop a set from each "
        "lift (16 sets at most) or lower the session RPE (load 864 at most)."
    )


def test_heavier_deload_says_how_much_heavier(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(), _deload(make, rpe=7))
    [finding] = make.check(program, "PO107")
    assert "its load (1,260) is 16.7 % above week 1 (1,080)" in finding.message


@pytest.mark.parametrize(
    ("minutes", "flagged"),
    [(48, False), (49, True), (30, False)],
    ids=["20pct-lighter-passes", "18pct-lighter-warns", "50pct-lighter-passes"],
)
def test_load_drop_threshold_is_inclusive(make: PlanBuilder, minutes: int, flagged: bool) -> None:
    program = make.plan(make.clean_week(), _deload(make, minutes))
    findings = make.check(program, "PO107")
    assert [f.week for f in findings] == ([2] if flagged else [])


@pytest.mark.parametrize(
    ("sets", "flagged"),
    [((4, 4), False), ((5, 4), True)],
    ids=["20pct-fewer-passes", "10pct-fewer-warns"],
)
def test_fewer_working_sets_alone_make_a_deload(
    make: PlanBuilder, sets: tuple[int, int], flagged: bool
) -> None:
    """Same minutes and RPE (load unchanged), fewer sets: the volume cut counts on its own."""
    program = make.plan(_lifts_only(make, 5, 5), _lifts_only(make, *sets, deload=True))
    findings = make.check(program, "PO107")
    assert [f.week for f in findings] == ([2] if flagged else [])
    if flagged:
        assert "its working sets only 10 % fewer (9 vs 10)" in findings[0].message
        assert "drop a set from each lift (8 sets at most)" in findings[0].message


def test_lower_effort_alone_makes_a_deload(make: PlanBuilder) -> None:
    """Same sets, session RPE 6 → 4.5: a 25 % lower load is a deload too."""
    assert make.check(make.plan(make.clean_week(), _deload(make, rpe=4.5)), "PO107") == []


def test_disabled_or_loosened_in_the_plan_s_rules_section(make: PlanBuilder) -> None:
    weeks = (make.clean_week(), _deload(make, 52))  # load 936: 13.3 % lighter
    assert len(make.check(make.plan(*weeks), "PO107")) == 1
    off = make.plan(*weeks, rules={"PO107": {"enabled": False}})
    assert make.check(off, "PO107") == []
    looser = make.plan(*weeks, rules={"PO107": {"min_drop_pct": 10}})
    assert make.check(looser, "PO107") == []
    stricter = make.plan(
        make.clean_week(), _deload(make, 30), rules={"PO107": {"min_drop_pct": 60}}
    )
    [finding] = make.check(stricter, "PO107")
    assert "at least 60 % off" in finding.message and "(load 432 at most)" in finding.message


def test_first_week_deload_has_nothing_to_compare_with(make: PlanBuilder) -> None:
    program = make.plan(_deload(make, rpe=8), make.clean_week(), make.clean_week())
    assert make.check(program, "PO107") == []


def test_two_deloads_in_a_row_both_compare_with_the_last_normal_week(make: PlanBuilder) -> None:
    # Week 3 is heavier than week 2 but still 25 % below week 1: it passes.
    easing = make.plan(make.clean_week(), _deload(make, 30), _deload(make, 45))
    assert make.check(easing, "PO107") == []
    # Week 3 back at week 1's load: flagged against week 1, not week 2.
    back_up = make.plan(make.clean_week(), _deload(make, 30), _deload(make, 60))
    [finding] = make.check(back_up, "PO107")
    assert finding.week == 3 and "only 0 % below week 1 (1,080)" in finding.message


def test_an_empty_week_is_no_base(make: PlanBuilder) -> None:
    program = make.plan(make.clean_week(), make.week(), _deload(make))
    [finding] = make.check(program, "PO107")
    assert finding.week == 3 and "below week 1 (1,080)" in finding.message


def test_base_without_working_sets_is_judged_on_load_alone(make: PlanBuilder) -> None:
    def rides(minutes: int, *, deload: bool = False) -> dict[str, Any]:
        ride = make.item("bike", 1, time_s=1200)
        session = make.session("mon", duration=minutes, warmup=[], core=[], glute=[], mobility=[])
        session["blocks"] = [{"kind": "cooldown", "items": [ride]}]
        return make.week(session, deload=deload)

    [finding] = make.check(make.plan(rides(40), rides(40, deload=True)), "PO107")
    assert "working sets" not in finding.message and "drop a set" not in finding.message
    assert finding.message.endswith("lower the session RPE (load 192 at most).")
    assert make.check(make.plan(rides(40), rides(32, deload=True)), "PO107") == []


def test_rules_section_names_are_checked_at_load(tmp_path: Path, make: PlanBuilder) -> None:
    raw = make.plan(make.clean_week()).model_dump(mode="json")
    raw["rules"] = {"PO107": {"min_drop": 30}}
    path = tmp_path / "plan.brace.json"
    path.write_text(json.dumps(raw))
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert caught.value.location == "rules.PO107.min_drop"
    assert "did you mean 'min_drop_pct'?" in caught.value.reason
    raw["rules"] = {"PO107": {"min_drop_pct": 30, "enabled": False}}
    path.write_text(json.dumps(raw))
    assert load_plan(path).rules["PO107"] == {"min_drop_pct": 30, "enabled": False}


def test_rules_command_lists_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "PO107" in out and "min_drop_pct=20" in out
