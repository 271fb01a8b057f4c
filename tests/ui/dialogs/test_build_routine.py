"""Build routine…: the dialog previews the builder's proposal with a reason per exercise,
Rebuild offers another choice, a refusal is one plain line, and Apply is one undo step that
undo and redo restore exactly."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner_gui.domain.builders.equipment import resolve_equipment
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.generator.program import generate_program
from planner_gui.domain.generator.request import ProgramRequest
from planner_gui.domain.models import Program
from planner_gui.ui.dialogs.build_routine import BuildRoutineDialog
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.plain import tool_tip
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program
from tests.support.widgets import make_editor

CATALOG = bundled_catalog()


def plan_without(*kinds: str) -> Program:
    """A generated 4-week plan whose sessions in week 1 lack the given blocks."""
    plan = generate_program(
        ProgramRequest(
            weeks=4,
            days=("mon", "wed", "fri"),
            level="beginner",
            goal="foundation",
            start=date(2026, 12, 7),
            equipment=resolve_equipment(["gym"], CATALOG),
        ),
        CATALOG,
    )
    for session in plan.weeks[0].sessions:
        session.blocks = [block for block in session.blocks if block.kind not in kinds]
    return plan


def open_on_block(editor: PlanEditor, block: str) -> BuildRoutineDialog:
    """Select the block's heading in the table (empty or not) and open the dialog."""
    model = editor._model
    heading = model.block_index(editor.current_week(), editor.current_session(), block)  # type: ignore[arg-type]
    editor._set_table_current(heading)
    dialog = editor.build_routine()
    assert dialog is not None
    return dialog


def test_an_empty_block_s_heading_opens_its_routine_with_reasons_in_list_and_tips(
    qtbot: QtBot,
) -> None:
    editor, model, _ = make_editor(qtbot, plan_without("core"), CATALOG)
    assert editor.action("build_routine").isEnabled()
    dialog = open_on_block(editor, "core")
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "buildRoutineDialog" and dialog.isVisible()
    assert dialog.routine_kind() == "core" and dialog.target_block() == "core"
    assert dialog.level.currentData() == "beginner"
    rows = dialog.preview_rows()
    assert len(rows) == 3
    built = dialog.built()
    assert built is not None
    for (text, why), choice in zip(rows, built.proposal.choices, strict=True):
        assert text.startswith(model.exercise_name(choice.item.exercise))
        assert why == choice.reason and why
    for column in (0, 1):
        cell = dialog.preview.item(0, column)
        assert cell is not None and cell.toolTip() == tool_tip(built.proposal.reasons[0])
    assert dialog.message.text().startswith("About ")
    assert dialog.apply_button.isEnabled()


def test_apply_is_one_undo_step_and_undo_and_redo_restore_exactly(qtbot: QtBot) -> None:
    editor, model, stack = make_editor(qtbot, plan_without("warmup"), CATALOG)
    before = model.program().model_copy(deep=True)
    dialog = open_on_block(editor, "warmup")
    qtbot.addWidget(dialog)
    assert dialog.routine_kind() == "warmup"
    built = dialog.built()
    assert built is not None and built.proposal.ramps  # the warm-up sets ramp-up sets too
    with qtbot.waitSignal(model.plan_changed):
        dialog.accept()
    assert stack.count() == 1
    assert stack.undoText() == "Build warm-up for Full body A: squat"
    after = model.program().model_copy(deep=True)
    warmup = after.weeks[0].sessions[0].block("warmup")
    assert warmup is not None and warmup.items == built.proposal.items
    main = after.weeks[0].sessions[0].block("main")
    assert main is not None and main.items[built.proposal.ramps[0].row].ramp
    with qtbot.waitSignal(model.plan_changed):
        stack.undo()
    assert model.program() == before
    with qtbot.waitSignal(model.plan_changed):
        stack.redo()
    assert model.program() == after


def test_kind_minutes_equipment_and_level_change_the_proposal(qtbot: QtBot) -> None:
    editor, _, _ = make_editor(qtbot, plan_without("core"), CATALOG)
    dialog = open_on_block(editor, "core")
    qtbot.addWidget(dialog)
    beginner = dialog.preview_rows()
    dialog.level.setCurrentIndex(dialog.level.findData("advanced"))
    assert dialog.preview_rows() != beginner
    dialog.kind.setCurrentIndex(dialog.kind.findData("glute/glute"))
    assert dialog.routine_kind() == "glute"
    assert (dialog.minutes.minimum(), dialog.minutes.maximum()) == (3, 20)
    dialog.equipment.setCurrentIndex(dialog.equipment.findData("none"))
    built = dialog.built()
    assert built is not None
    for item in built.proposal.items:
        exercise = CATALOG.get(item.exercise)
        assert exercise is not None and set(exercise.equipment) <= {"none", "mat", "floor"}
    dialog.kind.setCurrentIndex(dialog.kind.findData("mobility/cooldown"))
    assert dialog.target_block() == "cooldown"


def test_rebuild_offers_a_different_choice(qtbot: QtBot) -> None:
    editor, _, stack = make_editor(qtbot, plan_without("core"), CATALOG)
    dialog = open_on_block(editor, "core")
    qtbot.addWidget(dialog)
    first = dialog.built()
    assert first is not None
    assert dialog.rebuild()
    second = dialog.built()
    assert second is not None and second.proposal.items != first.proposal.items
    with qtbot.waitSignal(dialog.accepted):
        dialog.apply_button.click()
    assert stack.count() == 1
    core = editor._model.program().weeks[0].sessions[0].block("core")
    assert core is not None and core.items == second.proposal.items


def test_rebuild_says_so_when_nothing_else_fits(qtbot: QtBot) -> None:
    editor, _, _ = make_editor(qtbot, editing_program(), editing_catalog())
    dialog = open_on_block(editor, "warmup")
    qtbot.addWidget(dialog)
    shown = dialog.preview_rows()
    assert not dialog.rebuild()
    assert dialog.preview_rows() == shown
    assert dialog.message.text().startswith("No other choice fits these settings")


def test_a_refusal_is_one_plain_line_and_nothing_can_be_applied(qtbot: QtBot) -> None:
    editor, model, stack = make_editor(qtbot, editing_program(), editing_catalog())
    before = model.program().model_copy(deep=True)
    dialog = open_on_block(editor, "core")
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert text.startswith("Cannot build it: no anti extension exercise")
    assert "\n" not in text
    assert not dialog.apply_button.isEnabled() and dialog.preview_rows() == []
    dialog.accept()
    assert stack.count() == 0 and model.program() == before


def test_the_row_menu_offers_build_routine_and_the_plan_menu_lists_it(qtbot: QtBot) -> None:
    editor, _, _ = make_editor(qtbot, plan_without("glute"), CATALOG)
    menu: QMenu = editor.row_menu()
    assert editor.action("build_routine") in menu.actions()
    menu.deleteLater()
    assert editor.action("build_routine") in editor.actions_for_menu
    assert editor.action("build_routine").text() == "&Build routine…"
