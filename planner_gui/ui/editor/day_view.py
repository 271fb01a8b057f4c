"""The seven-day view of one week: a column per day with its sessions as buttons.

It only displays and reports clicks; the editor decides what a click or "add" does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.models import Program, Session
from planner_gui.domain.notation import format_number
from planner_gui.domain.vocabulary import DAY_NAMES, DAYS, Day, ordered_days
from planner_gui.ui.editor.estimate import estimate
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.plain import tool_tip
from planner_gui.ui.style import selected_card_colours

#: How much wider than a rest day a day with sessions is drawn.
SESSION_STRETCH = 3


class SessionButton(QPushButton):
    """A checkable session card: the name on up to three lines, then minutes and RPE.

    Names wrap at word boundaries to the column width and only the last line elides, so
    "Squat and bench day" reads whole in a 1366-pixel window; a longer name still elided
    is whole in the tool tip and the accessible name. Every card is five lines tall, so
    cards in neighbouring columns line up.
    """

    NAME_LINES = 3

    def __init__(self, lines: tuple[str, ...]) -> None:
        super().__init__()
        self.lines = lines
        self._restyle()
        self._fit(max(20, self.fontMetrics().horizontalAdvance(lines[0]) + 8))

    def _restyle(self) -> None:
        """The selected card in the selection colour (style.selected_card_colours): Fusion
        draws a checked button only a shade darker, which on a dark palette is barely seen."""
        ground, text = selected_card_colours(self.palette())
        sheet = (
            "QPushButton { padding: 2px 3px; }"
            f"QPushButton:checked {{ background-color: {ground.name()}; color: {text.name()};"
            f" border: 1px solid {text.name()}; border-radius: 3px; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()  # the system switched between light and dark

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.NAME_LINES + len(self.lines) - 1
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * lines + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(20, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(max(20, self.width() - 8))

    def _fit(self, width: int) -> None:
        metrics = self.fontMetrics()
        name = wrap_lines(self.lines[0], metrics, width, self.NAME_LINES)
        rest = [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in self.lines[1:]
        ]
        self.setText("\n".join(name + rest))


def wrap_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """Break `text` at spaces into at most `most` lines of `width` pixels; elide the last."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            # One word too long for the column: keep what fits, carry on with the rest.
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def _estimate_shown(program: Program, session: Session) -> tuple[str, bool]:
    found = estimate(program, session)
    return found.text(), found.too_long


def week_days(start_weekday: int) -> list[Day]:
    """A plan week's days in date order: its weeks begin on the start date's weekday.

    Starting anywhere else would put dates out of order (a Monday-start week shown from
    Sunday would open with the Sunday at its end), so the columns follow the calendar.
    """
    return ordered_days(DAYS[start_weekday])


