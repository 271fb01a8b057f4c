"""The centre of the window: weeks, the seven days of the selected week, and a session's items.

The editor owns no plan data. It reads through PlanModel and turns every user action into a
command on the shared QUndoStack; after each change (plan_changed) it re-reads what it shows.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.editing.ops import EditWeek
from planner_gui.domain.editing.paths import ItemPath
from planner_gui.domain.editing.placement import Selection, add_exercise, free_day, new_session
from planner_gui.domain.editing.ramps import add_standard_ramp, takes_standard_ramp
from planner_gui.domain.findings import Finding
from planner_gui.domain.limits import MAX_NOTE_CHARS
from planner_gui.domain.notation import format_number
from planner_gui.domain.vocabulary import BLOCK_KINDS, DAY_NAMES, DAYS, BlockKind, Day
from planner_gui.ui.actions import build_action, context_entries, menu_entries
from planner_gui.ui.commands.items import DuplicateItemCommand, MoveItemCommand, RemoveItemCommand
from planner_gui.ui.commands.program import SetProgramMetadataCommand
from planner_gui.ui.commands.routines import BuildRoutineCommand
from planner_gui.ui.commands.sessions import (
    AddSessionCommand,
    DuplicateSessionCommand,
    EditSessionCommand,
    RemoveSessionCommand,
)
from planner_gui.ui.commands.weeks import (
    AddWeekCommand,
    CopyWeekForwardCommand,
    DuplicateWeekCommand,
    RemoveWeekCommand,
    ToggleDeloadCommand,
)
from planner_gui.ui.dialogs.build_routine import BuildRoutineDialog
from planner_gui.ui.dialogs.copy_week import CopyWeekForwardDialog
from planner_gui.ui.dialogs.plan_details import PlanDetailsDialog
from planner_gui.ui.editor.day_view import DayView
from planner_gui.ui.editor.estimate import estimate
from planner_gui.ui.editor.notes_box import NotesBox
from planner_gui.ui.editor.session_table import SessionTable
from planner_gui.ui.editor.week_bar import WeekList
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.models.undo import OperationCommand


class PlanEditor(QWidget):
    """Week selector, seven-day view, session fields and the session's item table."""

    #: Plan ▸ Check-in… was chosen: the window's Check-ins panel opens the dialog.
    checkin_requested = Signal()
    #: A right-click menu is about to be built (after the click selected what it is on): the
    #: window names its own actions there as the File menu names them ("Print week 3 as
    #: cards…").
    context_menu_opening = Signal()
    #: That menu has closed: the window gives its actions their plain texts again.
    context_menu_closed = Signal()

    def __init__(
        self, model: PlanModel, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.setAccessibleName("Plan editor")
        self._model = model
        self._stack = undo_stack
        model.set_undo_stack(undo_stack)
        self._session = QPersistentModelIndex()
        self._first_day: Day = "mon"
        #: What a right-click on a week adds after the week's own actions (the window puts
        #: Print week… here); they act on the week the click selected.
        self.week_actions: list[QAction] = []

        self.week_list = WeekList(model)
        self.day_view = DayView(model)
        self.item_table = SessionTable(model)
        self._build_session_fields()
        self._build_layout()
        self._actions: dict[str, QAction] = {}
        self._build_actions()

        self.week_list.selectionModel().currentChanged.connect(self._on_week_changed)
        self.day_view.session_clicked.connect(self.select_session)
        self.day_view.add_requested.connect(lambda day: self.add_session(day))
        self.item_table.selectionModel().currentChanged.connect(self._update_actions)
        model.plan_changed.connect(self._refresh)
        model.modelReset.connect(self._after_reset)
        self._after_reset()

    # ----------------------------------------------------------------- construction

    def _build_session_fields(self) -> None:
        self.session_name = QLineEdit()
        self.session_name.setObjectName("sessionName")
        self.session_name.setAccessibleName("Session name")
        self.session_name.setPlaceholderText("Session name")
        self.session_name.editingFinished.connect(self._name_edited)
        self.session_day = QComboBox()
        self.session_day.setObjectName("sessionDay")
        self.session_day.setAccessibleName("Session day")
        for day in DAYS:
            self.session_day.addItem(DAY_NAMES[day], day)
        self.session_day.activated.connect(self._day_edited)
        self.session_duration = QSpinBox()
        self.session_duration.setObjectName("sessionDuration")
        self.session_duration.setAccessibleName("Session duration in minutes")
        self.session_duration.setRange(0, 600)
        self.session_duration.setSingleStep(5)
        self.session_duration.setSuffix(" min")
        self.session_duration.setSpecialValueText("—")
        self.session_duration.setToolTip("Planned minutes; with the RPE it gives the session load")
        self.session_duration.valueChanged.connect(self._duration_edited)
        self.session_rpe = QDoubleSpinBox()
        self.session_rpe.setObjectName("sessionRpe")
        self.session_rpe.setAccessibleName("Session RPE")
        self.session_rpe.setRange(0, 10)
        self.session_rpe.setDecimals(1)
        self.session_rpe.setSingleStep(0.5)
        self.session_rpe.setSpecialValueText("—")
        self.session_rpe.setToolTip("How hard the whole session should feel, 1–10")
        self.session_rpe.valueChanged.connect(self._rpe_edited)
        # A box of lines, as the week's notes are: a one-line field showed a few words of a
        # note of a sentence or two, and lost its line breaks.
        self.session_notes = NotesBox()
        self.session_notes.setObjectName("sessionNotes")
        self.session_notes.setAccessibleName("Session notes")
        self.session_notes.setPlaceholderText("Notes for the selected session")
        self.session_notes.setToolTip("Notes for this session, printed on its page")
        self.session_notes.setMaxLength(MAX_NOTE_CHARS)
        self.session_notes.editingFinished.connect(self._session_notes_edited)
        self.session_load = QLabel()
        self.session_load.setObjectName("sessionLoad")
        self.session_load.setToolTip("Session load (Foster): minutes × session RPE")
        # Wraps rather than widens the editor: with a wide system font (DejaVu Sans, Debian's
        # default) the unwrapped line pushed the window past a 1024-pixel screen.
        self.session_load.setWordWrap(True)
        # Beside the planned minutes: how long the exercises take, marked when it runs past
        # what the session-time rule allows (see estimate.py).
        self.session_estimate = QLabel()
        self.session_estimate.setObjectName("sessionEstimate")
        self.session_estimate.setAccessibleName("Estimated session time")
        self.session_estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate_mark = QLabel()
        self.estimate_mark.setObjectName("sessionEstimateMark")
        self.estimate_mark.setAccessibleName("Estimate exceeds the planned minutes")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.estimate_mark.setPixmap(icon.pixmap(size, size))
        self.estimate_mark.hide()

    def _build_layout(self) -> None:
        weeks_label = QLabel("<b>Weeks</b>")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(weeks_label)
        left_layout.addWidget(self.week_list, 3)

        self.plan_heading = QLabel()
        self.plan_heading.setObjectName("planHeading")
        self.plan_heading.setAccessibleName("Plan title, athlete and start date")
        self.plan_heading.setTextFormat(Qt.TextFormat.PlainText)
        # A long title or athlete name wraps instead of pushing the window off the screen.
        self.plan_heading.setWordWrap(True)
        self.details_button = QToolButton()
        self.details_button.setObjectName("planDetailsButton")
        self.details_button.setAccessibleName("Plan details")
        self.details_button.setText("Details…")
        self.details_button.setToolTip("Set the plan's title, athlete and start date")
        self.details_button.clicked.connect(lambda _=False: self.edit_plan_details())
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_heading, 1)
        plan_row.addWidget(self.details_button)

        self.week_title = QLabel()
        self.week_title.setObjectName("weekTitle")
        self.week_deload = QCheckBox("Deload week")
        self.week_deload.setObjectName("weekDeload")
        self.week_deload.setToolTip("A lighter week: cut volume by about a third to a half")
        self.week_deload.clicked.connect(lambda _=False: self.toggle_deload())
        # Under the week list, where the column has height to spare: a few lines of a
        # week's notes show at once without costing the session table a row.
        self.week_notes = NotesBox()
        self.week_notes.setObjectName("weekNotes")
        self.week_notes.setAccessibleName("Week notes")
        self.week_notes.setPlaceholderText("Notes for the week")
        self.week_notes.setToolTip("Printed under the week's first session on the handout")
        self.week_notes.setMaxLength(MAX_NOTE_CHARS)
        self.week_notes.editingFinished.connect(self._week_notes_edited)
        self.week_notes_label = QLabel("<b>Week notes</b>")
        self.week_notes_label.setBuddy(self.week_notes)
        left_layout.addWidget(self.week_notes_label)
        left_layout.addWidget(self.week_notes, 2)
        # Below them the selected session's notes, in a box of the same kind: the session
        # fields beside the day cards have no width to spare for one.
        self.session_notes_label = QLabel("<b>Session notes</b>")
        self.session_notes_label.setObjectName("sessionNotesLabel")
        self.session_notes_label.setBuddy(self.session_notes)
        left_layout.addWidget(self.session_notes_label)
        left_layout.addWidget(self.session_notes, 2)
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_title, 1)
        week_row.addWidget(self.week_deload)

        duration_cell = QWidget()
        duration_row = QHBoxLayout(duration_cell)
        duration_row.setContentsMargins(0, 0, 0, 0)
        duration_row.setSpacing(6)
        self.session_duration.setMinimumWidth(90)
        duration_row.addWidget(self.session_duration)
        duration_row.addWidget(self.estimate_mark)
        duration_row.addWidget(self.session_estimate)
        duration_row.addStretch(1)
        # Two rows, so the name keeps a useful width when the editor pane is narrow.
        fields = QGridLayout()
        fields.setHorizontalSpacing(6)
        fields.setVerticalSpacing(4)
        for row, pairs in enumerate(
            (
                (("Session", self.session_name), ("Day", self.session_day)),
                (("Duration", duration_cell), ("RPE", self.session_rpe)),
            )
        ):
            for pair, (label, widget) in enumerate(pairs):
                caption = QLabel(label)
                caption.setBuddy(self.session_duration if widget is duration_cell else widget)
                fields.addWidget(caption, row, pair * 2)
                if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                    widget.setMinimumWidth(90)
                    fields.addWidget(widget, row, pair * 2 + 1, Qt.AlignmentFlag.AlignLeft)
                else:
                    fields.addWidget(widget, row, pair * 2 + 1)
        fields.addWidget(self.session_load, 0, 4, 2, 1)
        fields.setColumnStretch(1, 1)
        fields.setColumnStretch(4, 1)
        self.session_fields = QWidget()
        self.session_fields.setObjectName("sessionFields")
        self.session_fields.setLayout(fields)
        fields.setContentsMargins(0, 0, 0, 0)

        self.no_session = QLabel(
            "This week has no sessions yet. Click + on a day above, or use Plan ▸ Add session."
        )
        self.no_session.setObjectName("noSessionLabel")
        self.no_session.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_session.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.item_table)
        self.table_stack.addWidget(self.no_session)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(plan_row)
        right_layout.addLayout(week_row)
        right_layout.addWidget(self.day_view)
        right_layout.addWidget(self.session_fields)
        right_layout.addWidget(self.table_stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("editorSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.week_list.minimumWidth(), 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.week_deload.setAccessibleName("Deload week")
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the layout: weeks, deload box, day cards, session fields, item table.

        The day view rebuilds its cards on every refresh and Qt appends new widgets to the end
        of the window's focus chain, so this runs after each rebuild.
        """
        chain: list[QWidget] = [
            self.details_button,
            self.week_list,
            self.week_notes,
            self.week_deload,
            *self.day_view.focus_widgets(),
            self.session_name,
            self.session_day,
            self.session_duration,
            self.session_rpe,
            self.session_notes,
            self.item_table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_actions(self) -> None:
        """The Plan menu's actions, as ui/actions.py declares them; this says what each does."""
        slots: dict[str, Callable[[], object]] = {
            "plan_details": self.edit_plan_details,
            "add_week": self.add_week,
            "duplicate_week": self.duplicate_week,
            "remove_week": self.remove_week,
            "toggle_deload": self.toggle_deload,
            "copy_forward": self.copy_week_forward,
            "add_session": self.add_session,
            "rename_session": self.rename_session,
            "move_session": self.move_session_to_day,
            "duplicate_session": self.duplicate_session_to_day,
            "remove_session": self.remove_session,
            "duplicate_row": self.duplicate_row,
            "remove_row": self.remove_row,
            "move_up": lambda: self.move_row(-1),
            "move_down": lambda: self.move_row(1),
            "add_ramp": self.add_standard_ramp,
            "build_routine": self.build_routine,
            "checkin": self.checkin_requested.emit,
        }
        for key, slot in slots.items():
            action = build_action(key, self, slot)
            self.addAction(action)
            self._actions[key] = action
        self.item_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.item_table.customContextMenuRequested.connect(self._show_table_menu)
        self.week_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.week_list.customContextMenuRequested.connect(self._show_week_menu)
        self.day_view.session_menu_requested.connect(self._show_session_menu)

    def context_menu(self, target: str) -> QMenu:
        """A context menu (week, session, block or row): the Plan menu's actions for it, as
        ui/actions.py lists them, so its keys and enabled states are the menu's own."""
        menu = QMenu(self)
        menu.setObjectName(f"{target}Menu")
        for entry in context_entries(target):
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(self._actions[entry.key])
        if target == "session" and self.day_view.card_actions:
            # Printing that session (the window's own actions, given to the day view).
            menu.addSeparator()
            menu.addActions(self.day_view.card_actions)
        if target == "week" and self.week_actions:
            menu.addSeparator()
            menu.addActions(self.week_actions)
        if target in ("row", "block"):
            # On a block's heading (an empty block's too) or its rows: build its routine.
            menu.addSeparator()
            menu.addAction(self._actions["build_routine"])
        return menu

    def row_menu(self) -> QMenu:
        """The item table's context menu on an exercise: the Plan menu's row entries."""
        return self.context_menu("row")

    def _popup(self, target: str, where: QPoint) -> None:
        self._update_actions()
        self.context_menu_opening.emit()
        menu = self.context_menu(target)
        try:
            self._exec_menu(menu, where)
        finally:
            self.context_menu_closed.emit()
            menu.deleteLater()

    def _exec_menu(self, menu: QMenu, where: QPoint) -> None:
        """Run a context menu until it closes (tests replace this to read the menu)."""
        menu.exec(where)

    def _show_table_menu(self, position: QPoint) -> None:
        """On an exercise its row's menu; on a block heading or below the rows, the session's."""
        index = self.item_table.indexAt(position)
        kind = self._model.kind_of(index)
        if kind in ("item", "block"):
            self._set_table_current(index)
        target = kind if kind in ("item", "block") else "session"
        where = self.item_table.viewport().mapToGlobal(position)
        self._popup("row" if target == "item" else target, where)

    def _show_week_menu(self, position: QPoint) -> None:
        index = self.week_list.indexAt(position)
        if index.isValid():
            self.select_week(index.row())
        self._popup("week", self.week_list.viewport().mapToGlobal(position))

    def _show_session_menu(self, session: int, where: QPoint) -> None:
        self.select_session(session)
        self._popup("session", where)

    @property
    def actions_for_menu(self) -> list[QAction]:
        """The Plan menu, in order, with separators between weeks, sessions and rows."""
        entries: list[QAction] = []
        for entry in menu_entries("plan"):
            if entry is None:
                separator = QAction(self)
                separator.setSeparator(True)
                entries.append(separator)
            else:
                entries.append(self._actions[entry.key])
        return entries

    def action(self, key: str) -> QAction:
        return self._actions[key]

    # ----------------------------------------------------------------- selection state

    def current_week(self) -> int:
        return self.week_list.current_week()

    def current_session(self) -> int:
        index = self._session
        if not index.isValid() or index.parent().row() != self.current_week():
            return -1
        return index.row()

    def current_item(self) -> ItemPath | None:
        """The selected row of the session on screen (never a row of another day)."""
        path = self._model.item_path(self.item_table.currentIndex())
        if path is None or (path.week, path.session) != (
            self.current_week(),
            self.current_session(),
        ):
            return None
        return path

    def select_week(self, week: int) -> None:
        self.week_list.select_week(week)

    def select_session(self, session: int) -> None:
        week = self.current_week()
        if week < 0 or not 0 <= session < len(self._model.week(week).sessions):
            self._session = QPersistentModelIndex()
        else:
            self._session = QPersistentModelIndex(self._model.session_index(week, session))
        self._refresh()

    def select_item(self, path: ItemPath) -> None:
        self.select_week(path.week)
        self.select_session(path.session)
        self._set_table_current(self._model.item_index(path))

    def _set_table_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.item_table.selectionModel().setCurrentIndex(index, flags)
        self.item_table.scrollTo(index)

    def select_finding(self, finding: Finding) -> None:
        """Show the week, session and row a checker finding is about."""
        if finding.week is None:
            return
        week = finding.week - 1
        if not 0 <= week < len(self._model.program().weeks):
            return
        self.select_week(week)
        if finding.session_index is None:
            return
        self.select_session(finding.session_index)
        if finding.block is None:
            return
        block_index = self._model.block_index(week, finding.session_index, finding.block)
        target = block_index
        if finding.item_index is not None:
            item = self._model.index(finding.item_index, 0, block_index)
            target = item if item.isValid() else block_index
        self._set_table_current(target)

    def set_first_day(self, day: Day) -> None:
        """The preferred first day: where the search for a free day for a new session starts.

        The day view itself follows the plan's weeks, which begin on the start date's weekday,
        so its dates always run in order (see day_view.week_days).
        """
        self._first_day = day

    # ----------------------------------------------------------------- refresh

    def _after_reset(self) -> None:
        self._session = QPersistentModelIndex()
        if self._model.rowCount() > 0:
            self.week_list.select_week(0)
        self._refresh()

    def _on_week_changed(self, *_: object) -> None:
        week = self.current_week()
        if week >= 0 and self._model.week(week).sessions:
            self._session = QPersistentModelIndex(self._model.session_index(week, 0))
        else:
            self._session = QPersistentModelIndex()
        self._refresh()

    def _refresh(self) -> None:
        model = self._model
        if self.current_week() < 0 and model.rowCount() > 0:
            self.week_list.select_week(min(model.rowCount() - 1, 0))
            return  # _on_week_changed refreshes
        week = self.current_week()
        if week >= 0 and self.current_session() < 0 and model.week(week).sessions:
            self._session = QPersistentModelIndex(model.session_index(week, 0))
        session = self.current_session()
        self._show_plan_heading()
        self._show_week_header(week)
        self.day_view.show_week(week, session)
        self._order_tabs()
        self._show_session_fields(week, session)
        if session >= 0:
            self.item_table.show_session(week, session)
            self.table_stack.setCurrentWidget(self.item_table)
        else:
            self.table_stack.setCurrentWidget(self.no_session)
        self._update_actions()

    def _show_plan_heading(self) -> None:
        program = self._model.program()
        parts = [program.title]
        if program.athlete:
            parts.append(f"for {program.athlete}")
        start = program.start_date
        parts.append(f"starts {start:%a} {start.day} {start:%b %Y}")
        self.plan_heading.setText(" · ".join(parts))

    def _show_week_header(self, week: int) -> None:
        if week < 0:
            self.week_title.setText("No weeks yet: use Plan ▸ Add week")
            self.week_deload.setEnabled(False)
            self.week_notes.setEnabled(False)
            self.week_notes.clear()
            return
        first, last = self._model.week_dates(week)
        load = sum(s.session_load for s in self._model.week(week).sessions)
        self.week_title.setText(
            f"<b>Week {week + 1}</b> · {first.day} {first:%b} – {last.day} {last:%b} · "
            f"weekly load {format_number(load)}"
        )
        self.week_deload.setEnabled(True)
        self.week_deload.setChecked(self._model.week(week).deload)
        self.week_notes.setEnabled(True)
        self.week_notes.show_text(self._model.week(week).notes)

    def _show_session_fields(self, week: int, session: int) -> None:
        self.session_fields.setEnabled(session >= 0)
        self.session_notes.setEnabled(session >= 0)
        widgets = (
            self.session_name,
            self.session_day,
            self.session_duration,
            self.session_rpe,
            self.session_notes,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if session < 0:
                self.session_name.clear()
                self.session_notes.clear()
                self.session_duration.setValue(0)
                self.session_rpe.setValue(0)
                self.session_load.clear()
                self.session_estimate.clear()
                self.estimate_mark.hide()
                return
            entry = self._model.session(week, session)
            if self.session_name.text() != entry.name:
                self.session_name.setText(entry.name)
            self.session_notes.show_text(entry.notes)
            self.session_day.setCurrentIndex(DAYS.index(entry.day))
            self.session_duration.setValue(entry.duration_min or 0)
            self.session_rpe.setValue(entry.rpe or 0)
            self.session_load.setText(
                f"Session load {format_number(entry.session_load)} (min × RPE)"
            )
            self._show_estimate(week, session)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _show_estimate(self, week: int, session: int) -> None:
        found = estimate(self._model.program(), self._model.session(week, session))
        self.session_estimate.setText(found.text())
        self.session_estimate.setToolTip(found.tip())
        self.estimate_mark.setToolTip(found.tip())
        self.estimate_mark.setVisible(found.too_long)

    def estimate_too_long(self) -> bool:
        """Whether the estimate beside the minutes is marked as running past them."""
        return not self.estimate_mark.isHidden()

    def _update_actions(self, *_: object) -> None:
        weeks = len(self._model.program().weeks)
        has_week = self.current_week() >= 0
        has_session = self.current_session() >= 0
        path = self.current_item()
        for key in ("duplicate_week", "toggle_deload", "copy_forward", "add_session"):
            self._actions[key].setEnabled(has_week)
        self._actions["remove_week"].setEnabled(has_week and weeks > 1)
        for key in (
            "rename_session",
            "move_session",
            "duplicate_session",
            "remove_session",
            "build_routine",
        ):
            self._actions[key].setEnabled(has_session)
        self._actions["duplicate_row"].setEnabled(path is not None)
        self._actions["remove_row"].setEnabled(path is not None)
        # Kept enabled at a block's edge so Alt+Up/Down never falls through to the view's
        # own cursor keys; move_row ignores a move past the edge.
        self._actions["move_up"].setEnabled(path is not None)
        self._actions["move_down"].setEnabled(path is not None)
        self._actions["add_ramp"].setEnabled(
            path is not None and takes_standard_ramp(self._model.item(path))
        )

    # ----------------------------------------------------------------- session fields

    def _name_edited(self) -> None:
        week, session = self.current_week(), self.current_session()
        if session < 0:
            return
        name = self.session_name.text().strip()
        if name != self._model.session(week, session).name:
            self._stack.push(EditSessionCommand(self._model, week, session, "name", name))

    def _session_notes_edited(self) -> None:
        week, session = self.current_week(), self.current_session()
        if session < 0:
            return
        text, notes = self.session_notes.text(), self._model.session(week, session).notes
        if text != notes and text.strip() != notes:
            self._stack.push(EditSessionCommand(self._model, week, session, "notes", text.strip()))

    def _week_notes_edited(self) -> None:
        week = self.current_week()
        if week < 0:
            return
        text, notes = self.week_notes.text(), self._model.week(week).notes
        if text != notes and text.strip() != notes:
            self._stack.push(OperationCommand(self._model, EditWeek(week, "notes", text.strip())))

    def _day_edited(self, row: int) -> None:
        week, session = self.current_week(), self.current_session()
        day = self.session_day.itemData(row)
        if session >= 0 and day != self._model.session(week, session).day:
            self._stack.push(EditSessionCommand(self._model, week, session, "day", day))

    def _duration_edited(self, value: int) -> None:
        week, session = self.current_week(), self.current_session()
        if session >= 0:
            minutes = value or None
            if minutes != self._model.session(week, session).duration_min:
                self._stack.push(
                    EditSessionCommand(self._model, week, session, "duration_min", minutes)
                )

    def _rpe_edited(self, value: float) -> None:
        week, session = self.current_week(), self.current_session()
        if session >= 0:
            rpe = value or None
            if rpe != self._model.session(week, session).rpe:
                self._stack.push(EditSessionCommand(self._model, week, session, "rpe", rpe))

    # ----------------------------------------------------------------- plan actions

    def edit_plan_details(self) -> None:
        """Ask for title, athlete and start date; one undoable change for what differs."""
        dialog = PlanDetailsDialog(self._model.program(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        if changes:
            self._stack.push(SetProgramMetadataCommand(self._model, **changes))

    # ----------------------------------------------------------------- week actions

    def add_week(self) -> None:
        position = len(self._model.program().weeks)
        self._stack.push(AddWeekCommand(self._model, position))
        self.select_week(position)

    def duplicate_week(self) -> None:
        week = self.current_week()
        if week >= 0:
            self._stack.push(DuplicateWeekCommand(self._model, week))
            self.select_week(week + 1)

    def remove_week(self) -> None:
        week = self.current_week()
        if week >= 0 and len(self._model.program().weeks) > 1:
            self._stack.push(RemoveWeekCommand(self._model, week))
            self.select_week(min(week, len(self._model.program().weeks) - 1))

    def toggle_deload(self) -> None:
        week = self.current_week()
        if week >= 0:
            self._stack.push(ToggleDeloadCommand(self._model, week))

    def copy_week_forward(self) -> None:
        """Ask which exercises and variable, then copy the week to the next one."""
        week = self.current_week()
        if week < 0:
            return
        dialog = CopyWeekForwardDialog(self._model, week, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = CopyWeekForwardCommand(
            self._model,
            week,
            dialog.chosen_exercises(),
            dialog.progression(),
            deload=dialog.makes_deload(),
        )
        self._stack.push(command)
        self.select_week(week + 1)

    # ----------------------------------------------------------------- session actions

    def add_session(self, day: Day | None = None) -> None:
        """Add a session on `day`, or on the next free day from the preferred first day,
        planned like the latest session (see placement.new_session)."""
        week = self.current_week()
        if week < 0:
            return
        program = self._model.program()
        chosen = day if day in DAYS else free_day(program.weeks[week], self._first_day)
        position = len(program.weeks[week].sessions)
        session = new_session(program, week, chosen, position)
        self._stack.push(AddSessionCommand(self._model, week, position, session))
        self.select_session(position)

    def rename_session(self) -> None:
        if self.current_session() >= 0:
            self.session_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.session_name.selectAll()

    def move_session_to_day(self) -> None:
        week, session = self.current_week(), self.current_session()
        if session < 0:
            return
        names = [DAY_NAMES[day] for day in DAYS]
        current = DAYS.index(self._model.session(week, session).day)
        name, ok = QInputDialog.getItem(
            self, "Move session", "Move the session to:", names, current, False
        )
        if ok and name in names:
            day = DAYS[names.index(name)]
            if day != self._model.session(week, session).day:
                self._stack.push(EditSessionCommand(self._model, week, session, "day", day))

    def duplicate_session_to_day(self) -> None:
        """Ask for a day, then copy the selected session (blocks and items) there."""
        week, session = self.current_week(), self.current_session()
        if session < 0:
            return
        own = self._model.session(week, session).day
        days = [day for day in DAYS if day != own]
        taken = {s.day for s in self._model.week(week).sessions}
        # Offer the first free day after the session's own (the next training day, usually).
        after = DAYS.index(own)
        ring = [DAYS[(after + step) % len(DAYS)] for step in range(1, len(DAYS))]
        suggested = next((day for day in ring if day not in taken), ring[0])
        names = [DAY_NAMES[day] for day in days]
        name, ok = QInputDialog.getItem(
            self,
            "Duplicate session",
            "Copy the session and its exercises to:",
            names,
            days.index(suggested),
            False,
        )
        if not ok or name not in names:
            return
        command = DuplicateSessionCommand(self._model, week, session, days[names.index(name)])
        self._stack.push(command)
        self.select_session(command.position)

    def remove_session(self) -> None:
        week, session = self.current_week(), self.current_session()
        if session >= 0:
            self._stack.push(RemoveSessionCommand(self._model, week, session))

    # ----------------------------------------------------------------- row actions

    def add_exercise(self, exercise_id: str) -> None:
        """Add an exercise with its default dose where the selection says (a chosen block
        heading, or below a selected row whose block suits it), else to its category's block;
        with no session in the week, to a new one (see placement.add_exercise)."""
        exercise = self._model.catalog().get(exercise_id)
        week = self.current_week()
        if exercise is None or week < 0:
            return
        session = self.current_session()
        selection = None
        current = self.item_table.currentIndex()
        kind = self._model.kind_of(current)
        where = self._model.location(current) if kind in ("block", "item") else ()
        # The table's current index can still point into the session shown before (another
        # day's row); only a row or heading of the session on screen says where to add.
        if session >= 0 and where[:2] == (week, session):
            selection = Selection(BLOCK_KINDS[where[2]], where[3] if kind == "item" else None)
        operation, path = add_exercise(
            self._model.program(),
            exercise,
            week,
            session if session >= 0 else None,
            selection,
            first_day=self._first_day,
        )
        self._stack.push(OperationCommand(self._model, operation))
        self.select_item(path)

    def duplicate_row(self) -> None:
        path = self.current_item()
        if path is not None:
            self._stack.push(DuplicateItemCommand(self._model, path))
            self.select_item(path._replace(row=path.row + 1))

    def remove_row(self) -> None:
        path = self.current_item()
        if path is None:
            return
        self._stack.push(RemoveItemCommand(self._model, path))
        remaining = len(self._model.items_in_block(path.week, path.session, path.block))
        if remaining:
            self.select_item(path._replace(row=min(path.row, remaining - 1)))
        else:
            self._set_table_current(self._model.block_index(path.week, path.session, path.block))

    def add_standard_ramp(self) -> None:
        """Give the selected row the standard ramp-up sets (40/60/80 % × 5/3/2), one undo."""
        path = self.current_item()
        if path is None:
            return
        operation = add_standard_ramp(self._model.program(), path)
        if operation is not None:
            self._stack.push(OperationCommand(self._model, operation))

    def build_routine(self) -> BuildRoutineDialog | None:
        """Open Build routine… for the selected session (window-modal, not blocking), on the
        routine of the block selected in the table; Apply pushes its edit as one undo step."""
        week, session = self.current_week(), self.current_session()
        if session < 0:
            return None
        block: BlockKind | None = None
        current = self.item_table.current_block_row()
        where = self._model.location(current) if current.isValid() else ()
        if where[:2] == (week, session):
            block = BLOCK_KINDS[where[2]]
        dialog = BuildRoutineDialog(self._model, week, session, block, self)
        dialog.accepted.connect(lambda: self._apply_routine(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _apply_routine(self, dialog: BuildRoutineDialog) -> None:
        built = dialog.built()
        if built is None:
            return
        self._stack.push(BuildRoutineCommand(self._model, built))
        block_index = self._model.block_index(
            self.current_week(), self.current_session(), built.proposal.block
        )
        self._set_table_current(block_index)

    def move_row(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1) inside its block."""
        path = self.current_item()
        if path is None:
            return
        count = len(self._model.items_in_block(path.week, path.session, path.block))
        target = path.row + delta
        if not 0 <= target < count:
            return
        self._stack.push(MoveItemCommand(self._model, path, target))
        self.select_item(path._replace(row=target))
