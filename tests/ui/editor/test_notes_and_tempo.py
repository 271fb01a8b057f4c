"""Week notes, session notes and the Tempo column are edited in the window, each edit one
undo step (the handout prints session notes: tests/export/test_session_notes.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from planner_gui.domain.limits import MAX_NOTE_CHARS
from planner_gui.ui.editor.notes_box import MIN_VISIBLE_LINES, NotesBox
from planner_gui.ui.models.plan_model import COL_TEMPO, COLUMN_TITLES, ItemPath
from tests.support.widgets import make_editor

DEADLIFT = ItemPath(0, 0, "main", 0)


def type_into(qtbot: QtBot, field: QLineEdit | NotesBox, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()  # as leaving the field does


def test_session_notes_are_edited_in_the_window_and_undone(qtbot: QtBot) -> None:
    editor, model, stack = make_editor(qtbot)
    field = editor.session_notes
    assert field.maxLength() == MAX_NOTE_CHARS
    type_into(qtbot, field, "Stop if the back tightens")
    assert model.session(0, 0).notes == "Stop if the back tightens"
    assert stack.count() == 1 and stack.undoText() == "Change notes of Lower A"
    editor.select_session(1)
    assert field.text() == ""
    editor.select_session(0)
    assert field.text() == "Stop if the back tightens"
    stack.undo()
    assert model.session(0, 0).notes == "" and field.text() == ""


def test_session_notes_are_a_box_of_lines_kept_as_typed_one_undo_step_per_edit(
    qtbot: QtBot,
) -> None:
    """A one-line field showed a few words of a session's note and turned its line breaks
    into spaces; the box shows several lines, keeps the breaks, and each visit is one step."""
    editor, model, stack = make_editor(qtbot)
    editor.resize(1000, 520)
    editor.show()
    qtbot.waitExposed(editor)
    box = editor.session_notes
    assert isinstance(box, NotesBox)
    assert box.visible_lines() >= MIN_VISIBLE_LINES
    model.session(0, 0).notes = "Warm up well.\nStop if the back tightens."
    editor.select_session(1)
    editor.select_session(0)
    assert box.text() == "Warm up well.\nStop if the back tightens."
    assert box.cursorPosition() == 0
    box.editingFinished.emit()  # left unchanged: nothing to undo
    assert stack.count() == 0
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Walk between sets if stiff.")
    box.editingFinished.emit()
    assert model.session(0, 0).notes == (
        "Warm up well.\nStop if the back tightens.\nWalk between sets if stiff."
    )
    assert stack.count() == 1 and stack.undoText() == "Change notes of Lower A"
    box.editingFinished.emit()  # a second focus-out pushes nothing more
    assert stack.count() == 1
    stack.undo()
    assert model.session(0, 0).notes == "Warm up well.\nStop if the back tightens."
    assert box.text() == model.session(0, 0).notes
    stack.redo()
    assert box.text().endswith("\nWalk between sets if stiff.")


def test_session_notes_keep_to_the_limit_and_wait_for_a_session(qtbot: QtBot) -> None:
    editor, model, _ = make_editor(qtbot)
    box = editor.session_notes
    assert box.maxLength() == MAX_NOTE_CHARS
    box.insertPlainText("x" * (MAX_NOTE_CHARS + 50))
    assert len(box.text()) == MAX_NOTE_CHARS
    model.week(1).sessions.clear()
    editor.select_week(1)
    assert not box.isEnabled() and box.text() == ""


def test_week_notes_are_edited_in_the_window_and_undone(qtbot: QtBot) -> None:
    editor, model, stack = make_editor(qtbot)
    type_into(qtbot, editor.week_notes, "Travel week: hotel gym")
    assert model.week(0).notes == "Travel week: hotel gym"
    editor.select_week(1)
    assert editor.week_notes.text() == ""
    stack.undo()
    assert model.week(0).notes == ""


def test_leaving_a_field_unchanged_changes_nothing_even_with_line_breaks(qtbot: QtBot) -> None:
    editor, model, stack = make_editor(qtbot)
    model.week(0).notes = "line one\nline two"
    editor.select_week(1)
    editor.select_week(0)
    assert editor.week_notes.text() == "line one\nline two"  # a box of lines shows them
    assert editor.week_notes.cursorPosition() == 0  # a long note shows its start
    editor.week_notes.editingFinished.emit()
    assert stack.count() == 0 and model.week(0).notes == "line one\nline two"


def test_week_notes_are_a_box_of_several_lines_that_scrolls(qtbot: QtBot) -> None:
    """A one-line field showed "Week 1 of 8. The loads" of a 322-character note."""
    editor, model, stack = make_editor(qtbot)
    editor.resize(1000, 420)
    editor.show()
    qtbot.waitExposed(editor)
    box = editor.week_notes
    assert box.visible_lines() >= MIN_VISIBLE_LINES
    assert box.minimumHeight() >= box.height_for_lines(MIN_VISIBLE_LINES)
    long_note = " ".join(["Keep every set two or three reps short of failure."] * 12)
    model.week(0).notes = long_note
    editor.select_week(1)
    editor.select_week(0)
    assert box.text() == long_note
    scroll = box.verticalScrollBar()
    assert scroll.maximum() > 0 and scroll.value() == 0  # scrolls, from the start
    # Enter starts a new line in the note; leaving the box is one undo step.
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Deload next week.")
    box.editingFinished.emit()
    assert model.week(0).notes == long_note + "\nDeload next week."
    assert stack.count() == 1


def test_week_notes_keep_to_the_note_limit_when_pasted_into(qtbot: QtBot) -> None:
    editor, _, _ = make_editor(qtbot)
    box = editor.week_notes
    assert box.maxLength() == MAX_NOTE_CHARS
    box.insertPlainText("x" * (MAX_NOTE_CHARS + 50))
    assert len(box.text()) == MAX_NOTE_CHARS


def test_the_tempo_column_is_typed_like_any_cell(qtbot: QtBot) -> None:
    _, model, stack = make_editor(qtbot)
    assert COLUMN_TITLES[COL_TEMPO] == "Tempo"
    index = model.item_index(DEADLIFT, COL_TEMPO)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "3-1-1-0")
    assert model.item(DEADLIFT).tempo == "3-1-1-0"
    assert index.data() == "3-1-1-0"
    assert model.setData(index, "")
    assert model.item(DEADLIFT).tempo is None
    stack.undo()
    assert model.item(DEADLIFT).tempo == "3-1-1-0"
