"""The export dialog's choices: the handout's layout and its switches, remembered between
runs in QSettings (the preview and print use the last choices too). The page size is the
Preferences' default page size: choosing Letter here makes it the default there too, so the
next export, the preview and print all use it.

A plan the checker finds errors in (errors that do not block the export, see
`domain.export_gate`) gets them listed in the dialog, whose OK button then reads Export
anyway and is not the default: an athlete's handout of such a plan never goes out unasked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.findings import Finding
from planner_gui.export.options import (
    DEFAULT_LAYOUT,
    LAYOUT_DESCRIPTIONS,
    LAYOUTS,
    HandoutOptions,
    Layout,
)
from planner_gui.ui.settings import PAGE_SIZE_KEY, PAGE_SIZES, page_size

LAYOUT_KEY = "export/layout"
LOG_KEY = "export/log"
CHART_KEY = "export/loadChart"
PLAN_CHECK_KEY = "export/planCheck"
#: The OK button's name when the plan has errors (it then reads "Export anyway").
EXPORT_WITH_ERRORS_BUTTON = "exportWithErrorsButton"
#: Why the load chart and plan check switches are off while Cards is chosen.
CARDS_SKIP_TIP = (
    "Cards carry only the sessions and the safety page, no {what}; "
    "choose Compact or Full for it, or export the plan review for the plan check"
)


def error_line(finding: Finding, name_of: Callable[[str], str] | None = None) -> str:
    """`week 3 · Wed · Lower B · Back squat: PO101 – message`: the CLI's place, with the
    exercise's name (from `name_of`) rather than its id."""
    place = finding.place()
    if finding.exercise and name_of is not None and place.endswith(finding.exercise):
        place = place.removesuffix(finding.exercise) + name_of(finding.exercise)
    return f"{place or 'Whole plan'}: {finding.code} – {finding.message}"


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):  # some QSettings back ends give "true"/"false"
        return value.lower() == "true"
    return bool(value)


def stored_options() -> HandoutOptions:
    """The last choices, or the defaults (compact, log and chart on, plan check off)."""
    settings = QSettings()
    layout = str(settings.value(LAYOUT_KEY, DEFAULT_LAYOUT))
    return HandoutOptions(
        layout=layout if layout in LAYOUTS else DEFAULT_LAYOUT,
        log=_flag(settings, LOG_KEY, True),
        chart=_flag(settings, CHART_KEY, True),
        plan_check=_flag(settings, PLAN_CHECK_KEY, False),
    )


def store_page_size(size: str) -> None:
    """Remember the export dialog's page size (`a4` or `letter`) as the default."""
    if size in PAGE_SIZES:
        QSettings().setValue(PAGE_SIZE_KEY, size)


def store_options(options: HandoutOptions) -> None:
    settings = QSettings()
    settings.setValue(LAYOUT_KEY, options.layout)
    settings.setValue(LOG_KEY, options.log)
    settings.setValue(CHART_KEY, options.chart)
    settings.setValue(PLAN_CHECK_KEY, options.plan_check)


