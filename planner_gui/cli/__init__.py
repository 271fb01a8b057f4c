"""`planner-gui`: the window with no subcommand; `check`, `rules` and `export` headless."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from planner_gui import __version__

#: Subcommand modules; each offers `add_parser(subparsers)` and sets `func` to its runner.
SUBCOMMANDS = ("planner_gui.cli.check", "planner_gui.cli.export")
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner-gui",
        description="Brace Planner: build, check and print back-friendly training programs.",
        epilog="With no subcommand, opens the window (on PLAN when given).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        import_module(name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    commands = {name.rsplit(".", 1)[-1] for name in SUBCOMMANDS} | {"rules"}
    if not args_list or (args_list[0] not in commands and not args_list[0].startswith("-")):
        # The window needs none of the subcommands: their parser is not even built.
        return _open_window(args_list)
    args = build_parser().parse_args(args_list)
    if args.command is None:
        return _open_window([])
    try:
        result: int = args.func(args)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return result


def _open_window(args_list: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="planner-gui", description="Open the window.")
    parser.add_argument("plan", nargs="?", type=Path, help="a .brace.json plan to open")
    args = parser.parse_args(args_list)
    # The start makes a few hundred thousand objects that live as long as the window: modules,
    # classes, pydantic schemas, Qt wrappers. The cyclic collector would walk them again and
    # again for nothing; `run` turns it back on, with them frozen, once the window is open.
    gc.disable()
    for name in WINDOW_DOMAIN:
        import_module(name)
    from planner_gui.ui.app import run  # deferred: Qt, which no headless command needs

    return run(args.plan)


if __name__ == "__main__":
    sys.exit(main())
