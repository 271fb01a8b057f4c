"""Issue 10 in the editor: ramp-up sets typed into their cell (shown as loadable loads, a bad
ramp refused with a message, undo and redo), the standard ramp in one action (Plan menu, the
rows' context menu, Ctrl+R), the session time estimate beside the minutes and on the day
cards, and the copy-week dialog saying what rounding does to each load."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from planner_gui.domain.editing.ops import EditProgram
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.editing.ramps import standard_ramp
from planner_gui.domain.editing.transforms import Progression
from planner_gui.domain.models import RampSet
from planner_gui.domain.timing import session_minutes
from planner_gui.ui.commands.program import SetRuleSettingsCommand
from planner_gui.ui.commands.weeks import CopyWeekForwardCommand
from planner_gui.ui.dialogs.copy_week import CopyWeekForwardDialog
from planner_gui.ui.editor.estimate import estimate
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.editor.session_table import (
    MIN_EXERCISE_WIDTH,
    MIN_RAMP_WIDTH,
    SessionTable,
)
from planner_gui.ui.models.plan_model import (
    COL_EXERCISE,
    COL_LOAD,
    COL_RAMP,
    COL_REST,
    COL_SETS,
    COLUMN_TITLES,
    PlanModel,
)
from tests.support.catalogs import window_catalog
from tests.support.hostile_text import shown_text
from tests.support.plans import window_program
from tests.support.widgets import make_editor

DEADLIFT = ItemPath(0, 0, "main", 0)
SQUAT = ItemPath(0, 1, "main", 0)
STANDARD_TEXT = "Add ramp-up sets to Conventional deadlift: 40 % × 5, 60 % × 3, 80 % × 2"


def tip_of(index: QModelIndex) -> str:
    """A cell's tool tip as shown, its lines joined."""
    return shown_text(index.data(Qt.ItemDataRole.ToolTipRole)).replace("\n", " ")


@pytest.fixture
def parts(qtbot: QtBot) -> tuple[PlanEditor, PlanModel, QUndoStack]:
    """The editor on the window plan: an 80 kg barbell deadlift, a 20 kg kettlebell squat."""
    return make_editor(qtbot, window_program(), window_catalog())


# The Ramp-up cell ---------------------------------------------------------------------------


def test_typing_a_ramp_into_its_cell_shows_it_as_loads_and_undoes(
    parts: tuple[PlanEditor, PlanModel, QUndoStack], qtbot: QtBot
) -> None:
    editor, model, stack = parts
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.item_table
    assert COLUMN_TITLES[COL_RAMP] == "Ramp-up"
    cell = model.item_index(DEADLIFT, COL_RAMP)
    assert cell.data() == ""
    assert "Type load × reps in kg, e.g. 32.5×5, 47.5×3, 65×2 kg" in tip_of(cell)
    editor.select_item(DEADLIFT)
    table.setCurrentIndex(cell)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClicks(table, "3")  # typing on the cell opens its editor
    line = table.focusWidget()
    assert isinstance(line, QLineEdit)
    QTest.keyClicks(line, "2.5x5 47.5x3 65x2")
    assert line.text() == "32.5x5 47.5x3 65x2"
    QTest.keyClick(line, Qt.Key.Key_Return)
    # Bare numbers are the plan's kilograms, kept as percentages of the 80 kg working load.
    qtbot.waitUntil(lambda: bool(model.item(DEADLIFT).ramp))
    assert model.item(DEADLIFT).ramp == [
        RampSet(pct=41, reps=5),
        RampSet(pct=59, reps=3),
        RampSet(pct=81, reps=2),
    ]
    # Shown as barbell loads (2.5 kg steps) and edited in the same form; the percentages are
    # in the tool tip.
    assert cell.data() == "32.5×5 · 47.5×3 · 65×2 kg"
    assert cell.data(Qt.ItemDataRole.EditRole) == cell.data()
    tip = tip_of(cell)
    assert "41 % × 5, 59 % × 3, 81 % × 2 of the working load (80 kg)" in tip
    assert "barbell steps of 2.5 kg" in tip
    assert stack.undoText().startswith("Add ramp-up sets to Conventional deadlift: 41 % × 5")
    stack.undo()
    assert model.item(DEADLIFT).ramp == []
    assert cell.data() == ""
    stack.redo()
    assert cell.data() == "32.5×5 · 47.5×3 · 65×2 kg"
    # The loads follow the working load.
    assert model.setData(model.item_index(DEADLIFT, COL_LOAD), "100")
    assert cell.data() == "40×5 · 60×3 · 80×2 kg"


