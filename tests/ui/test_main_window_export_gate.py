"""The window's Export PDF, Print Preview and Print ask the same export gate as the CLI.

A plan with data errors gets a message box saying what is wrong and how much, and no file; its
Show findings button selects the first blocking finding as a click on it would. A plan whose
only barrier is a red flag no clinician has cleared asks, naming the flag and its guidance,
and goes ahead only when confirmed. Every dialog is replaced, so nothing blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from planner_gui.domain.export_gate import export_gate
from planner_gui.domain.models import CheckIn, Program
from planner_gui.ui.export.actions import (
    CONFIRM_RED_FLAGS_BUTTON,
    SHOW_FINDINGS_BUTTON,
    ExportActions,
)
from planner_gui.ui.export.worker import ExportJob
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_model import ItemPath, PlanModel
from planner_gui.ui.panels.findings_panel import FINDING_ROLE
from tests.support.catalogs import window_catalog
from tests.support.plans import window_program


def with_data_errors() -> Program:
    """The small plan with 40 sets of deadlift in week 1 and an unknown lift in week 2."""
    program = window_program("Typo plan")
    program.weeks[0].sessions[0].blocks[1].items[0].sets = 40
    program.weeks[1].sessions[1].blocks[1].items[0].exercise = "no-such-exercise"
    return program


class Boxes:
    """Stands in for QMessageBox.exec: records each box, then presses `press` (or Close)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[dict[str, Any]] = []
        self.press: str | None = None
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _exec(self, box: QMessageBox) -> int:
        self.seen.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "buttons": {button.text().replace("&", "") for button in box.buttons()},
            }
        )
        if self.press is not None:
            button = box.findChild(QPushButton, self.press)
            assert button is not None
            button.click()
        return 0


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where the Save dialog points; empty unless a handout was written."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch, out_dir: Path) -> list[str]:
    """Every Save dialog asked for (the answer is out_dir/handout.pdf)."""
    asked: list[str] = []

    def answer(_parent: Any, caption: str, *_: Any) -> tuple[str, str]:
        asked.append(caption)
        return str(out_dir / "handout.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def make_actions(qtbot: QtBot, program: Program) -> ExportActions:
    window = QWidget()
    qtbot.addWidget(window)
    model = PlanModel(program, window_catalog(), window)
    return ExportActions(model, window, suggested_name=lambda: "handout")


@pytest.fixture
def blocked(qtbot: QtBot) -> Iterator[ExportActions]:
    actions = make_actions(qtbot, with_data_errors())
    yield actions
    actions.cleanup()


@pytest.mark.parametrize(
    ("command", "title"),
    [
        (ExportActions.export_pdf, "Cannot export handout"),
        (ExportActions.print_preview, "Cannot preview handout"),
        (ExportActions.print_handout, "Cannot print handout"),
    ],
)
def test_a_blocked_export_says_why_and_writes_nothing(
    blocked: ExportActions,
    boxes: Boxes,
    file_dialogs: list[str],
    out_dir: Path,
    command: Callable[[ExportActions], ExportJob | None],
    title: str,
) -> None:
    shown: list[object] = []
    blocked.show_finding.connect(shown.append)
    assert command(blocked) is None
    assert not blocked.busy() and blocked.job is None and blocked.progress_dialog is None
    assert file_dialogs == []  # refused before asking where to save
    assert list(out_dir.iterdir()) == []
    assert blocked._temp is None  # no preview or print PDF either
    assert blocked.preview is None
    (box,) = boxes.seen
    assert box["title"] == title
    assert box["text"] == (
        "The handout was not made: this plan has 1 implausible value "
        "(such as 15 sets or 650 kg) and 1 exercise found nowhere."
    )
    assert box["informative"].startswith("The first of 2, W1 · Mon · Lower A · Main lifts:\n")
    assert "40 sets (plausible: 1–10)" in box["informative"]
    assert box["buttons"] == {"Show findings", "Close"}
    assert shown == []  # Close only closes


def test_one_blocking_finding_is_told_without_counting(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str]
) -> None:
    program = window_program()
    program.weeks[1].sessions[1].blocks[1].items[0].exercise = "no-such-exercise"
    actions = make_actions(qtbot, program)
    assert actions.export_pdf() is None
    (box,) = boxes.seen
    assert box["text"] == "The handout was not made: this plan has 1 exercise found nowhere."
    assert box["informative"].startswith("W2 · Thu · Lower B · Main lifts:\n'no-such-exercise'")
    assert file_dialogs == []


