"""A session's notes (plan format version 3) are printed on its page of the handout, as
plain text, under the week's notes."""

from __future__ import annotations

from pathlib import Path

from tests.support.catalogs import editing_catalog
from tests.support.full_handout import write_handout
from tests.support.pdf import pdf_text
from tests.support.plans import editing_program


def test_session_notes_are_printed_on_the_session_page_as_plain_text(tmp_path: Path) -> None:
    program = editing_program(1)
    program.weeks[0].notes = "Easy week"
    program.weeks[0].sessions[1].notes = "Brace before each lift <b>not bold</b>"
    out = tmp_path / "handout.pdf"
    write_handout(program, editing_catalog(), out)
    text = " ".join(pdf_text(out).split())
    assert "Today: Brace before each lift <b>not bold</b>" in text
    assert text.count("Today:") == 1
    assert text.index("This week: Easy week") < text.index("Today: Brace")
