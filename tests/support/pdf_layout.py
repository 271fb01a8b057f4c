"""Where the text of a PDF lies and how large it is, read back with pypdf, for the layout
tests: font sizes of body text, and how far down each page the content reaches."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader


@dataclass(frozen=True)
class Span:
    """A run of text as the content stream shows it: its text, size, font and baseline y."""

    text: str
    size: float
    font: str
    y: float


def page_spans(reader: PdfReader, index: int) -> list[Span]:
    spans: list[Span] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            scale = abs(float(tm[3])) or 1.0
            y = float(tm[5]) * float(cm[3]) + float(cm[5])
            spans.append(Span(text, round(size * scale, 2), name, y))

    reader.pages[index].extract_text(visitor_text=visit)
    return spans


def all_spans(path: Path) -> list[list[Span]]:
    reader = PdfReader(path)
    return [page_spans(reader, i) for i in range(len(reader.pages))]


def part_starts(path: Path, levels: int = 1) -> set[int]:
    """Pages (0-based) on which an outline entry of the top `levels` levels lands: the
    handout's parts (levels=1), and the sessions inside the full layout's weeks (levels=2)."""
    reader = PdfReader(path)
    starts: set[int] = set()

    def visit(entries: list[Any], level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                if level + 1 < levels:
                    visit(entry, level + 1)
            else:
                starts.add(reader.get_destination_page_number(entry))

    visit(reader.outline, 0)
    return starts


def half_empty_pages(path: Path, body: tuple[float, float], levels: int = 1) -> list[int]:
    """Pages (0-based) whose lowest line of text lies in the upper half of the body area
    `body` = (bottom, top) in points, except a section's last page (the page before a
    section starts: an outline entry of the top `levels` levels, see `part_starts`) and the
    very last page."""
    spans = all_spans(path)
    starts = part_starts(path, levels)
    bottom, top = body
    middle = (bottom + top) / 2
    found = []
    for index, page in enumerate(spans[:-1]):
        if index + 1 in starts:
            continue
        inside = [span.y for span in page if bottom < span.y < top]
        if not inside or min(inside) > middle:
            found.append(index)
    return found
