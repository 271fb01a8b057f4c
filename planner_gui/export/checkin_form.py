"""The handout's check-in pages: a blank form to fill in by hand, and the plan's check-ins.

The form asks what a check-in records (pain type, a 0-10 score, when it began, whether it
eases with movement, where, after which exercise) with boxes big enough to tick with a pen
(`BOX`, 8.5 mm), red flags first, in their three tiers, each tier with what to do when one of
its flags is ticked: the tier's heading in the brand's wording, the words the safety page, the
window and `planner-gui checkin` use. Every piece of guidance comes from
`domain.checkins.triage`: the form never words a red flag's advice itself.

The list that follows shows each recorded check-in, oldest first, with what was reported and
the guidance it got. Everything in it that comes from the plan (where, the note, custom
exercise names inside the guidance) is escaped: plan text is data, never markup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from planner_gui.domain.checkins.history import ordered
from planner_gui.domain.checkins.triage import (
    ONSET_TITLES,
    PAIN_TITLES,
    TIER_FLAGS,
    TIERS,
    Triage,
    flag_signs,
    red_flag_guidance,
    triage,
)
from planner_gui.domain.models import CheckIn, Program
from planner_gui.domain.vocabulary import ONSETS, RED_FLAG_TEXT
from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry, TickBox
from planner_gui.export.fonts import REGULAR
from planner_gui.export.styles import DARK, INK, LIGHT, RULE, table_style
from planner_gui.export.text import esc, shown

#: A tick box's side: room for a pen's tick or cross (8 mm is the least the form allows).
BOX = 8.5 * mm
#: The pain score's scale, 0 (none) to 10 (worst imaginable).
SCORES = range(11)
#: Height of a line to write on.
WRITING_LINE = 8 * mm

_LABEL_WIDTH = 38 * mm
_BOX_COLUMN = BOX + 3 * mm
#: Padding either side of the red flags' words.
_PAD = 3.0


def checkin_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    """The blank check-in form, then the plan's recorded check-ins, if any."""
    yield from form_flowables(ctx)
    yield from recorded_flowables(ctx)


# -- the blank form -----------------------------------------------------------------------------


def form_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    yield PageBreak()
    yield OutlineEntry("Check-in form", "checkin-form", level=0)
    yield Paragraph("Check-in after training", s.h1)
    yield Paragraph(
        "Fill this in after a session, or the next morning, when something hurts. Red flags "
        "first: if you tick one, do what it says before anything else. Then show the form to "
        "your coach or physio, or have it recorded in the plan.",
        s.body,
    )
    yield _write_in(ctx, [("Date", "After which exercise"), ("Where it hurts", None)])
    yield Spacer(1, 3)
    yield _red_flags(ctx)
    yield KeepTogether(
        [
            Paragraph("The pain", s.h2),
            _choices(ctx, "Type", list(PAIN_TITLES.values())),
            _scale(ctx),
            _choices(ctx, "It began", [ONSET_TITLES[onset] for onset in ONSETS]),
            _choices(ctx, "It eases when you move", ["yes", "no"]),
        ]
    )
    yield CondPageBreak(WRITING_LINE * 2 + 6)
    yield _write_in(ctx, [("Notes", None), ("", None)])


