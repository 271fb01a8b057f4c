"""File ▸ Save as template… and File ▸ New's templates: the user's own beside the bundled ones,
a damaged one listed with its reason, and a new plan from any of them starting on the coming
week with no athlete and no check-ins."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner_gui.domain.catalog import bundled_catalog
from planner_gui.domain.formats import load_plan, save_plan
from planner_gui.domain.models import Program
from planner_gui.resources import SAMPLE_PLAN, TEMPLATES_DIR, template_paths
from planner_gui.ui import library as library_module
from planner_gui.ui.dialogs.save_template import SaveTemplateDialog
from planner_gui.ui.document import Document, next_monday
from planner_gui.ui.library import user_templates_dir
from planner_gui.ui.main_window import MainWindow

Button = QMessageBox.StandardButton
RETURN = TEMPLATES_DIR / "return-to-lifting-6wk.brace.json"


class Prompts:
    """The template name the user types, and their answers to message boxes (recorded)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.name: str | None = "Coach's base & more"
        self.answer = Button.No
        self.asked: list[str] = []
        self.errors: list[str] = []
        monkeypatch.setattr(library_module, "ask_template_title", lambda *_: self.name)
        monkeypatch.setattr(library_module, "message_box", self._box)
        monkeypatch.setattr(QMessageBox, "exec", lambda _box: Button.Discard)

    def _box(
        self, _parent: object, icon: QMessageBox.Icon, _title: str, text: str, *_: object
    ) -> Button:
        if icon == QMessageBox.Icon.Critical:
            self.errors.append(text)
            return Button.Ok
        self.asked.append(text)
        return self.answer


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def client_plan() -> Program:
    """The bundled return-to-lifting plan as a client's plan: a name and three check-ins."""
    program = load_plan(RETURN, bundled_catalog())
    return program.model_copy(update={"athlete": "Sam Example"})


@pytest.fixture
def window(qtbot: QtBot, prompts: Prompts) -> Iterator[MainWindow]:
    window = MainWindow(program=client_plan())
    qtbot.addWidget(window)
    yield window
    window.exports.cleanup()


def yours(window: MainWindow) -> list[str]:
    """The texts of File ▸ New's entries for the user's templates, as the menu opens."""
    window.new_menu.aboutToShow.emit()
    return [a.text() for a in window.library.menu_actions if not a.isSeparator()]


def test_save_as_template_keeps_the_plan_without_the_client(
    window: MainWindow, prompts: Prompts
) -> None:
    assert yours(window) == []
    window.action("save_template").trigger()
    path = user_templates_dir() / "coach-s-base-more.brace.json"
    assert path.is_file()
    saved = load_plan(path, bundled_catalog())
    assert saved.title == "Coach's base & more"
    assert saved.athlete == "" and saved.checkins == []
    assert saved.weeks == window.model.program().weeks
    assert window.model.program().athlete == "Sam Example"  # the open plan is unchanged
    assert "Saved as template" in window.statusBar().currentMessage()
    first = len(template_paths()) + 1
    assert yours(window) == [f"&{first}  From template: Coach's base && more (yours)"]


def test_an_existing_template_is_replaced_only_after_asking(
    window: MainWindow, prompts: Prompts
) -> None:
    window.action("save_template").trigger()
    path = user_templates_dir() / "coach-s-base-more.brace.json"
    before = path.read_bytes()
    window.editor.add_week()
    window.action("save_template").trigger()  # answered No
    assert len(prompts.asked) == 1 and "coach-s-base-more.brace.json" in prompts.asked[0]
    assert path.read_bytes() == before
    prompts.answer = Button.Yes
    window.action("save_template").trigger()
    assert len(load_plan(path).weeks) == len(client_plan().weeks) + 1
    prompts.name = None  # cancelled: nothing asked, nothing written
    window.action("save_template").trigger()
    assert len(prompts.asked) == 2 and not prompts.errors


