"""Finding → fix: each fixable finding offers one edit that clears it (undone exactly), and
none where the plan leaves no such edit."""

from __future__ import annotations

from datetime import date

import pytest

from planner_gui.domain.builders.equipment import resolve_equipment
from planner_gui.domain.builders.setting import plan_setting
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.editing.ops import Composite
from planner_gui.domain.findings import Finding
from planner_gui.domain.fixes.loads import guideline_load
from planner_gui.domain.fixes.mapping import fix_for, has_fix
from planner_gui.domain.formats import load_plan
from planner_gui.domain.generator.program import generate_program
from planner_gui.domain.generator.request import ProgramRequest
from planner_gui.domain.models import Program
from planner_gui.resources import template_paths

CATALOG = bundled_catalog()


def generated(equipment: str = "dumbbells", weeks: int = 4) -> Program:
    request = ProgramRequest(
        weeks=weeks,
        days=("mon", "wed", "fri"),
        level="beginner",
        goal="return",
        start=date(2026, 12, 7),
        equipment=resolve_equipment([equipment], CATALOG),
    )
    return generate_program(request, CATALOG)


def stripped(kinds: tuple[str, ...], week: int = 1, *, ramps: bool = False) -> Program:
    """A clean generated plan with `kinds` of block taken out of week `week` (0-based)."""
    plan = generated()
    for session in plan.weeks[week].sessions:
        session.blocks = [block for block in session.blocks if block.kind not in kinds]
        if ramps:
            for block in session.blocks:
                for item in block.items:
                    item.ramp = []
    return plan


def findings(plan: Program, code: str) -> list[Finding]:
    return [finding for finding in check_program(plan, CATALOG) if finding.code == code]


def applied_clears(plan: Program, finding: Finding) -> tuple[Program, list[Finding]]:
    """Apply the finding's fix to `plan` and check it undoes to exactly the plan it was."""
    fix = fix_for(finding, plan, CATALOG)
    assert fix is not None, finding
    before = plan.model_copy(deep=True)
    undo = fix.operation.apply(plan)
    after = check_program(plan, CATALOG)
    redo = undo.apply(plan)
    assert plan == before
    redo.apply(plan)
    return plan, after


def test_the_generated_plan_is_clean_to_start_with() -> None:
    assert check_program(generated(), CATALOG) == []


@pytest.mark.parametrize(
    ("code", "kinds", "label"),
    [
        # Two core routines would meet BA401, but week 3's three would then be a rise in hard
        # sets too fast (PO108): the week gets back all three, as the plan runs.
        ("BA401", ("core",), "Add 3 core routines"),
        ("BA402", ("glute",), "Add a glute routine"),
        ("BA403", ("mobility", "cooldown"), "Add a mobility routine"),
    ],
)
def test_a_week_missing_a_routine_gets_it_in_one_edit_and_only_that_finding_goes(
    code: str, kinds: tuple[str, ...], label: str
) -> None:
    plan = stripped(kinds)
    before = check_program(plan, CATALOG)
    [finding] = [f for f in before if f.code == code]
    fix = fix_for(finding, plan, CATALOG)
    assert fix is not None and fix.label == label and fix.code == code
    assert isinstance(fix.operation, Composite)
    assert fix.operation.describe(plan, CATALOG.name_of) == f"{label} to week 2"
    assert "week 2" in fix.summary or "Monday" in fix.summary
    _, after = applied_clears(plan, finding)
    assert finding not in after and not [f for f in after if f.code == code]
    # No finding traded for another: nothing new, of any rule or severity.
    assert not [f for f in after if f.severity == "error"]
    assert {f.code for f in after} <= {f.code for f in before}
    assert "continues the plan's progression" in fix.summary


def test_one_session_short_gets_one_routine_on_a_training_day() -> None:
    plan = generated()
    plan.weeks[1].sessions[0].blocks = [
        b for b in plan.weeks[1].sessions[0].blocks if b.kind != "core"
    ]
    plan.weeks[1].sessions[1].blocks = [
        b for b in plan.weeks[1].sessions[1].blocks if b.kind != "core"
    ]
    [finding] = findings(plan, "BA401")
    fix = fix_for(finding, plan, CATALOG)
    assert fix is not None and fix.label == "Add a core routine"
    assert "Monday" in fix.summary and "Wednesday" not in fix.summary
    _, after = applied_clears(plan, finding)
    assert not [f for f in after if f.code == "BA401"]


def test_a_warm_up_is_built_with_ramp_up_sets_and_clears_the_session_s_notes() -> None:
    plan = stripped(("warmup",), ramps=True)
    warmups = findings(plan, "WU301")
    assert len(warmups) == 3
    fix = fix_for(warmups[0], plan, CATALOG)
    assert fix is not None and fix.label == "Add a warm-up"
    assert "ramp-up sets" in fix.summary
    _, after = applied_clears(plan, warmups[0])
    assert warmups[0] not in after
    left = [f for f in after if f.code in ("WU301", "WU304") and f.session_index == 0]
    assert not [f for f in left if f.week == 2]


