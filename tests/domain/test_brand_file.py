"""Brand files and the clinic's own safety-page wording: defaults, parsing, refusals, round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner_gui.domain.brand import (
    BUILT_IN_SAFETY,
    SAFETY_KEYS,
    Brand,
    Line,
    SafetySection,
    SafetyWording,
    text_lines,
)
from planner_gui.domain.brand_file import brand_to_bytes, load_brand, save_brand
from planner_gui.domain.errors import PlanFileError
from planner_gui.domain.limits import MAX_NAME_CHARS, MAX_WORDING_CHARS


def _write(path: Path, raw: dict[str, Any]) -> Path:
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _brand_file(**fields: Any) -> dict[str, Any]:
    return {"format": "brace-brand", "version": 1, **fields}


def test_a_wording_that_sets_nothing_prints_the_built_in_one() -> None:
    wording = SafetyWording()
    assert wording.is_built_in and wording.changed() == {}
    for key in SAFETY_KEYS:
        assert wording.section(key) == BUILT_IN_SAFETY[key]
    assert Brand().is_empty


def test_an_empty_heading_or_text_keeps_the_built_in_one() -> None:
    wording = SafetyWording(emergency=SafetySection("", "Call 999 if:"))
    printed = wording.section("emergency")
    assert printed == SafetySection(BUILT_IN_SAFETY["emergency"].heading, "Call 999 if:")
    assert wording.changed() == {"emergency": SafetySection("", "Call 999 if:")}
    assert not Brand(safety=wording).is_empty
    # the same text as the built-in one is no change of wording
    same = SafetyWording(soreness=BUILT_IN_SAFETY["soreness"])
    assert same.is_built_in and Brand(safety=same).is_empty


def test_the_closing_line_has_no_heading() -> None:
    wording = SafetyWording(closing=SafetySection("Ignored", "Our own closing."))
    assert wording.section("closing") == SafetySection("", "Our own closing.")


def test_lines_starting_with_a_dash_and_a_space_are_bullets() -> None:
    assert text_lines("Do this:\n- first\n\n•  second\n-5 kg is fine\n-\n") == (
        Line("Do this:"),
        Line("first", bullet=True),
        Line("second", bullet=True),
        Line("-5 kg is fine"),
    )


def test_a_brand_file_reads_with_its_logo_relative_to_the_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "clinic.json",
        _brand_file(
            name="Northside Physio",
            contact="01234 567890",
            logo="img/logo.png",
            safety={
                "emergency": {"heading": "Call 999 now", "text": "if you notice:"},
                "closing": {"text": "Questions? Call us."},
            },
        ),
    )
    brand = load_brand(path)
    assert (brand.name, brand.contact) == ("Northside Physio", "01234 567890")
    assert brand.logo_path == tmp_path / "img" / "logo.png"
    assert brand.safety.section("emergency") == SafetySection("Call 999 now", "if you notice:")
    assert brand.safety.section("closing").text == "Questions? Call us."
    assert brand.safety.section("first_aid") == BUILT_IN_SAFETY["first_aid"]


def test_a_minimal_brand_file_is_the_empty_brand(tmp_path: Path) -> None:
    assert load_brand(_write(tmp_path / "b.json", _brand_file())) == Brand()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"version": 1}, 'b.json: is not a Brace Planner brand file (no "format": "brace-brand")'),
        (
            {"format": "brace-plan", "version": 1},
            "b.json: format: must be 'brace-brand', not 'brace-plan'",
        ),
        (_brand_file(version="1"), "b.json: version: must be a whole number"),
        (_brand_file(version=2), "b.json: version: was saved by a newer Brace Planner"),
        (_brand_file(version=0), "b.json: version: brand file version 0 is not supported"),
        (_brand_file(colour="red"), "b.json: colour: unknown key (check the spelling)"),
        (
            _brand_file(safety={"emergncy": {"text": "x"}}),
            "b.json: safety.emergncy: unknown key (check the spelling)",
        ),
        (
            _brand_file(safety={"closing": {"heading": "x"}}),
            "b.json: safety.closing.heading: unknown key (check the spelling)",
        ),
        (
            _brand_file(safety={"soreness": {"text": "x" * (MAX_WORDING_CHARS + 1)}}),
            f"b.json: safety.soreness.text: is too long (at most {MAX_WORDING_CHARS} characters)",
        ),
        (
            _brand_file(contact="x" * (MAX_NAME_CHARS + 1)),
            f"b.json: contact: is too long (at most {MAX_NAME_CHARS} characters)",
        ),
        (_brand_file(name=7), "b.json: name: must be text"),
        (_brand_file(safety={"first_aid": "ice"}), "b.json: safety.first_aid: must be an object"),
    ],
)
def test_a_bad_brand_file_is_refused_in_one_line_naming_the_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raw: dict[str, Any], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "b.json", raw)
    with pytest.raises(PlanFileError) as caught:
        load_brand("b.json")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_texts_at_their_limits_load(tmp_path: Path) -> None:
    longest = "x" * MAX_WORDING_CHARS
    path = _write(
        tmp_path / "b.json",
        _brand_file(
            name="n" * MAX_NAME_CHARS,
            safety={"check_up": {"heading": "h" * MAX_NAME_CHARS, "text": longest}},
        ),
    )
    assert load_brand(path).safety.section("check_up").text == longest


def test_not_json_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "b.json"
    broken.write_text('{"format": "brace-brand",', encoding="utf-8")
    with pytest.raises(
        PlanFileError, match=r"b\.json: line 1, column 26: the file is cut off: not valid JSON"
    ):
        load_brand(broken)
    with pytest.raises(PlanFileError, match="no such file"):
        load_brand(tmp_path / "missing.json")


def test_saving_keeps_only_what_the_clinic_set_and_reads_back_the_same(tmp_path: Path) -> None:
    wording = (
        SafetyWording()
        .with_section("emergency", SafetySection("Call 999 now", ""))
        .with_section("first_aid", SafetySection("", "- Ice it.\n- Call us."))
        .with_section("soreness", BUILT_IN_SAFETY["soreness"])
    )
    brand = Brand("Clinic <b>& Co", "0123", tmp_path / "logo.png", wording)
    path = tmp_path / "clinic.json"
    save_brand(brand, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw == {
        "format": "brace-brand",
        "version": 1,
        "name": "Clinic <b>& Co",
        "contact": "0123",
        "logo": "logo.png",
        "safety": {
            "emergency": {"heading": "Call 999 now"},
            "first_aid": {"text": "- Ice it.\n- Call us."},
        },
    }
    again = load_brand(path)
    assert again.logo_path == tmp_path / "logo.png"
    assert (again.name, again.contact) == (brand.name, brand.contact)
    for key in SAFETY_KEYS:
        assert again.safety.section(key) == brand.safety.section(key)


def test_a_logo_outside_the_brand_files_folder_is_saved_as_an_absolute_path(
    tmp_path: Path,
) -> None:
    (tmp_path / "share").mkdir()
    logo = tmp_path / "logos" / "logo.png"
    raw = json.loads(brand_to_bytes(Brand(logo_path=logo), tmp_path / "share" / "c.json"))
    assert raw["logo"] == str(logo)
    assert "safety" not in raw


# -- the red-flag tiers ----------------------------------------------------------------------

#: A brand file written before the `same_day` and `soon` parts existed (the README's example).
BEFORE_TIERS = Path(__file__).parents[1] / "assets" / "clinic-before-tiers.json"


def test_a_brand_file_from_before_the_tiers_loads_with_the_built_in_same_day_and_soon() -> None:
    brand = load_brand(BEFORE_TIERS)
    safety = brand.safety
    assert safety.section("emergency") == SafetySection(
        "Call 999 or go to A&E now", "if you notice any of these:"
    )
    assert safety.section("same_day") == BUILT_IN_SAFETY["same_day"]
    assert safety.section("soon") == BUILT_IN_SAFETY["soon"]
    assert set(safety.changed()) == {"emergency", "first_aid", "closing"}


def test_the_same_day_and_soon_parts_are_read_and_written(tmp_path: Path) -> None:
    raw = _brand_file(
        safety={
            "same_day": {"heading": "Ring Northside today", "text": "if any of these:"},
            "soon": {"heading": "Book with Northside this week"},
        }
    )
    brand = load_brand(_write(tmp_path / "clinic.json", raw))
    assert brand.safety.section("same_day") == SafetySection(
        "Ring Northside today", "if any of these:"
    )
    assert brand.safety.section("soon") == SafetySection(
        "Book with Northside this week", BUILT_IN_SAFETY["soon"].text
    )
    again = tmp_path / "again.json"
    save_brand(brand, again)
    written = json.loads(again.read_text(encoding="utf-8"))
    assert written["safety"] == raw["safety"]
    assert load_brand(again) == brand


def test_a_misspelt_tier_is_refused_with_its_place(tmp_path: Path) -> None:
    path = _write(tmp_path / "clinic.json", _brand_file(safety={"same-day": {"heading": "x"}}))
    with pytest.raises(PlanFileError, match=r"safety\.same-day: unknown key"):
        load_brand(path)