def test_a_set_typed_at_the_end_of_the_cell_s_text_is_added_in_one_undo_step(
    parts: tuple[PlanEditor, PlanModel, QUndoStack], qtbot: QtBot
) -> None:
    """F2, End, " 70x2", Enter on "32.5×5 · 47.5×3 kg" was refused: the unit stood between
    the sets. The new set is added and the first two keep their percentages."""
    editor, model, stack = parts
    editor.show()
    qtbot.waitExposed(editor)
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "40%x5, 60%x3")
    table = editor.item_table
    cell = model.item_index(DEADLIFT, COL_RAMP)
    editor.select_item(DEADLIFT)
    table.setCurrentIndex(cell)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QLineEdit))
    line = table.focusWidget()
    assert isinstance(line, QLineEdit)
    assert line.text() == "32.5×5 · 47.5×3 kg"
    QTest.keyClick(line, Qt.Key.Key_End)
    QTest.keyClicks(line, " 65x2")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(model.item(DEADLIFT).ramp) == 3)
    assert table.refusal == ""
    assert model.item(DEADLIFT).ramp == [
        RampSet(pct=40, reps=5),
        RampSet(pct=60, reps=3),
        RampSet(pct=81, reps=2),
    ]
    assert cell.data() == "32.5×5 · 47.5×3 · 65×2 kg"
    assert stack.count() == 2
    stack.undo()
    assert len(model.item(DEADLIFT).ramp) == 2


def test_the_editor_opens_on_the_cell_s_loads_and_taking_them_changes_nothing(
    parts: tuple[PlanEditor, PlanModel, QUndoStack], qtbot: QtBot
) -> None:
    """The review's complaint: the cell showed kg, its editor percent. Now the editor shows
    the cell's text, and committing it unchanged keeps the ramp (no rounding drift)."""
    editor, model, stack = parts
    editor.show()
    qtbot.waitExposed(editor)
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "40%x5, 60%x3, 80%x2")
    assert stack.count() == 1
    table = editor.item_table
    cell = model.item_index(DEADLIFT, COL_RAMP)
    editor.select_item(DEADLIFT)
    table.setCurrentIndex(cell)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.edit(cell)
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QLineEdit))
    line = table.focusWidget()
    assert isinstance(line, QLineEdit)
    assert line.text() == cell.data() == "32.5×5 · 47.5×3 · 65×2 kg"
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(table.focusWidget(), QLineEdit))
    assert model.item(DEADLIFT).ramp == standard_ramp()
    assert stack.count() == 1


