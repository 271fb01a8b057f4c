"""Brand files (`clinic.json`): a clinic's name, contact line, logo and safety-page wording,
shared between colleagues, the window (Preferences ▸ Import/Export) and `export --brand-file`.

A small versioned format of its own, refused like a plan file when it is not right: one line
naming the file and the place, unknown keys and over-long texts included. Only what a clinic
set is written; a part of the safety page left out prints the built-in wording. The logo is
written relative to the brand file when it lies in the file's folder (so the folder can be
copied whole), else as an absolute path, and is read relative to the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError

from planner_gui.domain.atomic import write_bytes_atomic
from planner_gui.domain.brand import SAFETY_KEYS, Brand, SafetySection, SafetyWording
from planner_gui.domain.errors import PlanFileError, from_validation_error
from planner_gui.domain.jsonfile import read_json_object
from planner_gui.domain.limits import MAX_NAME_CHARS, MAX_PATH_CHARS, MAX_WORDING_CHARS
from planner_gui.domain.models import StrictModel

BRAND_FORMAT = "brace-brand"
BRAND_VERSION = 1

Heading = Annotated[str, Field(max_length=MAX_NAME_CHARS)]
Wording = Annotated[str, Field(max_length=MAX_WORDING_CHARS)]


class SectionModel(StrictModel):
    """A part of the safety page with a heading."""

    heading: Heading = ""
    text: Wording = ""


class ClosingModel(StrictModel):
    """The closing line: text only."""

    text: Wording = ""


class SafetyModel(StrictModel):
    """The parts of the safety page a clinic words itself; `domain.brand.SAFETY_KEYS`."""

    emergency: SectionModel | None = None
    #: The `same_day` and `soon` tiers came later; a file without them loads as before.
    same_day: SectionModel | None = None
    soon: SectionModel | None = None
    soreness: SectionModel | None = None
    first_aid: SectionModel | None = None
    check_up: SectionModel | None = None
    closing: ClosingModel | None = None


class BrandFileModel(StrictModel):
    """Version 1 of the brand file."""

    format: str
    version: int
    name: Heading = ""
    contact: Heading = ""
    logo: Annotated[str, Field(max_length=MAX_PATH_CHARS)] = ""
    safety: SafetyModel = SafetyModel()


def parse_brand(raw: dict[str, Any], path: Path | str) -> Brand:
    """Validate an already-read brand file; PlanFileError (file and place) when it is wrong."""
    fmt = raw.get("format")
    if fmt != BRAND_FORMAT:
        if fmt is None:
            raise PlanFileError(
                path, f'is not a Brace Planner brand file (no "format": "{BRAND_FORMAT}")'
            )
        raise PlanFileError(path, f"must be {BRAND_FORMAT!r}, not {fmt!r}", "format")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PlanFileError(path, "must be a whole number", "version")
    if version > BRAND_VERSION:
        raise PlanFileError(
            path,
            f"was saved by a newer Brace Planner (brand file version {version}; this version "
            f"reads up to {BRAND_VERSION}); update Brace Planner to read it",
            "version",
        )
    if version < BRAND_VERSION:
        raise PlanFileError(path, f"brand file version {version} is not supported", "version")
    try:
        model = BrandFileModel.model_validate(raw)
    except ValidationError as error:
        raise from_validation_error(path, error) from None
    wording = SafetyWording()
    for key in SAFETY_KEYS:
        part = getattr(model.safety, key)
        if part is not None:
            heading = part.heading if isinstance(part, SectionModel) else ""
            wording = wording.with_section(key, SafetySection(heading, part.text))
    logo = Path(model.logo) if model.logo.strip() else None
    if logo is not None and not logo.is_absolute():
        logo = Path(path).parent / logo
    return Brand(name=model.name, contact=model.contact, logo_path=logo, safety=wording)


def load_brand(path: Path | str) -> Brand:
    """Read a brand file; PlanFileError (one line, file and place) on any bad input."""
    return parse_brand(read_json_object(path), path)


def brand_to_bytes(brand: Brand, path: Path | str) -> bytes:
    """The bytes `brand` is saved as at `path`: indented UTF-8 JSON, what the clinic set."""
    raw: dict[str, Any] = {
        "format": BRAND_FORMAT,
        "version": BRAND_VERSION,
        "name": brand.name,
        "contact": brand.contact,
    }
    if brand.logo_path is not None:
        raw["logo"] = _logo_text(brand.logo_path, Path(path))
    safety: dict[str, dict[str, str]] = {}
    for key, section in brand.safety.changed().items():
        part = {"heading": section.heading, "text": section.text}
        safety[key] = {name: value for name, value in part.items() if value}
    if safety:
        raw["safety"] = safety
    text = json.dumps(raw, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def save_brand(brand: Brand, path: Path | str) -> None:
    """Save atomically: an earlier file stays intact if anything fails before the rename."""
    write_bytes_atomic(Path(path), brand_to_bytes(brand, path))


def _logo_text(logo: Path, path: Path) -> str:
    """The logo relative to the brand file's folder when it lies inside it, else absolute."""
    folder = path.absolute().parent
    absolute = logo if logo.is_absolute() else Path.cwd() / logo
    try:
        return absolute.relative_to(folder).as_posix()
    except ValueError:
        return str(absolute)
