"""The compact programme's session notes and continued tables, read back from the PDF line by
line, top to bottom (pypdf, grouped by where each piece of text is drawn):

- a session's note for one week prints on a page holding that session's table, under it;
- every page a table carries on to names its session above the repeated header row;
- a right-to-left session note reads back in the order it was typed."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import render_handout
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import TEMPLATES_DIR
from tests.export.test_bidi import ARABIC_NOTE, HEBREW_NOTE

TEMPLATES = sorted(p.name for p in TEMPLATES_DIR.glob("*.brace.json"))
EIGHT_WEEKS = "back-friendly-strength-8wk.brace.json"
NOTE = "Go by feel today; stop the last set early if the back tightens."


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@cache
def _template(name: str) -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATES_DIR / name, catalog)
    return program, catalog_for_plan(catalog, program)


def _rows(pdf: bytes, size: str) -> list[list[str]]:
    """Each page's body (no running header or footer) as lines of text, top to bottom."""
    bottom, top = MARGIN + FOOTER_SPACE, PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE
    pages = []
    for page in PdfReader(BytesIO(pdf)).pages:
        rows: dict[float, list[str]] = {}

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, rows: Any = rows) -> None:
            if text.strip():
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                if bottom < y < top:
                    rows.setdefault(round(y, 1), []).append(text.replace("\n", " "))

        page.extract_text(visitor_text=visit)
        pages.append(
            [_nfkc(" ".join(" ".join(rows[y]).split())) for y in sorted(rows, reverse=True)]
        )
    return pages


def _with_session_note(name: str, session: str, note: str, week: int = 2) -> Program:
    """The template with `note` on week `week + 1`'s session called `session`."""
    program = _template(name)[0].model_copy(deep=True)
    target = next(s for s in program.weeks[week].sessions if s.name == session)
    target.notes = note
    return program


def _title_of(line: str, names: set[str]) -> str | None:
    """The session a line is the table heading of, 'Name · Mondays · about 45 min', or the
    heading overleaf, 'Name (continued)' ('Name · 2 of 3 (continued)' for a long plan)."""
    for name in sorted(names, key=len, reverse=True):
        if line == name or line.startswith(f"{name} · ") or line == f"{name} (continued)":
            return name
    return None


def _is_header(line: str) -> bool:
    return re.match(r"Exercise (Week|Wk)", line) is not None


def _session_names(program: Program) -> set[str]:
    return {session.name for week in program.weeks for session in week.sessions}


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize(
    "session",
    ["Squat and bench day", "Deadlift and row day", "Lighter day: single leg, row and carry"],
)
def test_a_week_3_session_note_prints_on_a_page_of_its_sessions_table(
    session: str, size: str
) -> None:
    program = _with_session_note(EIGHT_WEEKS, session, NOTE)
    catalog = _template(EIGHT_WEEKS)[1]
    pages = _rows(render_handout(program, catalog, page_size=size), size)
    names = _session_names(program)
    found = [
        (p, i) for p, rows in enumerate(pages) for i, row in enumerate(rows) if NOTE[:30] in row
    ]
    assert len(found) == 1, found  # printed once
    page, index = found[0]
    assert pages[page][index].startswith(f"Week 3: {NOTE[:30]}")
    above = pages[page][:index]
    headings = [(i, title) for i, row in enumerate(above) if (title := _title_of(row, names))]
    assert headings, above  # a table heading on the note's page, above it
    last, title = headings[-1]
    assert title == session, (title, session)
    assert any(_is_header(row) for row in above[last:]), above[last:]  # its rows are there


def _programme(pages: list[list[str]]) -> range:
    start = next(i for i, rows in enumerate(pages) if "Your programme" in rows)
    end = next(i for i, rows in enumerate(pages) if any(r.startswith("Safety:") for r in rows))
    return range(start, end)


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_page_a_table_carries_on_to_names_its_session(template: str, size: str) -> None:
    program, catalog = _template(template)
    pages = _rows(render_handout(program, catalog, page_size=size), size)
    names = _session_names(program)
    current: str | None = None  # the table whose heading was printed last
    continued = 0
    for index in _programme(pages):
        rows = pages[index]
        for number, row in enumerate(rows):
            if not _is_header(row):
                continue
            # Every header row has its table's heading directly above it.
            title = _title_of(rows[number - 1], names) if number else None
            assert title is not None, (
                template,
                size,
                index + 1,
                rows[max(0, number - 2) : number + 1],
            )
            if rows[number - 1].endswith("(continued)"):
                assert title == current, (template, size, index + 1, title, current)
                assert number == 0 or all(not _is_header(r) for r in rows[:number])
                continued += 1
            current = title
        first = rows[0] if rows else ""
        if index > _programme(pages).start and current is not None and not _title_of(first, names):
            # A page of the programme opens on a heading: a new table's, a table's carried on,
            # or the next part's (the load chart).
            assert first == "Weekly training load", (template, size, index + 1, first)
    assert continued, (template, size)  # the templates' tables do run over pages


@pytest.mark.parametrize("note", [ARABIC_NOTE, HEBREW_NOTE], ids=["arabic", "hebrew"])
def test_a_right_to_left_session_note_reads_back_in_the_order_typed(note: str) -> None:
    program = _with_session_note(EIGHT_WEEKS, "Deadlift and row day", note)
    pages = _rows(render_handout(program, _template(EIGHT_WEEKS)[1]), "a4")
    words = _nfkc(note).split()
    vocabulary = set(words)
    for rows in pages:
        kept = [[w for w in row.split() if w in vocabulary] for row in rows]
        lines = [(row, " ".join(k)) for row, k in zip(rows, kept, strict=True) if k]
        if lines:
            break
    assert len(lines) >= 2, lines  # wrapped over several lines
    assert lines[0][0].startswith("Week 3:"), lines[0]
    assert " ".join(text for _, text in lines) == " ".join(words), lines
