"""Escaping and the wording of doses, loads and times."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.domain.models import Item
from planner_gui.export.fonts import REGULAR, register_fonts
from planner_gui.export.sessions import wrap_phrases
from planner_gui.export.text import dose_text, esc, load_text, number, seconds


def test_escape_markup_quotes_newlines_and_control_characters() -> None:
    assert esc("<b>Max & Co</b>") == "&lt;b&gt;Max &amp; Co&lt;/b&gt;"
    assert esc('say "hi"\nnext', note=True) == "say &quot;hi&quot;<br/>next"
    # A control character shows as its escape, the way the terminal shows it (a line break
    # too, outside a note); markup in the text is still escaped after it.
    assert esc("bell\x07<b>here") == "bell\\x07&lt;b&gt;here"
    assert esc('say "hi"\nnext') == "say &quot;hi&quot;\\nnext"
    assert esc("\u202egnp.exe\u202c") == "\\u202egnp.exe\\u202c"


def test_numbers_and_times() -> None:
    assert number(80.0) == "80"
    assert number(82.5) == "82.5"
    assert number(1234.0) == "1,234"
    assert seconds(45) == "45 s"
    assert seconds(150) == "2 min 30 s"
    assert seconds(300) == "5 min"


def test_doses() -> None:
    assert dose_text(Item(exercise="x", sets=3, reps=5)) == "3 × 5"
    assert dose_text(Item(exercise="x", sets=3, hold_s=30)) == "3 × 30 s hold"
    assert (
        dose_text(Item(exercise="x", sets=3, reps=8, hold_s=5, per_side=True))
        == "3 × 8, 5 s hold, per side"
    )
    assert dose_text(Item(exercise="x", sets=2, distance_m=20)) == "2 × 20 m"
    assert dose_text(Item(exercise="x", sets=1, time_s=300)) == "1 × 5 min"
    assert dose_text(Item(exercise="x", sets=4)) == "4 sets"
    assert dose_text(Item(exercise="x", sets=3, reps=5, tempo="3-1-1")) == "3 × 5, tempo 3-1-1"


def test_loads() -> None:
    assert load_text(Item(exercise="x", sets=1, load=82.5), "kg") == "82.5 kg"
    assert load_text(Item(exercise="x", sets=1, load=0), "lb") == "body weight"
    assert load_text(Item(exercise="x", sets=1), "kg") == "–"


def test_doses_break_after_a_comma() -> None:
    register_fonts()
    width = stringWidth("2 × 20 m, per", REGULAR, 8.5) + 1  # room for 'per' but not 'side'
    assert wrap_phrases("2 × 20 m, per side", REGULAR, 8.5, width) == ("2 × 20 m,", "per side")
    assert wrap_phrases("3 × 8, per side", REGULAR, 8.5, 200) == ("3 × 8, per side",)
    wide = "3 × 6, 5 s hold, per side"
    assert wrap_phrases(wide, REGULAR, 8.5, stringWidth(wide, REGULAR, 8.5)) == (wide,)
    # a phrase too long for a line still wraps by words, after its comma
    lines = wrap_phrases("1 × 10, tempo 3 seconds down 1 up", REGULAR, 8.5, 60)
    assert lines[0] == "1 × 10," and all(stringWidth(x, REGULAR, 8.5) <= 60 for x in lines)
