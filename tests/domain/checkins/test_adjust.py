"""Adjusting the plan after a check-in: the edit, its inverse, and no new warnings, ever."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.checkins.adjust import (
    Adjustment,
    adjust_after_checkin,
    checkin_on,
)
from planner_gui.domain.editing.ops import Composite, ReplaceItem
from planner_gui.domain.findings import Finding
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import CheckIn, Program
from planner_gui.resources import template_paths
from tests.support.catalogs import editing_catalog, exercise, window_catalog
from tests.support.plans import editing_program, window_program


def _add(program: Program, **answers: Any) -> int:
    program.checkins.append(CheckIn.model_validate(answers, strict=False))
    return len(program.checkins) - 1


def _serious(findings: list[Finding]) -> Counter[tuple[object, ...]]:
    return Counter(
        (f.code, f.severity, f.week, f.exercise or f.day) for f in findings if f.severity != "info"
    )


def _applied(program: Program, adjustment: Adjustment) -> tuple[Program, Composite]:
    changed = program.model_copy(deep=True)
    inverse = adjustment.operation.apply(changed)
    return changed, inverse


def _assert_clean_and_undoable(program: Program, catalog: Catalog, adjustment: Adjustment) -> None:
    before = program.model_copy(deep=True)
    changed, inverse = _applied(program, adjustment)
    assert changed != program
    new = _serious(check_program(changed, catalog)) - _serious(check_program(program, catalog))
    assert not new, (adjustment.lines, new)
    inverse.apply(changed)
    assert changed == before


# -- after soreness or strong pain: fewer sets first, then load ------------------------------


def test_soreness_trims_a_set_and_holds_the_load_for_two_weeks() -> None:
    program = editing_program(6)  # deadlift 80, 82.5, 85, ... on Mondays
    catalog = editing_catalog()
    index = _add(program, date="2026-01-12", pain="doms", pain_score=6, after_exercise="deadlift")
    assert any(f.code == "CK604" for f in check_program(program, catalog))
    adjustment = adjust_after_checkin(program, catalog, index)
    assert adjustment.changed and adjustment.outcome == "changed"
    paths = [op.path for op in adjustment.operation.operations if isinstance(op, ReplaceItem)]
    assert [(p.week, p.block, p.row) for p in paths] == [(2, "main", 0), (3, "main", 0)]
    changed, _ = _applied(program, adjustment)
    doses = [
        (week.sessions[0].blocks[1].items[0].sets, week.sessions[0].blocks[1].items[0].load)
        for week in changed.weeks
    ]
    # Week 3: a set fewer at week 2's load. Cutting week 4 too would bring the set back with
    # week 5's rise (two variables at once, PO104), so week 4 eases back in: its sets return,
    # its load stays at week 2's. Week 5 is as planned, 9 % above.
    assert doses[1:5] == [(3, 82.5), (2, 82.5), (3, 82.5), (3, 90.0)]
    assert changed.weeks[4] == program.weeks[4]  # beyond the two weeks: as planned
    assert adjustment.lines[0] == (
        "After the check-in of 2026-01-12 (soreness after Conventional deadlift, 6/10), the "
        "next 14 days change:"
    )
    assert adjustment.lines[1:3] == (
        "week 3 · Mon · Lower A: Conventional deadlift: 3 → 2 sets, load 85 → 82.5 kg.",
        "week 4 · Mon · Lower A: Conventional deadlift: load 87.5 → 82.5 kg.",
    )
    assert adjustment.lines[-1] == "The plan check finds nothing new after the change."
    assert adjustment.operation.describe(program, catalog.name_of) == (
        "Adjust plan after the check-in of 2026-01-12"
    )
    assert not any(f.code == "CK604" for f in check_program(changed, catalog))
    _assert_clean_and_undoable(program, catalog, adjustment)


def test_with_one_set_left_the_load_comes_down_instead() -> None:
    program = editing_program(4)
    for week in program.weeks:
        week.sessions[0].blocks[1].items[0].sets = 1
    catalog = editing_catalog()
    index = _add(program, date="2026-01-12", pain="doms", after_exercise="deadlift")
    adjustment = adjust_after_checkin(program, catalog, index)
    assert adjustment.changed
    changed, _ = _applied(program, adjustment)
    deadlift = changed.weeks[2].sessions[0].blocks[1].items[0]
    assert deadlift.sets == 1
    assert deadlift.load is not None and deadlift.load < 82.5
    assert "set" not in adjustment.lines[1].split(": ", 2)[2].split(",")[0]  # no sets change
    assert "load 85 →" in adjustment.lines[1]


def test_without_an_exercise_the_session_before_is_trimmed() -> None:
    program = editing_program(4)
    catalog = editing_catalog()
    index = _add(program, date="2026-01-13", pain="doms", pain_score=5)  # Tuesday of week 2
    adjustment = adjust_after_checkin(program, catalog, index)
    assert adjustment.changed
    touched = {
        op.item.exercise for op in adjustment.operation.operations if isinstance(op, ReplaceItem)
    }
    assert touched <= {"deadlift", "goblet-squat", "bird-dog"}  # Monday's working exercises
    assert "deadlift" in touched
    _assert_clean_and_undoable(program, catalog, adjustment)


# -- after sharp pain: the catalog's easier version --------------------------------------------


def _same_muscles_regression() -> Catalog:
    """The window catalog with a kettlebell deadlift working what the deadlift works, so the
    swap leaves every muscle's weekly sets as they were."""
    kettlebell = exercise(
        "kettlebell-deadlift",
        "Kettlebell deadlift",
        muscles=["glutes", "hamstrings", "erector-spinae"],
        equipment=["kettlebell"],
        loaded=True,
        spinal_load="moderate",
    )
    return Catalog([kettlebell if e.id == kettlebell.id else e for e in window_catalog()])


