"""The full handout (a dated page per session, with the plan check) for the tests written
for it: `write_handout` and `render_handout` as the export offers them, with the full layout
unless a test asks for other options."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner_gui.export import handout
from planner_gui.export.options import HandoutOptions

FULL = HandoutOptions(layout="full", plan_check=True)


def write_handout(*args: Any, **kwargs: Any) -> None:
    kwargs.setdefault("options", FULL)
    handout.write_handout(*args, **kwargs)


def render_handout(*args: Any, **kwargs: Any) -> bytes:
    kwargs.setdefault("options", FULL)
    return handout.render_handout(*args, **kwargs)


__all__ = ["FULL", "Path", "render_handout", "write_handout"]
