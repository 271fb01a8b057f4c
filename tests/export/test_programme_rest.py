"""A programme row holding two exercises prints each one's rest, not the first one's for both."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from planner_gui.cli import main

TEMPLATE = Path("assets/templates/back-friendly-strength-8wk.brace.json")


def test_a_row_of_two_exercises_prints_both_rests(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["export", str(TEMPLATE), "-o", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    # Front plank (weeks 1-4, 8) rests 45 s, Stir-the-pot (weeks 5-7) 60 s in the plan file:
    # each rest under the name it goes with (a clinician could not tell 'rest 45 s / 60 s').
    assert "Front plank (weeks 1–4, 8) rest 45 s Stir-the-pot (weeks 5–7) rest 60 s" in text
    # Rolling side plank rests 45 s against the side plank's 30 s.
    assert "Side plank (weeks 1–4, 8) rest 30 s Rolling side plank (weeks 5–7) rest 45 s" in text
    assert " / " not in text
