"""An item note that starts in Arabic, in the full layout: the Latin "Note:" label prints on
its own at the left, reading "Note:" (in one run with the note it took the note's direction
and read ":Note" at the right end), and the note itself is aligned right; read back with
pypdf, with each text run's x position."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from pypdf import PdfReader

from planner_gui.export.handout import render_handout
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import MARGIN, PAGE_SIZES
from tests.export.test_review import _plan
from tests.support.catalogs import handout_catalog
from tests.support.plans import handout_session

ARABIC = "ثبّت الظهر قبل كل رفعة"


def _runs(data: bytes) -> list[tuple[str, float]]:
    """Every text run of the session pages with its x position (points from the left)."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), cm[4] + tm[4] * cm[0]))

    for page in PdfReader(BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def test_an_arabic_note_keeps_its_latin_label_on_the_left() -> None:
    program = _plan([60.0])
    program.weeks[0].sessions[0] = handout_session("mon", "Lower A", note=ARABIC)
    data = render_handout(program, handout_catalog(), options=HandoutOptions(layout="full"))
    runs = _runs(data)
    labels = [x for text, x in runs if text == "Note:"]
    assert [text for text, _ in runs if "Note" in text and ":" in text] == ["Note:"]
    assert ":Note" not in " ".join(text for text, _ in runs)
    (label_x,) = labels
    width = PAGE_SIZES["a4"][0]
    assert label_x < width / 2
    arabic = [x for text, x in runs if any("\u0600" <= ch <= "\u06ff" for ch in text)]
    assert arabic and min(arabic) > label_x
    assert all(x > MARGIN for x in arabic)
