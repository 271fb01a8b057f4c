"""Paragraph styles, greys and sizes of the handout.

Everything is black, white and greys so a handout stays readable on a black-and-white
printer; emphasis comes from weight, rules and shading, never from hue alone. Text the
athlete reads is black and at least 10 pt (doses and loads 11 pt, see `layouts.common`),
read at arm's length in a gym: the greys are for rules, shading and the running header and
footer only.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from planner_gui.export.fonts import BOLD, ITALIC, register_fonts

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 16 * mm
HEADER_SPACE = 9 * mm
FOOTER_SPACE = 9 * mm

INK = colors.black
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.55, 0.55, 0.55)
RULE = colors.Color(0.7, 0.7, 0.7)
SHADE = colors.Color(0.88, 0.88, 0.88)
LIGHT = colors.Color(0.95, 0.95, 0.95)


@dataclass(frozen=True)
class Styles:
    """The handful of paragraph styles the handout uses."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    note: ParagraphStyle
    right: ParagraphStyle


def make_styles() -> Styles:
    """Styles bound to the embedded Unicode font."""
    font = register_fonts()
    # reportlab lets a line run over its width by 5 % of a space per space (shrinkage meant
    # for justified text); left-aligned lines then print past their column or margin. And it
    # lets a paragraph's last line go overleaf alone (a widow: "to set your next block." atop
    # the exercise guide): allowWidows=0 takes a line with it, or the paragraph moves whole.
    base = ParagraphStyle(
        "base",
        fontName=font,
        bulletFontName=font,
        fontSize=10,
        leading=13,
        textColor=INK,
        spaceShrinkage=0,
        allowWidows=0,
    )

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        title=style("title", fontName=BOLD, fontSize=24, leading=29, spaceAfter=6),
        subtitle=style("subtitle", fontSize=13, leading=17, spaceAfter=4),
        h1=style("h1", fontName=BOLD, fontSize=16, leading=20, spaceBefore=4, spaceAfter=8),
        h2=style("h2", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
        h3=style("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        body=style("body", spaceAfter=5),
        bullet=style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        small=style("small", leading=12.5),
        cell=style("cell", leading=12.2, alignment=TA_LEFT),
        cell_bold=style("cell_bold", fontName=BOLD, leading=12.2),
        cell_small=style("cell_small", leading=11.6),
        cell_center=style("cell_center", leading=12.2, alignment=TA_CENTER),
        cell_head=style("cell_head", fontName=BOLD, leading=12.2),
        note=style("note", fontName=ITALIC, leading=12.2),
        right=style("right", leading=12.2, alignment=TA_RIGHT),
    )


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (reportlab's default is Helvetica)."""
    font = register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands])


def ruled_rows(padding: tuple[float, float] = (3, 4)) -> list[tuple[object, ...]]:
    """The house look of a plain data table: a shaded, ruled header and hairlines between rows.

    `padding` is (top, bottom) inside each cell.
    """
    top, bottom = padding
    return [
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]
