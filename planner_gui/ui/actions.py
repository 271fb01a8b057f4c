"""Every command of the window and its keys, declared once: what each menu entry says, where.

The main window, the plan editor and the print preview build their QActions from this table
(`build_action`) and lay out their menus from it (`menu_entries`); none of them spells a
shortcut itself. An entry's keys are portable strings ("Ctrl+E") or a platform's standard key
(`Standard`), turned into key sequences only when the action is built, since what Save or
Undo is bound to depends on the platform. Entries are listed in menu order; a separator
stands between two sections of one menu.

Where an entry's keys work (`context`): "window" anywhere in the main window; "editor" only
while the focus is in the plan editor (its item table and session fields), so Delete and
Alt+Up there do not steal keys from the other panes; "preview" in the print preview dialog,
a window of its own. A "window" key works inside the editor too, so no key may be bound twice
among the "window" and "editor" entries together, nor twice among the "preview" ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Context = Literal["window", "editor", "preview"]
StandardKey = QKeySequence.StandardKey
MenuRole = QAction.MenuRole


@dataclass(frozen=True)
class Standard:
    """A platform's standard key: its first binding, or all of them with `every`."""

    key: QKeySequence.StandardKey
    every: bool = False


Key = str | Standard


@dataclass(frozen=True)
class ActionSpec:
    """One command. `menu` is the menu it is listed in ("file/new" is File ▸ New, "" none);
    `fallback` is the key used when the platform binds none of `keys`; `submenu` entries
    open a menu whose items the window fills itself (templates, recent files)."""

    key: str
    text: str
    menu: str
    section: str = ""
    keys: tuple[Key, ...] = ()
    fallback: str = ""
    tip: str = ""
    context: Context = "window"
    name: str = ""
    role: QAction.MenuRole = MenuRole.TextHeuristicRole
    checkable: bool = False
    submenu: bool = False

    @property
    def object_name(self) -> str:
        return self.name or f"action_{self.key}"


