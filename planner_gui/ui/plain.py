"""Plan text in Qt is data, never markup: how to put it where Qt guesses rich text.

Qt renders a string as rich text whenever `Qt.mightBeRichText` guesses it is: tool tips (Qt
has no plain-text tool tip), QLabel in its default AutoText, QMessageBox texts. A session name
`<img src="/dev/zero">` would then make the window read that file when its card is hovered
(and run out of memory). So labels showing plan text are set to PlainText, HTML composed on
purpose escapes what it embeds, and every other string that holds plan text, file names or
finding messages (which quote session names) goes through `tool_tip` (tool tips) or
`rich_text` (message boxes).
"""

from __future__ import annotations

from html import escape
from textwrap import wrap

#: Tool tip lines longer than this many characters are broken. Qt word-wraps a rich tool tip into a
#: near-square block (a one-line tip becomes three narrow lines), so `tool_tip` lays its text
#: out line for line, unwrapped, and breaks the long lines itself.
LINE_LENGTH = 80


def rich_text(text: str) -> str:
    """`text` as rich text that shows every character as typed: escaped, in a paragraph.

    Plain text alone is not enough where Qt guesses (a message starting with "<b>" is markup,
    and one holding "&lt;" too), so the result is always unambiguous rich text; pre-wrap keeps
    the user's line breaks and spaces and lets the widget wrap it. For a message box text.
    """
    return _paragraph("pre-wrap", text)


def tool_tip(text: str) -> str:
    """`text` as a tool tip that shows every character as typed, laid out as a plain tool tip
    would be: one line per line of text, lines over LINE_LENGTH broken at spaces (a word longer
    than a line is cut). Empty stays empty (no tool tip)."""
    return _paragraph("pre", "\n".join(part for line in text.split("\n") for part in _broken(line)))


def _paragraph(white_space: str, text: str) -> str:
    # Element content only, never an attribute value, so quotes need no escaping.
    return f"<p style='white-space:{white_space}'>{escape(text, quote=False)}</p>" if text else ""


def _broken(line: str) -> list[str]:
    if len(line) <= LINE_LENGTH:
        return [line]
    parts = wrap(
        line, LINE_LENGTH, expand_tabs=False, replace_whitespace=False, break_on_hyphens=False
    )
    return parts or [line]
