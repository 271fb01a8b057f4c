"""The how-to page's part on session RPE: rating a whole session on Foster's CR-10 scale.

The plan gives each session an effort (`rpe`) and the log asks for one; the athlete needs to
know what the numbers mean, when to give the rating and what the coach does with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

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
    "once your breathing has settled, so that the last hard set does not decide the answer."
)
LOAD = (
    "Your coach multiplies the rating by the session's minutes to get its training load: 45 "
    "minutes at 6 is a load of 270. Adding up a week's sessions shows how hard the week was, "
    "and comparing weeks shows whether training climbs gently or jumps. The session header "
    "gives the planned effort; note the one you felt on the lines at the end of your log."
)


def session_rpe_flowables(ctx: HandoutContext) -> Iterator[Flowable]:
    """The part kept on one page: heading, when and how to rate, the scale in two halves side
    by side (low, high), and what the rating is for."""
    s = ctx.styles
    half = (len(CR10) + 1) // 2
    head = [Paragraph("<b>Score</b>", s.cell_head), Paragraph("<b>How it felt</b>", s.cell_head)]
    rows: list[list[object]] = [head + head]
    for index in range(half):
        row: list[object] = []
        for score, words in (
            CR10[index],
            CR10[index + half] if index + half < len(CR10) else ("", ""),
        ):
            row += [Paragraph(score, s.cell_bold), Paragraph(words, s.cell)]
        rows.append(row)
    words_w = ctx.width / 2 - 46
    table = Table(rows, colWidths=[46, words_w, 46, words_w], hAlign="LEFT")
    table.setStyle(table_style(ruled_rows()))
    yield KeepTogether(
        [
            Paragraph("Session effort (session RPE)", s.h2),
            Paragraph(INTRO, s.body),
            table,
            Spacer(1, 6),
            Paragraph(LOAD, s.body),
        ]
    )
