"""Refusing an edit whose result the loader would refuse, before anything is changed.

Without this an edit could make a plan that is saved and then refuses to open (kg → lb on a
600,000 kg load, one more rep on 1,000,000 reps). Every operation checks what it produces
before it changes the plan: a new item, session or week with the models' own validation, a
changed field with pydantic's assignment validation of that one field, and the counts and
dates it changes against `limits`. Checking only the produced part keeps an edit as cheap as
before; revalidating the whole plan would cost more than the checker does on a 52-week plan.

The models do not use pydantic's `validate_assignment`: it would not see a list growing (an
item inserted, a week appended), and an operation that sets many fields (units with every
load) would be refused halfway, after changing some of them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from planner_gui.domain.errors import from_validation_error


class EditRefused(ValueError):
    """An edit that would leave a plan the loader refuses; the plan was not changed.

    `str(error)` is the place and the reason, as loading words them:
    ``weeks[1].sessions[0].blocks[1].items[0].reps: must be at most 1,000,000``.
    """

    def __init__(self, reason: str, location: str = "") -> None:
        self.reason = reason
        self.location = location
        super().__init__(f"{location}: {reason}" if location else reason)


def joined(where: str, location: str) -> str:
    """`where` followed by a location inside it (`weeks[1]` + `sessions[0].name`)."""
    if not where or not location:
        return where or location
    return where + location if location.startswith("[") else f"{where}.{location}"


def refusal(error: ValidationError, where: str) -> EditRefused:
    """The first problem pydantic found, worded as loading words it, placed under `where`."""
    problem = from_validation_error("", error)
    return EditRefused(problem.reason, joined(where, problem.location))


def check_model(model: BaseModel, where: str) -> None:
    """Refuse `model` (an item, a session, a week made by an edit) if loading it would fail.

    Operations build their parts with `model_copy(update=...)`, which validates nothing, so
    the part is dumped and validated again, with every limit of its fields.
    """
    try:
        type(model).model_validate(model.model_dump())
    except ValidationError as error:
        raise refusal(error, where) from None


def check_fields(model: BaseModel, changes: dict[str, Any], where: str) -> BaseModel:
    """Refuse setting `changes` on `model` if loading the result would fail; else return a
    shallow copy with the changes, validated field by field (`model` itself is untouched)."""
    copy = model.model_copy()
    validator = type(model).__pydantic_validator__
    for name, value in changes.items():
        try:
            validator.validate_assignment(copy, name, value)
        except ValidationError as error:
            raise refusal(error, where) from None
    return copy


def check_count(count: int, limit: int, noun: str, owner: str, where: str) -> None:
    """Refuse an edit that would leave `count` things where `owner` may hold `limit`."""
    if count > limit:
        raise EditRefused(f"would have {count:,} {noun}; {owner} may have at most {limit:,}", where)