def test_ramp_up_sets_are_the_standard_ones_on_the_lift_named() -> None:
    plan = generated()
    for session in plan.weeks[1].sessions:
        for block in session.blocks:
            for item in block.items:
                item.ramp = []
                if block.kind == "main":
                    item.load = 24  # a beginner's 8 kg is too light for WU304 to ask a ramp
    plan.weeks[1].sessions[0].blocks = [
        b for b in plan.weeks[1].sessions[0].blocks if b.kind != "warmup"
    ]
    ramps = [f for f in findings(plan, "WU304") if f.week == 2]
    assert ramps
    finding = ramps[0]
    fix = fix_for(finding, plan, CATALOG)
    assert fix is not None and fix.label == "Add ramp-up sets"
    _, after = applied_clears(plan, finding)
    assert finding not in after
    assert finding.session_index is not None and finding.item_index is not None
    main = plan.weeks[1].sessions[finding.session_index].block("main")
    assert main is not None
    item = main.items[finding.item_index]
    assert [(s.pct, s.reps) for s in item.ramp] == [(40, 5), (60, 3), (80, 2)]


def test_a_load_jump_is_set_to_the_largest_loadable_load_within_the_guideline() -> None:
    plan = generated("gym", weeks=4)
    squat = plan.weeks[1].sessions[0].blocks
    main = next(b for b in squat if b.kind == "main")
    lift = main.items[0]
    assert lift.load is not None
    exercise = lift.exercise
    old = max(
        item.load or 0
        for session in plan.weeks[1].sessions
        for _, item in session.items()
        if item.exercise == exercise
    )
    for session in plan.weeks[2].sessions:
        for _, item in session.items():
            if item.exercise == exercise and item.load:
                item.load = old * 2
    [finding] = [f for f in findings(plan, "PO101") if f.exercise == exercise]
    found = guideline_load(plan, CATALOG, 2, exercise)
    assert found is not None and found.base == old and found.base_week == 1
    assert old < found.load <= old * 1.1 + 1e-9 or found.held
    fix = fix_for(finding, plan, CATALOG)
    assert fix is not None
    assert fix.label == f"Set to {found.load:g} kg"
    _, after = applied_clears(plan, finding)
    assert not [f for f in after if f.code == "PO101" and f.exercise == exercise]
    loads = {
        item.load
        for session in plan.weeks[2].sessions
        for _, item in session.items()
        if item.exercise == exercise and item.load
    }
    assert max(loads) == found.load


def test_the_guideline_load_is_the_heaviest_barbell_load_under_the_ceiling() -> None:
    plan = generated("gym", weeks=4)
    main = plan.weeks[0].sessions[0].block("main")
    assert main is not None
    exercise = main.items[0].exercise
    for week in plan.weeks[:3]:
        for session in week.sessions:
            for _, item in session.items():
                if item.exercise == exercise and item.load:
                    item.load = 81.0 if week is plan.weeks[1] else item.load
    found = guideline_load(plan, CATALOG, 2, exercise)
    assert found is not None and found.base == 81.0
    kind = CATALOG.get(exercise)
    assert kind is not None
    # 81 kg × 1.1 = 89.1 kg: the heaviest load in the barbell's (or bells') steps below it.
    assert (found.load <= 89.1 and found.load > 81.0) or found.held


def test_a_held_load_when_no_loadable_step_fits() -> None:
    plan = generated("dumbbells")
    fixes = []
    for session in plan.weeks[2].sessions:
        for _, item in session.items():
            if item.load:
                item.load = item.load * 2
    for finding in findings(plan, "PO101"):
        found = guideline_load(plan, CATALOG, 2, finding.exercise or "")
        assert found is not None
        fix = fix_for(finding, plan, CATALOG)
        assert fix is not None
        fixes.append((found, fix))
    assert fixes
    for found, fix in fixes:
        if found.held:
            assert found.load == found.base and "step up" in fix.summary


def test_findings_without_a_fix_and_stale_places_offer_none() -> None:
    plan = generated()
    assert not has_fix("RC203") and has_fix("BA401") and has_fix("PO101")
    assert fix_for(Finding("RC203", "warning", "no rest day", week=1), plan, CATALOG) is None
    assert fix_for(Finding("BA401", "warning", "core", week=99), plan, CATALOG) is None
    assert fix_for(Finding("WU301", "warning", "no warm-up", week=1), plan, CATALOG) is None
    stale = Finding("WU304", "info", "ramp", week=1, session_index=7, block="main", item_index=0)
    assert fix_for(stale, plan, CATALOG) is None
    # The week already meets the guideline: nothing to add.
    assert fix_for(Finding("BA401", "warning", "core", week=1), plan, CATALOG) is None


def test_a_week_with_too_few_sessions_for_the_guideline_offers_none() -> None:
    plan = stripped(("core",))
    plan.weeks[1].sessions = plan.weeks[1].sessions[:1]
    [finding] = findings(plan, "BA401")
    assert fix_for(finding, plan, CATALOG) is None


def test_the_plan_setting_reads_level_equipment_and_gentleness_from_the_plan() -> None:
    setting = plan_setting(generated("none"), CATALOG)
    assert setting.level == "beginner"
    assert setting.equipment == frozenset()
    dumbbells = plan_setting(generated("dumbbells"), CATALOG)
    assert "dumbbell" in dumbbells.equipment and "barbell" not in dumbbells.equipment


def test_a_routine_fix_never_lists_more_exercises_than_the_guideline() -> None:
    """The strength template with week 1's core blocks taken out: the fix builds the core
    routines within the 12-exercise guideline, so TI702 does not take BA401's place."""
    path = next(p for p in template_paths() if p.name.startswith("back-friendly"))
    plan = load_plan(path, CATALOG)
    for session in plan.weeks[0].sessions:
        session.blocks = [block for block in session.blocks if block.kind != "core"]
    [finding] = findings(plan, "BA401")
    _, after = applied_clears(plan, finding)
    assert not [f for f in after if f.code in ("BA401", "TI702") and f.week == 1]
