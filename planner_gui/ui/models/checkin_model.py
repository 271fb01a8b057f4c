"""The plan's check-ins for the Check-ins panel: grouped by plan week, newest first.

A two-level tree over `Program.checkins` read through the PlanModel: a row per week that has
check-ins (and one for those before the plan starts or after it ends), and under it that
week's check-ins, the latest first. Each check-in row carries its position in the file
(`POSITION_ROLE`), which the edit commands take, and its triage (`TRIAGE_ROLE`), which says
what the guidance column, the icon and the tool tip show. A red flag is marked three ways:
an icon, the words "Red flag" and a colour, so no one has to tell colours apart; once a later
check-in records a clinician's clearance (`history.red_flag_spans`, as CK601 and the export
gate read it) it keeps the words, with the date it was cleared, and loses the colour.

The model listens to plan_changed and resets only when the check-ins (or the calendar they
are grouped by) changed, so editing exercises leaves the panel's selection alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from planner_gui.domain.checkins.history import ordered, red_flag_spans
from planner_gui.domain.checkins.triage import Triage, flag_signs, triage
from planner_gui.domain.display_text import display_text
from planner_gui.domain.models import CheckIn
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.plain import tool_tip
from planner_gui.ui.settings import brand, brand_notifier

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1
TRIAGE_ROLE = Qt.ItemDataRole.UserRole + 2
#: The guidance before what was reported: in a narrow pane the red flag's words stay in view.
COLUMN_TITLES = ("Date", "Guidance", "Reported")
COL_DATE, COL_GUIDANCE, COL_REPORTED = range(3)
#: A red flag's text colour; the icon and the words "Red flag" say the same.
RED_FLAG_COLOUR = QColor("#b00020")
PAIN_WORDS = {"none": "No pain", "doms": "Soreness", "sharp": "Sharp pain"}
#: The groups for check-ins outside the plan's weeks.
BEFORE, AFTER = -1, 1_000_000
AnyIndex = QModelIndex | QPersistentModelIndex
_GROUP = 0  # the internal id of a group row; a check-in row's is its group's row + 1


@dataclass(frozen=True)
class _Row:
    position: int
    checkin: CheckIn
    triage: Triage
    #: The date a later check-in cleared this one's red flags (None: open, or no flags).
    cleared_on: date | None = None

    @property
    def open_red_flag(self) -> bool:
        """A red flag no clinician has cleared since: marked, and counted in the summary."""
        return self.triage.red_flag and self.cleared_on is None


@dataclass(frozen=True)
class _Group:
    week: int
    label: str
    rows: tuple[_Row, ...]


def week_of(start: date, weeks: int, when: date) -> int:
    """The 0-based plan week `when` falls in; BEFORE or AFTER outside the plan."""
    offset = (when - start).days
    if offset < 0:
        return BEFORE
    week = offset // 7
    return week if week < weeks else AFTER


def group_label(start: date, week: int) -> str:
    """ "Week 3 · 16 Feb – 22 Feb", or where check-ins outside the plan are."""
    if week == BEFORE:
        return "Before week 1"
    if week == AFTER:
        return "After the last week"
    first = start + timedelta(weeks=week)
    last = first + timedelta(days=6)
    return f"Week {week + 1} · {first.day} {first:%b} – {last.day} {last:%b}"


def reported_text(checkin: CheckIn, name_of: Any) -> str:
    """ "Soreness 3/10 after Kettlebell deadlift, lower back"."""
    text = PAIN_WORDS[checkin.pain]
    if checkin.pain_score is not None:
        text += f" {checkin.pain_score}/10"
    if checkin.after_exercise:
        text += f" after {name_of(checkin.after_exercise)}"
    if checkin.where:
        text += f", {checkin.where}"
    return text


def guidance_cell(checkin: CheckIn, outcome: Triage, cleared_on: date | None = None) -> str:
    """The guidance column: the level, with the red flag named in words (and when a later
    check-in cleared it)."""
    if outcome.red_flag:
        signs = flag_signs(checkin.red_flags)
        if cleared_on is not None:
            return f"Red flag, cleared on {cleared_on.isoformat()}: {outcome.title} ({signs})"
        return f"Red flag: {outcome.title} ({signs})"
    if checkin.red_flags and checkin.cleared:
        return f"{outcome.title} (red flag cleared by a clinician)"
    if checkin.cleared:
        return f"{outcome.title} (cleared by a clinician)"
    return outcome.title


class CheckInModel(QAbstractItemModel):
    """Week ▸ check-in over the PlanModel's plan; read only (edits go through commands)."""

    def __init__(self, plan: PlanModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._groups: list[_Group] = []
        self._shown: tuple[object, ...] = ()
        self._build()
        plan.plan_changed.connect(self.refresh)
        plan.modelReset.connect(self.refresh)
        # The red-flag tiers' calls are the clinic's words: new ones show at once.
        brand_notifier().brand_changed.connect(self.refresh)

    # ----------------------------------------------------------------- reading the plan

    def _key(self) -> tuple[object, ...]:
        program = self._plan.program()
        return (
            program.start_date,
            len(program.weeks),
            tuple(checkin.model_copy(deep=True) for checkin in program.checkins),
            brand().safety,
        )

    def _build(self) -> None:
        program = self._plan.program()
        self._shown = self._key()
        name_of = self._plan.exercise_name
        # Flags a later check-in cleared: `history` decides, as for CK601 and the export gate.
        cleared = {span.index: span.cleared_on for span in red_flag_spans(program)}
        by_week: dict[int, list[_Row]] = {}
        wording = brand().safety  # the red-flag tiers in the clinic's words
        for position, checkin in reversed(ordered(program)):
            outcome = triage(checkin, earlier=program.checkins, name_of=name_of, wording=wording)
            week = week_of(program.start_date, len(program.weeks), checkin.date)
            row = _Row(position, checkin, outcome, cleared.get(position))
            by_week.setdefault(week, []).append(row)
        self._groups = [
            _Group(week, group_label(program.start_date, week), tuple(rows))
            for week, rows in sorted(by_week.items(), reverse=True)
        ]

    def refresh(self) -> None:
        """Rebuild when the check-ins changed since they were last read."""
        if self._key() == self._shown:
            return
        self.beginResetModel()
        self._build()
        self.endResetModel()

    # ----------------------------------------------------------------- lookups

    def position(self, index: AnyIndex) -> int | None:
        """The file position of the check-in an index (any column) stands for."""
        row = self._row(index)
        return None if row is None else row.position

    def index_of(self, position: int) -> QModelIndex:
        """The row of the check-in at `position` in the file (invalid when none)."""
        for group_row, group in enumerate(self._groups):
            for row, entry in enumerate(group.rows):
                if entry.position == position:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    def triage_of(self, index: AnyIndex) -> Triage | None:
        """The guidance the check-in an index (any column) stands for got."""
        row = self._row(index)
        return None if row is None else row.triage

    def open_red_flags(self) -> int:
        """How many check-ins report a red flag no clinician has cleared since."""
        return sum(1 for group in self._groups for entry in group.rows if entry.open_red_flag)

    def positions(self) -> list[int]:
        """Every check-in's file position, in the order the panel lists them."""
        return [entry.position for group in self._groups for entry in group.rows]

    def _row(self, index: AnyIndex) -> _Row | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1].rows[index.row()]

    # ----------------------------------------------------------------- Qt structure

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != _GROUP or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()].rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMN_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMN_TITLES)
        ):
            return COLUMN_TITLES[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._row(index)
        assert row is not None
        return self._checkin_data(row, index.column(), role)

    def _group_data(self, group: _Group, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(group.rows)
            return f"{group.label} · {count} check-in{'s' if count != 1 else ''}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _checkin_data(self, row: _Row, column: int, role: int) -> Any:
        checkin, outcome = row.checkin, row.triage
        if role == POSITION_ROLE:
            return row.position
        if role == TRIAGE_ROLE:
            return outcome
        if role == Qt.ItemDataRole.ToolTipRole:
            return tool_tip("\n".join(display_text(line) for line in outcome.lines()))
        if role == Qt.ItemDataRole.ForegroundRole and row.open_red_flag:
            return QBrush(RED_FLAG_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DATE:
            return _icon(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_GUIDANCE:
            return guidance_cell(checkin, outcome, row.cleared_on)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_DATE:
            return f"{checkin.date:%a} {checkin.date.day} {checkin.date:%b %Y}"
        if column == COL_REPORTED:
            return display_text(reported_text(checkin, self._plan.exercise_name))
        return guidance_cell(checkin, outcome, row.cleared_on)


def _icon(row: _Row) -> Any:
    """An open red flag's icon, or a warning's for a cleared one and for sharp or unusual
    pain; None for the rest."""
    if row.open_red_flag:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
    elif row.triage.red_flag or row.triage.level in ("sharp", "unclear"):
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
    else:
        return None
    style = QApplication.style()
    return style.standardIcon(pixmap) if style is not None else None
