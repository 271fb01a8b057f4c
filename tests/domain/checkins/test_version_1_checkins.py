"""Check-ins written by version 1 (no score, onset, eases or cleared) migrate and get guidance."""

from __future__ import annotations

import json
from pathlib import Path

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.triage import triage
from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.models import PLAN_VERSION

VERSION_1_DIR = Path(__file__).parents[2] / "support" / "version_1"


def test_version_1_check_ins_load_get_guidance_and_save_as_version_2(tmp_path: Path) -> None:
    # The return-to-lifting template as version 1 wrote it, with its three check-ins.
    source = VERSION_1_DIR / "return-to-lifting-6wk.brace.json"
    raw = json.loads(source.read_text(encoding="utf-8"))
    assert raw["version"] == 1 and len(raw["checkins"]) == 3
    raw["checkins"].append({"date": "2026-02-10", "pain": "none", "red_flags": ["fever-chills"]})
    old = tmp_path / "old.brace.json"
    old.write_text(json.dumps(raw), encoding="utf-8")
    catalog = bundled_catalog()
    program = load_plan(old, catalog)
    levels = [triage(c, earlier=program.checkins).level for c in program.checkins]
    assert levels == ["doms", "doms", "none", "same_day"]
    first = triage(program.checkins[0])
    assert any("No onset was given" in note for note in first.notes)
    assert program.checkins[1].pain_score is None and not program.checkins[3].cleared
    codes = {f.code for f in check_program(program, catalog, select=["CK"])}
    assert "CK601" in codes and "CK604" not in codes  # no scores: nothing holds progression
    new = tmp_path / "new.brace.json"
    save_plan(program, new)
    saved = json.loads(new.read_text(encoding="utf-8"))
    assert saved["version"] == PLAN_VERSION
    assert [c["date"] for c in saved["checkins"]] == [c["date"] for c in raw["checkins"]]
    assert load_plan(new, catalog).checkins == program.checkins
