"""Reading one value a user typed into one field of an item (a table cell, a command line).

The result is a whole new item, validated like a loaded file, or None: a value that cannot
be read, or that would make the item invalid (0 sets, a negative load), changes nothing.
Ramp-up sets are the one field whose refusal says why (`item_with_ramp`): "80×2, 60×3" is
readable but not rising, and the coach needs to hear which part is wrong.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ValidationError

from planner_gui.domain.models import Item
from planner_gui.domain.notation import (
    parse_dose,
    parse_optional_number,
    parse_ramp,
    parse_whole,
)
from planner_gui.domain.vocabulary import DoseKind, Units

#: What can be typed: "dose" is the reps / hold / time / distance text ("8 × 5 s"), "ramp"
#: the ramp-up sets ("40×5, 60×3, 80×2").
ItemField = Literal["exercise", "sets", "dose", "load", "rpe", "rest_s", "ramp", "per_side", "note"]


def item_with_ramp(item: Item, text: str, units: Units = "kg") -> Item:
    """`item` with the ramp-up sets typed as `text` (see `notation.parse_ramp`; loads typed
    with `units` become percentages of the item's load); RampTextError, saying why, when they
    cannot be read or cannot be."""
    ramp = parse_ramp(text, item.load, units)
    return item.model_copy(update={"ramp": ramp})


def edited_item(
    item: Item,
    field: ItemField,
    value: object,
    dose_kind: DoseKind = "reps",
    units: Units = "kg",
) -> Item | None:
    """`item` with `field` set from `value`, or None when unreadable or invalid.

    `dose_kind` is how the exercise is dosed: for a hold, time or distance exercise a bare
    number typed as its dose means seconds or metres rather than reps. Rest reads "90" and
    "90 s"; load and RPE read "82,5" too; empty text clears an optional number; `units` are
    the plan's, for ramp-up sets typed as loads.
    """
    fields = item.model_dump()
    try:
        if field == "per_side":
            fields["per_side"] = bool(value)
        elif field == "exercise":
            exercise_id = str(value).strip()
            if not exercise_id:
                return None
            fields["exercise"] = exercise_id
        elif field == "sets":
            fields["sets"] = parse_whole(value)
        elif field == "dose":
            dose = parse_dose(str(value), dose_kind)
            if dose is None:
                return None
            fields.update(dose)
        elif field in ("load", "rpe"):
            fields[field] = parse_optional_number(value)
        elif field == "rest_s":
            text = str(value).strip().removesuffix("s").strip()
            fields["rest_s"] = None if text == "" else parse_whole(text)
        elif field == "ramp":
            return item_with_ramp(item, str(value), units)
        else:
            fields["note"] = str(value)
        return Item.model_validate(fields)
    except (ValueError, TypeError, ValidationError):  # RampTextError is a ValueError
        return None
