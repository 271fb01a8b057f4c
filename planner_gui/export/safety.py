"""Part 6 of the handout: when to stop and see a clinician, soreness versus injury, first aid.

The advice is in the brand's own wording where a clinic gave one (`domain.brand`), else the
built-in wording; every piece of it is user text, escaped. The red flags print in their three
tiers (`domain.checkins.triage.TIERS`), each under its heading, the words the check-in form,
the window and the command line use for it; a tier's flags go in two columns, so three
groups take no more height than the single list did.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from planner_gui.domain.brand import Brand, Line, SafetyKey, SafetyWording, text_lines
from planner_gui.domain.checkins.triage import TIER_FLAGS, TIERS
from planner_gui.domain.vocabulary import RED_FLAG_TEXT
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.fonts import REGULAR
from planner_gui.export.styles import INK, LIGHT, RULE, table_style
from planner_gui.export.text import esc

#: Each answer fits one line of its column on A4 and Letter: the Letter page has no height to
#: spare (a tier of five red flags takes a row more than a tier of four).
SORENESS_VS_INJURY: tuple[tuple[str, str, str], ...] = (
    ("How it feels", "a dull ache or stiffness", "sharp, stabbing or pinpoint"),
    ("Where", "the muscles you worked, both sides", "one local spot"),
    ("When it starts", "12 to 48 hours after training", "during the lift or right after"),
    ("With movement", "eases as you warm up and move", "gets worse when you move"),
    (
        "What to do",
        "keep training; it fades in a few days",
        "stop that exercise; see first aid below",
    ),
)

#: The comparison table's first column: "With movement" on one line at 10 pt bold.
_LABEL_W = 112.0

#: The parts printed below the comparison table, in order.
_AFTER_TABLE: tuple[SafetyKey, ...] = ("first_aid", "check_up")


def safety_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    """The safety page in the brand's wording (the built-in one where it has none), with
    the brand's contact line; the red flags and the comparison table are always printed."""
    s = ctx.styles
    wording = ctx.brand.safety
    yield PageBreak()
    yield OutlineEntry("Safety", "safety", level=0)
    yield Paragraph("Safety: when to stop", s.h1)
    yield _red_flag_box(ctx, wording)
    soreness = wording.section("soreness")
    yield Paragraph(esc(soreness.heading), s.h2)
    yield from _lines(soreness.text, ctx)
    table = Table(
        [
            [
                Paragraph("", s.cell_head),
                Paragraph("Soreness (normal)", s.cell_head),
                Paragraph("Possible injury", s.cell_head),
            ]
        ]
        + [
            [
                Paragraph(a, s.cell_bold),
                Paragraph(_capital(b), s.cell),
                Paragraph(_capital(c), s.cell),
            ]
            for a, b, c in SORENESS_VS_INJURY
        ],
        colWidths=[_LABEL_W, (ctx.width - _LABEL_W) / 2, (ctx.width - _LABEL_W) / 2],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    yield table
    contact = _contact_line(ctx.brand)
    for key in _AFTER_TABLE:
        section = wording.section(key)
        heading = esc(section.heading)
        if key == "check_up" and contact:
            # Whom to call on the heading's line, left-aligned after it: at no cost in height
            # when it fits (the built-in page is full on Letter), wrapping under it if not.
            size = f"{s.body.fontSize:g}"
            call = "" if _says_how(ctx.brand.contact) else "Call "
            heading += f'<font name="{REGULAR}" size="{size}">&nbsp;&nbsp; {call}{contact}</font>'
        yield Paragraph(heading, s.h2)
        yield from _lines(section.text, ctx)
    yield Spacer(1, 8)
    for line in text_lines(wording.section("closing").text):
        yield _line(line, s.small, "•")


def _red_flag_box(ctx: HandoutContext, wording: SafetyWording) -> Table:
    """The red flags in one ruled box, a shaded band per tier: its heading in bold, its text,
    then its flags in two columns."""
    s = ctx.styles
    half = ctx.width / 2
    rows: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 2, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for tier in TIERS:
        section = wording.section(tier)
        lines = list(text_lines(section.text))
        lead = f"<b>{esc(section.heading)}</b>"
        if lines and not lines[0].bullet:
            lead += f" {esc(lines.pop(0).text)}"
        top = len(rows)
        rows.append([Paragraph(lead, s.body), ""])
        style += [
            ("SPAN", (0, top), (1, top)),
            ("BACKGROUND", (0, top), (1, top), LIGHT),
            ("TOPPADDING", (0, top), (1, top), 4),
            ("BOTTOMPADDING", (0, top), (1, top), 3),
        ]
        if top:
            style.append(("LINEABOVE", (0, top), (1, top), 0.9, INK))
        for line in lines:
            style.append(("SPAN", (0, len(rows)), (1, len(rows))))
            rows.append([_line(line, s.body, "■"), ""])
        flags = [
            Paragraph(esc(_capital(RED_FLAG_TEXT[flag])), s.body, bulletText="■")
            for flag in TIER_FLAGS[tier]
        ]
        for first in range(0, len(flags), 2):
            pair: list[object] = flags[first : first + 2]
            rows.append(pair + [""] * (2 - len(pair)))
        style.append(("BOTTOMPADDING", (0, len(rows) - 1), (1, len(rows) - 1), 5))
    box = Table(rows, colWidths=[half, ctx.width - half], hAlign="LEFT")
    box.setStyle(table_style(style))
    return box


def _lines(text: str, ctx: HandoutContext) -> Iterator[Flowable]:
    """A part's text: paragraphs in body text, bullet points indented with a dot."""
    for line in text_lines(text):
        yield _line(line, ctx.styles.bullet if line.bullet else ctx.styles.body, "•")


def _line(line: Line, style: ParagraphStyle, mark: str) -> Paragraph:
    if line.bullet:
        return Paragraph(esc(line.text), style, bulletText=mark)
    return Paragraph(esc(line.text), style)


def _contact_line(brand: Brand) -> str:
    """Whom to call: the name in bold, then the contact line; nothing without a contact line
    (the name alone is in every page's header)."""
    contact = brand.contact.strip()
    if not contact:
        return ""
    name = brand.name.strip()
    return f"<b>{esc(name)}</b> · {esc(contact)}" if name else esc(contact)


#: Words a clinic's contact line may start with that already say how to reach it.
_HOW = re.compile(r"(call|phone|ring|tel|telephone|text|email|e-mail|contact|book)\b", re.I)


def _says_how(contact: str) -> bool:
    """True when the clinic's contact line starts with its own verb ('Call 01234…', 'Phone:
    …'): the heading then does not add 'Call' ('Call Riverside Physio · Call 01234…')."""
    return _HOW.match(contact.strip()) is not None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
