"""The action table: one key bound once per context, the keys users know, and the window's
actions built from it, none with a key of its own."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.ui.actions import (
    ACTIONS,
    MENUS,
    ActionSpec,
    Standard,
    build_action,
    menu_entries,
    shortcuts,
    spec,
)
from planner_gui.ui.export.preview import PdfPreviewDialog
from planner_gui.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey

#: The keys of today's menus, as users learnt them (a standard key: its first binding here).
EXPECTED: dict[str, list[str | QKeySequence.StandardKey]] = {
    "new_blank": [Keys.New],
    "new_wizard": ["Ctrl+Shift+N"],
    "open": [Keys.Open],
    "save": [Keys.Save],
    "export_pdf": ["Ctrl+E"],
    "print_preview": ["Ctrl+Shift+P"],
    "print": [Keys.Print],
    "preferences": ["Ctrl+,"],
    "find": [Keys.Find],
    "plan_details": ["Ctrl+Shift+I"],
    "add_week": ["Ctrl+Shift+W"],
    "duplicate_week": ["Ctrl+Shift+D"],
    "remove_week": ["Ctrl+Shift+Del"],
    "toggle_deload": ["Ctrl+Shift+L"],
    "copy_forward": ["Ctrl+Shift+F"],
    "add_session": ["Ctrl+Shift+A"],
    "rename_session": ["Shift+F2"],
    "move_session": ["Ctrl+Shift+M"],
    "duplicate_session": ["Ctrl+Shift+Y"],
    "remove_session": ["Ctrl+Del"],
    "build_routine": ["Ctrl+B"],
    "duplicate_row": ["Ctrl+D"],
    "remove_row": [Keys.Delete],
    "move_up": ["Alt+Up"],
    "move_down": ["Alt+Down"],
    "add_ramp": ["Ctrl+R"],
    "checkin": ["Ctrl+K"],
    "catalog_pane": ["Ctrl+1"],
    "findings_pane": ["Ctrl+2"],
    "chart_pane": ["Ctrl+3"],
    "checkins_pane": ["Ctrl+4"],
    "rules_reference": [Keys.HelpContents],
    "about": [],
    "fit_width": ["Ctrl+0"],
    "fit_page": ["Ctrl+9"],
    "zoom_out": [Keys.ZoomOut],
}


def clashes(entries: Iterable[ActionSpec]) -> list[str]:
    """Keys bound twice where both bindings are live at once: among the window's and the
    editor's entries together (a window key works in the editor too), and among the
    preview's."""
    owners: dict[tuple[str, str], str] = {}
    found: list[str] = []
    for entry in entries:
        scope = "preview" if entry.context == "preview" else "window"
        for sequence in shortcuts(entry):
            where = (scope, sequence.toString())
            if where in owners:
                found.append(f"{sequence.toString()}: {owners[where]} / {entry.key}")
            owners[where] = entry.key
    return found


def test_no_key_is_bound_twice_in_one_context(qapp: QApplication) -> None:
    assert clashes(ACTIONS) == []


def test_the_clash_check_finds_a_key_bound_twice(qapp: QApplication) -> None:
    """The check above is not vacuous: a row key reused by a window command is caught, the
    same key in the preview (a window of its own) is not."""
    again = ActionSpec("again", "&Again", "edit", keys=("Ctrl+D",))
    assert clashes([*ACTIONS, again]) == ["Ctrl+D: duplicate_row / again"]
    in_preview = ActionSpec("zoom", "&Zoom", "", keys=("Ctrl+D",), context="preview")
    assert clashes([*ACTIONS, in_preview]) == []


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_keys_are_the_ones_users_know(qapp: QApplication, key: str) -> None:
    expected = [QKeySequence(k) for k in EXPECTED[key]]
    assert shortcuts(spec(key)) == expected


