"""The Check-in dialog (Plan ▸ Check-in…): what the athlete reported, and the guidance it gets.

A short form of the check-in's answers, the red flags as a checklist, and beside it the
triage (`domain.checkins.triage`) of the answers as they stand, worked out again on every
change, so a ticked red flag shows its advice before OK is pressed. The most urgent reading
comes first; the red flags are listed in their three tiers, most urgent first, each tier's
call (the clinic's words from Preferences ▸ Handout wording, as the handout prints them) in
its boxes' tooltips, and the emergency signs are set apart (their own heading, icon and
colour). The dialog only collects the answers: the caller pushes one undo command
with `checkin()`, to add a new check-in or to replace the one being edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import get_args

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.brand import SafetyWording
from planner_gui.domain.checkins.triage import (
    EMERGENCY_FLAGS,
    TIER_FLAGS,
    TIERS,
    Level,
    Tier,
    Triage,
    flag_signs,
    sentence,
    tier_heading,
    triage,
)
from planner_gui.domain.limits import (
    FIRST_PLAN_DATE,
    LAST_PLAN_DATE,
    MAX_NOTE_CHARS,
    MAX_SHORT_TEXT_CHARS,
)
from planner_gui.domain.models import CheckIn, Program
from planner_gui.domain.vocabulary import ONSETS, RED_FLAG_TEXT, RED_FLAGS, Onset, Pain, RedFlag
from planner_gui.ui.plain import tool_tip
from planner_gui.ui.settings import brand

PAINS: tuple[Pain, ...] = get_args(Pain)
PAIN_TEXT: dict[Pain, str] = {
    "none": "No pain",
    "doms": "Soreness (dull, spread out)",
    "sharp": "Sharp pain",
}
ONSET_TEXT: dict[Onset, str] = {
    "during": "During the session",
    "hours": "Within hours",
    "next-day": "The next day or later",
}
#: The score spin box's value for "no score given".
NO_SCORE = -1
#: How each level's heading is marked: an icon, and a colour that is never the only sign.
LEVEL_ICONS: dict[Level, QStyle.StandardPixmap] = {
    "emergency": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "same_day": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "soon": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "sharp": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "unclear": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "doms": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "none": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_EMERGENCY_STYLE = "QLabel { background: #b00020; color: white; font-weight: bold; padding: 4px; }"
_DOCTOR_STYLE = "QLabel { color: #b00020; font-weight: bold; padding: 4px; }"
_CALM_STYLE = "QLabel { font-weight: bold; padding: 4px; }"
_TIER_STYLE = "QLabel { font-weight: bold; }"

NameOf = Callable[[str], str]


def heading_text(outcome: Triage) -> str:
    """The guidance heading: the level's title, the emergency set apart in capitals too."""
    if outcome.level == "emergency":
        return f"EMERGENCY: {outcome.title}"
    if outcome.red_flag:
        return f"Red flag: {outcome.title}"
    return outcome.title


def guidance_text(outcome: Triage) -> str:
    """The triage as plain lines: headline, steps, when to see a clinician, notes."""
    return "\n".join(outcome.lines())


def plan_exercises(program: Program) -> list[str]:
    """Every exercise id the plan's sessions use, each once, in plan order."""
    found: dict[str, None] = {}
    for week in program.weeks:
        for session in week.sessions:
            for block in session.blocks:
                for item in block.items:
                    found.setdefault(item.exercise, None)
    return list(found)


