"""A new plan from a template: the coming week, no athlete, no check-ins, dates moved together.

The bundled "return to lifting" sample carries check-ins and starts in February 2026; started
in December 2026 its check-ins (a made-up client's reports) must not come along, nor its past
start date.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import Program
from planner_gui.domain.templates import as_template, plan_from_template
from planner_gui.resources import TEMPLATES_DIR, template_paths

WEDNESDAY = date(2026, 12, 2)
NEXT_MONDAY = date(2026, 12, 7)
RETURN = TEMPLATES_DIR / "return-to-lifting-6wk.brace.json"


def sample_with_client() -> Program:
    template = load_plan(RETURN, bundled_catalog())
    assert template.checkins, "the sample has check-ins to drop"
    return template.model_copy(update={"athlete": "Sam Example"})


def session_dates(program: Program) -> list[date]:
    return [
        program.session_date(index, session.day)
        for index, week in enumerate(program.weeks)
        for session in week.sessions
    ]


def test_a_plan_from_a_template_starts_on_the_coming_monday_for_nobody() -> None:
    template = sample_with_client()
    started = plan_from_template(template, WEDNESDAY)
    program = started.program
    assert program.start_date == NEXT_MONDAY
    assert program.athlete == ""
    assert program.checkins == []
    assert started.dropped_checkins == len(template.checkins) == 3
    assert started.dropped_athlete == "Sam Example"
    # Everything else is the template's.
    assert program.title == template.title
    assert program.weeks == template.weeks
    assert program.rules == template.rules


def test_every_session_date_moves_by_the_same_whole_number_of_weeks() -> None:
    template = sample_with_client()
    program = plan_from_template(template, WEDNESDAY).program
    before, after = session_dates(template), session_dates(program)
    shifts = {later - earlier for earlier, later in zip(before, after, strict=True)}
    assert len(shifts) == 1
    shift = shifts.pop()
    assert shift.days % 7 == 0 and shift > timedelta(0)
    assert min(after) >= WEDNESDAY


def test_on_a_monday_the_plan_starts_today_and_the_template_is_left_as_it_was() -> None:
    template = sample_with_client()
    copy = template.model_copy(deep=True)
    assert plan_from_template(template, NEXT_MONDAY).program.start_date == NEXT_MONDAY
    assert template == copy


def test_a_template_starting_on_a_thursday_keeps_its_weeks_running_from_thursday() -> None:
    template = sample_with_client().model_copy(update={"start_date": date(2026, 1, 8)})
    program = plan_from_template(template, WEDNESDAY).program
    assert program.start_date == date(2026, 12, 3)
    assert [s.day for s in program.weeks[0].sessions] == [s.day for s in template.weeks[0].sessions]


def test_every_bundled_template_starts_on_the_coming_monday() -> None:
    for path in template_paths():
        program = plan_from_template(load_plan(path, bundled_catalog()), WEDNESDAY).program
        assert program.start_date == NEXT_MONDAY, path.name
        assert not program.checkins and not program.athlete, path.name


def test_as_template_keeps_the_weeks_and_drops_the_client() -> None:
    plan = sample_with_client()
    template = as_template(plan, "My return plan")
    assert template.title == "My return plan"
    assert template.athlete == "" and template.checkins == []
    assert template.weeks == plan.weeks and template.start_date == plan.start_date
    assert plan.athlete == "Sam Example" and plan.checkins


# Opening a bundled template as the sample keeps its (made-up) check-ins -----------------------


def test_kept_checkins_move_with_the_start_keeping_weekday_and_offset() -> None:
    template = sample_with_client()
    started = plan_from_template(template, WEDNESDAY, keep_checkins=True)
    program = started.program
    assert program.start_date == NEXT_MONDAY and program.athlete == ""
    assert started.dropped_checkins == 0
    shift = program.start_date - template.start_date
    assert len(program.checkins) == len(template.checkins) == 3
    for before, after in zip(template.checkins, program.checkins, strict=True):
        assert after.date - before.date == shift
        assert after.date.weekday() == before.date.weekday()
        assert after.date - program.start_date == before.date - template.start_date
        assert after.date >= program.start_date
        # Everything but the date is the template's.
        assert after.model_copy(update={"date": before.date}) == before
    # The sessions moved by the same shift, so each check-in follows the same session.
    assert session_dates(program)[0] - session_dates(template)[0] == shift
    # Pure: the template keeps its own dates.
    assert [c.date for c in template.checkins] == [
        date(2026, 2, 3),
        date(2026, 2, 19),
        date(2026, 3, 4),
    ]


def test_a_kept_checkin_from_before_the_template_start_is_dropped_and_counted() -> None:
    template = sample_with_client()
    early = template.checkins[0].model_copy(update={"date": template.start_date - timedelta(1)})
    template = template.model_copy(update={"checkins": [early, *template.checkins]})
    started = plan_from_template(template, WEDNESDAY, keep_checkins=True)
    assert len(started.program.checkins) == 3 and started.dropped_checkins == 1
    assert min(c.date for c in started.program.checkins) >= started.program.start_date


def test_without_the_option_a_template_still_brings_no_checkins() -> None:
    started = plan_from_template(sample_with_client(), WEDNESDAY, keep_checkins=False)
    assert started.program.checkins == [] and started.dropped_checkins == 3
