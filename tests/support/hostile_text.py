"""Plan text that looks like markup, and the check that the window never takes it for markup.

`hostile_plan` holds the three `PAYLOADS` in every text field a plan file has. `qt_markup`
says what of a string Qt would act on where it guesses rich text (tool tips, AutoText labels,
message boxes); `shown_text` is what such a string shows once it passed that check.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from tests.support.plan_files import plan

#: Read by Qt as an image, it reads /dev/zero until memory runs out.
IMAGE = '<img src="/dev/zero">'
BOLD = "<b>bold</b>"
LINK = "<a href=x>link</a>"
PAYLOADS = (IMAGE, BOLD, LINK)
ALL = " ".join(PAYLOADS)

#: Elements that read a file or follow a link: never from plan text.
DANGEROUS_TAGS = ("img", "a")


def _might_be_rich(text: str) -> bool:
    """Qt's own guess (in QtGui's Qt namespace, not QtCore's)."""
    return bool(QtGui.Qt.mightBeRichText(text))


class _StartTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def qt_markup(text: str, *, rich: bool | None = None) -> list[str]:
    """The payloads written raw in `text`, and its <img> and <a> elements, when Qt would show
    it as rich text (`rich`: the widget's own format; None: Qt's guess, as for a tool tip).
    Empty when Qt shows `text` as the characters it holds."""
    if not (_might_be_rich(text) if rich is None else rich):
        return []
    parser = _StartTags()
    parser.feed(text)
    parser.close()
    return [p for p in PAYLOADS if p in text] + [
        f"<{tag}>" for tag in parser.tags if tag in DANGEROUS_TAGS
    ]


def label_markup(label: QLabel) -> list[str]:
    """qt_markup of a label's text under the label's own text format."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return []
    return qt_markup(label.text(), rich=True if fmt == Qt.TextFormat.RichText else None)


def shown_text(text: str) -> str:
    """What Qt shows for `text` in a tool tip; only for text qt_markup found nothing in (an
    image in it would be loaded here)."""
    assert qt_markup(text) == [], text
    if not _might_be_rich(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def hostile_plan() -> dict[str, Any]:
    """A valid plan file whose every text field holds the payloads: title, athlete, week notes,
    session names, item notes and tempo, a custom exercise's name, cues, cautions and
    equipment, an item naming an exercise no catalog has, and a check-in's text."""
    custom = {
        "id": "custom-lift",
        "name": IMAGE,
        "category": "strength",
        "pattern": "hinge",
        "muscles": ["glutes"],
        "equipment": [BOLD],
        "dose": "reps",
        "defaults": {"sets": 3, "reps": 8},
        "cues": [BOLD, LINK],
        "cautions": [IMAGE],
    }
    items = [
        {"exercise": "custom-lift", "sets": 3, "reps": 8, "tempo": ALL, "note": ALL},
        {"exercise": "deadlift", "sets": 3, "reps": 5, "load": 80, "note": ALL},
        {"exercise": LINK, "sets": 2, "reps": 10, "note": IMAGE},
    ]
    session = {
        "day": "mon",
        "name": ALL,
        "duration_min": 60,
        "rpe": 6,
        "blocks": [{"kind": "main", "items": items}],
    }
    other = {
        "day": "thu",
        "name": IMAGE,
        "duration_min": 40,
        "rpe": 5,
        "blocks": [{"kind": "core", "items": [{"exercise": "bird-dog", "sets": 3, "reps": 8}]}],
    }
    return plan(
        title=ALL,
        athlete=ALL,
        exercises=[custom],
        weeks=[{"notes": ALL, "sessions": [session, other]}],
        checkins=[
            {
                "date": "2026-01-06",
                "pain": "sharp",
                "where": ALL,
                "after_exercise": LINK,
                "note": ALL,
            }
        ],
    )
