"""How a plan's numbers and doses are written as text, and how typed text is read back.

The window's cells, the handout and (later) the command line write the same numbers the same
way; the cell forms read back exactly what they show, so a dose typed into a cell round-trips.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Literal

from planner_gui.domain.limits import MAX_NUMBER, MAX_RAMP_SETS
from planner_gui.domain.models import Item, RampSet
from planner_gui.domain.units import EMPTY_BAR, LoadSteps, load_step, ramp_loads
from planner_gui.domain.vocabulary import DoseKind, LoadEquipment, Units

#: The Item fields a dose is written in; `parse_dose` returns all four.
DOSE_FIELDS = ("reps", "hold_s", "time_s", "distance_m")

#: "cell": what the editor's dose cell shows and reads back ("8 × 5 s hold", "30 s");
#: "handout": the sentence the printed plan uses ("3 × 8, 5 s hold, per side").
DoseForm = Literal["cell", "handout"]


def format_number(value: float, *, grouped: bool = False) -> str:
    """A load, RPE or count without noise: 80.0 -> "80", 82.5 -> "82.5".

    `grouped` is the print form: thousands separated and at most two decimals
    (1234.0 -> "1,234", 82.555 -> "82.56"); the screen form keeps what was typed.
    """
    if not grouped:
        return f"{value:g}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def seconds(value: int) -> str:
    """Rest and hold times in one style, each number with its unit: 45 -> '45 s', 60 ->
    '60 s', 120 -> '2 min', 150 -> '2 min 30 s'. (A clinician's review found '2:30 min' and
    '60 s' in one handout: a patient should not have to read two notations of a time.)"""
    if value < 90:
        return f"{value} s"
    minutes, rest = divmod(value, 60)
    if rest == 0:
        return f"{minutes} min"
    return f"{minutes} min {rest} s"


def dose_text(item: Item, form: DoseForm = "handout") -> str:
    """The reps, hold, time or distance an item prescribes, in the given form.

    handout: '3 × 5', '3 × 30 s hold', '2 × 8, 5 s hold, per side', '1 × 400 m', '4 sets'.
    cell: the dose without sets, per side or tempo (those have cells of their own), in the
    shorthand `parse_dose` reads: '5', '8 × 5 s hold', '30 s', '400 m'.
    """
    if form == "cell":
        return _cell_dose(item)
    return _handout_dose(item)


def _cell_dose(item: Item) -> str:
    parts: list[str] = []
    if item.reps is not None:
        parts.append(str(item.reps))
    if item.hold_s is not None:
        parts.append(f"{item.hold_s} s hold" if item.reps is not None else f"{item.hold_s} s")
    if item.time_s is not None:
        parts.append(f"{item.time_s} s")
    if item.distance_m is not None:
        parts.append(f"{format_number(item.distance_m)} m")
    return " × ".join(parts)


def _handout_dose(item: Item) -> str:
    def number(value: float) -> str:
        return format_number(value, grouped=True)

    amount = ""
    if item.reps is not None:
        amount = number(item.reps)
    elif item.hold_s is not None:
        amount = f"{number(item.hold_s)} s hold"
    elif item.time_s is not None:
        amount = seconds(item.time_s)
    elif item.distance_m is not None:
        amount = f"{number(item.distance_m)} m"
    if amount:
        parts = [f"{number(item.sets)} × {amount}"]
    else:
        parts = [f"{item.sets} set" + ("" if item.sets == 1 else "s")]
    if item.reps is not None and item.hold_s is not None:
        parts.append(f"{number(item.hold_s)} s hold")
    if item.reps is not None and item.time_s is not None:
        parts.append(seconds(item.time_s))
    if item.per_side:
        parts.append("per side")
    if item.tempo:
        tempo = item.tempo.strip()
        parts.append(f"tempo {tempo if len(tempo) <= 24 else tempo[:23] + '…'}")
    return ", ".join(parts)


_DOSE_PART = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|hold|s\s+hold)?\s*$")
_BARE_NUMBER_FIELD: dict[DoseKind, str] = {
    "hold": "hold_s",
    "time": "time_s",
    "distance": "distance_m",
}


def parse_dose(text: str, dose_kind: DoseKind) -> dict[str, Any] | None:
    """Read "8", "30 s", "8 × 5 s", "400 m" into the four dose fields; None if unreadable.

    A bare number means reps, except for exercises dosed by hold, time or distance.
    """
    fields: dict[str, Any] = dict.fromkeys(DOSE_FIELDS)
    pieces = [piece for piece in re.split(r"[×x*]", text.strip()) if piece.strip()]
    if not pieces or len(pieces) > 2:
        return None
    for piece in pieces:
        match = _DOSE_PART.match(piece.replace("hold", " hold"))
        if match is None:
            return None
        number, unit = match.group(1), (match.group(2) or "").strip()
        if unit == "m":
            target = "distance_m"
        elif unit:
            target = "time_s" if dose_kind == "time" else "hold_s"
        elif len(pieces) == 1 and (bare := _BARE_NUMBER_FIELD.get(dose_kind)) is not None:
            target = bare
        else:
            target = "reps"
        if fields[target] is not None:
            return None
        value = float(number)
        if target != "distance_m":
            if not value.is_integer():
                return None
            fields[target] = int(value)
        else:
            fields[target] = value
    return fields


def parse_whole(value: object) -> int:
    """An int from an int, a whole float or digits; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int):
        return value
    number = float(str(value).strip())
    if not number.is_integer():
        raise ValueError("not a whole number")
    return int(number)


