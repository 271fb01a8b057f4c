"""The catalog panel: search and filter the exercises, read one's details, drag it to the plan."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.models import Exercise
from planner_gui.domain.vocabulary import CATEGORIES, MUSCLES, PATTERNS
from planner_gui.figures.lookup import pose_for
from planner_gui.ui.models.catalog_model import (
    EXERCISE_ID_ROLE,
    CatalogFilterProxy,
    CatalogModel,
    pretty,
)
from planner_gui.ui.panels.pose_painter import PoseView

#: URL scheme of the regression/progression links in the detail pane.
LINK_SCHEME = "exercise"


class CatalogPanel(QWidget):
    """Left side of the window: the exercise catalog.

    Emits `exercise_activated(id)` on double-click or Enter so the window can add the
    exercise to the selected block; rows also drag out as EXERCISE_MIME. Its context menu
    asks for a custom copy of an exercise (`duplicate_requested(id)`) or, on one of the plan's
    custom exercises, an edit of it (`edit_requested(id)`).
    """

    exercise_activated = Signal(str)
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogPanel")
        self.setAccessibleName("Exercise catalog")
        self.model = CatalogModel(catalog, self)
        self.proxy = CatalogFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("catalogSearch")
        self.search.setAccessibleName("Search exercises")
        self.search.setPlaceholderText("Search name, cue or muscle…")
        self.search.setToolTip("Filters as you type; every word must match a name, cue or muscle")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(
            lambda text: self._filter_with(lambda: self.proxy.set_text(text))
        )

        self.category_filter = self._combo("categoryFilter", "Category", "Any category", CATEGORIES)
        self.pattern_filter = self._combo(
            "patternFilter", "Movement pattern", "Any pattern", PATTERNS
        )
        self.equipment_filter = self._combo(
            "equipmentFilter", "Equipment", "Any equipment", self._equipment(catalog)
        )
        self.muscle_filter = self._combo("muscleFilter", "Muscle", "Any muscle", MUSCLES)
        for combo, setter in (
            (self.category_filter, self.proxy.set_category),
            (self.pattern_filter, self.proxy.set_pattern),
            (self.equipment_filter, self.proxy.set_equipment),
            (self.muscle_filter, self.proxy.set_muscle),
        ):
            combo.currentIndexChanged.connect(
                lambda _=0, c=combo, set_=setter: self._filter_with(lambda: set_(c.currentData()))
            )

        self.view = QTableView(self)
        self.view.setObjectName("catalogView")
        self.view.setAccessibleName("Exercises")
        self.view.setToolTip(
            "Double-click or press Enter to add to its own block (or to the block heading "
            "selected in the plan); drag onto a block to add it there"
        )
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are picked with the arrow keys; Tab moves on to the details and the plan
        # (a table's default Tab walks its cells and never leaves the list).
        self.view.setTabKeyNavigation(False)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width: sizing to contents would measure every row on each keystroke.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        widest = max(self.fontMetrics().horizontalAdvance(pretty(c)) for c in CATEGORIES)
        header.resizeSection(1, widest + 16)
        self.view.hideColumn(2)
        self.view.activated.connect(self._activate)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_row_menu)
        self._custom_ids: frozenset[str] = frozenset()
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # Filtering can move the selection onto another row (or drop it) without a
        # selectionChanged for the new row; keep the details in step with what is highlighted.
        self.proxy.layoutChanged.connect(self._highlight_best_match)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
            self.proxy.modelReset,
        ):
            signal.connect(self._sync_detail)

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("exerciseDetail")
        self.detail.setAccessibleName("Exercise details")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self._shown: Exercise | None = None
        self.illustration = PoseView(self)
        self.illustration.setObjectName("exerciseIllustration")
        self.illustration.setAccessibleName("Exercise illustration")

        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(4)
        details_layout.addWidget(self.illustration)
        details_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("catalogSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        filters = QGridLayout()
        filters.setSpacing(4)
        filters.addWidget(self.category_filter, 0, 0)
        filters.addWidget(self.pattern_filter, 0, 1)
        filters.addWidget(self.equipment_filter, 1, 0)
        filters.addWidget(self.muscle_filter, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        for first, second in (
            (self.search, self.category_filter),
            (self.category_filter, self.pattern_filter),
            (self.pattern_filter, self.equipment_filter),
            (self.equipment_filter, self.muscle_filter),
            (self.muscle_filter, self.view),
            (self.view, self.detail),
        ):
            QWidget.setTabOrder(first, second)
        self._show(None)

    def _build_list(self) -> QWidget:
        """The table, and in its place when nothing passes the filters, a line saying so with
        a button that clears them."""
        self.no_match = QWidget(self)
        self.no_match.setObjectName("catalogNoMatch")
        self.no_match.setAccessibleName("No exercise matches")
        label = QLabel("No exercise matches", self.no_match)
        label.setObjectName("catalogNoMatchLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton("&Clear search and filters", self.no_match)
        self.clear_button.setObjectName("catalogClearFilters")
        self.clear_button.setToolTip("Show every exercise again")
        self.clear_button.clicked.connect(self._clear_and_show)
        empty_layout = QVBoxLayout(self.no_match)
        empty_layout.addStretch(1)
        empty_layout.addWidget(label)
        empty_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.no_match.hide()
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
            self.proxy.modelReset,
        ):
            signal.connect(self._update_no_match)

        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.no_match, 1)
        return holder

    # Public API -------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        """Show another catalog (the plan's custom exercises changed); keeps the selection."""
        current = self.current_exercise_id()
        self.model.set_catalog(catalog)
        self._refill(self.equipment_filter, "Any equipment", self._equipment(catalog))
        if current is None or not self.select_exercise(current):
            self._show(None)

    def current_exercise_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        value = index.data(EXERCISE_ID_ROLE)
        return str(value) if value is not None else None

    def select_exercise(self, exercise_id: str) -> bool:
        """Select and show an exercise, clearing the filters if they hide it."""
        row = self.model.row_of(exercise_id)
        if row is None:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.clear_filters()
            # Clearing the search puts the rows back in name order: look the row up again.
            row = self.model.row_of(exercise_id)
            if row is None:
                return False
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (
            self.category_filter,
            self.pattern_filter,
            self.equipment_filter,
            self.muscle_filter,
        ):
            combo.setCurrentIndex(0)

    def set_custom_ids(self, ids: Iterable[str]) -> None:
        """Which exercises are the plan's own: their context menu offers an edit."""
        self._custom_ids = frozenset(ids)

    def row_menu(self, exercise_id: str | None) -> QMenu:
        """The context menu of a catalog row (`exercise_id`, or None off the rows)."""
        menu = QMenu(self)
        menu.setObjectName("catalogRowMenu")
        duplicate = menu.addAction("&Duplicate as custom exercise…")
        duplicate.setObjectName("duplicateAsCustomAction")
        duplicate.setStatusTip("Make an exercise of the plan's own, starting from this one")
        duplicate.setEnabled(exercise_id is not None)
        edit = menu.addAction("&Edit custom exercise…")
        edit.setObjectName("editCustomAction")
        edit.setStatusTip("Change this exercise of the plan's own")
        edit.setEnabled(exercise_id in self._custom_ids)
        if exercise_id is not None:
            duplicate.triggered.connect(lambda: self.duplicate_requested.emit(exercise_id))
            edit.triggered.connect(lambda: self.edit_requested.emit(exercise_id))
        return menu

    def show_plan_exercise(self, exercise_id: str) -> None:
        """Show the exercise of the selected plan row: its catalog row is selected when the
        filters show it; otherwise the selection is cleared (the filters stay) and only the
        details show it."""
        row = self.model.row_of(exercise_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is not None and index.isValid():
            if self.current_exercise_id() != exercise_id:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            return
        self.view.selectionModel().clear()
        if row is None:
            self._shown = None
            self.illustration.setVisible(False)
            self.detail.setPlainText(
                f"{exercise_id}\n\nThis exercise is in neither the catalog nor the plan's "
                "own exercises."
            )
            return
        self._show(self.model.exercise_at(row))

    def shown_exercise_id(self) -> str | None:
        """The exercise the details pane shows (catalog row or plan row), if any."""
        return self._shown.id if self._shown is not None else None

    def visible_ids(self) -> list[str]:
        """Ids of the rows the filter lets through, in view order."""
        return [
            str(self.proxy.index(row, 0).data(EXERCISE_ID_ROLE))
            for row in range(self.proxy.rowCount())
        ]

    # Internals --------------------------------------------------------------------------

    def _combo(
        self, name: str, label: str, any_text: str, values: tuple[str, ...] | list[str]
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(f"{label} filter")
        combo.setToolTip(f"Show only exercises with this {label.lower()}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        self._refill(combo, any_text, values)
        return combo

    @staticmethod
    def _refill(combo: QComboBox, any_text: str, values: tuple[str, ...] | list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for value in values:
            combo.addItem(pretty(value), value)
        position = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)
        if position < 0:
            combo.currentIndexChanged.emit(0)

    @staticmethod
    def _equipment(catalog: Catalog) -> list[str]:
        return sorted({item for exercise in catalog for item in exercise.equipment})

    def _filter_with(self, change: Callable[[], None]) -> None:
        """Change the filter; when that hides the highlighted row (or a search finds rows
        after none was highlighted), highlight the best match (Qt would move the highlight
        onto a neighbouring row, which is arbitrary)."""
        kept = self.current_exercise_id()
        change()
        if kept is not None and self._is_visible(kept):
            return
        if self.proxy.rowCount() == 0:
            self.view.selectionModel().clear()
            return
        if kept is None and not self.search.text().strip():
            return  # nothing was highlighted and nothing is searched for
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.proxy.index(0, 0), flags)
        self.view.scrollToTop()

    def _is_visible(self, exercise_id: str) -> bool:
        row = self.model.row_of(exercise_id)
        return row is not None and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def _update_no_match(self, *_: object) -> None:
        empty = self.proxy.rowCount() == 0 and self.model.rowCount() > 0
        self.view.setVisible(not empty)
        self.no_match.setVisible(empty)

    def _clear_and_show(self) -> None:
        self.clear_filters()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_row_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
        value = index.data(EXERCISE_ID_ROLE) if index.isValid() else None
        menu = self.row_menu(str(value) if value is not None else None)
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _activate(self, index: QModelIndex) -> None:
        value = index.data(EXERCISE_ID_ROLE)
        if value is not None:
            self.exercise_activated.emit(str(value))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self._show(None)
            return
        source = self.proxy.mapToSource(indexes[0])
        self._show(self.model.exercise_at(source.row()))

    def _highlight_best_match(self, *_: object) -> None:
        """A search that reorders the rows and hides the highlighted one highlights the top
        (best-ranked) match instead, so its details show and Enter in the list adds it."""
        if self.view.currentIndex().isValid() or self.proxy.rowCount() == 0:
            return
        if not self.search.text().strip():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.proxy.index(0, 0), flags)
        self.view.scrollToTop()

    def _sync_detail(self, *_: object) -> None:
        exercise_id = self.current_exercise_id()
        shown = self._shown.id if self._shown is not None else None
        if exercise_id != shown:
            row = self.model.row_of(exercise_id) if exercise_id else None
            self._show(self.model.exercise_at(row) if row is not None else None)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.select_exercise(url.path())

    def _show(self, exercise: Exercise | None) -> None:
        self._shown = exercise
        self.illustration.set_pose(pose_for(exercise))
        self.illustration.setVisible(exercise is not None)
        if exercise is None:
            self.detail.setHtml(
                "<p style='color: gray'>Select an exercise to see its cues, cautions and "
                "easier or harder versions.</p>"
            )
            return
        self.detail.setHtml(self._detail_html(exercise))

    def _link(self, exercise_id: str | None) -> str:
        if exercise_id is None:
            return "—"
        row = self.model.row_of(exercise_id)
        name = self.model.exercise_at(row).name if row is not None else exercise_id
        return f"<a href='{LINK_SCHEME}:{escape(exercise_id)}'>{escape(name)}</a>"

    def _detail_html(self, exercise: Exercise) -> str:
        def words(values: list[str]) -> str:
            return escape(", ".join(pretty(value) for value in values)) or "—"

        def bullets(values: list[str]) -> str:
            if not values:
                return "<p>—</p>"
            return (
                "<ul style='margin-left: -20px'>"
                + "".join(f"<li>{escape(value)}</li>" for value in values)
                + "</ul>"
            )

        dose = {
            "reps": "repetitions",
            "hold": "held for time",
            "time": "for time",
            "distance": "over a distance",
        }[exercise.dose]
        rows = [
            ("Category", escape(pretty(exercise.category))),
            ("Pattern", escape(pretty(exercise.pattern))),
            ("Muscles", words(list(exercise.muscles))),
            ("Also works", words(list(exercise.secondary_muscles))),
            ("Equipment", words(exercise.equipment) if exercise.equipment else "None"),
            ("Spinal load", escape(pretty(exercise.spinal_load))),
            ("Dosed by", dose + (", each side" if exercise.unilateral else "")),
            ("Easier", self._link(exercise.regression)),
            ("Harder", self._link(exercise.progression)),
        ]
        table = "".join(
            f"<tr><td style='padding-right: 8px'><b>{label}</b></td><td>{value}</td></tr>"
            for label, value in rows
        )
        return (
            f"<h3 style='margin: 0'>{escape(exercise.name)}</h3>"
            f"<table cellspacing='0' cellpadding='1'>{table}</table>"
            f"<p style='margin-bottom: 0'><b>Cues</b></p>{bullets(exercise.cues)}"
            f"<p style='margin-bottom: 0'><b>Cautions</b></p>{bullets(exercise.cautions)}"
        )
