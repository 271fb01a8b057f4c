"""The registry, the plan's `rules` section and check_program's selection and ordering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.checker import UnknownCodeError, check_program
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import load_plan
from planner_gui.domain.rules import REGISTRY, all_rules
from tests.support.plans import PlanBuilder

DESIGN_TABLE = {
    "PO101": "warning",
    "PO102": "warning",
    "PO103": "warning",
    "PO104": "warning",
    "PO105": "warning",
    "PO106": "warning",
    "PO107": "warning",
    "PO108": "warning",
    "PO109": "warning",
    "RC201": "warning",
    "RC202": "warning",
    "RC203": "warning",
    "RC204": "warning",
    "WU301": "warning",
    # Issue 10: info, a warning once a warm-up's static holds reach 60 s for one muscle.
    "WU302": "info",
    "WU303": "info",
    "WU304": "info",
    # User review point 1: a ramp-up set below 30 % of the working load or at 0 loaded.
    "WU305": "warning",
    "BA401": "warning",
    "BA402": "warning",
    "BA403": "warning",
    "BA404": "info",
    "DA501": "error",
    "DA502": "error",
    # Text holding control characters: shown as escapes, so worth knowing, never an error.
    "DA503": "info",
    "CK601": "error",
    "CK602": "warning",
    "CK603": "info",
    "CK604": "warning",
    "TI701": "warning",
    "TI702": "info",
}

#: Issue 10: only what must be fixed before the plan is trained can be an error.
ERROR_CODES = {"PO101", "PO103", "DA501", "DA502", "CK601"}


def test_every_rule_of_the_design_table_is_registered_with_its_severity() -> None:
    assert {code: rule.severity for code, rule in REGISTRY.items()} == DESIGN_TABLE
    assert [rule.code[:2] for rule in all_rules()][:1] == ["PO"]
    for rule in all_rules():
        assert rule.title and len(rule.rationale.split()) >= 20, rule.code


def test_only_must_fix_findings_can_be_errors() -> None:
    """Impossible data, red flags, an avoidable jump above +20 % and ACWR above 1.5."""
    can_err = {
        code
        for code, rule in REGISTRY.items()
        if rule.severity == "error"
        or (rule.info.escalates is not None and rule.info.escalates.severity == "error")
    }
    assert can_err == ERROR_CODES
    assert REGISTRY["PO101"].info.escalates is not None
    assert REGISTRY["PO101"].info.escalates.above == "error_pct"
    assert REGISTRY["PO101"].thresholds["error_pct"] == 20
    assert REGISTRY["PO103"].thresholds["error_ratio"] == 1.5


def test_debated_rules_say_guideline() -> None:
    for code in ("PO101", "PO102", "PO103", "PO107"):
        assert "guideline" in REGISTRY[code].rationale


def test_design_defaults() -> None:
    assert dict(REGISTRY["PO101"].thresholds) == {
        "limit_pct": 10,
        "error_pct": 20,
        "reps_drop_pct": 33.3,
    }
    assert dict(REGISTRY["PO108"].thresholds) == {"limit_pct": 25, "min_sets": 3}
    assert dict(REGISTRY["PO109"].thresholds) == {"rise_rpe": 2, "max_rpe": 10}
    assert dict(REGISTRY["RC202"].thresholds) == {"hard_rpe": 6}
    assert dict(REGISTRY["RC203"].thresholds) == {"easy_rpe": 3}
    assert dict(REGISTRY["WU302"].thresholds) == {"warn_total_s": 60}
    assert dict(REGISTRY["WU304"].thresholds) == {"heavy_pct": 70, "from_kg": 20}
    assert dict(REGISTRY["TI701"].thresholds) == {"limit_pct": 20}
    assert dict(REGISTRY["TI702"].thresholds) == {"max_exercises": 12}
    assert dict(REGISTRY["PO103"].thresholds) == {"limit_ratio": 1.3, "error_ratio": 1.5}
    assert REGISTRY["PO105"].thresholds["max_weeks"] == 6
    assert REGISTRY["PO106"].thresholds["limit"] == 2.0
    assert REGISTRY["PO107"].thresholds["min_drop_pct"] == 20


def _write(tmp_path: Path, make: PlanBuilder, rules: dict[str, Any]) -> Path:
    raw = make.plan(make.clean_week()).model_dump(mode="json")
    raw["rules"] = rules
    path = tmp_path / "plan.brace.json"
    path.write_text(json.dumps(raw))
    return path


@pytest.mark.parametrize(
    ("rules", "place", "reason"),
    [
        ({"PO999": {"enabled": False}}, "rules.PO999", "unknown rule code 'PO999'"),
        ({"PO101": {"limit_pcnt": 5}}, "rules.PO101.limit_pcnt", "did you mean 'limit_pct'?"),
        ({"BA404": {"limit": 1}}, "rules.BA404.limit", "BA404 only takes 'enabled'"),
        ({"PO101": {"limit_pct": True}}, "rules.PO101.limit_pct", "must be a number"),
        ({"PO101": {"enabled": 1}}, "rules.PO101.enabled", "must be true or false"),
        ({"PO101": {"limit_pct": "10"}}, "rules.PO101.limit_pct", "must be"),
        ({"PO101": {"limit_pct": -5}}, "rules.PO101.limit_pct", "must be at least 0"),
    ],
)
def test_bad_rules_section_is_a_load_error(
    tmp_path: Path, make: PlanBuilder, rules: dict[str, Any], place: str, reason: str
) -> None:
    path = _write(tmp_path, make, rules)
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert caught.value.location == place
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"{path}: {place}: ")


def test_valid_rules_section_loads_and_applies(tmp_path: Path, make: PlanBuilder) -> None:
    path = _write(tmp_path, make, {"PO101": {"limit_pct": 7.5}, "BA404": {"enabled": False}})
    program = load_plan(path)
    assert program.rules["PO101"]["limit_pct"] == 7.5


def test_select_and_ignore_by_code_and_prefix(make: PlanBuilder) -> None:
    program = make.plan(
        make.week(make.session("mon", warmup=[], main=[make.item("deadlfit", 12, load=80)]))
    )
    every = {f.code for f in check_program(program, make.catalog)}
    assert {"WU301", "DA501", "DA502"} <= every
    assert {f.code for f in check_program(program, make.catalog, select=["DA"])} == {
        "DA501",
        "DA502",
    }
    only = check_program(program, make.catalog, select=["DA"], ignore=["DA502"])
    assert {f.code for f in only} == {"DA501"}
    assert "WU301" not in {f.code for f in check_program(program, make.catalog, ignore=["wu"])}
    with pytest.raises(UnknownCodeError):
        check_program(program, make.catalog, select=["XX1"])


def test_findings_sorted_by_week_day_code(make: PlanBuilder) -> None:
    week = make.week(
        make.session("fri", core=[], glute=[], main=[make.item("sit-up")]),
        make.session("mon", warmup=[], main=[make.item("deadlift", load=80)]),
    )
    findings = check_program(make.plan(week, week), make.catalog)
    keys = [(f.week, f.day, f.code) for f in findings]
    order = {"mon": 0, "fri": 4, None: -1}
    assert keys == sorted(keys, key=lambda k: (k[0], order[k[1]], k[2]))
    assert keys[0][:2] == (1, None) and (1, "mon", "WU301") in keys and (2, "fri", "BA404") in keys


def test_custom_exercises_are_merged_when_the_caller_did_not(make: PlanBuilder) -> None:
    custom = {
        "id": "landmine-row",
        "name": "Landmine row",
        "category": "strength",
        "pattern": "pull",
        "muscles": ["upper-back"],
        "dose": "reps",
        "loaded": True,
    }
    weeks = [
        make.week(make.session("mon", main=[make.item("landmine-row", load=w)])) for w in (30, 40)
    ]
    program = make.plan(*weeks, exercises=[custom])
    [finding] = check_program(program, make.catalog, select=["PO101"])
    assert finding.message.startswith("Landmine row load rises 33.3 %")


def test_every_rule_reads_the_plan_s_custom_exercises(make: PlanBuilder) -> None:
    """Custom exercises act like catalog ones in every rule that looks at an exercise's kind."""

    def custom(exercise_id: str, category: str, pattern: str, muscle: str, **extra: Any) -> Any:
        name = exercise_id.replace("-", " ").capitalize()
        return {
            "id": exercise_id,
            "name": name,
            "category": category,
            "pattern": pattern,
            "muscles": [muscle],
            "dose": "reps",
            **extra,
        }

    exercises = [
        custom("rack-pull", "strength", "hinge", "erector-spinae", loaded=True, spinal_load="high"),
        custom("couch-stretch", "mobility", "stretch", "hip-flexors", stretch="static"),
        custom("v-up", "core", "spinal-flexion", "rectus-abdominis"),
        custom("hip-airplane", "glute", "bridge", "glutes"),
    ]

    def day(name: str, **blocks: Any) -> dict[str, Any]:
        return make.session(name, core=[], glute=[], mobility=[], **blocks)

    week = make.week(
        day("mon", warmup=[make.item("couch-stretch", 1)], main=[make.item("rack-pull", load=90)]),
        day(
            "tue",
            warmup=[make.item("leg-swing", 1)],
            main=[make.item("rack-pull", load=90), make.item("v-up"), make.item("hip-airplane")],
        ),
    )
    found = {
        (f.code, f.exercise): f.message for f in make.check(make.plan(week, exercises=exercises))
    }
    assert ("DA502", "rack-pull") not in found
    assert found[("RC201", "rack-pull")].startswith("Rack pull (Tue of week 1) comes the day after")
    assert found[("WU302", "couch-stretch")].startswith("Couch stretch is a static stretch")
    assert found[("WU303", "rack-pull")].startswith("Rack pull is a hinge")
    assert found[("BA404", "v-up")].startswith("V up builds core work on spinal flexion")
    # One session each has core and glute work through the custom exercises' categories, and
    # the custom hip-flexor stretch counts as mobility.
    assert "in 1 session" in found[("BA401", None)]
    assert "in 1 session" in found[("BA402", None)]
    assert ("BA403", None) not in found
