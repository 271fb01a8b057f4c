"""What the equipment at hand allows: which exercises can be done, and how their load rises.

An exercise's `equipment` lists what it needs, all of it, except that pieces which stand in
for each other count once: "dumbbell, kettlebell" (a light carry, a goblet squat) needs one
pair of hand weights, "cable, band" (a Pallof press) one source of line resistance. Bodyweight,
a mat and the floor are always at hand.

Presets name the usual set-ups so a coach need not list every piece: `none` (bodyweight
only), `bands`, `dumbbells` (a pair of adjustable dumbbells and a bench) and `gym` (every piece
the catalog names).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from difflib import get_close_matches

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise
from planner_gui.domain.units import load_equipment
from planner_gui.domain.vocabulary import LoadEquipment

#: Needs nothing the athlete must bring.
ALWAYS_AT_HAND = frozenset({"none", "mat", "floor"})
#: Pieces that stand in for each other when an exercise lists more than one of them.
INTERCHANGEABLE: tuple[frozenset[str], ...] = (
    frozenset({"dumbbell", "kettlebell"}),
    frozenset({"cable", "band"}),
)
#: The preset that means every piece the catalog names.
GYM = "gym"
PRESETS: Mapping[str, frozenset[str]] = {
    "none": frozenset(),
    "bands": frozenset({"band", "mini-band"}),
    "dumbbells": frozenset({"dumbbell", "bench"}),
}
PRESET_HELP: Mapping[str, str] = {
    "none": "bodyweight only (a mat and the floor are always at hand)",
    "bands": "a long resistance band and a mini-band",
    "dumbbells": "a pair of adjustable dumbbells and a bench",
    GYM: "a full gym: every piece of equipment the catalog names",
}


class UnknownEquipmentError(ValueError):
    """A name that is neither a preset nor a piece of equipment in the catalog."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        close = get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        super().__init__(
            f"{name!r} is not a piece of equipment in the catalog nor a preset{hint}; "
            f"presets: {', '.join([*PRESETS, GYM])}"
        )


def catalog_equipment(catalog: Catalog) -> frozenset[str]:
    """Every piece of equipment some exercise of `catalog` needs."""
    return frozenset(piece for exercise in catalog for piece in exercise.equipment)


def resolve_equipment(names: Iterable[str], catalog: Catalog) -> frozenset[str]:
    """The pieces at hand for `names`, a mix of presets and catalog names ("dumbbells,band").

    Raises UnknownEquipmentError for a name that is neither.
    """
    known = catalog_equipment(catalog)
    at_hand: set[str] = set()
    for raw in names:
        name = raw.strip().lower()
        if not name:
            continue
        if name == GYM:
            at_hand |= known
        elif name in PRESETS:
            at_hand |= PRESETS[name]
        elif name in known or name in ALWAYS_AT_HAND:
            at_hand.add(name)
        else:
            raise UnknownEquipmentError(name, [*known, *PRESETS, GYM])
    return frozenset(at_hand - ALWAYS_AT_HAND)


def usable(exercise: Exercise, at_hand: frozenset[str]) -> bool:
    """Whether `exercise` can be done with `at_hand` (see the module docstring)."""
    needed = set(exercise.equipment) - ALWAYS_AT_HAND
    if not needed:
        return True
    for group in INTERCHANGEABLE:
        listed = needed & group
        if listed:
            if not listed & at_hand:
                return False
            needed -= listed
    return needed <= at_hand


def load_kind(exercise: Exercise, at_hand: frozenset[str]) -> LoadEquipment | None:
    """How the load of `exercise` rises with what is at hand (dumbbell pairs, kettlebells...);
    None when it takes no load (bodyweight, a band)."""
    return load_equipment(piece for piece in exercise.equipment if piece in at_hand)


def needs_a_load(exercise: Exercise, at_hand: frozenset[str]) -> bool:
    """Whether the exercise, done with `at_hand`, means little without a weight to lift: a
    loaded exercise whose load comes from plates, dumbbells or bells (a band's or a cable
    stack's light resistance a routine can leave to the athlete)."""
    kind = load_kind(exercise, at_hand)
    return exercise.loaded and kind is not None and kind != "cable"
