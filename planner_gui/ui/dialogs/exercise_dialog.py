"""The custom exercise dialog: every field of an exercise, checked as it is typed.

Plan ▸ New exercise… opens it empty, "Duplicate as custom exercise" with a copy of a catalog
exercise, "Edit custom exercise" with one of the plan's own. Each change is validated by the
Exercise model itself; each problem is shown as one line beside its field (pydantic's words),
and OK stays disabled until there is none. The id of a new exercise follows its name and is
never one in use; an edited exercise keeps its id, since the plan's rows refer to it. The
dialog only collects the exercise (`exercise()`); the caller pushes the undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner_gui.domain.catalog import Catalog
from planner_gui.domain.editing.exercises import id_from_name
from planner_gui.domain.models import Exercise
from planner_gui.domain.vocabulary import CATEGORIES, MUSCLES, PATTERNS
from planner_gui.figures import library
from planner_gui.figures.lookup import PATTERN_POSES, pose_for
from planner_gui.figures.pose import Pose
from planner_gui.ui.models.catalog_model import pretty

DOSES = ("reps", "hold", "time", "distance")
SPINAL_LOADS = ("low", "moderate", "high")
STRETCHES = (None, "static", "dynamic")
#: The dose fields of `defaults`, with their labels, in the order they are shown.
DEFAULT_FIELDS = (
    ("sets", "Sets"),
    ("reps", "Reps"),
    ("hold_s", "Hold (s)"),
    ("time_s", "Time (s)"),
    ("distance_m", "Distance (m)"),
    ("load", "Load"),
    ("rpe", "RPE"),
    ("rest_s", "Rest (s)"),
)
#: Shown in the pose list for "no pose named": the figure of the exercise's pattern.
PATTERN_FIGURE = "Figure of its movement pattern"


def _number(text: str) -> object:
    """A typed number as the model takes it: empty is none, whole numbers are int, others
    float; what is no number goes through as text for the model to refuse in its words."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def _words(text: str) -> list[str]:
    """A comma-separated list: each entry trimmed, empty ones left out."""
    return [part.strip() for part in text.split(",") if part.strip()]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ExerciseDialog(QDialog):
    """Edit the fields of one exercise.

    `start` fills the fields (a copy of a catalog exercise, a custom one, or None for an
    empty form). `taken` are the ids in use (catalog and custom); a new exercise's id is
    derived from its name outside them. With `keep_id` (editing a custom exercise) the id is
    `start`'s and does not follow the name.

    `preview` shows the chosen figure through `show_pose`: the window's pose painter is a
    panel widget, a layer above the dialogs, so the caller hands it in.
    """

    def __init__(
        self,
        catalog: Catalog,
        taken: Collection[str],
        start: Exercise | None = None,
        *,
        preview: QWidget,
        show_pose: Callable[[Pose | None], None],
        keep_id: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDialog")
        self.setWindowTitle("Edit custom exercise" if keep_id else "New custom exercise")
        self._taken = frozenset(taken)
        self._kept_id = start.id if keep_id and start is not None else None
        self._exercise: Exercise | None = None
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._problems: dict[str, str] = {}
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        self._row = 0

        self.name_edit = self._line("name", "&Name", "What the handout calls it")
        self.id_label = QLabel()
        self.id_label.setObjectName("exerciseIdLabel")
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add("id", "Id", self.id_label)
        self.category_combo = self._combo("category", "&Category", CATEGORIES)
        self.pattern_combo = self._combo("pattern", "&Pattern", PATTERNS)
        self.muscles_list = self._muscles("muscles", "&Muscles")
        self.secondary_list = self._muscles("secondary_muscles", "Also &works")
        self.equipment_edit = self._line(
            "equipment", "&Equipment", "Comma-separated, as in: band, mat"
        )
        self.dose_combo = self._combo("dose", "&Dosed by", DOSES)
        self.loaded_check = self._check("loaded", "&Loaded", "Done with a weight to add to")
        self.unilateral_check = self._check("unilateral", "&One side at a time", "Each side")
        self.spinal_combo = self._combo("spinal_load", "&Spinal load", SPINAL_LOADS)
        self.stretch_combo = self._combo("stretch", "S&tretch", STRETCHES)
        self.default_edits: dict[str, QLineEdit] = {}
        for key, label in DEFAULT_FIELDS:
            self.default_edits[key] = self._line(
                f"defaults.{key}", f"Default {label.lower()}", "Empty: none"
            )
        self.per_side_check = self._check(
            "defaults.per_side", "Default per side", "The default dose counts each side"
        )
        self.cues_edit = self._text("cues", "C&ues", "One cue a line")
        self.cautions_edit = self._text("cautions", "Cautio&ns", "One caution a line")
        self.regression_combo = self._link_combo("regression", "Easier version", catalog)
        self.progression_combo = self._link_combo("progression", "Harder version", catalog)
        self.aliases_edit = self._line(
            "aliases", "&Aliases", "Other names people search for, comma-separated"
        )
        self.pose_combo = QComboBox()
        self.pose_combo.setObjectName("exercisePoseCombo")
        self.pose_combo.setAccessibleName("Figure")
        self.pose_combo.addItem(PATTERN_FIGURE, None)
        self.pose_combo.addItem("No figure", library.NO_FIGURE)
        for pose_id in sorted(library.pose_ids()):
            self.pose_combo.addItem(pretty(pose_id), pose_id)
        self._add("pose", "&Figure", self.pose_combo)
        self.preview = preview
        self._show_figure = show_pose
        self.preview.setObjectName("exercisePosePreview")
        self.preview.setAccessibleName("Figure preview")

        form = QWidget()
        form.setLayout(self._grid)
        scroll = QScrollArea()
        scroll.setObjectName("exerciseFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setObjectName("exerciseDialogSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self._fill(start)
        self._connect_changes()
        self._validate()
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.resize(720, 640)

    # Building ----------------------------------------------------------------------------

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        title = QLabel(label)
        title.setBuddy(widget)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet("color: #c0392b")
        error.setMinimumWidth(180)
        self._errors[key] = error
        self._labels[key] = label.replace("&", "")
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        self._grid.addWidget(title, self._row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(widget, self._row, 1)
        self._grid.addWidget(error, self._row, 2, Qt.AlignmentFlag.AlignTop)
        self._row += 1

    def _line(self, key: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"exercise_{key.replace('.', '_')}")
        edit.setPlaceholderText(placeholder)
        self._add(key, label, edit)
        return edit

    def _text(self, key: str, label: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"exercise_{key}")
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        self._add(key, label, edit)
        return edit

    def _combo(self, key: str, label: str, values: tuple[str | None, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"exercise_{key}")
        for value in values:
            combo.addItem("None" if value is None else pretty(value), value)
        self._add(key, label, combo)
        return combo

    def _check(self, key: str, label: str, tip: str) -> QCheckBox:
        check = QCheckBox()
        check.setObjectName(f"exercise_{key.replace('.', '_')}")
        check.setToolTip(tip)
        self._add(key, label, check)
        return check

    def _muscles(self, key: str, label: str) -> QListWidget:
        muscles = QListWidget()
        muscles.setObjectName(f"exercise_{key}")
        for muscle in MUSCLES:
            item = QListWidgetItem(pretty(muscle))
            item.setData(Qt.ItemDataRole.UserRole, muscle)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            muscles.addItem(item)
        muscles.setFixedHeight(muscles.sizeHintForRow(0) * 5 + 6)
        self._add(key, label, muscles)
        return muscles

    def _link_combo(self, key: str, label: str, catalog: Catalog) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"exercise_{key}")
        combo.addItem("None", None)
        for exercise in sorted(catalog, key=lambda e: e.name.casefold()):
            combo.addItem(exercise.name, exercise.id)
        self._add(key, label, combo)
        return combo

    def _connect_changes(self) -> None:
        for edit in (self.name_edit, self.equipment_edit, self.aliases_edit):
            edit.textChanged.connect(self._validate)
        for edit in self.default_edits.values():
            edit.textChanged.connect(self._validate)
        for text in (self.cues_edit, self.cautions_edit):
            text.textChanged.connect(self._validate)
        for combo in (
            self.category_combo,
            self.pattern_combo,
            self.dose_combo,
            self.spinal_combo,
            self.stretch_combo,
            self.regression_combo,
            self.progression_combo,
            self.pose_combo,
        ):
            combo.currentIndexChanged.connect(self._validate)
        for check in (self.loaded_check, self.unilateral_check, self.per_side_check):
            check.toggled.connect(self._validate)
        for muscles in (self.muscles_list, self.secondary_list):
            muscles.itemChanged.connect(self._validate)

    # Values ------------------------------------------------------------------------------

    def _fill(self, start: Exercise | None) -> None:
        if start is None:
            self.default_edits["sets"].setText("3")
            self.default_edits["reps"].setText("10")
            return
        self.name_edit.setText(start.name)
        select: list[tuple[QComboBox, object]] = [
            (self.category_combo, start.category),
            (self.pattern_combo, start.pattern),
            (self.dose_combo, start.dose),
            (self.spinal_combo, start.spinal_load),
            (self.stretch_combo, start.stretch),
            (self.regression_combo, start.regression),
            (self.progression_combo, start.progression),
            (self.pose_combo, start.pose),
        ]
        for combo, value in select:
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._check_muscles(self.muscles_list, start.muscles)
        self._check_muscles(self.secondary_list, start.secondary_muscles)
        self.equipment_edit.setText(", ".join(start.equipment))
        self.loaded_check.setChecked(start.loaded)
        self.unilateral_check.setChecked(start.unilateral)
        defaults = start.defaults
        for key, edit in self.default_edits.items():
            value = getattr(defaults, key)
            edit.setText("" if value is None else f"{value:g}")
        self.per_side_check.setChecked(defaults.per_side)
        self.cues_edit.setPlainText("\n".join(start.cues))
        self.cautions_edit.setPlainText("\n".join(start.cautions))
        self.aliases_edit.setText(", ".join(start.aliases))

    @staticmethod
    def _check_muscles(muscles: QListWidget, chosen: Collection[str]) -> None:
        for row in range(muscles.count()):
            item = muscles.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _checked(muscles: QListWidget) -> list[str]:
        return [
            str(muscles.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(muscles.count())
            if muscles.item(row).checkState() == Qt.CheckState.Checked
        ]

    def exercise_id(self) -> str:
        """The id the exercise is saved under."""
        if self._kept_id is not None:
            return self._kept_id
        return id_from_name(self.name_edit.text(), self._taken)

    def values(self) -> dict[str, Any]:
        """The fields as the exercise schema has them (what is validated)."""
        defaults: dict[str, Any] = {
            key: _number(edit.text()) for key, edit in self.default_edits.items()
        }
        defaults = {key: value for key, value in defaults.items() if value is not None}
        defaults["per_side"] = self.per_side_check.isChecked()
        data: dict[str, Any] = {
            "id": self.exercise_id(),
            "name": self.name_edit.text().strip(),
            "category": self.category_combo.currentData(),
            "pattern": self.pattern_combo.currentData(),
            "muscles": self._checked(self.muscles_list),
            "secondary_muscles": self._checked(self.secondary_list),
            "equipment": _words(self.equipment_edit.text()),
            "dose": self.dose_combo.currentData(),
            "loaded": self.loaded_check.isChecked(),
            "spinal_load": self.spinal_combo.currentData(),
            "stretch": self.stretch_combo.currentData(),
            "unilateral": self.unilateral_check.isChecked(),
            "defaults": defaults,
            "cues": _lines(self.cues_edit.toPlainText()),
            "cautions": _lines(self.cautions_edit.toPlainText()),
            "regression": self.regression_combo.currentData(),
            "progression": self.progression_combo.currentData(),
            "pose": self.pose_combo.currentData(),
            "aliases": _words(self.aliases_edit.text()),
        }
        if "sets" not in defaults:
            # Shown as the sets field's own problem rather than as the whole defaults'.
            defaults["sets"] = None
        return data

    def problems(self) -> dict[str, str]:
        """Each field's first problem, in the model's words (field key → one line)."""
        return dict(self._problems)

    def _validate(self, *_: object) -> None:
        data = self.values()
        self.id_label.setText(str(data["id"]))
        self._problems = {}
        self._exercise = None
        try:
            self._exercise = Exercise.model_validate(data)
        except ValidationError as error:
            for problem in error.errors():
                key = self._field_of(problem["loc"])
                self._problems.setdefault(key, " ".join(str(problem["msg"]).split()))
        for key, label in self._errors.items():
            label.setText(self._problems.get(key, ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._exercise is not None)
        count = len(self._problems)
        fields = ", ".join(self._labels[key] for key in self._errors if key in self._problems)
        self.summary.setText(
            f"{count} field{'s' if count != 1 else ''} to fix before saving: {fields}"
            if count
            else ""
        )
        self._show_pose(data)

    def _field_of(self, location: tuple[int | str, ...]) -> str:
        """The field a problem's location belongs to (`defaults.reps`, `muscles`...)."""
        if location[:1] == ("defaults",) and len(location) > 1:
            key = f"defaults.{location[1]}"
        else:
            key = str(location[0]) if location else "name"
        return key if key in self._errors else "name"

    def _show_pose(self, data: dict[str, Any]) -> None:
        pose_id = data["pose"]
        if self._exercise is not None:
            self._show_figure(pose_for(self._exercise))
        elif pose_id == library.NO_FIGURE:
            self._show_figure(None)
        elif isinstance(pose_id, str):
            self._show_figure(library.pose(pose_id))
        else:
            self._show_figure(library.pose(PATTERN_POSES[data["pattern"]]))

    def exercise(self) -> Exercise | None:
        """The exercise as the fields give it, None while a field has a problem."""
        return self._exercise


def open_exercise_dialog(dialog: ExerciseDialog, done: Callable[[Exercise], None]) -> None:
    """Show `dialog` window-modal and call `done` with the exercise when OK is pressed."""

    def accepted() -> None:
        exercise = dialog.exercise()
        if exercise is not None:
            done(exercise)

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
