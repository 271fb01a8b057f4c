"""A fix from a finding never trades one finding for another.

Over the three bundled templates and a sample of generated programs, each routine (core, glute,
mobility with the cool-down, warm-up) is taken out of one week (the first, a middle one, the
last) and the finding that says so is answered with the fix it offers: the finding is gone,
nothing new is found (any rule, any severity), and undo gives back the plan. A fix is offered
in every one of these cases; where no clean edit exists (a session planned to the minute), none
is offered at all.
"""

from __future__ import annotations

from datetime import date
from math import ceil

import pytest

from planner_gui.domain.builders.request import Level
from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.fixes.continuity import (
    TWIN,
    VARIANTS,
    Neighbours,
    neighbours,
    same_session,
    twin,
    variants,
)
from planner_gui.domain.fixes.mapping import fix_for
from planner_gui.domain.fixes.verify import finding_key
from planner_gui.domain.formats import load_plan
from planner_gui.domain.generator.program import generate_program
from planner_gui.domain.generator.request import Goal, ProgramRequest
from planner_gui.domain.models import Item, Program
from planner_gui.domain.timing import session_minutes
from planner_gui.domain.vocabulary import Day
from planner_gui.resources import template_paths
from tests.support.builders import catalog, kit

CATALOG = catalog()

#: Each fixable "missing routine" finding and the blocks that hold that routine.
REMOVED: dict[str, tuple[str, ...]] = {
    "BA401": ("core",),
    "BA402": ("glute",),
    "BA403": ("mobility", "cooldown"),
    "WU301": ("warmup",),
}

#: A sample of the generator's grid: every level, goal and equipment preset, 2-6 days, short
#: and long programs (deloads in the middle and at the end).
GENERATED: list[tuple[Level, Goal, str, tuple[Day, ...], int]] = [
    ("beginner", "return", "dumbbells", ("mon", "wed", "fri"), 4),
    ("beginner", "strength", "none", ("mon", "wed", "fri", "sat"), 5),
    ("intermediate", "strength", "gym", ("mon", "tue", "thu", "fri"), 8),
    ("intermediate", "foundation", "none", ("tue", "fri"), 6),
    ("advanced", "foundation", "bands", ("mon", "wed"), 6),
    ("advanced", "strength", "gym", ("mon", "tue", "wed", "fri", "sat"), 12),
    ("beginner", "foundation", "bands", ("mon", "tue", "wed", "thu", "fri", "sat"), 4),
    ("intermediate", "return", "gym", ("mon", "wed", "fri"), 9),
]


def _templates() -> list[tuple[str, Program]]:
    return [(path.name, load_plan(path, CATALOG)) for path in template_paths()]


def _generated() -> list[tuple[str, Program]]:
    plans = []
    for level, goal, equipment, days, weeks in GENERATED:
        request = ProgramRequest(
            weeks=weeks,
            days=days,
            level=level,
            goal=goal,
            start=date(2026, 12, 7),
            equipment=kit(equipment),
        )
        name = f"{level}-{goal}-{equipment}-{len(days)}d-{weeks}w"
        plans.append((name, generate_program(request, CATALOG)))
    return plans


PLANS = _templates() + _generated()


def _without(plan: Program, week: int, kinds: tuple[str, ...]) -> Program:
    stripped = plan.model_copy(deep=True)
    for session in stripped.weeks[week].sessions:
        session.blocks = [block for block in session.blocks if block.kind not in kinds]
    return stripped


def _outcome(plan: Program, finding: Finding) -> str:
    """The outcome: "fixed" when the fix clears `finding`, adds nothing and undoes exactly;
    "none" when no fix is offered; otherwise what went wrong."""
    fix = fix_for(finding, plan, CATALOG)
    if fix is None:
        return "none"
    before = check_program(plan, CATALOG)
    original = plan.model_copy(deep=True)
    undo = fix.operation.apply(plan)
    after = check_program(plan, CATALOG)
    undo.apply(plan)
    if plan != original:
        return "undo does not give back the plan"
    left = [
        found
        for found in after
        if found.code == finding.code
        and found.week == finding.week
        and (finding.session_index is None or found.session_index == finding.session_index)
    ]
    if left:
        return f"{finding.code} stays: {left[0].message}"
    known = {finding_key(found) for found in before}
    new = [found for found in after if finding_key(found) not in known]
    if new:
        return "new: " + "; ".join(f"{f.code} week {f.week}: {f.message}" for f in new)
    return "fixed"


