"""Where a new plan starts: the coming day of the week, counted from today.

A blank plan, a plan from a template and the window's first plan all begin on a date that has
not passed, so a handout printed on the day never opens with weeks already gone.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner_gui.domain.vocabulary import DAYS, Day


def coming_weekday(day: Day, today: date) -> date:
    """The next `day` on or after `today` (today itself when today is that day)."""
    return today + timedelta(days=(DAYS.index(day) - today.weekday()) % 7)


def weekday_of(value: date) -> Day:
    """The plan vocabulary's name of the weekday `value` falls on."""
    return DAYS[value.weekday()]
