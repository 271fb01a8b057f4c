"""Where a rule's check puts its findings: a reporter bound to one rule and one plan.

The reporter knows the rule's code, default severity, escalation and the plan's effective
thresholds, so a check says only what it found and where (`report.add(message, week_index=2)`),
and reads its thresholds as typed attributes (`report.settings.limit_pct`). A check never names
a severity: it asks for the table's escalated one, or for one step milder (`softened`), when the
finding matters more or less than usual.
"""

from __future__ import annotations

from typing import Generic

from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program
from planner_gui.domain.rules.codes import RuleCode, T
from planner_gui.domain.rules.context import Place, SessionFacts, Spot
from planner_gui.domain.vocabulary import BlockKind, Day, Severity

#: One step milder: what `softened` turns each severity into.
MILDER: dict[Severity, Severity] = {"error": "warning", "warning": "info", "info": "info"}


class Reporter(Generic[T]):
    """Collects one rule's findings on one plan, in the order the check reports them."""

    __slots__ = ("_escalated", "_program", "_severity", "code", "findings", "settings")

    def __init__(self, rule: RuleCode[T], settings: T, program: Program) -> None:
        self.code = rule.code
        self.settings = settings
        self.findings: list[Finding] = []
        self._program = program
        self._severity: Severity = rule.severity
        self._escalated: Severity | None = (
            None if rule.escalates is None else rule.escalates.severity
        )

    def _escalated_severity(self) -> Severity:
        if self._escalated is None:
            raise ValueError(f"{self.code} has no escalation in the rule table")
        return self._escalated

    def add(
        self,
        message: str,
        *,
        week_index: int | None = None,
        session_index: int | None = None,
        block: BlockKind | None = None,
        item_index: int | None = None,
        exercise: str | None = None,
        day: Day | None = None,
        escalated: bool = False,
        softened: bool = False,
    ) -> None:
        """Report a finding; day and session name come from the indexes when both are given.

        `escalated` gives the finding the table's escalated severity instead of the default;
        asking for it on a rule without an escalation is a programming error. `softened` makes
        the finding one step milder than it would be (an error a warning, a warning info).
        """
        severity = self._escalated_severity() if escalated else self._severity
        if softened:
            severity = MILDER[severity]
        name = None
        if week_index is not None and session_index is not None:
            session = self._program.weeks[week_index].sessions[session_index]
            day, name = session.day, session.name
        # Positional, in Finding's field order: a big plan's check makes thousands of these.
        self.findings.append(
            Finding(
                self.code,
                severity,
                message,
                None if week_index is None else week_index + 1,
                day,
                name,
                block,
                exercise,
                session_index,
                item_index,
            )
        )

    def at_session(self, message: str, week_index: int, session_index: int) -> None:
        """Report a finding on one session of week `week_index` (`add`, without keywords)."""
        session = self._program.weeks[week_index].sessions[session_index]
        self.findings.append(
            Finding(
                self.code,
                self._severity,
                message,
                week_index + 1,
                session.day,
                session.name,
                None,
                None,
                session_index,
                None,
            )
        )

    def on_session(self, message: str, facts: SessionFacts) -> None:
        """`at_session` for the session `facts` describes, with the day and name it holds (for
        rules that report a year's sessions one by one)."""
        self.findings.append(
            Finding(
                self.code,
                self._severity,
                message,
                facts.week_index + 1,
                facts.day,
                facts.name,
                None,
                None,
                facts.session_index,
                None,
            )
        )

    def at_item(
        self,
        message: str,
        week_index: int,
        spot: Spot,
        *,
        escalated: bool = False,
        softened: bool = False,
    ) -> None:
        """Report a finding on one item of week `week_index`, found by its place and exercise."""
        ref, exercise_id = spot
        severity = self._escalated_severity() if escalated else self._severity
        if softened:
            severity = MILDER[severity]
        session = self._program.weeks[week_index].sessions[ref.session_index]
        # Positional, in Finding's field order: a big plan's check makes thousands of these.
        self.findings.append(
            Finding(
                self.code,
                severity,
                message,
                week_index + 1,
                session.day,
                session.name,
                ref.block,
                exercise_id,
                ref.session_index,
                ref.item_index,
            )
        )

    def at_place(self, message: str, facts: SessionFacts, place: Place) -> None:
        """Report a finding on the item at `place` of the session `facts` describes (`at_item`
        with the default severity, for rules that report hundreds of items of a year's plan:
        it takes the day and name from the session it is given)."""
        kind, index, exercise_id = place
        self.findings.append(
            Finding(
                self.code,
                self._severity,
                message,
                facts.week_index + 1,
                facts.day,
                facts.name,
                kind,
                exercise_id,
                facts.session_index,
                index,
            )
        )
