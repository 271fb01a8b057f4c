"""The compact handout's exercise guide: every exercise of the plan once, in the order the
plan first uses it, with a figure large enough to recognise (start dashed, end solid), its
cues, its cautions and its easier option."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from planner_gui.domain.models import Program
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, Run, TextBlock, text_lines
from planner_gui.export.fonts import BOLD, ITALIC, REGULAR
from planner_gui.export.illustration import PoseFlowable
from planner_gui.export.layouts.common import BODY_PT
from planner_gui.export.styles import INK, RULE, table_style
from planner_gui.export.tables import FlatTable
from planner_gui.figures.lookup import pose_for

#: The guide's figures: at least 35 mm wide so a coach recognises the movement.
FIGURE_SIZE = (36 * mm, 25 * mm)
_LEADING = BODY_PT * 1.25
#: Most lines of text in one row of the guide's table.
ROW_LINES = 30


def exercises_in_order(program: Program) -> list[str]:
    """Ids of the plan's exercises, each once, in the order the plan first uses them."""
    seen: dict[str, None] = {}
    for week in program.weeks:
        for session in week.sessions:
            for _, item in session.items():
                seen.setdefault(item.exercise, None)
    return list(seen)


def exercise_guide(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    yield OutlineEntry("Exercise guide", "exercise-guide", level=0)
    yield Paragraph("Exercise guide", s.h1)
    yield Paragraph(
        "Every exercise of the program, once. The figure shows where it starts (dashed, grey) "
        "and ends (solid, black). Read the points to keep in mind and the cautions before the "
        "first session; use the easier option on a day the exercise does not feel right.",
        s.body,
    )
    fig_w = FIGURE_SIZE[0] + 8
    text_w = ctx.width - fig_w - 6
    rows: list[list[object]] = []
    for exercise_id in exercises_in_order(ctx.program):
        exercise = ctx.catalog.get(exercise_id)
        runs = [Run(ctx.catalog.name_of(exercise_id), BOLD, 11.5, 13.5)]
        picture: object = ""
        if exercise is not None:
            runs += [Run(cue, REGULAR, BODY_PT, _LEADING, INK, bullet="•") for cue in exercise.cues]
            runs += [
                Run(f"Caution: {text}", ITALIC, BODY_PT, _LEADING, INK, bullet="!")
                for text in exercise.cautions
            ]
            if exercise.regression:
                easier = ctx.catalog.name_of(exercise.regression)
                runs.append(Run(f"Easier option: {easier}", REGULAR, BODY_PT, _LEADING))
            pose = pose_for(exercise)
            if pose is not None:
                picture = PoseFlowable(pose, f"guide-{exercise_id}", *FIGURE_SIZE)
        else:
            runs.append(Run("Not in the catalog: ask your coach how to do it.", REGULAR, 10, 12.5))
        # A custom exercise's many long cues continue in further rows: none is taller
        # than a page.
        lines = text_lines(runs, text_w)
        for start in range(0, len(lines), ROW_LINES):
            rows.append(
                [picture if start == 0 else "", TextBlock(lines=lines[start : start + ROW_LINES])]
            )
    if not rows:
        yield Paragraph("The program has no exercises yet.", s.body)
        return
    table = FlatTable(rows, colWidths=[fig_w, ctx.width - fig_w], splitByRow=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    yield table
