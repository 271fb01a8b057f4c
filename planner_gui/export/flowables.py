"""Small custom flowables: outline entries that also mark progress, and tick boxes."""

from __future__ import annotations

from reportlab.platypus import Flowable

from planner_gui.export.styles import INK


class OutlineEntry(Flowable):  # type: ignore[misc]
    """Zero-size marker: bookmarks the page it lands on and adds an outline (bookmark) entry.

    `session` is True for the marker at the top of a session, which the document counts to
    report progress while rendering.
    """

    _ZERO = 0

    def __init__(self, title: str, key: str, level: int, *, session: bool = False) -> None:
        super().__init__()
        self.title = title
        self.key = key
        self.level = level
        self.session = session
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, size: float = 8.5) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)
