"""The "Copy week forward with progression" dialog: which exercises, and what to raise.

It collects the choice, and shows what the choice does to each load once rounded to what the
equipment can load (`transforms.load_rises`), so a rise too small for the next dumbbell or
kettlebell is said before the copy rather than found afterwards. The editor turns the choice
into a CopyWeekForwardCommand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.editing.transforms import Progression, load_rises, rise_summary
from planner_gui.domain.models import Program, Week
from planner_gui.domain.notation import format_number
from planner_gui.domain.units import KETTLEBELLS, load_step
from planner_gui.domain.vocabulary import LOAD_EQUIPMENT
from planner_gui.ui.models.plan_model import PlanModel

#: Most loads the summary lists one by one; the rest are counted.
SUMMARY_LINES = 8


def week_exercises(week: Week) -> list[str]:
    """Exercise ids of a week in first-appearance order."""
    seen: dict[str, None] = {}
    for session in week.sessions:
        for block in session.blocks:
            for item in block.items:
                seen.setdefault(item.exercise, None)
    return list(seen)


def steps_text(program: Program) -> str:
    """The steps raised loads are rounded to, in the plan's units, its own steps included:
    "barbell 2.5 kg, dumbbell 2 kg, kettlebell as sold (8, 12, 16, 20 … kg), ..."."""
    units, own = program.units, program.load_steps
    parts: list[str] = []
    for kind in LOAD_EQUIPMENT:
        if kind == "kettlebell" and kind not in own:
            bells = ", ".join(format_number(bell) for bell in KETTLEBELLS[units][2:6])
            parts.append(f"kettlebells as sold ({bells} … {units})")
        else:
            parts.append(f"{kind} {format_number(load_step(kind, units, own))} {units}")
    return ", ".join(parts)


class CopyWeekForwardDialog(QDialog):
    """Pick exercises (loaded ones ticked) and one variable: load + amount, load + %, +1 rep."""

    def __init__(self, model: PlanModel, week: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyWeekForwardDialog")
        self.setWindowTitle("Copy week forward with progression")
        self._model = model
        self._week = week
        units = model.program().units
        source = model.week(week)
        target = week + 1
        exists = target < len(model.program().weeks)
        where = f"Copy week {week + 1} to week {target + 1}" + (
            " (its sessions are replaced)" if exists else " (a new week)"
        )
        self._intro_texts = (
            f"{where} and raise one variable for the exercises ticked below.",
            f"{where} as a deload week: fewer working sets, the same loads.",
        )
        intro = QLabel(self._intro_texts[0])
        intro.setObjectName("copyWeekIntro")
        intro.setWordWrap(True)
        self.intro = intro

        self.exercise_list = QListWidget()
        self.exercise_list.setObjectName("progressionExercises")
        self.exercise_list.setAccessibleName("Exercises to progress")
        for exercise_id in week_exercises(source):
            entry = QListWidgetItem(model.exercise_name(exercise_id))
            entry.setData(Qt.ItemDataRole.UserRole, exercise_id)
            loaded = any(
                item.exercise == exercise_id and item.load is not None
                for session in source.sessions
                for block in session.blocks
                for item in block.items
            )
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if loaded else Qt.CheckState.Unchecked)
            self.exercise_list.addItem(entry)
        # Wide enough for the longest name (plus tick box and scroll bar), tall enough for a
        # dozen rows, so a week's exercises are read without side-scrolling.
        metrics = self.exercise_list.fontMetrics()
        names = [self.exercise_list.item(r).text() for r in range(self.exercise_list.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=120)
        self.exercise_list.setMinimumWidth(widest + 70)
        self.exercise_list.setMinimumHeight(metrics.lineSpacing() * 12)

        self.by_amount = QRadioButton(f"Load + {units}")
        self.by_percent = QRadioButton("Load + %")
        self.by_rep = QRadioButton("One more rep")
        # A percentage by default: a fixed +2.5 kg is +15 % on a 16 kg dumbbell, past the 10 %
        # guideline the checker warns about; +5 % stays within it for any load.
        self.by_percent.setChecked(True)
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0.25, 100)
        self.amount.setSingleStep(2.5 if units == "kg" else 5)
        self.amount.setValue(2.5 if units == "kg" else 5)
        self.amount.setSuffix(f" {units}")
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0.5, 50)
        self.percent.setSingleStep(2.5)
        self.percent.setValue(5)
        self.percent.setSuffix(" %")
        rounding = (
            "Raised loads are rounded to the nearest load the equipment can load, never "
            "lighter than before"
        )
        self.percent.setToolTip(rounding)
        self.amount.setToolTip(rounding)
        group = QButtonGroup(self)
        for button in (self.by_amount, self.by_percent, self.by_rep):
            group.addButton(button)
        self.by_amount.toggled.connect(self.amount.setEnabled)
        self.by_percent.toggled.connect(self.percent.setEnabled)
        self.amount.setEnabled(False)
        self.deload = QCheckBox(
            "Make the new week a deload (about 40 % fewer working sets, same loads, "
            "easier sessions)"
        )
        self.deload.setObjectName("copyAsDeload")
        self.deload.setToolTip(
            "Main, core and glute sets are cut (3 → 2, 5 → 3); warm-up and mobility stay; "
            "each session's RPE is 2 lower (or, at RPE 1, its minutes fewer), so the week's "
            "load falls; the week is marked as a deload"
        )
        self._progression_widgets: tuple[QWidget, ...] = (
            self.exercise_list,
            self.by_amount,
            self.by_percent,
            self.by_rep,
        )
        self.deload.toggled.connect(self._deload_toggled)

        choices = QGridLayout()
        choices.addWidget(self.by_amount, 0, 0)
        choices.addWidget(self.amount, 0, 1)
        choices.addWidget(self.by_percent, 1, 0)
        choices.addWidget(self.percent, 1, 1)
        choices.addWidget(self.by_rep, 2, 0)
        hint = QLabel(
            "Guideline: keep weekly load rises at or below about 10 %. A raised load is "
            "rounded to the nearest load the equipment can load "
            f"({steps_text(model.program())}; other steps can be set in Preferences), never "
            "below the old load. A rise smaller than half the next step leaves the load as it "
            "was: the list below says which."
        )
        hint.setObjectName("copyWeekRounding")
        hint.setWordWrap(True)
        self.rounding_hint = hint
        self.summary = QLabel()
        self.summary.setObjectName("copyWeekSummary")
        self.summary.setAccessibleName("What the copy does to each load")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("Exercises"))
        layout.addWidget(self.exercise_list)
        layout.addLayout(choices)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.deload)
        layout.addWidget(buttons)
        self.exercise_list.itemChanged.connect(self._update_summary)
        for button in (self.by_amount, self.by_percent, self.by_rep):
            button.toggled.connect(self._update_summary)
        self.amount.valueChanged.connect(self._update_summary)
        self.percent.valueChanged.connect(self._update_summary)
        self.deload.toggled.connect(self._update_summary)
        self._update_summary()

    def _deload_toggled(self, deload: bool) -> None:
        """A deload copy keeps loads, so the progression choices do not apply to it."""
        self.intro.setText(self._intro_texts[1 if deload else 0])
        for widget in self._progression_widgets:
            widget.setEnabled(not deload)
        self.amount.setEnabled(not deload and self.by_amount.isChecked())
        self.percent.setEnabled(not deload and self.by_percent.isChecked())

    def _update_summary(self, *_: object) -> None:
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        """What the copy does to the loads of the ticked exercises, as it stands now."""
        if self.makes_deload():
            return "The loads stay as they are; main, core and glute sets are cut."
        progression = self.progression()
        if not progression.raises_load:
            return "The loads stay as they are; each exercise done in reps gets one more."
        model = self._model
        program = model.program()
        rises = load_rises(
            program, self._week, self.chosen_exercises(), progression, model.catalog()
        )
        if not rises:
            return "None of the ticked exercises has a load to raise."
        lines = rise_summary(rises, progression, program.units, model.exercise_name)
        kept = sum(1 for rise in rises if rise.unchanged)
        heading = "Loads after rounding:"
        if kept:
            noun = "load stays" if kept == 1 else "loads stay"
            heading = (
                f"{kept} {noun} as {'it is' if kept == 1 else 'they are'}: the rise is too "
                "small for the next loadable step (raise reps, or a larger step, instead). "
                + heading
            )
        # The unchanged ones first: they are what the coach needs to see.
        order = sorted(range(len(rises)), key=lambda i: not rises[i].unchanged)
        shown = [lines[i] for i in order[:SUMMARY_LINES]]
        if len(lines) > SUMMARY_LINES:
            shown.append(f"… and {len(lines) - SUMMARY_LINES} more")
        return "\n".join([heading, *shown])

    def makes_deload(self) -> bool:
        return self.deload.isChecked()

    def chosen_exercises(self) -> set[str]:
        chosen: set[str] = set()
        for row in range(self.exercise_list.count()):
            entry = self.exercise_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                chosen.add(str(entry.data(Qt.ItemDataRole.UserRole)))
        return chosen

    def set_chosen_exercises(self, exercise_ids: set[str]) -> None:
        for row in range(self.exercise_list.count()):
            entry = self.exercise_list.item(row)
            wanted = entry.data(Qt.ItemDataRole.UserRole) in exercise_ids
            entry.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def progression(self) -> Progression:
        if self.by_percent.isChecked():
            return Progression("load_pct", self.percent.value())
        if self.by_rep.isChecked():
            return Progression("reps")
        return Progression("load_add", self.amount.value())
