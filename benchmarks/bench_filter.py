"""Catalog filter speed: time per keystroke over 5,000 exercises (goal: p90 under 16 ms).

Each keystroke is timed from setting the search text to the end of a forced repaint of the
table, so it covers the filter and ranking pass (name and alias matches first: the source
model reorders its rows in one layout change), the proxy's row mapping and one view update.
The baseline, measured in the same run on the same data, is Qt's stock QSortFilterProxyModel
doing a C++ fixed-string match on a QStandardItemModel of the same names and the same repaint.

The typing includes a misspelt search ("hamstrng brige"), so the typo matching of
domain/search.py is timed too. Each keystroke is timed twice: on the wall clock (what the
user waits, which includes time the machine gives to other programs) and in this thread's
CPU time (the work itself, steadier on a busy machine). The median and the p90 of both are
printed, for ours and for the baseline.
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
TYPED = ("hamstring bridge", "kneeling", "glutes", "hamstrng brige")
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


def _time_typing(
    set_text: object, view: QTableView, app: QApplication
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each keystroke."""
    assert callable(set_text)
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(ROUNDS):
        for text in _keystrokes():
            start, start_cpu = time.perf_counter(), time.thread_time()
            set_text(text)
            view.viewport().repaint()
            app.processEvents()
            wall.append(time.perf_counter() - start)
            cpu.append(time.thread_time() - start_cpu)
    return wall, cpu


def _summary(label: str, times: list[float]) -> str:
    median = statistics.median(times) * 1000
    p90 = statistics.quantiles(times, n=10)[-1] * 1000
    return f"{label}: median {median:.2f} ms, p90 {p90:.2f} ms"


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

    print(f"catalog filter, {COUNT:,} exercises, {len(ours[0])} keystrokes (goal: p90 < 16 ms)")
    print("  " + _summary("ours, wall clock", ours[0]))
    print("  " + _summary("ours, CPU", ours[1]))
    print("  " + _summary("baseline (stock C++ proxy, names only), wall clock", baseline[0]))
    print("  " + _summary("baseline, CPU", baseline[1]))
    ratio = statistics.median(ours[0]) / statistics.median(baseline[0])
    print(f"  median ratio to the baseline (wall clock): {ratio:.1f}x")
    panel.close()
    view.close()


if __name__ == "__main__":
    main()
