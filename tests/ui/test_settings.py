"""The user's own settings: the window's geometry and splitter positions kept between runs
(the dialog's settings are in dialogs/test_preferences.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter, QTextEdit
from pytestqt.qtbot import QtBot

from planner_gui.ui import settings


def test_window_geometry_and_splitters_persist(qtbot: QtBot) -> None:
    def build() -> tuple[QMainWindow, QSplitter]:
        window = QMainWindow()
        qtbot.addWidget(window)
        splitter = QSplitter(window)
        splitter.setObjectName("testSplitter")
        splitter.addWidget(QTextEdit())
        splitter.addWidget(QTextEdit())
        window.setCentralWidget(splitter)
        return window, splitter

    window, splitter = build()
    assert not settings.restore_window_state(window)
    window.resize(700, 500)
    window.show()
    splitter.setSizes([150, 500])
    sizes = splitter.sizes()
    settings.save_window_state(window)
    window.close()
    second, second_splitter = build()
    assert settings.restore_window_state(second)
    second.show()
    assert second.size().width() == 700
    assert second_splitter.sizes() == sizes
