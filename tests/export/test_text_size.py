"""Readable in a gym: every piece of text of the compact, full and cards handouts of the
8-week template prints at 10 pt or more in black, doses and loads at 11 pt or more; read
back from the PDF operation by operation (tests/support/pdf_layout.shown_text).

Allowed smaller or grey, each for its reason (ALLOWED): the running header and the footer,
which say where in the handout a page is, not what to do. Everything else is checked.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import MARGIN, PAGE_SIZES
from planner_gui.resources import TEMPLATES_DIR
from tests.support.pdf_layout import Shown, shown_text

TEMPLATE = TEMPLATES_DIR / "back-friendly-strength-8wk.brace.json"
LAYOUTS = ("compact", "full", "cards")
BODY_PT = 10.0
DOSE_PT = 11.0

#: Where on an A4 page text may be smaller than BODY_PT or grey, and why: one line each.
ALLOWED: dict[str, tuple[float, str]] = {
    # handout._decorate: title · athlete on the left, the brand on the right.
    "header": (PAGE_SIZES["a4"][1] - MARGIN - 2, "running header: which plan, not what to do"),
    # handout._numbered_canvas: the section(s) on the page, and 'page N of M'.
    "footer": (MARGIN + 2, "footer: the page's sections and number, to find one's place"),
}

#: Doses, loads and ramp-up loads as the layouts print them, a whole run of text each: '3 × 5',
#: '3 × 20 m', '2 × 30 s hold, per side', '62.5 kg', '25 kg × 5', 'Ramp-up: 25 kg × 5,
#: 35 kg × 3', and the
#: full layout's row of dose, load, RPE and rest ('3 × 5 60 kg 6 2:30').
DOSE_OR_LOAD = re.compile(
    r"\d+\s?×\s?\d+(\s(s hold|s|m|min))?(, per side)?"
    r"|[\d.,]+ (kg|lb)"
    r"|[\d.,]+\s?×\s?\d+"
    r"|[\d.,]+\s?(kg|lb)\s?×\s?\d+"
    r"|Ramp-up.*: .*×.*"
    r"|\d+ × \d+.* (–|kg|body weight) .*"
)


@cache
def _runs(layout: str, directory: Path) -> tuple[Shown, ...]:
    catalog = bundled_catalog()
    program = load_plan(TEMPLATE, catalog)
    options = HandoutOptions(layout=layout)  # type: ignore[arg-type]
    out = directory / f"{layout}.pdf"
    out.write_bytes(render_handout(program, catalog_for_plan(catalog, program), options=options))
    return tuple(shown_text(out))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("text-size")


def _allowed(run: Shown) -> bool:
    return any(abs(run.y - y) < 0.5 for y, _ in ALLOWED.values())


@pytest.mark.parametrize("layout", LAYOUTS)
def test_all_text_is_at_least_10_pt_and_black(exported: Path, layout: str) -> None:
    runs = _runs(layout, exported)
    checked = [run for run in runs if not _allowed(run)]
    assert len(checked) > 1000  # the whole handout was read, not a page of it
    small = sorted({(r.page + 1, r.size, r.text[:40]) for r in checked if r.size < BODY_PT})
    grey = sorted({(r.page + 1, r.fill, r.text[:40]) for r in checked if not r.black})
    assert small == []
    assert grey == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_allowed_lines_are_the_header_and_footer_alone(exported: Path, layout: str) -> None:
    """The allow-list lets through two lines a page, each at its own height, and nothing in
    the page's body: a text smaller or grey there fails the test above."""
    runs = [run for run in _runs(layout, exported) if _allowed(run)]
    pages = {run.page for run in _runs(layout, exported)}
    footers = [run for run in runs if abs(run.y - ALLOWED["footer"][0]) < 0.5]
    assert {run.page for run in footers} == pages
    numbers = [run.text for run in footers if re.fullmatch(r"page \d+ of \d+", run.text)]
    assert len(numbers) == len(pages)
    assert min(run.size for run in runs) >= 7.5  # small, still readable


@pytest.mark.parametrize("layout", LAYOUTS)
def test_doses_and_loads_are_at_least_11_pt(exported: Path, layout: str) -> None:
    runs = _runs(layout, exported)
    doses = [run for run in runs if DOSE_OR_LOAD.fullmatch(run.text)]
    assert len(doses) > 50
    assert sum(" kg" in run.text for run in doses) > 10
    assert sorted({(r.page + 1, r.size, r.text) for r in doses if r.size < DOSE_PT}) == []
