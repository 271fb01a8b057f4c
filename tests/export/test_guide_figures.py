"""The compact handout's exercise guide: every figure printed at least 35 mm wide and as large
as its box allows, and no line of one word left at the end of a cue or a caution (issue 14).

The figures are read back from the PDF: each is a form XObject (`pose-guide-<exercise id>`)
whose box is what the page prints, and whose strokes are what is drawn."""

from __future__ import annotations

import re
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib.units import mm

from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import Run
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner_gui.export.handout import render_handout
from planner_gui.export.illustration import PoseFlowable
from planner_gui.export.layouts import exercise_guide as guide
from planner_gui.export.layouts.exercise_guide import (
    GuideColumns,
    GuideEntry,
    _flow,
    exercise_guide,
    exercises_in_order,
)
from planner_gui.export.scripts import width as text_width
from planner_gui.export.styles import MARGIN, PAGE_SIZES, make_styles
from planner_gui.figures.fit import fit
from planner_gui.figures.lookup import pose_for
from planner_gui.figures.pose import bounds
from planner_gui.resources import SAMPLE_PLAN, TEMPLATES_DIR

#: What "at least 35 mm" is in PDF points.
MIN_WIDTH = 35 * mm
_NUMBER = r"-?\d*\.?\d+"
#: Path points in a content stream: "x y m", "x y l" and the three pairs of "... c".
_POINT = re.compile(rf"({_NUMBER}) ({_NUMBER}) (?=(?:{_NUMBER} )*[mlc]\b)")


@cache
def _template() -> tuple[Program, bytes]:
    catalog = bundled_catalog()
    program = load_plan(SAMPLE_PLAN, catalog)
    return program, render_handout(program, catalog_for_plan(catalog, program))


