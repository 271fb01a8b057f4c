"""What Print session… and Print week… print: one session, or one week, of a plan.

A part is kept as indices into the plan rather than as a cut-down copy of it, so the handout
of the part keeps the week's number and the session's calendar date exactly as the whole
handout prints them.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.domain.models import Program, Session


@dataclass(frozen=True)
class PrintPart:
    """Week `week` (0-based) of a plan, or only its session `session` (an index in the week)."""

    week: int
    session: int | None = None

    def problem(self, program: Program) -> str | None:
        """Why the part cannot be printed from `program` (None when it can), in words."""
        if not 0 <= self.week < len(program.weeks):
            return "no week is selected"
        sessions = program.weeks[self.week].sessions
        if self.session is not None and not 0 <= self.session < len(sessions):
            return "no session is selected"
        return None

    def sessions(self, program: Program) -> list[tuple[int, Session]]:
        """The part's sessions as (index in the week, session), in the week's order."""
        week = program.weeks[self.week]
        if self.session is None:
            return list(enumerate(week.sessions))
        return [(self.session, week.sessions[self.session])]

    def label(self, program: Program) -> str:
        """What the part is called in messages and file names: "week 3", "week 3, Lower A"."""
        label = f"week {self.week + 1}"
        if self.session is None:
            return label
        session = program.weeks[self.week].sessions[self.session]
        return f"{label}, {session.name.strip() or 'session'}"
