"""`planner-gui check`, `rules` and `export`: the headless commands, which never load Qt.

With no command `planner-gui` opens the window instead; `planner_gui.launcher` decides which.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from planner_gui import __version__
from planner_gui.cli import check, export

#: Subcommand modules; each names its `COMMANDS`, offers `add_parser(subparsers)` and sets
#: `func` to its runner.
SUBCOMMANDS: tuple[ModuleType, ...] = (check, export)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner-gui",
        description="Brace Planner: build, check and print back-friendly training programs.",
        epilog="With no subcommand, opens the window (on PLAN when given).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.add_parser(subparsers)
    return parser


def command_names() -> set[str]:
    """The words that start a headless command (`planner-gui check ...`)."""
    return {name for module in SUBCOMMANDS for name in module.COMMANDS}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        parser.error(f"choose a command: {', '.join(sorted(command_names()))}")
    try:
        result: int = args.func(args)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())