#: The menu bar, left to right: (menu, title with mnemonic, object name).
MENUS: tuple[tuple[str, str, str], ...] = (
    ("file", "&File", "fileMenu"),
    ("edit", "&Edit", "editMenu"),
    ("plan", "&Plan", "planMenu"),
    ("view", "&View", "viewMenu"),
    ("help", "&Help", "helpMenu"),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # File ---------------------------------------------------------------------------------
    ActionSpec(
        "new",
        "&New",
        "file",
        "open",
        tip="Start a blank plan, or one from a bundled template or one of yours",
        name="newMenu",
        submenu=True,
    ),
    ActionSpec(
        "new_blank",
        "&Blank plan",
        "file/new",
        keys=(Standard(StandardKey.New),),
        tip="Start an empty plan",
        name="newBlankAction",
    ),
    ActionSpec(
        "new_wizard",
        "From &wizard…",
        "file/new",
        keys=("Ctrl+Shift+N",),
        tip="Answer a few questions and get a whole program: sessions, routines, progression",
        name="newWizardAction",
    ),
    ActionSpec(
        "open",
        "&Open…",
        "file",
        "open",
        keys=(Standard(StandardKey.Open),),
        tip="Open a plan file",
        name="openAction",
    ),
    ActionSpec(
        "recent",
        "Open &Recent",
        "file",
        "open",
        tip="Open one of the last plans you worked on",
        name="recentMenu",
        submenu=True,
    ),
    ActionSpec(
        "save",
        "&Save",
        "file",
        "save",
        keys=(Standard(StandardKey.Save),),
        tip="Save the plan",
        name="saveAction",
    ),
    ActionSpec(
        "save_as",
        "Save &As…",
        "file",
        "save",
        keys=(Standard(StandardKey.SaveAs),),
        fallback="Ctrl+Shift+S",
        tip="Save the plan under a new name",
        name="saveAsAction",
    ),
    ActionSpec(
        "save_template",
        "Save as &template…",
        "file",
        "save",
        tip="Keep this plan in your own template library (without the athlete and check-ins)",
        name="saveTemplateAction",
    ),
    ActionSpec(
        "export_pdf",
        "&Export PDF…",
        "file",
        "handout",
        keys=("Ctrl+E",),
        tip="Write the printable handout as a PDF",
        name="exportAction",
    ),
    ActionSpec(
        "export_review",
        "Export P&lan Review…",
        "file",
        "handout",
        tip="Write the coach's plan review (findings, load chart, rule settings) as a PDF",
        name="exportReviewAction",
    ),
    ActionSpec(
        "print_preview",
        "Print Pre&view…",
        "file",
        "handout",
        keys=("Ctrl+Shift+P",),
        tip="Show the handout as it will print",
        name="printPreviewAction",
    ),
    ActionSpec(
        "print",
        "&Print…",
        "file",
        "handout",
        keys=(Standard(StandardKey.Print),),
        tip="Print the handout",
        name="printAction",
    ),
    ActionSpec(
        "print_week",
        "Print wee&k…",
        "file",
        "handout",
        tip="Print the selected week's session pages and the safety page",
        name="printWeekAction",
    ),
    ActionSpec(
        "print_session",
        "Print sess&ion…",
        "file",
        "handout",
        tip="Print the selected session's pages and the safety page",
        name="printSessionAction",
    ),
    ActionSpec(
        "preferences",
        "Pre&ferences…",
        "file",
        "preferences",
        keys=("Ctrl+,",),
        tip="Units, first day of the week, page size, brand and rule settings",
        name="preferencesAction",
        role=MenuRole.PreferencesRole,
    ),
    ActionSpec(
        "quit",
        "&Quit",
        "file",
        "quit",
        keys=(Standard(StandardKey.Quit),),
        fallback="Ctrl+Q",
        tip="Quit Brace Planner",
        name="quitAction",
        role=MenuRole.QuitRole,
    ),
    # Edit (undo and redo are the undo stack's own actions, given these texts and keys) ------
    ActionSpec(
        "undo",
        "&Undo",
        "edit",
        "history",
        keys=(Standard(StandardKey.Undo, every=True),),
        tip="Undo the last change to the plan",
        name="undoAction",
    ),
    ActionSpec(
        "redo",
        "&Redo",
        "edit",
        "history",
        keys=("Ctrl+Shift+Z", "Ctrl+Y", Standard(StandardKey.Redo, every=True)),
        tip="Redo the change last undone",
        name="redoAction",
    ),
    ActionSpec(
        "find",
        "&Find exercise…",
        "edit",
        "find",
        keys=(Standard(StandardKey.Find),),
        tip="Search the exercise catalog",
        name="findAction",
    ),
    # Plan (the plan editor's actions) ------------------------------------------------------
    ActionSpec(
        "plan_details",
        "Plan deta&ils…",
        "plan",
        "plan",
        keys=("Ctrl+Shift+I",),
        tip="Set the plan's title, the athlete's name and the date week 1 starts",
    ),
    ActionSpec(
        "add_week",
        "Add &week",
        "plan",
        "weeks",
        keys=("Ctrl+Shift+W",),
        tip="Add an empty week at the end of the plan",
    ),
    ActionSpec(
        "duplicate_week",
        "D&uplicate week",
        "plan",
        "weeks",
        keys=("Ctrl+Shift+D",),
        tip="Insert a copy of the selected week after it",
    ),
    # Delete removes a row; Ctrl widens it to the session, Ctrl+Shift to the whole week.
    # (Ctrl+Alt+Del is left alone: many desktops keep it for themselves.) In a text field
    # Ctrl+Del still deletes the next word: the field claims the key first.
    ActionSpec(
        "remove_week",
        "Remove wee&k",
        "plan",
        "weeks",
        keys=("Ctrl+Shift+Del",),
        tip="Remove the selected week and its sessions (undo brings it back)",
    ),
    ActionSpec(
        "toggle_deload",
        "Toggle &deload week",
        "plan",
        "weeks",
        keys=("Ctrl+Shift+L",),
        tip="Mark or unmark the selected week as a deload week",
    ),
    ActionSpec(
        "copy_forward",
        "&Copy week forward with progression…",
        "plan",
        "weeks",
        keys=("Ctrl+Shift+F",),
        tip="Copy the selected week to the next, raising load or reps",
    ),
    ActionSpec(
        "add_session",
        "Add &session",
        "plan",
        "sessions",
        keys=("Ctrl+Shift+A",),
        tip="Add a session on the next free day of the selected week",
    ),
    ActionSpec(
        "rename_session",
        "&Rename session",
        "plan",
        "sessions",
        # Not F2: in the item table F2 edits the current cell, as in any table.
        keys=("Shift+F2",),
        tip="Edit the selected session's name",
    ),
    ActionSpec(
        "move_session",
        "&Move session to day…",
        "plan",
        "sessions",
        keys=("Ctrl+Shift+M",),
        tip="Move the selected session to another day",
    ),
    ActionSpec(
        "duplicate_session",
        "Duplicate session to da&y…",
        "plan",
        "sessions",
        keys=("Ctrl+Shift+Y",),
        tip="Copy the selected session, with all its exercises, to another day of this week",
    ),
    ActionSpec(
        "remove_session",
        "Remove s&ession",
        "plan",
        "sessions",
        keys=("Ctrl+Del",),
        tip="Remove the selected session and its exercises (undo brings it back)",
    ),
    ActionSpec(
        "build_routine",
        "&Build routine…",
        "plan",
        "routines",
        keys=("Ctrl+B",),
        tip="Build a warm-up, core, glute or mobility routine for the selected session from "
        "the catalog, with a reason for each exercise",
    ),
    ActionSpec(
        "duplicate_row",
        "Dup&licate row",
        "plan",
        "rows",
        keys=("Ctrl+D",),
        tip="Copy the selected exercise row below itself",
        context="editor",
    ),
    ActionSpec(
        "remove_row",
        "Remove r&ow",
        "plan",
        "rows",
        keys=(Standard(StandardKey.Delete),),
        tip="Remove the selected exercise row",
        context="editor",
    ),
    ActionSpec(
        "move_up",
        "Move row u&p",
        "plan",
        "rows",
        keys=("Alt+Up",),
        tip="Move the selected exercise up in its block",
        context="editor",
    ),
    ActionSpec(
        "move_down",
        "Move row dow&n",
        "plan",
        "rows",
        keys=("Alt+Down",),
        tip="Move the selected exercise down in its block",
        context="editor",
    ),
    ActionSpec(
        "add_ramp",
        "&Add standard ramp-up sets",
        "plan",
        "rows",
        keys=("Ctrl+R",),
        tip="Give the selected exercise ramp-up sets of 40 %, 60 % and 80 % of its load "
        "for 5, 3 and 2 reps (type others into its Ramp-up cell)",
        context="editor",
    ),
    # Plan, after the editor's entries (the window's own) -----------------------------------
    ActionSpec(
        "new_exercise",
        "New e&xercise…",
        "plan/window",
        tip="Make an exercise of the plan's own: every field, a figure, saved in the plan",
        name="newExerciseAction",
    ),
    # Ctrl+K is also "delete to the end of the line" in a text field on some platforms; the
    # field claims it first there, as with Ctrl+Del.
    ActionSpec(
        "checkin",
        "C&heck-in…",
        "plan",
        "checkins",
        keys=("Ctrl+K",),
        tip="Record how the athlete's back felt after training, and see the guidance it gets",
        name="checkinAction",
    ),
    # View ---------------------------------------------------------------------------------
    ActionSpec(
        "catalog_pane",
        "&Catalog",
        "view",
        keys=("Ctrl+1",),
        tip="Show or hide the catalog pane",
        checkable=True,
    ),
    ActionSpec(
        "findings_pane",
        "&Findings",
        "view",
        keys=("Ctrl+2",),
        tip="Show or hide the findings pane",
        checkable=True,
    ),
    ActionSpec(
        "chart_pane",
        "Load c&hart",
        "view",
        keys=("Ctrl+3",),
        tip="Show or hide the load chart pane",
        checkable=True,
    ),
    ActionSpec(
        "checkins_pane",
        "Check-&ins",
        "view",
        keys=("Ctrl+4",),
        tip="Show or hide the check-ins pane",
        checkable=True,
    ),
    # Help ---------------------------------------------------------------------------------
    ActionSpec(
        "rules_reference",
        "&Rules reference",
        "help",
        keys=(Standard(StandardKey.HelpContents),),
        tip="What every plan check means and why",
        name="rulesReferenceAction",
    ),
    ActionSpec(
        "about",
        "&About Brace Planner",
        "help",
        tip="Version and what Brace Planner is for",
        name="aboutAction",
        role=MenuRole.AboutRole,
    ),
    # The print preview's zoom buttons (no menu; their tool tips show the keys) -------------
    ActionSpec(
        "zoom_out", "Zoom &out", "", keys=(Standard(StandardKey.ZoomOut),), context="preview"
    ),
    ActionSpec(
        "zoom_in",
        "Zoom &in",
        "",
        keys=(Standard(StandardKey.ZoomIn), "Ctrl+="),
        context="preview",
    ),
    ActionSpec("fit_width", "Fit &width", "", keys=("Ctrl+0",), context="preview"),
    ActionSpec("fit_page", "W&hole page", "", keys=("Ctrl+9",), context="preview"),
)

