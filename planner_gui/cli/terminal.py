"""The one way the command line writes to the terminal: every line made safe to show.

Plan text is data. A session name holding `ESC[2J` must not clear the user's screen, an OSC 52
sequence must not reach the clipboard, a right-to-left override must not make a line read
backwards. So every line goes through `say` (stdout) or `warn` (stderr), which show control
characters as visible escapes (`\\x1b`, `\\n`, `\\u202e`); nothing in `planner_gui.cli` prints
any other way (a test greps for it). JSON output is escaped the JSON way instead (`json_text`),
so it stays valid and decodes to the plan's real text.

A standard output that cannot be written (a full disk, `> /dev/full`, a closed stdout) raises
OutputError, which `planner_gui.cli.main` turns into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import json
import os
import re
import sys
from typing import IO, Any

from planner_gui.domain.display_text import TERMINAL_UNSAFE, terminal_text

#: What `json.dumps` leaves raw of TERMINAL_UNSAFE: it escapes every C0 control inside a
#: string, so a raw line break in its output is the indentation's own.
_UNSAFE_IN_JSON = re.compile(f"(?![\x00-\x1f]){TERMINAL_UNSAFE.pattern}")
#: What is never written raw (domain.display_text): C0 controls (newline and tab too: inside
#: a field they are data), DEL, C1 controls, lone surrogates (an undecodable file name), the
#: line and paragraph separators and the bidirectional controls and marks.
UNSAFE = TERMINAL_UNSAFE


class OutputError(Exception):
    """The standard output cannot take what the command writes; `str()` says why."""

    def __init__(self, reason: str, *, quiet: bool = False) -> None:
        super().__init__(reason)
        #: The reader went away (`| head`): end without a word, as command-line tools do.
        self.quiet = quiet


def printable(text: str) -> str:
    """`text` with every UNSAFE character shown as an escape: `\\x1b`, `\\n`, `\\u202e`
    (`domain.display_text.terminal_text`, which the window and the handout share)."""
    return terminal_text(text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: Any, *, ascii_only: bool) -> str:
    """`value` as indented JSON with no UNSAFE character left raw in it.

    `json.dumps` escapes C0 controls but writes DEL, C1, bidi controls and lone surrogates
    raw unless `ascii_only`; those can only stand inside JSON strings, so writing them as
    `\\uXXXX` keeps the JSON valid and `json.loads` gives back exactly the original text.
    """
    text = json.dumps(value, indent=2, ensure_ascii=ascii_only)
    return _UNSAFE_IN_JSON.sub(_json_escape, text)


def prepare_stdout() -> bool:
    """Make printing safe on a terminal that cannot show "·", "→" or "×"; True if it can.

    With a non-Unicode stdout (PYTHONIOENCODING=ascii, an old code page) such characters
    become "?" instead of ending the command with a UnicodeEncodeError traceback. JSON output
    should use `ascii_only` when this returns False, so it stays exact.
    """
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        unicode = codecs.lookup(encoding).name in {"utf-8", "utf-16", "utf-32", "utf-8-sig"}
    except LookupError:
        unicode = False
    if not unicode and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")
    return unicode


def say(line: str = "") -> None:
    """Write one line to stdout, escaped; OutputError when stdout cannot take it."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (`>&-`)
        raise OutputError("the standard output is closed")
    try:
        stream.write(printable(line) + "\n")
    except BrokenPipeError:
        raise OutputError("the reader has gone", quiet=True) from None
    except (OSError, ValueError) as error:  # ValueError: a closed file object
        raise OutputError(_reason(error)) from None


def say_lines(text: str) -> None:
    """`say` each line of program-made text (JSON, wrapped paragraphs); user text never.

    The line breaks here are the program's own; a line break inside plan text must reach
    `say` whole, so that it is shown as `\\n`.
    """
    for line in text.split("\n"):
        say(line)


def warn(line: str) -> None:
    """Write one line to stderr, escaped; when stderr itself is gone there is no one to tell."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(printable(line) + "\n")
        stream.flush()


def show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: IO[str] | None = None,
    line: str | None = None,
) -> None:
    """`warnings.showwarning` for the commands: a library's warning as one escaped line."""
    warn(f"planner-gui: warning: {message}")


def flush() -> None:
    """Push out what stdout holds, so that a full disk is reported here, not at exit."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
    except BrokenPipeError:
        raise OutputError("the reader has gone", quiet=True) from None
    except (OSError, ValueError) as error:
        raise OutputError(_reason(error)) from None


def silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's own flush at exit cannot fail.

    After a failed write the unwritten text stays buffered; Python would try again at exit
    and print "Exception ignored ... OSError" with exit code 120.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


class Parser(argparse.ArgumentParser):
    """argparse's parser, writing its usage, help and errors through `say` and `warn`.

    Its messages quote the command line (`unrecognized arguments: ...`), which may hold
    escape sequences like any other text the user did not type themselves.
    """

    def _print_message(self, message: str, file: object = None) -> None:
        if not message:
            return
        lines = message.removesuffix("\n").split("\n")
        if file is sys.stderr:
            for line in lines:
                warn(line)
            return
        for line in lines:
            say(line)
        flush()
