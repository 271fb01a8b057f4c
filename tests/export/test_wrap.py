"""Breaking plain text into lines that fit, long words and combining marks included."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export import scripts
from planner_gui.export.fonts import REGULAR, register_fonts
from planner_gui.export.sessions import wrap_phrases
from planner_gui.export.text import plain
from planner_gui.export.wrap import ELLIPSIS, clamp_lines, fit_line, wrap_text

SIZE = 8.0


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def width(text: str) -> float:
    return stringWidth(text, REGULAR, SIZE)


def test_words_wrap_at_spaces_and_a_note_s_line_breaks_stay() -> None:
    lines = wrap_text("one two three\r\nfour", REGULAR, SIZE, width("one two") + 1, note=True)
    assert lines == ["one two", "three", "four"]
    # In a name a line break is a control character, shown as its escape.
    assert wrap_text("one\ntwo", REGULAR, SIZE, 200) == ["one\\ntwo"]


def test_a_word_wider_than_the_line_is_cut_between_characters() -> None:
    line_w = 100.0
    lines = wrap_text("start " + "x" * 300 + " end", REGULAR, SIZE, line_w)
    assert all(width(line) <= line_w for line in lines)
    assert "".join(lines).replace(" ", "") == "start" + "x" * 300 + "end"
    assert lines[0] == "start" and len(lines) > 3


def test_a_combining_mark_stays_with_its_letter() -> None:
    word = "e\u0301" * 80
    lines = wrap_text(word, REGULAR, SIZE, 60)
    assert "".join(lines) == word
    assert all(not line.startswith("\u0301") for line in lines)


def test_a_line_never_starts_with_closing_punctuation() -> None:
    # The review's note: a cut before "，" put the comma at the start of a line.
    note = "保持背部挺直，每次重复前深呼吸；如果腿部出现剧痛或麻木，请立即停止并联系诊所。"
    for line_w in (48.0, 60.0, 72.0, 96.0):
        lines = wrap_text(note, REGULAR, SIZE, line_w)
        assert "".join(lines) == note
        assert all(scripts.width(line, REGULAR, SIZE) <= line_w for line in lines)
        assert all(line[0] not in "，；。" for line in lines), lines
    # The width that cut just before the first comma on the main branch.
    comma = note.index("，")
    line_w = scripts.width(note[:comma], REGULAR, SIZE) + 0.5
    lines = wrap_text(note, REGULAR, SIZE, line_w)
    assert lines[0] == note[: comma - 1] and lines[1].startswith(note[comma - 1 : comma + 1])


def test_a_column_narrower_than_a_letter_still_takes_every_letter() -> None:
    assert wrap_text("WWW", REGULAR, SIZE, 1) == ["W", "W", "W"]


def test_control_characters_show_as_escapes_and_odd_spaces_become_spaces() -> None:
    text = "a\tb\u00a0c\x00d\x1b[2J\u202ee\r\nf\u2028g\u200bh"
    assert plain(text) == "a\\tb c\\x00d\\x1b[2J\\u202ee\\r\\nf\\u2028gh"
    # A note keeps its line breaks and tabs (as spaces); the other controls show.
    assert plain(text, note=True) == "a b c\\x00d\\x1b[2J\\u202ee\nf\\u2028gh"
    assert wrap_text("a\x07b\u3000c", REGULAR, SIZE, 200) == ["a\\x07b c"]


def test_fit_line_shortens_with_an_ellipsis() -> None:
    assert fit_line("short", REGULAR, SIZE, 200) == "short"
    fitted = fit_line("a long title " * 20, REGULAR, SIZE, 100)
    assert fitted.endswith(ELLIPSIS) and width(fitted) <= 100
    assert fit_line("two\nlines", REGULAR, SIZE, 200) == "two\\nlines"


def test_clamp_lines_keeps_at_most_the_lines_asked_for() -> None:
    text = "Lower body strength and hinge practice with extra accessory work"
    lines = clamp_lines(text, REGULAR, SIZE, 60, 2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert all(width(line) <= 60 for line in lines)
    assert clamp_lines("Lower A", REGULAR, SIZE, 60, 2) == ["Lower A"]


def test_a_dose_short_enough_for_its_cell_shows_its_control_characters_too() -> None:
    # Its tempo is user text; a dose that fits its cell used to be printed as it was.
    assert wrap_phrases("3 × 5, tempo \x1b[2J3-\x001", REGULAR, SIZE, 200) == (
        "3 × 5, tempo \\x1b[2J3-\\x001",
    )