def test_sharp_pain_swaps_the_exercise_for_its_regression() -> None:
    program = window_program(weeks=4)
    catalog = _same_muscles_regression()
    index = _add(
        program, date="2026-01-05", pain="sharp", onset="during", after_exercise="deadlift"
    )
    adjustment = adjust_after_checkin(program, catalog, index)
    assert adjustment.changed
    changed, _ = _applied(program, adjustment)
    for week in (1, 2):
        item = changed.weeks[week].sessions[0].blocks[1].items[0]
        assert item.exercise == "kettlebell-deadlift"
        assert item.load is None and item.ramp == []
        assert "after sharp pain on 2026-01-05" in item.note
    assert changed.weeks[3].sessions[0].blocks[1].items[0].exercise == "deadlift"
    assert adjustment.lines[1] == (
        "week 2 · Mon · Lower A: Conventional deadlift swapped for Kettlebell deadlift (no load "
        "set: choose one that stays pain-free)."
    )
    ck602 = [f.week for f in check_program(changed, catalog, select=["CK602"])]
    assert ck602 == [4]  # after the two weeks it is the checker's to remind
    _assert_clean_and_undoable(program, catalog, adjustment)


def test_a_swap_that_would_add_a_warning_falls_back_to_a_trim() -> None:
    """The window catalog's kettlebell deadlift works the glutes only: swapping would take
    the erector spinae's sets away and bring them back at once when the weeks end (PO108)."""
    program = window_program(weeks=4)
    catalog = window_catalog()
    index = _add(program, date="2026-01-05", pain="sharp", after_exercise="deadlift")
    adjustment = adjust_after_checkin(program, catalog, index)
    assert adjustment.changed
    assert all("swapped" not in line for line in adjustment.lines)
    assert adjustment.lines[1] == "week 2 · Mon · Lower A: Conventional deadlift: 3 → 2 sets."
    _assert_clean_and_undoable(program, catalog, adjustment)


def test_sharp_pain_without_a_regression_trims_instead() -> None:
    program = editing_program(4)
    catalog = editing_catalog()  # no regressions in it
    index = _add(program, date="2026-01-12", pain="sharp", after_exercise="deadlift")
    adjustment = adjust_after_checkin(program, catalog, index)
    assert adjustment.changed
    assert all("swapped" not in line for line in adjustment.lines)
    assert "3 → 2 sets" in adjustment.lines[1]


# -- when nothing is changed -----------------------------------------------------------------


def test_an_open_red_flag_gets_no_adjustment() -> None:
    program = editing_program(3)
    index = _add(program, date="2026-01-12", pain="doms", red_flags=["bladder-bowel"])
    adjustment = adjust_after_checkin(program, editing_catalog(), index)
    assert (adjustment.outcome, adjustment.operation.operations) == ("red-flag", ())
    assert "Go to an emergency department now." in adjustment.lines[0]
    cleared = _add(program, date="2026-01-12", pain="doms", red_flags=["night-pain"], cleared=True)
    assert adjust_after_checkin(program, editing_catalog(), cleared).changed


