"""A handout part reportlab cannot place reaches the window as one line, and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner_gui.export import handout
from planner_gui.export.layouts import compact
from planner_gui.ui.export.worker import ExportJob
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program
from tests.support.unplaceable import TooTall


def test_a_layout_failure_is_one_line_for_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(handout, "safety_flowables", lambda ctx: [TooTall()])
    monkeypatch.setattr(compact, "safety_flowables", lambda ctx: [TooTall()])  # the default
    out = tmp_path / "handout.pdf"
    job = ExportJob(window_program(), window_catalog(), out)
    errors: list[str] = []
    job.failed.connect(errors.append)
    job.run()  # on this thread: the pool thread's work, without the pool
    assert len(errors) == 1
    assert "does not fit on a page" in errors[0] and "\n" not in errors[0]
    assert not out.exists()
