"""Build routine…: a warm-up, core, glute or mobility routine for one session, previewed first.

The coach picks the kind, the minutes, the equipment and the level; the dialog shows what the
builder (domain.builders) proposes, each exercise with the one line saying why it was chosen
(in the list and as its tool tip), and the ramp-up sets a warm-up gives the main lifts.
Rebuild asks again with another seed, so another exercise that fits about as well comes in
when there is one. Nothing changes in the plan here: `built()` is the proposal with its one
composite edit, which the editor pushes as one undo step when the dialog is accepted. A
request the builder refuses shows its one-line reason and leaves Apply disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.builders.equipment import PRESET_HELP, PRESETS, resolve_equipment
from planner_gui.domain.builders.proposal import BuiltRoutine, Proposal
from planner_gui.domain.builders.request import (
    DEFAULT_MINUTES,
    LEVELS,
    MINUTES_RANGE,
    ROUTINE_BLOCKS,
    ROUTINE_KINDS,
    ROUTINE_TITLES,
    BuildRefused,
    Level,
    RoutineKind,
    RoutineRequest,
)
from planner_gui.domain.builders.routine import build_routine
from planner_gui.domain.builders.setting import PlanSetting, plan_setting
from planner_gui.domain.editing.paths import session_label
from planner_gui.domain.models import Item
from planner_gui.domain.notation import dose_text, format_number
from planner_gui.domain.vocabulary import BLOCK_KINDS, BLOCK_TITLES, DAY_NAMES, BlockKind
from planner_gui.ui.models.plan_model import PlanModel
from planner_gui.ui.plain import tool_tip

#: The equipment choices: the plan's own (what its exercises use), then the presets.
PLAN_EQUIPMENT = "plan"
#: How many further seeds Rebuild tries before it says no other choice fits.
REBUILD_TRIES = 12


def routine_kind_of(block: BlockKind | None) -> RoutineKind | None:
    """The routine a block holds (the cool-down: a mobility routine), or None (main lifts)."""
    for kind, blocks in ROUTINE_BLOCKS.items():
        if block in blocks:
            return kind
    return None


def item_text(item: Item, name: str, units: str) -> str:
    """ "Dead bug · 2 × 8, per side": an item as the preview lists it."""
    load = f" @ {format_number(item.load)} {units}" if item.load else ""
    return f"{name} · {dose_text(item)}{load}"


class BuildRoutineDialog(QDialog):
    """Kind, minutes, equipment and level; the proposal with reasons; Rebuild and Apply."""

    def __init__(
        self,
        model: PlanModel,
        week: int,
        session: int,
        block: BlockKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("buildRoutineDialog")
        self._model = model
        self._week = week
        self._session = session
        self._setting: PlanSetting = plan_setting(model.program(), model.catalog())
        self._seed: int | None = None
        self._built: BuiltRoutine | None = None
        entry = model.session(week, session)
        self.setWindowTitle(f"Build routine — {DAY_NAMES[entry.day]} · {session_label(entry)}")

        self.kind = QComboBox()
        self.kind.setObjectName("routineKind")
        self.kind.setAccessibleName("Kind of routine")
        for kind in ROUTINE_KINDS:
            for target in ROUTINE_BLOCKS[kind]:
                title = ROUTINE_TITLES[kind].capitalize()
                if len(ROUTINE_BLOCKS[kind]) > 1:
                    title = f"{title} ({BLOCK_TITLES[target].lower()} block)"
                self.kind.addItem(title, f"{kind}/{target}")
        wanted = routine_kind_of(block) or "warmup"
        target = block if block in ROUTINE_BLOCKS[wanted] else ROUTINE_BLOCKS[wanted][0]
        self.kind.setCurrentIndex(max(0, self.kind.findData(f"{wanted}/{target}")))

        self.minutes = QSpinBox()
        self.minutes.setObjectName("routineMinutes")
        self.minutes.setAccessibleName("Minutes for the routine")
        self.minutes.setSuffix(" min")
        self.minutes.setToolTip("The time budget, by the session time estimate")

        self.equipment = QComboBox()
        self.equipment.setObjectName("routineEquipment")
        self.equipment.setAccessibleName("Equipment at hand")
        self.equipment.addItem("What the plan already uses", PLAN_EQUIPMENT)
        for preset in (*PRESETS, "gym"):
            self.equipment.addItem(PRESET_HELP[preset].capitalize(), preset)
        self.equipment.setToolTip("Bodyweight, a mat and the floor are always at hand")

        self.level = QComboBox()
        self.level.setObjectName("routineLevel")
        self.level.setAccessibleName("Athlete's level")
        for level in LEVELS:
            self.level.addItem(level.capitalize(), level)
        self.level.setCurrentIndex(self.level.findData(self._setting.level))
        self.level.setToolTip("Picks the easier or harder step of each exercise's chain")

        self.preview = QTableWidget(0, 2)
        self.preview.setObjectName("routinePreview")
        self.preview.setAccessibleName("Proposed routine")
        self.preview.setHorizontalHeaderLabels(["Exercise", "Why"])
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setShowGrid(False)
        self.preview.setAlternatingRowColors(True)
        # Reasons wrap onto more lines rather than being cut: the list is there to read them.
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setMinimumSize(760, 240)

        self.message = QLabel()
        self.message.setObjectName("routineMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("routineButtons")
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText("&Apply")
        self.apply_button.setObjectName("routineApply")
        self.rebuild_button = QPushButton("&Rebuild")
        self.rebuild_button.setObjectName("routineRebuild")
        self.rebuild_button.setToolTip("Choose again: another exercise that fits as well")
        self.buttons.addButton(self.rebuild_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.rebuild_button.clicked.connect(lambda _=False: self.rebuild())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Kind", self.kind)
        form.addRow("&Minutes", self.minutes)
        form.addRow("&Equipment", self.equipment)
        form.addRow("&Level", self.level)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._set_minutes_range()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.minutes.valueChanged.connect(self._inputs_changed)
        self.equipment.currentIndexChanged.connect(self._inputs_changed)
        self.level.currentIndexChanged.connect(self._inputs_changed)
        self._propose()

    # ----------------------------------------------------------------- inputs

    def routine_kind(self) -> RoutineKind:
        kind = str(self.kind.currentData()).split("/")[0]
        return next(known for known in ROUTINE_KINDS if known == kind)

    def target_block(self) -> BlockKind:
        block = str(self.kind.currentData()).split("/")[1]
        return next(known for known in BLOCK_KINDS if known == block)

    def _set_minutes_range(self) -> None:
        kind = self.routine_kind()
        low, high = MINUTES_RANGE[kind]
        self.minutes.blockSignals(True)
        self.minutes.setRange(low, high)
        self.minutes.setValue(DEFAULT_MINUTES[kind])
        self.minutes.blockSignals(False)

    def _kind_changed(self) -> None:
        self._set_minutes_range()
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        self._seed = None
        self._propose()

    def _equipment(self) -> frozenset[str]:
        choice = self.equipment.currentData()
        if choice == PLAN_EQUIPMENT:
            return self._setting.equipment
        return resolve_equipment([choice], self._model.catalog())

    def _build(self, seed: int | None) -> BuiltRoutine:
        level: Level = self.level.currentData()
        request = RoutineRequest(
            kind=self.routine_kind(),
            level=level,
            equipment=self._equipment(),
            minutes=self.minutes.value(),
            seed=seed,
            block=self.target_block(),
            gentle=self._setting.gentle,
        )
        return build_routine(
            self._model.program(), self._model.catalog(), self._week, self._session, request
        )

    # ----------------------------------------------------------------- proposing

    def _propose(self) -> None:
        try:
            built = self._build(self._seed)
        except BuildRefused as refused:
            self._show_refused(str(refused))
            return
        self._show(built)

    def rebuild(self) -> bool:
        """Ask with the next seeds until the choice differs; False (and a message) when no
        other choice fits these settings."""
        current = self._built.proposal if self._built is not None else None
        start = 0 if self._seed is None else self._seed
        for seed in range(start + 1, start + 1 + REBUILD_TRIES):
            try:
                built = self._build(seed)
            except BuildRefused as refused:
                self._show_refused(str(refused))
                return False
            if current is None or _differs(built.proposal, current):
                self._seed = seed
                self._show(built)
                return True
        self.message.setText(
            "No other choice fits these settings; change the equipment, level or minutes."
        )
        return False

    def _show_refused(self, reason: str) -> None:
        self._built = None
        self.preview.setRowCount(0)
        self.message.setText(f"Cannot build it: {reason}.")
        self.apply_button.setEnabled(False)
        self.rebuild_button.setEnabled(False)

    def _show(self, built: BuiltRoutine) -> None:
        self._built = built
        proposal = built.proposal
        name_of = self._model.exercise_name
        units = self._model.program().units
        rows = [
            (item_text(choice.item, name_of(choice.item.exercise), units), choice.reason)
            for choice in proposal.choices
        ]
        rows += [(f"{name_of(r.item.exercise)} · ramp-up sets", r.reason) for r in proposal.ramps]
        self.preview.setRowCount(0)
        self.preview.setRowCount(len(rows))
        for row, (text, reason) in enumerate(rows):
            for column, value in enumerate((text, reason)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(tool_tip(reason))
                self.preview.setItem(row, column, cell)
        existing = self._model.items_in_block(self._week, self._session, proposal.block)
        parts = [
            f"About {format_number(round(proposal.minutes, 1))} of "
            f"{format_number(proposal.budget)} minutes."
        ]
        if existing:
            parts.append(
                f"Apply replaces the {len(existing)} exercise"
                f"{'s' if len(existing) != 1 else ''} in the "
                f"{BLOCK_TITLES[proposal.block].lower()} block."
            )
        parts.extend(proposal.notes)
        self.message.setText(" ".join(parts))
        self.apply_button.setEnabled(True)
        self.rebuild_button.setEnabled(True)

    # ----------------------------------------------------------------- result

    def built(self) -> BuiltRoutine | None:
        """The routine on show and its edit, or None when the builder refused."""
        return self._built

    def preview_rows(self) -> list[tuple[str, str]]:
        """(exercise, why) of each preview row, top to bottom."""
        return [(self._cell(row, 0), self._cell(row, 1)) for row in range(self.preview.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        cell = self.preview.item(row, column)
        return cell.text() if cell is not None else ""


def _differs(one: Proposal, other: Proposal) -> bool:
    return one.items != other.items or [r.item for r in one.ramps] != [r.item for r in other.ramps]
