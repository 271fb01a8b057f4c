"""`make bench`: run every benchmarks/bench_*.py module's `main()` in turn."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def _quiet_offscreen_notice() -> None:
    """Drop the offscreen platform's notice for every shown window: noise in a report."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main() -> int:
    _quiet_offscreen_notice()
    here = Path(__file__).parent
    selected = sys.argv[1:]
    for module in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not module.name.startswith("bench_"):
            continue
        if selected and module.name not in selected:
            continue
        print(f"== {module.name}", flush=True)
        importlib.import_module(f"benchmarks.{module.name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
