"""The printable handout: a program turned into a PDF with reportlab (never Qt).

`write_handout` and friends are looked up on first use, so importing a light submodule
(`planner_gui.export.brand`, which the window's preferences need at start) does not import
reportlab.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from planner_gui.export.brand import Brand

if TYPE_CHECKING:
    from planner_gui.export.handout import (
        ExportCancelled,
        HandoutLayoutError,
        render_handout,
        write_handout,
    )

__all__ = ["Brand", "ExportCancelled", "HandoutLayoutError", "render_handout", "write_handout"]

#: Names this package offers from its handout module, imported when first asked for.
_FROM_HANDOUT = ("ExportCancelled", "HandoutLayoutError", "render_handout", "write_handout")


def __getattr__(name: str) -> Any:
    """`from planner_gui.export import write_handout`: defers reportlab until it is used."""
    if name in _FROM_HANDOUT:
        return getattr(import_module("planner_gui.export.handout"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