_BY_KEY = {spec.key: spec for spec in ACTIONS}

#: The plan editor's context menus: which sections of the Plan menu each one lists, in order
#: (a right-click on a week, a session's day card, a block heading, an exercise row).
CONTEXT_MENUS: dict[str, tuple[str, ...]] = {
    "week": ("weeks",),
    "session": ("sessions",),
    "block": ("sessions",),
    "row": ("rows",),
}


def spec(key: str) -> ActionSpec:
    """The table's entry for `key` (KeyError for a key it does not have)."""
    return _BY_KEY[key]


def menu_entries(menu: str) -> Iterator[ActionSpec | None]:
    """The entries of one menu in order, None where a separator goes between two sections."""
    section: str | None = None
    for entry in ACTIONS:
        if entry.menu != menu:
            continue
        if section is not None and entry.section != section:
            yield None
        section = entry.section
        yield entry


def context_entries(target: str) -> Iterator[ActionSpec | None]:
    """The Plan menu's entries a context menu (`CONTEXT_MENUS`) lists, None between sections."""
    sections = CONTEXT_MENUS[target]
    section: str | None = None
    for entry in menu_entries("plan"):
        if entry is None or entry.section not in sections:
            continue
        if section is not None and entry.section != section:
            yield None
        section = entry.section
        yield entry


