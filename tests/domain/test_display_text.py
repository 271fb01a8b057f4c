"""Plan text as it is shown: control characters escaped, notes keeping their line breaks."""

from __future__ import annotations

import json

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.display_text import (
    control_characters,
    display_text,
    escape,
    terminal_text,
)
from planner_gui.domain.formats import parse_plan, plan_to_bytes

HOSTILE = "a\x07b\x1b[2Jc\x00\x7f\x85\u2028\u202eevil\u202c\u2066x\u2069"


def test_every_control_character_shows_as_the_escape_a_plan_s_json_would_use() -> None:
    assert display_text(HOSTILE) == (
        "a\\x07b\\x1b[2Jc\\x00\\x7f\\x85\\u2028\\u202eevil\\u202c\\u2066x\\u2069"
    )
    assert display_text("one\ntwo\tthree\r\nfour\r") == "one\\ntwo\\tthree\\r\\nfour\\r"
    assert [escape(char) for char in "\n\x1b\u202e"] == ["\\n", "\\x1b", "\\u202e"]


def test_text_without_controls_is_left_alone_markup_scripts_and_emoji_included() -> None:
    for text in ("<b>Max & Co</b>", "שלום עולם", "Zoë 💪🏽 👨\u200d👩\u200d👧", "back\\slash"):
        assert display_text(text) == text
        assert control_characters(text) == []


def test_a_note_keeps_its_line_breaks_and_tabs_and_escapes_the_rest() -> None:
    note = "Keep it easy.\r\nBrace\tfirst.\nBell\x07 and\rcarriage"
    assert display_text(note, note=True) == "Keep it easy.\nBrace\tfirst.\nBell\\x07 and\\rcarriage"
    assert control_characters(note, note=True) == ["\x07", "\r"]
    assert control_characters(note) == ["\r", "\n", "\t", "\x07"]


def test_bidi_marks_are_shown_in_the_window_and_escaped_in_the_terminal() -> None:
    name = "\u200fשלום (A)\u200e"
    assert display_text(name) == name
    assert control_characters(name) == []
    assert terminal_text(name) == "\\u200fשלום (A)\\u200e"
    assert terminal_text("a\nb") == "a\\nb"


def test_control_characters_are_named_once_each_in_order() -> None:
    assert control_characters("\x1b[1m\x1b[0m\x07\x1b") == ["\x1b", "\x07"]


def test_a_plan_s_control_characters_are_kept_exactly_through_load_and_save() -> None:
    text = "Lower\x07 A\x1b[2J\u202e\r\n\t\x00"
    raw = {
        "format": "brace-plan",
        "version": 3,
        "start_date": "2026-01-05",
        "title": text,
        "weeks": [
            {
                "notes": text,
                "sessions": [
                    {
                        "day": "mon",
                        "name": text,
                        "blocks": [
                            {
                                "kind": "main",
                                "items": [
                                    {
                                        "exercise": "deadlift",
                                        "sets": 3,
                                        "reps": 5,
                                        "tempo": text,
                                        "note": text,
                                    }
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
    }
    catalog = bundled_catalog()
    program = parse_plan(raw, "plan.brace.json", catalog)
    saved = plan_to_bytes(program)
    again = parse_plan(json.loads(saved), "plan.brace.json", catalog)
    assert again == program
    session = again.weeks[0].sessions[0]
    assert again.title == session.name == again.weeks[0].notes == text
    assert session.blocks[0].items[0].tempo == session.blocks[0].items[0].note == text
