"""Help ▸ Rules reference and Help ▸ About: what each check means and why it exists."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner_gui import __version__
from planner_gui.domain.notation import format_number
from planner_gui.domain.rules import all_rules

ABOUT_TEXT = (
    f"<h3>Brace Planner {escape(__version__)}</h3>"
    "<p>Builds warm-up, core, glute and mobility work around the main lifts into a multi-week "
    "plan, checks it against progression and recovery guidelines, and prints a handout.</p>"
    "<p>The checks describe the shape of a plan; they are guidelines, not a diagnosis. Sharp "
    "pain, numbness, weakness or any red flag means stopping and seeing a clinician.</p>"
)


def rules_reference_html() -> str:
    """Every rule of the table with its code, default severity, thresholds and rationale."""
    parts = [
        "<h2>Plan check rules</h2>",
        "<p>Thresholds and on/off can be changed per plan in Preferences ▸ Rules.</p>",
    ]
    for known in all_rules():
        thresholds = "".join(
            f"<li><b>{escape(spec.name)}</b> = {format_number(spec.default)} {escape(spec.unit)}: "
            f"{escape(spec.meaning)}</li>"
            for spec in known.info.threshold_specs
        )
        parts.append(
            f"<h3>{escape(known.code)} · {escape(known.title)}</h3>"
            f"<p><i>{escape(known.severity)}"
            + (f"; {escape(known.escalation)}" if known.escalation else "")
            + "</i></p>"
            + (f"<ul>{thresholds}</ul>" if thresholds else "")
            + f"<p>{escape(known.rationale)}</p>"
        )
    return "".join(parts)


class RulesReferenceDialog(QDialog):
    """A readable list of the rules, non-modal so it can stay open beside the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesReference")
        self.setAccessibleName("Rules reference")
        self.setWindowTitle("Rules reference — Brace Planner")
        self.text = QTextBrowser(self)
        self.text.setObjectName("rulesReferenceText")
        self.text.setHtml(rules_reference_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)
