"""The session time estimate as the editor shows it: "≈ 52 min estimated", and whether it runs
past the planned minutes by more than the session-time rule (TI701) allows.

The estimate is `domain.timing.session_minutes`, the one the checker uses; the allowance is
read from the rule table with the plan's own settings, so the mark beside the minutes and the
finding in the issues panel always agree. No Qt here: the session fields and the day cards
both word it from this.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import floor

from planner_gui.domain.models import Program, Session
from planner_gui.domain.rules.codes import SESSION_TOO_LONG
from planner_gui.domain.rules.wording import above
from planner_gui.domain.timing import session_minutes

HOW_ESTIMATED = (
    "Estimated from the exercises: reps at 4 s each (or the tempo), holds and times as "
    "written, per side doubled, the rests between sets, ramp-up sets, and 30 s to set up "
    "each exercise."
)


@dataclass(frozen=True)
class SessionEstimate:
    """A session's estimated minutes against its planned ones."""

    minutes: float
    planned: int | None
    #: The session-time rule's allowance over the planned minutes, in percent.
    limit_pct: float
    #: Whether the estimate runs past the allowance (and the rule is on).
    too_long: bool

    @property
    def shown_minutes(self) -> int:
        """Whole minutes, rounded as the checker's finding rounds them."""
        return floor(self.minutes + 0.5)

    @property
    def over_pct(self) -> float | None:
        """How far past the planned minutes the estimate runs, in percent (None: unplanned)."""
        if not self.planned:
            return None
        return (self.minutes - self.planned) / self.planned * 100

    def text(self) -> str:
        """ "≈ 52 min estimated" ("" for a session with no exercises)."""
        if self.minutes <= 0:
            return ""
        return f"≈ {self.shown_minutes} min estimated"

    def tip(self) -> str:
        """What the estimate counts and, when it runs long, by how much."""
        if self.minutes <= 0:
            return "No exercises yet: nothing to estimate."
        over = self.over_pct
        if self.too_long and over is not None:
            return (
                f"About {self.shown_minutes} min: {over:.0f} % more than the {self.planned} min "
                f"planned, past the {self.limit_pct:g} % the session-time guideline allows. "
                "Shorten rests, drop an exercise, or plan more minutes. " + HOW_ESTIMATED
            )
        return HOW_ESTIMATED


def estimate(program: Program, session: Session) -> SessionEstimate:
    """`session`'s estimate with the plan's settings of the session-time rule."""
    minutes = session_minutes(session)
    limit = SESSION_TOO_LONG.settings(program.rules).limit_pct
    planned = session.duration_min
    too_long = bool(
        planned
        and minutes > 0
        and SESSION_TOO_LONG.enabled(program.rules)
        and above((minutes - planned) / planned * 100, limit)
    )
    return SessionEstimate(minutes, planned, limit, too_long)
