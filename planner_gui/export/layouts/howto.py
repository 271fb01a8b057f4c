"""The compact handout's "How to read this handout": the full layout's how-to page cut to
what the programme's tables need (what a cell says, ramp-up sets, per side, the set RPE and
the session RPE scale), printed just before the tables so "RPE 6" is explained where it is
first read."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.layouts.common import BODY_PT, DOSE_PT
from planner_gui.export.session_rpe import CR10

TITLE = "How to read this handout"


def _rows(units: str, log: bool) -> list[tuple[str, str]]:
    """(what a cell shows, what it means); the examples' markup is ours, not user text."""
    rows = [
        (f"3 × 5, 60 {units}", f"3 sets of 5 repetitions with 60 {units};"),
        ("3 × 30 s hold", "hold 30 seconds, 3 times;"),
        (
            "Ramp-up 25 × 5, 35 × 3",
            f"ramp-up sets ({units} × reps) above the line, lighter, done first: 25 {units} for "
            f"5 reps, then 35 {units} for 3 (a warm-up, not sets to count);",
        ),
        ("per side", "the full count on each side;"),
        (
            "RPE 6",
            "how hard a set should feel, 1 to 10 (all-out): at 7 you could do about 3 "
            "more repetitions;",
        ),
        ("deload", "a shaded week, lighter on purpose."),
    ]
    if log:
        rows.append(
            (
                "Boxes",
                "write what you did (load × reps or seconds), L and R for each side, or tick.",
            )
        )
    return rows


def howto_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    """The part in two short paragraphs (a table of the same would cost the 8-week handout a
    page): what a cell says, each example in bold at the size the tables print it, then the
    session RPE scale."""
    s = ctx.styles
    text = ParagraphStyle("howto", parent=s.body, fontSize=BODY_PT, leading=13, spaceAfter=3)
    said = " ".join(
        f'<b><font size="{DOSE_PT:g}">{key}</font></b> {meaning}'
        for key, meaning in _rows(ctx.units, ctx.options.log)
    )
    scale = ", ".join(f"{score} {words.lower()}" for score, words in CR10)
    yield OutlineEntry(TITLE, "howto", level=1)
    yield Paragraph(TITLE, s.h2)
    yield Paragraph(
        "One table for each kind of session; each column is one time you do it, week by week "
        f"from left to right. {said}",
        text,
    )
    yield Paragraph(
        "<b>Session RPE:</b> half an hour after a session, rate the whole session from 0 to "
        f"10 ({scale}) and tell your coach or physio.",
        text,
    )
