"""The user's template library in the window: File ▸ Save as template… and the "yours"
entries of File ▸ New.

The library is a folder of plan files in the user data folder (`domain.library`). The New
menu lists it afresh each time it opens, below the bundled templates; a file that does not
load is listed, greyed, with its one-line reason and cannot be chosen, so one damaged file
never hides the others or stops the menu. Choosing one goes through Document, like a bundled
template: a new untitled plan starting on the coming week, with no athlete and no check-ins.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.formats import PLAN_SUFFIX
from planner_gui.domain.library import (
    TEMPLATES_FOLDER,
    BrokenTemplate,
    TemplateExistsError,
    UserTemplate,
    list_templates,
    save_template,
)
from planner_gui.ui.autosave import data_dir
from planner_gui.ui.dialogs.save_template import SaveTemplateDialog
from planner_gui.ui.document import Button, Document, Icon, PlanHolder, message_box
from planner_gui.ui.plain import tool_tip

#: A broken template's reason is cut to this many characters in the menu (the tip has it all).
MAX_MENU_REASON = 90


def user_templates_dir() -> Path:
    """The library folder: `templates` in the user data folder (BRACE_DATA_DIR overrides)."""
    return data_dir() / TEMPLATES_FOLDER


def ask_template_title(title: str, folder: Path, parent: QWidget) -> str | None:
    """The name the user gives the template, None when they cancel (tests replace this)."""
    dialog = SaveTemplateDialog(title, folder, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.title()


def menu_text(text: str) -> str:
    """`text` shown as typed in a menu entry: '&' would mark a mnemonic, so it is doubled."""
    return text.replace("&", "&&")


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TemplateLibrary(QObject):
    """Saves the open plan into the library and lists the library in File ▸ New."""

    #: A short message for the status bar.
    message = Signal(str)

    def __init__(
        self,
        model: PlanHolder,
        document: Document,
        window: QWidget,
        *,
        catalog: Catalog | None = None,
    ) -> None:
        super().__init__(window)
        self._model = model
        self._document = document
        self._window = window
        self._catalog = catalog
        self._menu: QMenu | None = None
        self._first_number = 1
        #: The entries this library put in the New menu (a separator first), as shown now.
        self.menu_actions: list[QAction] = []

    # The New menu -----------------------------------------------------------------------

    def attach(self, menu: QMenu, first_number: int) -> None:
        """List the library at the end of `menu`, numbered from `first_number`, refreshed
        each time the menu opens."""
        self._menu = menu
        self._first_number = first_number
        menu.aboutToShow.connect(self.refresh_menu)
        self.refresh_menu()

    def refresh_menu(self) -> None:
        menu = self._menu
        if menu is None:
            return
        for action in self.menu_actions:
            menu.removeAction(action)
            action.deleteLater()
        self.menu_actions = []
        entries = list_templates(user_templates_dir(), self._catalog)
        if not entries:
            return
        self.menu_actions.append(menu.addSeparator())
        number = self._first_number  # only entries that can be chosen are numbered
        for entry in entries:
            self.menu_actions.append(self._entry_action(menu, number, entry))
            number += isinstance(entry, UserTemplate)

    def _entry_action(
        self, menu: QMenu, number: int, entry: UserTemplate | BrokenTemplate
    ) -> QAction:
        mnemonic = f"&{number}" if number < 10 else str(number)
        if isinstance(entry, UserTemplate):
            action = menu.addAction(f"{mnemonic}  From template: {menu_text(entry.title)} (yours)")
            tip = f"Start from your template {entry.path.name}"
            action.triggered.connect(
                lambda _=False, p=entry.path: self._document.new_from_template(p)
            )
        else:
            name = entry.path.name.removesuffix(PLAN_SUFFIX)
            reason = _shortened(entry.reason, MAX_MENU_REASON)
            action = menu.addAction(f"{menu_text(name)} (yours): not loaded: {menu_text(reason)}")
            action.setEnabled(False)
            tip = f"{entry.path} does not load: {entry.reason}"
        action.setData(str(entry.path))
        action.setStatusTip(tip)
        action.setToolTip(tool_tip(tip))
        return action

    # Save as template -------------------------------------------------------------------

    def save_current(self) -> Path | None:
        """File ▸ Save as template…: ask a name, ask before replacing a template of that
        name, write it; the file written, None when nothing was."""
        folder = user_templates_dir()
        program = self._model.program()
        title = ask_template_title(program.title, folder, self._window)
        if title is None:
            return None
        try:
            path = self._save(title, replace=False)
        except TemplateExistsError as existing:
            answer = message_box(
                self._window,
                Icon.Question,
                "Replace template?",
                f"Your library already has a template saved as {existing.path.name}. "
                "Replace it with this plan?",
                Button.Yes | Button.No,
                Button.No,
            )
            if answer != Button.Yes:
                return None
            path = self._save(title, replace=True)
        if path is not None:
            self.message.emit(f"Saved as template {title}; File ▸ New lists it")
        return path

    def _save(self, title: str, *, replace: bool) -> Path | None:
        """Write the template; a failure is shown in one line and returns None."""
        folder = user_templates_dir()
        try:
            return save_template(
                self._model.program(), folder, title, self._catalog, replace=replace
            )
        except TemplateExistsError:
            raise
        except PlanFileError as error:
            reason = error.problem
        except ValueError as error:
            reason = str(error)
        except OSError as error:
            reason = error.strerror or str(error)
        message_box(
            self._window,
            Icon.Critical,
            "Cannot save template",
            f"The template was not saved in {folder}: {reason}",
        )
        return None
