"""The compact layout (the default): page counts, the exercise guide, readable sizes, pages
filled, the switches; read back with pypdf."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.cli import main
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import write_handout
from planner_gui.export.layouts.exercise_guide import exercises_in_order
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf import pdf_text
from tests.support.pdf_layout import all_spans, half_empty_pages

#: Pages the 8-week template used to print (every session in full): the compact layout's
#: reason to be.
FULL_PAGES_8_WEEKS = 63


@cache
def _template() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    return program, catalog_for_plan(catalog, program)


@cache
def _year(tmp: Path) -> tuple[Program, Catalog]:
    plan = tmp / "year.brace.json"
    argv = ["new", "--weeks", "52", "--days", "mon,wed,fri", "--level", "intermediate"]
    argv += ["--equipment", "gym", "--goal", "strength", "--start", "2027-01-07", "-o", str(plan)]
    assert main(argv) == 0
    catalog = bundled_catalog()
    program = load_plan(plan, catalog)
    return program, catalog_for_plan(catalog, program)


def _write(tmp: Path, program: Program, catalog: Catalog, size: str = "a4", **kw: object) -> Path:
    out = tmp / f"{size}-{'-'.join(f'{k}{v}' for k, v in kw.items()) or 'default'}.pdf"
    write_handout(program, catalog, out, page_size=size, options=HandoutOptions(**kw))  # type: ignore[arg-type]
    return out


def _body(size: str) -> tuple[float, float]:
    height = PAGE_SIZES[size][1]
    return MARGIN + FOOTER_SPACE, height - MARGIN - HEADER_SPACE


@pytest.mark.parametrize(("size", "most"), [("a4", 12), ("letter", 13)])  # with the check-in form
def test_the_8_week_template_is_under_a_third_of_the_full_handout(
    tmp_path: Path, size: str, most: int
) -> None:
    program, catalog = _template()
    out = _write(tmp_path, program, catalog, size)
    pages = len(PdfReader(out).pages)
    assert pages <= most < FULL_PAGES_8_WEEKS / 3.5
    assert half_empty_pages(out, _body(size)) == []


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_a_year_prints_in_at_most_60_pages(
    tmp_path_factory: pytest.TempPathFactory, size: str
) -> None:
    program, catalog = _year(tmp_path_factory.mktemp("year"))
    out = _write(tmp_path_factory.mktemp("out"), program, catalog, size)
    pages = len(PdfReader(out).pages)
    assert 10 < pages <= 60
    assert half_empty_pages(out, _body(size)) == []


def test_every_exercise_is_in_the_guide_with_its_cues_and_cautions(tmp_path: Path) -> None:
    program, catalog = _template()
    text = pdf_text(_write(tmp_path, program, catalog))
    guide = text[text.index("Exercise guide") : text.index("Your programme")]
    ids = exercises_in_order(program)
    assert len(ids) > 30
    for exercise_id in ids:
        exercise = catalog.get(exercise_id)
        assert exercise is not None
        assert exercise.name in guide
        for line in [*exercise.cues, *exercise.cautions]:
            assert " ".join(line.split()) in guide, (exercise_id, line)
        if exercise.regression:
            assert f"Easier option: {catalog.name_of(exercise.regression)}" in guide


def test_body_text_and_cues_are_10_pt_doses_and_loads_11_pt(tmp_path: Path) -> None:
    program, catalog = _template()
    out = _write(tmp_path, program, catalog)
    spans = [span for page in all_spans(out) for span in page]
    top, bottom = PAGE_SIZES["a4"][1] - MARGIN - HEADER_SPACE, MARGIN + FOOTER_SPACE
    body = [span for span in spans if bottom < span.y < top]
    cues = {cue for e in exercises_in_order(program) for cue in catalog.get(e).cues}  # type: ignore[union-attr]
    cue_spans = [span for span in body if any(span.text.strip(" •") in cue for cue in cues)]
    assert cue_spans and min(span.size for span in cue_spans) >= 10
    loads = [span for span in body if re.fullmatch(r"[\d.,]+ kg", span.text.strip())]
    doses = [span for span in body if re.fullmatch(r"\d+ × \d+( s hold| s| m)?", span.text.strip())]
    assert loads and doses
    assert min(span.size for span in loads + doses) >= 11


def test_the_programme_has_weeks_as_columns_with_ramps_and_deloads(tmp_path: Path) -> None:
    program, catalog = _template()
    text = pdf_text(_write(tmp_path, program, catalog))
    programme = text[text.index("Your programme") :]
    for name in ("Squat and bench day", "Deadlift and row day", "Easy walk and mobility"):
        assert name in programme
    assert "Week 8" in programme and "deload" in programme
    # Week 1 back squat: 60 kg with ramp-up sets at 40, 60 and 80 % (a barbell: 2.5 kg steps).
    assert "25×5" in programme and "60 kg" in programme
    assert "Rest 0 s" not in text and "rest 0 s" not in text


def test_plan_check_is_left_out_unless_asked_for(tmp_path: Path) -> None:
    program, catalog = _template()
    athlete = pdf_text(_write(tmp_path, program, catalog))
    coach = pdf_text(_write(tmp_path, program, catalog, plan_check=True))
    assert "Plan check" not in athlete
    assert "Plan check" in coach


def test_log_and_chart_switch_off(tmp_path: Path) -> None:
    program, catalog = _template()
    on = pdf_text(_write(tmp_path, program, catalog))
    off = pdf_text(_write(tmp_path, program, catalog, log=False, chart=False))
    assert "How did your back feel?" in on and "Weekly training load" in on
    assert "How did your back feel?" not in off and "Weekly training load" not in off


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="layout"):
        HandoutOptions(layout="poster")  # type: ignore[arg-type]


def test_full_sessions_print_in_date_order_from_a_thursday_start(tmp_path: Path) -> None:
    program, catalog = _template()
    thursday = program.model_copy(update={"start_date": program.start_date.replace(day=8)})
    out = _write(tmp_path, thursday, catalog, layout="full")
    text = pdf_text(out)
    week_1 = text[text.index("Week 1 · Squat") - 200 : text.index("Week 2 · ")]
    assert week_1.index("Friday") < week_1.index("Monday")


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_cards_put_sessions_on_half_pages_in_date_order(tmp_path: Path, size: str) -> None:
    program, catalog = _template()
    out = _write(tmp_path, program, catalog, size, layout="cards")
    reader = PdfReader(out)
    sessions = sum(len(week.sessions) for week in program.weeks)
    # Two sessions a sheet, then the safety page and the check-in form.
    assert len(reader.pages) == -(-sessions // 2) + 2
    first = reader.pages[0].extract_text()
    assert first.index("Week 1 · Squat and bench day") < first.index("Easy walk and mobility")
    second = reader.pages[1].extract_text()
    assert second.index("Deadlift and row day") < second.index("Lighter day")
    assert "Safety: when to stop" in reader.pages[-2].extract_text()  # then the check-in form
    spans = [span for page in all_spans(out) for span in page]
    doses = [
        s for s in spans if re.fullmatch(r"\d+ × \d+( s hold| s| m)?(, per side)?", s.text.strip())
    ]
    assert doses and min(span.size for span in doses) >= 11


def test_full_layout_is_readable_and_has_no_near_empty_pages(tmp_path: Path) -> None:
    program, catalog = _template()
    out = _write(tmp_path, program, catalog, layout="full")
    spans = [span for page in all_spans(out) for span in page]
    cues = {cue for e in exercises_in_order(program) for cue in catalog.get(e).cues[:3]}  # type: ignore[union-attr]
    cue_spans = [
        s for s in spans if len(t := s.text.strip().strip("• ")) > 12 and any(t in c for c in cues)
    ]
    assert cue_spans and min(span.size for span in cue_spans) >= 10
    # A row's dose, load, RPE and rest come out as one run of text: "3 × 5 60 kg 6 2:30".
    rows = [s for s in spans if re.match(r"\d+ × \d+.* (–|kg|body weight) ", s.text.strip())]
    assert any(" kg " in s.text for s in rows)
    assert rows and min(span.size for span in rows) >= 11
    text = pdf_text(out)
    assert "Rest 0 s" not in text and " 0 s " not in text
    reader = PdfReader(out)
    for number, page in enumerate(reader.pages, start=1):
        lines = page.extract_text().strip().splitlines()
        assert len(lines) > 4, f"page {number} is all but empty"
