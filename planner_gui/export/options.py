"""What the person exporting chooses: the layout and which parts the handout carries.

Kept free of reportlab so the command line and the window can offer the choices without
importing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Layout = Literal["compact", "full", "cards"]

#: Every layout, the default first.
LAYOUTS: tuple[Layout, ...] = get_args(Layout)
DEFAULT_LAYOUT: Layout = "compact"

LAYOUT_DESCRIPTIONS: dict[Layout, str] = {
    "compact": "an exercise guide once, then each session type as a table with weeks as columns",
    "full": "a dated page for every session, with its own log",
    "cards": "one session per half page (A5 when folded), to print a week or a session",
}


@dataclass(frozen=True)
class HandoutOptions:
    """The handout's layout and switches.

    The plan check is a coach's page (rule codes, warnings): athletes' handouts leave it out
    unless asked for; a coach files `planner-gui check --pdf` beside the handout instead.
    """

    layout: Layout = DEFAULT_LAYOUT
    log: bool = True
    chart: bool = True
    plan_check: bool = False

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {self.layout!r}")
