"""The handout of one week or one session (Print week…, Print session…).

A coach printing a part wants the pages the athlete takes to the gym this time, not the
whole handout again: the session pages as the whole handout prints them (the same week
number, dates, figures, cues and log), then the safety page, which each session's log sends
the athlete to on sharp pain, so a part is never without it. The cover, exercise guide, load
chart and plan check stay with the whole handout. In the cards layout a part is its
sessions' cards, as the whole cards handout prints them, and the safety page.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from planner_gui.domain.print_part import PrintPart
from planner_gui.export.context import HandoutContext
from planner_gui.export.layouts.cards import PAGE, session_cards
from planner_gui.export.layouts.common import sessions_by_date
from planner_gui.export.safety import safety_flowables
from planner_gui.export.sessions import week_flowables


def part_flowables(
    ctx: HandoutContext, part: PrintPart, tick: Callable[[], None]
) -> list[Flowable]:
    """The session pages of `part` of `ctx.program`, then the safety page (see
    `PrintPart.problem` first)."""
    if ctx.options.layout == "cards":
        indices = {index for index, _ in part.sessions(ctx.program)}
        dated = [
            one
            for one in sessions_by_date(ctx.program)
            if one.week_index == part.week and one.session_index in indices
        ]
        cards = session_cards(ctx, dated, tick)
        # safety_flowables opens with a page break: the one that leaves the cards suffices.
        return [*cards, NextPageTemplate(PAGE), PageBreak(), *list(safety_flowables(ctx))[1:]]
    week = ctx.program.weeks[part.week]
    chosen = week.model_copy(update={"sessions": [s for _, s in part.sessions(ctx.program)]})
    story = list(week_flowables(ctx, part.week, chosen, tick))
    # A week's pages open with a page break; at the start of a document it would leave the
    # first page blank.
    while story and isinstance(story[0], PageBreak):
        story.pop(0)
    return [*story, *safety_flowables(ctx)]
