"""The compact handout of a block of many long notes breaks each note's lines a bounded number
of times, so its export grows with the items, not with their square.

Counted, not timed: the text reportlab's line breaking goes through. The notes print under a
table that runs over several pages; each page's part of the table used to measure every note
again (and the frame broke each note's lines once more after it had been measured), which
made 2× the items cost 2.7× the line breaking.
"""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph

from benchmarks.bench_export import maximal_block_program
from planner_gui.domain import limits
from planner_gui.domain.catalog import bundled_catalog, catalog_for_plan
from planner_gui.export import scripts
from planner_gui.export.handout import render_handout


def _broken_chars(items: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Characters of paragraph text whose lines were broken in the compact export of a main
    block of `items` items, each with a note as long as a plan allows."""
    counted = [0]
    original = scripts._break_lines

    def counting(self: Paragraph, width: Any) -> Any:
        counted[0] += len(self.getPlainText())
        return original(self, width)

    monkeypatch.setattr(scripts, "_break_lines", counting)
    program = maximal_block_program(items)
    render_handout(program, catalog_for_plan(bundled_catalog(), program))
    monkeypatch.setattr(scripts, "_break_lines", original)
    return counted[0]


def test_line_breaking_grows_linearly_with_long_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    # 10 items: a table of one page; 20: of two (the notes pages follow either way).
    half, whole = (_broken_chars(n, monkeypatch) for n in (10, 20))
    notes_chars = 10 * limits.MAX_NOTE_CHARS
    assert whole / half < 2.2, (half, whole)  # was 2.7
    # Each note is broken about twice: measured whole, then the parts a page split leaves
    # (was three times and more, growing with the pages the table runs over).
    assert (whole - half) < 2.6 * notes_chars, (half, whole)
