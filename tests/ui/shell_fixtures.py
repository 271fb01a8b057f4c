"""Small hand-built catalogs and plans for the window-shell tests (catalog, files, window).

Built in code so the tests do not depend on the exact contents of the bundled catalog.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise, Program
from planner_gui.ui.main_window import MainWindow
from tests.ui.editor_fixtures import small_program as editor_program


def exercise(exercise_id: str, name: str, **fields: Any) -> Exercise:
    """An exercise with plausible defaults; keyword arguments override any field."""
    data: dict[str, Any] = {
        "id": exercise_id,
        "name": name,
        "category": "strength",
        "pattern": "hinge",
        "muscles": ["glutes"],
        "dose": "reps",
        "defaults": {"sets": 3, "reps": 8},
        "cues": [],
        "cautions": [],
    }
    data.update(fields)
    return Exercise.model_validate(data)


def small_catalog() -> Catalog:
    """Six exercises across categories, patterns, equipment and muscles, with links."""
    return Catalog(
        [
            exercise(
                "deadlift",
                "Conventional deadlift",
                muscles=["glutes", "hamstrings", "erector-spinae"],
                equipment=["barbell"],
                loaded=True,
                spinal_load="high",
                defaults={"sets": 3, "reps": 5, "rest_s": 150},
                cues=["Brace before the bar leaves the floor"],
                cautions=["Stop on sharp pain"],
                regression="kettlebell-deadlift",
            ),
            exercise(
                "kettlebell-deadlift",
                "Kettlebell deadlift",
                equipment=["kettlebell"],
                loaded=True,
                spinal_load="moderate",
                progression="deadlift",
            ),
            exercise(
                "goblet-squat",
                "Goblet squat",
                pattern="squat",
                muscles=["quadriceps", "glutes"],
                equipment=["kettlebell"],
                loaded=True,
                cues=["Elbows inside the knees"],
            ),
            exercise(
                "bird-dog",
                "Bird-dog",
                category="core",
                pattern="anti-rotation",
                muscles=["multifidus", "erector-spinae"],
                dose="hold",
                defaults={"sets": 3, "reps": 6, "hold_s": 5, "per_side": True},
                cues=["Reach long through the heel"],
            ),
            exercise(
                "glute-bridge",
                "Glute bridge",
                category="glute",
                pattern="bridge",
                muscles=["glutes"],
                secondary_muscles=["hamstrings"],
                cues=["Squeeze at the top"],
            ),
            exercise(
                "half-kneeling-hip-flexor-stretch",
                "Half-kneeling hip flexor stretch",
                category="mobility",
                pattern="stretch",
                muscles=["hip-flexors"],
                dose="hold",
                stretch="static",
                defaults={"sets": 2, "hold_s": 30, "per_side": True},
                cues=["Tuck the pelvis under"],
            ),
        ]
    )


def small_program(title: str = "Test program", weeks: int = 2) -> Program:
    """A valid plan: `weeks` weeks of two sessions using the small catalog's exercises."""
    session_a = {
        "day": "mon",
        "name": "Lower A",
        "duration_min": 60,
        "rpe": 6,
        "blocks": [
            {"kind": "warmup", "items": [{"exercise": "glute-bridge", "sets": 1, "reps": 10}]},
            {
                "kind": "main",
                "items": [{"exercise": "deadlift", "sets": 3, "reps": 5, "load": 80.0}],
            },
            {"kind": "core", "items": [{"exercise": "bird-dog", "sets": 3, "reps": 6}]},
        ],
    }
    session_b = {
        "day": "thu",
        "name": "Lower B",
        "duration_min": 50,
        "rpe": 6,
        "blocks": [
            {"kind": "warmup", "items": []},
            {
                "kind": "main",
                "items": [{"exercise": "goblet-squat", "sets": 3, "reps": 8, "load": 20.0}],
            },
        ],
    }
    return Program.model_validate(
        {
            "format": "brace-plan",
            "version": 1,
            "title": title,
            "athlete": "Sam Example",
            "start_date": date(2026, 1, 5),
            "weeks": [{"sessions": [session_a, session_b]} for _ in range(weeks)],
        }
    )


def discarding_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The whole window on the editor tests' three-week plan and this module's catalog;
    closing it at teardown discards edits instead of asking."""
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *args: discard)
    window = MainWindow(program=editor_program(), catalog=small_catalog())
    qtbot.addWidget(window)
    return window
