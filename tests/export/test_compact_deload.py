"""A deload week's column in the compact programme says so in print, not only in grey (a
photocopy loses the shading): 'D' after its date, in every header row the tables print, the
key 'D = deload week' beside the weeks; read back per page with pypdf, text and positions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import Any

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.handout import render_handout
from planner_gui.export.layouts.programme import DELOAD_KEY, DELOAD_MARK
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import TEMPLATES_DIR

_WEEK = re.compile(r"(?:Week|Wk)[ \u202f](\d+)")
#: A header's two lines: the week, then the date (10 pt on 12.2 pt lines).
_HEADER_DEPTH = 16.0


@dataclass(frozen=True)
class _Span:
    text: str
    font: str
    x: float
    y: float


def _pages(pdf: bytes) -> list[list[_Span]]:
    pages: list[list[_Span]] = []
    for page in PdfReader(BytesIO(pdf)).pages:
        found: list[_Span] = []

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, found: list[_Span] = found
        ) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font else ""
                x = float(tm[4]) * float(cm[0]) + float(cm[4])
                y = float(tm[5]) * float(cm[3]) + float(cm[5])
                found.append(_Span(text.strip(), name, x, y))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@dataclass(frozen=True)
class _Header:
    page: int
    week: int
    text: str


def _headers(pdf: bytes) -> tuple[list[_Header], list[list[_Span]]]:
    """Each week column's header on each page of the programme: its week and the text under
    its week number, down to its date line, and across to the next column."""
    pages = _pages(pdf)
    start = next(i for i, p in enumerate(pages) if any(s.text == "Your programme" for s in p))
    end = next(i for i, p in enumerate(pages) if any("Safety: when" in s.text for s in p))
    headers: list[_Header] = []
    for index in range(start, end):
        page = pages[index]
        weeks = [s for s in page if "Bold" in s.font and _WEEK.fullmatch(s.text)]
        # pypdf joins the first week to 'Exercise' when they share a font ('Exercise Week 1'):
        # that column starts a column's width left of the next one.
        joined = [
            s
            for s in page
            if "Bold" in s.font and re.fullmatch(r"Exercise " + _WEEK.pattern, s.text)
        ]
        for row_y in sorted({round(s.y, 1) for s in weeks + joined}):
            row = sorted((s for s in weeks if abs(s.y - row_y) < 0.5), key=lambda s: s.x)
            for first in (s for s in joined if abs(s.y - row_y) < 0.5):
                assert len(row) >= 2, first
                x = 2 * row[0].x - row[1].x
                row.insert(0, _Span(first.text.removeprefix("Exercise "), first.font, x, first.y))
            for n, cell in enumerate(row):
                right = row[n + 1].x if n + 1 < len(row) else 1e9
                under = [
                    s
                    for s in page
                    if cell.x - 0.5 <= s.x < right - 0.5
                    and row_y - _HEADER_DEPTH < s.y <= row_y + 0.5
                ]
                text = " ".join(s.text for s in sorted(under, key=lambda s: (-s.y, s.x)))
                found = _WEEK.fullmatch(cell.text)
                assert found is not None
                headers.append(_Header(index, int(found.group(1)), text))
    return headers, pages


@cache
def _plan(name: str) -> Program:
    catalog = bundled_catalog()
    if name != "16wk":
        return load_plan(TEMPLATES_DIR / name, catalog)
    # Two-digit weeks ('Wk 12' in an 8-column A4 table) and deloads in weeks 12 and 16.
    eight = load_plan(TEMPLATES_DIR / "back-friendly-strength-8wk.brace.json", catalog)
    return eight.model_copy(update={"weeks": [*eight.weeks, *eight.weeks]})


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize(
    "plan",
    [
        "back-friendly-strength-8wk.brace.json",
        "return-to-lifting-6wk.brace.json",
        "core-glute-foundation-4wk.brace.json",
        "16wk",
    ],
)
def test_every_deload_column_header_is_marked_and_no_other(plan: str, size: str) -> None:
    program = _plan(plan)
    catalog = catalog_for_plan(bundled_catalog(), program)
    pdf = render_handout(program, catalog, page_size=size, options=HandoutOptions())
    headers, pages = _headers(pdf)
    deloads = {i + 1 for i, week in enumerate(program.weeks) if week.deload}
    assert {h.week for h in headers} == set(range(1, len(program.weeks) + 1))
    for header in headers:
        words = header.text.split()
        assert re.search(r"\d+ [A-Z][a-z]{2}", header.text), header  # its date is read too
        if header.week in deloads:
            assert words[-1] == DELOAD_MARK, header
        else:
            assert DELOAD_MARK not in words, header
    # The key beside the weeks on every page whose header shows a deload week.
    for index in {h.page for h in headers if h.week in deloads}:
        assert any(s.text == DELOAD_KEY for s in pages[index]), index
    if not deloads:
        assert not any(s.text == DELOAD_KEY for page in pages for s in page)
