"""Where new plans start: the coming day of the week, never a day already past."""

from __future__ import annotations

from datetime import date, timedelta

from planner_gui.domain.calendar import coming_weekday, weekday_of
from planner_gui.domain.vocabulary import DAYS


def test_the_coming_weekday_is_today_or_within_six_days_and_on_that_day() -> None:
    wednesday = date(2026, 12, 2)
    assert coming_weekday("mon", wednesday) == date(2026, 12, 7)
    assert coming_weekday("wed", wednesday) == wednesday
    assert coming_weekday("tue", wednesday) == date(2026, 12, 8)
    for offset in range(14):
        today = wednesday + timedelta(days=offset)
        for day in DAYS:
            found = coming_weekday(day, today)
            assert 0 <= (found - today).days <= 6
            assert weekday_of(found) == day
