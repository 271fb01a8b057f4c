"""rich_text: any string becomes rich text that Qt shows character for character."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner_gui.ui.plain import rich_text
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


@pytest.mark.parametrize("text", AWKWARD)
def test_rich_text_is_rich_and_shows_exactly_the_text(text: str) -> None:
    tip = rich_text(text)
    assert QtGui.Qt.mightBeRichText(tip)
    assert qt_markup(tip) == []
    assert shown_text(tip) == text


def test_empty_text_stays_empty_so_no_tool_tip_shows() -> None:
    assert rich_text("") == ""


def test_a_label_shows_the_rich_text_as_the_characters_typed(qtbot: QtBot) -> None:
    """Read back from the label's own rendered document (its selection), not from our parser."""
    label = QLabel(rich_text(ALL))
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
