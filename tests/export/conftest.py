"""Small hand-built catalogs and plans for the handout tests, and PDF reading helpers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Block, Exercise, Item, Program, Session, Week
from planner_gui.domain.vocabulary import DAYS


def _exercise(id_: str, name: str, category: str, pattern: str, **extra: Any) -> Exercise:
    data: dict[str, Any] = {
        "id": id_,
        "name": name,
        "category": category,
        "pattern": pattern,
        "muscles": extra.pop("muscles", ["glutes"]),
        "dose": extra.pop("dose", "reps"),
        "cues": extra.pop("cues", [f"{name} cue one.", f"{name} cue two."]),
        "defaults": {"sets": 1},
    }
    data.update(extra)
    return Exercise.model_validate(data)


EXERCISES = [
    _exercise("leg-swing", "Leg swing", "warmup", "dynamic-mobility", stretch="dynamic"),
    _exercise("cat-cow", "Cat–cow rocking", "warmup", "dynamic-mobility"),
    _exercise(
        "deadlift",
        "Trap-bar deadlift",
        "strength",
        "hinge",
        loaded=True,
        spinal_load="high",
        muscles=["glutes", "hamstrings"],
    ),
    _exercise(
        "goblet-squat",
        "Goblet squat",
        "strength",
        "squat",
        loaded=True,
        muscles=["quadriceps", "glutes"],
    ),
    _exercise("bird-dog", "Bird-dog", "core", "anti-rotation", muscles=["multifidus"]),
    _exercise(
        "front-plank",
        "Front plank",
        "core",
        "anti-extension",
        dose="hold",
        muscles=["transverse-abdominis"],
    ),
    _exercise("glute-bridge", "Glute bridge", "glute", "bridge"),
    _exercise("clamshell", "Clamshell", "glute", "bridge", muscles=["abductors"]),
    _exercise(
        "half-kneeling-hip-flexor-stretch",
        "Half-kneeling hip flexor stretch",
        "mobility",
        "stretch",
        dose="hold",
        stretch="static",
        muscles=["hip-flexors"],
    ),
]


@pytest.fixture
def catalog() -> Catalog:
    return Catalog(EXERCISES)


def make_session(
    day: str, name: str, *, load: float = 60.0, extra_items: int = 0, note: str = ""
) -> Session:
    main_items = [
        Item(exercise="deadlift", sets=3, reps=5, load=load, rpe=7, rest_s=150, note=note),
        Item(exercise="goblet-squat", sets=3, reps=8, load=load / 3, rest_s=90),
    ]
    main_items += [
        Item(exercise="goblet-squat", sets=2, reps=10, load=10.0 + i) for i in range(extra_items)
    ]
    return Session(
        day=day,  # type: ignore[arg-type]
        name=name,
        duration_min=50,
        rpe=6,
        blocks=[
            Block(
                kind="warmup",
                items=[
                    Item(exercise="leg-swing", sets=1, reps=10, per_side=True),
                    Item(exercise="cat-cow", sets=1, reps=8),
                ],
            ),
            Block(kind="main", items=main_items),
            Block(
                kind="core",
                items=[
                    Item(exercise="bird-dog", sets=3, reps=6, hold_s=5, per_side=True),
                    Item(exercise="front-plank", sets=3, hold_s=30),
                ],
            ),
            Block(
                kind="glute",
                items=[
                    Item(exercise="glute-bridge", sets=2, reps=12),
                    Item(exercise="clamshell", sets=2, reps=15, per_side=True),
                ],
            ),
            Block(
                kind="mobility",
                items=[
                    Item(
                        exercise="half-kneeling-hip-flexor-stretch",
                        sets=2,
                        hold_s=30,
                        per_side=True,
                    )
                ],
            ),
        ],
    )


def make_program(weeks: int = 3, sessions_per_week: int = 2, **fields: Any) -> Program:
    """A plausible plan: loads rise 2.5 a week, every fourth week a deload."""
    built = []
    for w in range(weeks):
        deload = w % 4 == 3
        load = 60.0 + 2.5 * w - (10 if deload else 0)
        sessions = [
            make_session(DAYS[2 * s], f"Session {chr(65 + s)}", load=load)
            for s in range(sessions_per_week)
        ]
        built.append(Week(deload=deload, sessions=sessions, notes="Keep two reps in reserve."))
    data: dict[str, Any] = {
        "format": "brace-plan",
        "version": 1,
        "title": "Test program",
        "athlete": "Sam Tester",
        "start_date": date(2026, 1, 5),
        "weeks": built,
    }
    data.update(fields)
    return Program.model_validate(data)


def pdf_text(path: Path) -> str:
    """All text of a PDF, pages joined, whitespace folded so wrapped lines still match."""
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def outline_titles(path: Path) -> list[tuple[str, list[str]]]:
    """Top-level outline entries with the titles of their children."""
    reader = PdfReader(path)
    result: list[tuple[str, list[str]]] = []
    for entry in reader.outline:
        if isinstance(entry, list):
            result[-1][1].extend(
                child.title or "" for child in entry if not isinstance(child, list)
            )
        else:
            result.append((entry.title or "", []))
    return result


class PdfTools:
    """Helpers the tests reach through the `pdf` fixture (conftest is not importable)."""

    text = staticmethod(pdf_text)
    outline = staticmethod(outline_titles)
    make_program = staticmethod(make_program)
    make_session = staticmethod(make_session)

    @staticmethod
    def reader(path: Path) -> PdfReader:
        return PdfReader(path)


@pytest.fixture
def pdf() -> type[PdfTools]:
    return PdfTools
