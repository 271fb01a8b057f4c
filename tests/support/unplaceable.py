"""A flowable reportlab cannot place, to drive the handout's last-resort layout error."""

from __future__ import annotations

from reportlab.platypus import Flowable


class TooTall(Flowable):  # type: ignore[misc]
    """Twice as tall as any frame it is offered and never splits: reportlab's LayoutError."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height * 2

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []
