"""`planner-gui export`: writes the handout, or exits 2 with one line and writes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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


def _one_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_writes_a_letter_handout_with_brand(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (120, 60), (0, 0, 0)).save(logo)
    out = tmp_path / "out.pdf"
    code = main(
        [
            "export",
            str(plan),
            "-o",
            str(out),
            "--page-size",
            "letter",
            "--brand",
            "Northside Physio",
            "--brand-contact",
            "0123 456",
            "--brand-logo",
            str(logo),
        ]
    )
    assert code == 0
    assert str(out) in capsys.readouterr().out
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612)
    cover = reader.pages[0].extract_text()
    assert "Northside Physio" in cover and "0123 456" in cover
    raw = json.loads(plan.read_text())
    assert reader.metadata.title == raw["title"]


def test_brand_name_alias_and_default_a4(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out), "--brand-name", "Clinic Ø"]) == 0
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(841.89, abs=0.5)
    assert "Clinic Ø" in reader.pages[1].extract_text()  # running header


def test_refuses_plans_with_data_errors(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(plan.read_text())
    items = raw["weeks"][0]["sessions"][0]["blocks"][0]["items"]
    items[0]["exercise"] = "no-such-exercise"
    items[0]["sets"] = 40
    plan.write_text(json.dumps(raw))
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF earlier")
    assert main(["export", str(plan), "-o", str(out)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert f"{plan}: cannot export: 2 data errors" in err
    assert "DA50" in err and "week 1" in err
    assert ".;" not in err and "; and 1 more)" in err
    assert out.read_bytes() == b"%PDF earlier"


@pytest.mark.parametrize("where", ["missing-folder", "is-a-folder"])
def test_bad_output_path(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    out = tmp_path / "nowhere" / "out.pdf" if where == "missing-folder" else tmp_path
    before = sorted(tmp_path.rglob("*"))
    assert main(["export", str(plan), "-o", str(out)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert str(out) in err
    assert sorted(tmp_path.rglob("*")) == before


def test_unreadable_logo(tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_bytes(b"not an image at all")
    assert main(["export", str(plan), "-o", str(out), "--brand-logo", str(bad_logo)]) == 2
    assert str(bad_logo) in _one_line(capsys.readouterr().err)
    assert (
        main(["export", str(plan), "-o", str(out), "--brand-logo", str(tmp_path / "absent.png")])
        == 2
    )
    assert "absent.png" in _one_line(capsys.readouterr().err)
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "options"),
    [("logo.png", {}), ("logo.jpg", {"quality": 90, "progressive": True})],
    ids=["png", "progressive-jpeg"],
)
def test_logo_cut_short(
    tmp_path: Path,
    plan: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    options: dict[str, object],
) -> None:
    """Refused in one line naming the file, before anything is written."""
    logo = tmp_path / name
    PILImage.effect_noise((240, 120), 64).convert("RGB").save(logo, **options)
    logo.write_bytes(logo.read_bytes()[: logo.stat().st_size // 2])
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF-1.4 earlier")
    assert main(["export", str(plan), "-o", str(out), "--brand-logo", str(logo)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert (
        err == f"planner-gui: {logo}: the logo image is damaged or cut short "
        "(a complete PNG or JPEG is needed)\n"
    )
    assert out.read_bytes() == b"%PDF-1.4 earlier"


def test_bad_page_size_exits_2(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "out.pdf"
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(plan), "-o", str(out), "--page-size", "a5"])
    assert exit_info.value.code == 2
    assert not out.exists()


def test_help_documents_the_brand_options() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    text = subparsers.choices["export"].format_help()  # type: ignore[attr-defined]
    for option in ("--page-size", "--brand NAME", "--brand-contact", "--brand-logo", "DA501"):
        assert option in text
