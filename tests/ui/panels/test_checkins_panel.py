"""The Check-ins pane: the return-to-lifting template's check-ins by week, newest first, red
flags marked in words as well as by icon and colour, and edit and remove each one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon, QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.formats import load_plan
from planner_gui.domain.models import CheckIn, Program
from planner_gui.resources import template_paths
from planner_gui.ui.dialogs.checkin import CheckInDialog
from planner_gui.ui.models.checkin_model import (
    COL_DATE,
    COL_GUIDANCE,
    COL_REPORTED,
    POSITION_ROLE,
    RED_FLAG_COLOUR,
    CheckInModel,
)
from planner_gui.ui.models.plan_model import COL_SETS, PlanModel
from planner_gui.ui.panels.checkins_panel import EMPTY_TEXT, CheckInsPanel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program


def return_to_lifting() -> Program:
    (path,) = [p for p in template_paths() if p.name.startswith("return-to-lifting")]
    return load_plan(path)


def make_panel(
    qtbot: QtBot, program: Program, catalog: Catalog | None = None
) -> tuple[CheckInsPanel, PlanModel, QUndoStack]:
    model = PlanModel(program, catalog or bundled_catalog())
    stack = QUndoStack()
    panel = CheckInsPanel(model, stack, today=date(2026, 3, 5))
    qtbot.addWidget(panel)
    return panel, model, stack


def rows(panel: CheckInsPanel) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Each week heading with its check-ins' three cells, as the tree shows them."""
    model = panel.checkins
    shown = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        children = []
        for row in range(model.rowCount(group)):
            cells = [str(model.index(row, c, group).data()) for c in range(3)]
            children.append((cells[COL_DATE], cells[COL_GUIDANCE], cells[COL_REPORTED]))
        shown.append((str(group.data()), children))
    return shown


def test_the_template_s_three_check_ins_by_week_newest_first(qtbot: QtBot) -> None:
    program = return_to_lifting()
    assert len(program.checkins) == 3
    panel, _model, _stack = make_panel(qtbot, program)
    assert panel.objectName() == "checkinsPanel"
    assert panel.view.objectName() == "checkinsView"
    assert rows(panel) == [
        (
            "Week 5 · 2 Mar – 8 Mar · 1 check-in",
            [("Wed 4 Mar 2026", "No pain", "No pain 0/10")],
        ),
        (
            "Week 3 · 16 Feb – 22 Feb · 1 check-in",
            [
                (
                    "Thu 19 Feb 2026",
                    "Likely ordinary muscle soreness",
                    "Soreness 2/10 after Goblet squat, thighs and glutes",
                )
            ],
        ),
        (
            "Week 1 · 2 Feb – 8 Feb · 1 check-in",
            [
                (
                    "Tue 3 Feb 2026",
                    "Likely ordinary muscle soreness",
                    "Soreness 3/10 after Kettlebell deadlift, lower back and glutes",
                )
            ],
        ),
    ]
    assert panel.checkins.positions() == [2, 1, 0]
    assert panel.summary.text() == "3 check-ins, newest first."
    # Nothing chosen yet: only Add.
    assert panel.add_button.isEnabled()
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()
    assert panel.select_position(0)
    assert panel.edit_button.isEnabled() and panel.adjust_button.isEnabled()
    assert panel.detail.text().startswith("Likely ordinary muscle soreness\nMost likely ordinary")


def test_the_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    program = return_to_lifting()
    program.checkins.append(CheckIn(date=date(2026, 1, 20), pain="sharp"))  # before week 1
    program.checkins.append(CheckIn(date=date(2026, 4, 1), pain="doms"))  # after the last
    model = CheckInModel(PlanModel(program, bundled_catalog()))
    qtmodeltester.check(model)
    headings = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert headings[0] == "After the last week · 1 check-in"
    assert headings[-1] == "Before week 1 · 1 check-in"


def test_a_red_flag_is_marked_by_icon_words_and_colour(qtbot: QtBot) -> None:
    program = return_to_lifting()
    program.checkins.append(
        CheckIn(date=date(2026, 2, 24), pain="sharp", red_flags=["saddle-numbness"])
    )
    panel, _model, _stack = make_panel(qtbot, program)
    index = panel.checkins.index_of(3)
    assert index.data(POSITION_ROLE) == 3
    guidance = index.siblingAtColumn(COL_GUIDANCE)
    assert guidance.data() == (
        "Red flag: Go to an emergency department now (numbness in the saddle area)"
    )
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    colour = guidance.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QBrush) and colour.color() == RED_FLAG_COLOUR
    assert "emergency department" in str(index.data(Qt.ItemDataRole.ToolTipRole)).lower()
    calm = panel.checkins.index_of(0)
    assert calm.data(Qt.ItemDataRole.DecorationRole) is None
    assert calm.data(Qt.ItemDataRole.ForegroundRole) is None
    assert panel.summary.text() == (
        "4 check-ins, newest first; 1 with a red flag no clinician has cleared."
    )


