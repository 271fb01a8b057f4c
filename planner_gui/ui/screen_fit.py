"""Keeping a window inside the screen it opens on.

A window asks for a comfortable size (the main window 1366×800, the print preview 820×900)
and comes back where it was last time, but a laptop's screen may be smaller than either, or
the monitor it was on may be gone. `fit_to_screen` shrinks and moves a window so its frame
lies inside the screen's available area (the screen less panels and docks); the layouts
themselves shrink that far (their minimum sizes are well below 1024×700).

Before a window is shown its frame (title bar, borders) is not known, so room for a typical
one is kept (`FRAME_ALLOWANCE`). `available_geometry` is the one place the screen is asked,
so tests can stand in a small screen for the offscreen one.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: Room for a title bar and borders while the window manager has not said how big they are.
FRAME_ALLOWANCE = QMargins(4, 32, 4, 4)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under the middle of `widget` (as placed or restored), else its own or the
    primary screen."""
    screen = QGuiApplication.screenAt(widget.frameGeometry().center())
    return screen or widget.screen() or QGuiApplication.primaryScreen()


def available_geometry(widget: QWidget) -> QRect:
    """The available area of the screen `widget` is on, in global coordinates."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect()


def frame_margins(widget: QWidget) -> QMargins:
    """How far the frame reaches beyond the client area: measured once it is shown, else the
    allowance."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if widget.isVisible() and frame != inner:
        return QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    return FRAME_ALLOWANCE


def fitted(frame: QRect, area: QRect) -> QRect:
    """`frame` shrunk to fit `area` where it is larger, then moved the least distance that
    puts it inside."""
    width = min(frame.width(), area.width())
    height = min(frame.height(), area.height())
    left = min(max(frame.left(), area.left()), area.left() + area.width() - width)
    top = min(max(frame.top(), area.top()), area.top() + area.height() - height)
    return QRect(left, top, width, height)


def fit_size(wanted: QSize, area: QRect, margins: QMargins = FRAME_ALLOWANCE) -> QSize:
    """The client size nearest `wanted` whose frame fits in `area`."""
    return QSize(
        max(1, min(wanted.width(), area.width() - margins.left() - margins.right())),
        max(1, min(wanted.height(), area.height() - margins.top() - margins.bottom())),
    )


def fit_to_screen(widget: QWidget, area: QRect | None = None) -> None:
    """Shrink and move the top-level `widget` so its frame lies inside `area` (by default
    the available geometry of its screen). A window never placed (neither moved nor
    restored) is only shrunk: the window manager places it. Maximised and full-screen
    windows are the window manager's alone."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = area if area is not None else available_geometry(widget)
    if area.isEmpty():
        return
    margins = frame_margins(widget)
    client = widget.geometry()
    frame = client.marginsAdded(margins)
    target = fitted(frame, area)
    size = fit_size(client.size(), area, margins)
    if size != client.size():
        widget.resize(size)
    placed = widget.testAttribute(Qt.WidgetAttribute.WA_Moved)
    if placed and target.topLeft() != frame.topLeft():
        # move() places the frame's corner for a top-level widget.
        widget.move(target.topLeft())
