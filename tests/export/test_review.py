"""The plan review PDF (`export.review`), read back with pypdf: the coach's page filed with
the handout, with the clinic, plan, athlete and date; findings in words by severity; the load
chart; the rules' settings in words with units; and "page N of M" on every page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from planner_gui.domain.brand import Brand
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.checker import check_program
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import PLAN_VERSION, Program, Week
from planner_gui.domain.plan_facts import plan_facts
from planner_gui.domain.rules import REGISTRY
from planner_gui.export.plancheck import passed_text
from planner_gui.export.review import FULL_ROWS, render_review, where, write_review
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf import outline_titles, pdf_text
from tests.support.plans import handout_session

MADE = date(2026, 12, 3)
BRAND = Brand(name="Northside Physio", contact="01234 567890 · northside.example")


def _plan(loads: list[float], **fields: Any) -> Program:
    """Three sessions a week on consecutive days, the deadlift at `loads[week]`; week 4 a
    deload. 62.5 → 80 kg is a 28 % rise: PO101's error."""
    weeks = [
        Week(
            deload=index == 3,
            sessions=[
                handout_session(day, name, load=load)
                for day, name in (("mon", "Lower A"), ("tue", "Lower B"), ("wed", "Lower C"))
            ],
        )
        for index, load in enumerate(loads)
    ]
    data: dict[str, Any] = {
        "format": "brace-plan",
        "version": PLAN_VERSION,
        "title": "Spring block",
        "athlete": "Sam Tester",
        "start_date": date(2026, 1, 5),
        "weeks": weeks,
    }
    data.update(fields)
    return Program.model_validate(data)


@pytest.fixture
def flagged(catalog: Catalog) -> Program:
    return _plan(
        [60, 62.5, 80, 50, 82.5],
        rules={"PO101": {"limit_pct": 7.5}, "BA404": {"enabled": False}},
    )


def _write(tmp_path: Path, program: Program, catalog: Catalog, **kw: Any) -> Path:
    out = tmp_path / "review.pdf"
    write_review(program, catalog, out, today=MADE, **kw)
    return out


def test_the_header_names_the_clinic_the_plan_the_athlete_and_the_date(
    tmp_path: Path, catalog: Catalog, flagged: Program
) -> None:
    out = _write(tmp_path, flagged, catalog, brand=BRAND)
    first = " ".join(PdfReader(out).pages[0].extract_text().split())
    for text in (
        "Northside Physio",
        "01234 567890 · northside.example",
        "Plan review",
        "Spring block",
        "Sam Tester",
        "5 weeks from 5 January 2026 to 8 February 2026, 15 sessions, 1 deload week",
        "Made on 3 December 2026",
    ):
        assert text in first, text
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "Plan review: Spring block"
    assert meta.author == "Northside Physio"


def test_every_page_says_page_n_of_m_and_the_date_made(
    tmp_path: Path, catalog: Catalog, flagged: Program
) -> None:
    pages = PdfReader(_write(tmp_path, flagged, catalog)).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"page {number} of {len(pages)}" in text
        assert "Made on 3 December 2026" in text
        assert "Plan review · Spring block · Sam Tester" in text  # the running header


def test_findings_in_words_by_severity_with_counts_places_fixes_and_reasons(
    tmp_path: Path, catalog: Catalog, flagged: Program
) -> None:
    findings = check_program(flagged, catalog)
    counts = {sev: sum(f.severity == sev for f in findings) for sev in ("error", "warning")}
    assert counts["error"] and counts["warning"]  # the plan is built to have both
    text = pdf_text(_write(tmp_path, flagged, catalog))
    assert f"Errors ({counts['error']})" in text
    assert f"Warnings ({counts['warning']})" in text
    error = next(f for f in findings if f.severity == "error")
    assert error.code == "PO101" and error.week == 3
    # The place with its date, the message (what to change) and the rule's reason.
    assert error.exercise is not None
    name = catalog.name_of(error.exercise)
    assert name != error.exercise  # the exercise's name, not its id
    assert f"Week 3 · Monday 19 January 2026 · Lower A · {name}" in text
    assert " ".join(error.message.split()) in text
    assert "Why it matters:" in text
    assert " ".join(REGISTRY["PO101"].rationale.split())[:80] in text
    assert "An exercise's load rises too fast from one week to the next" in text
    # Errors come before warnings, warnings before notes.
    assert text.index("Errors (") < text.index("Warnings (")
    if "Notes (" in text:
        assert text.index("Warnings (") < text.index("Notes (")
    assert "Switched off in this plan, so not checked: BA404." in text


def test_the_rules_settings_in_words_with_units(
    tmp_path: Path, catalog: Catalog, flagged: Program
) -> None:
    text = pdf_text(_write(tmp_path, flagged, catalog))
    assert "The rules' settings for this plan" in text
    assert "warning above 7.5 % (default 10 %); error above 20 %" in text
    assert "warning above 1.3×; error above 1.5×" in text  # PO103
    assert "warning after more than 6 weeks in a row" in text  # PO105
    assert "warning from a pain score of 5/10" in text  # CK604
    assert "off in this plan" in text  # BA404
    assert "limit_pct" not in text  # names of the plan file are not words


