"""Catalog filter speed: median time per keystroke over 5,000 exercises (goal < 16 ms).

Each keystroke is timed from setting the search text to the end of a forced repaint of the
table, so it covers the filter and ranking pass (name and alias matches first: the source
model reorders its rows in one layout change), the proxy's row mapping and one view update.
The baseline, measured in the same run on the same data, is Qt's stock QSortFilterProxyModel
doing a C++ fixed-string match on a QStandardItemModel of the same names and the same repaint.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise
from planner_gui.domain.vocabulary import CATEGORIES, MUSCLES, PATTERNS
from planner_gui.ui.panels.catalog_panel import CatalogPanel

COUNT = 5_000
WORDS = [
    "single",
    "leg",
    "hamstring",
    "bridge",
    "banded",
    "lateral",
    "hold",
    "brace",
    "reach",
    "hinge",
    "squat",
    "press",
    "row",
    "carry",
    "plank",
    "twist",
    "stretch",
    "slow",
    "tall",
    "kneeling",
    "split",
    "reverse",
    "tempo",
    "paused",
]
TYPED = ("hamstring bridge", "kneeling", "glutes")
ROUNDS = 5


def generated_catalog(count: int = COUNT, seed: int = 7) -> Catalog:
    """`count` valid exercises with random names, cues, muscles and up to three aliases
    (about two on average, as in the bundled catalog)."""
    rng = random.Random(seed)
    # A generator of its own, so the names and cues are the ones earlier runs measured.
    alias_rng = random.Random(seed + 1)
    exercises = []
    for number in range(count):
        name = " ".join(rng.sample(WORDS, 3)).capitalize()
        exercises.append(
            Exercise(
                id=f"generated-{number}",
                name=f"{name} {number}",
                category=rng.choice(CATEGORIES),
                pattern=rng.choice(PATTERNS),
                muscles=rng.sample(MUSCLES, 2),
                equipment=rng.sample(["barbell", "band", "kettlebell", "mat", "bench"], 1),
                dose="reps",
                cues=[" ".join(rng.sample(WORDS, 6)) for _ in range(3)],
                aliases=[
                    f"{' '.join(alias_rng.sample(WORDS, 2))} {number}-{index}"
                    for index in range(alias_rng.randint(1, 3))
                ],
            )
        )
    return Catalog(exercises)


def _keystrokes() -> list[str]:
    return [word[:length] for word in TYPED for length in range(1, len(word) + 1)] + [""]


def _time_typing(set_text: object, view: QTableView, app: QApplication) -> list[float]:
    assert callable(set_text)
    times = []
    for _ in range(ROUNDS):
        for text in _keystrokes():
            start = time.perf_counter()
            set_text(text)
            view.viewport().repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    catalog = generated_catalog()

    panel = CatalogPanel(catalog)
    panel.resize(360, 900)
    panel.show()
    app.processEvents()
    ours = _time_typing(panel.search.setText, panel.view, app)

    names = QStandardItemModel()
    for exercise in catalog:
        names.appendRow(QStandardItem(exercise.name))
    stock = QSortFilterProxyModel()
    stock.setSourceModel(names)
    stock.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(stock)
    view.resize(360, 900)
    view.show()
    app.processEvents()
    baseline = _time_typing(stock.setFilterFixedString, view, app)

    median = statistics.median(ours) * 1000
    base = statistics.median(baseline) * 1000
    print(f"catalog filter, {COUNT:,} exercises, {len(ours)} keystrokes")
    print(
        f"  median per keystroke: {median:.2f} ms (goal < 16 ms; "
        f"p90 {statistics.quantiles(ours, n=10)[-1] * 1000:.2f} ms)"
    )
    print(f"  baseline (stock C++ proxy, names only): {base:.2f} ms; ratio {median / base:.1f}x")
    panel.close()
    view.close()


if __name__ == "__main__":
    main()
