"""A handout exported with a red flag no clinician has cleared says so on every page: a banner
on the cover (a page of its own before the cards) and a line at the top of each page, in every
layout; a cleared red flag prints neither (user report point 4)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from planner_gui.domain.brand import Brand, SafetySection, SafetyWording
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import CheckIn, Program
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.red_flag_notice import page_line

LINE = "A red flag was reported on 6 January 2026: see the safety page before training."


def _flagged(pdf: Any, *, cleared: bool = False) -> Program:
    program: Program = pdf.make_program(weeks=2, sessions_per_week=2)
    program.checkins.append(
        CheckIn(
            date=date(2026, 1, 6),
            pain="sharp",
            red_flags=["bladder-bowel", "saddle-numbness"],
            cleared=cleared,
        )
    )
    return program


def _pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("layout", ["compact", "full", "cards"])
def test_every_page_carries_the_line_and_the_first_the_banner(
    layout: str, catalog: Catalog, pdf: Any
) -> None:
    data = render_handout(_flagged(pdf), catalog, options=HandoutOptions(layout=layout))
    pages = _pages(data)
    assert all(LINE in text for text in pages)
    assert "RED FLAG REPORTED: do not train from this handout yet" in pages[0]
    assert "loss of bladder or bowel control and numbness in the saddle area" in pages[0]
    assert "Go to an emergency department now." in pages[0]


@pytest.mark.parametrize("layout", ["compact", "full", "cards"])
def test_a_cleared_red_flag_prints_no_warning(layout: str, catalog: Catalog, pdf: Any) -> None:
    data = render_handout(
        _flagged(pdf, cleared=True), catalog, options=HandoutOptions(layout=layout)
    )
    text = " ".join(_pages(data))
    assert "RED FLAG REPORTED" not in text
    assert "A red flag was reported" not in text


def test_the_banner_escapes_the_clinic_s_wording(catalog: Catalog, pdf: Any) -> None:
    wording = SafetyWording(emergency=SafetySection("Call <b>112</b> & go now"))
    data = render_handout(_flagged(pdf), catalog, brand=Brand(safety=wording))
    assert "Call <b>112</b> & go now." in _pages(data)[0]


def test_the_line_names_every_open_flag_s_date(pdf: Any) -> None:
    program = _flagged(pdf)
    program.checkins.append(CheckIn(date=date(2026, 1, 9), red_flags=["night-pain"]))
    assert page_line(program) == (
        "Red flags were reported on 6 January 2026 and 9 January 2026: see the safety page "
        "before training."
    )
    program.checkins.append(CheckIn(date=date(2026, 1, 10), cleared=True))
    assert page_line(program) == ""
