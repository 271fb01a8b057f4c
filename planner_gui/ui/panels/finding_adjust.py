"""Adjust plan… under the findings: offered while a check-in finding (CK601–CK604) is selected.

It reads the findings panel's current row and asks `domain.checkins.reported` which check-in
the finding is about, so the findings panel itself needs no change (the button puts itself at
the foot of the panel's layout); pressing it emits `adjust_requested` with that check-in's
position, and the Check-ins panel previews the adjustment.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QPushButton

from planner_gui.domain.checkins.reported import checkin_of_finding
from planner_gui.domain.findings import Finding
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.findings_panel import FINDING_ROLE, FindingsPanel

TIP = "Preview easing the next two weeks after the check-in this finding is about"


class FindingAdjustButton(QPushButton):
    """Shown only while the selected finding is about a check-in the plan holds."""

    #: The file position of the check-in to adjust after.
    adjust_requested = Signal(int)

    def __init__(self, panel: FindingsPanel, model: PlanModel) -> None:
        super().__init__("Ad&just plan…", panel)
        layout = panel.layout()
        if isinstance(layout, QBoxLayout):  # below the finding's detail line
            layout.addWidget(self, 0, Qt.AlignmentFlag.AlignRight)
        self.setObjectName("findingAdjustButton")
        self.setToolTip(TIP)
        self.setStatusTip(TIP)
        self._panel = panel
        self._model = model
        self._position: int | None = None
        panel.view.selectionModel().currentChanged.connect(lambda *_: self.update_state())
        # After the panel's own refresh (connected first), which may keep the row selected.
        model.plan_changed.connect(self.update_state)
        self.clicked.connect(lambda _=False: self._clicked())
        self.update_state()

    def finding(self) -> Finding | None:
        found = self._panel.view.currentIndex().siblingAtColumn(0).data(FINDING_ROLE)
        return found if isinstance(found, Finding) else None

    def position(self) -> int | None:
        """The check-in the selected finding is about (None: no such finding selected)."""
        return self._position

    def update_state(self) -> None:
        finding = self.finding()
        self._position = (
            None if finding is None else checkin_of_finding(self._model.program(), finding)
        )
        self.setVisible(self._position is not None)

    def _clicked(self) -> None:
        if self._position is not None:
            self.adjust_requested.emit(self._position)
