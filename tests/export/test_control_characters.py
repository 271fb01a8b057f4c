"""The handout prints a plan text's control characters as escapes (`\\x07`), as the window
and the terminal show them; a note keeps its line breaks. Read back with pypdf."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from tests.support.plans import handout_program, handout_session

CATALOG = bundled_catalog()


def _text(pdf: bytes) -> str:
    """The PDF's text, whitespace folded so wrapped lines still match."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)


@pytest.mark.parametrize("layout", ["compact", "full", "cards"])
def test_control_characters_print_as_escapes_and_a_note_s_line_break_as_a_break(
    layout: str,
) -> None:
    session = handout_session("mon", "Lower\x07 A", note="Brace first.\nThen\x1b[31m lift\u202e")
    program = handout_program(1, 1, title="Plan\x00 one", athlete="Sam\x85")
    week = program.weeks[0].model_copy(update={"sessions": [session], "notes": "Easy\x0c week"})
    program = program.model_copy(update={"weeks": [week]})
    pdf = render_handout(program, CATALOG, options=HandoutOptions(layout=layout))  # type: ignore[arg-type]
    text = _text(pdf)
    assert "Lower\\x07 A" in text
    assert "Plan\\x00 one" in text and "Sam\\x85" in text
    for raw in ("\x07", "\x1b", "\u202e", "\x00", "\x85", "\x0c"):
        assert raw not in text
    if layout != "cards":  # cards print no notes
        assert "Brace first. Then\\x1b[31m lift\\u202e" in text
        assert "Easy\\x0c week" in text
        assert "Brace first.\\n" not in text  # the note's own line break is not escaped