def _write_in(ctx: HandoutContext, rows: Sequence[tuple[str, str | None]]) -> Table:
    """Labels with a line to write on after each: one or two to a row."""
    s = ctx.styles
    second_label = _LABEL_WIDTH + 6 * mm
    line = (ctx.width - _LABEL_WIDTH - second_label) / 2
    cells: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    for index, (first, second) in enumerate(rows):
        if second is None:
            cells.append([Paragraph(f"<b>{first}</b>", s.cell), "", "", ""])
            style += [
                ("SPAN", (1, index), (3, index)),
                ("LINEBELOW", (1, index), (3, index), 0.6, DARK),
            ]
        else:
            cells.append(
                [
                    Paragraph(f"<b>{first}</b>", s.cell),
                    "",
                    Paragraph(f"<b>{second}</b>", s.cell),
                    "",
                ]
            )
            style += [
                ("LINEBELOW", (1, index), (1, index), 0.6, DARK),
                ("LINEBELOW", (3, index), (3, index), 0.6, DARK),
                ("LEFTPADDING", (2, index), (2, index), 4 * mm),
            ]
    table = Table(
        cells,
        colWidths=[_LABEL_WIDTH, line, second_label, line],
        rowHeights=[WRITING_LINE] * len(cells),
        hAlign="LEFT",
    )
    table.setStyle(table_style(style))
    return table


def _red_flags(ctx: HandoutContext) -> Table:
    """Every red flag with a box, the most urgent tier first, and beside each tier's flags
    what to do when one is ticked (once per tier, in the brand's words)."""
    s = ctx.styles
    # At 10 pt the flags' column is as wide as its longest flag, so what to do keeps a line.
    widest = max(
        stringWidth(_capital(RED_FLAG_TEXT[flag]), REGULAR, s.cell.fontSize)
        for tier in TIERS
        for flag in TIER_FLAGS[tier]
    )
    text_width = min(widest + 2 * _PAD + 1, (ctx.width - _BOX_COLUMN) * 0.45)
    rows: list[list[object]] = [
        [
            "",
            Paragraph("Red flags: tick any you notice", s.cell_head),
            Paragraph("What to do if you tick one", s.cell_head),
        ]
    ]
    style: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.5, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 1), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ("LEFTPADDING", (0, 1), (0, -1), 4),
        ("LEFTPADDING", (1, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (1, 0), (-1, -1), _PAD),
    ]
    for tier in TIERS:
        flags = TIER_FLAGS[tier]
        guidance = red_flag_guidance(flags[0], ctx.brand.safety)
        first = len(rows)
        for index, flag in enumerate(flags):
            what = Paragraph(f"<b>{esc(guidance.headline)}</b>", s.cell) if not index else ""
            rows.append([TickBox(BOX), Paragraph(esc(_capital(RED_FLAG_TEXT[flag])), s.cell), what])
        last = len(rows) - 1
        style += [
            ("SPAN", (2, first), (2, last)),
            ("LINEBELOW", (0, last), (-1, last), 0.9, INK),
        ]
        if tier == "emergency":
            style.append(("BACKGROUND", (0, first), (-1, last), LIGHT))
    table = Table(
        rows,
        colWidths=[_BOX_COLUMN, text_width, ctx.width - _BOX_COLUMN - text_width],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(style))
    return table