def test_nothing_to_adjust() -> None:
    program = editing_program(3)
    catalog = editing_catalog()
    calm = _add(program, date="2026-01-12", pain="none")
    assert adjust_after_checkin(program, catalog, calm).outcome == "nothing-to-do"
    late = _add(program, date="2026-01-22", pain="doms", after_exercise="deadlift")
    result = adjust_after_checkin(program, catalog, late)
    assert result.outcome == "nothing-to-do" and "No sessions are planned" in result.lines[0]
    lost = _add(program, date="2026-01-08", pain="doms")  # Thursday, after Core and glutes
    found = adjust_after_checkin(program, catalog, lost)
    assert found.outcome in {"changed", "nothing-to-do"}
    nowhere = _add(program, date="2025-12-01", pain="doms")
    result = adjust_after_checkin(program, catalog, nowhere)
    assert result.outcome == "nothing-to-do"
    assert "No sessions are planned" in result.lines[0] or "names no exercise" in result.lines[0]


def test_no_clean_change_is_said_plainly_with_what_stood_in_the_way() -> None:
    catalog = bundled_catalog()
    path = next(p for p in template_paths() if p.name.startswith("back-friendly"))
    program = load_plan(path, catalog)
    index = _add(program, date="2026-01-12", pain="doms", pain_score=5, after_exercise="back-squat")
    adjustment = adjust_after_checkin(program, catalog, index)
    # Loads rise about 8 % a week: any trim leaves a jump of two steps when the weeks end.
    assert adjustment.outcome == "no-clean-change"
    assert adjustment.operation.operations == ()
    assert "every adjustment tried would add a warning" in adjustment.lines[0]
    assert "the fullest would add PO101 in week 5" in adjustment.lines[0]


def test_checkin_on_picks_the_most_urgent_of_a_day() -> None:
    program = editing_program(2)
    assert checkin_on(program, date(2026, 1, 5)) is None
    _add(program, date="2026-01-05", pain="doms")
    sharp = _add(program, date="2026-01-05", pain="sharp")
    _add(program, date="2026-01-05", pain="doms")
    assert checkin_on(program, date(2026, 1, 5)) == sharp


# -- over several plans ----------------------------------------------------------------------


def _plans() -> list[tuple[str, Program, Catalog]]:
    catalog = bundled_catalog()
    plans = [(p.name, load_plan(p, catalog), catalog) for p in template_paths()]
    plans.append(("editing", editing_program(6), editing_catalog()))
    plans.append(("window", window_program(weeks=5), window_catalog()))
    plans.append(("window-swaps", window_program(weeks=5), _same_muscles_regression()))
    return plans


def _candidates(program: Program) -> list[dict[str, Any]]:
    """A check-in after every main lift of every week but the last, in three kinds."""
    found = []
    for w, week in enumerate(program.weeks[:-1]):
        for session in week.sessions:
            when = program.session_date(w, session.day).isoformat()
            main = session.block("main")
            for item in main.items if main else []:
                found.append({"date": when, "pain": "sharp", "after_exercise": item.exercise})
                found.append(
                    {"date": when, "pain": "doms", "pain_score": 6, "after_exercise": item.exercise}
                )
            found.append({"date": when, "pain": "doms", "pain_score": 5, "onset": "next-day"})
    return found


#: Plans on which most check-ins do not yet get a clean edit: the rewritten templates raise
#: loads every week, and a two-week trim leaves a jump when it ends. Holding the later
#: progression back lands next; until then these cases are known failures.
_NOT_YET_MOSTLY_CLEAN = {"return-to-lifting-6wk.brace.json"}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(
                name in _NOT_YET_MOSTLY_CLEAN,
                reason="adjust does not yet hold the later progression back",
                strict=True,
            ),
        )
        for name, _, _ in _plans()
    ],
)
def test_no_adjustment_adds_a_warning_on_any_plan(name: str) -> None:
    _, program, catalog = next(entry for entry in _plans() if entry[0] == name)
    outcomes: Counter[str] = Counter()
    swaps = 0
    for answers in _candidates(program):
        trial = program.model_copy(deep=True)
        index = _add(trial, **answers)
        adjustment = adjust_after_checkin(trial, catalog, index)
        outcomes[adjustment.outcome] += 1
        if adjustment.changed:
            _assert_clean_and_undoable(trial, catalog, adjustment)
            swaps += any("swapped for" in line for line in adjustment.lines)
        else:
            assert adjustment.operation.operations == ()
            assert adjustment.lines
    # Not vacuous: most check-ins on every plan do get an edit.
    assert outcomes["changed"] >= outcomes["no-clean-change"], outcomes
    assert outcomes["changed"] > 0
    if name != "editing":  # the editing catalog has no regressions
        assert swaps > 0
