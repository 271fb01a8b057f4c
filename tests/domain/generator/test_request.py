"""Reading and checking what the generator is asked, with one-line reasons."""

from __future__ import annotations

from datetime import date

import pytest

from planner_gui.domain.generator.request import (
    ProgramRequest,
    RequestError,
    next_monday,
    parse_date,
    parse_days,
    parse_weeks,
)


def test_days_in_any_case_and_full_names_come_back_in_week_order() -> None:
    assert parse_days("fri, Mon,wednesday") == ("mon", "wed", "fri")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("mon,fry", "'fry' is not a day"),
        ("mon,mon,wed", "named twice"),
        ("mon", "1 training day"),
        ("mon,tue,wed,thu,fri,sat,sun", "7 training days"),
        ("", "0 training days"),
    ],
)
def test_bad_days(text: str, fragment: str) -> None:
    with pytest.raises(RequestError, match=fragment) as refused:
        parse_days(text)
    assert refused.value.field == "days"


@pytest.mark.parametrize(("text", "fragment"), [("0", "0 weeks"), ("60", "60 weeks"), ("x", "'x'")])
def test_bad_weeks(text: str, fragment: str) -> None:
    with pytest.raises(RequestError, match=fragment):
        parse_weeks(text)
    assert parse_weeks(" 12 ") == 12


def test_dates_and_next_monday() -> None:
    assert parse_date("2026-01-05") == date(2026, 1, 5)
    with pytest.raises(RequestError, match="is not a date"):
        parse_date("2026-02-30")
    assert next_monday(date(2026, 1, 7)) == date(2026, 1, 12)  # a Wednesday
    assert next_monday(date(2026, 1, 5)) == date(2026, 1, 12)  # a Monday: the next one


def _request(**changes: object) -> ProgramRequest:
    base: dict[str, object] = {
        "weeks": 8,
        "days": ("mon", "thu"),
        "level": "beginner",
        "goal": "return",
        "start": date(2026, 1, 5),
    }
    return ProgramRequest(**(base | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weeks": 0}, "weeks"),
        ({"weeks": 53}, "weeks"),
        ({"minutes": 29}, "minutes"),
        ({"minutes": 121}, "minutes"),
        ({"level": "expert"}, "level"),
        ({"goal": "bulk"}, "goal"),
        ({"start": date(9999, 12, 1)}, "start"),
        ({"athlete": "x" * 201}, "athlete"),
    ],
)
def test_check_names_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(RequestError) as refused:
        _request(**changes).check()
    assert refused.value.field == field
    assert "\n" not in str(refused.value)


def test_minutes_default_by_goal() -> None:
    assert _request().session_minutes == 45
    assert _request(goal="strength").session_minutes == 60
    assert _request(minutes=75).session_minutes == 75
