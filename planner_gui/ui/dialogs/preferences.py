"""Preferences: what belongs to the user lives in QSettings, what belongs to the plan in the plan.

Units, the load steps of the athlete's equipment and rule settings change the plan, so the
dialog applies them as undo commands (SetUnitsCommand, SetLoadStepsCommand,
SetRuleSettingsCommand); the first day of the week, the page size and the coach's brand are
the user's and go to QSettings (see ui/settings.py).
"""

from __future__ import annotations

from html import escape
from typing import cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.notation import format_number
from planner_gui.domain.rules import all_rules
from planner_gui.domain.rules.settings import ENABLED, resolve_settings
from planner_gui.domain.units import KETTLEBELLS, LOAD_STEPS, convert_step
from planner_gui.domain.vocabulary import DAY_NAMES, DAYS, LOAD_EQUIPMENT, LoadEquipment, Units
from planner_gui.ui.commands.program import (
    SetLoadStepsCommand,
    SetRuleSettingsCommand,
    SetUnitsCommand,
)
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.settings import (
    BRAND_CONTACT_KEY,
    BRAND_LOGO_KEY,
    BRAND_NAME_KEY,
    FIRST_DAY_KEY,
    PAGE_SIZE_KEY,
    PAGE_SIZES,
    first_day,
    page_size,
)

RulesSection = dict[str, dict[str, bool | float]]


def rules_section_from(
    enabled: dict[str, bool], values: dict[str, dict[str, float]]
) -> RulesSection:
    """The plan's `rules` section: only what differs from the registry's defaults."""
    section: RulesSection = {}
    for known in all_rules():
        entry: dict[str, bool | float] = {}
        if not enabled.get(known.code, True):
            entry[ENABLED] = False
        for name, default in known.thresholds.items():
            value = values.get(known.code, {}).get(name, default)
            if abs(value - default) > 1e-9:
                entry[name] = value
        if entry:
            section[known.code] = entry
    return section


def _setting_label(name: str) -> str:
    for suffix, unit in (("_pct", " (%)"), ("_kg", " (kg)"), ("_s", " (s)")):
        if name.endswith(suffix):
            name = name.removesuffix(suffix) + unit
    words = name.replace("_", " ")
    return words[:1].upper() + words[1:]


def _decimals(name: str) -> int:
    """Ratios need hundredths, percentages and RPE a tenth; counts and kilos whole numbers."""
    if "ratio" in name or name == "limit":
        return 2
    if name.endswith("_pct") or "rpe" in name:
        return 1
    return 0


#: How each kind of equipment is named beside its load step.
LOAD_STEP_LABELS: dict[LoadEquipment, str] = {
    "barbell": "Barbell (smallest pair of plates):",
    "dumbbell": "Dumbbells (next pair on the rack):",
    "kettlebell": "Kettlebells:",
    "cable": "Cable stack:",
    "machine": "Machines (pin stack, leg press):",
}
#: Largest load step the dialog takes, in either unit.
MAX_LOAD_STEP = 100.0


def usual_step_text(kind: LoadEquipment, units: Units) -> str:
    """The usual step of `kind`: "2.5 kg", or for kettlebells "bells as sold: 8, 12 … kg"."""
    if kind == "kettlebell":
        bells = ", ".join(format_number(bell) for bell in KETTLEBELLS[units][2:6])
        return f"bells as sold: {bells} … {units}"
    return f"{format_number(LOAD_STEPS[kind][units])} {units}"


def default_step_text(kind: LoadEquipment, units: Units) -> str:
    """What a load step spin box shows at 0, which means the usual step: "Default (2.5 kg)"."""
    return f"Default ({usual_step_text(kind, units)})"


# The dialog -----------------------------------------------------------------------------


