"""The Check-ins pane beside the plan: what the athlete reported, by week, newest first.

The tree is a CheckInModel (the domain's check-ins adapted, red flags marked by icon, words
and colour); below it the full guidance of the selected check-in. Add…, Edit… (or a double
click), Remove and Adjust plan… each end in one command on the window's undo stack. The
dialogs open window-modal without blocking (`open`), and the panel keeps the one it opened
(`dialog`) until the next, so a caller (or a test) can fill it in and press its buttons.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.checkins.adjust import adjust_after_checkin
from planner_gui.ui.commands.checkins import (
    AddCheckInCommand,
    AdjustPlanCommand,
    EditCheckInCommand,
    RemoveCheckInCommand,
)
from planner_gui.ui.dialogs.adjust_plan import AdjustPlanDialog
from planner_gui.ui.dialogs.checkin import CheckInDialog, heading_text
from planner_gui.ui.models.checkin_model import COL_DATE, COL_GUIDANCE, CheckInModel
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.settings import brand

EMPTY_TEXT = "No check-ins yet."
#: Where the guidance goes when none is chosen (in the scrolled area, never making it taller).
EMPTY_HINT = (
    "After a session, record how the back felt with Add… or Plan ▸ Check-in… (Ctrl+K): the "
    "guidance shows as you answer."
)
DETAIL_HINT = "Select a check-in to read its guidance."
#: The Guidance column's width: a triage title on one or two lines; narrower (wrapping onto
#: more) down to GUIDANCE_MIN_WIDTH when the list is, so it is never cut off at the right.
GUIDANCE_WIDTH = 220
GUIDANCE_MIN_WIDTH = 120


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as the Guidance text wrapped at its column's width (a tree view asks its
    delegate for a size without saying how wide the column is)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() != COL_GUIDANCE:
            return super().sizeHint(option, index)
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, self._view.header().sectionSize(COL_GUIDANCE), 1)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(wrapped, index)


class CheckInsPanel(QWidget):
    """Check-ins grouped by week, their guidance, and the buttons that edit them."""

    #: An edit was made: one line for the status bar (refusals come from the model itself).
    message = Signal(str)

    def __init__(
        self,
        model: PlanModel,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinsPanel")
        self.setAccessibleName("Check-ins")
        self._model = model
        self._stack = undo_stack
        self._today = today
        self.dialog: QDialog | None = None
        self.checkins = CheckInModel(model, self)

        self.summary = QLabel()
        self.summary.setObjectName("checkinsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QTreeView()
        self.view.setObjectName("checkinsView")
        self.view.setAccessibleName("Check-ins by week")
        self.view.setModel(self.checkins)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Guidance wraps in its column rather than ending in "…" after a few words.
        self.view.setWordWrap(True)
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setUniformRowHeights(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, GUIDANCE_WIDTH)
        # Rows take the height their wrapped text needs at the column's new width.
        header.sectionResized.connect(self._section_resized)
        header.installEventFilter(self)
        self.detail = QLabel(DETAIL_HINT)
        self.detail.setObjectName("checkinDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Scrolled, so a long guidance text never makes the pane (and the window) taller.
        self.detail_area = QScrollArea()
        self.detail_area.setObjectName("checkinDetailArea")
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_area.setWidget(self.detail)
        self.detail_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail_area.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)

        self.add_button = self._button("&Add…", "checkinAddButton", "Record a check-in")
        self.edit_button = self._button(
            "&Edit…", "checkinEditButton", "Change the selected check-in's answers"
        )
        self.remove_button = self._button(
            "Remo&ve", "checkinRemoveButton", "Remove the selected check-in (undo brings it back)"
        )
        self.adjust_button = self._button(
            "Ad&just plan…",
            "checkinAdjustButton",
            "Preview easing the next two weeks after the selected check-in, then apply it",
        )
        self.add_button.clicked.connect(lambda _=False: self.record_checkin())
        self.edit_button.clicked.connect(lambda _=False: self.edit_selected())
        self.remove_button.clicked.connect(lambda _=False: self.remove_selected())
        self.adjust_button.clicked.connect(lambda _=False: self.adjust_selected())
        self.buttons = QGridLayout()
        self.title = QLabel("<b>Check-ins</b>")
        self.set_compact(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.detail_area, 1)
        layout.addLayout(self.buttons)

        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.checkins.modelReset.connect(self._after_reset)
        self._after_reset()

    def set_compact(self, compact: bool) -> None:
        """Beside the plan (narrow and tall): a title and the buttons in two rows. As a tab
        under the plan (wide and short): no title, since the tab names it, and one row."""
        self.title.setVisible(not compact)
        order = (self.add_button, self.edit_button, self.remove_button, self.adjust_button)
        for number, button in enumerate(order):
            self.buttons.removeWidget(button)
            row, column = (0, number) if compact else divmod(number, 2)
            self.buttons.addWidget(button, row, column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.header() and event.type() == QEvent.Type.Resize:
            self.fit_guidance()
        return super().eventFilter(watched, event)

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == COL_DATE:
            self.fit_guidance()
        self.view.doItemsLayout()

    def fit_guidance(self) -> None:
        """The Guidance column within the list's width beside the dates (the Reported column
        after it may scroll). Room is kept for a vertical scroll bar, whose coming and going
        would otherwise move the edge."""
        header = self.view.header()
        width = self.view.contentsRect().width() - self.view.verticalScrollBar().sizeHint().width()
        room = width - header.sectionSize(COL_DATE)
        header.resizeSection(COL_GUIDANCE, max(GUIDANCE_MIN_WIDTH, min(GUIDANCE_WIDTH, room)))

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setStatusTip(tip)
        return button

    # ----------------------------------------------------------------- selection

    def selected_position(self) -> int | None:
        """The file position of the selected check-in, None when a week row or nothing is."""
        return self.checkins.position(self.view.currentIndex())

    def select_position(self, position: int) -> bool:
        index = self.checkins.index_of(position)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _after_reset(self) -> None:
        for row in range(self.checkins.rowCount()):
            # A week's heading reads across the columns.
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()
        count = len(self._model.program().checkins)
        if count == 0:
            self.summary.setText(EMPTY_TEXT)
        else:
            flagged = self.checkins.open_red_flags()
            text = f"{count} check-in{'s' if count != 1 else ''}, newest first"
            if flagged:
                text += f"; {flagged} with a red flag no clinician has cleared"
            self.summary.setText(text + ".")
        self._current_changed(self.view.currentIndex())

    def _current_changed(self, index: QModelIndex | QPersistentModelIndex) -> None:
        outcome = self.checkins.triage_of(index)
        for button in (self.edit_button, self.remove_button, self.adjust_button):
            button.setEnabled(outcome is not None)
        if outcome is None:
            self.detail.setText(DETAIL_HINT if self._model.program().checkins else EMPTY_HINT)
            return
        self.detail.setText("\n".join([heading_text(outcome), *outcome.lines()]))

    def _double_clicked(self, index: QModelIndex) -> None:
        position = self.checkins.position(index)
        if position is not None:
            self.edit_checkin(position)

    # ----------------------------------------------------------------- editing

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_checkin(self) -> CheckInDialog:
        """Open the Check-in dialog for a new check-in; OK adds it (one undo step)."""
        program = self._model.program()
        dialog = CheckInDialog(
            program, self._model.exercise_name, today=self._today, parent=self.window()
        )
        dialog.accepted.connect(lambda: self._added(dialog))
        self._show(dialog)
        return dialog

    def _added(self, dialog: CheckInDialog) -> None:
        checkin = dialog.checkin()
        checkins = self._model.program().checkins
        before = len(checkins)
        self._stack.push(AddCheckInCommand(self._model, checkin))
        if len(checkins) > before:  # a refused edit adds nothing, and says why
            self.select_position(len(checkins) - 1)
            self.message.emit(f"Added the check-in of {checkin.date.isoformat()}")

    def edit_checkin(self, position: int) -> CheckInDialog:
        """Open the Check-in dialog on the check-in at `position`; OK replaces it."""
        program = self._model.program()
        dialog = CheckInDialog(
            program,
            self._model.exercise_name,
            checkin=program.checkins[position],
            position=position,
            parent=self.window(),
        )
        dialog.accepted.connect(lambda: self._edited(dialog, position))
        self._show(dialog)
        return dialog

    def _edited(self, dialog: CheckInDialog, position: int) -> None:
        checkin = dialog.checkin()
        if checkin == self._model.program().checkins[position]:
            return
        self._stack.push(EditCheckInCommand(self._model, position, checkin))
        self.select_position(position)

    def edit_selected(self) -> CheckInDialog | None:
        position = self.selected_position()
        return None if position is None else self.edit_checkin(position)

    def remove_checkin(self, position: int) -> None:
        """Remove the check-in at `position` (one undo step)."""
        when = self._model.program().checkins[position].date.isoformat()
        self._stack.push(RemoveCheckInCommand(self._model, position))
        self.message.emit(f"Removed the check-in of {when}")

    def remove_selected(self) -> None:
        position = self.selected_position()
        if position is not None:
            self.remove_checkin(position)

    def adjust_after(self, position: int) -> AdjustPlanDialog:
        """Preview the adjustment after the check-in at `position`; Apply makes it (one undo
        step)."""
        adjustment = adjust_after_checkin(
            self._model.program(), self._model.catalog(), position, brand().safety
        )
        dialog = AdjustPlanDialog(adjustment, self.window())
        dialog.accepted.connect(lambda: self._adjusted(dialog))
        self._show(dialog)
        return dialog

    def _adjusted(self, dialog: AdjustPlanDialog) -> None:
        adjustment = dialog.adjustment
        if not adjustment.changed:
            return
        self._stack.push(AdjustPlanCommand(self._model, adjustment))
        count = len(adjustment.operation.operations)
        self.message.emit(
            f"Adjusted the plan after the check-in of {adjustment.checkin.date.isoformat()}: "
            f"{count} exercise{'s' if count != 1 else ''} changed"
        )

    def adjust_selected(self) -> AdjustPlanDialog | None:
        position = self.selected_position()
        return None if position is None else self.adjust_after(position)