def test_the_load_chart_draws_the_plans_own_ratio_limits(tmp_path: Path, catalog: Catalog) -> None:
    retuned = _plan([60, 62, 64, 50, 66], rules={"PO103": {"limit_ratio": 1.2}})
    text = pdf_text(_write(tmp_path, retuned, catalog))
    assert "Weekly training load" in text
    assert "1.2 guideline" in text and "1.5 caution" in text
    assert "the heaviest is week 1 at 900" in text  # 3 sessions of 50 min at RPE 6


def test_a_clean_plan_says_what_it_has_going_for_it(tmp_path: Path) -> None:
    bundled = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, bundled)
    catalog = catalog_for_plan(bundled, program)
    assert check_program(program, catalog) == []
    out = _write(tmp_path, program, catalog)
    text = pdf_text(out)
    sentence = passed_text(plan_facts(program))  # computed from this plan's facts
    assert sentence.startswith("The plan passed every rule of the checker")
    assert "deload weeks" in sentence
    assert " ".join(sentence.split()) in text
    assert "Findings in detail" not in text
    titles = [title for title, _ in outline_titles(out)]
    assert titles == [
        "Plan review",
        "Findings",
        "Weekly training load",
        "The rules' settings for this plan",
    ]


def test_the_outline_has_the_findings_by_severity(
    tmp_path: Path, catalog: Catalog, flagged: Program
) -> None:
    outline = dict(outline_titles(_write(tmp_path, flagged, catalog)))
    assert list(outline) == [
        "Plan review",
        "Findings",
        "Weekly training load",
        "Findings in detail",
        "The rules' settings for this plan",
    ]
    assert [child.split(" (")[0] for child in outline["Findings in detail"]][:2] == [
        "Errors",
        "Warnings",
    ]


def test_a_rule_found_in_many_places_lists_the_rest_by_place(
    tmp_path: Path, catalog: Catalog
) -> None:
    program = _plan([60, 62, 64, 50, 66, 68, 70])  # a hinge on consecutive days every week
    findings = [f for f in check_program(program, catalog) if f.code == "RC201"]
    assert len(findings) > FULL_ROWS
    text = pdf_text(_write(tmp_path, program, catalog))
    rest = len(findings) - FULL_ROWS
    assert f"The same in {rest} more places" in text
    last = findings[-1]
    assert where(last, program, catalog, short=True) in text
    assert where(last, program, catalog, short=True).startswith("W7 ")


def test_only_the_given_findings_with_the_scope_sentence(
    tmp_path: Path, catalog: Catalog, flagged: Program
) -> None:
    chosen = check_program(flagged, catalog, select=["RC"])
    text = pdf_text(
        _write(tmp_path, flagged, catalog, findings=chosen, scope="Only RC was checked.")
    )
    assert "Only RC was checked." in text
    assert "Errors (" not in text and "RC201" in text


def test_plan_text_prints_literally_and_letter_paper(tmp_path: Path, catalog: Catalog) -> None:
    program = _plan([60, 62, 64], title="<b>Max & Co</b>", athlete="Zoë <i>")
    out = tmp_path / "letter.pdf"
    out.write_bytes(render_review(program, catalog, page_size="letter", today=MADE))
    text = pdf_text(out)
    assert "<b>Max & Co</b>" in text and "Zoë <i>" in text
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)
    with pytest.raises(ValueError, match="page size"):
        render_review(program, catalog, page_size="a5")


def test_a_rule_found_at_two_severities_gives_its_reason_once(
    tmp_path: Path, catalog: Catalog
) -> None:
    program = _plan([60, 62.5, 80, 50, 82.5, 90], rules={"PO101": {"limit_pct": 7.5}})
    severities = {f.severity for f in check_program(program, catalog) if f.code == "PO101"}
    assert severities == {"error", "warning"}  # 28 % in week 3, 9 % in week 6
    text = pdf_text(_write(tmp_path, program, catalog))
    reason = " ".join(REGISTRY["PO101"].rationale.split())[:80]
    assert text.count(reason) == 1
    assert "Why it matters: see PO101 under errors." in text


def test_a_plan_without_weeks_says_so_once(tmp_path: Path, catalog: Catalog) -> None:
    text = pdf_text(_write(tmp_path, _plan([]), catalog))
    assert "no weeks yet, to start on 5 January 2026" in text
    assert text.count("no load to chart") == 1
    assert "The plan passed every rule of the checker." in text


def test_every_date_in_the_review_has_one_style(tmp_path: Path) -> None:
    """'5 January 2026' in the heading and in the findings alike, never '12 Jan' or '05 Jan'."""
    import json
    import re

    from planner_gui.cli import main
    from planner_gui.resources import SAMPLE_PLAN
    from tests.support.pdf import pdf_text

    raw = json.loads(SAMPLE_PLAN.read_text(encoding="utf-8"))
    raw["weeks"][1]["sessions"][0]["blocks"][1]["items"][0]["load"] = 90  # a PO101 error
    plan = tmp_path / "jump.brace.json"
    plan.write_text(json.dumps(raw), encoding="utf-8")
    for source, name in ((SAMPLE_PLAN, "clean.pdf"), (plan, "jump.pdf")):
        out = tmp_path / name
        main(["check", str(source), "--pdf", str(out)])
        text = " ".join(pdf_text(out).split())
        months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
        assert re.findall(rf"\b\d{{1,2}} (?:{months})\b", text) == []
        assert "5 January 2026" in text
    assert "Week 2 · Monday 12 January 2026" in " ".join(pdf_text(tmp_path / "jump.pdf").split())
