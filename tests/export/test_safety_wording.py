"""The safety page in a clinic's own words, read back with pypdf: the built-in wording by
default, the brand's where it has its own, and its contact line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.brand import (
    BUILT_IN_SAFETY,
    SAFETY_KEYS,
    Brand,
    SafetySection,
    SafetyWording,
    text_lines,
)
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.limits import MAX_NAME_CHARS, MAX_WORDING_CHARS
from planner_gui.export import write_handout


def _safety_page(path: Path, pdf: Any) -> str:
    """The safety page's text, whitespace folded."""
    pages = [" ".join(page.extract_text().split()) for page in pdf.reader(path).pages]
    first = next(i for i, text in enumerate(pages) if "Safety: when to stop" in text)
    # The safety page runs until the check-in form that follows it (or the end).
    end = next(
        (i for i, text in enumerate(pages) if i > first and "Check-in after training" in text),
        len(pages),
    )
    return " ".join(pages[first:end])


def _export(tmp_path: Path, catalog: Catalog, pdf: Any, brand: Brand | None, **kw: Any) -> str:
    out = tmp_path / "handout.pdf"
    write_handout(pdf.make_program(weeks=1, sessions_per_week=1), catalog, out, brand=brand, **kw)
    return _safety_page(out, pdf)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_without_a_brand_the_page_has_the_built_in_wording_in_order(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    page = _export(tmp_path, catalog, pdf, None)
    expected = [
        "Go to an emergency department now if you notice any of these; do not wait to see "
        "whether it passes, and call the emergency services if you cannot get there safely: "
        "■ Loss of bladder or bowel control",
        "See a doctor today and leave training until then if you notice any of these:",
        "Book a doctor's appointment within a few days and leave training until then if you "
        "notice any of these:",
        "Soreness or injury? Soreness after training is normal, especially after new exercises "
        "or heavier weeks. It is your muscles adapting, not damage to worry about.",
        "First aid for a tweak or strain • First 48 hours: cold,",
        "When to get it checked Book a visit with a doctor or physiotherapist when: • The pain "
        "has not eased",
        "This handout supports, and does not replace, advice from the clinician who knows your "
        "back.",
    ]
    positions = [page.index(phrase) for phrase in expected]
    assert positions == sorted(positions)
    for key in SAFETY_KEYS:
        for line in text_lines(BUILT_IN_SAFETY[key].text):
            assert _flat(line.text) in page


def test_a_brand_with_only_a_name_prints_the_built_in_page_and_no_contact_line(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    bare = _export(tmp_path, catalog, pdf, None)
    named = _export(tmp_path, catalog, pdf, Brand(name="Northside Physio"))
    assert named.replace("Northside Physio ", "", 1) == bare  # the name is the page header's


def test_a_brand_s_own_wording_replaces_each_part_and_is_printed_as_text(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    wording = SafetyWording(
        emergency=SafetySection("Call 112 <b>now</b>", "or go to A&E if:\n- you feel faint"),
        soreness=SafetySection("Muskelkater oder Verletzung?", "Muskelkater ist normal."),
        first_aid=SafetySection("", "- Ice for 15 minutes.\n- Ring us the next morning."),
        check_up=SafetySection("Ring us", "Call Northside when:\n- it is not better in 3 days"),
        closing=SafetySection("", "Your back, our care &amp; <i>yours</i>."),
    )
    page = _export(tmp_path, catalog, pdf, Brand(safety=wording))
    for phrase in (
        "Call 112 <b>now</b> or go to A&E if: ■ you feel faint ■ Loss of bladder",
        "Muskelkater oder Verletzung? Muskelkater ist normal.",
        "First aid for a tweak or strain • Ice for 15 minutes. • Ring us the next morning.",
        "Ring us Call Northside when: • it is not better in 3 days",
        "Your back, our care &amp; <i>yours</i>.",
    ):
        assert phrase in page
    for gone in (
        "Go to an emergency department now",
        "Soreness after training is normal",
        "First 48 hours",
        "When to get it checked",
        "This handout supports",
    ):
        assert gone not in page
    # the red flags and the comparison table are not wording: always printed in full
    assert "■ Pain getting worse after 72 hours" in page
    assert "Sharp, stabbing or pinpoint" in page


def test_the_contact_line_is_on_the_safety_page_after_when_to_get_it_checked(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    brand = Brand(name="Northside <Physio>", contact="01234 567890 · hi@northside.example")
    page = _export(tmp_path, catalog, pdf, brand)
    line = "Call Northside <Physio> · 01234 567890 · hi@northside.example"
    assert f"When to get it checked {line} Book a visit with a doctor" in page
    assert page.count("01234 567890") == 1
    alone = _export(tmp_path, catalog, pdf, Brand(contact="01234 567890"))
    assert "When to get it checked Call 01234 567890 Book a visit" in alone


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_the_contact_line_costs_the_page_no_height(
    tmp_path: Path, catalog: Catalog, pdf: Any, page_size: str
) -> None:
    """On its heading's line: the built-in page with a usual contact line is still one page
    (on Letter it is full), so the closing line is never left alone on a page of its own."""
    brand = Brand(name="Northside Physio", contact="01234 567890 · northside.example")
    out = tmp_path / "handout.pdf"
    program = pdf.make_program(weeks=1, sessions_per_week=1)
    write_handout(program, catalog, out, brand=brand, page_size=page_size)
    pages = [" ".join(page.extract_text().split()) for page in pdf.reader(out).pages]
    safety = next(text for text in pages if "Safety: when to stop" in text)
    assert "This handout supports" in safety  # the whole page, closing line included


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_every_part_at_its_longest_still_lays_out(
    tmp_path: Path, catalog: Catalog, pdf: Any, page_size: str
) -> None:
    """Two thousand wide letters without a space in each part: no part outgrows a page."""
    heading = "W" * MAX_NAME_CHARS
    text = "W" * MAX_WORDING_CHARS
    wording = SafetyWording(
        **{key: SafetySection(heading, text) for key in SAFETY_KEYS},  # type: ignore[arg-type]
    )
    brand = Brand(name=heading, contact=heading, safety=wording)
    page = _export(tmp_path, catalog, pdf, brand, page_size=page_size)
    assert page.count("W" * 40) >= 5


def test_a_contact_line_with_its_own_verb_is_not_called_twice(
    tmp_path: Path, catalog: Catalog, pdf: Any
) -> None:
    """A clinician's review: 'Call 01234…' printed as 'Call Riverside Physio · Call 01234…'."""
    brand = Brand(name="Riverside Physio", contact="Call 01234 567890")
    page = _export(tmp_path, catalog, pdf, brand)
    assert "When to get it checked Riverside Physio · Call 01234 567890 Book a visit" in page
    assert page.count("Call") == 1
    phone = _export(tmp_path, catalog, pdf, Brand(name="Riverside Physio", contact="phone: 01234"))
    assert "Riverside Physio · phone: 01234" in phone and "Call" not in phone