class PreferencesDialog(QDialog):
    """Edit → Preferences…: General, Load steps, Handout and Rules pages; OK applies everything."""

    def __init__(self, model: PlanModel, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAccessibleName("Preferences")
        self.setWindowTitle("Preferences")
        self._model = model
        self._stack = undo_stack
        settings = QSettings()

        self.units = QComboBox(self)
        self.units.setObjectName("unitsCombo")
        self.units.setAccessibleName("Units")
        self.units.setToolTip("Converts every load in this plan; undo with Ctrl+Z")
        self.units.addItem("Kilograms (kg)", "kg")
        self.units.addItem("Pounds (lb)", "lb")
        self.units.setCurrentIndex(self.units.findData(model.program().units))

        self.first_day = QComboBox(self)
        self.first_day.setObjectName("firstDayCombo")
        self.first_day.setAccessibleName("First day of the week")
        self.first_day.setToolTip("The day new blank plans start on, so their weeks begin with it")
        for day in DAYS:
            self.first_day.addItem(DAY_NAMES[day], day)
        self.first_day.setCurrentIndex(self.first_day.findData(first_day()))

        self.page_size = QComboBox(self)
        self.page_size.setObjectName("pageSizeCombo")
        self.page_size.setAccessibleName("Default page size")
        self.page_size.setToolTip("Paper size of exported and printed handouts")
        for key, label in PAGE_SIZES.items():
            self.page_size.addItem(label, key)
        self.page_size.setCurrentIndex(self.page_size.findData(page_size()))

        general = QWidget(self)
        general_form = QFormLayout(general)
        general_form.addRow("&Units of this plan:", self.units)
        general_form.addRow("&First day of the week:", self.first_day)
        general_form.addRow("Default &page size:", self.page_size)
        general_note = QLabel(
            "Units belong to the plan: changing them converts every load, and Edit ▸ Undo "
            "changes them back. The first day of the week and the page size are your own "
            "settings. New blank plans start on your first day of the week; the day view "
            "shows each plan's weeks from its start date's weekday, so dates stay in order.",
            self,
        )
        general_note.setWordWrap(True)
        general_form.addRow(general_note)

        self.brand_name = QLineEdit(str(settings.value(BRAND_NAME_KEY, "") or ""), self)
        self.brand_name.setObjectName("brandName")
        self.brand_name.setAccessibleName("Coach or clinic name")
        self.brand_name.setPlaceholderText("e.g. Northside Physio")
        self.brand_contact = QLineEdit(str(settings.value(BRAND_CONTACT_KEY, "") or ""), self)
        self.brand_contact.setObjectName("brandContact")
        self.brand_contact.setAccessibleName("Contact line")
        self.brand_contact.setPlaceholderText("Phone, e-mail or address")
        self.brand_logo = QLineEdit(str(settings.value(BRAND_LOGO_KEY, "") or ""), self)
        self.brand_logo.setObjectName("brandLogo")
        self.brand_logo.setAccessibleName("Logo file")
        self.brand_logo.setPlaceholderText("No logo")
        browse = QPushButton("&Browse…", self)
        browse.setToolTip("Choose a PNG or JPEG logo for the handout cover")
        browse.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.brand_logo, 1)
        logo_row.addWidget(browse)
        handout = QWidget(self)
        handout_form = QFormLayout(handout)
        handout_form.addRow("Coach or clinic &name:", self.brand_name)
        handout_form.addRow("&Contact line:", self.brand_contact)
        logo_label = QLabel("&Logo:", self)
        logo_label.setBuddy(self.brand_logo)
        handout_form.addRow(logo_label, logo_row)
        note = QLabel("Shown on the handout's cover and footer. Leave empty for none.", self)
        note.setWordWrap(True)
        handout_form.addRow(note)

        self.rules = QTreeWidget(self)
        self.rules.setObjectName("rulesTree")
        self.rules.setAccessibleName("Rules and thresholds")
        self.rules.setHeaderLabels(["Rule", "Value"])
        self.rules.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rules.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rules.header().setStretchLastSection(False)
        self._rule_items: dict[str, QTreeWidgetItem] = {}
        self._spins: dict[str, dict[str, QDoubleSpinBox]] = {}
        self._fill_rules()
        reset = QPushButton("&Reset rules to defaults", self)
        reset.setObjectName("resetRules")
        reset.setToolTip("Switch every rule on with its default thresholds")
        reset.clicked.connect(self.reset_rules)
        rules_page = QWidget(self)
        rules_layout = QVBoxLayout(rules_page)
        explain = QLabel(
            "Rule settings are saved in the plan. The limits are guidelines, not laws: "
            "adjust them to the athlete with their coach or physio.",
            self,
        )
        explain.setWordWrap(True)
        rules_layout.addWidget(explain)
        rules_layout.addWidget(self.rules, 1)
        rules_layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(general, "&General")
        self.tabs.addTab(self._load_steps_page(), "Load &steps")
        self.tabs.addTab(handout, "&Handout")
        self.tabs.addTab(rules_page, "&Rules")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _load_steps_page(self) -> QWidget:
        """One spin box per kind of equipment, in the plan's units; 0 shows "Default"."""
        page = QWidget(self)
        form = QFormLayout(page)
        explain = QLabel(
            "The smallest jump in load the athlete's equipment allows, saved in the plan. "
            "Copying a week forward rounds raised loads to these steps, ramp-up sets are shown "
            "in them, and the load-rise check accepts a rise of one step. Leave a kind at "
            "Default (0) for the usual step; set your gym's own, e.g. 1 kg dumbbells or "
            "fractional plates.",
            self,
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self._step_units: Units = self._model.program().units
        self._step_spins: dict[LoadEquipment, QDoubleSpinBox] = {}
        own = self._model.program().load_steps
        for kind in LOAD_EQUIPMENT:
            spin = QDoubleSpinBox(page)
            spin.setObjectName(f"loadStep.{kind}")
            spin.setAccessibleName(f"Load step of {kind} equipment")
            spin.setRange(0.0, MAX_LOAD_STEP)
            spin.setDecimals(2)
            spin.setMinimumWidth(220)
            spin.setValue(own.get(kind, 0.0))
            self._step_spins[kind] = spin
            form.addRow(LOAD_STEP_LABELS[kind], spin)
        self._label_steps()
        self.units.currentIndexChanged.connect(self._units_chosen)
        return page

    def _label_steps(self) -> None:
        units = self._step_units
        for kind, spin in self._step_spins.items():
            spin.setSuffix(f" {units}")
            spin.setSingleStep(0.5 if units == "kg" else 1.0)
            spin.setSpecialValueText(default_step_text(kind, units))
            spin.setToolTip(
                f"The smallest {kind} jump, in {units}; at 0 (Default) the usual: "
                f"{usual_step_text(kind, units)}"
            )

    def _units_chosen(self, _row: int) -> None:
        """Steps are in the plan's units: a change of units converts them, as the plan will."""
        units = cast(Units, self.units.currentData())
        if units == self._step_units:
            return
        for spin in self._step_spins.values():
            if spin.value() > 0:
                spin.setValue(convert_step(spin.value(), self._step_units, units))
        self._step_units = units
        self._label_steps()

    def load_step(self, kind: LoadEquipment) -> QDoubleSpinBox:
        return self._step_spins[kind]

    def load_steps(self) -> dict[LoadEquipment, float]:
        """The plan's own load steps as the dialog shows them (Default kinds left out)."""
        return {kind: spin.value() for kind, spin in self._step_spins.items() if spin.value() > 0}

    def _fill_rules(self) -> None:
        effective = resolve_settings(self._model.program().rules)
        for known in all_rules():
            item = QTreeWidgetItem(self.rules, [f"{known.code}  {known.title}", ""])
            item.setToolTip(
                0, f"<b>{known.code} {escape(known.title)}</b><p>{escape(known.rationale)}</p>"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = effective[known.code].enabled
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._rule_items[known.code] = item
            self._spins[known.code] = {}
            for spec in known.info.threshold_specs:
                name = spec.name
                child = QTreeWidgetItem(item, [_setting_label(name), ""])
                spin = QDoubleSpinBox(self.rules)
                spin.setObjectName(f"{known.code}.{name}")
                spin.setAccessibleName(f"{known.code} {_setting_label(name)}")
                spin.setRange(0.0, 100_000.0)
                spin.setDecimals(_decimals(name))
                spin.setValue(effective[known.code].values[name])
                spin.setToolTip(f"{spec.meaning} Default: {spec.default:g}.")
                self.rules.setItemWidget(child, 1, spin)
                self._spins[known.code][name] = spin
            item.setExpanded(bool(known.thresholds))

    def rule_enabled(self, code: str) -> bool:
        return self._rule_items[code].checkState(0) == Qt.CheckState.Checked

    def set_rule_enabled(self, code: str, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self._rule_items[code].setCheckState(0, state)

    def threshold(self, code: str, name: str) -> QDoubleSpinBox:
        return self._spins[code][name]

    def reset_rules(self) -> None:
        for known in all_rules():
            self.set_rule_enabled(known.code, True)
            for name, default in known.thresholds.items():
                self._spins[known.code][name].setValue(default)

    def rules_section(self) -> RulesSection:
        """The rules section the dialog's current state describes."""
        enabled = {code: self.rule_enabled(code) for code in self._rule_items}
        values = {
            code: {name: spin.value() for name, spin in spins.items()}
            for code, spins in self._spins.items()
        }
        return rules_section_from(enabled, values)

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose logo", self.brand_logo.text(), "Images (*.png *.jpg *.jpeg)"
        )
        if name:
            self.brand_logo.setText(name)

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        """Store the user's preferences; change the plan through undoable commands."""
        settings = QSettings()
        settings.setValue(FIRST_DAY_KEY, self.first_day.currentData())
        settings.setValue(PAGE_SIZE_KEY, self.page_size.currentData())
        settings.setValue(BRAND_NAME_KEY, self.brand_name.text().strip())
        settings.setValue(BRAND_CONTACT_KEY, self.brand_contact.text().strip())
        settings.setValue(BRAND_LOGO_KEY, self.brand_logo.text().strip())
        settings.sync()
        units = cast(Units, self.units.currentData())
        if units != self._model.program().units:
            self._stack.push(SetUnitsCommand(self._model, units))
        steps = self.load_steps()
        if steps != self._model.program().load_steps:
            self._stack.push(SetLoadStepsCommand(self._model, steps))
        rules = self.rules_section()
        if rules != self._model.program().rules:
            self._stack.push(SetRuleSettingsCommand(self._model, rules))
