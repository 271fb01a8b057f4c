"""Starting the window: the QApplication, its names for QSettings, palette, and the first plan."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from planner_gui import __version__
from planner_gui.ui.main_window import MainWindow

ORGANIZATION = "BracePlanner"
APPLICATION = "Brace Planner"


def make_application() -> QApplication:
    """The one QApplication, named so QSettings finds the user's preferences."""
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
    # system's colour scheme; follow the system when it switches while we run.
    app.setStyle("Fusion")
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_scheme(app))
    return app


def _follow_scheme(app: QApplication) -> None:
    style = app.style()
    if style is not None:
        app.setPalette(style.standardPalette())


def open_window(plan_path: Path | None) -> MainWindow:
    """Show the window; offer to restore unsaved work, else open `plan_path` when given."""
    window = MainWindow()
    window.show()
    if not window.document.offer_recovery() and plan_path is not None:
        window.document.load(plan_path)
    return window


def run(plan_path: Path | None) -> int:
    """`planner-gui [PLAN]`: open the window and run until it closes; the exit code."""
    app = make_application()
    window = open_window(plan_path)
    code = app.exec()
    del window
    return int(code)
