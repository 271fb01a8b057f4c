"""Check-ins on the calendar: open and cleared red flags, the exercises a check-in is about,
and the exercises treated like a painful one."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checkins.history import (
    involved_exercises,
    like_the_painful,
    open_red_flags,
    red_flag_spans,
    regressions_of,
    sessions_after,
)
from planner_gui.domain.models import CheckIn, Program
from tests.support.catalogs import exercise
from tests.support.plans import editing_program


def _plan(*checkins: dict[str, Any]) -> Program:
    program = editing_program(3)
    program.checkins = [CheckIn.model_validate(c, strict=False) for c in checkins]
    return program


def test_a_red_flag_is_open_until_a_check_in_marks_it_cleared() -> None:
    program = _plan(
        {"date": "2026-01-20", "cleared": True},
        {"date": "2026-01-06", "red_flags": ["night-pain"]},
        {"date": "2026-01-13", "red_flags": ["fever-chills"], "cleared": True},
        {"date": "2026-01-15", "red_flags": ["leg-weakness"]},
    )
    spans = red_flag_spans(program)
    assert [(s.index, s.checkin.date.day, s.cleared_on) for s in spans] == [
        (1, 6, date(2026, 1, 13)),  # the next clearance closes it
        (2, 13, date(2026, 1, 13)),  # cleared in the same check-in
        (3, 15, date(2026, 1, 20)),
    ]
    first = spans[0]
    assert not first.stops(date(2026, 1, 6))  # the check-in's own day
    assert first.stops(date(2026, 1, 8))
    assert not first.stops(date(2026, 1, 13))  # the clearance's day
    assert open_red_flags(program) == []
    still = _plan({"date": "2026-01-06", "red_flags": ["gait-change"]})
    [span] = open_red_flags(still)
    assert span.open and span.stops(date(2030, 1, 1))


def test_the_exercises_a_check_in_is_about() -> None:
    program = _plan()
    named = CheckIn(date=date(2026, 1, 6), pain="doms", after_exercise="goblet-squat")
    assert involved_exercises(program, named) == ["goblet-squat"]
    # Tuesday: Monday's Lower A, working blocks only (not the warm-up's leg swing or mobility).
    tuesday = CheckIn(date=date(2026, 1, 6), pain="doms")
    assert involved_exercises(program, tuesday) == ["deadlift", "goblet-squat", "bird-dog"]
    # Sunday: Thursday is three days back, too long ago to blame.
    assert involved_exercises(program, CheckIn(date=date(2026, 1, 11), pain="doms")) == []
    later = [s.date.isoformat() for s in sessions_after(program, date(2026, 1, 5), 14)]
    assert later == ["2026-01-08", "2026-01-12", "2026-01-15", "2026-01-19"]  # 14 days, inclusive


def test_like_the_painful_keeps_the_pattern_and_spares_easier_versions() -> None:
    hinge = {"pattern": "hinge", "loaded": True}
    catalog = Catalog(
        [
            exercise("pull", spinal_load="high", regression="block", **hinge),
            exercise("block", spinal_load="high", regression="kb", **hinge),
            exercise("kb", spinal_load="low", regression="pull", **hinge),  # a loop
            exercise("morning", spinal_load="high", **hinge),
            exercise("trap", spinal_load="moderate", **hinge),
            exercise("squat", pattern="squat", spinal_load="high"),
        ]
    )
    assert regressions_of(catalog, "pull") == ["block", "kb"]
    assert regressions_of(catalog, "kb") == ["pull", "block"]
    assert like_the_painful(catalog, "pull") == {"pull", "morning"}
    assert like_the_painful(catalog, "trap") == {"trap", "morning", "pull", "block"}
    assert like_the_painful(catalog, "nowhere") == {"nowhere"}
