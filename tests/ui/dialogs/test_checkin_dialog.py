"""The Check-in dialog: its fields, the guidance as the answers change, and one undo step.

The guidance follows the domain's triage: the emergency signs get their own heading and words,
the same-day and soon tiers a doctor today or within days, then sharp pain, then soreness.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QRadioButton
from pytestqt.qtbot import QtBot

from planner_gui.domain.checkins.triage import TIER_FLAGS, TIERS, triage
from planner_gui.domain.models import CheckIn
from planner_gui.domain.vocabulary import RED_FLAG_TEXT, RED_FLAGS
from planner_gui.ui.dialogs.checkin import NO_SCORE, CheckInDialog, plan_exercises
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.panels.checkins_panel import CheckInsPanel
from tests.support.catalogs import editing_catalog
from tests.support.plans import editing_program

TODAY = date(2026, 1, 13)


def make_dialog(qtbot: QtBot, checkin: CheckIn | None = None) -> CheckInDialog:
    program = editing_program()
    if checkin is not None:
        program.checkins.append(checkin)
    catalog = editing_catalog()
    dialog = CheckInDialog(
        program,
        catalog.name_of,
        checkin=checkin,
        position=0 if checkin is not None else None,
        today=TODAY,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_form_has_every_answer_and_every_red_flag(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.objectName() == "checkinDialog"
    assert dialog.windowTitle() == "Check-in"
    assert dialog.date_edit.date() == QDate(2026, 1, 13)
    pains = [b.objectName() for b in dialog.findChildren(QRadioButton)]
    assert sorted(pains) == ["checkinPain_doms", "checkinPain_none", "checkinPain_sharp"]
    assert dialog.pain_buttons["none"].isChecked()
    assert dialog.score_spin.value() == NO_SCORE
    assert dialog.score_spin.text() == "Not given"
    assert dialog.score_spin.maximum() == 10
    names = [dialog.after_combo.itemText(i) for i in range(dialog.after_combo.count())]
    catalog = editing_catalog()
    program = editing_program()
    assert names[0] == "Not named"
    assert sorted(names[1:]) == sorted(catalog.name_of(e) for e in plan_exercises(program))
    assert dialog.onset_combo.count() == 4  # not given, during, within hours, next day
    assert [dialog.eases_combo.itemData(i) for i in range(3)] == [None, True, False]
    boxes = {box.objectName(): box.text() for box in dialog.flags_group.findChildren(QCheckBox)}
    assert len(boxes) == len(RED_FLAGS) == 11
    for flag in RED_FLAGS:
        text = RED_FLAG_TEXT[flag]
        assert boxes[f"redFlag_{flag}"] == text[:1].upper() + text[1:]
    # Tier by tier, most urgent first: each tier's call above its boxes, and in their tooltips.
    grid = dialog.flags_group.layout()
    rows = {}
    for tier, label in dialog.tier_labels.items():
        rows[tier] = grid.getItemPosition(grid.indexOf(label))[0]
        for flag in TIER_FLAGS[tier]:
            box = dialog.flag_boxes[flag]
            assert grid.getItemPosition(grid.indexOf(box))[0] > rows[tier]
            assert label.text() in box.toolTip()
    assert list(rows) == list(TIERS) and sorted(rows.values()) == list(rows.values())
    assert [label.text() for label in dialog.tier_labels.values()] == [
        "Go to an emergency department now.",
        "See a doctor today.",
        "Book a doctor's appointment within a few days.",
    ]
    for name in (
        "checkinDate",
        "checkinScore",
        "checkinWhere",
        "checkinAfter",
        "checkinOnset",
        "checkinEases",
        "checkinNote",
        "checkinCleared",
        "checkinGuidance",
    ):
        assert dialog.findChild(object, name) is not None, name
    assert dialog.checkin() == CheckIn(date=TODAY)


def test_the_guidance_follows_the_answers_at_once(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.guidance_title.text() == "No pain"
    assert dialog.guidance.text().startswith("No pain reported: train as planned.")

    dialog.pain_buttons["doms"].setChecked(True)
    dialog.onset_combo.setCurrentIndex(dialog.onset_combo.findData("next-day"))
    dialog.eases_combo.setCurrentIndex(dialog.eases_combo.findData(True))
    dialog.score_spin.setValue(3)
    assert dialog.guidance_title.text() == "Likely ordinary muscle soreness"
    assert "72 hours" in dialog.guidance.text()

    dialog.pain_buttons["sharp"].setChecked(True)
    dialog.onset_combo.setCurrentIndex(dialog.onset_combo.findData("during"))
    dialog.after_combo.setCurrentIndex(dialog.after_combo.findData("deadlift"))
    assert dialog.guidance_title.text() == "Sharp pain"
    assert dialog.guidance.text().startswith("Sharp pain during Conventional deadlift")

    dialog.flag_boxes["night-pain"].setChecked(True)
    assert dialog.guidance_title.text() == "Red flag: Book a doctor's appointment within a few days"
    dialog.flag_boxes["radiating-leg-pain"].setChecked(True)
    doctor = dialog.guidance.text()
    assert dialog.guidance_title.text() == "Red flag: See a doctor today"
    assert doctor.startswith("See a doctor today.")
    assert "pain running down a leg" in doctor
    doctor_style = dialog.guidance_title.styleSheet()

    dialog.flag_boxes["leg-weakness"].setChecked(True)  # the most urgent reading wins
    emergency = dialog.guidance.text()
    assert dialog.guidance_title.text() == "EMERGENCY: Go to an emergency department now"
    assert emergency.startswith("Go to an emergency department now.")
    assert emergency != doctor
    assert dialog.guidance_title.styleSheet() not in ("", doctor_style)
    # Plain text: the guidance label shows what it is given, never markup.
    assert dialog.guidance.textFormat().name == "PlainText"
    expected = triage(dialog.checkin(), name_of=editing_catalog().name_of)
    assert emergency == "\n".join(expected.lines())

    dialog.cleared_box.setChecked(True)
    assert not dialog.guidance_title.text().startswith(("EMERGENCY", "Red flag"))
    assert dialog.guidance.text().startswith("Sharp pain during")
    assert "A clinician has cleared training" in dialog.guidance.text()


def test_editing_shows_the_answers_and_gives_them_back(qtbot: QtBot) -> None:
    checkin = CheckIn.model_validate(
        {
            "date": "2026-01-06",
            "pain": "doms",
            "where": "lower back",
            "after_exercise": "deadlift",
            "red_flags": ["night-pain", "fever-chills"],
            "note": "Stiff on the stairs.\nBetter by lunch.",
            "pain_score": 4,
            "onset": "hours",
            "eases_with_movement": False,
            "cleared": True,
        },
        strict=False,
    )
    dialog = make_dialog(qtbot, checkin)
    assert dialog.windowTitle() == "Edit check-in"
    assert dialog.flag_boxes["night-pain"].isChecked()
    assert not dialog.flag_boxes["leg-weakness"].isChecked()
    assert dialog.checkin() == checkin
    dialog.score_spin.setValue(NO_SCORE)
    assert dialog.checkin().pain_score is None


def test_ok_adds_one_check_in_as_one_undo_step(qtbot: QtBot) -> None:
    model = PlanModel(editing_program(), editing_catalog())
    stack = QUndoStack()
    panel = CheckInsPanel(model, stack, today=TODAY)
    qtbot.addWidget(panel)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    dialog = panel.record_checkin()
    assert panel.dialog is dialog and dialog.isVisible()
    dialog.pain_buttons["sharp"].setChecked(True)
    dialog.score_spin.setValue(7)
    dialog.flag_boxes["radiating-leg-pain"].setChecked(True)
    dialog.where_edit.setText("left leg")
    dialog.note_edit.setPlainText("<b>not markup</b>")
    dialog.accept()
    (added,) = model.program().checkins
    assert added == CheckIn(
        date=TODAY,
        pain="sharp",
        pain_score=7,
        where="left leg",
        red_flags=["radiating-leg-pain"],
        note="<b>not markup</b>",
    )
    assert stack.count() == 1
    assert stack.undoText() == "Add check-in of 2026-01-13"
    assert resets == []  # the plan's tree is not rebuilt for a check-in
    assert panel.selected_position() == 0
    stack.undo()
    assert model.program().checkins == []
    stack.redo()
    assert model.program().checkins == [added]


def test_cancel_adds_nothing(qtbot: QtBot) -> None:
    model = PlanModel(editing_program(), editing_catalog())
    stack = QUndoStack()
    panel = CheckInsPanel(model, stack, today=TODAY)
    qtbot.addWidget(panel)
    dialog = panel.record_checkin()
    dialog.flag_boxes["bladder-bowel"].setChecked(True)
    dialog.reject()
    assert model.program().checkins == []
    assert stack.count() == 0
