"""Reading a handout PDF back (pypdf), as the PDF tests do rather than trust that writing
did not raise."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.support.plans import handout_program, handout_session


def pdf_text(path: Path) -> str:
    """All text of a PDF, pages joined, whitespace folded so wrapped lines still match."""
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def outline_titles(path: Path) -> list[tuple[str, list[str]]]:
    """Top-level outline entries with the titles of their children."""
    reader = PdfReader(path)
    result: list[tuple[str, list[str]]] = []
    for entry in reader.outline:
        if isinstance(entry, list):
            result[-1][1].extend(
                child.title or "" for child in entry if not isinstance(child, list)
            )
        else:
            result.append((entry.title or "", []))
    return result


class PdfTools:
    """What the handout tests reach through their `pdf` fixture: reading a PDF back, and the
    handout plans to write one from."""

    text = staticmethod(pdf_text)
    outline = staticmethod(outline_titles)
    make_program = staticmethod(handout_program)
    make_session = staticmethod(handout_session)

    @staticmethod
    def reader(path: Path) -> PdfReader:
        return PdfReader(path)
