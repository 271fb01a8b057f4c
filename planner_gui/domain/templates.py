"""Templates: a plan kept for reuse, and a new plan started from one.

A template is a program without a client. Starting from one gives a new plan that begins on
the coming week (no weeks already in the past), names no athlete, and carries no check-ins:
a template's check-ins are another person's reports (the bundled ones are made-up samples),
and moving their dates along with the plan would put words in the new client's mouth that
the handout and the check-in rules would then act on. They are dropped, and the caller is
told how many (`TemplateStart.dropped_checkins`) so it can say so.

Opening a bundled template as the sample to look around in is the one exception
(`keep_checkins`): there the made-up reports are the point, so they come along, each moved by
the same shift as the plan's start, so every one keeps its weekday and its distance from the
start and the check-in rules read them against the same sessions as in the template.

Saving a plan as a template strips the same two things, so a coach's library never keeps a
client's name or pain reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner_gui.domain.calendar import coming_weekday, weekday_of
from planner_gui.domain.models import CheckIn, Program


@dataclass(frozen=True)
class TemplateStart:
    """A plan started from a template, and what was left behind."""

    program: Program
    dropped_checkins: int
    dropped_athlete: str


def plan_from_template(
    template: Program, today: date, *, keep_checkins: bool = False
) -> TemplateStart:
    """A new plan from `template`, starting on the coming day of the week the template starts
    on (the coming Monday for the bundled ones; today when today is that day).

    Every week keeps its place relative to the start, so all session dates move by the same
    number of whole weeks and each session stays on its weekday. With `keep_checkins` the
    check-ins move by that shift too (in their order); one dated before the template's start
    would land before the new one, so it is dropped (and counted). `template` is not changed.
    """
    start = coming_weekday(weekday_of(template.start_date), today)
    checkins = moved_checkins(template, start - template.start_date) if keep_checkins else []
    program = template.model_copy(
        update={"start_date": start, "athlete": "", "checkins": checkins}, deep=True
    )
    return TemplateStart(program, len(template.checkins) - len(checkins), template.athlete)


def moved_checkins(template: Program, shift: timedelta) -> list[CheckIn]:
    """`template`'s check-ins from its start on, each dated `shift` later (copies)."""
    return [
        checkin.model_copy(update={"date": checkin.date + shift}, deep=True)
        for checkin in template.checkins
        if checkin.date >= template.start_date
    ]


def as_template(program: Program, title: str) -> Program:
    """`program` as a template titled `title`: the same weeks, no athlete, no check-ins."""
    return program.model_copy(update={"title": title, "athlete": "", "checkins": []}, deep=True)