def test_double_click_edits_as_one_undo_step(qtbot: QtBot) -> None:
    program = return_to_lifting()
    panel, model, stack = make_panel(qtbot, program)
    before = [c.model_copy(deep=True) for c in program.checkins]
    index = panel.checkins.index_of(1)
    panel.view.doubleClicked.emit(index)
    dialog = panel.dialog
    assert isinstance(dialog, CheckInDialog) and dialog.position == 1
    assert dialog.score_spin.value() == 2
    dialog.score_spin.setValue(6)
    dialog.flag_boxes["gait-change"].setChecked(True)
    dialog.accept()
    edited = model.program().checkins[1]
    assert edited.pain_score == 6 and edited.red_flags == ["gait-change"]
    assert stack.count() == 1 and stack.undoText() == "Edit check-in of 2026-02-19"
    assert (
        panel.checkins.index_of(1)
        .siblingAtColumn(COL_GUIDANCE)
        .data()
        .startswith("Red flag: See a doctor today")
    )
    assert panel.selected_position() == 1
    stack.undo()
    assert model.program().checkins == before
    assert panel.checkins.index_of(1).siblingAtColumn(COL_GUIDANCE).data() == (
        "Likely ordinary muscle soreness"
    )


def test_an_edit_that_changes_nothing_is_not_an_undo_step(qtbot: QtBot) -> None:
    panel, _model, stack = make_panel(qtbot, return_to_lifting())
    panel.select_position(0)
    dialog = panel.edit_selected()
    assert dialog is not None
    dialog.accept()
    assert stack.count() == 0


def test_remove_and_undo(qtbot: QtBot) -> None:
    program = return_to_lifting()
    panel, model, stack = make_panel(qtbot, program)
    before = [c.model_copy(deep=True) for c in program.checkins]
    messages: list[str] = []
    panel.message.connect(messages.append)
    panel.select_position(1)
    panel.remove_button.click()
    assert [c.date.isoformat() for c in model.program().checkins] == ["2026-02-03", "2026-03-04"]
    assert [heading for heading, _ in rows(panel)] == [
        "Week 5 · 2 Mar – 8 Mar · 1 check-in",
        "Week 1 · 2 Feb – 8 Feb · 1 check-in",
    ]
    assert messages == ["Removed the check-in of 2026-02-19"]
    assert stack.count() == 1 and stack.undoText() == "Remove check-in of 2026-02-19"
    stack.undo()
    assert model.program().checkins == before
    assert len(rows(panel)) == 3
    for _ in range(3):
        panel.select_position(0)
        panel.remove_selected()
    assert model.program().checkins == []
    assert panel.summary.text() == EMPTY_TEXT
    assert not panel.remove_button.isEnabled()
    while stack.canUndo():
        stack.undo()
    assert model.program().checkins == before


def test_exercise_edits_leave_the_check_ins_alone(qtbot: QtBot) -> None:
    """An edit elsewhere in the plan does not rebuild the tree, so the selection stays."""
    program = editing_program()
    program.checkins.append(CheckIn(date=date(2026, 1, 6), pain="doms"))
    panel, model, _stack = make_panel(qtbot, program, editing_catalog())
    panel.select_position(0)
    resets: list[int] = []
    panel.checkins.modelReset.connect(lambda: resets.append(1))
    assert model.setData(model.item_index(ItemPath(0, 0, "main", 0), COL_SETS), 4)
    assert model.program().weeks[0].sessions[0].blocks[1].items[0].sets == 4
    assert resets == []
    assert panel.selected_position() == 0


def test_nothing_selected_edits_nothing(qtbot: QtBot) -> None:
    panel, _model, stack = make_panel(qtbot, return_to_lifting())
    panel.view.setCurrentIndex(QModelIndex())
    assert panel.edit_selected() is None
    assert panel.adjust_selected() is None
    panel.remove_selected()
    assert stack.count() == 0
    assert panel.dialog is None


def test_a_red_flag_cleared_later_keeps_its_words_and_loses_the_alarm(qtbot: QtBot) -> None:
    program = return_to_lifting()
    program.checkins.append(
        CheckIn(date=date(2026, 2, 10), pain="sharp", red_flags=["fever-chills"])
    )
    program.checkins.append(CheckIn(date=date(2026, 2, 12), pain="none", cleared=True))
    panel, _model, _stack = make_panel(qtbot, program)
    flagged = panel.checkins.index_of(3)
    assert flagged.siblingAtColumn(COL_GUIDANCE).data() == (
        "Red flag, cleared on 2026-02-12: See a doctor today (fever or chills)"
    )
    assert flagged.data(Qt.ItemDataRole.ForegroundRole) is None
    assert isinstance(flagged.data(Qt.ItemDataRole.DecorationRole), QIcon)  # a warning's
    clearing = panel.checkins.index_of(4).siblingAtColumn(COL_GUIDANCE)
    assert clearing.data() == "No pain (cleared by a clinician)"
    assert panel.summary.text() == "5 check-ins, newest first."
