"""What the checker reports: a coded finding with its place in the plan."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from planner_gui.domain.vocabulary import BLOCK_TITLES, BlockKind, Day, Severity

SEVERITY_RANK: dict[Severity, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, init=False)
class Finding:
    """One problem found in a plan.

    `week` is 1-based as people count weeks; `session_index` and `item_index` are 0-based
    positions (in `week.sessions` and in the block's `items`) so the editor can select the
    exact row. Fields that do not apply are None.
    """

    code: str
    severity: Severity
    message: str
    week: int | None = None
    day: Day | None = None
    session: str | None = None
    block: BlockKind | None = None
    exercise: str | None = None
    session_index: int | None = None
    item_index: int | None = None

    def __init__(
        self,
        code: str,
        severity: Severity,
        message: str,
        week: int | None = None,
        day: Day | None = None,
        session: str | None = None,
        block: BlockKind | None = None,
        exercise: str | None = None,
        session_index: int | None = None,
        item_index: int | None = None,
    ) -> None:
        # One store instead of the frozen dataclass's ten `object.__setattr__` calls: a check
        # of a year-long plan makes thousands of findings, and this halves their cost.
        object.__setattr__(
            self,
            "__dict__",
            {
                "code": code,
                "severity": severity,
                "message": message,
                "week": week,
                "day": day,
                "session": session,
                "block": block,
                "exercise": exercise,
                "session_index": session_index,
                "item_index": item_index,
            },
        )

    def place(self, *, short: bool = False) -> str:
        """Where the finding points, "" for the whole plan.

        Long form names the exercise (`week 3 · Wed · Lower B · deadlift`), as the CLI prints
        it; the short form names the block instead (`W3 · Wed · Lower B · Main lifts`), for
        narrow columns next to a message that already names the exercise.
        """
        parts: list[str] = []
        if self.week is not None:
            parts.append(f"W{self.week}" if short else f"week {self.week}")
        if self.day is not None:
            parts.append(self.day.capitalize())
        if self.session:
            parts.append(self.session)
        if short and self.block is not None:
            parts.append(BLOCK_TITLES[self.block])
        if not short and self.exercise:
            parts.append(self.exercise)
        return " · ".join(parts)

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape of `planner-gui check --format json` (DESIGN.md)."""
        data = asdict(self)
        return {
            key: data[key]
            for key in (
                "code",
                "severity",
                "week",
                "day",
                "session",
                "block",
                "exercise",
                "message",
            )
        }
