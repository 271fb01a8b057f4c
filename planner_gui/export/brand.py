"""Who hands the program out. The brand is domain data (`planner_gui.domain.brand`, which a
brand file loads into); the handout only reads it, and takes it from here."""

from __future__ import annotations

from planner_gui.domain.brand import Brand

__all__ = ["Brand"]
