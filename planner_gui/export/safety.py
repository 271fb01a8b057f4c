"""Part 6 of the handout: when to stop and see a clinician, soreness versus injury, first aid."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from planner_gui.domain.vocabulary import RED_FLAG_TEXT, RED_FLAGS
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.styles import INK, LIGHT, RULE, table_style

SORENESS_VS_INJURY: tuple[tuple[str, str, str], ...] = (
    ("How it feels", "a dull ache or stiffness", "sharp, stabbing or pinpoint"),
    ("Where", "spread over the muscles you worked, often both sides", "one local spot"),
    ("When it starts", "12 to 48 hours after training", "during the lift or right after"),
    ("With movement", "eases as you warm up and move", "gets worse when you move"),
    (
        "What to do",
        "train as planned, move gently, it fades within a few days",
        "stop that exercise and follow the first aid below",
    ),
)

FIRST_AID: tuple[str, ...] = (
    "First 48 hours: cold, such as an ice pack wrapped in a cloth, for 15 to 20 minutes at a time.",
    "After 48 hours, or for stiffness: warmth, such as a warm pack or a shower, to loosen up.",
    "Keep moving gently: short walks and easy movement help more than lying in bed. Avoid "
    "sitting for long spells.",
    "Leave out the exercise that hurt until you have talked to your coach or physio; carry "
    "on with the parts that feel fine.",
)

SEE_SOMEONE: tuple[str, ...] = (
    "The pain has not eased after about three days of sensible self-care.",
    "It keeps coming back after the same exercise.",
    "It stops you sleeping or doing everyday things.",
    "You are unsure whether it is soreness or an injury.",
)


def safety_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    yield PageBreak()
    yield OutlineEntry("Safety", "safety", level=0)
    yield Paragraph("Safety: when to stop", s.h1)
    box = Table(
        [
            [
                Paragraph(
                    "<b>Stop training and see a doctor now</b> (the same day; go to an "
                    "emergency department for the first two) if you notice any of these:",
                    s.body,
                )
            ]
        ]
        + [
            [Paragraph(_capital(RED_FLAG_TEXT[flag]), s.body, bulletText="■")] for flag in RED_FLAGS
        ],
        colWidths=[ctx.width],
        hAlign="LEFT",
    )
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2, INK),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    yield box
    yield Paragraph("Soreness or injury?", s.h2)
    yield Paragraph(
        "Soreness after training is normal, especially after new exercises or heavier "
        "weeks. It is your muscles adapting, not damage to worry about.",
        s.body,
    )
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
        colWidths=[100, (ctx.width - 100) / 2, (ctx.width - 100) / 2],
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
    yield Paragraph("First aid for a tweak or strain", s.h2)
    for line in FIRST_AID:
        yield Paragraph(line, s.bullet, bulletText="•")
    yield Paragraph("When to get it checked", s.h2)
    yield Paragraph("Book a visit with a doctor or physiotherapist when:", s.body)
    for line in SEE_SOMEONE:
        yield Paragraph(line, s.bullet, bulletText="•")
    yield Spacer(1, 8)
    yield Paragraph(
        "This handout supports, and does not replace, advice from the clinician who knows "
        "your back.",
        s.small,
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
