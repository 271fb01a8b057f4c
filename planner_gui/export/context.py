"""What every part of the handout needs to know while it lays out its flowables."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Program
from planner_gui.export.brand import Brand
from planner_gui.export.illustration import PoseFlowable
from planner_gui.export.options import HandoutOptions
from planner_gui.export.styles import Styles
from planner_gui.figures.lookup import pose_for

#: The small figure of a full-layout table row (about 13 mm wide): a reminder beside the
#: cues; the compact layout's exercise guide draws its own large figures.
ILLUSTRATION_SIZE = (38.0, 34.0)


@dataclass
class HandoutContext:
    """The program, its catalog (with custom exercises), styles and the frame width."""

    program: Program
    catalog: Catalog
    styles: Styles
    width: float
    height: float
    brand: Brand = field(default_factory=Brand)
    options: HandoutOptions = field(default_factory=HandoutOptions)
    _poses: dict[str, PoseFlowable | None] = field(default_factory=dict)
    _paragraphs: dict[tuple[str, str], Paragraph] = field(default_factory=dict)

    @property
    def units(self) -> str:
        return self.program.units

    def fixed_paragraph(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of text that repeats on every session page, parsed once per export.

        Each call returns a shallow copy, so every place in the story has its own layout
        state while the parsed text is shared.
        """
        key = (markup, style.name)
        parsed = self._paragraphs.get(key)
        if parsed is None:
            parsed = self._paragraphs[key] = Paragraph(markup, style)
        return copy.copy(parsed)

    def illustration(self, exercise_id: str) -> PoseFlowable | None:
        """The exercise's stick figure (one flowable per exercise, reused), or None."""
        if exercise_id not in self._poses:
            pose = pose_for(self.catalog.get(exercise_id))
            self._poses[exercise_id] = (
                None if pose is None else PoseFlowable(pose, exercise_id, *ILLUSTRATION_SIZE)
            )
        return self._poses[exercise_id]
