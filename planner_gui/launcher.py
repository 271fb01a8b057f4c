"""`planner-gui` and `python -m planner_gui`: the window, or a headless command.

This module sits above both the window (`planner_gui.ui`) and the command line
(`planner_gui.cli`), which know nothing of each other: a first argument naming a command
(`check`, `rules`, `export`) or an option (`--help`, `--version`) goes to the command line,
which never loads Qt; anything else (nothing, or a PLAN) opens the window.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from planner_gui import cli
from planner_gui.cli.terminal import Parser

#: Pure-Python modules the window needs (with them pydantic and most of the domain), imported
#: before Qt: PySide reads the source of every module imported after it, looking for
#: `from __feature__ import`; ~20 ms at the window's start.
WINDOW_DOMAIN = (
    "planner_gui.domain.export_gate",
    "planner_gui.domain.formats",
    "planner_gui.domain.editing.placement",
    "planner_gui.domain.editing.transforms",
    "planner_gui.figures.lookup",
    "planner_gui.export.brand",
)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in cli.command_names() or args[0].startswith("-")):
        return cli.main(args)
    return open_window(args)


def open_window(args: Sequence[str]) -> int:
    """`planner-gui [PLAN]`: the window, on PLAN when given."""
    parser = Parser(prog="planner-gui", description="Open the window.")
    parser.add_argument("plan", nargs="?", type=Path, help="a .brace.json plan to open")
    plan: Path | None = parser.parse_args(args).plan
    # The start makes a few hundred thousand objects that live as long as the window: modules,
    # classes, pydantic schemas, Qt wrappers. The cyclic collector would walk them again and
    # again for nothing; `run` turns it back on, with them frozen, once the window is open.
    gc.disable()
    for name in WINDOW_DOMAIN:
        import_module(name)
    from planner_gui.ui.app import run  # deferred: Qt, which no headless command needs

    return run(plan)


if __name__ == "__main__":
    sys.exit(main())
