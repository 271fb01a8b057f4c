"""Where the Check-ins pane sits: beside the plan when the screen has room, else a tab beside
Findings.

Beside the plan the pane adds its own minimum width to the catalog's and the plan editor's,
which together are more than a 1024-pixel laptop screen holds; the window would then open wider
than the screen with the pane and the status bar's right end off it. So whenever the window's
layout changes (a plan shown, a pane shown or hidden, the first show), `CheckInsPlacement`
compares the window's minimum width with the pane beside the plan against the available width
of the screen (`screen_fit`), and moves the pane: into a tab beside Findings under the plan when
it does not fit, back beside the plan when it does. The minimum sizes stay what the widgets
need; only the place changes.

View ▸ Findings and View ▸ Check-ins go through `set_shown`: beside the plan they show or hide
the pane, as tabs they show or hide its tab (and the tabs when both are hidden).
"""

from __future__ import annotations

import itertools
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

from planner_gui.ui.panels.checkins_panel import CheckInsPanel
from planner_gui.ui.screen_fit import available_geometry, fit_to_screen, frame_margins

Place = Literal["side", "tab"]
#: Room to spare before the pane goes back beside the plan, so a width at the edge of fitting
#: never moves it back and forth.
SLACK = 8
#: The width the tabs get under the plan, when the chart keeps its minimum beside them: the
#: check-ins' dates and guidance in full.
TABS_WIDTH = 400
FINDINGS_TAB = "Findings"
CHECKINS_TAB = "Check-ins"