def shortcuts(entry: ActionSpec) -> list[QKeySequence]:
    """The entry's key sequences on this platform, in order, without blanks or repeats."""
    found: list[QKeySequence] = []
    for key in entry.keys:
        if isinstance(key, str):
            sequences = [QKeySequence(key)]
        elif key.every:
            sequences = QKeySequence.keyBindings(key.key)
        else:
            sequences = [QKeySequence(key.key)]
        found += [s for s in sequences if not s.isEmpty() and s not in found]
    if not found and entry.fallback:
        found.append(QKeySequence(entry.fallback))
    return found


def configure(action: QAction, entry: ActionSpec) -> QAction:
    """Give an existing action (the undo stack's, say) the entry's name, keys, tip and role."""
    action.setObjectName(entry.object_name)
    action.setShortcuts(shortcuts(entry))
    if entry.context != "window":
        # Live only while the focus is inside the widget holding the action.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if entry.tip:
        action.setStatusTip(entry.tip)
        action.setToolTip(entry.tip)
    action.setMenuRole(entry.role)
    action.setCheckable(entry.checkable)
    return action


def build_action(
    key: str, parent: QObject, triggered: Callable[[], object] | None = None
) -> QAction:
    """A new action for the table's entry `key`, calling `triggered` (with no arguments)."""
    entry = spec(key)
    action = configure(QAction(entry.text, parent), entry)
    if triggered is not None:
        action.triggered.connect(lambda _=False: triggered())
    return action
