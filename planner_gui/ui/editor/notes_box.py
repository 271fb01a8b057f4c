"""A multi-line plain-text box for notes, with the parts of QLineEdit's interface the editor
uses (text, setText, editingFinished, maxLength), so a week's notes of a few hundred
characters are read in the window rather than through a one-line slit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

#: The box is never shorter than this many lines of text; it scrolls past what it shows.
MIN_VISIBLE_LINES = 3


class NotesBox(QPlainTextEdit):
    """Plain text that wraps at the box's width; Tab leaves the box rather than typing a tab.

    `editingFinished` is emitted when the box loses focus, as QLineEdit's is, so the editor
    pushes one undo step per visit rather than one per key.
    """

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_length = 32767
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(self.height_for_lines(MIN_VISIBLE_LINES))
        self.textChanged.connect(self._keep_to_max_length)

    def height_for_lines(self, lines: int) -> int:
        """The box's height that shows `lines` lines of text whole."""
        margins = self.contentsMargins()
        document = int(self.document().documentMargin()) * 2
        return (
            self.fontMetrics().lineSpacing() * lines
            + document
            + margins.top()
            + margins.bottom()
            + self.frameWidth() * 2
        )

    def visible_lines(self) -> int:
        """How many whole lines of text the box shows at its present height."""
        inner = self.viewport().height() - int(self.document().documentMargin()) * 2
        return max(0, inner // self.fontMetrics().lineSpacing())

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def show_text(self, text: str) -> None:
        """Show `text` from its start, leaving the box alone (cursor and all) when it already
        says so."""
        if self.toPlainText() != text:
            self.setPlainText(text)
            self.moveCursor(QTextCursor.MoveOperation.Start)

    def maxLength(self) -> int:
        return self._max_length

    def setMaxLength(self, length: int) -> None:
        self._max_length = length
        self._keep_to_max_length()

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def _keep_to_max_length(self) -> None:
        """Cut what goes past the limit (typed or pasted), as QLineEdit's maxLength does."""
        text = self.toPlainText()
        if len(text) > self._max_length:
            self.setPlainText(text[: self._max_length])
            self.moveCursor(QTextCursor.MoveOperation.End)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
