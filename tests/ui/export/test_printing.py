"""Printing the handout PDF: its pages painted onto a QPrinter (the whole path, through the print
dialog, is in test_actions.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from planner_gui.ui.export.printing import print_pdf


def test_print_pdf_of_an_empty_file_prints_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert print_pdf(empty, QPrinter()) == 0