def _choices(ctx: HandoutContext, label: str, options: Sequence[str]) -> Table:
    """One question: its label, then a box before each answer."""
    s = ctx.styles
    each = (ctx.width - _LABEL_WIDTH) / len(options) - _BOX_COLUMN
    row: list[object] = [Paragraph(f"<b>{esc(label)}</b>", s.cell)]
    for option in options:
        row += [TickBox(BOX), Paragraph(esc(option), s.cell)]
    table = Table(
        [row],
        colWidths=[_LABEL_WIDTH] + [_BOX_COLUMN, each] * len(options),
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


class _Scale(Flowable):  # type: ignore[misc]
    """The 0-10 score: a box for each number, the number printed under it."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.gap = min(3 * mm, max(1.0, (width - BOX * len(SCORES)) / (len(SCORES) - 1)))
        self.width = BOX * len(SCORES) + self.gap * (len(SCORES) - 1)
        self.height = BOX + 11

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.setFont(REGULAR, 10)
        canvas.setFillColor(INK)
        for index, score in enumerate(SCORES):
            x = index * (BOX + self.gap)
            canvas.rect(x, 11, BOX, BOX, stroke=1, fill=0)
            canvas.drawCentredString(x + BOX / 2, 2, str(score))


def _scale(ctx: HandoutContext) -> Table:
    s = ctx.styles
    label = Paragraph(
        "<b>Pain score</b><br/>0 = none, 10 = the worst you can imagine: tick one", s.cell
    )
    table = Table(
        [[label, _Scale(ctx.width - _LABEL_WIDTH)]],
        colWidths=[_LABEL_WIDTH, ctx.width - _LABEL_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


# -- the recorded check-ins -----------------------------------------------------------------------


def recorded_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    """The plan's recorded check-ins, a page of them; nothing when none are recorded (a page
    saying "none yet" cost a sheet in every handout and told the athlete nothing)."""
    s = ctx.styles
    program = ctx.program
    timeline = [checkin for _, checkin in ordered(program)]
    if not timeline:
        return
    yield PageBreak()
    yield OutlineEntry("Recorded check-ins", "checkins", level=0)
    yield Paragraph("Recorded check-ins", s.h1)
    yield Paragraph(
        f"{_count(len(timeline))}, oldest first, each with what was reported and the guidance "
        "it got. The guidance describes what was reported; it is not a diagnosis.",
        s.body,
    )
    for checkin in timeline:
        outcome = triage(
            checkin, earlier=timeline, name_of=ctx.catalog.name_of, wording=ctx.brand.safety
        )
        yield from _recorded(ctx, checkin, outcome)


def _recorded(ctx: HandoutContext, checkin: CheckIn, outcome: Triage) -> Iterator[Flowable]:
    s = ctx.styles
    title = f"{_when(ctx.program, checkin.date)}: {esc(outcome.title)}"
    if outcome.red_flag:
        title = f"Red flag · {title}"
    head = [
        Paragraph(title, s.h3),
        Paragraph(f"<b>Reported:</b> {esc(reported(ctx, checkin))}", s.body),
        Paragraph(f"<b>{esc(outcome.headline)}</b>", s.body),
    ]
    yield KeepTogether(head)
    for step in outcome.steps:
        yield Paragraph(esc(step), s.bullet, bulletText="•")
    yield Paragraph(f"<b>When to see a clinician:</b> {esc(outcome.see_clinician)}", s.body)
    for note in outcome.notes:
        yield Paragraph(f"Note: {esc(note)}", s.note)
    yield Spacer(1, 4)


def reported(ctx: HandoutContext, checkin: CheckIn) -> str:
    """What a check-in reported, in one plain sentence (user text unescaped: escape it)."""
    parts = [PAIN_TITLES[checkin.pain]]
    if checkin.pain_score is not None:
        parts.append(f"{checkin.pain_score}/10")
    if where := shown(checkin.where):
        parts.append(f"where: {where}")
    if checkin.after_exercise:
        parts.append(f"after {ctx.catalog.name_of(checkin.after_exercise)}")
    if checkin.onset is not None:
        parts.append(f"began {ONSET_TITLES[checkin.onset]}")
    if checkin.eases_with_movement is not None:
        parts.append(
            "eased with movement" if checkin.eases_with_movement else "did not ease with movement"
        )
    if checkin.red_flags:
        parts.append(f"red flags: {flag_signs(checkin.red_flags)}")
    if checkin.cleared:
        parts.append("a clinician has cleared training")
    text = ", ".join(parts) + "."
    if note := " ".join(shown(checkin.note, note=True).split()):
        text += f" Note: {note}"
    return text


def _when(program: Program, when: date) -> str:
    """ "Tue 3 Feb 2026 · week 1" (no week outside the plan's dates)."""
    text = f"{when:%a} {when.day} {when:%b} {when.year}"
    offset = (when - program.start_date).days
    if 0 <= offset < 7 * len(program.weeks):
        text += f" · week {offset // 7 + 1}"
    return text


def _count(count: int) -> str:
    return "One check-in" if count == 1 else f"{count} check-ins"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
