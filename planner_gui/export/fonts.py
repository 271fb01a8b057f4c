"""The embedded Unicode font (DejaVu Sans, shipped in assets/fonts with its licence).

reportlab's built-in Helvetica has no glyphs beyond Latin-1, so names such as
"Zoë Łukasiewicz" need a TrueType font embedded in the PDF.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Imported for its fix to reportlab: the text of emoji (beyond U+FFFF) reads back from a PDF.
from planner_gui.export import font_unicode  # noqa: F401
from planner_gui.resources import FONTS_DIR

REGULAR = "BraceSans"
BOLD = "BraceSans-Bold"
ITALIC = "BraceSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name.

    `<b>` and `<i>` inside paragraphs map to the bold and oblique faces.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
