"""FlatTable prints the same text in the same places as reportlab's Table, in one text object."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from planner_gui.export.flowables import Run, TextBlock
from planner_gui.export.fonts import BOLD, REGULAR
from planner_gui.export.styles import DARK, table_style
from planner_gui.export.tables import FlatTable

_STYLE = [
    ("VALIGN", (0, 0), (-1, 0), "TOP"),
    ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
    ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
    ("ALIGN", (1, 0), (1, -1), "CENTRE"),
    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("TEXTCOLOR", (0, 1), (-1, 1), DARK),
    ("LEADING", (0, 0), (-1, -1), 11),
]


def _rows(block: Callable[[], TextBlock]) -> list[list[object]]:
    return [
        ["Top left", "Top centre", "Top right", block()],
        ["Two\nlines", "Middle", "", block()],
        ["Bottom", "Centred\nbelow", "Right", block()],
    ]


def _text_block() -> TextBlock:
    return TextBlock(
        [
            Run("Deadlift", BOLD, 9, 11),
            Run("Brace first, then pull the slack out", REGULAR, 7.5, 9.2, DARK, bullet="•"),
        ]
    )


def _placed_text(table_class: type[Table]) -> tuple[list[tuple[bytes, int, int]], bytes]:
    """Every shown string with its origin on the page, from the page's content stream."""
    # measured rows (minRowHeights), as in the handout: Table then wraps flowable cells
    table = table_class(_rows(_text_block), colWidths=[90, 90, 90, 110], minRowHeights=[40, 40, 40])
    table.setStyle(table_style(list(_STYLE)))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    page = reader.pages[0]
    placed: list[tuple[bytes, int, int]] = []
    ctm, stack = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], []
    origin = (0.0, 0.0)
    contents = page.get_contents()
    assert contents is not None
    for operands, operator in ContentStream(contents, reader).operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operator == b"Tm":
            x, y = float(operands[4]), float(operands[5])
            origin = (x * ctm[0] + y * ctm[2] + ctm[4], x * ctm[1] + y * ctm[3] + ctm[5])
        elif operator == b"Tj":
            shown = bytes(getattr(operands[0], "original_bytes", operands[0]))
            if shown:
                placed.append((shown, round(origin[0]), round(origin[1])))
    return sorted(placed), contents.get_data()


def test_flat_table_places_text_like_table() -> None:
    expected, _ = _placed_text(Table)
    placed, _ = _placed_text(FlatTable)
    assert len(expected) == 19  # 10 lines of string cells, 3 text blocks of 3 lines
    assert placed == expected


def test_flat_table_writes_one_text_object() -> None:
    _, plain = _placed_text(Table)
    _, flat = _placed_text(FlatTable)
    assert flat.count(b"BT") == 2  # the page's initial font setting, then the table's text
    assert plain.count(b"BT") > 10
