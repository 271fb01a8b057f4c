"""Preferences: what belongs to the user lives in QSettings, what belongs to the plan in the plan.

Units, the load steps of the athlete's equipment and rule settings change the plan, so the
dialog applies them as undo commands (SetUnitsCommand, SetLoadStepsCommand,
SetRuleSettingsCommand); the first day of the week, the page size and the coach's brand are
the user's and go to QSettings (see ui/settings.py). The brand includes the safety page's
wording (Handout wording), and travels between colleagues as a brand file (Import/Export,
domain/brand_file.py): importing fills the fields in, and OK keeps them, as for any edit.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.brand import (
    HEADED_KEYS,
    SAFETY_KEYS,
    SAFETY_LABELS,
    Brand,
    SafetyKey,
    SafetySection,
    SafetyWording,
)
from planner_gui.domain.brand_file import load_brand, save_brand
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.limits import MAX_NAME_CHARS, MAX_PATH_CHARS, MAX_WORDING_CHARS
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
    FIRST_DAY_KEY,
    LAST_DIR_KEY,
    PAGE_SIZE_KEY,
    PAGE_SIZES,
    first_day,
    page_size,
    store_brand,
)
from planner_gui.ui.settings import brand as stored_brand

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
    """Edit → Preferences…: General, Load steps, Handout, Handout wording and Rules pages; OK
    applies everything."""

    def __init__(self, model: PlanModel, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setAccessibleName("Preferences")
        self.setWindowTitle("Preferences")
        self._model = model
        self._stack = undo_stack

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

        own = stored_brand()
        self.brand_name = QLineEdit(own.name, self)
        self.brand_name.setMaxLength(MAX_NAME_CHARS)
        self.brand_name.setObjectName("brandName")
        self.brand_name.setAccessibleName("Coach or clinic name")
        self.brand_name.setPlaceholderText("e.g. Northside Physio")
        self.brand_contact = QLineEdit(own.contact, self)
        self.brand_contact.setMaxLength(MAX_NAME_CHARS)
        self.brand_contact.setObjectName("brandContact")
        self.brand_contact.setAccessibleName("Contact line")
        self.brand_contact.setPlaceholderText("Phone, e-mail or address")
        self.brand_logo = QLineEdit(str(own.logo_path or ""), self)
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
        note = QLabel(
            "Shown on the handout's cover and footer; the contact line on its safety page too. "
            "Leave empty for none.",
            self,
        )
        note.setWordWrap(True)
        handout_form.addRow(note)
        import_brand = QPushButton("&Import brand file…", self)
        import_brand.setObjectName("importBrand")
        import_brand.setToolTip(
            "Fill in the name, contact line, logo and handout wording from a brand file"
        )
        import_brand.clicked.connect(self.import_brand_file)
        export_brand = QPushButton("E&xport brand file…", self)
        export_brand.setObjectName("exportBrand")
        export_brand.setToolTip(
            "Save the name, contact line, logo and handout wording shown here as a brand file, "
            "for a colleague or `planner-gui export --brand-file`"
        )
        export_brand.clicked.connect(self.export_brand_file)
        file_row = QHBoxLayout()
        file_row.addWidget(import_brand)
        file_row.addWidget(export_brand)
        file_row.addStretch(1)
        handout_form.addRow("Brand file:", file_row)

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
        self.wording_page = self._wording_page()
        self.tabs.addTab(self.wording_page, "Handout &wording")
        self.tabs.addTab(rules_page, "&Rules")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        #: What went wrong with a brand file or the wording, or what was imported; plain text.
        self.problem = QLabel("", self)
        self.problem.setObjectName("preferencesProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
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

    # Handout wording and brand files -----------------------------------------------------

    def _wording_page(self) -> QWidget:
        """A heading and a text field per part of the safety page, filled with what it prints."""
        inner = QWidget(self)
        form = QFormLayout(inner)
        explain = QLabel(
            "The safety page of the handout in your own words: what to do in an emergency, "
            "whom to call. The red flags come in three tiers (emergency, same day, soon); a "
            "tier's heading is what the athlete is told to do, on the safety page, the "
            "check-in form, in the check-in guidance and in the plan check alike. Each line "
            'of a text is a paragraph; start a line with "- " for a bullet point. A field '
            "left empty prints the built-in wording. The list of red flags and the soreness "
            "table are always printed.",
            self,
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.wording_headings: dict[SafetyKey, QLineEdit] = {}
        self.wording_texts: dict[SafetyKey, QPlainTextEdit] = {}
        wording = stored_brand().safety
        for key in SAFETY_KEYS:
            title = QLabel(f"<b>{escape(SAFETY_LABELS[key])}</b>", self)
            form.addRow(title)
            printed = wording.section(key)
            if key in HEADED_KEYS:
                heading = QLineEdit(printed.heading, inner)
                heading.setObjectName(f"wording.{key}.heading")
                heading.setAccessibleName(f"{SAFETY_LABELS[key]}: heading")
                heading.setMaxLength(MAX_NAME_CHARS)
                self.wording_headings[key] = heading
                form.addRow("Heading:", heading)
            text = QPlainTextEdit(printed.text, inner)
            text.setObjectName(f"wording.{key}.text")
            text.setAccessibleName(f"{SAFETY_LABELS[key]}: text")
            text.setTabChangesFocus(True)
            lines = 2 if key == "closing" else 5
            text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 14)
            self.wording_texts[key] = text
            form.addRow("Text:", text)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        restore = QPushButton("Restore &built-in wording", self)
        restore.setObjectName("restoreWording")
        restore.setToolTip("Put the built-in wording back in every field")
        restore.clicked.connect(self.restore_wording)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addWidget(restore, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def restore_wording(self) -> None:
        self._show_wording(SafetyWording())

    def _show_wording(self, wording: SafetyWording) -> None:
        for key in SAFETY_KEYS:
            printed = wording.section(key)
            if key in self.wording_headings:
                self.wording_headings[key].setText(printed.heading)
            self.wording_texts[key].setPlainText(printed.text)

    def wording(self) -> SafetyWording:
        """The safety page's wording as the fields show it."""
        wording = SafetyWording()
        for key in SAFETY_KEYS:
            heading = self.wording_headings[key].text() if key in self.wording_headings else ""
            text = self.wording_texts[key].toPlainText()
            wording = wording.with_section(key, SafetySection(heading, text))
        return wording

    def brand(self) -> Brand:
        """The brand the Handout and Handout wording pages describe."""
        logo = self.brand_logo.text().strip()
        return Brand(
            name=self.brand_name.text().strip(),
            contact=self.brand_contact.text().strip(),
            logo_path=Path(logo) if logo else None,
            safety=self.wording(),
        )

    def show_brand(self, shown: Brand) -> None:
        """Fill the fields in from `shown` (an imported brand file); nothing is kept yet."""
        self.brand_name.setText(shown.name)
        self.brand_contact.setText(shown.contact)
        self.brand_logo.setText(str(shown.logo_path or ""))
        self._show_wording(shown.safety)

    def brand_problem(self) -> str:
        """Why the fields cannot be kept or saved as a brand file; empty when they can."""
        for key in SAFETY_KEYS:
            length = len(self.wording_texts[key].toPlainText().strip())
            if length > MAX_WORDING_CHARS:
                return (
                    f"Handout wording: the text of “{SAFETY_LABELS[key]}” is too long "
                    f"({length:,} characters; at most {MAX_WORDING_CHARS:,})."
                )
        if len(self.brand_logo.text().strip()) > MAX_PATH_CHARS:
            return f"The logo's path is too long (at most {MAX_PATH_CHARS:,} characters)."
        return ""

    def say(self, text: str) -> None:
        """Show `text` (plain) above the buttons; empty hides it."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _folder(self) -> str:
        return str(QSettings().value(LAST_DIR_KEY, str(Path.home())))

    def import_brand_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import brand file", self._folder(), "Brand files (*.json);;All files (*)"
        )
        if name:
            self.load_brand_file(Path(name))

    def load_brand_file(self, path: Path) -> bool:
        """Fill the fields in from the brand file at `path`; False (and why) when it is bad."""
        try:
            loaded = load_brand(path)
        except PlanFileError as error:
            self.say(f"Not imported: {error}")
            return False
        self.show_brand(loaded)
        self.say(f"Imported {path.name}. OK keeps it; Cancel leaves your settings as they were.")
        return True

    def export_brand_file(self) -> None:
        problem = self.brand_problem()
        if problem:
            self.say(problem)
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            "Export brand file",
            str(Path(self._folder()) / "clinic.json"),
            "Brand files (*.json)",
        )
        if name:
            self.save_brand_file(Path(name))

    def save_brand_file(self, path: Path) -> bool:
        """Save the fields as a brand file at `path` (atomically); False (and why) on failure."""
        try:
            save_brand(self.brand(), path)
        except OSError as error:
            self.say(f"{path}: cannot write the brand file ({error.strerror or error})")
            return False
        self.say(f"Exported the brand file {path}.")
        return True

    def accept(self) -> None:
        problem = self.brand_problem()
        if problem:
            self.say(problem)
            self.tabs.setCurrentWidget(self.wording_page)
            return
        self.apply()
        super().accept()

    def apply(self) -> None:
        """Store the user's preferences; change the plan through undoable commands."""
        settings = QSettings()
        settings.setValue(FIRST_DAY_KEY, self.first_day.currentData())
        settings.setValue(PAGE_SIZE_KEY, self.page_size.currentData())
        settings.sync()
        store_brand(self.brand())
        units = cast(Units, self.units.currentData())
        if units != self._model.program().units:
            self._stack.push(SetUnitsCommand(self._model, units))
        steps = self.load_steps()
        if steps != self._model.program().load_steps:
            self._stack.push(SetLoadStepsCommand(self._model, steps))
        rules = self.rules_section()
        if rules != self._model.program().rules:
            self._stack.push(SetRuleSettingsCommand(self._model, rules))
