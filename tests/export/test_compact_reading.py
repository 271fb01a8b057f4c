"""What a patient reads in the compact handout (the clinician's review of issue 14): notes in
full, ramp-up sets labelled and large, a how-to, week lists and names printed right, the
session time for every session type, the chart page's footer and the clinic's contact line.
Each PDF is read back with pypdf, positions and sizes through a text visitor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from planner_gui.domain.brand import Brand
from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.fonts import BOLD, REGULAR, register_fonts
from planner_gui.export.handout import write_handout
from planner_gui.export.layouts.programme import NAME_W, dose_lines, name_lines, week_list
from planner_gui.export.session_rpe import CR10
from planner_gui.export.styles import FOOTER_SPACE, MARGIN
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf import pdf_text

LONG_NOTE = (
    "Keep the bar over mid-foot and brace before every rep. If you feel any pain spreading "
    "into the buttock or down the leg, stop the set, rack the bar, and do the goblet squat "
    "instead for the rest of today. Ring the clinic before the next session so we can "
    "review it, and bring this sheet with you: the loads you wrote down tell us a lot."
)


@dataclass(frozen=True)
class Span:
    text: str
    size: float
    font: str
    x: float
    y: float


def spans(path: Path) -> list[list[Span]]:
    """Every page's text runs with their size, font and start point."""
    pages: list[list[Span]] = []
    for page in PdfReader(path).pages:
        found: list[Span] = []

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, found: list[Span] = found
        ) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font else ""
                scale = abs(float(tm[3])) or 1.0
                x = float(tm[4]) * float(cm[0]) + float(cm[4])
                y = float(tm[5]) * float(cm[3]) + float(cm[5])
                found.append(Span(text, round(size * scale, 2), name, x, y))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@cache
def _template() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    return program, catalog_for_plan(catalog, program)


def _export(tmp: Path, program: Program, catalog: Catalog, **kw: Any) -> Path:
    out = tmp / "handout.pdf"
    write_handout(program, catalog, out, **kw)
    return out


def _with_note(program: Program, exercise: str, note: str, weeks: set[int] | None) -> Program:
    """The plan with `note` on every item of `exercise` (in `weeks`, 1-based, when given)."""
    plan = program.model_copy(deep=True)
    for index, week in enumerate(plan.weeks, start=1):
        for session in week.sessions:
            for block in session.blocks:
                for item in block.items:
                    if item.exercise == exercise and (weeks is None or index in weeks):
                        item.note = note
    return plan


def _programme(text: str) -> str:
    return text[text.index("Your programme") :]


def test_a_long_note_prints_whole_under_its_table_and_the_row_refers_to_it(
    tmp_path: Path,
) -> None:
    program, catalog = _template()
    plan = _with_note(program, "back-squat", LONG_NOTE, None)
    plan = _with_note(plan, "front-plank", "Hips level with the shoulders.", {2})
    text = _programme(pdf_text(_export(tmp_path, plan, catalog)))
    assert LONG_NOTE in text
    assert "See note 1 below" in text
    assert "Note 1 · Back squat: " + LONG_NOTE in text
    # A note given in some weeks only says which weeks it is for.
    assert "Front plank (week 2): Hips level with the shoulders." in text


def test_a_short_note_given_every_time_stays_beside_its_exercise(tmp_path: Path) -> None:
    program, catalog = _template()
    text = _programme(pdf_text(_export(tmp_path, program, catalog)))
    squat = program.weeks[0].sessions[0].block("main").items[0]  # type: ignore[union-attr]
    assert squat.exercise == "back-squat" and squat.note
    start = text.index("Back squat")
    assert " ".join(squat.note.split()) in text[start : start + 300]
    assert "Note 1 · Back squat" not in text


def test_ramp_up_sets_are_labelled_with_their_unit_at_the_dose_size(tmp_path: Path) -> None:
    program, catalog = _template()
    out = _export(tmp_path, program, catalog)
    text = _programme(pdf_text(out))
    # Week 1 back squat: 60 kg with ramp-up sets, labelled so they are not read as sets × reps.
    assert re.search(r"Ramp-up 25 × 5 35 × 3 47\.5 × 2 .*3 × 5 60 kg", text)
    ramps = [
        s for page in spans(out) for s in page if re.fullmatch(r"[\d.]+\s×\s\d+", s.text.strip())
    ]
    assert len(ramps) > 20
    assert min(span.size for span in ramps) >= 11


