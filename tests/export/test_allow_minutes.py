"""A session that runs long (its estimate past the planned minutes by more than TI701
allows) says how long to set aside in every layout, in the full layout's words ('about
30 min; allow 45 min for all of it'): the compact programme's session heading and the
cards as well as the full layout's session page; a session that does not, says nothing of
it. Read back with pypdf."""

from __future__ import annotations

import unicodedata
from io import BytesIO
from math import floor

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.domain.print_part import PrintPart
from planner_gui.domain.timing import session_minutes
from planner_gui.export.details import allow_minutes, allow_text, session_time_text
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import template_paths

EIGHT = next(p for p in template_paths() if p.name.startswith("back-friendly-strength-8wk"))
SQUAT_DAY = "Squat and bench day"


def _plan() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(EIGHT, catalog)
    return program, catalog_for_plan(catalog, program)


def _long(program: Program, weeks: list[int]) -> Program:
    """`program` with the squat day of `weeks` planned at two thirds of its estimate: past
    TI701's 20 % by a margin."""
    for index in weeks:
        session = next(s for s in program.weeks[index].sessions if s.name == SQUAT_DAY)
        session.duration_min = floor(session_minutes(session) / 1.5)
    return program


def _text(program: Program, catalog: Catalog, layout: str, week: int | None = None) -> str:
    part = None if week is None else PrintPart(week=week, session=None)
    pdf = render_handout(
        program,
        catalog,
        options=HandoutOptions(layout=layout),  # type: ignore[arg-type]
        part=part,
    )
    pages = PdfReader(BytesIO(pdf)).pages
    text = " ".join(unicodedata.normalize("NFKC", page.extract_text()) for page in pages)
    return " ".join(text.split())


def test_the_plans_sessions_do_not_run_long_as_written() -> None:
    program, catalog = _plan()
    assert all(allow_minutes(program, s) is None for week in program.weeks for s in week.sessions)
    for layout in ("compact", "cards"):
        assert "for all of it" not in _text(
            program, catalog, layout, None if layout == "compact" else 0
        )


@pytest.mark.parametrize("layout", ["cards", "full"])
def test_a_long_sessions_card_says_how_long_to_allow_as_the_full_layout(layout: str) -> None:
    program, catalog = _plan()
    _long(program, [0])
    squat = next(s for s in program.weeks[0].sessions if s.name == SQUAT_DAY)
    allow = allow_text(program, squat)
    assert allow == f"allow {allow_minutes(program, squat)} min for all of it"
    wording = session_time_text(program, squat)  # the full layout's
    assert wording == f"about {squat.duration_min} min; {allow}"
    text = _text(program, catalog, layout, week=0)
    assert text.count("for all of it") == 1  # the long session's card or page only
    if layout == "cards":  # the heading's facts shortened to fit its line: '28 min; allow ...'
        assert f"{SQUAT_DAY} Mon 5 Jan · {squat.duration_min} min; {allow} · RPE" in text
    else:
        assert wording in text


def test_the_programme_heading_names_the_weeks_that_run_long() -> None:
    program, catalog = _plan()
    _long(program, [0, 2])
    allows = [
        allow_minutes(program, s)
        for week in program.weeks[:3]
        for s in week.sessions
        if s.name == SQUAT_DAY
    ]
    most = max(a for a in allows if a is not None)
    text = _text(program, catalog, "compact")
    assert f"; allow {most} min for all of it in weeks 1, 3" in text
    assert text.count("for all of it") == 1


def test_the_programme_heading_needs_no_weeks_when_every_week_runs_long() -> None:
    program, catalog = _plan()
    squats = [
        i for i, w in enumerate(program.weeks) if any(s.name == SQUAT_DAY for s in w.sessions)
    ]
    _long(program, squats)
    allows = [
        a
        for week in program.weeks
        for s in week.sessions
        if s.name == SQUAT_DAY and (a := allow_minutes(program, s)) is not None
    ]
    assert len(allows) == len(squats)
    text = _text(program, catalog, "compact")
    heading = f"; allow {max(allows)} min for all of it"
    assert heading in text
    assert f"{heading} in week" not in text
