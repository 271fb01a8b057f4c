"""What a block is called where it is printed: its kind's title, unless its contents say more.

A `main` block is where a session's central work goes, and that is not always lifting: an
easy-walk day keeps its walk in the main block. Calling a walk "Main lifts" tells the athlete
to expect a barbell, so the title follows what the block holds:

- every item a conditioning exercise (a walk, a ride): "Conditioning";
- every item a strength exercise: "Main lifts";
- anything else (lifts with a walk, a drill, an exercise the catalog does not know): "Main work".

The other kinds hold what their name says and keep their title.
"""

from __future__ import annotations

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Block
from planner_gui.domain.vocabulary import BLOCK_TITLES

MAIN_LIFTS = BLOCK_TITLES["main"]
MAIN_WORK = "Main work"
CONDITIONING = "Conditioning"


def block_title(block: Block, catalog: Catalog) -> str:
    """The heading of `block` for what it holds (see the module's rule)."""
    if block.kind != "main" or not block.items:
        return BLOCK_TITLES[block.kind]
    categories = set()
    for item in block.items:
        exercise = catalog.get(item.exercise)
        categories.add(exercise.category if exercise is not None else None)
    if categories == {"conditioning"}:
        return CONDITIONING
    if categories == {"strength"}:
        return MAIN_LIFTS
    return MAIN_WORK