class ExportOptionsDialog(QDialog):
    """Layout and switches for one export, shown before the file dialog; with `errors` (the
    checker's errors the export does not stop for), those too and a confirmation."""

    def __init__(
        self,
        options: HandoutOptions,
        parent: QWidget | None = None,
        *,
        errors: Sequence[Finding] = (),
        name_of: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle("Export handout")
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        for name in LAYOUTS:
            self.layout_combo.addItem(name.capitalize(), name)
            self.layout_combo.setItemData(
                self.layout_combo.count() - 1,
                LAYOUT_DESCRIPTIONS[name],
                Qt.ItemDataRole.ToolTipRole,
            )
        self.layout_combo.setCurrentIndex(LAYOUTS.index(options.layout))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.layout_combo.currentIndexChanged.connect(self._describe)
        self._describe()
        self.page_size_combo = QComboBox()
        self.page_size_combo.setObjectName("exportPageSizeCombo")
        self.page_size_combo.setAccessibleName("Page size")
        self.page_size_combo.setToolTip("Paper size of the handout (remembered for next time)")
        for key, label in PAGE_SIZES.items():
            self.page_size_combo.addItem(label, key)
        self.page_size_combo.setCurrentIndex(self.page_size_combo.findData(page_size()))
        self.log_check = QCheckBox("Log boxes to fill in")
        self.log_check.setObjectName("logCheck")
        self.log_check.setChecked(options.log)
        self.chart_check = QCheckBox("Weekly load chart")
        self.chart_check.setObjectName("chartCheck")
        self.chart_check.setChecked(options.chart)
        self.plan_check_check = QCheckBox("Plan check (a coach's page)")
        self.plan_check_check.setObjectName("planCheckCheck")
        self.plan_check_check.setChecked(options.plan_check)
        # The user's own ticks, kept while Cards (which prints neither) greys the two out.
        self._kept = {self.chart_check: options.chart, self.plan_check_check: options.plan_check}
        self._tips = {
            self.chart_check: "Add the weekly load chart to the handout",
            self.plan_check_check: "Add the coach's plan check page to the handout",
        }
        self.layout_combo.currentIndexChanged.connect(self._cards_switches)
        self._cards_switches()
        form = QFormLayout()
        form.addRow("&Layout:", self.layout_combo)
        form.addRow("", self.description)
        form.addRow("&Page size:", self.page_size_combo)
        form.addRow("Include:", self.log_check)
        form.addRow("", self.chart_check)
        form.addRow("", self.plan_check_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        self.errors_list: QListWidget | None = None
        if errors:
            count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
            warning = QLabel(
                f"The plan check finds {count} in this plan. The handout prints the plan as "
                "it is: correct the plan first, or export anyway."
            )
            warning.setObjectName("exportErrorsLabel")
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setWordWrap(True)
            self.errors_list = QListWidget()
            self.errors_list.setObjectName("exportErrorsList")
            self.errors_list.setAccessibleName("Errors in the plan")
            self.errors_list.setWordWrap(True)
            # QListWidget items are plain text: plan text stays data.
            self.errors_list.addItems([error_line(finding, name_of) for finding in errors])
            self.errors_list.setMaximumHeight(140)
            box.addWidget(warning)
            box.addWidget(self.errors_list)
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText("Export &anyway")
            ok.setObjectName(EXPORT_WITH_ERRORS_BUTTON)
            ok.setAutoDefault(False)
            ok.setDefault(False)
            cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setDefault(True)
        box.addWidget(buttons)

    def _describe(self) -> None:
        # Not str.capitalize: it would lowercase the rest ("A5" would read "a5").
        text = LAYOUT_DESCRIPTIONS[self.chosen_layout()]
        self.description.setText(text[:1].upper() + text[1:] + ".")

    def _cards_switches(self) -> None:
        """Cards print no load chart and no plan check: untick and grey out their switches
        (saying why), and give back the user's ticks when another layout is chosen."""
        cards = self.chosen_layout() == "cards"
        for check, what in (
            (self.chart_check, "load chart"),
            (self.plan_check_check, "plan check"),
        ):
            if cards and check.isEnabled():
                self._kept[check] = check.isChecked()
                check.setChecked(False)
            elif not cards and not check.isEnabled():
                check.setChecked(self._kept[check])
            check.setEnabled(not cards)
            check.setToolTip(CARDS_SKIP_TIP.format(what=what) if cards else self._tips[check])

    def chosen_layout(self) -> Layout:
        layout: Layout = self.layout_combo.currentData()
        return layout

    def chosen_page_size(self) -> str:
        """`a4` or `letter`."""
        return str(self.page_size_combo.currentData())

    def options(self) -> HandoutOptions:
        """The choices; with Cards, the load chart and plan check keep the user's last ticks
        (cards print neither), so the next Compact or Full export starts from them."""
        cards = self.chosen_layout() == "cards"
        chart, plan_check = self.chart_check, self.plan_check_check
        return HandoutOptions(
            layout=self.chosen_layout(),
            log=self.log_check.isChecked(),
            chart=self._kept[chart] if cards else chart.isChecked(),
            plan_check=self._kept[plan_check] if cards else plan_check.isChecked(),
        )
