"""The compact handout (the default): cover, the exercise guide once, the programme by
session type with weeks as columns, then the load chart and plan check when asked for, and
the safety page and the check-in form. The 8-week template fits in 12 A4 pages (13 Letter)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable

from planner_gui.export.checkin_form import form_flowables, recorded_flowables
from planner_gui.export.context import HandoutContext
from planner_gui.export.cover import cover_flowables
from planner_gui.export.layouts.common import load_chart_part, plan_check_part
from planner_gui.export.layouts.exercise_guide import exercise_guide
from planner_gui.export.layouts.programme import programme_flowables, week_notes
from planner_gui.export.safety import safety_flowables

#: Room a part needs below its heading to start on the page the last part ended on.
_NEW_PART = 220.0


def compact_story(ctx: HandoutContext, tick: Callable[[], None]) -> list[Flowable]:
    story: list[Flowable] = list(cover_flowables(ctx))
    story += week_notes(ctx)  # below the weeks at a glance, where there is room
    tick()
    # Parts follow on where the last one ended (no page left half empty between them).
    story.append(CondPageBreak(_NEW_PART))
    story += exercise_guide(ctx)
    tick()
    story.append(CondPageBreak(_NEW_PART))
    story += programme_flowables(ctx)
    story += load_chart_part(ctx)
    tick()
    story += plan_check_part(ctx)
    tick()
    story += safety_flowables(ctx)
    tick()
    story += checkin_part(ctx)
    return story


def checkin_part(ctx: HandoutContext) -> list[Flowable]:
    """The blank check-in form the athlete fills in by hand, and the check-ins recorded so far
    with the guidance each got (left out when there are none, to keep the handout short)."""
    story: list[Flowable] = list(form_flowables(ctx))
    if ctx.program.checkins:
        story += recorded_flowables(ctx)
    return story
