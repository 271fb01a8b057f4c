"""`planner-gui check`, `rules`, `export` and `new`: the headless commands, which never load Qt.

With no command `planner-gui` opens the window instead; `planner_gui.launcher` decides which.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from types import ModuleType

from planner_gui import __version__
from planner_gui.cli import adjust, catalog, check, checkin, export, new, terminal
from planner_gui.cli.common import EXIT_BAD_INPUT

#: Subcommand modules; each names its `COMMANDS`, offers `add_parser(subparsers)` and sets
#: `func` to its runner.
SUBCOMMANDS: tuple[ModuleType, ...] = (check, export, checkin, adjust, catalog, new)


def build_parser() -> argparse.ArgumentParser:
    parser = terminal.Parser(
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
    """Run one command; its exit code (see each command), or 2 when stdout cannot be written.

    A full disk or a closed stdout ends with one line on stderr; a reader that went away
    (`planner-gui check PLAN | head`) ends quietly, as other command-line tools do.
    """
    try:
        with warnings.catch_warnings():
            warnings.showwarning = terminal.show_warning  # a library's warning: one line too
            result = _run(list(sys.argv[1:] if argv is None else argv))
        terminal.flush()
    except terminal.OutputError as error:
        terminal.silence_stdout()
        if not error.quiet:
            terminal.warn(f"planner-gui: cannot write the output: {error}")
        return EXIT_BAD_INPUT
    return result


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error(f"choose a command: {', '.join(sorted(command_names()))}")
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
