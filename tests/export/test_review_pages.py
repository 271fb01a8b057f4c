"""The plan review's pages are filled: a review of the 8-week template with a warning and a
note printed a quarter-empty first page and five rows of the rules' settings alone on a
fourth page (Letter); read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner_gui.domain.brand import Brand
from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.findings import Finding
from planner_gui.domain.formats import load_plan
from planner_gui.export.review import write_review
from planner_gui.export.styles import FOOTER_SPACE, HEADER_SPACE, MARGIN, PAGE_SIZES
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf_layout import all_spans

BRAND = Brand(name="Riverside Spine & Sport Physio", contact="020 7946 0000 · riverside.example")
FINDINGS = [
    Finding(
        "CK602",
        "warning",
        "Sharp pain was reported on 2026-12-03 without naming the exercise; before this "
        "session, name the movement that brought it on in the check-in, and swap it for an "
        "easier version or leave it out until the pain has settled or been checked.",
        week=1,
        day="mon",
        session="Squat and bench day",
    ),
    Finding(
        "TI702",
        "info",
        "Squat and bench day lists 13 different exercises; the guideline is at most 12 a "
        "session, as long lists are harder to follow: rotate some between sessions.",
        week=1,
        day="mon",
        session="Squat and bench day",
    ),
]


def _fill(out: Path, size: str) -> list[float]:
    """How far down each page's body its lowest line of text is (0 top, 1 the foot)."""
    bottom = MARGIN + FOOTER_SPACE
    top = PAGE_SIZES[size][1] - MARGIN - HEADER_SPACE
    fills = []
    for page in all_spans(out):
        inside = [span.y for span in page if bottom < span.y < top]
        fills.append((top - min(inside)) / (top - bottom) if inside else 0.0)
    return fills


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("findings", [FINDINGS, []], ids=["two findings", "clean"])
def test_no_page_of_the_review_but_the_last_is_half_empty(
    tmp_path: Path, size: str, findings: list[Finding]
) -> None:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    out = tmp_path / "review.pdf"
    write_review(
        program,
        catalog_for_plan(catalog, program),
        out,
        page_size=size,
        today=date(2026, 12, 3),
        brand=BRAND,
        findings=findings,
    )
    fills = _fill(out, size)
    # The rules' settings table lists every rule (30 and more): a fourth page on Letter.
    assert len(fills) <= 4, fills
    assert all(fill > 0.5 for fill in fills[:-1]), fills