@pytest.mark.parametrize(("name", "plan"), PLANS, ids=[name for name, _ in PLANS])
def test_removing_a_routine_from_one_week_is_fixed_with_no_finding_traded(
    name: str, plan: Program
) -> None:
    assert not [f for f in check_program(plan, CATALOG) if f.code in REMOVED]
    last = len(plan.weeks) - 1
    outcomes: dict[str, int] = {}
    problems: list[str] = []
    for code, kinds in REMOVED.items():
        for week in sorted({0, last // 2, last}):
            stripped = _without(plan, week, kinds)
            targets = [
                f for f in check_program(stripped, CATALOG) if f.code == code and f.week == week + 1
            ]
            for finding in targets:
                outcome = _outcome(stripped.model_copy(deep=True), finding)
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
                if outcome != "fixed":
                    problems.append(f"{code} week {week + 1} {finding.session}: {outcome}")
    assert outcomes.get("fixed", 0) > 0, name
    assert problems == [], name


def test_the_back_friendly_template_without_week_1_core_gets_it_back_at_its_progression() -> None:
    """The case that once traded BA401 for PO104 and PO108: week 1's core, built afresh at
    3 sets, outpaced week 2's. The fix now takes week 2's exercises at a dose week 2 is one
    step on from, and nothing new is found."""
    path = next(p for p in template_paths() if p.name.startswith("back-friendly"))
    plan = _without(load_plan(path, CATALOG), 0, ("core",))
    [finding] = [f for f in check_program(plan, CATALOG) if f.code == "BA401"]
    fix = fix_for(finding, plan, CATALOG)
    assert fix is not None and "week 2" in fix.summary
    assert _outcome(plan.model_copy(deep=True), finding) == "fixed"
    fix.operation.apply(plan)
    codes = {f.code for f in check_program(plan, CATALOG)}
    assert not codes & {"BA401", "PO104", "PO108", "TI701", "TI702"}
    monday = plan.weeks[0].sessions[0].block("core")
    later = plan.weeks[1].sessions[0].block("core")
    assert monday is not None and later is not None
    assert [i.exercise for i in monday.items] == [i.exercise for i in later.items]


def test_no_fix_is_offered_when_every_routine_would_bring_another_finding() -> None:
    """Week 2's sessions planned to the minute of what they hold, with no time to spare
    (TI701 at 0 %): any routine added makes them longer than planned, so BA401 offers no fix
    rather than trading one finding for another."""
    plan = _generated()[0][1]
    plan = _without(plan, 1, ("core",))
    [offered] = [f for f in check_program(plan, CATALOG) if f.code == "BA401" and f.week == 2]
    assert fix_for(offered, plan, CATALOG) is not None  # with time to spare, it has one
    plan.rules = {**plan.rules, "TI701": {"limit_pct": 0.0}}
    for session in plan.weeks[1].sessions:
        session.duration_min = ceil(session_minutes(session))
    found = [f for f in check_program(plan, CATALOG) if f.code == "BA401" and f.week == 2]
    assert found and not [f for f in check_program(plan, CATALOG) if f.code == "TI701"]
    assert fix_for(found[0], plan, CATALOG) is None


def _item(exercise: str, sets: int, *, reps: int | None = None, hold: int | None = None) -> Item:
    return Item(exercise=exercise, sets=sets, reps=reps, hold_s=hold)


def test_the_dose_first_tried_is_one_step_on_from_the_earlier_week() -> None:
    """Earlier 2 × 20 s and 2 × 6, later 3 × 25 s and 3 × 8: the dose tried first raises one
    of sets, reps and hold toward the later week's for each item, never two; the earlier and
    the later week's own doses come after, and each has a twin with a set fewer."""
    found = Neighbours(
        before=(_item("side-plank", 2, hold=20), _item("bird-dog", 2, reps=6)),
        after=(_item("side-plank", 3, hold=25), _item("bird-dog", 3, reps=8)),
        before_week=0,
        after_week=2,
    )
    doses = variants(found)
    assert len(doses) == VARIANTS and all(dose is not None for dose in doses)
    week, first = doses[0] or (None, [])
    assert week == 0
    assert [(i.sets, i.reps, i.hold_s) for i in first] == [(2, None, 25), (2, 8, None)]
    assert doses[1] == (0, list(found.before))
    assert doses[4] == (2, list(found.after))
    # A first week's step back from the second: one variable lower, not the second's copy.
    assert [(i.sets, i.reps, i.hold_s) for i in (doses[3] or (0, []))[1]] == [
        (3, None, 20),
        (3, 6, None),
    ]
    for rank in range(TWIN):
        dose, fewer = doses[rank], doses[rank + TWIN]
        assert dose is not None and fewer is not None and twin(rank) == rank + TWIN
        assert [i.sets for i in fewer[1]] == [max(1, i.sets - 1) for i in dose[1]]
    # A deload tries the lighter twins first.
    assert variants(found, deload=True)[:TWIN] == doses[TWIN:]
    # Only a later week (a first week): the earlier week's doses are not there.
    first_week = variants(Neighbours(after=found.after, after_week=1))
    assert first_week[0] is None and first_week[3] is not None
    assert all(dose is None for dose in variants(Neighbours()))


def test_neighbours_are_the_same_session_and_skip_a_deload() -> None:
    path = next(p for p in template_paths() if p.name.startswith("back-friendly"))
    plan = load_plan(path, CATALOG)
    deload = next(index for index, week in enumerate(plan.weeks) if week.deload)
    after = deload + 1
    assert same_session(plan, after, 2, deload - 1) == 2
    found = neighbours(plan, after, 0, "core")
    assert found.before_week == deload - 1 and found.after_week == after + 1
    # A deload's own neighbours are the normal weeks around it.
    around = neighbours(plan, deload, 0, "core")
    assert around.before_week == deload - 1 and around.after_week == after
