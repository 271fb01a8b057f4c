"""Recording check-ins as operations: add, remove and replace one, each with its inverse.

`planner-gui checkin` appends one with `AddCheckIn`; the window's Check-in dialog and panel
push the same operations as undo commands. Positions are indexes into `Program.checkins`
(the file's order); the panel sorts by date for showing, not in the plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.editing.ops import NameOf
from planner_gui.domain.editing.validation import check_count, check_model
from planner_gui.domain.limits import MAX_CHECKINS
from planner_gui.domain.models import CheckIn, Program


def _label(checkin: CheckIn) -> str:
    return f"check-in of {checkin.date.isoformat()}"


@dataclass(frozen=True)
class AddCheckIn:
    """Insert a check-in at `position` (None: after the last one)."""

    checkin: CheckIn
    position: int | None = None

    def check(self, program: Program) -> None:
        """Refuse a plan past MAX_CHECKINS and a check-in the loader would refuse."""
        count = len(program.checkins)
        check_count(count + 1, MAX_CHECKINS, "check-ins", "a plan", "checkins")
        check_model(self.checkin, f"checkins[{self._index(program)}]")

    def _index(self, program: Program) -> int:
        count = len(program.checkins)
        return count if self.position is None else min(max(self.position, 0), count)

    def apply(self, program: Program) -> RemoveCheckIn:
        self.check(program)
        index = self._index(program)
        program.checkins.insert(index, self.checkin.model_copy(deep=True))
        return RemoveCheckIn(index)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Add {_label(self.checkin)}"


@dataclass(frozen=True)
class RemoveCheckIn:
    position: int

    def check(self, program: Program) -> None:
        """Removing cannot cross a limit: only the check-in must exist."""
        program.checkins[self.position]

    def apply(self, program: Program) -> AddCheckIn:
        self.check(program)
        return AddCheckIn(program.checkins.pop(self.position), self.position)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Remove {_label(program.checkins[self.position])}"


@dataclass(frozen=True)
class ReplaceCheckIn:
    """Put an edited check-in in place of the one at `position`."""

    position: int
    checkin: CheckIn

    def check(self, program: Program) -> None:
        program.checkins[self.position]
        check_model(self.checkin, f"checkins[{self.position}]")

    def apply(self, program: Program) -> ReplaceCheckIn:
        self.check(program)
        old = program.checkins[self.position]
        program.checkins[self.position] = self.checkin.model_copy(deep=True)
        return ReplaceCheckIn(self.position, old)

    def describe(self, program: Program, name_of: NameOf) -> str:
        return f"Edit {_label(program.checkins[self.position])}"
