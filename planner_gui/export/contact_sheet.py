"""A contact sheet: every exercise's figure on a grid of pages, with its name and ids.

For looking the drawings over page by page (`planner-gui catalog --sheet OUT.pdf`): each cell
shows the figure exactly as the handout prints it (start dashed in grey, end solid), the
exercise's name, its id, and the pose id with the view it is drawn in. Drawn straight onto a
canvas; exercise names are data, so they are drawn as plain strings, never as markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.models import Exercise
from planner_gui.export.fonts import BOLD, register_fonts
from planner_gui.export.illustration import paint_pose
from planner_gui.export.styles import DARK, INK, MARGIN, PAGE_SIZES, RULE
from planner_gui.figures.library import NO_FIGURE
from planner_gui.figures.lookup import pose_for, pose_id_for

#: Cells across and down a page: twelve figures a page, each about 58 mm wide on A4.
COLUMNS = 3
ROWS = 4
PER_PAGE = COLUMNS * ROWS

_NAME_SIZE = 9.0
_NAME_LEADING = 10.5
_ID_SIZE = 7.5
_ID_LEADING = 9.0
#: Under each figure: the name on up to two lines, then the id and the pose.
_CAPTION = 2 * _NAME_LEADING + 2 * _ID_LEADING
_GAP = 4 * mm


@dataclass(frozen=True)
class _Cell:
    x: float
    y: float
    width: float
    height: float


def render_contact_sheet(exercises: Iterable[Exercise], page_size: str = "a4") -> bytes:
    """The sheet as PDF bytes: exercises in the order given, `PER_PAGE` to a page."""
    font = register_fonts()
    listed = list(exercises)
    pagesize = PAGE_SIZES[page_size]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    canvas.setTitle("Brace Planner: exercise figures")
    canvas.setAuthor("Brace Planner")
    pages = max(1, -(-len(listed) // PER_PAGE))
    for page in range(pages):
        _heading(canvas, pagesize, font, page + 1, pages, len(listed))
        chunk = listed[page * PER_PAGE : (page + 1) * PER_PAGE]
        for index, (exercise, cell) in enumerate(zip(chunk, _cells(pagesize), strict=False)):
            _draw_cell(canvas, cell, exercise, font, page * PER_PAGE + index + 1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_contact_sheet(
    exercises: Iterable[Exercise], out_path: Path, page_size: str = "a4"
) -> int:
    """Write the sheet to `out_path`, replacing it atomically; the number of pages written."""
    listed = list(exercises)
    write_bytes_atomic(out_path, render_contact_sheet(listed, page_size))
    return sheet_pages(len(listed))


def sheet_pages(count: int) -> int:
    """How many pages a sheet of `count` exercises takes (one, even when empty)."""
    return max(1, -(-count // PER_PAGE))


def _heading(
    canvas: Canvas, pagesize: tuple[float, float], font: str, page: int, pages: int, count: int
) -> None:
    width, height = pagesize
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, height - MARGIN + 2 * mm, "Exercise figures")
    canvas.setFont(font, 8)
    canvas.setFillColor(DARK)
    canvas.drawRightString(
        width - MARGIN,
        height - MARGIN + 2 * mm,
        f"{count} exercises · start dashed, end solid · page {page} of {pages}",
    )


def _cells(pagesize: tuple[float, float]) -> list[_Cell]:
    width, height = pagesize
    top = height - MARGIN - 2 * mm
    cell_w = (width - 2 * MARGIN - (COLUMNS - 1) * _GAP) / COLUMNS
    cell_h = (top - MARGIN - (ROWS - 1) * _GAP) / ROWS
    return [
        _Cell(MARGIN + col * (cell_w + _GAP), top - (row + 1) * cell_h - row * _GAP, cell_w, cell_h)
        for row in range(ROWS)
        for col in range(COLUMNS)
    ]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _name_lines(name: str, width: float) -> list[str]:
    """The exercise's name on one or two lines; only a name longer than two lines is cut.

    A second line of one word under the figure reads as a caption of its own ("reach"), so
    the word before it comes down too when the first line has one to spare.
    """
    lines = simpleSplit(name, BOLD, _NAME_SIZE, width) or [""]
    if len(lines) > 2:
        return [lines[0], _fit(" ".join(lines[1:]), BOLD, _NAME_SIZE, width)]
    if len(lines) == 2 and len(lines[1].split()) == 1 and len(lines[0].split()) > 1:
        head, moved = lines[0].rsplit(" ", 1)
        if stringWidth(f"{moved} {lines[1]}", BOLD, _NAME_SIZE) <= width:
            return [head, f"{moved} {lines[1]}"]
    return list(lines)


def _draw_cell(canvas: Canvas, cell: _Cell, exercise: Exercise, font: str, number: int) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.rect(cell.x, cell.y, cell.width, cell.height, stroke=1, fill=0)
    pad = 2 * mm
    text_w = cell.width - 2 * pad
    figure_h = cell.height - _CAPTION - 3 * pad
    figure_y = cell.y + _CAPTION + 2 * pad
    pose = pose_for(exercise)
    if pose is None:
        canvas.setFont(font, _ID_SIZE)
        canvas.setFillColor(DARK)
        canvas.drawCentredString(cell.x + cell.width / 2, figure_y + figure_h / 2, "(no figure)")
        view = NO_FIGURE
    else:
        canvas.saveState()
        canvas.translate(cell.x + pad, figure_y)
        paint_pose(canvas, pose, text_w, figure_h)
        canvas.restoreState()
        view = f"{pose.view} view"
    line_y = figure_y - pad - _NAME_SIZE
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, _NAME_SIZE)
    for line in _name_lines(exercise.name, text_w):
        canvas.drawString(cell.x + pad, line_y, line)
        line_y -= _NAME_LEADING
    canvas.setFont(font, _ID_SIZE)
    canvas.setFillColor(DARK)
    line_y += _NAME_LEADING - 1
    for line in (f"{number}. {exercise.id}", f"pose {pose_id_for(exercise)} · {view}"):
        line_y -= _ID_LEADING
        canvas.drawString(cell.x + pad, line_y, _fit(line, font, _ID_SIZE, text_w))