@cache
def _forms(size: str = "a4") -> dict[str, DictionaryObject]:
    """The guide's figure forms by exercise id, from every page that paints one."""
    program, pdf = _template()
    if size != "a4":
        catalog = bundled_catalog()
        pdf = render_handout(program, catalog_for_plan(catalog, program), page_size=size)
    forms: dict[str, DictionaryObject] = {}
    for page in PdfReader(BytesIO(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        content = page.get_contents()
        painted = content.get_data().decode("latin-1") if content is not None else ""
        for name, ref in xobjects.items():
            if name.startswith("/FormXob.pose-guide-") and f"{name} Do" in painted:
                forms[name.removeprefix("/FormXob.pose-guide-")] = ref.get_object()
    return forms


def _ink(form: DictionaryObject) -> tuple[float, float]:
    """Width and height of everything the form strokes (floor, props, both positions)."""
    points = [(float(x), float(y)) for x, y in _POINT.findall(form.get_data().decode("latin-1"))]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return max(xs) - min(xs), max(ys) - min(ys)


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_every_exercise_of_the_8_week_template_prints_a_figure_35_mm_wide(size: str) -> None:
    program, _ = _template()
    forms = _forms(size)
    ids = exercises_in_order(program)
    assert len(ids) > 30 and set(forms) == set(ids)
    narrow = {
        exercise_id: round(float(form["/BBox"][2]) / mm, 1)
        for exercise_id, form in forms.items()
        if float(form["/BBox"][2]) < MIN_WIDTH
    }
    assert narrow == {}


def test_every_guide_figure_fills_its_box_across_or_from_top_to_bottom() -> None:
    """A figure is drawn as large as its box allows: a lying one spans the box's width, a
    standing one its height, start and end positions and props included."""
    small = {}
    for exercise_id, form in _forms().items():
        _, _, box_w, box_h = (float(v) for v in form["/BBox"])
        ink_w, ink_h = _ink(form)
        if max(ink_w / box_w, ink_h / box_h) < 0.95:
            small[exercise_id] = (round(ink_w / mm, 1), round(ink_h / mm, 1))
    assert small == {}


def _entries(program: Program | None = None, size: str = "a4") -> list[GuideEntry]:
    register_fonts()
    program = program or _template()[0]
    catalog = catalog_for_plan(bundled_catalog(), program)
    page_w, page_h = PAGE_SIZES[size]
    ctx = HandoutContext(program, catalog, make_styles(), page_w - 2 * MARGIN, page_h)
    columns = [part for part in exercise_guide(ctx) if isinstance(part, GuideColumns)]
    return [entry for part in columns for entry in part.entries if isinstance(entry, GuideEntry)]


@pytest.mark.parametrize("size", ["a4", "letter"])
@pytest.mark.parametrize("template", sorted(TEMPLATES_DIR.glob("*.brace.json")), ids=str)
def test_every_guide_figure_of_every_template_is_drawn_35_mm_wide(
    template: Path, size: str
) -> None:
    """What is drawn, not its box: the pose's bounds at the scale the painter fits them to its
    box (illustration.paint_pose), a standing figure included (the box's height caps it)."""
    program = load_plan(template, bundled_catalog())
    drawn = {}
    for entry in _entries(program, size):
        assert entry.picture is not None
        pose = entry.picture.pose
        x0, _, x1, _ = bounds(pose)
        scale = fit(bounds(pose), entry.picture.width, entry.picture.height, pad=1.5).scale
        drawn[entry.picture.key] = (x1 - x0) * scale
    assert len(drawn) > 10
    assert {key: round(w / mm, 1) for key, w in drawn.items() if w < MIN_WIDTH} == {}


def test_no_cue_or_caution_line_of_the_guide_is_one_word_alone() -> None:
    """Under a figure a lone last word reads as a caption of its own; beside it, as a gap.
    Only the exercise's name may be one word ("Cat-cow"), or a line of it in a column
    ("Knee-to-chest" over "stretch")."""
    column_w = GuideColumns.column_width(PAGE_SIZES["a4"][0] - 2 * MARGIN)
    lone = []
    for entry in _entries():
        entry.wrap(column_w, 1e6)
        name = entry.runs[0]
        for line in entry._lines or ():
            if (line[2], line[3]) != (name.font, name.size) and len(line[1].split()) == 1:
                lone.append((entry.runs[0].text, line[1]))
    assert lone == []


def test_a_run_that_would_end_on_one_word_takes_the_word_before_down() -> None:
    register_fonts()
    run = Run("• Brace before every single rep", REGULAR, 10, 12)
    full = text_width("• Brace before every single", REGULAR, 10)

    def room(before: int) -> tuple[float, float]:
        return 0.0, full + 2

    lines = [text for _, text in _flow(run, room)]
    assert lines == ["• Brace before every", "single rep"]


def test_a_cue_bullet_never_ends_a_line_without_its_cue() -> None:
    register_fonts()
    run = Run("• Stand tall.   • Breathe out slowly at the top", REGULAR, 10, 12)
    room_w = text_width("• Stand tall.   • ", REGULAR, 10) + 1

    def room(before: int) -> tuple[float, float]:
        return 0.0, room_w

    lines = [text.strip() for _, text in _flow(run, room)]
    assert lines[0] == "• Stand tall."
    assert not any(line.endswith("•") for line in lines)


def _names(page: PageObject, middle: float) -> list[str]:
    """The guide entries' names on `page` (11.5 pt), left column top to bottom, then right."""
    names: list[tuple[bool, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, pt: float) -> None:
        if text.strip() and pt * tm[0] * cm[0] == 11.5:
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            names.append((x > middle, -y, text.strip()))

    page.extract_text(visitor_text=visit)
    return [text for _, _, text in sorted(names)]


@pytest.mark.parametrize("size", ["a4", "letter"])
def test_the_guide_reads_down_the_left_column_then_the_right_on_each_page(size: str) -> None:
    """Every exercise's name, read page by page, left column top to bottom and then the right
    one, comes in the plan's order: the columns split and carry on without a jump."""
    program, _ = _template()
    catalog = catalog_for_plan(bundled_catalog(), program)
    pdf = render_handout(program, catalog, page_size=size)
    middle = PAGE_SIZES[size][0] / 2
    read = [name for page in PdfReader(BytesIO(pdf)).pages for name in _names(page, middle)]
    assert " ".join(read) == " ".join(catalog.name_of(i) for i in exercises_in_order(program))


@pytest.mark.parametrize("exercise_id", ["back-squat", "front-plank"])
def test_a_run_never_leaves_one_or_two_lines_under_the_figure(exercise_id: str) -> None:
    """A caution that starts beside the figure keeps a short tail beside it too: one or two
    stray lines under a figure read as its caption (found by a clinician's review)."""
    register_fonts()
    pose = pose_for(bundled_catalog().get(exercise_id))
    assert pose is not None
    picture = PoseFlowable(pose, "t", guide.FIGURE_SIZE[0], guide.figure_height(pose))
    indent = guide.FIGURE_SIZE[0]
    tails = set()
    for words in range(1, 90):
        caution = Run("Caution: " + " ".join(["steady"] * words), ITALIC, 10, 12, bullet="!")
        entry = guide.GuideEntry([Run("Name", BOLD, 11.5, 13.5), caution], picture)
        entry.wrap(240.0, 1e9)
        lines = [line for line in entry._lines or () if line[2] == ITALIC]
        under = sum(1 for line in lines if line[0] < indent)
        if lines[0][0] >= indent:
            tails.add(under)
    assert tails & {0}
    assert any(count > 2 for count in tails)  # a long run does flow on under the figure
    assert not tails & {1, 2}
