"""`planner-gui check PLAN --pdf REVIEW.pdf`: the plan review from the command line, with the
clinic's brand, the paper size and the check's own scope (read back with pypdf)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.cli import main
from planner_gui.resources import SAMPLE_PLAN
from tests.support.pdf import pdf_text


def _flagged_plan(tmp_path: Path) -> Path:
    """The sample plan with week 3's first loaded item 30 % heavier than week 2's: a PO101
    error (the sample itself checks clean)."""
    data = json.loads(SAMPLE_PLAN.read_text(encoding="utf-8"))
    week2, week3 = data["weeks"][1], data["weeks"][2]
    for session2, session3 in zip(week2["sessions"], week3["sessions"], strict=True):
        for block2, block3 in zip(session2["blocks"], session3["blocks"], strict=True):
            for item2, item3 in zip(block2["items"], block3["items"], strict=True):
                if item2.get("load"):
                    item3["load"] = round(item2["load"] * 1.3 / 2.5) * 2.5
                    path = tmp_path / "flagged.brace.json"
                    path.write_text(json.dumps(data), encoding="utf-8")
                    return path
    raise AssertionError("the sample plan has no loaded item in week 2")


def test_the_review_names_the_clinic_and_lists_the_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, out = _flagged_plan(tmp_path), tmp_path / "review.pdf"
    brand = tmp_path / "clinic.json"
    brand.write_text(
        json.dumps({"format": "brace-brand", "version": 1, "name": "Northside Physio"}),
        encoding="utf-8",
    )
    argv = ["check", str(plan), "--pdf", str(out), "--brand-file", str(brand)]
    assert main([*argv, "--brand-contact", "01234 567890", "--page-size", "letter"]) == 1
    printed = capsys.readouterr().out
    assert "PO101 error" in printed  # the findings are printed as well
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)
    text = pdf_text(out)
    assert "Northside Physio" in text and "01234 567890" in text
    assert "Errors (1)" in text and "PO101 · An exercise's load rises too fast" in text
    assert f"page {len(reader.pages)} of {len(reader.pages)}" in text
    assert "warning above 10 %; error above 20 %" in text


def test_a_narrowed_check_writes_only_its_findings_and_says_so(tmp_path: Path) -> None:
    plan, out = _flagged_plan(tmp_path), tmp_path / "review.pdf"
    assert main(["check", str(plan), "--pdf", str(out), "--ignore", "PO101"]) == 0
    text = pdf_text(out)
    assert "This check was narrowed on the command line to without PO101." in text
    assert "Errors (" not in text


def test_the_reviews_options_need_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SAMPLE_PLAN), "--brand", "Northside"]) == 2
    assert "--brand: only with --pdf" in capsys.readouterr().err


def test_a_bad_brand_file_writes_no_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brand, out = tmp_path / "clinic.json", tmp_path / "review.pdf"
    brand.write_text('{"format": "brace-brand", "version": 1, "nmae": "x"}', encoding="utf-8")
    assert main(["check", str(SAMPLE_PLAN), "--pdf", str(out), "--brand-file", str(brand)]) == 2
    assert "clinic.json" in capsys.readouterr().err
    assert not out.exists()


def test_check_and_export_help_describe_the_review_and_layouts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv in (["check", "--help"], ["export", "--help"]):
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "the findings in words, counted and grouped by severity" in text
    assert "every rule's settings for this plan in words with their units" in text
    assert "compact (the default)" in text and "cards: one session per half page" in text
    assert "the plan check only with --plan-check" in text