class CheckInDialog(QDialog):
    """Record a check-in, or edit `checkin` (the one at `position` of the plan's list).

    `name_of` turns exercise ids into names; `today` is the date a new check-in starts with;
    `wording` is the brand's safety wording (the one kept in Preferences when None).
    """

    def __init__(
        self,
        program: Program,
        name_of: NameOf,
        *,
        checkin: CheckIn | None = None,
        position: int | None = None,
        today: date | None = None,
        wording: SafetyWording | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.wording = wording if wording is not None else brand().safety
        self.setObjectName("checkinDialog")
        self.position = position
        editing = checkin is not None
        self.setWindowTitle("Edit check-in" if editing else "Check-in")
        self._name_of = name_of
        self._others: Sequence[CheckIn] = [
            other for index, other in enumerate(program.checkins) if index != position
        ]
        start = checkin or CheckIn(date=_within_range(today or date.today()))
        self._start_flags: list[RedFlag] = list(dict.fromkeys(start.red_flags))
        #: The emergency signs a clearance has been confirmed for (the check-in's own, when
        #: it was saved cleared already): asking again for them would be noise.
        self._confirmed: frozenset[RedFlag] = (
            frozenset(start.red_flags) & EMERGENCY_FLAGS if start.cleared else frozenset()
        )
        self._build_fields(program, start)
        self._build_guidance()
        self._build_layout(editing)
        self._connect()
        self.update_guidance()
        self.date_edit.setFocus()

    # Construction -------------------------------------------------------------------------

    def _build_fields(self, program: Program, start: CheckIn) -> None:
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("checkinDate")
        self.date_edit.setAccessibleName("Check-in date")
        self.date_edit.setDateRange(_qdate(FIRST_PLAN_DATE), _qdate(LAST_PLAN_DATE))
        self.date_edit.setDate(_qdate(start.date))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setToolTip("The day the athlete reported this")

        self.pain_group = QButtonGroup(self)
        self.pain_buttons: dict[Pain, QRadioButton] = {}
        self.pain_row = QWidget()
        self.pain_row.setObjectName("checkinPain")
        row = QHBoxLayout(self.pain_row)
        row.setContentsMargins(0, 0, 0, 0)
        for number, pain in enumerate(PAINS):
            button = QRadioButton(PAIN_TEXT[pain])
            button.setObjectName(f"checkinPain_{pain}")
            self.pain_group.addButton(button, number)
            self.pain_buttons[pain] = button
            row.addWidget(button)
        row.addStretch(1)
        self.pain_buttons[start.pain].setChecked(True)

        self.score_spin = QSpinBox()
        self.score_spin.setObjectName("checkinScore")
        self.score_spin.setAccessibleName("Pain score, 0 to 10")
        self.score_spin.setRange(NO_SCORE, 10)
        self.score_spin.setSpecialValueText("Not given")
        self.score_spin.setSuffix(" / 10")
        self.score_spin.setValue(NO_SCORE if start.pain_score is None else start.pain_score)
        self.score_spin.setToolTip(
            "0 is no pain, 10 the worst imaginable; 5 or more holds progression"
        )

        self.where_edit = QLineEdit(start.where)
        self.where_edit.setObjectName("checkinWhere")
        self.where_edit.setAccessibleName("Where it hurts")
        self.where_edit.setMaxLength(MAX_SHORT_TEXT_CHARS)
        self.where_edit.setPlaceholderText("lower back, left glute…")

        self.after_combo = QComboBox()
        self.after_combo.setObjectName("checkinAfter")
        self.after_combo.setAccessibleName("After which exercise")
        self.after_combo.addItem("Not named", None)
        exercises = plan_exercises(program)
        if start.after_exercise and start.after_exercise not in exercises:
            exercises.append(start.after_exercise)
        for exercise_id in sorted(exercises, key=lambda e: self._name_of(e).casefold()):
            self.after_combo.addItem(self._name_of(exercise_id), exercise_id)
        self.after_combo.setCurrentIndex(max(0, self.after_combo.findData(start.after_exercise)))
        self.after_combo.setToolTip("The exercise it followed, if the athlete can name one")

        self.onset_combo = QComboBox()
        self.onset_combo.setObjectName("checkinOnset")
        self.onset_combo.setAccessibleName("When it began")
        self.onset_combo.addItem("Not given", None)
        for onset in ONSETS:
            self.onset_combo.addItem(ONSET_TEXT[onset], onset)
        self.onset_combo.setCurrentIndex(max(0, self.onset_combo.findData(start.onset)))

        self.eases_combo = QComboBox()
        self.eases_combo.setObjectName("checkinEases")
        self.eases_combo.setAccessibleName("Eases with movement")
        for text, value in (("Not asked", None), ("Yes", True), ("No", False)):
            self.eases_combo.addItem(text, value)
        self.eases_combo.setCurrentIndex(self.eases_combo.findData(start.eases_with_movement))
        if start.eases_with_movement is None:
            self.eases_combo.setCurrentIndex(0)
        self.eases_combo.setToolTip("Ordinary soreness usually eases once the athlete moves about")

        self.flag_boxes: dict[RedFlag, QCheckBox] = {}
        self.flags_group = QGroupBox("Red flags (tick any the athlete reports)")
        self.flags_group.setObjectName("checkinRedFlags")
        grid = QGridLayout(self.flags_group)
        chosen = set(start.red_flags)
        # Tier by tier, the most urgent first, each under its call in the clinic's words.
        self.tier_labels: dict[Tier, QLabel] = {}
        line = 0
        for tier in TIERS:
            call = sentence(tier_heading(tier, self.wording))
            label = QLabel(call)
            label.setObjectName(f"redFlagTier_{tier}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setStyleSheet(_TIER_STYLE)
            self.tier_labels[tier] = label
            grid.addWidget(label, line, 0, 1, 2)
            line += 1
            for number, flag in enumerate(TIER_FLAGS[tier]):
                text = RED_FLAG_TEXT[flag]
                box = QCheckBox(text[:1].upper() + text[1:])
                box.setObjectName(f"redFlag_{flag}")
                box.setChecked(flag in chosen)
                box.setToolTip(tool_tip(call))
                self.flag_boxes[flag] = box
                grid.addWidget(box, line + number // 2, number % 2)
            line += (len(TIER_FLAGS[tier]) + 1) // 2

        self.note_edit = QPlainTextEdit(start.note)
        self.note_edit.setObjectName("checkinNote")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.note_edit.setPlaceholderText("In the athlete's words")

        self.cleared_box = QCheckBox("A clinician has cleared training")
        self.cleared_box.setObjectName("checkinCleared")
        self.cleared_box.setChecked(start.cleared)
        self.cleared_box.setToolTip(
            "Tick once a doctor or physio has seen the athlete after a red flag and cleared "
            "training; earlier red flags then stop holding the plan back"
        )

    def _build_guidance(self) -> None:
        self.guidance_icon = QLabel()
        self.guidance_icon.setObjectName("checkinGuidanceIcon")
        self.guidance_title = QLabel()
        self.guidance_title.setObjectName("checkinGuidanceTitle")
        self.guidance_title.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance_title.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setObjectName("checkinGuidance")
        self.guidance.setAccessibleName("Guidance for these answers")
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setWordWrap(True)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        width = self.guidance.fontMetrics().horizontalAdvance("M" * 24)
        self.guidance.setMinimumWidth(width)

    def _build_layout(self, editing: bool) -> None:
        form = QFormLayout()
        form.addRow("&Date", self.date_edit)
        form.addRow("Pain", self.pain_row)
        form.addRow("&Score", self.score_spin)
        form.addRow("&Where", self.where_edit)
        form.addRow("&After", self.after_combo)
        form.addRow("&Began", self.onset_combo)
        form.addRow("&Eases with movement", self.eases_combo)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.flags_group)
        note_label = QLabel("&Note")
        note_label.setBuddy(self.note_edit)
        left.addWidget(note_label)
        left.addWidget(self.note_edit)
        left.addWidget(self.cleared_box)

        panel = QFrame()
        panel.setObjectName("checkinGuidancePanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QHBoxLayout()
        heading.addWidget(self.guidance_icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.guidance_title, 1)
        right = QVBoxLayout(panel)
        caption = QLabel("Guidance for these answers")
        caption.setObjectName("checkinGuidanceCaption")
        right.addWidget(caption)
        right.addLayout(heading)
        right.addWidget(self.guidance, 1)
        disclaimer = QLabel(
            "This describes what was reported and what usually helps; it is not a diagnosis."
        )
        disclaimer.setWordWrap(True)
        right.addWidget(disclaimer)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(panel, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("checkinButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Save check-in" if editing else "Add check-in")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(self.update_guidance)
        self.pain_group.idToggled.connect(lambda _id, _on: self.update_guidance())
        self.score_spin.valueChanged.connect(self.update_guidance)
        self.after_combo.currentIndexChanged.connect(self.update_guidance)
        self.onset_combo.currentIndexChanged.connect(self.update_guidance)
        self.eases_combo.currentIndexChanged.connect(self.update_guidance)
        self.cleared_box.toggled.connect(self.update_guidance)
        self.cleared_box.clicked.connect(self._cleared_clicked)
        for box in self.flag_boxes.values():
            box.toggled.connect(self.update_guidance)

    # Clearing an emergency sign ------------------------------------------------------------

    def unconfirmed_emergency(self) -> list[RedFlag]:
        """The ticked emergency signs a clearance on this check-in has not been confirmed for
        (empty while "cleared" is not ticked)."""
        if not self.cleared_box.isChecked():
            return []
        return [flag for flag in self.red_flags() if flag in EMERGENCY_FLAGS - self._confirmed]

    def clearance_question(self) -> tuple[QMessageBox, QAbstractButton]:
        """The question asked before a check-in that reports an emergency sign is marked
        cleared: what the tick means, in plain words; with the button that says yes (a test
        answers it through `exec`)."""
        flags = self.red_flags()
        box = QMessageBox(self)
        box.setObjectName("clearanceQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Clear training after an emergency sign?")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"This check-in reports {flag_signs(flags)}.")
        box.setInformativeText(
            "Marking it cleared says that a doctor has seen the athlete about these signs and "
            "has said that training may start again. The plan check and the handout then stop "
            "warning about them.\n\nTick it only if that has happened. If not, leave it "
            "unticked, and record the clearance in a later check-in once a clinician has given "
            "it."
        )
        yes = box.addButton("A clinician has cleared training", QMessageBox.ButtonRole.YesRole)
        leave = box.addButton("Leave it unticked", QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(leave)
        box.setEscapeButton(leave)
        return box, yes

    def confirm_clearance(self) -> bool:
        """Ask about the emergency signs not confirmed yet; unticks "cleared" on a no."""
        if not self.unconfirmed_emergency():
            return True
        box, yes = self.clearance_question()
        box.exec()
        if box.clickedButton() is yes:
            self._confirmed = self._confirmed | frozenset(self.unconfirmed_emergency())
            return True
        self.cleared_box.setChecked(False)
        return False

    def _cleared_clicked(self, checked: bool) -> None:
        if checked:
            self.confirm_clearance()

    def accept(self) -> None:
        """Save, once any emergency sign ticked after "cleared" has been confirmed too."""
        if not self.confirm_clearance():
            return
        super().accept()

    # The answers --------------------------------------------------------------------------

    def pain(self) -> Pain:
        for pain, button in self.pain_buttons.items():
            if button.isChecked():
                return pain
        return "none"

    def red_flags(self) -> list[RedFlag]:
        """The ticked flags: those the check-in had in its own order (so an edit that leaves
        them alone changes nothing), then new ones in the format's order."""
        ticked = [flag for flag in RED_FLAGS if self.flag_boxes[flag].isChecked()]
        kept = [flag for flag in self._start_flags if flag in ticked]
        return kept + [flag for flag in ticked if flag not in kept]

    def checkin(self) -> CheckIn:
        """The check-in as the form has it now."""
        score = self.score_spin.value()
        return CheckIn(
            date=_pydate(self.date_edit.date()),
            pain=self.pain(),
            where=self.where_edit.text().strip(),
            after_exercise=self.after_combo.currentData(),
            red_flags=self.red_flags(),
            # The note box has no length limit of its own; the plan keeps at most this much.
            note=self.note_edit.toPlainText().strip()[:MAX_NOTE_CHARS],
            pain_score=None if score == NO_SCORE else score,
            onset=self.onset_combo.currentData(),
            eases_with_movement=self.eases_combo.currentData(),
            cleared=self.cleared_box.isChecked(),
        )

    def outcome(self) -> Triage:
        """The triage of the answers as they stand (the plan's other check-ins count)."""
        return triage(
            self.checkin(), earlier=self._others, name_of=self._name_of, wording=self.wording
        )

    def update_guidance(self) -> None:
        outcome = self.outcome()
        self.guidance_title.setText(heading_text(outcome))
        if outcome.level == "emergency":
            self.guidance_title.setStyleSheet(_EMERGENCY_STYLE)
        elif outcome.red_flag:
            self.guidance_title.setStyleSheet(_DOCTOR_STYLE)
        else:
            self.guidance_title.setStyleSheet(_CALM_STYLE)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon = self.style().standardIcon(LEVEL_ICONS[outcome.level])
        self.guidance_icon.setPixmap(icon.pixmap(size, size))
        self.guidance.setText(guidance_text(outcome))


def _within_range(day: date) -> date:
    return min(max(day, FIRST_PLAN_DATE), LAST_PLAN_DATE)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
