"""Where the bundled assets (catalog, templates, fonts) live."""

from __future__ import annotations

import os
from pathlib import Path

ASSETS_DIR = Path(os.environ.get("BRACE_ASSETS", Path(__file__).resolve().parent.parent / "assets"))
CATALOG_PATH = ASSETS_DIR / "catalog.json"
TEMPLATES_DIR = ASSETS_DIR / "templates"
FONTS_DIR = ASSETS_DIR / "fonts"
SAMPLE_PLAN = TEMPLATES_DIR / "back-friendly-strength-8wk.brace.json"


def template_paths() -> list[Path]:
    """The bundled sample programs, sorted by file name."""
    return sorted(TEMPLATES_DIR.glob("*.brace.json"))
