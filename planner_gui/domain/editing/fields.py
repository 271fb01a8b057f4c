"""Reading a value a user typed into one field of an item (a table cell, a command line).

The result is a whole new item, validated like a loaded file. A value that cannot be read, or
that would make the item invalid (0 sets, a negative load, RPE 15), changes nothing:
`item_with_field` raises FieldRefused saying why in one line, for the window to show beside
the cell; `edited_item` is the same reading for callers that only need yes or no.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ValidationError

from planner_gui.domain.catalog import Catalog, search_form
from planner_gui.domain.errors import from_validation_error
from planner_gui.domain.models import Item
from planner_gui.domain.notation import (
    RampTextError,
    format_number,
    parse_dose,
    parse_optional_number,
    parse_ramp,
    parse_whole,
)
from planner_gui.domain.units import LoadSteps
from planner_gui.domain.vocabulary import DoseKind, LoadEquipment, Units

#: What can be typed: "dose" is the reps / hold / time / distance text ("8 × 5 s"), "ramp"
#: the ramp-up sets ("40×5, 60×3, 80×2").
ItemField = Literal[
    "exercise", "sets", "dose", "load", "rpe", "rest_s", "ramp", "per_side", "tempo", "note"
]

#: How a field is named in a refusal ("RPE of Deadlift not changed (...)").
FIELD_LABELS: dict[ItemField, str] = {
    "exercise": "Exercise",
    "sets": "Sets",
    "dose": "Reps / hold",
    "load": "Load",
    "rpe": "RPE",
    "rest_s": "Rest",
    "ramp": "Ramp-up sets",
    "per_side": "Per side",
    "tempo": "Tempo",
    "note": "Note",
}
#: RPE typed by hand is on the usual 1–10 scale (a file may hold others; the checker says so).
TYPED_RPE = (1.0, 10.0)


class FieldRefused(ValueError):
    """A typed value a field cannot take; `str(error)` is one line saying why."""


def item_with_ramp(
    item: Item,
    text: str,
    units: Units = "kg",
    kind: LoadEquipment | None = None,
    steps: LoadSteps | None = None,
) -> Item:
    """`item` with the ramp-up sets typed as `text` (see `notation.parse_ramp`: loads in
    `units`, rounded at `kind`'s loadable `steps` as the cell shows them, become percentages
    of the item's load); RampTextError, saying why, when they cannot be read or cannot be."""
    ramp = parse_ramp(text, item.load, units, kind, steps, item.ramp)
    return item.model_copy(update={"ramp": ramp})


def _number(value: object, what: str) -> float | None:
    try:
        return parse_optional_number(value)
    except ValueError:
        raise FieldRefused(f"{what} must be a number, like 7 or 82.5") from None


def _whole(value: object, what: str) -> int:
    try:
        return parse_whole(value)
    except ValueError:
        raise FieldRefused(f"{what} must be a whole number, like 3") from None


def item_with_field(
    item: Item,
    field: ItemField,
    value: object,
    dose_kind: DoseKind = "reps",
    units: Units = "kg",
    load_kind: LoadEquipment | None = None,
    steps: LoadSteps | None = None,
) -> Item:
    """`item` with `field` set from `value`; FieldRefused, saying why, when it cannot be.

    `dose_kind` is how the exercise is dosed: for a hold, time or distance exercise a bare
    number typed as its dose means seconds or metres rather than reps. Rest reads "90" and
    "90 s"; load and RPE read "82,5" too; empty text clears an optional number; `units` are
    the plan's, for ramp-up sets typed as loads (rounded at the `load_kind` equipment's
    loadable `steps`).
    """
    fields = item.model_dump()
    if field == "per_side":
        fields["per_side"] = bool(value)
    elif field == "exercise":
        exercise_id = str(value).strip()
        if not exercise_id:
            raise FieldRefused("choose an exercise from the list")
        fields["exercise"] = exercise_id
    elif field == "sets":
        sets = _whole(value, "sets")
        if sets < 1:
            raise FieldRefused("sets must be at least 1")
        fields["sets"] = sets
    elif field == "dose":
        dose = parse_dose(str(value), dose_kind)
        if dose is None:
            raise FieldRefused(
                "type whole reps (8), a hold or time (30 s), both (8 × 5 s) or metres (400 m)"
            )
        fields.update(dose)
    elif field == "load":
        load = _number(value, "load")
        if load is not None and load < 0:
            raise FieldRefused(f"load must be 0 {units} or more")
        fields["load"] = load
    elif field == "rpe":
        rpe = _number(value, "RPE")
        low, high = TYPED_RPE
        if rpe is not None and not low <= rpe <= high:
            raise FieldRefused(
                f"RPE goes from {format_number(low)} to {format_number(high)}, "
                f"not {format_number(rpe)}"
            )
        fields["rpe"] = rpe
    elif field == "rest_s":
        text = str(value).strip().removesuffix("s").strip()
        rest = None if text == "" else _whole(text, "rest")
        if rest is not None and rest < 0:
            raise FieldRefused("rest must be 0 seconds or more")
        fields["rest_s"] = rest
    elif field == "ramp":
        try:
            return item_with_ramp(item, str(value), units, load_kind, steps)
        except RampTextError as error:
            raise FieldRefused(str(error)) from None
    elif field == "tempo":
        fields["tempo"] = str(value).strip() or None
    else:
        fields["note"] = str(value)
    try:
        return Item.model_validate(fields)
    except ValidationError as error:
        problem = from_validation_error("", error)
        raise FieldRefused(f"{problem.location}: {problem.reason}") from None


def edited_item(
    item: Item,
    field: ItemField,
    value: object,
    dose_kind: DoseKind = "reps",
    units: Units = "kg",
) -> Item | None:
    """`item` with `field` set from `value`, or None when unreadable or invalid (see
    `item_with_field`, which also says why)."""
    try:
        return item_with_field(item, field, value, dose_kind, units)
    except FieldRefused:
        return None


def exercise_named(catalog: Catalog, text: str) -> str:
    """The id of the exercise whose name (or id) is `text`, any case; FieldRefused naming
    the text when there is none, so a typo is never taken for another exercise."""
    wanted = search_form(text)
    if wanted:
        for exercise in catalog:
            if search_form(exercise.name) == wanted or exercise.id == text.strip():
                return exercise.id
    shown = " ".join(text.split())
    if len(shown) > 40:
        shown = shown[:39] + "…"
    raise FieldRefused(f'no exercise is called "{shown}"; choose one from the list')
