"""The handout's check-in pages read back with pypdf: the blank form with every red flag and
what to do, boxes big enough for a pen, and the recorded check-ins with their guidance."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.units import mm

from planner_gui.domain.catalog import Catalog, bundled_catalog, catalog_for_plan
from planner_gui.domain.checkins.triage import TIER_FLAGS, TIERS, red_flag_guidance, triage
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import CheckIn, Program
from planner_gui.domain.vocabulary import RED_FLAG_TEXT
from planner_gui.export import write_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.resources import template_paths
from tests.support.catalogs import exercise


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _page_with(pages: list[str], heading: str) -> int:
    found = [index for index, text in enumerate(pages) if heading in text]
    assert found, heading
    return found[0]


@pytest.fixture
def plain_handout(tmp_path: Path, catalog: Catalog, pdf: Any) -> tuple[Program, Path]:
    program = pdf.make_program(weeks=2, sessions_per_week=2)
    assert program.checkins == []
    out = tmp_path / "handout.pdf"
    write_handout(program, catalog, out, options=FULL)
    return program, out


def test_the_compact_handout_has_the_form_and_no_empty_list(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    program = pdf.make_program(weeks=2, sessions_per_week=2)
    out = tmp_path / "compact.pdf"
    write_handout(program, catalog, out)  # compact, the default
    pages = _pages(out)
    assert "Check-in after training" in pages[-1]
    assert not any("Recorded check-ins" in page for page in pages)


def test_the_compact_handout_lists_recorded_check_ins(tmp_path: Path) -> None:
    program, catalog = _template()
    out = tmp_path / "compact.pdf"
    write_handout(program, catalog, out)
    pages = _pages(out)
    listed = pages[_page_with(pages, "Recorded check-ins")]
    assert "Reported:" in listed


def test_the_blank_form_asks_every_question(plain_handout: tuple[Program, Path], pdf: Any) -> None:
    _, out = plain_handout
    pages = _pages(out)
    form = pages[_page_with(pages, "Check-in after training")]
    for text in (
        "Date",
        "After which exercise",
        "Where it hurts",
        "No pain",
        "Dull muscle soreness",
        "Sharp pain",
        "Pain score",
        "0 1 2 3 4 5 6 7 8 9 10",
        "It began",
        "during the session",
        "within hours",
        "the next day or later",
        "It eases when you move yes no",
        "Notes",
    ):
        assert text in form, text
    titles = [title for title, _ in pdf.outline(out)]
    assert titles[-2:] == ["Safety", "Check-in form"]


def test_every_red_flag_is_on_the_form_with_what_to_do(
    plain_handout: tuple[Program, Path],
) -> None:
    _, out = plain_handout
    pages = _pages(out)
    form = pages[_page_with(pages, "Check-in after training")]
    # Tier by tier, most urgent first: its flags, and beside them what to do, once.
    starts = [form.index(_capital(RED_FLAG_TEXT[TIER_FLAGS[tier][0]])) for tier in TIERS]
    ends = [*starts[1:], len(form)]
    assert starts == sorted(starts)
    for tier, start, end in zip(TIERS, starts, ends, strict=True):
        part = form[start:end]
        headline = red_flag_guidance(TIER_FLAGS[tier][0]).headline
        assert part.count(headline) == 1, (tier, part)
        for flag in TIER_FLAGS[tier]:
            assert _capital(RED_FLAG_TEXT[flag]) in part, (tier, flag)
    assert form.count("Go to an emergency department now.") == 1
    assert "See a doctor today." in form
    assert "Book a doctor's appointment within a few days." in form


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _squares(reader: PdfReader, index: int) -> list[float]:
    """The sides of the squares drawn on page `index` (rectangles with equal sides)."""
    page = reader.pages[index]
    stream = ContentStream(page.get_contents(), reader)
    sides: list[float] = []
    for operands, operator in stream.operations:
        if operator == b"re":
            width, height = (abs(float(value)) for value in operands[2:4])
            if width > 1 and abs(width - height) < 0.01:
                sides.append(width)
    return sides


def test_the_boxes_are_big_enough_for_a_pen(plain_handout: tuple[Program, Path]) -> None:
    _, out = plain_handout
    reader = PdfReader(out)
    index = _page_with(_pages(out), "Check-in after training")
    sides = _squares(reader, index)
    # 11 red flags, 3 pain types, 11 scores, 3 onsets, yes and no.
    assert len(sides) >= 11 + 3 + 11 + 3 + 2
    assert min(sides) >= 8 * mm


def test_a_plan_without_check_ins_prints_no_check_ins_page(
    plain_handout: tuple[Program, Path],
) -> None:
    _, out = plain_handout
    pages = _pages(out)
    assert not any("Recorded check-ins" in page for page in pages)
    assert "Reported:" not in " ".join(pages)
    assert "Check-in after training" in pages[-1]  # the form ends the handout


FULL = HandoutOptions(layout="full")


def _template() -> tuple[Program, Catalog]:
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("return-to-lifting"))
    program = load_plan(path, catalog)
    return program, catalog_for_plan(catalog, program)


def test_the_recorded_check_ins_are_listed_with_their_guidance(tmp_path: Path) -> None:
    program, catalog = _template()
    assert len(program.checkins) == 3
    out = tmp_path / "handout.pdf"
    write_handout(program, catalog, out)
    pages = _pages(out)
    start = _page_with(pages, "Recorded check-ins 3 check-ins")
    listed = " ".join(pages[start:])
    assert "Tue 3 Feb 2026 · week 1: Likely ordinary muscle soreness" in listed
    assert "Thu 19 Feb 2026 · week 3: Likely ordinary muscle soreness" in listed
    assert "Wed 4 Mar 2026 · week 5: No pain" in listed
    assert "where: lower back and glutes, after Kettlebell deadlift" in listed
    assert "Dull, even ache on both sides" in listed  # the note
    for checkin in program.checkins:
        outcome = triage(checkin, earlier=program.checkins, name_of=catalog.name_of)
        assert outcome.headline in listed
        assert f"When to see a clinician: {outcome.see_clinician}" in listed
        for step in outcome.steps:
            assert " ".join(step.split()) in listed, step
    # Oldest first.
    assert listed.index("3 Feb 2026") < listed.index("19 Feb 2026") < listed.index("4 Mar 2026")


def test_a_red_flag_check_in_says_so_and_plan_text_prints_literally(tmp_path: Path) -> None:
    program, catalog = _template()
    odd = exercise("odd-row", "Row <b>& co</b>", pattern="pull", muscles=["upper-back"])
    program.exercises.append(odd)
    catalog = catalog_for_plan(bundled_catalog(), program)
    program.checkins = [
        CheckIn.model_validate(
            {
                "date": "2026-02-10",
                "pain": "sharp",
                "after_exercise": "odd-row",
                "where": "<i>left</i> side & hip",
                "note": "felt a <pop> at rep 3",
                "onset": "during",
            },
            strict=False,
        ),
        CheckIn.model_validate(
            {"date": "2026-02-12", "pain": "doms", "red_flags": ["saddle-numbness"]},
            strict=False,
        ),
    ]
    out = tmp_path / "handout.pdf"
    write_handout(program, catalog, out)
    pages = _pages(out)
    listed = " ".join(pages[_page_with(pages, "Recorded check-ins 2 check-ins") :])
    assert "Sharp pain during Row <b>& co</b>: stop that movement." in listed
    assert "where: <i>left</i> side & hip, after Row <b>& co</b>, began during the session" in (
        listed
    )
    assert "felt a <pop> at rep 3" in listed
    assert "Red flag · Thu 12 Feb 2026 · week 2: Go to an emergency department now" in listed
    assert "Go to an emergency department now." in listed
