"""Numbers and doses as text: the cell form reads back what it shows; the handout reads well."""

from __future__ import annotations

import pytest

from planner_gui.domain.models import Item, RampSet
from planner_gui.domain.notation import (
    RampTextError,
    dose_text,
    format_number,
    parse_dose,
    parse_optional_number,
    parse_ramp,
    parse_whole,
    ramp_cell_text,
    ramp_percent_text,
    ramp_text,
    seconds,
)
from planner_gui.domain.vocabulary import DoseKind, LoadEquipment


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
    assert seconds(90) == "1 min 30 s"
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


# Ramp-up sets ---------------------------------------------------------------------------


def ramp(*sets: tuple[int, int]) -> list[RampSet]:
    return [RampSet(pct=pct, reps=reps) for pct, reps in sets]


STANDARD = ramp((40, 5), (60, 3), (80, 2))


@pytest.mark.parametrize(
    "text",
    [
        "40%×5, 60%×3, 80%×2",
        "40%x5 60%x3 80%x2",
        "40%X5;60%X3;80%X2",
        "40%×5 · 60%×3 · 80%×2",
        "40 % x 5 -> 60 % x 3 -> 80 % x 2",
        " 40%*5  60%*3  80%*2 ",
    ],
)
def test_ramp_text_with_percent_signs_reads_as_percent_and_reps(text: str) -> None:
    assert parse_ramp(text) == STANDARD
    assert parse_ramp(text, load=80) == STANDARD


@pytest.mark.parametrize(
    "text",
    [
        "32×5, 48×3, 64×2",
        "32x5 48x3 64x2 kg",
        "32 kg × 5, 48 kg × 3, 64 kg × 2",
        "32kg*5;48x3;64x2",
    ],
)
def test_bare_numbers_are_loads_in_the_plan_s_units(text: str) -> None:
    """A coach types the loads the cell shows: "32×5" on an 80 kg lift is 32 kg, 40 %."""
    assert parse_ramp(text, load=80, units="kg", kind="barbell", steps={"barbell": 1.0}) == (
        STANDARD
    )


def test_the_physio_s_kilos_on_a_dumbbell_press_are_kilos() -> None:
    """The review's case: "5x5, 8x3" typed on a 12 kg dumbbell press meant kilograms, and
    was stored as 5 % and 8 % (printed as 0 × 5, 0 × 3)."""
    typed = parse_ramp("5x5, 8x3", load=12, units="kg", kind="dumbbell")
    assert typed == ramp((42, 5), (67, 3))
    press = Item(exercise="dumbbell-bench-press", sets=3, reps=8, load=12, ramp=typed)
    assert ramp_cell_text(press, "dumbbell", "kg", {"dumbbell": 1.0}) == "5×5 · 8×3 kg"


def test_ramp_text_round_trips_and_reads_loads_in_the_plan_s_units() -> None:
    assert ramp_text(STANDARD) == "40%×5, 60%×3, 80%×2"
    assert parse_ramp(ramp_text(STANDARD)) == STANDARD
    assert ramp_percent_text(STANDARD) == "40 % × 5, 60 % × 3, 80 % × 2"
    assert parse_ramp("32×5 48×3 64×2 kg", load=80, units="kg") == STANDARD
    assert parse_ramp("40lb×5, 60lb×3", load=100, units="lb") == ramp((40, 5), (60, 3))
    assert parse_ramp("40×5, 60×3", load=100, units="lb") == ramp((40, 5), (60, 3))
    # A load that is no whole percentage is rounded to the nearest one.
    assert parse_ramp("32.5x5 kg", load=82.5) == ramp((39, 5))
    assert parse_ramp("32,5x5", load=82.5) == ramp((39, 5))
    for nothing in ("", "  ", "none", "-", "—"):
        assert parse_ramp(nothing) == []


def test_the_cell_s_text_reads_back_to_the_same_ramp() -> None:
    """The editor starts from the cell's rounded loads; committed unchanged (or with one set
    changed) the other sets keep their percentages instead of drifting to the rounded ones."""
    squat = Item(exercise="back-squat", sets=3, reps=5, load=80, ramp=STANDARD)
    shown = ramp_cell_text(squat, "barbell", "kg")
    assert shown == "32.5×5 · 47.5×3 · 65×2 kg"
    assert parse_ramp(shown, 80, "kg", "barbell", None, STANDARD) == STANDARD
    edited = parse_ramp("32.5×5 · 50×3 · 65×2 kg", 80, "kg", "barbell", None, STANDARD)
    assert edited == ramp((40, 5), (62, 3), (80, 2))
    # Without the current ramp the rounded loads are taken as typed.
    assert parse_ramp(shown, 80, "kg", "barbell") == ramp((41, 5), (59, 3), (81, 2))
    no_load = squat.model_copy(update={"load": None})
    assert parse_ramp(ramp_cell_text(no_load, "barbell", "kg")) == STANDARD


