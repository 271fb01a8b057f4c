"""Qt models over the exercise catalog: a table of exercises and a fast filtering proxy.

The filter is evaluated once per change in plain Python over precomputed search keys; the
proxy's `filterAcceptsRow` only reads the answer, so a keystroke costs one pass over the
catalog rather than thousands of `data()` calls.

Matches are ranked (exact name, name starting with the search, every word in the name, then
cue or muscle matches); an exercise's aliases ("rdl", "deadbug") count as names, so "rdl"
puts the Romanian deadlift first as "romanian deadlift" does. Sorting in the proxy would call
Python once per comparison (about 0.3 s for 5,000 rows), so the same pass works out the ranked
order and the source model presents its rows in that order (one layout change the proxy
follows in C++).
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

from planner_gui.domain.catalog import Catalog, search_form
from planner_gui.domain.models import Exercise
from planner_gui.ui.plain import tool_tip

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
    #: The name, case-folded (for "every word in the name").
    name: str
    #: The name in its search form (`search_form`), for exact and prefix matches.
    plain_name: str
    category: str
    pattern: str
    equipment: frozenset[str]
    muscles: frozenset[str]
    #: The aliases, case-folded: each is searched like the name.
    aliases: tuple[str, ...]
    #: The name and aliases in search form, each on a line of its own with a line break at
    #: both ends: one substring test finds an exact ("\nrdl\n") or prefix ("\nrdl") match.
    names: str


def search_key(exercise: Exercise) -> SearchKey:
    """Name, aliases, id, cues and muscles (primary and secondary) folded into one string."""
    muscles = [*exercise.muscles, *exercise.secondary_muscles]
    parts = [exercise.name, *exercise.aliases, exercise.id, *exercise.cues, *muscles]
    parts += [muscle.replace("-", " ") for muscle in muscles]
    plain_name = search_form(exercise.name)
    plain_aliases = [search_form(alias) for alias in exercise.aliases]
    return SearchKey(
        text="\n".join(parts).casefold(),
        name=exercise.name.casefold(),
        plain_name=plain_name,
        category=exercise.category,
        pattern=exercise.pattern,
        equipment=frozenset(exercise.equipment),
        muscles=frozenset(exercise.muscles) | frozenset(exercise.secondary_muscles),
        aliases=tuple(alias.casefold() for alias in exercise.aliases),
        names="\n" + "\n".join([plain_name, *plain_aliases]) + "\n",
    )


class CatalogModel(QAbstractTableModel):
    """Exercises as rows sorted by name: name, category and pattern; drag gives the id."""

    COLUMNS = ("Exercise", "Category", "Pattern")

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Every exercise and its search key sorted by name; rows show them in `_order`.
        self._by_name: list[Exercise] = []
        self._name_keys: list[SearchKey] = []
        self._order: list[int] = []
        self._exercises: list[Exercise] = []
        self._keys: list[SearchKey] = []
        #: Row by exercise id, worked out when first asked for after the order changes.
        self._rows: dict[str, int] | None = None
        #: Bumped on every reset so the proxy knows its cached answers are stale.
        self.generation = 0
        self.set_catalog(catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        """Replace every row (a plan with other custom exercises was opened).

        Rows start sorted by name, computed once, so the proxy never sorts on a keystroke.
        """
        self.beginResetModel()
        self._by_name = sorted(catalog, key=lambda exercise: exercise.name.casefold())
        self._name_keys = [search_key(exercise) for exercise in self._by_name]
        self._order = list(range(len(self._by_name)))
        self._exercises = list(self._by_name)
        self._keys = list(self._name_keys)
        self._rows = None
        self.generation += 1
        self.endResetModel()

    def exercises(self) -> Sequence[Exercise]:
        """The exercises in row order."""
        return self._exercises

    def search_keys(self) -> Sequence[SearchKey]:
        """Search keys in row order."""
        return self._keys

    def name_keys(self) -> Sequence[SearchKey]:
        """Search keys in name order (what `set_order` positions refer to)."""
        return self._name_keys

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
        self._keys = [self._name_keys[position] for position in order]
        self._rows = None
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int | None:
        if self._rows is None:
            self._rows = {exercise.id: row for row, exercise in enumerate(self._exercises)}
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
            return tool_tip(
                f"{exercise.name}\n{pretty(exercise.category)} · {muscles}\n"
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

    def ranked(self, keys: Sequence[SearchKey]) -> tuple[list[int], list[bool]]:
        """The rows in ranked order (name-order positions) and, row by row, which are accepted.

        Accepted rows come first: exact name or alias, then a name or alias starting with the
        search, then a name or an alias holding every word, then matches in cues or muscles;
        names in A-Z order within each rank, rejected rows last. Without search text the
        order is by name alone.
        """
        words = self.text.casefold().split()
        accepted = self.accepted(keys, words)
        query = search_form(self.text)
        if not query:
            return list(range(len(keys))), accepted
        exact_line = f"\n{query}\n"
        line_start = f"\n{query}"
        exact: list[int] = []
        prefix: list[int] = []
        in_name: list[int] = []
        other: list[int] = []
        rejected: list[int] = []
        for position, key in enumerate(keys):
            if not accepted[position]:
                rejected.append(position)
            elif exact_line in key.names:
                exact.append(position)
            elif line_start in key.names:
                prefix.append(position)
            elif all(word in key.name for word in words) or any(
                all(word in alias for word in words) for alias in key.aliases
            ):
                in_name.append(position)
            else:
                other.append(position)
        order = exact + prefix + in_name + other + rejected
        shown = len(order) - len(rejected)
        return order, [True] * shown + [False] * len(rejected)

    def accepted(self, keys: Sequence[SearchKey], words: Sequence[str]) -> list[bool]:
        """`accepts` for every key at once: one comprehension per pass, not a call per row,
        since this runs on each keystroke over the whole catalog."""
        if not words:
            hits = [True] * len(keys)
        elif len(words) == 1:
            word = words[0]
            hits = [word in key.text for key in keys]
        else:
            hits = [all(word in key.text for word in words) for key in keys]
        if (self.category, self.pattern, self.equipment, self.muscle) == (None, None, None, None):
            return hits
        return [hit and self._combos_accept(key) for hit, key in zip(hits, keys, strict=True)]

    def accepts(self, key: SearchKey, words: Sequence[str]) -> bool:
        return self._combos_accept(key) and all(word in key.text for word in words)

    def _combos_accept(self, key: SearchKey) -> bool:
        return (
            (self.category is None or key.category == self.category)
            and (self.pattern is None or key.pattern == self.pattern)
            and (self.equipment is None or self.equipment in key.equipment)
            and (self.muscle is None or self.muscle in key.muscles)
        )


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
        order, accepted = new.ranked(source.name_keys())
        if order == source.order():
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
        order, accepted = self._filter.ranked(source.name_keys())
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
        words = self._filter.text.casefold().split()
        self._accepted = self._filter.accepted(source.search_keys(), words)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Called once per row on every filter change: kept to a lookup.
        source = self._source
        if source is not None and source.generation != self._generation:
            self._recompute()
        accepted = self._accepted
        return source_row < len(accepted) and accepted[source_row]
