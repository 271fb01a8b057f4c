"""Templates: a plan kept for reuse, and a new plan started from one.

A template is a program without a client. Starting from one gives a new plan that begins on
the coming week (no weeks already in the past), names no athlete, and carries no check-ins:
a template's check-ins are another person's reports (the bundled ones are made-up samples),
and moving their dates along with the plan would put words in the new client's mouth that
the handout and the check-in rules would then act on. They are dropped, and the caller is
told how many (`TemplateStart.dropped_checkins`) so it can say so.

Saving a plan as a template strips the same two things, so a coach's library never keeps a
client's name or pain reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner_gui.domain.calendar import coming_weekday, weekday_of
from planner_gui.domain.models import Program


@dataclass(frozen=True)
class TemplateStart:
    """A plan started from a template, and what was left behind."""

    program: Program
    dropped_checkins: int
    dropped_athlete: str


def plan_from_template(template: Program, today: date) -> TemplateStart:
    """A new plan from `template`, starting on the coming day of the week the template starts
    on (the coming Monday for the bundled ones; today when today is that day).

    Every week keeps its place relative to the start, so all session dates move by the same
    number of whole weeks and each session stays on its weekday. `template` is not changed.
    """
    start = coming_weekday(weekday_of(template.start_date), today)
    program = template.model_copy(
        update={"start_date": start, "athlete": "", "checkins": []}, deep=True
    )
    return TemplateStart(program, len(template.checkins), template.athlete)


def as_template(program: Program, title: str) -> Program:
    """`program` as a template titled `title`: the same weeks, no athlete, no check-ins."""
    return program.model_copy(update={"title": title, "athlete": "", "checkins": []}, deep=True)