def test_a_ramp_typed_in_kilos_and_one_on_a_kettlebell(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    _, model, _ = parts
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "40×5 60×3 kg")
    assert model.item(DEADLIFT).ramp == [RampSet(pct=50, reps=5), RampSet(pct=75, reps=3)]
    squat = model.item_index(SQUAT, COL_RAMP)
    assert model.setData(squat, "40%x5, 60%x3, 80%x2")
    assert squat.data() == "8×5 · 12×3 · 16×2 kg"  # kettlebells as sold
    assert "nearest kettlebells sold" in tip_of(squat)
    # Without a load the cell shows the percentages, and its editor takes them.
    assert model.setData(model.item_index(SQUAT, COL_LOAD), "")
    assert squat.data() == "40%×5 · 60%×3 · 80%×2"
    assert model.setData(squat, squat.data(Qt.ItemDataRole.EditRole))
    assert not model.setData(squat, "8x5, 12x3")  # no working load to be a share of


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("60x2, 40x3", "the sets must rise towards the working load: 40 kg comes after 60 kg"),
        ("80%x2, 60%x3", "the sets must rise towards the working load: 60 % comes after 80 %"),
        ("50%x5 100%x1", "must be lighter than the working sets, below 100 %"),
        ("40x0", "needs at least 1 rep"),
        ("90×3 kg", "must be lighter than the working sets, below the working 80 kg"),
        ("90×3", "must be lighter than the working sets, below the working 80 kg"),
        ("warm up first", "cannot read"),
    ],
)
def test_a_bad_ramp_is_refused_with_a_message_and_the_old_one_kept(
    parts: tuple[PlanEditor, PlanModel, QUndoStack], qtbot: QtBot, typed: str, reason: str
) -> None:
    _, model, stack = parts
    cell = model.item_index(DEADLIFT, COL_RAMP)
    assert model.setData(cell, "40x5")
    before = model.item(DEADLIFT)
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(cell, typed)
    message = refused.args[0]
    assert message.startswith("Ramp-up sets of Conventional deadlift not changed (")
    assert message.endswith(")")
    assert reason in message
    assert model.item(DEADLIFT) == before
    assert cell.data() == "40×5 kg"
    assert stack.count() == 1  # only the first ramp


def test_a_ramp_that_rounds_to_nothing_is_refused_beside_the_cell(
    parts: tuple[PlanEditor, PlanModel, QUndoStack], qtbot: QtBot
) -> None:
    """The review's case: a ramp-up set that rounds to 0 kg at the gym's steps. 1 kg of a
    20 kg kettlebell squat in 4 kg steps is nothing: the editor's text is refused in one line
    under the cell, and nothing changes."""
    editor, model, stack = parts
    model.apply(EditProgram({"load_steps": {"kettlebell": 4.0}}))
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.item_table
    editor.select_session(1)
    cell = model.item_index(SQUAT, COL_RAMP)
    editor.select_item(SQUAT)
    table.setCurrentIndex(cell)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClicks(table, "1")
    line = table.focusWidget()
    assert isinstance(line, QLineEdit)
    QTest.keyClicks(line, "x5, 12x3")
    with qtbot.waitSignal(model.cell_refused):
        QTest.keyClick(line, Qt.Key.Key_Return)
    message = table.refusal
    assert "\n" not in message
    assert message.startswith("Ramp-up sets of ")
    assert "rounds to 0 kg at kettlebell steps of 4 kg: make it heavier or leave it out" in message
    qtbot.waitUntil(table.refusal_label.isVisible)
    assert model.item(SQUAT).ramp == []
    assert stack.count() == 0


