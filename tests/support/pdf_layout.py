"""Where the text of a PDF lies and how large it is, read back with pypdf, for the layout
tests: font sizes of body text, and how far down each page the content reaches."""

from __future__ import annotations

import re
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


@dataclass(frozen=True)
class Shown:
    """One text-showing operation (Tj, TJ, ' or ") of a page: the size it prints at (the
    font size scaled by the text and current matrices), its fill colour as the PDF sets it
    (gray, RGB or CMYK components), where its baseline starts, and its text (decoded with
    the font's ToUnicode map)."""

    page: int
    size: float
    fill: tuple[float, ...]
    x: float
    y: float
    text: str

    @property
    def black(self) -> bool:
        if len(self.fill) == 4:
            return self.fill == (0.0, 0.0, 0.0, 1.0)
        return all(value == 0 for value in self.fill)


def _to_unicode(font: Any) -> tuple[int, dict[bytes, str]]:
    """A font's code length in bytes and its codes' text, from its ToUnicode CMap."""
    if "/ToUnicode" not in font:
        return 1, {}
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    space = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", cmap)
    width = len(space.group(1)) // 2 if space else 1
    codes: dict[bytes, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            codes[bytes.fromhex(code)] = bytes.fromhex(text).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, first in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            start = int(first, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                codes[code.to_bytes(len(low) // 2, "big")] = chr(start + offset)
    return width, codes


def _raw(operand: Any) -> bytes:
    if isinstance(operand, bytes):
        return operand
    original = getattr(operand, "original_bytes", None)
    return original if isinstance(original, bytes) else str(operand).encode("latin-1", "replace")


def shown_text(path: Path) -> list[Shown]:
    """Every text-showing operation of the PDF, page by page, with its size and fill colour.

    pypdf reads text out in runs that can join operations of different sizes and colours (a
    colour change, or a space in another size, does not end a run), so each operation is
    taken on its own, from the graphics state (q/Q, g/rg/k/sc/scn, Tf) followed operator by
    operator, its text decoded with the font's ToUnicode map."""
    reader = PdfReader(path)
    return [shown for index, page in enumerate(reader.pages) for shown in _shown_on(index, page)]


def _shown_on(index: int, page: Any) -> list[Shown]:
    fonts = page.get("/Resources", {}).get("/Font", {})
    maps = {str(name): _to_unicode(font.get_object()) for name, font in fonts.items()}
    found: list[Shown] = []
    state: dict[str, Any] = {"fill": (0.0,), "size": 0.0, "font": ""}
    saved: list[dict[str, Any]] = []

    def before(operator: bytes, operands: Any, cm: Any, tm: Any) -> None:
        nonlocal state
        if operator == b"q":
            saved.append(dict(state))
        elif operator == b"Q" and saved:
            state = saved.pop()
        elif operator in (b"g", b"rg", b"k", b"sc", b"scn"):
            state["fill"] = tuple(float(v) for v in operands if isinstance(v, (int, float)))
        elif operator == b"Tf":
            state["font"], state["size"] = str(operands[0]), float(operands[1])
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            strings = operands[0] if operator == b"TJ" else operands[-1:]
            width, codes = maps.get(state["font"], (1, {}))
            raw = b"".join(_raw(part) for part in strings if not isinstance(part, (int, float)))
            text = "".join(codes.get(raw[i : i + width], "?") for i in range(0, len(raw), width))
            if not text.strip():
                return  # a space between words, drawn in the size of either
            a = float(tm[0]) * cm[0] + float(tm[1]) * cm[2]
            b = float(tm[0]) * cm[1] + float(tm[1]) * cm[3]
            c = float(tm[2]) * cm[0] + float(tm[3]) * cm[2]
            d = float(tm[2]) * cm[1] + float(tm[3]) * cm[3]
            scale = abs(a * d - b * c) ** 0.5
            x = float(tm[4]) * cm[0] + float(tm[5]) * cm[2] + cm[4]
            y = float(tm[4]) * cm[1] + float(tm[5]) * cm[3] + cm[5]
            size = round(state["size"] * scale, 2)
            found.append(Shown(index, size, state["fill"], x, y, text.strip()))

    page.extract_text(visitor_operand_before=before)
    return found


@dataclass(frozen=True)
class Line:
    """The text a page prints on one baseline (both columns of a two-column part), left to
    right, with the size of its first operation."""

    y: float
    size: float
    text: str


def body_lines(path: Path, body: tuple[float, float]) -> list[list[Line]]:
    """Each page's lines inside the body area `body` = (bottom, top), top to bottom (the
    running header and footer left out)."""
    bottom, top = body
    pages: dict[int, dict[float, list[Shown]]] = {}
    for shown in shown_text(path):
        if bottom < shown.y < top:
            pages.setdefault(shown.page, {}).setdefault(round(shown.y, 1), []).append(shown)
    count = len(PdfReader(path).pages)
    lines: list[list[Line]] = []
    for index in range(count):
        rows = pages.get(index, {})
        page = []
        for y in sorted(rows, reverse=True):
            ops = sorted(rows[y], key=lambda op: op.x)
            page.append(Line(y, ops[0].size, " ".join(op.text for op in ops)))
        lines.append(page)
    return lines


def _alone(line: Line, neighbour: Line | None) -> bool:
    """`line` stands apart from `neighbour` (the line below or above it): no neighbour, or one
    further off than a paragraph's line spacing (1.6 times the size: a paragraph's lines
    are 1.15 to 1.3 times apart, a space after a paragraph or a heading adds more)."""
    return neighbour is None or abs(neighbour.y - line.y) > 1.6 * line.size


def _continues(line: Line) -> bool:
    """The line carries on a sentence (it starts with a lower-case letter)."""
    first = line.text.lstrip()[:1]
    return first.isalpha() and first.islower()


def lone_lines(path: Path, body: tuple[float, float]) -> list[tuple[int, str]]:
    """(page, text) of every widow and orphan: a page whose first line is the end of a
    sentence begun overleaf, alone (the paragraph's last line carried over by itself), or
    whose last line stands alone while the next page carries its sentence on (a paragraph's
    first line left behind). Pages are 0-based."""
    pages = body_lines(path, body)
    found: list[tuple[int, str]] = []
    for index in range(1, len(pages)):
        page, before = pages[index], pages[index - 1]
        if not page or not before:
            continue
        first = page[0]
        if _continues(first) and _alone(first, page[1] if len(page) > 1 else None):
            found.append((index, first.text))
        last = before[-1]
        if _continues(first) and _alone(last, before[-2] if len(before) > 1 else None):
            found.append((index - 1, last.text))
    return found