def test_show_findings_selects_the_first_blocking_finding(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str], out_dir: Path
) -> None:
    window = MainWindow(program=with_data_errors(), catalog=window_catalog())
    qtbot.addWidget(window)
    window.show()
    window.pane_actions["findings"].setChecked(False)
    window.editor.select_item(ItemPath(1, 0, "core", 0))
    activated: list[object] = []
    window.findings_panel.finding_activated.connect(activated.append)
    boxes.press = SHOW_FINDINGS_BUTTON
    window.export_action.trigger()
    first = next(f for f in window.findings_panel.findings() if f.code in {"DA501", "DA502"})
    assert first.code == "DA501" and first.week == 1
    assert activated == [first]  # as a click on the finding
    assert window.findings_panel.isVisible()
    assert window.pane_actions["findings"].isChecked()
    current = window.findings_panel.view.currentIndex()
    assert current.siblingAtColumn(0).data(FINDING_ROLE) == first
    assert window.editor.current_item() == ItemPath(0, 0, "main", 0)
    assert file_dialogs == [] and list(out_dir.iterdir()) == []
    assert not window.exports.busy()


def test_a_clean_plan_exports_as_before(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str], out_dir: Path
) -> None:
    actions = make_actions(qtbot, window_program("Clean plan"))
    with qtbot.waitSignal(actions.exported, timeout=20_000) as done:
        assert actions.export_pdf() is not None
    assert done.args == [out_dir / "handout.pdf"]
    assert (out_dir / "handout.pdf").read_bytes().startswith(b"%PDF")
    assert boxes.seen == []
    assert file_dialogs == ["Export handout as PDF"]
    actions.cleanup()


# A red flag no clinician has cleared: asked, not refused ------------------------------------


def with_red_flag(*flags: str, cleared: bool = False) -> Program:
    """The small plan with a check-in on its first day reporting `flags`."""
    program = window_program("Red flag plan")
    program.checkins.append(
        CheckIn.model_validate(
            {"date": program.start_date.isoformat(), "pain": "sharp", "red_flags": list(flags)},
            strict=False,
        )
    )
    if cleared:
        program.checkins.append(CheckIn(date=program.start_date, pain="none", cleared=True))
    return program


def test_a_red_flag_asks_naming_the_flag_and_its_guidance(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str], out_dir: Path
) -> None:
    program = with_red_flag("saddle-numbness")
    actions = make_actions(qtbot, program)
    gate = export_gate(program, window_catalog())
    assert gate.needs_confirmation and not gate.allows()
    assert actions.export_pdf() is None  # nothing pressed: declined
    (box,) = boxes.seen
    when = program.start_date.isoformat()
    assert box["title"] == "Export handout with a red flag?"
    assert box["text"] == (
        "This plan has a red flag no clinician has cleared "
        f"({when}: numbness in the saddle area – Go to an emergency department now)."
    )
    assert box["informative"].startswith(
        f"Check-in of {when}: Go to an emergency department now.\n"
        "When to see a clinician: Go to an emergency department now."
    )
    assert box["buttons"] == {"Export anyway", "Cancel"}
    assert file_dialogs == [] and list(out_dir.iterdir()) == []
    assert not actions.busy()
    actions.cleanup()


def test_declining_with_cancel_exports_nothing(
    qtbot: QtBot, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, file_dialogs: list[str]
) -> None:
    actions = make_actions(qtbot, with_red_flag("gait-change"))

    def cancel(box: QMessageBox) -> int:
        boxes.seen.append({"icon": box.icon(), "default": box.defaultButton().text()})
        box.button(QMessageBox.StandardButton.Cancel).click()
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert actions.print_preview() is None
    assert actions.print_handout() is None
    assert actions.export_pdf() is None
    assert [seen["default"] for seen in boxes.seen] == ["Cancel"] * 3  # the safe default
    assert boxes.seen[0]["icon"] == QMessageBox.Icon.Warning  # a doctor, not an emergency
    assert file_dialogs == [] and actions._temp is None
    actions.cleanup()