def test_the_compact_handout_says_how_to_read_it_before_the_tables(tmp_path: Path) -> None:
    program, catalog = _template()
    text = pdf_text(_export(tmp_path, program, catalog))
    how = text[text.index("How to read this handout") : text.index("Squat and bench day ·")]
    for words in (
        "RPE 6",
        "1 to 10 (all-out)",
        "Ramp-up",
        "(kg × reps)",
        "per side",
        "deload",
        "Session RPE",
    ):
        assert words in how, words
    for score, felt in CR10:
        assert f"{score} {felt.lower()}" in how


def test_week_lists_say_each_run_of_weeks() -> None:
    assert week_list([1, 2, 3, 4, 8]) == "weeks 1–4, 8"
    assert week_list([5]) == "week 5"
    assert week_list([5, 6, 7]) == "weeks 5–7"
    assert week_list([1, 3, 4, 6]) == "weeks 1, 3–4, 6"
    assert week_list([2, 2, 1]) == "weeks 1–2"


def test_a_variation_row_names_the_weeks_each_exercise_is_done(tmp_path: Path) -> None:
    program, catalog = _template()
    text = _programme(pdf_text(_export(tmp_path, program, catalog)))
    assert "Front plank (weeks 1–4, 8)" in text
    assert "Stir-the-pot (weeks 5–7)" in text
    assert "(weeks 1–8)" not in text


def test_names_break_only_at_spaces_and_hyphens() -> None:
    register_fonts()
    lines = name_lines("Single-leg glute bridge", BOLD, 10, 46)
    assert lines is not None and len(lines) > 1
    assert " ".join(lines).replace("- ", "-") == "Single-leg glute bridge"
    assert all(line.endswith(("-", "leg", "glute", "bridge")) for line in lines)
    assert name_lines("Bird-dog", BOLD, 10, 46) == ["Bird-", "dog"]  # never "Bird-do" "g"
    assert name_lines("Tall-kneeling Pallof press", BOLD, 10, 46) is None  # 'kneeling' is wider
    assert name_lines("Stir-the-pot", REGULAR, 10, 1000) == ["Stir-the-pot"]


def test_a_dose_in_a_narrow_column_keeps_each_number_with_its_unit() -> None:
    register_fonts()
    width = 46.6  # an 8-column A4 table's cell
    assert dose_lines("3 × 5", REGULAR, 11, width) == ["3 × 5"]
    assert dose_lines("3 × 35 s", REGULAR, 11, width) == ["3 × 35 s"]  # was "3×35 s"
    # One style: the × keeps its spaces and its count, a number its unit; a dose a hair too
    # wide is set with narrow spaces rather than broken.
    assert dose_lines("3 × 20 m", REGULAR, 11, width + 1) == ["3\u202f×\u202f20\u202fm"]
    assert dose_lines("3 × 20 m", REGULAR, 11, width) == ["3", "× 20 m"]
    assert dose_lines("3 × 6, 8 s hold", REGULAR, 11, width) == ["3 × 6,", "8 s hold"]
    assert dose_lines("1 × 25 min", REGULAR, 11, width) == ["1 ×", "25 min"]  # too narrow


def test_every_dose_in_the_compact_handout_has_one_spacing(tmp_path: Path) -> None:
    """'3 × 10' and '3 × 35 s' alike: no dose printed as '3×35 s'."""
    program, catalog = _template()
    text = pdf_text(_export(tmp_path, program, catalog))
    tight = re.findall(r"\b\d+×\d+(?:\.\d+)? (?:s|m|min)\b", text)
    assert tight == []
    assert re.search(r"\b3 × \d+ s\b", text)


def test_names_in_the_week_columns_are_whole_words(tmp_path: Path) -> None:
    program, catalog = _template()
    out = _export(tmp_path, program, catalog)
    names = {exercise.name for exercise in catalog}
    pieces = {p for name in names for p in re.findall(r"[^\s-]+-*", name)}
    pages = spans(out)
    start = next(i for i, page in enumerate(pages) if any("Your programme" in s.text for s in page))
    # The programme's pages only: the safety page and the form have 10 pt bold headings too.
    end = next(i for i, page in enumerate(pages) if any("Safety: when" in s.text for s in page))
    column_x = MARGIN + NAME_W
    cells = [
        s
        for page in pages[start:end]
        for s in page
        if s.x >= column_x - 1 and "Bold" in s.font and s.size == 10 and s.text.strip()
    ]
    words = [w for s in cells for w in s.text.split()]
    assert words
    for word in words:
        if re.fullmatch(r"Week|deload|[A-Z]|\d+", word):
            continue  # the header row, and the letter of a name too long for a column
        assert all(p in pieces for p in re.findall(r"[^\s-]+-*", word)), word