def test_a_set_typed_after_the_unit_the_cell_shows_is_read() -> None:
    """Adding a set to the end of "20×8 · 35×3 kg" gave "20×8 · 35×3 kg 45x2", refused as
    unreadable; a unit may close any set, and the sets before keep their percentages."""
    press = Item(exercise="bench-press", sets=3, reps=5, load=50, ramp=ramp((40, 8), (70, 3)))
    shown = ramp_cell_text(press, "barbell", "kg")
    assert shown == "20×8 · 35×3 kg"
    current = press.ramp
    added = parse_ramp(f"{shown} 45x2", 50, "kg", "barbell", None, current)
    assert added == ramp((40, 8), (70, 3), (90, 2))
    assert parse_ramp("20×8 kg, 35×3 kg", 50, "kg") == ramp((40, 8), (70, 3))
    with pytest.raises(RampTextError, match="this plan is in kg"):
        parse_ramp("20×8 lb 35×3 kg", 50, "kg")
    with pytest.raises(RampTextError, match="cannot read"):
        parse_ramp("kg 20×8 35×3", 50, "kg")
    with pytest.raises(RampTextError, match="cannot read"):
        parse_ramp("20×8 kgs 35×3", 50, "kg")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("60×2, 40×3", "the sets must rise towards the working load: 40 kg comes after 60 kg"),
        ("40×5, 40×3", "40 kg comes after 40 kg"),
        ("40.2×5, 40.4×3", "50 % comes after 50 %"),
        ("80%×2, 60%×3", "the sets must rise towards the working load: 60 % comes after 80 %"),
        (
            "40×5, 80×1",
            "80×1: a ramp-up set must be lighter than the working sets, below the working 80 kg",
        ),
        ("90x1", "lighter than the working sets"),
        (
            "40%×5, 100%×1",
            "100%×1: a ramp-up set must be lighter than the working sets, below 100 %",
        ),
        ("40×0", "40×0: a ramp-up set needs at least 1 rep"),
        ("0x5", "a ramp-up set needs a load above 0 kg"),
        ("0%x5", "at least 1 % of the working load"),
        ("42.5%×3", "write the percentage as a whole number"),
        ("heavy", "cannot read 'heavy' as ramp-up sets: write load × reps in kg, e.g. 20×5"),
        ("40×5 and 60×3", "cannot read"),
        ("40", "cannot read"),
        ("40%×5 60kg×3", "either in percent or in loads, not both"),
        ("40%×5 60×3", "either in percent or in loads, not both"),
        ("40×5 lb", "this plan is in kg: write the ramp-up loads in kg"),
        ("40x5 " * 9, "9 ramp-up sets; an exercise may have at most 8"),
        ("40×2000000", "at most 1,000,000 reps"),
    ],
)
def test_ramp_text_that_cannot_be_is_refused_saying_why(text: str, message: str) -> None:
    with pytest.raises(RampTextError) as refused:
        parse_ramp(text, load=80)
    assert message in str(refused.value)


def test_bare_numbers_without_a_working_load_are_refused() -> None:
    with pytest.raises(RampTextError, match="no load yet: give it one, or write the ramp in"):
        parse_ramp("5x5, 8x3")


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        ("15x5, 35x3", "barbell", "15x5: lighter than the empty barbell (20 kg)"),
        ("5.5x5, 6x3", "dumbbell", "5.5x5 and 6x3 both load as 6 kg at dumbbell steps of 2 kg"),
    ],
)
def test_typed_loads_the_equipment_cannot_load_apart_are_refused(
    text: str, kind: LoadEquipment, message: str
) -> None:
    with pytest.raises(RampTextError) as refused:
        parse_ramp(text, load=50, units="kg", kind=kind)
    assert message in str(refused.value)
    # As percentages they are the coach's own choice, rounded as the cell shows.
    assert parse_ramp("30%x5, 70%x3", load=50, units="kg", kind="barbell")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "0.5x5, 8x3",
            "0.5x5 is 4 % of the working 12 kg, which rounds to 0 kg at dumbbell "
            "steps of 2 kg: make it heavier or leave it out",
        ),
        ("5%x5, 60%x3", "rounds to 0 kg at dumbbell steps of 2 kg"),
    ],
)
def test_a_ramp_set_that_rounds_to_nothing_is_refused(text: str, message: str) -> None:
    with pytest.raises(RampTextError) as refused:
        parse_ramp(text, load=12, units="kg", kind="dumbbell")
    assert message in str(refused.value)
    # The same set is loadable in 1 kg steps.
    assert parse_ramp("1x5", load=12, units="kg", kind="dumbbell", steps={"dumbbell": 1.0})


def test_the_ramp_cell_shows_loadable_loads_or_percentages() -> None:
    squat = Item(exercise="back-squat", sets=3, reps=5, load=80, ramp=STANDARD)
    assert ramp_cell_text(squat, "barbell", "kg") == "32.5×5 · 47.5×3 · 65×2 kg"
    assert ramp_cell_text(squat, "barbell", "kg", {"barbell": 1.0}) == "32×5 · 48×3 · 64×2 kg"
    bell = squat.model_copy(update={"load": 16})
    assert ramp_cell_text(bell, "kettlebell", "kg") == "6×5 · 8×3 · 12×2 kg"
    pounds = squat.model_copy(update={"load": 135})
    assert ramp_cell_text(pounds, "barbell", "lb") == "55×5 · 80×3 · 110×2 lb"
    no_load = squat.model_copy(update={"load": None})
    assert ramp_cell_text(no_load, "barbell", "kg") == "40%×5 · 60%×3 · 80%×2"
    assert ramp_cell_text(squat.model_copy(update={"ramp": []}), "barbell", "kg") == ""
