"""The standard ramp-up sets a coach adds to a heavy lift in one action.

Three lighter sets of the same lift, 40 %, 60 % and 80 % of the working load for 5, 3 and 2
reps: the jumps shrink and the reps fall as the load nears the working weight, so the
pattern and the bracing are grooved without tiring the lifter before the work sets. It is
the ramp the checker suggests (WU304); typing other sets into the Ramp cell changes it.
"""

from __future__ import annotations

from planner_gui.domain.editing.ops import ReplaceItem
from planner_gui.domain.editing.paths import ItemPath, item_at
from planner_gui.domain.models import Item, Program, RampSet

#: (percent of the working load, reps) of each standard ramp-up set, lightest first.
STANDARD_RAMP: tuple[tuple[int, int], ...] = ((40, 5), (60, 3), (80, 2))


def standard_ramp() -> list[RampSet]:
    """A fresh list of the standard ramp-up sets (callers may keep or change it)."""
    return [RampSet(pct=pct, reps=reps) for pct, reps in STANDARD_RAMP]


def takes_standard_ramp(item: Item) -> bool:
    """Whether adding the standard ramp to `item` changes anything and makes sense: it is
    done in reps (a ramp of a plank hold means nothing) and does not have it already."""
    return item.reps is not None and item.ramp != standard_ramp()


def add_standard_ramp(program: Program, path: ItemPath) -> ReplaceItem | None:
    """The edit that gives the item at `path` the standard ramp-up sets (replacing any it
    has); None when it would not take them (see `takes_standard_ramp`)."""
    item = item_at(program, path)
    if not takes_standard_ramp(item):
        return None
    return ReplaceItem(path, item.model_copy(update={"ramp": standard_ramp()}))
