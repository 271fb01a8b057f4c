"""Whether a fix keeps its promise: the finding gone, and nothing new found in its place.

A fix must never trade one finding for another (a core routine at a dose that outpaces the
next week's is PO104 and PO108 instead of BA401), and the checker is what the product's claim
rests on, so a candidate edit is applied to a copy of the plan and checked as a whole. A
finding counts as the same when it has the same rule, severity and place (its numbers may
change with the edit, as a week's load does).
"""

from __future__ import annotations

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.editing.ops import Operation
from planner_gui.domain.editing.validation import EditRefused
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program

FindingKey = tuple[object, ...]


def finding_key(finding: Finding) -> FindingKey:
    """What makes a finding the same one after an edit: rule, severity and place."""
    return (
        finding.code,
        finding.severity,
        finding.week,
        finding.session_index,
        finding.block,
        finding.item_index,
        finding.exercise,
    )


class Trial:
    """Trying edits for `finding` on `program`: the plan's findings are checked once, each
    candidate on a copy (`program` is never changed)."""

    def __init__(self, finding: Finding, program: Program, catalog: Catalog) -> None:
        self.finding = finding
        self.program = program
        self.catalog = catalog
        self.before = {finding_key(found) for found in check_program(program, catalog)}

    def clean(self, operation: Operation) -> bool:
        """Whether `operation` clears the finding (no finding of its rule left in its week, or
        its session for a session's finding) and brings no finding the plan did not have."""
        trial = self.program.model_copy(deep=True)
        try:
            operation.apply(trial)
        except EditRefused:
            return False
        after = check_program(trial, self.catalog)
        finding = self.finding
        if any(
            found.code == finding.code
            and found.week == finding.week
            and (finding.session_index is None or found.session_index == finding.session_index)
            for found in after
        ):
            return False
        return all(finding_key(found) in self.before for found in after)
