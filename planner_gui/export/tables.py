"""A reportlab Table that writes its plain-text cells in one text object.

reportlab's Table writes every line of a string cell as a text object of its own (begin, font,
colour, end) and draws every flowable cell inside save/translate/restore. A long handout has
thousands of such cells, and that bookkeeping costs more than the text. FlatTable lays out and
looks exactly like Table; it only writes the text of string and TextBlock cells into one text
object per table, skips empty cells (they print nothing) and leaves every other cell,
background and rule to Table. Given a `continued` maker, a table that splits across pages
starts its continuation on a new page under a heading such as "Core (continued)", above the
repeated header row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, PageBreak, Table

from planner_gui.export import scripts
from planner_gui.export.flowables import TextBlock, draw_lines
from planner_gui.export.scripts import width as stringWidth


def _text_block(cell: Any) -> TextBlock | None:
    """The cell's TextBlock; Table keeps a measured flowable cell as a one-item tuple."""
    if isinstance(cell, (tuple, list)) and len(cell) == 1:
        cell = cell[0]
    return cell if isinstance(cell, TextBlock) else None


class FlatTable(Table):  # type: ignore[misc]
    """Table with batched text; cells, styles, splitting and repeated header rows as Table."""

    _text: PDFTextObject | None = None
    _pen: list[Any] | None = None
    #: Makes the heading put above the rest of a split table (None: no heading).
    continued: Callable[[], Flowable] | None = None

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        if self.continued is None or len(parts) != 2:
            return parts
        head, rest = parts
        rest.continued = self.continued  # it may split again further on
        # The first part fills this page; the heading must not squeeze in below it.
        return [head, PageBreak(), self.continued(), rest]

    def draw(self) -> None:
        self._text = None
        self._pen = None
        super().draw()

    def _writer(self) -> tuple[PDFTextObject, list[Any]]:
        if self._text is None or self._pen is None:
            self._text = self.canv.beginText()
            self._pen = [None, None, None]  # font, size, colour last set in the text object
        return self._text, self._pen

    def _drawCell(
        self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        if cellstyle.href or cellstyle.destination or cellstyle.direction or cellstyle.shaping:
            super()._drawCell(cellval, cellstyle, pos, size)
        elif isinstance(cellval, str):
            if cellval:
                self._string_cell(cellval, cellstyle, pos, size)
        elif (block := _text_block(cellval)) is not None and cellstyle.alignment == "LEFT":
            self._text_block_cell(block, cellstyle, pos, size)
        else:
            super()._drawCell(cellval, cellstyle, pos, size)

    def _string_cell(
        self, value: str, style: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        """What Table._drawCell does for a string, minus one text object per line."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = value.split("\n")
        leading, fontsize, font = style.leading, style.fontsize, style.fontname
        valign = style.valign
        if valign == "TOP":
            y = rowpos + rowheight - style.topPadding - fontsize
        elif valign == "BOTTOM":
            y = rowpos + style.bottomPadding + len(lines) * leading - fontsize
        else:
            y = (
                rowpos
                + (style.bottomPadding + rowheight - style.topPadding + len(lines) * leading) / 2.0
                - fontsize
            )
        just = style.alignment
        text, pen = self._writer()
        for line in lines:
            self._pen_to(text, pen, font, fontsize, leading, style.color)
            if just == "LEFT":
                x = colpos + style.leftPadding
            else:
                width = stringWidth(line, font, fontsize)
                if just in ("CENTRE", "CENTER"):
                    x = (
                        colpos
                        + (colwidth + style.leftPadding - style.rightPadding) * 0.5
                        - width * 0.5
                    )
                else:
                    x = colpos + colwidth - style.rightPadding - width
            text.setTextOrigin(x, y)
            if line.isascii():
                text.textOut(line)
            else:  # other scripts print in fallback fonts (export.scripts)
                pen[0] = scripts.write(text.textOut, text.setFont, line, font, fontsize, pen[:1])
            y -= leading

    def _text_block_cell(
        self, block: TextBlock, style: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        """A TextBlock placed as Table places a flowable, its lines written into the batch."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        _, height = block.wrapOn(
            self.canv,
            colwidth - style.leftPadding - style.rightPadding,
            rowheight - style.topPadding - style.bottomPadding,
        )
        if style.valign == "TOP":
            y = rowpos + rowheight - style.topPadding - height
        elif style.valign == "BOTTOM":
            y = rowpos + style.bottomPadding
        else:
            y = rowpos + (rowheight + style.bottomPadding - style.topPadding - height) / 2.0
        text, pen = self._writer()
        draw_lines(text, block.lines(), colpos + style.leftPadding, y + height, pen)

    @staticmethod
    def _pen_to(
        text: PDFTextObject, pen: list[Any], font: str, size: float, leading: float, colour: Any
    ) -> None:
        if pen[0] != font or pen[1] != size:
            text.setFont(font, size, leading)
            pen[0], pen[1] = font, size
        if pen[2] is not colour:
            text.setFillColor(colour)
            pen[2] = colour

    def _drawLines(self) -> None:
        # Cells come before rules, as in Table: write the batched text first.
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None
        super()._drawLines()
