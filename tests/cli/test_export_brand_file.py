"""`planner-gui export --brand-file CLINIC.json`: the clinic's name, contact, logo and
safety-page wording from a file; a bad file exits 2 in one line and writes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from planner_gui.cli import build_parser, main
from planner_gui.resources import template_paths


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A copy of the smallest bundled template (bundled catalog ids, no data errors)."""
    source = min(template_paths(), key=lambda p: p.stat().st_size)
    target = tmp_path / "plan.brace.json"
    shutil.copy(source, target)
    return target


def _brand_file(path: Path, **fields: Any) -> Path:
    path.write_text(json.dumps({"format": "brace-brand", "version": 1, **fields}), encoding="utf-8")
    return path


def _texts(out: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]


def test_the_brand_file_s_wording_logo_and_contact_are_printed(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "clinic"
    folder.mkdir()
    PILImage.new("RGB", (120, 60), (0, 0, 0)).save(folder / "logo.png")
    brand = _brand_file(
        folder / "clinic.json",
        name="Northside Physio",
        contact="01234 567890",
        logo="logo.png",  # relative to the brand file, not to the working folder
        safety={
            "emergency": {"heading": "Call 999 now", "text": "if you notice any of these:"},
            "closing": {"text": "Northside Physio: your back, our care."},
        },
    )
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out), "--brand-file", str(brand)]) == 0
    assert str(out) in capsys.readouterr().out
    pages = _texts(out)
    assert "Northside Physio" in pages[0] and "01234 567890" in pages[0]
    assert PdfReader(out).pages[0].images  # the logo
    safety = next(page for page in pages if "Safety: when to stop" in page)
    assert "Safety: when to stop Call 999 now if you notice any of these: ■" in safety
    assert "When to get it checked Call Northside Physio · 01234 567890 Book a visit" in safety
    assert "an injury. Northside Physio: your back, our care. Safety page" in safety
    assert "Go to an emergency department now" not in safety
    assert "First aid for a tweak or strain" in safety  # a part it left out: built in


def test_the_command_line_options_override_the_brand_file(tmp_path: Path, plan: Path) -> None:
    brand = _brand_file(tmp_path / "clinic.json", name="Old name", contact="old contact")
    out = tmp_path / "out.pdf"
    args = ["export", str(plan), "-o", str(out), "--brand-file", str(brand)]
    assert main([*args, "--brand", "New name"]) == 0
    safety = next(page for page in _texts(out) if "Safety: when to stop" in page)
    assert "New name · old contact" in safety and "Old name" not in safety


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"colour": "red"}, "colour: unknown key (check the spelling)"),
        (
            {"safety": {"first_aid": {"text": "x" * 2001}}},
            "safety.first_aid.text: is too long (at most 2000 characters)",
        ),
        ({"version": 9}, "version: was saved by a newer Brace Planner"),
        ({"logo": "missing.png"}, "logo: "),
    ],
    ids=["unknown-key", "too-long", "newer", "missing-logo"],
)
def test_a_bad_brand_file_exits_2_in_one_line_and_writes_nothing(
    tmp_path: Path,
    plan: Path,
    capsys: pytest.CaptureFixture[str],
    fields: dict[str, Any],
    message: str,
) -> None:
    brand = _brand_file(tmp_path / "clinic.json", **fields)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF-1.4 earlier")
    assert main(["export", str(plan), "-o", str(out), "--brand-file", str(brand)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"planner-gui: {brand}: {message}")
    assert out.read_bytes() == b"%PDF-1.4 earlier"


def test_a_brand_file_that_is_not_json_or_missing_exits_2(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.pdf"
    broken = tmp_path / "clinic.json"
    broken.write_text("{", encoding="utf-8")
    for path in (broken, tmp_path / "absent.json"):
        assert main(["export", str(plan), "-o", str(out), "--brand-file", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"planner-gui: {path}: ")
    assert not out.exists()


def test_the_output_may_not_be_the_brand_file(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brand = _brand_file(tmp_path / "clinic.pdf", name="Clinic")
    before = brand.read_bytes()
    assert main(["export", str(plan), "-o", str(brand), "--brand-file", str(brand)]) == 2
    assert "the brand file" in capsys.readouterr().err
    assert brand.read_bytes() == before


def test_help_documents_the_brand_file() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    text = subparsers.choices["export"].format_help()  # type: ignore[attr-defined]
    assert "--brand-file CLINIC.json" in text
