"""rich_text and tool_tip: any string becomes rich text that Qt shows character for character
(a tool tip keeps its lines short)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner_gui.ui.plain import LINE_LENGTH, rich_text, tool_tip
from tests.support.hostile_text import ALL, BOLD, IMAGE, LINK, qt_markup, shown_text

AWKWARD = [
    ALL,
    IMAGE,
    "plain words",
    "a &lt; b & c &amp; d",  # "&lt;" alone makes Qt guess rich text
    "quotes ' and \"",
    "<!DOCTYPE html><p>x</p>",
    "   leading spaces, two  inside",
    "line one\nline two\n<b>bold</b> on line three",
    "<qt>qt tag</qt>",
    "🙂 right-to-left ‏שלום‎ combining é",
]


@pytest.mark.parametrize("convert", [rich_text, tool_tip])
@pytest.mark.parametrize("text", AWKWARD)
def test_both_are_rich_and_show_exactly_the_text(text: str, convert: Callable[[str], str]) -> None:
    rich = convert(text)
    assert QtGui.Qt.mightBeRichText(rich)
    assert qt_markup(rich) == []
    assert shown_text(rich) == text


def test_a_tool_tip_breaks_long_lines_at_spaces_and_changes_nothing_else() -> None:
    """Qt would fold a rich tool tip into a narrow square; long lines are broken here instead."""
    note = "  " + " ".join(f"{IMAGE}{n}" for n in range(40)) + "\nshort line\n" + "x" * 200
    assert shown_text(rich_text(note)) == note  # a message box wraps it itself
    shown = shown_text(tool_tip(note)).split("\n")
    assert all(len(line) <= LINE_LENGTH for line in shown)  # a word longer than that too
    assert shown[0].startswith(f"  {IMAGE}0 ")  # leading spaces kept
    assert shown[-4:] == ["short line", "x" * 80, "x" * 80, "x" * 40]
    assert " ".join(shown[:-3]).split() == note.split()[:-1]


def test_empty_text_stays_empty_so_no_tool_tip_shows() -> None:
    assert rich_text("") == tool_tip("") == ""


def test_a_label_shows_the_rich_text_as_the_characters_typed(qtbot: QtBot) -> None:
    """Read back from the label's own rendered document (its selection), not from our parser."""
    label = QLabel(tool_tip(ALL))
    qtbot.addWidget(label)
    label.grab()  # laid out and painted: an image in it would be read here
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSelection(0, len(ALL))
    assert label.selectedText() == ALL


def test_the_check_flags_raw_markup_and_not_escaped_markup() -> None:
    """What the window tests rely on: raw payloads are flagged, escaped ones are not."""
    assert qt_markup(IMAGE) == [IMAGE, "<img>"]
    assert qt_markup(ALL) == [IMAGE, BOLD, LINK, "<img>", "<a>"]
    assert qt_markup(f"Lower A: {IMAGE}") == [IMAGE, "<img>"]  # Qt guesses from the first tag
    assert qt_markup(f"<x> {IMAGE}") == []  # the first tag is no HTML: Qt shows it plain
    assert qt_markup(f"Day\n{IMAGE}") == []  # Qt guesses from the first line only: plain
    assert qt_markup(IMAGE, rich=False) == []  # a PlainText label
    assert qt_markup(f"<x> {IMAGE}", rich=True) == [IMAGE, "<img>"]  # a RichText label
