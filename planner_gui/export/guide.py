"""Part 2 of the handout: how to train with this program and how to read its tables."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from planner_gui.export.context import HandoutContext
from planner_gui.export.flowables import OutlineEntry
from planner_gui.export.session_rpe import session_rpe_flowables
from planner_gui.export.styles import ruled_rows, table_style
from planner_gui.export.text import esc

PRINCIPLES: tuple[tuple[str, str], ...] = (
    (
        "Brace before every rep",
        "Breathe in, then tighten your whole middle as if someone were about to poke you in the "
        "stomach. Hold that stiffness through the hard part of the rep and breathe out at the "
        "end. A firm trunk lets your hips and legs move the weight instead of your lower back.",
    ),
    (
        "Keep a neutral spine",
        "Aim for the natural curve you have when standing tall: ribs stacked over the pelvis, "
        "neither slumped nor arched hard. Small changes in shape are normal; what matters is "
        "that you stay in control of your position as the set gets harder.",
    ),
    (
        "Hinge at the hips",
        "To pick something up, push your hips back and let your knees bend, keeping the weight "
        "close to your legs. Your hips are the hinge; your back stays long and braced rather "
        "than folding over.",
    ),
    (
        "Warm up before you lift",
        "Start every session with the warm-up block: easy movement that raises your body "
        "temperature and rehearses the day's patterns. Save long, still stretches for after "
        "training.",
    ),
    (
        "Stop on sharp pain",
        "Effort, burning muscles and a dull ache the next day or two are expected. A sharp, "
        "stabbing or pinpoint pain during a lift is not: stop the exercise, do not push "
        "through it, and read the safety page at the back.",
    ),
    (
        "Build up gradually",
        "Loads rise in small steps and some weeks are lighter on purpose (deload weeks). If a "
        "session feels much harder than planned, keep the lighter weight and tell your coach "
        "or physio.",
    ),
)

READING: tuple[tuple[str, str], ...] = (
    ("3 × 5", "3 sets of 5 repetitions. Rest between sets for the time in the Rest column."),
    ("3 × 30 s hold", "3 sets, holding the position for 30 seconds each time."),
    ("3 × 8, 5 s hold", "3 sets of 8 repetitions, pausing for 5 seconds in each repetition."),
    ("per side", "Do the full count on one side, then the same on the other side."),
    (
        "Load",
        "The weight to use, in the program's units. An en dash (–) means no added "
        "weight; body weight means the exercise uses only your own.",
    ),
    (
        "RPE",
        "Rate of perceived exertion, 1 to 10: how hard the set should feel. 7 means you "
        "could have done about 3 more reps; 10 is an all-out effort.",
    ),
    ("Rest", "Time to rest between sets, in seconds (s) or minutes (min)."),
    ("Tempo", "Seconds for each phase of a repetition, when given: down, pause, up, pause."),
)


def _reading(units: str) -> list[tuple[str, str]]:
    """`READING` with the ramp-up sets after 'per side': the session pages print them as
    'Ramp-up: 25 kg × 5, 35 kg × 3' and only the compact how-to said what they are for (the
    example's markup is ours; `units` is the plan's unit, escaped)."""
    unit = esc(units)
    ramp = (
        "Ramp-up sets",
        f"Lighter sets before the work sets: 25 {unit} × 5, 35 {unit} × 3 means 25 {unit} for "
        f"5 reps, then 35 {unit} for 3. A warm-up for the lift, not sets to count.",
    )
    at = next(index for index, (key, _) in enumerate(READING) if key == "per side") + 1
    return [*READING[:at], ramp, *READING[at:]]


def guide_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    yield PageBreak()
    yield OutlineEntry("How to use this program", "guide", level=0)
    yield Paragraph("How to use this program", s.h1)
    yield Paragraph(
        "Each session has its own pages. Work through the blocks from top to bottom: "
        "warm-up, main lifts, core, glutes, mobility and cool-down. Small figures show how "
        "each movement starts (dashed, grey) and ends (solid, black). Take the pages to "
        "the gym and fill in the log as you go; it helps your coach or physio adjust the "
        "next weeks.",
        s.body,
    )
    for title, text in PRINCIPLES:
        yield KeepTogether([Paragraph(title, s.h3), Paragraph(text, s.body)])
    yield Paragraph("Reading the tables", s.h2)
    table = Table(
        [[Paragraph("<b>You see</b>", s.cell_head), Paragraph("<b>It means</b>", s.cell_head)]]
        + [
            [Paragraph(f'<font size="11">{key}</font>', s.cell_bold), Paragraph(text, s.cell)]
            for key, text in _reading(ctx.units)
        ],
        colWidths=[112, ctx.width - 112],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(ruled_rows()))
    yield table
    yield from session_rpe_flowables(ctx)
