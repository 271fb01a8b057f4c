"""The red-flag tiers say the same thing everywhere, in the clinic's words: the safety page,
the check-in form, the recorded check-ins, `checkin`, `adjust`, `check` (CK601) and the gate,
with the built-in wording, a clinic's brand file (`--brand-file`) and one written before the
`same_day` and `soon` parts existed. PDFs are read back with pypdf."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner_gui.cli import main
from planner_gui.domain.brand import SafetyWording, text_lines
from planner_gui.domain.brand_file import load_brand
from planner_gui.domain.checkins.triage import TIER_FLAGS, TIERS, sentence
from planner_gui.domain.vocabulary import RED_FLAG_TEXT
from planner_gui.resources import template_paths

BEFORE_TIERS = Path(__file__).parents[1] / "assets" / "clinic-before-tiers.json"

CLINIC = {
    "format": "brace-brand",
    "version": 1,
    "name": "Northside Physio",
    "safety": {
        "emergency": {"heading": "Ring 999 <now> & say 'back'", "text": "if any of these:"},
        "same_day": {"heading": "Ring Northside before 6 pm", "text": "on a day with any of:"},
        "soon": {"heading": "Book with Northside this week", "text": "- if any of these:"},
    },
}


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    source = min(template_paths(), key=lambda p: p.stat().st_size)
    target = tmp_path / "plan.brace.json"
    shutil.copy(source, target)
    return target


def _clinic(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps(CLINIC), encoding="utf-8")
    return path


def _fold(text: str) -> str:
    return " ".join(text.split())


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _parts(text: str, wording: SafetyWording) -> list[str]:
    """`text` cut at each tier's first flag: the text of each tier's part, in tier order."""
    starts = [text.index(_capital(RED_FLAG_TEXT[TIER_FLAGS[tier][0]])) for tier in TIERS]
    assert starts == sorted(starts)
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _assert_agree(out: Path, wording: SafetyWording) -> None:
    """The safety page and the check-in form give each tier's flags the same heading."""
    pages = [_fold(page.extract_text()) for page in PdfReader(out).pages]
    safety = next(page for page in pages if "Safety: when to stop" in page)
    form = next(page for page in pages if "Check-in after training" in page)
    box = safety[: safety.index("Soreness")]
    lead_ends: list[int] = []
    for tier in TIERS:
        section = wording.section(tier)
        # The heading, then its text, then its flags, before the next tier's heading.
        first_line = text_lines(section.text)[0].text
        lead = _fold(f"{section.heading} {first_line}")
        if text_lines(section.text)[0].bullet:
            lead = _fold(f"{section.heading} ■ {first_line}")
        assert box.count(lead) == 1, (tier, lead, box)
        lead_ends.append(box.index(lead))
        part = box[box.index(lead) :]
        for flag in TIER_FLAGS[tier]:
            assert _capital(RED_FLAG_TEXT[flag]) in part
    assert lead_ends == sorted(lead_ends)
    for tier, part in zip(TIERS, _parts(form, wording), strict=True):
        call = sentence(wording.section(tier).heading)
        assert part.count(call) == 1, (tier, call, part)
        for other in TIERS:
            if other != tier:
                assert sentence(wording.section(other).heading) not in part


def test_built_in_safety_page_and_form_agree(tmp_path: Path, plan: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out)]) == 0
    _assert_agree(out, SafetyWording())


def test_a_clinic_s_brand_file_words_the_safety_page_and_the_form_alike(
    tmp_path: Path, plan: Path
) -> None:
    brand = _clinic(tmp_path)
    wording = load_brand(brand).safety
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out), "--brand-file", str(brand)]) == 0
    _assert_agree(out, wording)
    text = " ".join(_fold(page.extract_text()) for page in PdfReader(out).pages)
    for built_in in ("Go to an emergency department now", "See a doctor today", "Book a doctor"):
        assert built_in not in text
    assert "Ring 999 <now> & say 'back'" in text  # printed as typed, never markup


def test_a_brand_file_from_before_the_tiers_prints_built_in_same_day_and_soon(
    tmp_path: Path, plan: Path
) -> None:
    wording = load_brand(BEFORE_TIERS).safety
    out = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(out), "--brand-file", str(BEFORE_TIERS)]) == 0
    _assert_agree(out, wording)
    safety = next(
        _fold(p.extract_text())
        for p in PdfReader(out).pages
        if "Safety: when to stop" in p.extract_text()
    )
    assert "Call 999 or go to A&E now if you notice any of these: ■ Loss of bladder" in safety
    assert "See a doctor today and leave training until then" in safety


def test_checkin_check_and_the_gate_use_the_clinic_s_words(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brand = str(_clinic(tmp_path))
    capsys.readouterr()
    raw = json.loads(plan.read_text(encoding="utf-8"))
    day = raw["start_date"]
    args = ["checkin", str(plan), "--date", day, "--pain", "doms", "--red-flag", "fever-chills"]
    assert main([*args, "--brand-file", brand]) == 0
    out = capsys.readouterr().out
    assert "\nRing Northside before 6 pm.\n" in out
    assert "If bladder or bowel control changes" in out and ": Ring 999 <now> & say 'back'." in out
    assert "See a doctor today" not in out
    adjust = ["adjust", str(plan), "--after-checkin", day, "--dry-run", "--brand-file", brand]
    assert main(adjust) == 1
    assert "reports a red flag: Ring Northside before 6 pm.\n" in capsys.readouterr().out
    # The command line's check (CK601) and the export gate say it in the same words.
    assert main(["check", str(plan), "--select", "CK601", "--brand-file", brand]) == 1
    findings = capsys.readouterr().out
    assert "Ring Northside before 6 pm. Then leave this session out" in findings
    assert main(["check", str(plan), "--select", "CK601"]) == 1
    assert "See a doctor today. Then leave this session out" in capsys.readouterr().out
    pdf = tmp_path / "out.pdf"
    assert main(["export", str(plan), "-o", str(pdf), "--brand-file", brand]) == 1
    assert "fever or chills – Ring Northside before 6 pm)" in capsys.readouterr().err
    # Exported anyway, the recorded check-in gets the same words as the form beside it.
    assert (
        main(["export", str(plan), "-o", str(pdf), "--brand-file", brand, "--allow-red-flags"]) == 0
    )
    text = " ".join(_fold(page.extract_text()) for page in PdfReader(pdf).pages)
    listed = text[text.index("Recorded check-ins") :]
    assert "Red flag · " in listed and ": Ring Northside before 6 pm" in listed
    assert "Ring Northside before 6 pm." in listed


def test_a_bad_brand_file_stops_checkin_before_the_plan_is_written(
    tmp_path: Path, plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**CLINIC, "safety": {"sameday": {}}}), encoding="utf-8")
    day = json.loads(before)["start_date"]
    args = ["checkin", str(plan), "--date", day, "--pain", "none", "--brand-file", str(bad)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "safety.sameday: unknown key" in err
    assert plan.read_bytes() == before
