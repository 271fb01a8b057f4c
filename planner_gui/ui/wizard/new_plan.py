"""File ▸ New ▸ From wizard…: a whole program from a few answers, previewed before it opens.

Four pages: who and when (athlete, title, start date: next Monday unless changed, with a
warning for a date already past), the schedule (training days, weeks), the athlete (level,
goal, equipment), and a preview of week 1 (each exercise with the generator's reason as its
tool tip) and of the load chart. The answers become a `ProgramRequest` checked by the domain
(the same messages as `planner-gui new`); the preview page generates the program and Finish
is possible only when it did. The window opens `program()` as a new, unsaved plan.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner_gui.domain.builders.equipment import GYM, PRESET_HELP, PRESETS, resolve_equipment
from planner_gui.domain.builders.request import LEVELS, Level
from planner_gui.domain.catalog import Catalog
from planner_gui.domain.checker import check_program
from planner_gui.domain.generator.program import Generated, generate
from planner_gui.domain.generator.request import (
    GOAL_HELP,
    GOAL_TITLES,
    GOALS,
    MAX_DAYS,
    MAX_WEEKS,
    MIN_DAYS,
    MIN_WEEKS,
    Goal,
    ProgramRequest,
    RequestError,
    check_days,
    next_monday,
)
from planner_gui.domain.limits import FIRST_PLAN_DATE, MAX_NAME_CHARS, MAX_TITLE_CHARS
from planner_gui.domain.models import Program, blank_program, latest_start
from planner_gui.domain.notation import dose_text, format_number
from planner_gui.domain.vocabulary import BLOCK_TITLES, DAY_NAMES, DAYS, Day
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.load_chart import LoadChart
from planner_gui.ui.plain import tool_tip

DEFAULT_DAYS: tuple[Day, ...] = ("mon", "wed", "fri")
DEFAULT_WEEKS = 4
DEFAULT_EQUIPMENT = GYM
EQUIPMENT_CHOICES: tuple[str, ...] = (*PRESETS, GYM)
EQUIPMENT_TITLES = {
    "none": "No equipment",
    "bands": "Bands",
    "dumbbells": "Dumbbells and a bench",
    GYM: "Full gym",
}


def _day_text(day: date) -> str:
    """ "Mon 7 Dec 2026", as the editor's heading writes dates."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WhoPage(QWizardPage):
    """The athlete, the plan's title and the start date."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.setObjectName("wizardWhoPage")
        self.setTitle("Who and when")
        self.setSubTitle("Who the plan is for and the day week 1 starts.")
        self._today = today
        self.athlete = QLineEdit()
        self.athlete.setObjectName("wizardAthlete")
        self.athlete.setAccessibleName("Athlete")
        self.athlete.setPlaceholderText("Who the plan is for")
        self.athlete.setMaxLength(MAX_NAME_CHARS)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("wizardTitle")
        self.title_edit.setAccessibleName("Plan title")
        self.title_edit.setPlaceholderText("Named from the goal and the schedule")
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.start = QDateEdit()
        self.start.setObjectName("wizardStart")
        self.start.setAccessibleName("Start date")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.start.setDateRange(_qdate(FIRST_PLAN_DATE), _qdate(latest_start(MAX_WEEKS)))
        self.start.setDate(_qdate(next_monday(today)))
        self.start.setToolTip("Week 1 begins on this day: next Monday unless you change it")
        self.warning = QLabel()
        self.warning.setObjectName("wizardStartWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.start.dateChanged.connect(self._date_changed)
        form = QFormLayout(self)
        form.addRow("&Athlete", self.athlete)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Start date", self.start)
        form.addRow("", self.warning)
        self._date_changed()

    def start_date(self) -> date:
        chosen = self.start.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def in_the_past(self) -> bool:
        return self.start_date() < self._today

    def _date_changed(self) -> None:
        self.warning.setText(
            f"{_day_text(self.start_date())} is in the past: the plan's first sessions are "
            "already over. Continue only if that is what you mean."
            if self.in_the_past()
            else ""
        )
        self.warning.setVisible(self.in_the_past())


class SchedulePage(QWizardPage):
    """Training days and weeks; complete with 2 to 6 days."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizardSchedulePage")
        self.setTitle("Schedule")
        self.setSubTitle(
            f"Choose {MIN_DAYS} to {MAX_DAYS} training days. Squat and hinge days are spread "
            "over the week, one session a week is lighter, and every 4th week is a deload."
        )
        self.days: dict[Day, QCheckBox] = {}
        grid = QGridLayout()
        for column, day in enumerate(DAYS):
            box = QCheckBox(DAY_NAMES[day][:3])
            box.setObjectName(f"wizardDay_{day}")
            box.setAccessibleName(DAY_NAMES[day])
            box.setChecked(day in DEFAULT_DAYS)
            box.toggled.connect(self._days_changed)
            self.days[day] = box
            grid.addWidget(box, 0, column)
        self.weeks = QSpinBox()
        self.weeks.setObjectName("wizardWeeks")
        self.weeks.setAccessibleName("Weeks")
        self.weeks.setRange(MIN_WEEKS, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(" weeks")
        self.problem = QLabel()
        self.problem.setObjectName("wizardDaysProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.weeks.setMaximumWidth(160)
        days_label = QLabel("Training &days")
        days_label.setBuddy(self.days[DAYS[0]])
        form = QFormLayout(self)
        form.addRow(days_label, grid)
        form.addRow("", self.problem)
        form.addRow("&Weeks", self.weeks)

    def chosen_days(self) -> tuple[Day, ...]:
        return tuple(day for day in DAYS if self.days[day].isChecked())

    def days_problem(self) -> str:
        try:
            check_days(self.chosen_days())
        except RequestError as error:
            return str(error).capitalize()
        return ""

    def _days_changed(self) -> None:
        self.problem.setText(self.days_problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.days_problem()


class AthletePage(QWizardPage):
    """Level, goal and equipment."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizardAthletePage")
        self.setTitle("The athlete")
        self.setSubTitle("The level picks each exercise's step; the goal sets reps and loads.")
        self.level = QComboBox()
        self.level.setObjectName("wizardLevel")
        self.level.setAccessibleName("Level")
        for level in LEVELS:
            self.level.addItem(level.capitalize(), level)
        self.goal = QComboBox()
        self.goal.setObjectName("wizardGoal")
        self.goal.setAccessibleName("Goal")
        for goal in GOALS:
            self.goal.addItem(GOAL_TITLES[goal], goal)
            self.goal.setItemData(
                self.goal.count() - 1, tool_tip(GOAL_HELP[goal]), Qt.ItemDataRole.ToolTipRole
            )
        self.goal_help = QLabel()
        self.goal_help.setObjectName("wizardGoalHelp")
        self.goal_help.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_help.setWordWrap(True)
        self.goal.currentIndexChanged.connect(self._goal_changed)
        self.equipment = QButtonGroup(self)
        self.equipment_buttons: dict[str, QRadioButton] = {}
        kit = QVBoxLayout()
        for choice in EQUIPMENT_CHOICES:
            button = QRadioButton(EQUIPMENT_TITLES[choice])
            button.setObjectName(f"wizardEquipment_{choice}")
            button.setToolTip(tool_tip(PRESET_HELP[choice].capitalize()))
            button.setChecked(choice == DEFAULT_EQUIPMENT)
            self.equipment.addButton(button)
            self.equipment_buttons[choice] = button
            kit.addWidget(button)
        form = QFormLayout(self)
        form.addRow("&Level", self.level)
        form.addRow("&Goal", self.goal)
        form.addRow("", self.goal_help)
        form.addRow("Equipment", kit)
        self._goal_changed()

    def chosen_level(self) -> Level:
        return next(level for level in LEVELS if level == self.level.currentData())

    def chosen_goal(self) -> Goal:
        return next(goal for goal in GOALS if goal == self.goal.currentData())

    def chosen_equipment(self) -> str:
        return next(name for name, button in self.equipment_buttons.items() if button.isChecked())

    def _goal_changed(self) -> None:
        self.goal_help.setText(GOAL_HELP[self.chosen_goal()].capitalize() + ".")


class PreviewPage(QWizardPage):
    """Week 1 and the load chart of the program the answers give; complete once generated."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.setObjectName("wizardPreviewPage")
        self.setTitle("Preview")
        self.setSubTitle("Week 1 as generated, and the weekly load of the whole plan.")
        self._wizard = wizard
        self.generated: Generated | None = None
        self.summary = QLabel()
        self.summary.setObjectName("wizardSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.week = QTreeWidget()
        self.week.setObjectName("wizardWeekPreview")
        self.week.setAccessibleName("Week 1")
        self.week.setHeaderLabels(["Week 1", "Dose"])
        self.week.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week.setColumnWidth(0, 290)
        self.chart_model = PlanModel(blank_program(wizard.who.start_date()), wizard.catalog, self)
        self.chart = LoadChart(self.chart_model)
        self.chart.setObjectName("wizardLoadChart")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("wizardPreviewSplitter")
        split.addWidget(self.week)
        split.addWidget(self.chart)
        split.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def initializePage(self) -> None:
        self.generated = None
        self.week.clear()
        try:
            self.generated = generate(self._wizard.request(), self._wizard.catalog)
        except RequestError as error:
            self.summary.setText(f"Cannot build this plan: {error}.")
            self.completeChanged.emit()
            return
        program = self.generated.program
        self.chart_model.set_program(program.model_copy(deep=True))
        findings = check_program(program, self._wizard.catalog)
        check = (
            "it checks clean: no findings"
            if not findings
            else f"the check finds {len(findings)} thing{'s' if len(findings) != 1 else ''}"
        )
        deloads = [str(index + 1) for index, week in enumerate(program.weeks) if week.deload]
        self.summary.setText(
            f"{program.title}: {len(program.weeks)} weeks from "
            f"{_day_text(program.start_date)}"
            + (f", deload in week {', '.join(deloads)}" if deloads else "")
            + f"; {check}. Hover an exercise to read why it was chosen."
        )
        self._fill_week()
        self.completeChanged.emit()

    def _fill_week(self) -> None:
        assert self.generated is not None
        name_of = self._wizard.catalog.name_of
        reasons = self.generated.reasons
        units = self.generated.program.units
        first = self.generated.program.weeks[0]
        for position, session in enumerate(first.sessions):
            minutes = f"{session.duration_min} min" if session.duration_min else ""
            top = QTreeWidgetItem([f"{DAY_NAMES[session.day]} · {session.name}", minutes])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for block in session.blocks:
                for row, item in enumerate(block.items):
                    load = f" @ {format_number(item.load)} {units}" if item.load else ""
                    child = QTreeWidgetItem(
                        [
                            f"{BLOCK_TITLES[block.kind]}: {name_of(item.exercise)}",
                            f"{dose_text(item)}{load}",
                        ]
                    )
                    reason = reasons.get((position, block.kind, row), "")
                    for column in (0, 1):
                        child.setToolTip(column, tool_tip(reason))
                    top.addChild(child)
            self.week.addTopLevelItem(top)
            top.setExpanded(True)

    def isComplete(self) -> bool:
        return self.generated is not None


class NewPlanWizard(QWizard):
    """The four pages; `program()` is the generated plan once the preview page has made it.
    `today` is injectable so tests can say what the past is."""

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPlanWizard")
        self.setWindowTitle("New plan from wizard")
        self.catalog = catalog
        self.who = WhoPage(today or date.today())
        self.schedule = SchedulePage()
        self.athlete_page = AthletePage()
        self.preview = PreviewPage(self)
        for page in (self.who, self.schedule, self.athlete_page, self.preview):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Open plan")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(860, 600)

    def request(self) -> ProgramRequest:
        title = self.who.title_edit.text().strip()
        return ProgramRequest(
            weeks=self.schedule.weeks.value(),
            days=self.schedule.chosen_days(),
            level=self.athlete_page.chosen_level(),
            goal=self.athlete_page.chosen_goal(),
            start=self.who.start_date(),
            equipment=resolve_equipment([self.athlete_page.chosen_equipment()], self.catalog),
            athlete=self.who.athlete.text().strip(),
            title=title or None,
        )

    def program(self) -> Program | None:
        """The generated plan on the preview page (None before it, or when it failed)."""
        generated = self.preview.generated
        return None if generated is None else generated.program
