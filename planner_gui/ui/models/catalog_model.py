"""Qt models over the exercise catalog: a table of exercises and a fast filtering proxy.

The filter is evaluated once per change in plain Python over precomputed search keys; the
proxy's `filterAcceptsRow` only reads the answer, so a keystroke costs one pass over the
catalog rather than thousands of `data()` calls.

Matching and ranking are the domain's (`domain.search`: exact name or alias, name starting
with the search, every word in the name, cue or muscle matches, then corrected typos).
Sorting in the proxy would call Python once per comparison (about 0.3 s for 5,000 rows), so
the same pass works out the ranked order and the source model presents its rows in that
order (one layout change the proxy follows in C++).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

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
from planner_gui.domain.display_text import display_text
from planner_gui.domain.models import Exercise
from planner_gui.domain.search import CatalogFilter, SearchIndex
from planner_gui.ui.plain import tool_tip

#: MIME type of an exercise dragged out of the catalog; the data is the UTF-8 exercise id.
EXERCISE_MIME = "application/x-brace-exercise"
#: Role that returns the exercise id of a row.
EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex

_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOL_TIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED_ROLES = frozenset({_DISPLAY_ROLE, _TOOL_TIP_ROLE, int(EXERCISE_ID_ROLE)})
#: Every row's flags, combined once (each `|` of Qt flags runs Python enum code).
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


def pretty(value: str) -> str:
    """A vocabulary word as a person reads it: 'hip-flexors' → 'Hip flexors'."""
    special = _SPECIAL_WORDS.get(value)
    if special is not None:
        return special
    text = value.replace("-", " ").replace("anti ", "anti-")
    return text[:1].upper() + text[1:]


_SPECIAL_WORDS = {"warmup": "Warm-up", "cooldown": "Cool-down"}


class CatalogModel(QAbstractTableModel):
    """Exercises as rows sorted by name: name, category and pattern; drag gives the id."""

    COLUMNS = ("Exercise", "Category", "Pattern")

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Every exercise and its search key sorted by name; rows show them in `_order`.
        self._by_name: list[Exercise] = []
        self._index = SearchIndex(())
        self._order: list[int] = []
        self._exercises: list[Exercise] = []
        #: Name-order position by exercise id (fixed per catalog), and row by position.
        self._positions: dict[str, int] = {}
        self._row_at: list[int] = []
        #: Bumped on every reset so the proxy knows its cached answers are stale.
        self.generation = 0
        self.set_catalog(catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        """Replace every row (a plan with other custom exercises was opened).

        Rows start sorted by name, computed once, so the proxy never sorts on a keystroke.
        """
        self.beginResetModel()
        self._by_name = sorted(catalog, key=lambda exercise: exercise.name.casefold())
        self._index = SearchIndex(self._by_name)
        self._order = list(range(len(self._by_name)))
        self._exercises = list(self._by_name)
        self._positions = {exercise.id: row for row, exercise in enumerate(self._by_name)}
        self._row_at = list(self._order)
        self.generation += 1
        self.endResetModel()

    def exercises(self) -> Sequence[Exercise]:
        """The exercises in row order."""
        return self._exercises

    def search_index(self) -> SearchIndex:
        """The search keys in name order (what `set_order` positions refer to)."""
        return self._index

    def order(self) -> list[int]:
        """For each row, the position of its exercise in name order (do not modify)."""
        return self._order

    def set_order(self, order: Sequence[int]) -> None:
        """Show the rows in another order (a permutation of name-order positions).

        One layout change: selections and other persistent indexes follow their exercise.
        """
        order = list(order)
        if order == self._order:
            return
        if sorted(order) != list(range(len(self._by_name))):
            raise ValueError("not an ordering of the catalog's rows")
        self.layoutAboutToBeChanged.emit()
        new_row = [0] * len(order)
        for row, position in enumerate(order):
            new_row[position] = row
        old_order = self._order
        moved_from = self.persistentIndexList()
        moved_to = [
            self.index(new_row[old_order[index.row()]], index.column())
            if index.isValid()
            else QModelIndex()
            for index in moved_from
        ]
        self._order = order
        self._exercises = [self._by_name[position] for position in order]
        self._row_at = new_row
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int | None:
        """The row showing `exercise_id` (two look-ups: this runs on every keystroke)."""
        position = self._positions.get(exercise_id)
        return None if position is None else self._row_at[position]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Asked for every role of every visible cell on each repaint: roles it has no answer
        # for are turned away first, against plain ints (a Qt enum costs a lookup each time).
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._exercises) or not index.isValid():
            return None
        exercise = self._exercises[row]
        if role == _DISPLAY_ROLE:
            column = index.column()
            if column == 0:
                return display_text(exercise.name)
            if column == 1:
                return pretty(exercise.category)
            return pretty(exercise.pattern)
        if role == EXERCISE_ID_ROLE:
            return exercise.id
        if role == _TOOL_TIP_ROLE:
            muscles = ", ".join(pretty(muscle) for muscle in exercise.muscles)
            return tool_tip(
                f"{display_text(exercise.name)}\n{pretty(exercise.category)} · {muscles}\n"
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
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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


class CatalogFilterProxy(QSortFilterProxyModel):
    """Filters the catalog as the user types and picks categories, patterns, equipment, muscles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = CatalogFilter()
        self._accepted: list[bool] = []
        self._generation = -1
        #: The source model, kept here so the per-row filter call need not ask Qt for it.
        self._source: CatalogModel | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(False)

    def catalog_model(self) -> CatalogModel:
        source = self.sourceModel()
        assert isinstance(source, CatalogModel)
        return source

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        assert isinstance(source, CatalogModel)
        self._generation = -1
        self._source = source
        super().setSourceModel(source)
        source.modelReset.connect(self._rerank)

    def current_filter(self) -> CatalogFilter:
        return self._filter

    def set_filter(self, new: CatalogFilter) -> None:
        """Apply a whole filter at once; unchanged filters cost nothing.

        When the ranking changes the row order, the source model reorders its rows and the
        proxy re-filters as part of that layout change; otherwise a plain filter change.
        """
        if new == self._filter:
            return
        source = self.sourceModel()
        if not isinstance(source, CatalogModel):
            self._filter = new
            return
        order, accepted = source.search_index().ranked(new)
        kept = _kept_order(source.order(), order, accepted)
        if kept is not None:  # the rows shown are in rank order where they are
            order, accepted = source.order(), kept
        if order == source.order():
            if accepted == self._accepted and self._generation == source.generation:
                self._filter = new  # the same rows in the same order: nothing to tell views
                return
            self.beginFilterChange()
            self._filter = new
            self._accepted = accepted
            self._generation = source.generation
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        # Answers for the new row order are ready before the source announces it, so the
        # proxy's remapping during the layout change reads them.
        self._filter = new
        self._accepted = accepted
        self._generation = source.generation
        source.set_order(order)

    def _rerank(self) -> None:
        """After the catalog is replaced (rows back in name order), rank for the search again."""
        source = self.sourceModel()
        if not isinstance(source, CatalogModel) or not self._filter.text.strip():
            return
        order, accepted = source.search_index().ranked(self._filter)
        self._accepted = accepted
        self._generation = source.generation
        source.set_order(order)

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
        distances = source.search_index().distances(self._filter)
        self._accepted = [distances[position] is not None for position in source.order()]

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Called once per row on every filter change: kept to a lookup.
        source = self._source
        if source is not None and source.generation != self._generation:
            self._recompute()
        try:
            return self._accepted[source_row]
        except IndexError:
            return False


def _kept_order(current: list[int], ranked: list[int], shown: list[bool]) -> list[bool] | None:
    """Which rows to show, row by row, if the rows `ranked` shows already stand in its order
    in `current`; else None (the rows must move).

    A search that only narrows (or widens) what is shown usually keeps the ranking of what
    stays, and moving hidden rows about would cost the view a layout change (~3 ms on 5,000
    rows) for nothing it shows.
    """
    wanted = [position for position, visible in zip(ranked, shown, strict=True) if visible]
    visible = set(wanted)
    in_place = [position for position in current if position in visible]
    if in_place != wanted:
        return None
    return [position in visible for position in current]
