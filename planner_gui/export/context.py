"""What every part of the handout needs to know while it lays out its flowables."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.domain.poses import pose_for
from planner_gui.export.brand import Brand
from planner_gui.export.illustration import PoseFlowable
from planner_gui.export.styles import Styles

ILLUSTRATION_SIZE = (50.0, 42.0)


@dataclass
class HandoutContext:
    """The program, its catalog (with custom exercises), styles and the frame width."""

    program: Program
    catalog: Catalog
    styles: Styles
    width: float
    height: float
    brand: Brand = field(default_factory=Brand)
    _poses: dict[str, PoseFlowable | None] = field(default_factory=dict)

    @property
    def units(self) -> str:
        return self.program.units

    def illustration(self, exercise_id: str) -> PoseFlowable | None:
        """The exercise's stick figure (one flowable per exercise, reused), or None."""
        if exercise_id not in self._poses:
            pose = pose_for(self.catalog.get(exercise_id))
            self._poses[exercise_id] = (
                None if pose is None else PoseFlowable(pose, exercise_id, *ILLUSTRATION_SIZE)
            )
        return self._poses[exercise_id]