def test_every_session_type_says_how_long_it_takes(tmp_path: Path) -> None:
    program, catalog = _template()
    text = _programme(pdf_text(_export(tmp_path, program, catalog)))
    names = {session.name for week in program.weeks for session in week.sessions}
    assert len(names) == 4
    for name in names:
        assert re.search(re.escape(name) + r"( · \w+days)? · about \d+(–\d+)? min", text), name


def test_the_load_chart_page_footer_names_the_chart(tmp_path: Path) -> None:
    program, catalog = _template()
    pages = spans(_export(tmp_path, program, catalog))
    page = next(p for p in pages if any(s.text.strip() == "Weekly training load" for s in p))
    footer = " ".join(s.text for s in page if s.y < MARGIN + FOOTER_SPACE - 4)
    assert "Weekly training load" in footer


def test_the_clinic_contact_line_follows_when_to_get_it_checked_from_the_left(
    tmp_path: Path,
) -> None:
    # It floated right-aligned above the heading; now it reads on from the heading, left to
    # right, and a line it wraps onto starts at the left margin.
    program, catalog = _template()
    contact = "01234 567890 · physio@northside.example"
    brand = Brand(name="Northside Back Pain Clinic", contact=contact)
    pages = spans(_export(tmp_path, program, catalog, brand=brand))
    page = next(p for p in pages if any("When to get it checked" in s.text for s in p))
    heading = next(s for s in page if "When to get it checked" in s.text)
    assert abs(heading.x - MARGIN) < 1
    after = sorted((s for s in page if heading.y - 15 < s.y <= heading.y + 1), key=lambda s: -s.y)
    line = " ".join(s.text.strip() for s in after)
    assert line.startswith("When to get it checked") and "Call Northside Back Pain Clinic" in line
    assert "01234 567890" in line
    call = next(s for s in after if "Call" in s.text)
    assert abs(call.y - heading.y) < 1  # on the heading's line, not above it
    wrapped = [s for s in after if s.y < heading.y - 1]
    assert all(abs(s.x - MARGIN) < 1 for s in wrapped if s.text.strip())


def test_the_steady_walk_is_under_conditioning_not_main_lifts(tmp_path: Path) -> None:
    """The template keeps its walk in the main block; the programme titles the block for what
    it holds (domain.block_titles), as the full layout and the cards do."""
    program, catalog = _template()
    text = _programme(pdf_text(_export(tmp_path, program, catalog)))
    walk_day = text[text.index("Easy walk and mobility ·") :]
    walk_day = walk_day[: walk_day.index("How did your")]
    assert "Conditioning" in walk_day and "Steady walk" in walk_day
    assert "Main lifts" not in walk_day
    lifting_day = text[text.index("Squat and bench day ·") :]
    assert "Main lifts" in lifting_day[: lifting_day.index("How did your")]


def test_merged_rows_and_their_notes_name_the_weeks_in_one_style(tmp_path: Path) -> None:
    """'Name (weeks 1–4, 8)' in every label and note; the column letter, when the columns
    need one, only goes first ('B: Tall-kneeling Pallof press (weeks 5–7)'), never
    'B: Tall-kneeling Pallof press, weeks 5–7' beside 'Front plank (weeks 1–4, 8)'."""
    program, catalog = _template()
    text = " ".join(_programme(pdf_text(_export(tmp_path, program, catalog))).split())
    assert "Note 1 · Stir-the-pot (weeks 5–7):" in text
    assert ", weeks" not in text

    plan = program.model_copy(deep=True)
    for week in plan.weeks:
        for session in week.sessions:
            for block in session.blocks:
                for item in block.items:
                    if item.exercise == "stir-the-pot":
                        item.exercise = "tall-kneeling-pallof-press"
    text = " ".join(_programme(pdf_text(_export(tmp_path, plan, catalog))).split())
    assert "A: Front plank (weeks 1–4, 8)" in text
    assert "B: Tall-kneeling Pallof press (weeks 5–7)" in text
    assert ", weeks" not in text
