"""The brand logo is decoded completely before it goes on the cover, or refused in one line.

reportlab reads only the header: a PNG cut short failed mid-export with an object's repr in
a two-line message, and a progressive JPEG cut short printed as a grey box without a word.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image as PILImage

from planner_gui.export.cover import LOGO_MAX_PIXELS, LogoError, check_logo, logo_flowable


def _noise(size: tuple[int, int] = (240, 120)) -> PILImage.Image:
    """A picture that does not compress to nothing, so cutting it loses real image data."""
    return PILImage.effect_noise(size, 64).convert("RGB")


def _save(path: Path, **options: object) -> Path:
    _noise().save(path, **options)
    return path


def _cut(path: Path, keep: Callable[[int], int]) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: keep(len(data))])
    return path


def _one_line_naming(error: pytest.ExceptionInfo[LogoError], path: Path, fragment: str) -> None:
    text = str(error.value)
    assert "\n" not in text and "ImageReader" not in text and "identity=" not in text
    assert text.startswith(f"{path}: ")
    assert fragment in text


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("logo.png", {}),
        ("logo.jpg", {"quality": 90}),
        ("progressive.jpg", {"quality": 90, "progressive": True}),
    ],
)
def test_complete_logos_are_accepted(tmp_path: Path, name: str, options: dict[str, object]) -> None:
    path = _save(tmp_path / name, **options)
    assert check_logo(path) == (240, 120)
    image = logo_flowable(path)
    assert image.drawWidth > 0 and image.drawHeight > 0


@pytest.mark.parametrize(
    ("name", "options", "keep"),
    [
        ("half.png", {}, lambda size: size // 2),
        ("no-end.png", {}, lambda size: size - 12),  # the IEND chunk is gone
        ("half.jpg", {"quality": 90}, lambda size: size // 2),
        ("progressive-half.jpg", {"quality": 90, "progressive": True}, lambda size: size // 2),
        ("progressive-tail.jpg", {"quality": 90, "progressive": True}, lambda size: size - 2),
    ],
)
def test_logos_cut_short_are_refused(
    tmp_path: Path, name: str, options: dict[str, object], keep: Callable[[int], int]
) -> None:
    path = _cut(_save(tmp_path / name, **options), keep)
    with pytest.raises(LogoError) as error:
        logo_flowable(path)
    _one_line_naming(error, path, "damaged or cut short")


def test_not_an_image_missing_and_special_files(tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_bytes(b"not an image at all")
    with pytest.raises(LogoError) as error:
        check_logo(text)
    _one_line_naming(error, text, "a PNG or JPEG image is needed")

    missing = tmp_path / "absent.png"
    with pytest.raises(LogoError) as error:
        check_logo(missing)
    _one_line_naming(error, missing, "no such logo file")

    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)  # opening it to read would wait for a writer for ever
    with pytest.raises(LogoError) as error:
        check_logo(fifo)
    _one_line_naming(error, fifo, "not a regular file")

    with pytest.raises(LogoError) as error:
        check_logo(tmp_path)
    _one_line_naming(error, tmp_path, "not a regular file")


def test_other_image_formats_are_named(tmp_path: Path) -> None:
    gif = tmp_path / "logo.gif"
    _noise().convert("P").save(gif)
    with pytest.raises(LogoError) as error:
        check_logo(gif)
    _one_line_naming(error, gif, "is a GIF image; a PNG or JPEG image is needed")


def test_a_huge_logo_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    side = int(LOGO_MAX_PIXELS**0.5) + 1
    huge = tmp_path / "huge.png"
    PILImage.new("1", (side, side)).save(huge)  # a few kB on disk, 25 million pixels
    with pytest.raises(LogoError) as error:
        check_logo(huge)
    _one_line_naming(error, huge, "too large")
