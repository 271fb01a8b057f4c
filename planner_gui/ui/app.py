"""Starting the window: the QApplication, its names and place for QSettings, palette, and the
first plan."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from planner_gui import __version__
from planner_gui.ui.autosave import DATA_DIR_ENV, data_dir
from planner_gui.ui.document import Document
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.style import BraceStyle

#: Set to "dark" or "light" to override the system's colour scheme.
COLOR_SCHEME_ENV = "BRACE_COLOR_SCHEME"
COLOR_SCHEMES = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}
#: Set to "1" to leave the event loop once the window's first frame is shown: the start-up
#: benchmark (benchmarks/bench_start.py) times the real start this way, as a whole process.
QUIT_AFTER_FIRST_FRAME_ENV = "BRACE_QUIT_AFTER_FIRST_FRAME"
ORGANIZATION = "BracePlanner"
APPLICATION = "Brace Planner"
#: The folder under BRACE_DATA_DIR that holds the preferences while it is set.
SETTINGS_DIR_NAME = "settings"


def keep_settings_in_data_dir() -> Path | None:
    """With BRACE_DATA_DIR set, QSettings() reads and writes an INI file under it (its
    `settings` folder) rather than the user's own preferences (~/.config/BracePlanner, the
    registry, the plist): a sandboxed or test run then never shares brand, wording, folders
    or recent files with them, either way. Without it the platform's place stays. The folder
    used, or None. Must run before the first QSettings() is made."""
    if not os.environ.get(DATA_DIR_ENV):
        return None
    folder = data_dir() / SETTINGS_DIR_NAME
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # The system scope too: no fallback to /etc/xdg (or the machine's registry) either.
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


def make_application() -> QApplication:
    """The one QApplication, named so QSettings finds the user's preferences (kept under
    BRACE_DATA_DIR when that is set: see keep_settings_in_data_dir)."""
    keep_settings_in_data_dir()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("brace-planner")
    # Fusion draws the same everywhere and takes its light or dark palette from the
    # system's colour scheme; follow the system when it switches while we run. BraceStyle
    # keeps unticked check boxes visible on a dark palette.
    app.setStyle(BraceStyle("Fusion"))
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_scheme(app))
    forced = COLOR_SCHEMES.get(os.environ.get(COLOR_SCHEME_ENV, "").strip().lower())
    if forced is not None:
        # For desktops that do not report a scheme (and for checking the dark look).
        app.styleHints().setColorScheme(forced)
    _follow_scheme(app, forced)
    return app


def _follow_scheme(app: QApplication, forced: Qt.ColorScheme | None = None) -> None:
    """Use the style's palette for the system's scheme; build a dark one when the platform
    reports (or the user asks for) a dark scheme but its palette stays light, as on X11
    without a desktop theme."""
    style = app.style()
    if style is None:
        return
    palette = style.standardPalette()
    scheme = forced or app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark and palette.window().color().lightness() >= 128:
        palette = dark_palette()
    app.setPalette(palette)


def dark_palette() -> QPalette:
    """A dark palette with readable contrast in every role the window uses."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1f2023",
        roles.AlternateBase: "#2a2c30",
        roles.ToolTipBase: "#3a3d41",
        roles.ToolTipText: "#f0f0f0",
        roles.PlaceholderText: "#9a9da3",
        roles.Text: "#e6e6e6",
        roles.Button: "#35373b",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b",
        roles.Light: "#4a4d52",
        roles.Midlight: "#3e4145",
        roles.Mid: "#2f3134",
        roles.Dark: "#1a1b1e",
        roles.Shadow: "#0d0d0f",
        roles.Highlight: "#3d7fc1",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7fb6ec",
        roles.LinkVisited: "#b59ce6",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7c7f85"))
    palette.setColor(disabled, roles.Highlight, QColor("#4a4d52"))
    return palette


#: Windows opened beside the first (for restored plans), kept alive while the app runs.
_more_windows: list[MainWindow] = []
#: How far each further window is moved from the one before, so none hides another.
CASCADE_PX = 32


def open_windows(plan_path: Path | None) -> list[MainWindow]:
    """Show the window and offer back the unsaved work of every window that is gone; each
    restored plan gets a window of its own, the first this one. Then `plan_path` opens (in a
    window of its own when this one holds a restored plan), unless a restored one is it."""
    read_ahead = None if plan_path is None else Document.read_ahead(plan_path)
    windows = [MainWindow() if read_ahead is None else MainWindow(read_ahead.program)]
    windows[0].show()

    def another() -> MainWindow:
        window = MainWindow()
        step = CASCADE_PX * len(windows)
        window.move(windows[0].x() + step, windows[0].y() + step)
        window.show()
        windows.append(window)
        return window

    restored = windows[0].document.offer_recovery(lambda: another().document)
    if plan_path is not None and all(doc.path() != plan_path.resolve() for doc in restored):
        if not restored:
            windows[0].document.load(plan_path, read_ahead)
        elif not (extra := another()).document.load(plan_path):
            extra.close()
            windows.remove(extra)
    return windows


def open_window(plan_path: Path | None) -> MainWindow:
    """`open_windows`, keeping the further windows alive; the first window."""
    first, *more = open_windows(plan_path)
    _more_windows.extend(more)
    return first


class _QuitAfterFirstFrame(QObject):
    """Leaves the event loop right after `window` is first exposed, and so painted.

    The zero timer fires once the expose has been handled, which paints the whole window;
    `exit` rather than `quit` so no close event (saving the window state) is timed.
    """

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self._app = app
        self._handle = window.windowHandle()
        if self._handle is None or self._handle.isExposed():
            QTimer.singleShot(0, self._quit)
        else:
            self._handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self._handle
        if handle is not None and event.type() == QEvent.Type.Expose and handle.isExposed():
            handle.removeEventFilter(self)
            QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        self._app.exit(0)


def run(plan_path: Path | None) -> int:
    """`planner-gui [PLAN]`: open the window and run until it closes; the exit code."""
    app = make_application()
    window = open_window(plan_path)
    # What the start made lives until the process ends: kept out of the collector's way
    # (gc.freeze), so neither later collections nor the exit walk it again.
    gc.freeze()
    gc.enable()
    if os.environ.get(QUIT_AFTER_FIRST_FRAME_ENV) == "1":
        _QuitAfterFirstFrame(app, window)
    code = app.exec()
    _more_windows.clear()
    del window
    return int(code)