def test_keys_a_platform_may_lack_fall_back_or_come_in_full(qapp: QApplication) -> None:
    for key, standard, fallback in (
        ("save_as", Keys.SaveAs, "Ctrl+Shift+S"),
        ("quit", Keys.Quit, "Ctrl+Q"),
    ):
        platform = QKeySequence(standard)
        assert shortcuts(spec(key)) == [QKeySequence(fallback) if platform.isEmpty() else platform]
    assert shortcuts(spec("undo")) == QKeySequence.keyBindings(Keys.Undo)
    redo = shortcuts(spec("redo"))
    assert redo[:2] == [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    assert all(binding in redo for binding in QKeySequence.keyBindings(Keys.Redo))
    assert shortcuts(spec("zoom_in"))[-1] == QKeySequence("Ctrl+=")
    none = ActionSpec("none", "&None", "", keys=(Standard(Keys.UnknownKey),), fallback="Ctrl+Q")
    assert shortcuts(none) == [QKeySequence("Ctrl+Q")]


def test_every_entry_has_a_mnemonic_and_menu_entries_a_status_tip() -> None:
    for entry in ACTIONS:
        assert entry.text.replace("&&", "").count("&") == 1, entry.key
        if entry.menu:
            assert entry.tip, entry.key
    assert len({entry.key for entry in ACTIONS}) == len(ACTIONS)


def test_menus_are_laid_out_in_table_order_with_separators_between_sections() -> None:
    keys = [None if entry is None else entry.key for entry in menu_entries("file")]
    assert keys == [
        "new",
        "open",
        "recent",
        None,
        "save",
        "save_as",
        "save_template",
        None,
        "export_pdf",
        "export_review",
        "print_preview",
        "print",
        "print_week",
        "print_session",
        None,
        "preferences",
        None,
        "quit",
    ]
    assert [e and e.key for e in menu_entries("file/new")] == ["new_blank", "new_wizard"]
    assert [e and e.key for e in menu_entries("view")] == [
        "catalog_pane",
        "findings_pane",
        "chart_pane",
        "checkins_pane",
    ]
    assert {entry.menu.split("/")[0] for entry in ACTIONS if entry.menu} == {m for m, *_ in MENUS}


def test_a_built_action_has_the_entry_s_text_keys_tip_and_context(qtbot: QtBot) -> None:
    called: list[str] = []
    parent = QObject()
    action = build_action("remove_row", parent, lambda: called.append("removed"))
    assert action.text() == "Remove r&ow"
    assert action.objectName() == "action_remove_row"
    assert action.shortcuts() == [QKeySequence(Keys.Delete)]
    assert action.statusTip() == action.toolTip() == "Remove the selected exercise row"
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    action.trigger()
    assert called == ["removed"]
    window_wide = build_action("remove_week", parent)
    assert window_wide.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert build_action("quit", parent).menuRole() == QAction.MenuRole.QuitRole
    assert build_action("chart_pane", parent).isCheckable()


def test_the_window_binds_no_key_the_table_does_not_declare(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    built: dict[str, QAction] = {}
    for action in window.findChildren(QAction):
        if action.shortcuts():
            key = next(e.key for e in ACTIONS if e.object_name == action.objectName())
            assert action.shortcuts() == shortcuts(spec(key)), key
            assert action.text() == spec(key).text
            built[key] = action
    declared = {e.key for e in ACTIONS if e.menu and e.context != "preview" and shortcuts(e)}
    assert set(built) == declared
    assert window.action("export_pdf") is window.export_action
    assert window.editor.action("remove_row") is built["remove_row"]


def test_the_preview_builds_its_zoom_actions_from_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(tmp_path / "absent.pdf")
    qtbot.addWidget(dialog)
    by_name = {action.objectName(): action for action in dialog.actions()}
    for key in ("zoom_out", "zoom_in", "fit_width", "fit_page"):
        action = by_name[spec(key).object_name]
        assert action.shortcuts() == shortcuts(spec(key))
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert by_name["action_fit_page"].toolTip() == "Whole page (Ctrl+9)"
