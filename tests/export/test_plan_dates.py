"""A plan at the ends of the dates a plan may have (limits.FIRST_PLAN_DATE, LAST_PLAN_DATE)
checks and exports: the handout's date arithmetic never runs past Python's dates."""

from __future__ import annotations

import json
from pathlib import Path

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.formats import load_plan
from planner_gui.domain.limits import FIRST_PLAN_DATE, LAST_PLAN_DATE
from planner_gui.export import write_handout
from tests.support.limit_plans import dated_plan
from tests.support.pdf import pdf_text


def test_a_plan_ending_on_the_last_date_checks_and_exports(
    tmp_path: Path, catalog: Catalog
) -> None:
    source = tmp_path / "late.brace.json"
    source.write_text(json.dumps(dated_plan("9999-12-11", 2, checkin="9999-12-24")))
    program = load_plan(source)
    assert program.end_date == LAST_PLAN_DATE
    check_program(program, catalog)
    out = tmp_path / "late.pdf"
    write_handout(program, catalog, out)
    assert "9999" in pdf_text(out)


def test_an_empty_plan_on_the_first_date_checks_and_exports(
    tmp_path: Path, catalog: Catalog
) -> None:
    source = tmp_path / "early.brace.json"
    source.write_text(json.dumps(dated_plan(FIRST_PLAN_DATE.isoformat(), 0, checkin="0001-01-08")))
    program = load_plan(source)
    check_program(program, catalog)
    out = tmp_path / "early.pdf"
    write_handout(program, catalog, out)
    assert pdf_text(out)
