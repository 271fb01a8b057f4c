"""`make bench`: run every benchmarks/bench_*.py module's `main()` in turn."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
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