def parse_optional_number(value: object) -> float | None:
    """A number from a number or text ("82,5" too); None for nothing typed; ValueError else."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    if isinstance(value, bool):
        raise ValueError("not a number")
    return float(str(value).strip().replace(",", "."))


# --------------------------------------------------------------------------- ramp-up sets
#
# Ramp-up sets are kept as percentages of the item's load, so they follow the load when it
# rises; people read and type them as loads. The window's cell shows the loads the lifter puts
# on the bar ("32.5×5 · 47.5×3 · 65×2 kg") and its editor reads that same text back: bare
# numbers are loads in the plan's units. A percentage is typed with its sign ("40%×5"). (A
# physio typed "5x5, 8x3" meaning kilograms into an editor that read percent, and got a
# "0 × 5, 0 × 3" ramp printed.)


class RampTextError(ValueError):
    """Typed ramp-up sets that cannot be read, or cannot be: `str(error)` says why."""


#: One ramp-up set as typed: a load (kg or lb, or bare: the plan's units) or a percentage
#: (with %), × or x, the reps.
_RAMP_SET = re.compile(r"(\d+(?:[.,]\d+)?)\s*(%|kg|lb)?\s*[×xX*]\s*(\d+)", re.IGNORECASE)
#: What may stand between two sets: spaces, commas, semicolons, dots or arrows.
_RAMP_GAP = re.compile(r"(?:[\s,;·•|→]|->)*")
#: After a set, the unit may close it, not only the last one: "20×8 · 35×3 kg 45×2" (a set
#: typed after the unit the cell shows) or "20×8 kg, 35×3 kg".
_RAMP_GAP_UNIT = re.compile(r"(?:[\s,;·•|→]|->|(?<![a-z])(?:kg|lb)(?![a-z]))*", re.IGNORECASE)
_RAMP_WORD_UNIT = re.compile(r"(?<![a-z])(kg|lb)(?![a-z])", re.IGNORECASE)
_RAMP_UNIT = re.compile(r"\s*(kg|lb)\s*$", re.IGNORECASE)
_NO_RAMP = frozenset({"", "-", "—", "none"})
#: The percent form, for an exercise with no working load (and in the tool tips).
RAMP_EXAMPLE = "40%×5, 60%×3, 80%×2"


def ramp_text(ramp: Sequence[RampSet]) -> str:
    """Ramp-up sets in the typed percent form, read back by `parse_ramp`: "40%×5, 60%×3"."""
    return ", ".join(f"{step.pct}%×{step.reps}" for step in ramp)


def ramp_example(
    load: float, kind: LoadEquipment | None, units: Units, steps: LoadSteps | None = None
) -> str:
    """The standard ramp (40/60/80 % × 5/3/2) of `load` in the load form a coach types,
    e.g. "32.5×5, 47.5×3, 65×2 kg"."""
    loads = ramp_loads(load, [40, 60, 80], kind, units, steps)
    sets = ", ".join(
        f"{format_number(value)}×{reps}" for value, reps in zip(loads, (5, 3, 2), strict=True)
    )
    return f"{sets} {units}"


def ramp_percent_text(ramp: Sequence[RampSet], separator: str = ", ") -> str:
    """Ramp-up sets in words: "40 % × 5, 60 % × 3, 80 % × 2"."""
    return separator.join(f"{step.pct} % × {step.reps}" for step in ramp)


def ramp_cell_text(
    item: Item,
    kind: LoadEquipment | None,
    units: Units,
    steps: LoadSteps | None = None,
) -> str:
    """What the table shows of an item's ramp-up sets, and what its editor starts from (read
    back by `parse_ramp`): the loads when it has a load ("32×5 · 48×3 · 64×2 kg", rounded to
    what `kind` can load), else the percentages ("40%×5 · 60%×3 · 80%×2"); "" for none."""
    ramp = item.ramp
    if not ramp:
        return ""
    if not item.load:
        return " · ".join(f"{step.pct}%×{step.reps}" for step in ramp)
    loads = ramp_loads(item.load, [step.pct for step in ramp], kind, units, steps)
    sets = " · ".join(
        f"{format_number(load)}×{step.reps}" for load, step in zip(loads, ramp, strict=True)
    )
    return f"{sets} {units}"


def parse_ramp(
    text: str,
    load: float | None = None,
    units: Units = "kg",
    kind: LoadEquipment | None = None,
    steps: LoadSteps | None = None,
    current: Sequence[RampSet] = (),
) -> list[RampSet]:
    """Read typed ramp-up sets; RampTextError, saying why, for what cannot be read or be.

    Loads × reps in the plan's units, as the cell shows them: "32.5×5 · 47.5×3 · 65×2 kg",
    "30x5, 50x3" (bare numbers are `units`), "30 kg × 5"; each becomes the nearest whole
    percentage of the working `load`. Percentages carry their sign: "40%×5, 60%×3". Empty
    text (or "none", "-") is no ramp. The sets must rise, each below the working load, with
    at least one rep, and none may round to 0 at `kind`'s loadable steps (`steps` are the
    plan's own). A typed load equal to what `current` (the item's ramp) shows at the same
    place keeps its percentage, so text committed unchanged changes nothing.
    """
    text = text.strip()
    if text.lower() in _NO_RAMP:
        return []
    typed_units: set[str] = set()
    unit_match = _RAMP_UNIT.search(text)
    if unit_match is not None:
        typed_units.add(unit_match.group(1).lower())
        text = text[: unit_match.start()]
    matches = list(_RAMP_SET.finditer(text))
    ends = [0, *(match.end() for match in matches)]
    starts = [*(match.start() for match in matches), len(text)]
    gaps = [text[end:start] for end, start in zip(ends, starts, strict=True)]
    if not matches or any(
        (_RAMP_GAP if index == 0 else _RAMP_GAP_UNIT).fullmatch(gap) is None
        for index, gap in enumerate(gaps)
    ):
        raise RampTextError(
            f"cannot read {text.strip()!r} as ramp-up sets: write load × reps in {units}, "
            f"e.g. 20×5, 30×3, or percent of the working load, e.g. {RAMP_EXAMPLE}"
        )
    typed_units |= {unit.lower() for gap in gaps[1:] for unit in _RAMP_WORD_UNIT.findall(gap)}
    marks = {(match.group(2) or "").lower() for match in matches}
    if typed_units:
        marks = (marks - {""}) | typed_units
    as_percent = marks == {"%"}
    if not as_percent and "%" in marks:
        raise RampTextError("write ramp-up sets either in percent or in loads, not both")
    if not as_percent:
        if marks - {"", units}:
            raise RampTextError(f"this plan is in {units}: write the ramp-up loads in {units}")
        if not load:
            raise RampTextError(
                f"the exercise has no load yet: give it one, or write the ramp in percent "
                f"of its load ({RAMP_EXAMPLE})"
            )
    if len(matches) > MAX_RAMP_SETS:
        raise RampTextError(
            f"{len(matches)} ramp-up sets; an exercise may have at most {MAX_RAMP_SETS}"
        )
    if as_percent:
        ramp = [_percent_set(match) for match in matches]
    else:
        assert load  # refused above
        shown = ramp_loads(load, [step.pct for step in current], kind, units, steps)
        ramp = _load_sets(matches, load, units, list(zip(shown, current, strict=True)))
    for before, after in pairwise(ramp):
        if after.pct <= before.pct:
            raise RampTextError(
                f"the sets must rise towards the working load: {after.pct} % comes after "
                f"{before.pct} %"
            )
    if load:
        loads = ramp_loads(load, [step.pct for step in ramp], kind, units, steps)
        for step, value, match in zip(ramp, loads, matches, strict=True):
            if value <= 1e-9:
                raise RampTextError(
                    f"{match.group(0).strip()} is {step.pct} % of the working "
                    f"{format_number(load)} {units}, which rounds to 0 {units} at "
                    f"{_step_words(kind, units, steps)}: make it heavier or leave it out"
                )
        if not as_percent:
            _check_loadable(matches, loads, kind, units, steps)
    return ramp


def _check_loadable(
    matches: Sequence[re.Match[str]],
    loads: Sequence[float],
    kind: LoadEquipment | None,
    units: Units,
    steps: LoadSteps | None,
) -> None:
    """Typed loads the equipment cannot tell apart or cannot load are refused, not silently
    changed: 15 kg on a barbell would print as the empty 20 kg bar, and 5 and 6 kg in 2 kg
    dumbbell steps as one 6 kg pair twice."""
    if kind == "barbell":
        bar = EMPTY_BAR[units]
        for match in matches:
            if float(match.group(1).replace(",", ".")) < bar - 1e-9:
                raise RampTextError(
                    f"{match.group(0).strip()}: lighter than the empty barbell "
                    f"({format_number(bar)} {units}); start the ramp-up sets at the bar"
                )
    for (first, second), (a, b) in zip(pairwise(matches), pairwise(loads), strict=True):
        if b <= a + 1e-9:
            raise RampTextError(
                f"{first.group(0).strip()} and {second.group(0).strip()} both load as "
                f"{format_number(b)} {units} at {_step_words(kind, units, steps)}: "
                "make the sets further apart"
            )


def _step_words(kind: LoadEquipment | None, units: Units, steps: LoadSteps | None) -> str:
    """The loadable steps a ramp-up load is rounded to, in words: "dumbbell steps of 2 kg"."""
    if kind == "kettlebell" and not (steps and "kettlebell" in steps):
        return "the kettlebells sold"
    equipment = f"{kind} " if kind is not None else ""
    return f"{equipment}steps of {format_number(load_step(kind, units, steps))} {units}"


def _reps(match: re.Match[str]) -> int:
    reps = int(match.group(3))
    shown = match.group(0).strip()
    if reps < 1:
        raise RampTextError(f"{shown}: a ramp-up set needs at least 1 rep")
    if reps > MAX_NUMBER:
        raise RampTextError(f"{shown}: at most {MAX_NUMBER:,} reps")
    return reps


def _percent_set(match: re.Match[str]) -> RampSet:
    """One set typed as a percentage of the working load ("40%×5")."""
    shown = match.group(0).strip()
    number = float(match.group(1).replace(",", "."))
    if not number.is_integer():
        raise RampTextError(f"{shown}: write the percentage as a whole number")
    if number >= 100:
        raise RampTextError(
            f"{shown}: a ramp-up set must be lighter than the working sets, below 100 %"
        )
    if number < 1:
        raise RampTextError(f"{shown}: a ramp-up set is at least 1 % of the working load")
    return RampSet(pct=int(number), reps=_reps(match))


def _load_sets(
    matches: Sequence[re.Match[str]],
    load: float,
    units: Units,
    current: Sequence[tuple[float, RampSet]],
) -> list[RampSet]:
    """The sets typed as loads in `units`, as percentages of the working `load`; a load that
    `current` shows at the same place keeps the percentage it came from."""
    ramp: list[RampSet] = []
    before: float | None = None
    for index, match in enumerate(matches):
        shown = match.group(0).strip()
        value = float(match.group(1).replace(",", "."))
        if value >= load - 1e-9:
            raise RampTextError(
                f"{shown}: a ramp-up set must be lighter than the working sets, below the "
                f"working {format_number(load)} {units}"
            )
        if value <= 0:
            raise RampTextError(f"{shown}: a ramp-up set needs a load above 0 {units}")
        if before is not None and value <= before + 1e-9:
            raise RampTextError(
                f"the sets must rise towards the working load: {format_number(value)} {units} "
                f"comes after {format_number(before)} {units}"
            )
        before = value
        reps = _reps(match)
        if index < len(current) and abs(current[index][0] - value) < 1e-9:
            percent = current[index][1].pct
        else:
            percent = min(99, max(1, round(value / load * 100)))
        ramp.append(RampSet(pct=percent, reps=reps))
    return ramp
