"""The catalog panel follows the plan's custom exercises and rebuilds only when they change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.models import Program
from planner_gui.ui.main_window import MainWindow
from tests.support.catalogs import exercise, window_catalog
from tests.support.plans import window_program


def with_custom(title: str) -> Program:
    program = window_program(title)
    program.exercises = [exercise("sled-push", "Sled push", category="conditioning")]
    return program


def names(window: MainWindow) -> list[str]:
    return [e.name for e in window.catalog_panel.model.exercises()]


def test_the_panel_shows_custom_exercises_and_skips_identical_catalogs(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    window = MainWindow(program=window_program(), catalog=window_catalog())
    qtbot.addWidget(window)
    resets: list[None] = []
    window.catalog_panel.model.modelReset.connect(lambda: resets.append(None))
    before = names(window)

    window.model.set_program(window_program("Another plan without custom exercises"))
    assert names(window) == before
    assert resets == []  # the same exercises: the rows were left as they were

    window.model.set_program(with_custom("With a sled"))
    assert "Sled push" in names(window)
    assert len(resets) == 1

    window.model.set_program(window_program("Back to the plain plan"))
    assert names(window) == before
    assert len(resets) == 2
