"""Qt models over the exercise catalog: a table of exercises and a fast filtering proxy.

The filter is evaluated once per change in plain Python over precomputed search keys; the
proxy's `filterAcceptsRow` only reads the answer, so a keystroke costs one pass over the
catalog rather than thousands of `data()` calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise

#: MIME type of an exercise dragged out of the catalog; the data is the UTF-8 exercise id.
EXERCISE_MIME = "application/x-brace-exercise"
#: Role that returns the exercise id of a row.
EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex


def pretty(value: str) -> str:
    """A vocabulary word as a person reads it: 'hip-flexors' → 'Hip flexors'."""
    special = _SPECIAL_WORDS.get(value)
    if special is not None:
        return special
    text = value.replace("-", " ").replace("anti ", "anti-")
    return text[:1].upper() + text[1:]


_SPECIAL_WORDS = {"warmup": "Warm-up", "cooldown": "Cool-down"}


@dataclass(frozen=True)
class SearchKey:
    """What the filter compares against, lower-cased once when the catalog is set."""

    text: str
    category: str
    pattern: str
    equipment: frozenset[str]
    muscles: frozenset[str]


def search_key(exercise: Exercise) -> SearchKey:
    """Name, id, cues and muscles (primary and secondary) folded into one searchable string."""
    muscles = [*exercise.muscles, *exercise.secondary_muscles]
    parts = [exercise.name, exercise.id, *exercise.cues, *muscles]
    parts += [muscle.replace("-", " ") for muscle in muscles]
    return SearchKey(
        text="\n".join(parts).casefold(),
        category=exercise.category,
        pattern=exercise.pattern,
        equipment=frozenset(exercise.equipment),
        muscles=frozenset(exercise.muscles) | frozenset(exercise.secondary_muscles),
    )


class CatalogModel(QAbstractTableModel):
    """Exercises as rows sorted by name: name, category and pattern; drag gives the id."""

    COLUMNS = ("Exercise", "Category", "Pattern")

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exercises: list[Exercise] = []
        self._keys: list[SearchKey] = []
        self._rows: dict[str, int] = {}
        #: Bumped on every reset so the proxy knows its cached answers are stale.
        self.generation = 0
        self.set_catalog(catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        """Replace every row (a plan with other custom exercises was opened).

        Rows are kept sorted by name here, once, so the proxy never sorts on a keystroke.
        """
        self.beginResetModel()
        self._exercises = sorted(catalog, key=lambda exercise: exercise.name.casefold())
        self._keys = [search_key(exercise) for exercise in self._exercises]
        self._rows = {exercise.id: row for row, exercise in enumerate(self._exercises)}
        self.generation += 1
        self.endResetModel()

    def exercises(self) -> Sequence[Exercise]:
        return self._exercises

    def search_keys(self) -> Sequence[SearchKey]:
        return self._keys

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int | None:
        return self._rows.get(exercise_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return exercise.name
            if column == 1:
                return pretty(exercise.category)
            return pretty(exercise.pattern)
        if role == EXERCISE_ID_ROLE:
            return exercise.id
        if role == Qt.ItemDataRole.ToolTipRole:
            muscles = ", ".join(pretty(muscle) for muscle in exercise.muscles)
            return f"{exercise.name}\n{pretty(exercise.category)} · {muscles}\n" + (
                "Double-click to add it to its block, or drag it onto a block."
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.COLUMNS[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The first dragged row's exercise id, UTF-8, under EXERCISE_MIME (and as text)."""
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            exercise = self._exercises[rows[0]]
            mime.setData(EXERCISE_MIME, exercise.id.encode("utf-8"))
            mime.setText(exercise.name)
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


@dataclass(frozen=True)
class CatalogFilter:
    """The current search: words that must all appear, and optional exact combo values."""

    text: str = ""
    category: str | None = None
    pattern: str | None = None
    equipment: str | None = None
    muscle: str | None = None

    def accepts(self, key: SearchKey, words: Sequence[str]) -> bool:
        return (
            (self.category is None or key.category == self.category)
            and (self.pattern is None or key.pattern == self.pattern)
            and (self.equipment is None or self.equipment in key.equipment)
            and (self.muscle is None or self.muscle in key.muscles)
            and all(word in key.text for word in words)
        )


class CatalogFilterProxy(QSortFilterProxyModel):
    """Filters the catalog as the user types and picks categories, patterns, equipment, muscles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = CatalogFilter()
        self._accepted: list[bool] = []
        self._generation = -1
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(False)

    def catalog_model(self) -> CatalogModel:
        source = self.sourceModel()
        assert isinstance(source, CatalogModel)
        return source

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        assert isinstance(source, CatalogModel)
        self._generation = -1
        super().setSourceModel(source)

    def current_filter(self) -> CatalogFilter:
        return self._filter

    def set_filter(self, new: CatalogFilter) -> None:
        """Apply a whole filter at once; unchanged filters cost nothing."""
        if new == self._filter:
            return
        self.beginFilterChange()
        self._filter = new
        self._recompute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self._filter, text=text))

    def set_category(self, category: str | None) -> None:
        self.set_filter(replace(self._filter, category=category))

    def set_pattern(self, pattern: str | None) -> None:
        self.set_filter(replace(self._filter, pattern=pattern))

    def set_equipment(self, equipment: str | None) -> None:
        self.set_filter(replace(self._filter, equipment=equipment))

    def set_muscle(self, muscle: str | None) -> None:
        self.set_filter(replace(self._filter, muscle=muscle))

    def _recompute(self) -> None:
        source = self.sourceModel()
        if not isinstance(source, CatalogModel):
            self._accepted = []
            return
        self._generation = source.generation
        words = self._filter.text.casefold().split()
        accepts = self._filter.accepts
        self._accepted = [accepts(key, words) for key in source.search_keys()]

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        if isinstance(source, CatalogModel) and source.generation != self._generation:
            self._recompute()
        return source_row < len(self._accepted) and self._accepted[source_row]