class DayView(QWidget):
    """Seven day columns for the selected week in date order; the selected session is checked."""

    session_clicked = Signal(int)
    #: A right-click on a session's card: its index and where, on the screen.
    session_menu_requested = Signal(int, QPoint)
    add_requested = Signal(str)

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayView")
        self.setAccessibleName("Days of the week")
        self._model = model
        self._week = -1
        self._selected = -1
        self.session_buttons: dict[int, QPushButton] = {}
        #: What a right-click on a session card offers (the window puts Print session… here);
        #: they act on the selected session, and the right-click selects the card first.
        self.card_actions: list[QAction] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._columns: list[QFrame] = []
        self._last_shown: tuple[object, ...] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_week(self, week: int, selected_session: int) -> None:
        self._week = week
        self._selected = selected_session
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the columns from the model (a week holds a handful of sessions).

        Most edits change an exercise row, which no card shows: those leave the cards as they
        are, so an edit does not relayout and repaint all seven columns.
        """
        shown = self._shown_state()
        if shown == self._last_shown and self._columns:
            return
        self._last_shown = shown
        for column in self._columns:
            self._layout.removeWidget(column)
            column.hide()
            column.deleteLater()
        self._columns = []
        self.session_buttons = {}
        program = self._model.program()
        if not 0 <= self._week < len(program.weeks):
            return
        week = program.weeks[self._week]
        for day in week_days(program.start_date.weekday()):
            column = self._day_column(day)
            body = column.layout()
            assert isinstance(body, QVBoxLayout)
            on_day = [(i, s) for i, s in enumerate(week.sessions) if s.day == day]
            for index, session in on_day:
                minutes = f"{session.duration_min} min" if session.duration_min else "— min"
                effort = f"RPE {format_number(session.rpe)}" if session.rpe else "RPE —"
                details = [minutes, effort]
                found = estimate(program, session)
                if found.text():
                    long = " (more than the guideline allows over the minutes planned)"
                    details.append(found.text() + (long if found.too_long else ""))
                button = SessionButton((session.name or "Session", minutes, effort))
                button.setObjectName(f"session{index}")
                button.setCheckable(True)
                button.setChecked(index == self._selected)
                button.setToolTip(tool_tip(f"{session.name or 'Session'}: {' · '.join(details)}"))
                button.setAccessibleName(f"{DAY_NAMES[day]}: {session.name or 'session'}")
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                button.clicked.connect(lambda _=False, i=index: self.session_clicked.emit(i))
                button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                button.customContextMenuRequested.connect(
                    lambda point, i=index, b=button: self.session_menu_requested.emit(
                        i, b.mapToGlobal(point)
                    )
                )
                body.addWidget(button)
                self.session_buttons[index] = button
            if not on_day:
                rest = QLabel("Rest")
                rest.setAlignment(Qt.AlignmentFlag.AlignCenter)
                rest.setEnabled(False)
                body.addWidget(rest)
                add = QToolButton()
                add.setText("+")
                add.setObjectName(f"add_{day}")
                add.setToolTip(f"Add a session on {DAY_NAMES[day]}")
                add.setAccessibleName(f"Add a session on {DAY_NAMES[day]}")
                add.setAutoRaise(True)
                add.clicked.connect(lambda _=False, d=day: self.add_requested.emit(d))
                body.addWidget(add, 0, Qt.AlignmentFlag.AlignHCenter)
            body.addStretch(1)
            # A rest day needs only its date and "+": its width goes to the days whose cards
            # hold names (a rest column keeps its header's width as its minimum).
            self._layout.addWidget(column, SESSION_STRETCH if on_day else 1)
            self._columns.append(column)

    def card_menu(self, index: int) -> QMenu | None:
        """Select session `index` and return the menu of `card_actions` (None without any)."""
        if not self.card_actions:
            return None
        self.session_clicked.emit(index)
        menu = QMenu(self)
        menu.setObjectName("sessionCardMenu")
        menu.addActions(self.card_actions)
        return menu

    def _shown_state(self) -> tuple[object, ...]:
        """Everything the cards display: the week's dates, its sessions' card text and time
        estimate (in their tool tips), selection."""
        program = self._model.program()
        if not 0 <= self._week < len(program.weeks):
            return (self._week,)
        sessions = tuple(
            (s.day, s.name, s.duration_min, s.rpe, _estimate_shown(program, s))
            for s in program.weeks[self._week].sessions
        )
        return (self._week, program.start_date, sessions, self._selected)

    def focus_widgets(self) -> list[QWidget]:
        """The session cards and + buttons in the order they are shown, for the tab order."""
        widgets: list[QWidget] = []
        for column in self._columns:
            widgets.extend(
                child
                for child in column.findChildren(QAbstractButton)
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus
            )
        return widgets

    def _day_column(self, day: Day) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setObjectName(f"day_{day}")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        date = self._model.program().session_date(self._week, day)
        # The week's title above gives the months, so the day number is enough here (as in a
        # calendar's week view), and seven columns fit a 1024-pixel screen with a wide font.
        header = QLabel(f"<b>{DAY_NAMES[day][:3]}</b> {date.day}")
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setToolTip(f"{DAY_NAMES[day]} {date.day} {date:%B %Y}")
        layout.addWidget(header)
        return frame
