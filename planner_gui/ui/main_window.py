"""The main window: catalog on the left, the plan in the centre, findings and chart below it,
the check-ins on the right (or a tab beside the findings when the screen is too narrow).

The window only wires parts together. The plan lives in one PlanModel, every edit goes through
one QUndoStack, files through Document, and the handout through ExportActions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)

from planner_gui.domain.catalog import Catalog, bundled_catalog
from planner_gui.domain.findings import Finding
from planner_gui.domain.models import Program, blank_program
from planner_gui.domain.print_part import PrintPart
from planner_gui.resources import template_paths
from planner_gui.ui import settings
from planner_gui.ui.actions import MENUS, build_action, configure, menu_entries, spec
from planner_gui.ui.custom_exercises import CustomExercises
from planner_gui.ui.dialogs.help import ABOUT_TEXT, RulesReferenceDialog
from planner_gui.ui.dialogs.preferences import PreferencesDialog
from planner_gui.ui.document import (
    AUTOSAVE_INTERVAL_MS,
    Document,
    clear_recent_files,
    file_stem_for,
    next_monday,
    recent_files,
)
from planner_gui.ui.editor.plan_editor import PlanEditor
from planner_gui.ui.export.actions import ExportActions
from planner_gui.ui.library import TemplateLibrary
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.models.undo import PlanUndoStack
from planner_gui.ui.panels.catalog_panel import CatalogPanel
from planner_gui.ui.panels.checkins_panel import CheckInsPanel
from planner_gui.ui.panels.checkins_place import CheckInsPlacement
from planner_gui.ui.panels.finding_adjust import FindingAdjustButton
from planner_gui.ui.panels.findings_panel import FindingsPanel
from planner_gui.ui.panels.load_chart import LoadChart
from planner_gui.ui.plain import tool_tip
from planner_gui.ui.screen_fit import fit_to_screen
from planner_gui.ui.wizard.new_plan import NewPlanWizard

APP_TITLE = "Brace Planner"
#: The first run's size (a smaller screen shrinks it, `fit_to_screen`): 1366 wide, the common
#: laptop width, gives the session table the exercise names and the ramp-up sets whole beside
#: the catalog and the check-ins (at 1280 the ramps were cut to "25×5 · 35×3 · …").
DEFAULT_SIZE = (1366, 800)
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
        self.undo_stack = PlanUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.model = PlanModel(program or blank_program(next_monday()), base, self)
        self.catalog_panel = CatalogPanel(self.model.catalog())
        self.editor = PlanEditor(self.model, self.undo_stack)
        self.findings_panel = FindingsPanel(self.model)
        self.load_chart = LoadChart(self.model)
        self.checkins_panel = CheckInsPanel(self.model, self.undo_stack)
        self.finding_adjust = FindingAdjustButton(self.findings_panel, self.model)
        self.document = Document(
            self.model,
            self.undo_stack,
            self,
            catalog=base,
            autosave_interval_ms=autosave_interval_ms,
        )
        self.exports = ExportActions(
            self.model, self, suggested_name=self._export_name, plan_path=self.document.path
        )
        self.library = TemplateLibrary(self.model, self.document, self, catalog=base)
        self.custom_exercises = CustomExercises(
            self.model, self.undo_stack, self.catalog_panel, self
        )
        self.preferences_dialog: PreferencesDialog | None = None
        self.wizard: NewPlanWizard | None = None
        self._base_catalog = base
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
        fit_to_screen(self)  # a small screen, or a restored place on a monitor now gone
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
        self.main_splitter.addWidget(self.checkins_panel)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setStretchFactor(2, 0)
        self.main_splitter.setCollapsible(1, False)
        # Kept in view when the splitter sizes stored by an older version have no place for it.
        self.main_splitter.setCollapsible(2, False)
        self.main_splitter.setSizes([300, 720, 260])
        self.centre_splitter.setSizes([480, 300])
        # The chart needs width to label its weeks and two axes; findings wrap their text.
        self.bottom_splitter.setSizes([420, 540])
        self.setCentralWidget(self.main_splitter)
        # Beside the plan when the screen has room, else a tab beside Findings.
        self.checkins_place = CheckInsPlacement(
            self,
            self.main_splitter,
            self.bottom_splitter,
            self.findings_panel,
            self.checkins_panel,
            self.editor.item_table,
        )

        QWidget.setTabOrder(self.catalog_panel.detail, self.editor)
        QWidget.setTabOrder(self.editor, self.findings_panel)
        QWidget.setTabOrder(self.findings_panel, self.load_chart)
        QWidget.setTabOrder(self.load_chart, self.checkins_panel)

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("planSummary")
        self.summary_label.setAccessibleName("Plan summary")
        self.statusBar().addPermanentWidget(self.summary_label)

    def _build_menus(self) -> None:
        """The menu bar as ui/actions.py lays it out; this only says what each entry does."""
        slots: dict[str, Callable[[], object]] = {
            "new_blank": self.document.new_blank,
            "new_wizard": self.new_from_wizard,
            "open": self.document.open_dialog,
            "save": self.document.save,
            "save_as": self.document.save_as,
            "save_template": self.library.save_current,
            "export_pdf": self.exports.export_pdf,
            "export_review": self.exports.export_review,
            "print_preview": self.exports.print_preview,
            "print": self.exports.print_handout,
            "print_week": lambda: self.exports.print_part(PrintPart(self.editor.current_week())),
            "print_session": lambda: self.exports.print_part(
                PrintPart(self.editor.current_week(), self.editor.current_session())
            ),
            "preferences": self.show_preferences,
            "quit": self.close,
            "find": self._focus_search,
            "new_exercise": self.custom_exercises.new_exercise,
            "rules_reference": self.show_rules_reference,
            "about": self.show_about,
        }
        self._actions: dict[str, QAction] = {
            key: build_action(key, self, slot) for key, slot in slots.items()
        }
        for key, create in (
            ("undo", self.undo_stack.createUndoAction),
            ("redo", self.undo_stack.createRedoAction),
        ):
            self._actions[key] = configure(create(self, spec(key).text), spec(key))
        # Ctrl+Z from the table gives no sight of what went back: say it where "Done: …" is said.
        self._actions["undo"].triggered.connect(
            lambda: self.show_message(f"Undone: {self.undo_stack.redoText()}")
        )
        self._actions["redo"].triggered.connect(
            lambda: self.show_message(f"Redone: {self.undo_stack.undoText()}")
        )
        self.pane_actions: dict[str, QAction] = {}
        for pane, widget in (
            ("catalog", self.catalog_panel),
            ("findings", self.findings_panel),
            ("chart", self.load_chart),
            ("checkins", self.checkins_panel),
        ):
            action = build_action(f"{pane}_pane", self)
            action.setChecked(True)
            action.toggled.connect(lambda shown, w=widget: self.checkins_place.set_shown(w, shown))
            action.setChecked(settings.pane_shown(pane))
            action.toggled.connect(lambda shown, p=pane: settings.set_pane_shown(p, shown))
            self._actions[f"{pane}_pane"] = action
            self.pane_actions[pane] = action
        self.template_actions: list[QAction] = []
        for key, title, name in MENUS:
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(name)
            if key == "plan":
                menu.addActions(self.editor.actions_for_menu)
                menu.addSeparator()
                self._fill_menu(menu, "plan/window")
            else:
                self._fill_menu(menu, key)
        self.new_blank_action = self._actions["new_blank"]
        self.open_action = self._actions["open"]
        self.save_action = self._actions["save"]
        self.save_as_action = self._actions["save_as"]
        self.export_action = self._actions["export_pdf"]
        self.preview_action = self._actions["print_preview"]
        self.print_action = self._actions["print"]
        # Right-click on a week or a session card: its own menu, then print just that (the
        # click selects it).
        self.editor.week_actions = [self._actions["print_week"]]
        self.editor.day_view.card_actions = [self._actions["print_session"]]
        # The File menu and those context menus name the week, the session and the layout
        # Print week… and Print session… print ("Print week 3 as cards…"), with the one
        # function, and forget them as they close.
        parts = self._actions["print_week"], self._actions["print_session"]

        def name_parts() -> None:
            self.exports.name_part_actions(
                *parts, self.editor.current_week(), self.editor.current_session()
            )

        def plain_parts() -> None:
            self.exports.name_part_actions(*parts)

        file_menu = self.findChild(QMenu, "fileMenu")
        if file_menu is not None:
            file_menu.aboutToShow.connect(name_parts)
            file_menu.aboutToHide.connect(plain_parts)
        self.editor.context_menu_opening.connect(name_parts)
        self.editor.context_menu_closed.connect(plain_parts)
        self.preferences_action = self._actions["preferences"]
        self.quit_action = self._actions["quit"]
        self.undo_action = self._actions["undo"]
        self.redo_action = self._actions["redo"]
        self.find_action = self._actions["find"]
        self.rules_action = self._actions["rules_reference"]
        self.about_action = self._actions["about"]

    def _fill_menu(self, menu: QMenu, name: str) -> None:
        for entry in menu_entries(name):
            if entry is None:
                menu.addSeparator()
            elif not entry.submenu:
                menu.addAction(self._actions[entry.key])
            else:
                submenu = menu.addMenu(entry.text)
                submenu.setObjectName(entry.name)
                submenu.menuAction().setStatusTip(entry.tip)
                self._fill_menu(submenu, f"{name}/{entry.key}")
                if entry.key == "new":
                    self.new_menu = submenu
                    self._add_templates(submenu)
                    self.library.attach(submenu, len(self.template_actions) + 1)
                elif entry.key == "recent":
                    self.recent_menu = submenu
                    submenu.aboutToShow.connect(self._fill_recent_menu)
                    self._fill_recent_menu()

    def _add_templates(self, menu: QMenu) -> None:
        menu.addSeparator()
        for number, path in enumerate(template_paths(), start=1):
            action = QAction(f"&{number}  From template: {template_title(path)}", self)
            action.setStatusTip(f"Start from the bundled template {path.name}")
            action.setToolTip(tool_tip(f"Start from the bundled template {path.name}"))
            menu.addAction(action)
            action.triggered.connect(lambda _=False, p=path: self.document.new_from_template(p))
            self.template_actions.append(action)

    def action(self, key: str) -> QAction:
        """The window's action for a key of ui/actions.py (the Plan menu's are the editor's)."""
        return self._actions[key]

    def _connect(self) -> None:
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.document.program_replaced.connect(self._program_replaced)
        self.document.message.connect(self.show_message)
        self.exports.message.connect(self.show_message)
        self.library.message.connect(self.show_message)
        self.exports.show_finding.connect(self.show_finding)
        self.model.plan_changed.connect(self._plan_changed)
        self.model.edit_refused.connect(self.show_message)
        self.catalog_panel.exercise_activated.connect(self.editor.add_exercise)
        self.findings_panel.finding_activated.connect(self._finding_activated)
        self.findings_panel.fix_applied.connect(self.show_message)
        self.editor.item_table.selectionModel().currentChanged.connect(self._plan_row_changed)
        self.editor.checkin_requested.connect(self.record_checkin)
        self.checkins_panel.message.connect(self.show_message)
        self.finding_adjust.adjust_requested.connect(self.checkins_panel.adjust_after)

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
        # Named as Save As would name the plan: every unsaved plan's handout was
        # "handout.pdf", one athlete's over the last one's.
        return file_stem_for(self.model.program())

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

    def _plan_row_changed(self, *_: object) -> None:
        """The details pane shows the exercise of the plan row just selected."""
        path = self.editor.current_item()
        if path is not None:
            self.catalog_panel.show_plan_exercise(self.model.item(path).exercise)

    def _finding_activated(self, finding: Finding) -> None:
        self.editor.select_finding(finding)

    def show_finding(self, finding: Finding) -> None:
        """Bring up the findings pane and select `finding` there, as a click on it would."""
        self.pane_actions["findings"].setChecked(True)
        self.checkins_place.bring_forward(self.findings_panel)
        if self.findings_panel.select_finding(finding):
            self.findings_panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def record_checkin(self) -> None:
        """Plan ▸ Check-in…: bring up the check-ins pane and open the dialog there."""
        self.pane_actions["checkins"].setChecked(True)
        self.checkins_place.bring_forward(self.checkins_panel)
        self.checkins_panel.record_checkin()

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
            action.setToolTip(tool_tip(str(path)))
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

    def new_from_wizard(self) -> NewPlanWizard | None:
        """File ▸ New ▸ From wizard…: after the unsaved-changes question, the wizard
        (window-modal, not blocking); Open plan puts its program in as a new unsaved plan."""
        if not self.document.maybe_save("starting a new plan"):
            return None
        wizard = NewPlanWizard(self._base_catalog, self)
        wizard.accepted.connect(lambda: self._wizard_finished(wizard))
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_finished(self, wizard: NewPlanWizard) -> None:
        program = wizard.program()
        if program is not None:
            self.document.new_generated(program)

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

    # Focus after a dialog ---------------------------------------------------------------

    def childEvent(self, event: QChildEvent) -> None:
        """Watch each dialog of the window as it is first shown (polished: fully built)."""
        super().childEvent(event)
        child = event.child()
        if event.type() == QEvent.Type.ChildPolished and isinstance(child, QDialog):
            child.removeEventFilter(self)  # once, however often it is shown
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QDialog):
            QTimer.singleShot(0, self, self._take_focus_back)  # none once the window is gone
        return super().eventFilter(watched, event)

    def _take_focus_back(self) -> None:
        """After a dialog closes, be the active window again when no other window is.

        Without a window manager to do it (a bare X server, some kiosk and remote sessions)
        the focus went nowhere when the Check-in dialog closed, so Ctrl+S and every other
        shortcut did nothing until the window was clicked."""
        active = QApplication.activeWindow()
        if self.isVisible() and (active is None or not active.isVisible()):
            self.activateWindow()

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