def test_confirming_exports_the_handout(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str], out_dir: Path
) -> None:
    actions = make_actions(qtbot, with_red_flag("fever-chills", "night-pain"))
    boxes.press = CONFIRM_RED_FLAGS_BUTTON
    with qtbot.waitSignal(actions.exported, timeout=20_000) as done:
        assert actions.export_pdf() is not None
    assert done.args == [out_dir / "handout.pdf"]
    assert (out_dir / "handout.pdf").read_bytes().startswith(b"%PDF")
    (box,) = boxes.seen
    assert "fever or chills and pain that wakes you at night – See a doctor today" in box["text"]
    assert "Check-in of 2026-01-05: See a doctor today." in box["informative"]
    assert file_dialogs == ["Export handout as PDF"]
    actions.cleanup()


def test_a_cleared_red_flag_does_not_ask(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str], out_dir: Path
) -> None:
    actions = make_actions(qtbot, with_red_flag("leg-weakness", cleared=True))
    with qtbot.waitSignal(actions.exported, timeout=20_000):
        assert actions.export_pdf() is not None
    assert boxes.seen == []
    actions.cleanup()


def test_data_errors_with_a_red_flag_are_refused_without_asking(
    qtbot: QtBot, boxes: Boxes, file_dialogs: list[str]
) -> None:
    program = with_data_errors()
    program.checkins.append(
        CheckIn(date=program.start_date, pain="sharp", red_flags=["leg-weakness"])
    )
    actions = make_actions(qtbot, program)
    boxes.press = None
    assert actions.export_pdf() is None
    (box,) = boxes.seen
    assert box["title"] == "Cannot export handout"
    assert box["buttons"] == {"Show findings", "Close"}
    assert file_dialogs == []
    actions.cleanup()


# Other checker errors: listed in the export dialog, which asks to Export anyway ------------


def with_load_jump() -> Program:
    """The small plan whose deadlift jumps from 80 to 120 kg in week 2: a PO101 error."""
    program = window_program("Jump plan")
    program.weeks[1].sessions[0].blocks[1].items[0].load = 120.0
    return program


@pytest.mark.parametrize("confirm", [False, True])
def test_checker_errors_are_shown_in_the_export_dialog_which_asks_first(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
    file_dialogs: list[str],
    out_dir: Path,
    confirm: bool,
) -> None:
    from planner_gui.ui.export.options import EXPORT_WITH_ERRORS_BUTTON, ExportOptionsDialog

    shown: list[dict[str, Any]] = []

    def exec_(dialog: ExportOptionsDialog) -> int:
        assert dialog.errors_list is not None
        ok = dialog.findChild(QPushButton, EXPORT_WITH_ERRORS_BUTTON)
        assert ok is not None
        shown.append(
            {
                "errors": [
                    dialog.errors_list.item(row).text() for row in range(dialog.errors_list.count())
                ],
                "ok": ok.text().replace("&", ""),
                "ok_default": ok.isDefault(),
            }
        )
        return 1 if confirm else 0

    monkeypatch.setattr(ExportOptionsDialog, "exec", exec_)
    program = with_load_jump()
    actions = make_actions(qtbot, program)
    errors = export_gate(program, window_catalog()).errors
    assert [f.code for f in errors] == ["PO101"]
    if confirm:
        with qtbot.waitSignal(actions.exported, timeout=20_000):
            assert actions.export_pdf() is not None
        assert (out_dir / "handout.pdf").read_bytes().startswith(b"%PDF")
    else:
        assert actions.export_pdf() is None
        assert file_dialogs == [] and list(out_dir.iterdir()) == []
    (dialog,) = shown
    name = window_catalog().name_of("deadlift")
    assert dialog["errors"] == [f"week 2 · Mon · Lower A · {name}: PO101 – {errors[0].message}"]
    assert dialog["ok"] == "Export anyway" and not dialog["ok_default"]
    assert boxes.seen == []  # no red-flag question or refusal: the dialog itself asks
    actions.cleanup()


def test_a_clean_plan_has_no_errors_in_the_export_dialog(qtbot: QtBot) -> None:
    from planner_gui.ui.export.options import ExportOptionsDialog, stored_options

    dialog = ExportOptionsDialog(stored_options())
    qtbot.addWidget(dialog)
    assert dialog.errors_list is None
    assert dialog.findChild(QLabel, "exportErrorsLabel") is None
