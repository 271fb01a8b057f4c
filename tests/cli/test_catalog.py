"""`planner-gui catalog`: the exercise list, and `--sheet OUT.pdf`, a contact sheet of every
exercise's figure, read back with pypdf."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.cli import build_parser, command_names, main
from planner_gui.domain.catalog import bundled_catalog
from planner_gui.export.contact_sheet import (
    PER_PAGE,
    _name_lines,
    render_contact_sheet,
    sheet_pages,
)
from planner_gui.export.fonts import BOLD, register_fonts
from planner_gui.figures.lookup import pose_id_for


def _words(text: str) -> str:
    """Text with every run of white space as one space (names may wrap onto two lines)."""
    return re.sub(r"\s+", " ", text)


def test_catalog_is_a_headless_command() -> None:
    assert "catalog" in command_names()
    args = build_parser().parse_args(["catalog", "--sheet", "out.pdf", "--page-size", "letter"])
    assert args.sheet == Path("out.pdf") and args.page_size == "letter"


def test_the_sheet_has_every_exercise_with_its_name_and_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.pdf"
    assert main(["catalog", "--sheet", str(out)]) == 0
    exercises = list(bundled_catalog())
    pages = math.ceil(len(exercises) / PER_PAGE)
    assert capsys.readouterr().out == f"wrote {out} ({len(exercises)} exercises on {pages} pages)\n"
    reader = PdfReader(out)
    assert len(reader.pages) == pages == sheet_pages(len(exercises))
    text = _words(" ".join(page.extract_text() for page in reader.pages))
    for number, exercise in enumerate(exercises, start=1):
        assert exercise.name in text, exercise.name
        assert f"{number}. {exercise.id}" in text
        assert f"pose {pose_id_for(exercise)} · " in text
    assert "(no figure)" not in text
    # Each page holds at most PER_PAGE exercises, in catalog order.
    first = _words(reader.pages[0].extract_text())
    assert exercises[0].name in first and exercises[PER_PAGE].name not in first


def test_the_sheet_draws_a_figure_in_every_cell(tmp_path: Path) -> None:
    """Every cell has strokes: a page of twelve figures has far more drawing operators than
    the captions and cell frames alone would need."""
    data = render_contact_sheet(list(bundled_catalog())[:PER_PAGE])
    out = tmp_path / "page.pdf"
    out.write_bytes(data)
    page = PdfReader(out).pages[0]
    content = page.get_contents()
    assert content is not None
    strokes = content.get_data().count(b" l\n") + content.get_data().count(b" l ")
    assert strokes > PER_PAGE * 15


def test_letter_paper(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    assert main(["catalog", "--sheet", str(out), "--page-size", "letter"]) == 0
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(612)


def test_without_a_sheet_it_lists_every_exercise_with_its_pose(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["catalog"]) == 0
    lines = capsys.readouterr().out.splitlines()
    exercises = list(bundled_catalog())
    assert len(lines) == len(exercises)
    for line, exercise in zip(lines, exercises, strict=True):
        assert line.split()[:2] == [exercise.id, pose_id_for(exercise)]
        assert line.endswith(exercise.name)


def test_an_existing_file_that_is_not_a_pdf_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("my notes")
    assert main(["catalog", "--sheet", str(notes)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"planner-gui: {notes}: ")
    assert "not a PDF" in err
    assert notes.read_text() == "my notes"


def test_a_folder_or_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalog", "--sheet", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    missing = tmp_path / "nowhere" / "sheet.pdf"
    assert main(["catalog", "--sheet", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not missing.parent.exists()


def test_an_earlier_sheet_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"%PDF-1.4 an older sheet")
    assert main(["catalog", "--sheet", str(out)]) == 0
    assert len(PdfReader(out).pages) == sheet_pages(len(bundled_catalog()))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]  # no temporary left


def test_a_write_failure_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("planner_gui.export.contact_sheet.write_bytes_atomic", full)
    out = tmp_path / "sheet.pdf"
    assert main(["catalog", "--sheet", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"planner-gui: {out}: cannot write the PDF (No space left on device)\n"
    assert not out.exists()


def test_a_name_on_two_lines_never_leaves_one_word_alone_under_the_figure() -> None:
    register_fonts()
    name = "Reverse lunge with overhead reach"
    width = stringWidth("Reverse lunge with overhead", BOLD, 9.0) + 1
    assert _name_lines(name, width) == ["Reverse lunge with", "overhead reach"]
    assert _name_lines("Cat-cow", width) == ["Cat-cow"]
