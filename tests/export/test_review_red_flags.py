"""The plan review lists the red-flag history: every check-in that reported red flags, its
date, the flags in words and whether a clinician cleared training (user report point 2: the
review never mentioned a red flag cleared by a tick)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import CheckIn, Program
from planner_gui.export.review import RED_FLAG_SECTION, render_review


def _text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def _program(pdf: Any, *checkins: CheckIn) -> Program:
    program: Program = pdf.make_program(weeks=2, sessions_per_week=2)
    program.checkins.extend(checkins)
    return program


def test_every_red_flag_check_in_is_listed_with_its_clearance(catalog: Catalog, pdf: Any) -> None:
    program = _program(
        pdf,
        CheckIn(date=date(2026, 1, 6), red_flags=["bladder-bowel"], cleared=True),
        CheckIn(date=date(2026, 1, 8), red_flags=["fever-chills"]),
        CheckIn(date=date(2026, 1, 12), cleared=True),
        CheckIn(date=date(2026, 1, 14), red_flags=["night-pain"]),
    )
    text = _text(render_review(program, catalog, today=date(2026, 1, 15)))
    assert RED_FLAG_SECTION in text
    history = text[text.index(RED_FLAG_SECTION) :]
    first = history.index("6 January 2026")
    second = history.index("8 January 2026")
    third = history.index("14 January 2026")
    assert first < second < third
    assert "loss of bladder or bowel control. Go to an emergency department now." in history
    assert "Cleared by a clinician, recorded on the same check-in." in history
    assert "recorded on the check-in of 12 January 2026." in history
    assert "Not cleared: no check-in since records a clinician's clearance." in history


def test_no_red_flag_no_history(catalog: Catalog, pdf: Any) -> None:
    program = _program(pdf, CheckIn(date=date(2026, 1, 6), pain="doms", cleared=True))
    text = _text(render_review(program, catalog, today=date(2026, 1, 15)))
    assert RED_FLAG_SECTION not in text