def test_clearing_the_cell_clears_the_ramp_undoably(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    _, model, stack = parts
    cell = model.item_index(DEADLIFT, COL_RAMP)
    assert model.setData(cell, "40x5 60x3")
    assert model.setData(cell, "")
    assert model.item(DEADLIFT).ramp == []
    assert stack.undoText() == "Clear ramp-up sets of Conventional deadlift"
    stack.undo()
    assert len(model.item(DEADLIFT).ramp) == 2


# The standard ramp in one action ------------------------------------------------------------


def test_the_standard_ramp_action_adds_it_in_one_undoable_step(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    editor, model, stack = parts
    action = editor.action("add_ramp")
    assert action.text() == "&Add standard ramp-up sets"
    assert action in editor.actions_for_menu
    editor.select_session(0)
    assert not action.isEnabled()  # no row selected
    editor.select_item(DEADLIFT)
    assert action.isEnabled()
    action.trigger()
    assert model.item(DEADLIFT).ramp == standard_ramp()
    assert (stack.count(), stack.undoText()) == (1, STANDARD_TEXT)
    assert not action.isEnabled()  # it has the standard ramp already
    action.trigger()
    assert stack.count() == 1
    stack.undo()
    assert model.item(DEADLIFT).ramp == []
    assert action.isEnabled()
    stack.redo()
    assert model.item(DEADLIFT).ramp == standard_ramp()


def test_the_rows_context_menu_offers_the_standard_ramp(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    editor, _, _ = parts
    menu = editor.row_menu()
    keys = [action.objectName() for action in menu.actions()]
    assert keys == [
        "action_duplicate_row",
        "action_remove_row",
        "action_move_up",
        "action_move_down",
        "action_add_ramp",
        "",  # a separator, then the block's routine
        "action_build_routine",
    ]
    assert menu.actions()[5].isSeparator()
    assert editor.item_table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu.deleteLater()


def test_ctrl_r_in_the_item_table_adds_the_standard_ramp(
    parts: tuple[PlanEditor, PlanModel, QUndoStack], qtbot: QtBot
) -> None:
    editor, model, stack = parts
    editor.show()
    qtbot.waitExposed(editor)
    editor.select_item(DEADLIFT)
    editor.item_table.setFocus()
    qtbot.waitUntil(editor.item_table.hasFocus)
    QTest.keyClick(editor.item_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert model.item(DEADLIFT).ramp == standard_ramp()
    assert stack.count() == 1


# The session time estimate ------------------------------------------------------------------


def test_the_estimate_beside_the_minutes_follows_every_edit_and_marks_an_overrun(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    editor, model, stack = parts
    editor.select_session(0)
    minutes = session_minutes(model.session(0, 0))
    assert editor.session_estimate.text() == f"≈ {round(minutes)} min estimated"
    assert not editor.estimate_too_long()
    # 10 × 5 with 10 min rests: about 95 min, past 60 min + 20 %.
    assert model.setData(model.item_index(DEADLIFT, COL_SETS), 10)
    assert model.setData(model.item_index(DEADLIFT, COL_REST), "600")
    long = round(session_minutes(model.session(0, 0)))
    assert long > 72
    assert editor.session_estimate.text() == f"≈ {long} min estimated"
    assert editor.estimate_too_long()
    assert "more than the 60 min planned" in editor.estimate_mark.toolTip()
    # Planning more minutes clears the mark, and so does undoing the rests.
    editor.session_duration.setValue(long)
    assert not editor.estimate_too_long()
    stack.undo()
    assert editor.estimate_too_long()
    stack.undo()
    assert not editor.estimate_too_long()
    assert editor.session_estimate.text() != f"≈ {long} min estimated"


def test_the_mark_reads_the_session_time_rule_s_settings_from_the_plan(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    editor, model, stack = parts
    editor.select_session(0)
    assert model.setData(model.item_index(DEADLIFT, COL_SETS), 5)
    assert model.setData(model.item_index(DEADLIFT, COL_REST), "1200")  # about 80 min more
    assert editor.estimate_too_long()
    stack.push(SetRuleSettingsCommand(model, {"TI701": {"limit_pct": 200.0}}))
    assert not editor.estimate_too_long()
    stack.push(SetRuleSettingsCommand(model, {"TI701": {"enabled": False}}))
    assert not editor.estimate_too_long()
    stack.undo()
    stack.undo()
    assert editor.estimate_too_long()


def test_the_day_cards_tips_give_the_estimate(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    editor, model, _ = parts
    found = estimate(model.program(), model.session(0, 0))
    card = editor.day_view.session_buttons[0]
    shown = shown_text(card.toolTip()).replace("\n", " ")
    assert shown == f"Lower A: 60 min · RPE 6 · {found.text()}"
    assert model.setData(model.item_index(DEADLIFT, COL_SETS), 5)
    assert model.setData(model.item_index(DEADLIFT, COL_REST), "1200")
    card = editor.day_view.session_buttons[0]
    shown = shown_text(card.toolTip()).replace("\n", " ")
    assert shown.endswith("min estimated (more than the guideline allows over the minutes planned)")


def test_a_session_with_no_exercises_shows_no_estimate(
    parts: tuple[PlanEditor, PlanModel, QUndoStack],
) -> None:
    editor, model, _ = parts
    editor.add_session("sat")
    assert model.session(0, editor.current_session()).items() == []
    assert editor.session_estimate.text() == ""
    assert not editor.estimate_too_long()


# Copy week forward: the summary says what rounding does ------------------------------------


def test_the_copy_dialog_says_which_loads_rounding_leaves_unchanged(qtbot: QtBot) -> None:
    model = PlanModel(window_program(), window_catalog())
    dialog = CopyWeekForwardDialog(model, 0)
    qtbot.addWidget(dialog)
    assert "kettlebells as sold" in dialog.rounding_hint.text()
    assert "never below the old load" in dialog.rounding_hint.text()
    dialog.set_chosen_exercises({"deadlift", "goblet-squat"})
    assert dialog.progression() == Progression("load_pct", 5)
    summary = dialog.summary.text()
    assert summary.startswith("1 load stays as it is: the rise is too small for the next")
    lines = summary.splitlines()[1:]
    assert lines == [
        "Goblet squat stays at 20 kg (+5 % is 21 kg, nearer 20 kg than the next loadable "
        "load, 24 kg)",
        "Conventional deadlift 80 → 85 kg",
    ]
    dialog.percent.setValue(15)
    assert dialog.summary.text().splitlines() == [
        "Loads after rounding:",
        "Conventional deadlift 80 → 92.5 kg",
        "Goblet squat 20 → 24 kg",
    ]
    dialog.by_rep.setChecked(True)
    assert "one more" in dialog.summary.text()
    dialog.deload.setChecked(True)
    assert dialog.summary.text().startswith("The loads stay as they are")
    dialog.deload.setChecked(False)
    dialog.by_percent.setChecked(True)
    dialog.set_chosen_exercises(set())
    assert dialog.summary.text() == "None of the ticked exercises has a load to raise."


def test_copy_forward_rounds_to_the_equipment_through_the_command(qtbot: QtBot) -> None:
    model = PlanModel(window_program(), window_catalog())
    stack = QUndoStack()
    stack.push(
        CopyWeekForwardCommand(model, 0, {"deadlift", "goblet-squat"}, Progression("load_pct", 5))
    )
    assert model.item(DEADLIFT._replace(week=1)).load == 85  # 84 on the bar: 85
    assert model.item(SQUAT._replace(week=1)).load == 20  # no 21 kg kettlebell
    stack.undo()
    assert model.item(DEADLIFT._replace(week=1)).load == 80


def test_the_ramp_column_shows_its_ramps_whole_and_gives_way_only_in_a_narrow_pane(
    qtbot: QtBot,
) -> None:
    """A fixed 175 pixels, given way to the names first, cut the ramps at 1366×800; the
    column is now as wide as its widest ramp and elides (the tool tip whole) only when the
    names' minimum leaves too little."""
    model = PlanModel(window_program(), window_catalog())
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "20%x8, 40%x5, 60%x3, 80%x2")
    table = SessionTable(model)
    qtbot.addWidget(table)
    table.show_session(0, 0)
    table.show()
    qtbot.waitExposed(table)
    table.resize(1200, 400)
    whole = table.sizeHintForColumn(COL_RAMP)
    assert whole > 175  # four sets of loads: more than the old fixed width
    qtbot.waitUntil(lambda: table.columnWidth(COL_RAMP) == whole)
    assert table.columnWidth(COL_EXERCISE) > MIN_EXERCISE_WIDTH
    # Typing a shorter ramp narrows the column to it; no ramp at all, to its title.
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "40%x5")
    assert table.columnWidth(COL_RAMP) == table.sizeHintForColumn(COL_RAMP) < whole
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "")
    title = table.header().sectionSizeFromContents(COL_RAMP).width()
    assert table.columnWidth(COL_RAMP) == title
    assert model.setData(model.item_index(DEADLIFT, COL_RAMP), "20%x8, 40%x5, 60%x3, 80%x2")
    table.resize(480, 400)
    qtbot.waitUntil(lambda: table.columnWidth(COL_RAMP) < whole)
    assert table.columnWidth(COL_EXERCISE) == MIN_EXERCISE_WIDTH
    assert table.columnWidth(COL_RAMP) >= MIN_RAMP_WIDTH
    # Elided there, so the tool tip gives the loads as well as the percentages.
    tip = tip_of(model.item_index(DEADLIFT, COL_RAMP))
    assert f"Ramp-up sets {model.item_index(DEADLIFT, COL_RAMP).data()}: 20 % × 8" in tip
