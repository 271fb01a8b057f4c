"""Numbers and doses as text: the cell form reads back what it shows; the handout reads well."""

from __future__ import annotations

import pytest

from planner_gui.domain.models import Item
from planner_gui.domain.notation import (
    dose_text,
    format_number,
    parse_dose,
    parse_optional_number,
    parse_whole,
    seconds,
)
from planner_gui.domain.vocabulary import DoseKind


def test_format_number_on_screen_and_in_print() -> None:
    assert format_number(80.0) == "80"
    assert format_number(82.5) == "82.5"
    assert format_number(0.25) == "0.25"
    assert format_number(1234.0) == "1234"
    assert format_number(1234.0, grouped=True) == "1,234"
    assert format_number(1234.5, grouped=True) == "1,234.5"
    assert format_number(82.556, grouped=True) == "82.56"
    assert format_number(80, grouped=True) == "80"


def test_seconds() -> None:
    assert seconds(45) == "45 s"
    assert seconds(90) == "1:30 min"
    assert seconds(300) == "5 min"


@pytest.mark.parametrize(
    ("item", "cell", "handout"),
    [
        (Item(exercise="x", sets=3, reps=5), "5", "3 × 5"),
        (Item(exercise="x", sets=3, hold_s=30), "30 s", "3 × 30 s hold"),
        (
            Item(exercise="x", sets=3, reps=8, hold_s=5, per_side=True),
            "8 × 5 s hold",
            "3 × 8, 5 s hold, per side",
        ),
        (Item(exercise="x", sets=2, distance_m=400), "400 m", "2 × 400 m"),
        (Item(exercise="x", sets=2, distance_m=1500), "1500 m", "2 × 1,500 m"),
        (Item(exercise="x", sets=1, time_s=300), "300 s", "1 × 5 min"),
        (Item(exercise="x", sets=4), "", "4 sets"),
        (Item(exercise="x", sets=1), "", "1 set"),
        (Item(exercise="x", sets=3, reps=5, tempo="3-1-1"), "5", "3 × 5, tempo 3-1-1"),
    ],
)
def test_dose_text_forms(item: Item, cell: str, handout: str) -> None:
    assert dose_text(item, "cell") == cell
    assert dose_text(item, "handout") == handout
    assert dose_text(item) == handout


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (Item(exercise="x", sets=3, reps=5), "reps"),
        (Item(exercise="x", sets=3, hold_s=30), "hold"),
        (Item(exercise="x", sets=3, reps=8, hold_s=5), "reps"),
        (Item(exercise="x", sets=3, time_s=45), "time"),
        (Item(exercise="x", sets=2, distance_m=20.5), "distance"),
    ],
)
def test_the_cell_form_reads_back_what_it_shows(item: Item, kind: DoseKind) -> None:
    parsed = parse_dose(dose_text(item, "cell"), kind)
    assert parsed is not None
    assert item.model_copy(update=parsed) == item


def test_parse_dose() -> None:
    assert parse_dose("8", "reps") == {
        "reps": 8,
        "hold_s": None,
        "time_s": None,
        "distance_m": None,
    }
    assert parse_dose("8 × 5 s", "reps") == {
        "reps": 8,
        "hold_s": 5,
        "time_s": None,
        "distance_m": None,
    }
    assert parse_dose("30", "hold")["hold_s"] == 30  # type: ignore[index]
    assert parse_dose("45 s", "time")["time_s"] == 45  # type: ignore[index]
    assert parse_dose("400 m", "distance")["distance_m"] == 400.0  # type: ignore[index]
    assert parse_dose("8x5s", "reps") == parse_dose("8 × 5 s hold", "reps")
    assert parse_dose("8.5", "reps") is None
    assert parse_dose("", "reps") is None
    assert parse_dose("5 × 5", "reps") is None  # two rep counts
    assert parse_dose("1 × 2 × 3", "reps") is None


def test_parse_whole_and_optional_numbers() -> None:
    assert parse_whole(4) == parse_whole("4") == parse_whole(" 4.0 ") == 4
    for bad in (True, "4.5", "four", 2.5):
        with pytest.raises(ValueError):
            parse_whole(bad)
    assert parse_optional_number("82,5") == 82.5
    assert parse_optional_number(80) == 80.0
    assert parse_optional_number(None) is None
    assert parse_optional_number("  ") is None
    with pytest.raises(ValueError):
        parse_optional_number(False)
    with pytest.raises(ValueError):
        parse_optional_number("heavy")
