"""Edits of the whole program: its title, athlete and start date, units, rule settings and the
load steps of the athlete's equipment."""

from __future__ import annotations

from typing import Any, cast

from planner_gui.domain.editing.ops import EditProgram, ProgramField
from planner_gui.domain.editing.transforms import convert_units
from planner_gui.domain.vocabulary import LoadEquipment, Units
from planner_gui.ui.models.undo import EditTarget, OperationCommand


class SetProgramMetadataCommand(OperationCommand):
    """Change the title, athlete or start date of the program."""

    def __init__(self, model: EditTarget, **changes: Any) -> None:
        unknown = set(changes) - {"title", "athlete", "start_date"}
        if unknown:
            raise ValueError(f"not program metadata: {', '.join(sorted(unknown))}")
        super().__init__(model, EditProgram(cast(dict[ProgramField, Any], changes)))


class SetUnitsCommand(OperationCommand):
    """Switch the plan between kg and lb, converting every load (rounded to 0.25 kg / 0.5 lb)."""

    def __init__(self, model: EditTarget, units: Units) -> None:
        super().__init__(model, convert_units(model.program(), units))
        self.setObsolete(units == model.program().units)


class SetRuleSettingsCommand(OperationCommand):
    """Replace the plan's rule settings (thresholds and which rules are on)."""

    def __init__(self, model: EditTarget, rules: dict[str, dict[str, bool | float]]) -> None:
        super().__init__(model, EditProgram({"rules": rules}))


class SetLoadStepsCommand(OperationCommand):
    """Replace the plan's own load steps (per kind of equipment, in the plan's units; a kind
    left out loads in the usual steps)."""

    def __init__(self, model: EditTarget, load_steps: dict[LoadEquipment, float]) -> None:
        super().__init__(model, EditProgram({"load_steps": load_steps}))
