"""The how-to page's part on session RPE: rating a whole session on Foster's CR-10 scale.

The plan gives each session an effort (`rpe`) and the log asks for one; the athlete needs to
know what the numbers mean, when to give the rating and what the coach does with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from planner_gui.export.context import HandoutContext
from planner_gui.export.styles import ruled_rows, table_style

#: The modified CR-10 scale (Foster et al., 2001): the words anchor the numbers between them.
CR10: tuple[tuple[str, str], ...] = (
    ("0", "Rest"),
    ("1", "Very, very easy"),
    ("2", "Easy"),
    ("3", "Moderate"),
    ("4", "Somewhat hard"),
    ("5", "Hard"),
    ("6", "Between hard and very hard"),
    ("7", "Very hard"),
    ("8–9", "Between very hard and maximal"),
    ("10", "Maximal: the hardest effort you can imagine"),
)

INTRO = (
    "Besides the effort of single sets, each session has an effort of its own: the session "
    "RPE. Rate the whole session, warm-up to last stretch, on the 0 to 10 scale below. Ask "
    "yourself “how hard was this session, all told?” about half an hour after you finish, "
    "once your breathing has settled and before the last set colours the answer."
)
LOAD = (
    "Your coach multiplies the rating by the session's minutes to get its training load: 45 "
    "minutes at 6 is a load of 270. Adding up a week's sessions shows how hard the week was, "
    "and comparing weeks shows whether training climbs gently or jumps. The session header "
    "gives the planned effort; write the one you felt in your log."
)


def session_rpe_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    s = ctx.styles
    yield KeepTogether(
        [
            Paragraph("Session effort (session RPE)", s.h2),
            Paragraph(INTRO, s.body),
        ]
    )
    table = Table(
        [[Paragraph("<b>Rating</b>", s.cell_head), Paragraph("<b>How it felt</b>", s.cell_head)]]
        + [[Paragraph(score, s.cell_bold), Paragraph(words, s.cell)] for score, words in CR10],
        colWidths=[60, ctx.width - 60],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(table_style(ruled_rows()))
    yield table
    yield Paragraph(LOAD, s.body)
