"""The warning a handout carries while a red flag is open: a banner on the cover and a line at
the top of every page.

A handout exported anyway (the window's Export anyway, `--allow-red-flags`) must not look like
a plan to train from on any page it is opened at: the safety page at the end is not enough.
The line is drawn by the page decoration (`export.handout`) in the space of the running
header, so it is on every page of every layout, and takes no room from the pages' frames. The
banner opens the story of a layout with a cover (full, compact); the cards layout, which has
none, gets a page of its own with it before the first card.

"Open" is what the export gate asks about (`history.open_red_flags`): red flags no check-in
marked cleared has closed. Text is data: the flags are the check-ins' vocabulary, the call is
the brand's wording, and both are escaped in the banner.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from planner_gui.domain.checkins.history import open_red_flags
from planner_gui.domain.checkins.triage import flag_signs, sentence, tier_heading, tier_of
from planner_gui.domain.models import Program
from planner_gui.export import scripts
from planner_gui.export.context import HandoutContext
from planner_gui.export.fonts import BOLD
from planner_gui.export.styles import HEADER_SPACE, INK, MARGIN, table_style
from planner_gui.export.text import esc, plain
from planner_gui.export.wrap import fit_line

#: The page line's font size and the height of its black band.
_LINE_SIZE = 7.5
_BAND = 11.0


def short_date(day: date) -> str:
    """'13 January 2026'."""
    return f"{day.day} {day:%B %Y}"


def open_flag_dates(program: Program) -> list[date]:
    """The dates of the check-ins whose red flags no clinician has cleared, each once."""
    return sorted({span.checkin.date for span in open_red_flags(program)})


def _dates(days: list[date]) -> str:
    shown = [short_date(day) for day in days]
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def page_line(program: Program) -> str:
    """The line at the top of every page ("" when no red flag is open)."""
    days = open_flag_dates(program)
    if not days:
        return ""
    flagged = "A red flag was" if len(days) == 1 else "Red flags were"
    return f"{flagged} reported on {_dates(days)}: see the safety page before training."


def draw_page_line(canvas: Canvas, pagesize: tuple[float, float], text: str) -> None:
    """The page line in white on a black band, between the running header's rule and the
    body frame (the header space has room for it; the frame is not touched)."""
    if not text:
        return
    width, height = pagesize
    top = height - MARGIN - 7
    bottom = max(top - _BAND, height - MARGIN - HEADER_SPACE + 0.5)
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.rect(MARGIN, bottom, width - 2 * MARGIN, top - bottom, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, _LINE_SIZE)
    line = fit_line(plain(text), BOLD, _LINE_SIZE, width - 2 * MARGIN - 8)
    scripts.draw_string(canvas, MARGIN + 4, bottom + 3, line, BOLD, _LINE_SIZE)
    canvas.restoreState()


def cover_banner(ctx: HandoutContext) -> Iterator[Flowable]:
    """The cover's banner: which check-ins reported what, what to do, and that no clinician
    has cleared training since; nothing when no red flag is open."""
    spans = open_red_flags(ctx.program)
    if not spans:
        return
    s = ctx.styles
    rows: list[list[object]] = [
        [Paragraph("<b>RED FLAG REPORTED: do not train from this handout yet</b>", s.h2)]
    ]
    for span in spans:
        checkin = span.checkin
        tier = tier_of(checkin.red_flags)
        assert tier is not None  # a span is a check-in with red flags
        call = sentence(tier_heading(tier, ctx.brand.safety))
        rows.append(
            [
                Paragraph(
                    f"<b>{esc(short_date(checkin.date))}:</b> "
                    f"{esc(flag_signs(checkin.red_flags))}. {esc(call)}",
                    s.body,
                )
            ]
        )
    rows.append(
        [
            Paragraph(
                "No clinician has cleared training since. Read the safety page before any "
                "session, and train from this plan only once a clinician has cleared you.",
                s.body,
            )
        ]
    )
    table = Table(rows, colWidths=[ctx.width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2.5, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    yield table
    yield Spacer(1, 8)
