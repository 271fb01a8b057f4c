"""Plan text in Qt is data, never markup: the one way to put it where Qt guesses rich text.

Qt renders a string as rich text whenever `Qt.mightBeRichText` guesses it is: tool tips (Qt
has no plain-text tool tip), QLabel in its default AutoText, QMessageBox texts. A session name
`<img src="/dev/zero">` would then make the window read that file when its card is hovered
(and run out of memory). So labels showing plan text are set to PlainText, HTML composed on
purpose escapes what it embeds, and every other string that holds plan text, file names or
finding messages (which quote session names) goes through `rich_text`.
"""

from __future__ import annotations

from html import escape

#: Always read as rich text (a leading <p>); pre-wrap keeps the user's line breaks and spaces.
OPEN = "<p style='white-space:pre-wrap'>"
CLOSE = "</p>"


def rich_text(text: str) -> str:
    """`text` as rich text that shows every character as typed: escaped, in a paragraph.

    Plain text alone is not enough where Qt guesses (a tip starting with "<b>" is markup, and
    one holding "&lt;" too), so the result is always unambiguous rich text. Empty stays empty:
    an empty tool tip is no tool tip.
    """
    # Element content only, never an attribute value, so quotes need no escaping.
    return f"{OPEN}{escape(text, quote=False)}{CLOSE}" if text else ""
