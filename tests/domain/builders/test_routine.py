"""`build_routine`: one composite edit that puts the proposal in the plan, undone exactly."""

from __future__ import annotations

import json

import pytest

from planner_gui.domain.builders.request import BuildRefused
from planner_gui.domain.builders.routine import build_routine
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.ops import AddItem, Composite, RemoveItem, ReplaceItem
from planner_gui.domain.formats import parse_plan, plan_to_bytes
from planner_gui.domain.models import Exercise, Item, Program
from tests.support.builders import catalog, hinge_day, program, request, session, squat_day


def _copy(plan: Program) -> Program:
    return plan.model_copy(deep=True)


def test_a_new_block_is_made_and_undo_removes_it() -> None:
    plan = program(squat_day())
    before = _copy(plan)
    built = build_routine(plan, catalog(), 0, 0, request("core"))
    assert isinstance(built.operation, Composite)
    assert built.operation.describe(plan, catalog().name_of) == "Build core routine for Lower A"
    undo = built.operation.apply(plan)
    block = plan.weeks[0].sessions[0].block("core")
    assert block is not None and block.items == built.proposal.items
    undo.apply(plan)
    assert plan == before
    assert plan.weeks[0].sessions[0].block("core") is None


def test_a_block_s_items_are_replaced_and_redo_repeats_it() -> None:
    old = [Item(exercise="crunch", sets=2, reps=12), Item(exercise="sit-up", sets=2, reps=10)]
    plan = program(session(*squat_day().blocks[0].items, blocks={"core": old}))
    before = _copy(plan)
    built = build_routine(plan, catalog(), 0, 0, request("core"))
    kinds = [type(op) for op in built.operation.operations]
    assert kinds == [RemoveItem, RemoveItem, AddItem, AddItem, AddItem]
    undo = built.operation.apply(plan)
    after = _copy(plan)
    assert [i.exercise for i in plan.weeks[0].sessions[0].block("core").items] == (  # type: ignore[union-attr]
        built.proposal.exercise_ids
    )
    redo = undo.apply(plan)
    assert plan == before
    redo.apply(plan)
    assert plan == after


def test_a_warm_up_sets_the_ramp_up_sets_in_the_same_edit() -> None:
    plan = program(squat_day())
    before = _copy(plan)
    built = build_routine(plan, catalog(), 0, 0, request("warmup", minutes=12))
    assert any(isinstance(op, ReplaceItem) for op in built.operation.operations)
    undo = built.operation.apply(plan)
    squat = plan.weeks[0].sessions[0].blocks[0]
    assert squat.kind == "warmup"
    main = plan.weeks[0].sessions[0].block("main")
    assert main is not None and [s.pct for s in main.items[0].ramp] == [40, 60, 80]
    undo.apply(plan)
    assert plan == before


def test_every_routine_in_turn_leaves_a_plan_that_loads_again() -> None:
    plan = program(squat_day(), hinge_day())
    for position in (0, 1):
        for kind in ("warmup", "core", "glute", "mobility"):
            build_routine(plan, catalog(), 0, position, request(kind)).operation.apply(plan)  # type: ignore[arg-type]
        ids = [item.exercise for _, item in plan.weeks[0].sessions[position].items()]
        assert len(ids) == len(set(ids))
    again = parse_plan(json.loads(plan_to_bytes(plan)), "built.brace.json", catalog())
    assert again == plan


def test_a_plan_s_custom_exercises_are_candidates() -> None:
    custom = Exercise(
        id="towel-side-plank",
        name="Towel side plank",
        category="core",
        pattern="anti-lateral-flexion",
        muscles=["obliques"],
        dose="hold",
        defaults={"sets": 2, "hold_s": 20},  # type: ignore[arg-type]
    )
    only = Catalog([e for e in catalog() if e.pattern != "anti-lateral-flexion"])
    plan = program(squat_day())
    plan.exercises.append(custom)
    built = build_routine(plan, only, 0, 0, request("core"))
    assert "towel-side-plank" in built.proposal.exercise_ids


def test_an_impossible_request_changes_nothing() -> None:
    plan = program(squat_day())
    before = _copy(plan)
    with pytest.raises(BuildRefused):
        build_routine(plan, catalog(), 0, 0, request("glute", max_exercises=1))
    assert plan == before