def test_a_template_that_cannot_be_written_is_reported_in_one_line(
    window: MainWindow, prompts: Prompts, data_dir: Path
) -> None:
    (data_dir / "templates").write_text("a file where the folder should be")
    assert window.library.save_current() is None
    assert len(prompts.errors) == 1 and "\n" not in prompts.errors[0]
    assert "template was not saved" in prompts.errors[0]


def test_new_from_your_template_starts_next_week_for_nobody(window: MainWindow) -> None:
    window.action("save_template").trigger()
    yours(window)
    (entry,) = [a for a in window.library.menu_actions if a.isEnabled() and not a.isSeparator()]
    entry.trigger()
    program = window.model.program()
    assert program.title == "Coach's base & more"
    assert program.start_date == next_monday(date.today())
    assert program.athlete == "" and program.checkins == []
    assert window.document.path() is None  # Save never writes over the template


def test_a_damaged_template_is_listed_with_its_reason_and_cannot_be_chosen(
    window: MainWindow, data_dir: Path
) -> None:
    folder = data_dir / "templates"
    folder.mkdir()
    (folder / "broken.brace.json").write_text('{"format": "brace-plan", "version": 2, "weeks": []}')
    (folder / "garbled.brace.json").write_bytes(b"\xff\xfe not json")
    window.action("save_template").trigger()
    texts = yours(window)
    assert len(texts) == 3
    broken = [a for a in window.library.menu_actions if not a.isSeparator() and not a.isEnabled()]
    assert [a.text().split(" (yours)")[0] for a in broken] == ["broken", "garbled"]
    for action in broken:
        assert ": not loaded: " in action.text() and "\n" not in action.text()
    assert "start_date" in broken[0].text()
    # Only the entry that can be chosen takes the next number.
    assert texts[1].startswith(f"&{len(template_paths()) + 1}  From template: Coach")
    before = window.model.program()
    broken[0].trigger()  # disabled: nothing happens
    assert window.model.program() is before


def test_new_from_a_bundled_template_leaves_its_sample_check_ins_behind(window: MainWindow) -> None:
    (action,) = [
        a for a, p in zip(window.template_actions, template_paths(), strict=True) if p == RETURN
    ]
    window.document.maybe_save = lambda *_: True  # type: ignore[method-assign]
    action.trigger()
    program = window.model.program()
    assert program.start_date == next_monday(date.today())
    assert program.checkins == [] and program.athlete == ""
    message = window.statusBar().currentMessage()
    assert "3 check-ins left out" in message and str(program.start_date.year) in message


def test_the_dialog_shows_the_file_name_and_refuses_an_empty_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SaveTemplateDialog("Sam: 8 weeks", tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.file_label.text() == str(tmp_path / "sam-8-weeks.brace.json")
    assert dialog.save_button().isEnabled()
    dialog.name_edit.setText("   ")
    assert not dialog.save_button().isEnabled()
    assert "name" in dialog.file_label.text()
    dialog.name_edit.setText(" <b>Mine</b> ")
    assert dialog.title() == "<b>Mine</b>"
    assert dialog.file_label.textFormat().name == "PlainText"


def test_opening_a_bundled_sample_starts_it_on_the_coming_week(window: MainWindow) -> None:
    """`make run` opens the 8-week sample: its January 2026 dates must not reach a handout."""
    assert load_plan(SAMPLE_PLAN).start_date < date.today()
    ahead = Document.read_ahead(SAMPLE_PLAN)
    assert ahead is not None and ahead.program.start_date == next_monday(date.today())
    window.document.maybe_save = lambda *_: True  # type: ignore[method-assign]
    assert window.document.load(SAMPLE_PLAN)
    assert window.model.program().start_date == next_monday(date.today())
    assert window.document.path() is None


def test_a_template_naming_an_athlete_says_the_name_was_left_out(
    window: MainWindow, tmp_path: Path
) -> None:
    template = tmp_path / "old.brace.json"
    save_plan(client_plan(), template)
    window.document.maybe_save = lambda *_: True  # type: ignore[method-assign]
    assert window.document.new_from_template(template)
    assert window.model.program().athlete == ""
    assert "athlete's name left out" in window.statusBar().currentMessage()
