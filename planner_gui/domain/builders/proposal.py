"""What a builder answers: the items it chose with a reason each, and the operation to apply."""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.builders.request import RoutineKind
from planner_gui.domain.editing.ops import Composite
from planner_gui.domain.models import Item
from planner_gui.domain.vocabulary import BlockKind


@dataclass(frozen=True)
class Choice:
    """One exercise of a routine, dosed, with the one line that says why it was chosen
    (the window shows it as a tooltip and in the preview). `role` is what it covers in the
    routine ("anti-extension", "raise temperature", "rehearse the hinge")."""

    item: Item
    reason: str
    role: str


@dataclass(frozen=True)
class RampChoice:
    """Ramp-up sets a warm-up gives a main lift: the lift's row in the main block, the item
    with its `ramp`, and why."""

    row: int
    item: Item
    reason: str


@dataclass(frozen=True)
class Proposal:
    """A routine as a builder proposes it, before anything in the plan changes.

    `minutes` is the session time estimate of the routine (`domain.timing`): its items, plus
    for a warm-up the ramp-up sets it adds to main lifts; it never exceeds `budget`. `notes`
    say what the builder could not do as usual (no ramp-up sets for lack of time).
    """

    kind: RoutineKind
    block: BlockKind
    choices: tuple[Choice, ...]
    minutes: float
    budget: float
    ramps: tuple[RampChoice, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def items(self) -> list[Item]:
        return [choice.item for choice in self.choices]

    @property
    def reasons(self) -> list[str]:
        return [choice.reason for choice in self.choices]

    @property
    def exercise_ids(self) -> list[str]:
        return [choice.item.exercise for choice in self.choices]


@dataclass(frozen=True)
class BuiltRoutine:
    """A proposal and the operation that applies it to the session it was built for: one
    composite that replaces the block's items (and sets the ramp-up sets of a warm-up), so it
    is one undo step."""

    proposal: Proposal
    operation: Composite