class CheckInsPlacement(QObject):
    """Moves `checkins` between the end of `main_splitter` and a tab beside `findings` (the
    first widget of `bottom_splitter`) so the window's minimum width fits its screen. `before`
    is what Tab leaves for the bottom row (the plan editor)."""

    def __init__(
        self,
        window: QMainWindow,
        main_splitter: QSplitter,
        bottom_splitter: QSplitter,
        findings: QWidget,
        checkins: CheckInsPanel,
        before: QWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._main = main_splitter
        self._bottom = bottom_splitter
        self._findings = findings
        self._checkins = checkins
        self._before = before
        self._hidden: set[int] = set()  # id() of the panes the user hid
        self._side_sizes: list[int] | None = None
        self._pending = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("findingsTabs")
        self.tabs.setAccessibleName("Findings and check-ins")
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setObjectName("findingsTabBar")
        self.tabs.hide()
        window.installEventFilter(self)

    def place(self) -> Place:
        return "tab" if self.tabs.indexOf(self._checkins) >= 0 else "side"

    # ----------------------------------------------------------------- showing panes

    def set_shown(self, pane: QWidget, shown: bool) -> None:
        """Show or hide `pane` (View ▸ …): the widget itself, or its tab while it is one."""
        if shown:
            self._hidden.discard(id(pane))
        else:
            self._hidden.add(id(pane))
        index = self.tabs.indexOf(pane)
        if index < 0:
            pane.setVisible(shown)
            return
        self.tabs.setTabVisible(index, shown)
        if shown:
            self.tabs.setCurrentIndex(index)
        self.tabs.setVisible(self._any_tab_shown())

    def bring_forward(self, pane: QWidget) -> None:
        """Make a shown `pane` the current tab when it is one (a finding or a check-in to see)."""
        index = self.tabs.indexOf(pane)
        if index >= 0 and self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def _any_tab_shown(self) -> bool:
        return any(self.tabs.isTabVisible(index) for index in range(self.tabs.count()))

    # ----------------------------------------------------------------- placing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            kind = event.type()
            if kind == QEvent.Type.Show:
                self.update_place()
            elif kind == QEvent.Type.LayoutRequest and not self._pending:
                # The layout is settling: look again once it has.
                self._pending = True
                QTimer.singleShot(0, self._update_later)
        return False

    def _update_later(self) -> None:
        self._pending = False
        self.update_place()

    def fits_beside(self) -> bool:
        """Whether the window's minimum width with the pane beside the plan fits the screen."""
        room = self._room()
        if room is None:
            return True
        need = self._window.minimumSizeHint().width()
        if self.place() == "tab":
            if id(self._checkins) in self._hidden:
                return False  # nothing to measure; it stays where the user left it
            need += self._checkins.minimumSizeHint().width() + self._main.handleWidth() + SLACK
        return need <= room

    def _room(self) -> int | None:
        """The width the window's client area may have on its screen (None: no screen)."""
        area = available_geometry(self._window)
        if area.isEmpty():
            return None
        margins = frame_margins(self._window)
        return area.width() - margins.left() - margins.right()

    def update_place(self) -> None:
        """Move the pane where it fits, then keep the window inside its screen."""
        if not self._window.isVisible():
            return
        wanted: Place = "side" if self.fits_beside() else "tab"
        if wanted == self.place():
            return
        if wanted == "tab":
            self._to_tabs()
        else:
            self._to_side()
        layout = self._window.layout()
        if layout is not None:
            layout.activate()
        room = self._room()
        if room is not None and self._window.minimumSizeHint().width() <= room:
            fit_to_screen(self._window)  # it was held wider than its screen until now

    def _to_tabs(self) -> None:
        self._side_sizes = self._main.sizes()
        sizes = self._bottom.sizes()
        self._bottom.insertWidget(0, self.tabs)
        self.tabs.addTab(self._findings, FINDINGS_TAB)
        self.tabs.addTab(self._checkins, CHECKINS_TAB)
        for index in range(self.tabs.count()):
            self.tabs.setTabVisible(index, id(self.tabs.widget(index)) not in self._hidden)
        self.tabs.setCurrentIndex(0 if self.tabs.isTabVisible(0) else 1)
        self.tabs.setVisible(self._any_tab_shown())
        self._checkins.set_compact(True)
        self._bottom.setSizes(self._tab_sizes(sizes))
        # Tab order: the plan, the tabs and the pane shown in them, then the chart.
        self._chain([self.tabs], self._findings, self._checkins, self._bottom.widget(1))

    def _chain(self, first: list[QWidget], *panes: QWidget | None) -> None:
        """Tab goes from `before` through `first`, then through each pane's own stops in
        their present order. (Reparented panes would otherwise keep their old places.)"""
        stops = [self._before, *first]
        for pane in panes:
            if pane is not None:
                stops.extend(self._stops_in(pane))
        for earlier, later in itertools.pairwise(stops):
            QWidget.setTabOrder(earlier, later)

    def _stops_in(self, pane: QWidget) -> list[QWidget]:
        """The widgets inside `pane` that Tab stops at, in the window's focus chain order."""
        stops: list[QWidget] = []
        widget = self._window.nextInFocusChain()
        while widget is not None and widget is not self._window:
            takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            if takes_tab and pane.isAncestorOf(widget) and widget.focusProxy() is None:
                stops.append(widget)
            widget = widget.nextInFocusChain()
        return stops

    def _tab_sizes(self, sizes: list[int]) -> list[int]:
        """The bottom row's sizes with room for the tabs (the user's own when they have it)."""
        if len(sizes) != 2 or sizes[0] >= TABS_WIDTH:
            return sizes
        total = sum(sizes)
        beside = self._bottom.widget(1)
        least = beside.minimumSizeHint().width() if beside is not None else 0
        chart = max(least, total - TABS_WIDTH)
        return [total - chart, chart]

    def _to_side(self) -> None:
        sizes = self._bottom.sizes()
        self.tabs.hide()
        self._bottom.insertWidget(0, self._findings)
        self._main.insertWidget(2, self._checkins)
        self.tabs.setParent(None)
        for pane in (self._findings, self._checkins):
            pane.setVisible(id(pane) not in self._hidden)
        self._checkins.set_compact(False)
        # Tab order as the window set it up: the plan, findings, chart, then the check-ins.
        self._chain([], self._findings, self._bottom.widget(1), self._checkins)
        self._bottom.setSizes(sizes)
        if self._side_sizes is not None and len(self._side_sizes) == self._main.count():
            self._main.setSizes(self._side_sizes)
