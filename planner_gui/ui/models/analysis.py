"""The plan's metrics and findings, computed once per plan revision and shared by the views.

The findings panel and the load chart both need `program_metrics` after every edit; on a
year-long plan that is a third of the check's cost. One PlanAnalysis per PlanModel (a child
object of the model, made on first use by `analysis_for`) works them out lazily and keeps them
until the next plan_changed, so each edit pays for them once whoever asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from planner_gui.domain.catalog import Catalog, catalog_for_plan
from planner_gui.domain.checker import check_program
from planner_gui.domain.findings import Finding
from planner_gui.domain.metrics import ProgramMetrics, program_metrics
from planner_gui.domain.rules.context import CheckContext
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.settings import brand, brand_notifier

OBJECT_NAME = "planAnalysis"


class PlanAnalysis(QObject):
    """Lazily computed metrics, comparisons and findings of the model's current plan.

    Connects to plan_changed when made, so it is told of an edit before any view that asks
    for it afterwards (Qt calls slots in the order they were connected).
    """

    #: The findings were dropped because the clinic's wording changed (CK601 speaks in it);
    #: views that show findings ask for them again.
    wording_changed = Signal()

    def __init__(self, model: PlanModel) -> None:
        super().__init__(model)
        self.setObjectName(OBJECT_NAME)
        self._model = model
        self._revision = 0
        self._catalog: Catalog | None = None
        self._metrics: ProgramMetrics | None = None
        self._comparisons: list[tuple[int, int]] | None = None
        self._findings: list[Finding] | None = None
        model.plan_changed.connect(self._plan_changed)
        brand_notifier().brand_changed.connect(self._brand_changed)

    def _brand_changed(self) -> None:
        self._revision += 1
        self._findings = None
        self.wording_changed.emit()

    def _plan_changed(self) -> None:
        self._revision += 1
        self._catalog = None
        self._metrics = None
        self._comparisons = None
        self._findings = None

    def revision(self) -> int:
        """Counts plan_changed signals: views compare it with the revision they show."""
        return self._revision

    def catalog(self) -> Catalog:
        """The model's catalog plus any plan exercise it lacks: what the checker reads."""
        if self._catalog is None:
            self._catalog = catalog_for_plan(self._model.catalog(), self._model.program())
        return self._catalog

    def metrics(self) -> ProgramMetrics:
        """program_metrics of the current plan, the same numbers the checker uses."""
        if self._metrics is None:
            self._metrics = program_metrics(self._model.program(), self.catalog())
        return self._metrics

    def comparisons(self) -> list[tuple[int, int]]:
        """(earlier, later) weeks the week-over-week rules compare (deloads skipped)."""
        if self._comparisons is None:
            context = CheckContext(self._model.program(), self.catalog(), self.metrics())
            self._comparisons = context.comparisons
        return self._comparisons

    def findings(self) -> list[Finding]:
        """check_program's findings for the current plan (do not change the list)."""
        if self._findings is None:
            # CK601 tells the athlete what to do in the clinic's words, as the handout does.
            self._findings = check_program(
                self._model.program(),
                self._model.catalog(),
                metrics=self.metrics(),
                wording=brand().safety,
            )
        return self._findings


def analysis_for(model: PlanModel) -> PlanAnalysis:
    """The model's shared PlanAnalysis, made on first use."""
    found = model.findChild(PlanAnalysis, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, PlanAnalysis) else PlanAnalysis(model)
