"""The main window: catalog on the left, the plan in the centre, findings and chart below it.

The window only wires parts together. The plan lives in one PlanModel, every edit goes through
one QUndoStack, files through Document, and the handout through ExportActions.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program, blank_program
from planner_gui.resources import template_paths
from planner_gui.ui import settings
from planner_gui.ui.dialogs.help import ABOUT_TEXT, RulesReferenceDialog
from planner_gui.ui.dialogs.preferences import PreferencesDialog
from planner_gui.ui.document import (
    AUTOSAVE_INTERVAL_MS,
    Document,
    clear_recent_files,
    next_monday,
    recent_files,
)
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.export.actions import ExportActions
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.catalog_panel import CatalogPanel
from planner_gui.ui.panels.findings_panel import FindingsPanel
from planner_gui.ui.panels.load_chart import LoadChart

APP_TITLE = "Brace Planner"
DEFAULT_SIZE = (1280, 800)
STATUS_TIMEOUT_MS = 5000


def template_title(path: Path) -> str:
    """A template's title for the New menu, read without validating the whole plan."""
    try:
        title = json.loads(path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        title = None
    return title if isinstance(title, str) and title else path.name.removesuffix(".brace.json")


class MainWindow(QMainWindow):
    """Brace Planner's window. `program` is the plan to start with (a blank one if None)."""

    def __init__(
        self,
        program: Program | None = None,
        *,
        catalog: Catalog | None = None,
        autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_TITLE)
        base = catalog if catalog is not None else bundled_catalog()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.model = PlanModel(program or blank_program(next_monday()), base, self)
        self.catalog_panel = CatalogPanel(self.model.catalog())
        self.editor = PlanEditor(self.model, self.undo_stack)
        self.findings_panel = FindingsPanel(self.model)
        self.load_chart = LoadChart(self.model)
        self.document = Document(
            self.model,
            self.undo_stack,
            self,
            catalog=base,
            autosave_interval_ms=autosave_interval_ms,
        )
        self.exports = ExportActions(self.model, self, suggested_name=self._export_name)
        self.preferences_dialog: PreferencesDialog | None = None
        self.rules_dialog: RulesReferenceDialog | None = None
        self._shown_catalog = self.model.catalog()

        self._build_layout()
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self.editor.set_first_day(settings.first_day())
        self._update_title()
        self._update_summary()
        if not settings.restore_window_state(self):
            self.resize(*DEFAULT_SIZE)
        # Show an exercise's details from the start rather than an empty pane.
        self.catalog_panel.view.selectRow(0)

    # Construction -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.bottom_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.bottom_splitter.setObjectName("bottomSplitter")
        self.bottom_splitter.addWidget(self.findings_panel)
        self.bottom_splitter.addWidget(self.load_chart)
        self.bottom_splitter.setStretchFactor(0, 1)
        self.bottom_splitter.setStretchFactor(1, 1)
        self.bottom_splitter.setChildrenCollapsible(False)

        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.setObjectName("centreSplitter")
        self.centre_splitter.addWidget(self.editor)
        self.centre_splitter.addWidget(self.bottom_splitter)
        self.centre_splitter.setStretchFactor(0, 3)
        self.centre_splitter.setStretchFactor(1, 2)
        self.centre_splitter.setCollapsible(0, False)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.catalog_panel)
        self.main_splitter.addWidget(self.centre_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(1, False)
        self.main_splitter.setSizes([320, 960])
        self.centre_splitter.setSizes([480, 300])
        # The chart needs width to label its weeks and two axes; findings wrap their text.
        self.bottom_splitter.setSizes([420, 540])
        self.setCentralWidget(self.main_splitter)

        QWidget.setTabOrder(self.catalog_panel.detail, self.editor)
        QWidget.setTabOrder(self.editor, self.findings_panel)
        QWidget.setTabOrder(self.findings_panel, self.load_chart)

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("planSummary")
        self.summary_label.setAccessibleName("Plan summary")
        self.statusBar().addPermanentWidget(self.summary_label)

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        keys = QKeySequence.StandardKey

        file_menu = bar.addMenu("&File")
        file_menu.setObjectName("fileMenu")
        new_menu = file_menu.addMenu("&New")
        new_menu.setObjectName("newMenu")
        new_menu.menuAction().setStatusTip("Start a blank plan or one from a bundled template")
        self.new_blank_action = self._action(
            "&Blank plan",
            self.document.new_blank,
            keys.New,
            "Start an empty plan",
            "newBlankAction",
        )
        new_menu.addAction(self.new_blank_action)
        new_menu.addSeparator()
        self.template_actions: list[QAction] = []
        for number, path in enumerate(template_paths(), start=1):
            action = self._action(
                f"&{number}  From template: {template_title(path)}",
                lambda _=False, p=path: self.document.new_from_template(p),
                tip=f"Start from the bundled template {path.name}",
            )
            new_menu.addAction(action)
            self.template_actions.append(action)
        self.open_action = self._action(
            "&Open…", self.document.open_dialog, keys.Open, "Open a plan file", "openAction"
        )
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.menuAction().setStatusTip("Open one of the last plans you worked on")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        self.save_action = self._action(
            "&Save", self.document.save, keys.Save, "Save the plan", "saveAction"
        )
        self.save_as_action = self._action(
            "Save &As…",
            self.document.save_as,
            keys.SaveAs,
            "Save the plan under a new name",
            "saveAsAction",
        )
        if self.save_as_action.shortcut().isEmpty():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        self.export_action = self._action(
            "&Export PDF…",
            self.exports.export_pdf,
            "Ctrl+E",
            "Write the printable handout as a PDF",
            "exportAction",
        )
        self.preview_action = self._action(
            "Print Pre&view…",
            self.exports.print_preview,
            "Ctrl+Shift+P",
            "Show the handout as it will print",
            "printPreviewAction",
        )
        self.print_action = self._action(
            "&Print…",
            self.exports.print_handout,
            keys.Print,
            "Print the handout",
            "printAction",
        )
        file_menu.addActions([self.export_action, self.preview_action, self.print_action])
        file_menu.addSeparator()
        self.preferences_action = self._action(
            "Pre&ferences…",
            self.show_preferences,
            "Ctrl+,",
            "Units, first day of the week, page size, brand and rule settings",
            "preferencesAction",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            "&Quit", self.close, keys.Quit, "Quit Brace Planner", "quitAction"
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.setObjectName("editMenu")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(keys.Undo))
        self.undo_action.setStatusTip("Undo the last change to the plan")
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setStatusTip("Redo the change last undone")
        self.redo_action.setShortcuts(
            _unique(
                [
                    QKeySequence("Ctrl+Shift+Z"),
                    QKeySequence("Ctrl+Y"),
                    *QKeySequence.keyBindings(keys.Redo),
                ]
            )
        )
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = self._action(
            "&Find exercise…",
            self._focus_search,
            keys.Find,
            "Search the exercise catalog",
            "findAction",
        )
        edit_menu.addAction(self.find_action)

        plan_menu = bar.addMenu("&Plan")
        plan_menu.setObjectName("planMenu")
        plan_menu.addActions(self.editor.actions_for_menu)

        view_menu = bar.addMenu("&View")
        view_menu.setObjectName("viewMenu")
        self.pane_actions: dict[str, QAction] = {}
        for key, label, widget, shortcut in (
            ("catalog", "&Catalog", self.catalog_panel, "Ctrl+1"),
            ("findings", "&Findings", self.findings_panel, "Ctrl+2"),
            ("chart", "Load c&hart", self.load_chart, "Ctrl+3"),
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(f"Show or hide the {label.replace('&', '').lower()} pane")
            action.toggled.connect(widget.setVisible)
            view_menu.addAction(action)
            self.pane_actions[key] = action

        help_menu = bar.addMenu("&Help")
        help_menu.setObjectName("helpMenu")
        self.rules_action = self._action(
            "&Rules reference",
            self.show_rules_reference,
            keys.HelpContents,
            "What every plan check means and why",
            "rulesReferenceAction",
        )
        self.about_action = self._action(
            "&About Brace Planner",
            self.show_about,
            tip="Version and what Brace Planner is for",
            name="aboutAction",
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addActions([self.rules_action, self.about_action])

    def _connect(self) -> None:
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.document.program_replaced.connect(self._program_replaced)
        self.document.message.connect(self.show_message)
        self.exports.message.connect(self.show_message)
        self.exports.show_finding.connect(self.show_finding)
        self.model.plan_changed.connect(self._plan_changed)
        self.catalog_panel.exercise_activated.connect(self.editor.add_exercise)
        self.findings_panel.finding_activated.connect(self._finding_activated)

    # Behaviour --------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _update_title(self, *_: object) -> None:
        self.setWindowTitle(f"{self._file_label()}[*] — {APP_TITLE}")
        self.setWindowModified(not self.undo_stack.isClean())

    def _file_label(self) -> str:
        path = self.document.path()
        return path.name if path is not None else f"{self.document.display_name()}"

    def _export_name(self) -> str:
        path = self.document.path()
        if path is not None:
            return path.name.removesuffix(".brace.json")
        return "handout"

    def _update_summary(self) -> None:
        program = self.model.program()
        sessions = sum(len(week.sessions) for week in program.weeks)
        findings = self.findings_panel.findings()
        errors = sum(1 for finding in findings if finding.severity == "error")
        warnings = sum(1 for finding in findings if finding.severity == "warning")
        weeks = len(program.weeks)
        self.summary_label.setText(
            f"{weeks} week{'s' if weeks != 1 else ''} · {sessions} session"
            f"{'s' if sessions != 1 else ''} · {program.units} · "
            f"{errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}"
        )

    def _plan_changed(self) -> None:
        catalog = self.model.catalog()
        if catalog is not self._shown_catalog:
            # Opening a plan merges its custom exercises into a new catalog object even when
            # it has none; rebuilding the panel's rows for the same exercises is wasted work.
            if not _same_exercises(catalog, self._shown_catalog):
                self.catalog_panel.set_catalog(catalog)
            self._shown_catalog = catalog
        self._update_summary()

    def _program_replaced(self) -> None:
        self._plan_changed()
        self._update_title()

    def _finding_activated(self, finding: Finding) -> None:
        self.editor.select_finding(finding)

    def show_finding(self, finding: Finding) -> None:
        """Bring up the findings pane and select `finding` there, as a click on it would."""
        self.pane_actions["findings"].setChecked(True)
        if self.findings_panel.select_finding(finding):
            self.findings_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_search(self) -> None:
        self.pane_actions["catalog"].setChecked(True)
        self.catalog_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.catalog_panel.search.selectAll()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for number, path in enumerate(paths, start=1):
            mnemonic = f"&{number}" if number < 10 else "1&0"
            action = self.recent_menu.addAction(f"{mnemonic}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.document.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction("&No recent files")
            empty.setStatusTip("Plans you open or save are listed here")
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("&Clear list")
        clear.setStatusTip("Forget the recent plans (the files stay where they are)")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(clear_recent_files)

    def recent_actions(self) -> list[QAction]:
        """The file entries of Open Recent, as the menu shows them now."""
        self._fill_recent_menu()
        return [action for action in self.recent_menu.actions() if action.data()]

    def show_preferences(self) -> PreferencesDialog:
        """Open the preferences (window-modal, not blocking); OK applies them."""
        if self.preferences_dialog is not None:
            self.preferences_dialog.close()
            self.preferences_dialog.deleteLater()
        dialog = PreferencesDialog(self.model, self.undo_stack, self)
        dialog.accepted.connect(self._preferences_applied)
        self.preferences_dialog = dialog
        dialog.open()
        return dialog

    def _preferences_applied(self) -> None:
        self.editor.set_first_day(settings.first_day())
        self._update_summary()

    def show_rules_reference(self) -> None:
        if self.rules_dialog is None:
            self.rules_dialog = RulesReferenceDialog(self)
        self.rules_dialog.show()
        self.rules_dialog.raise_()

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_TITLE}", ABOUT_TEXT)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes; on the way out keep the layout and drop the autosave."""
        if not self.document.maybe_save("closing"):
            event.ignore()
            return
        settings.save_window_state(self)
        self.document.shutdown()
        self.exports.cleanup()
        event.accept()


def _same_exercises(shown: Catalog, other: Catalog) -> bool:
    """The very same exercise objects in the same order: the panel would show no change."""
    return len(shown) == len(other) and all(a is b for a, b in zip(shown, other, strict=True))


def _unique(sequences: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen
