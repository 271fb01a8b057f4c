"""Start-up time: opening the window on the 8-week sample, against a floor in the same run.

Both are whole processes, run interleaved on the same machine and timed from spawn to exit.
The app is the real `planner-gui PLAN` start with BRACE_QUIT_AFTER_FIRST_FRAME=1, which leaves
the event loop once the window's first frame is shown (see `planner_gui.ui.app`). The floor
(`FLOOR_SCRIPT`) is what any Qt window on this plan must cost: it imports PySide6's QtWidgets
and QtCharts and pydantic, parses the catalog and the plan as JSON, shows a window with a
chart view and leaves the same way. Goal: the app's median within 1.5× the floor's.

Bytecode is cached (in a temporary PYTHONPYCACHEPREFIX, warmed by one untimed run of each) so
the numbers are those of every start after the first; settings and data folders are
temporary, so the user's window state and autosaves are neither read nor touched. Peak memory
is each process's maximum resident set size.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from planner_gui.resources import CATALOG_PATH, SAMPLE_PLAN

RUNS = 7
GOAL_RATIO = 1.5
TIMEOUT_S = 60

FLOOR_SCRIPT = """
import json, sys
from pathlib import Path
import pydantic
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
window = QMainWindow()
window.setCentralWidget(QChartView(QChart()))
window.resize(1280, 800)
window.show()

class QuitAfterExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: app.exit(0))
        return False

quitter = QuitAfterExpose()
window.windowHandle().installEventFilter(quitter)
sys.exit(app.exec())
"""


def app_command(plan: Path) -> list[str]:
    """The installed `planner-gui` script next to this interpreter, else `-m planner_gui`."""
    script = Path(sys.executable).with_name("planner-gui")
    if script.is_file():
        return [sys.executable, str(script), str(plan)]
    return [sys.executable, "-m", "planner_gui", str(plan)]


def floor_command(plan: Path) -> list[str]:
    return [sys.executable, "-c", FLOOR_SCRIPT, str(CATALOG_PATH), str(plan)]


def child_environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        BRACE_QUIT_AFTER_FIRST_FRAME="1",
        BRACE_DATA_DIR=str(scratch / "data"),
        XDG_CONFIG_HOME=str(scratch / "config"),
        PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
    )
    return env


def run_once(command: list[str], env: dict[str, str], scratch: Path) -> tuple[float, int]:
    """Seconds from spawn to exit, and the process's peak RSS in KiB (0 if unknown)."""
    with tempfile.TemporaryFile(dir=scratch) as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
        )
        # A start that never reaches its first frame is killed rather than waited on forever.
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        peak = 0
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            # Linux reports KiB, macOS bytes.
            peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        else:
            process.wait()
            elapsed = time.perf_counter() - start
        watchdog.cancel()
        if process.returncode != 0:
            errors.seek(0)
            detail = errors.read().decode(errors="replace").strip().splitlines()[-5:]
            raise RuntimeError(f"{command[1:3]} exited {process.returncode}: {detail}")
    return elapsed, peak


def main() -> None:
    plan = SAMPLE_PLAN
    with tempfile.TemporaryDirectory(prefix="brace-bench-start-") as folder:
        scratch = Path(folder)
        env = child_environment(scratch)
        commands = {"floor": floor_command(plan), "app": app_command(plan)}
        for command in commands.values():  # untimed: fills the bytecode and file caches
            run_once(command, env, scratch)
        times: dict[str, list[float]] = {name: [] for name in commands}
        peaks: dict[str, list[int]] = {name: [] for name in commands}
        for run in range(RUNS):
            # Alternate which goes first, so neither always follows the other.
            order = list(commands) if run % 2 == 0 else list(reversed(commands))
            for name in order:
                seconds, peak = run_once(commands[name], env, scratch)
                times[name].append(seconds)
                peaks[name].append(peak)
    floor = statistics.median(times["floor"])
    app = statistics.median(times["app"])
    ratio = app / floor
    print(f"window start on {plan.name}, whole process to first frame (median of {RUNS}):")
    print(
        f"  app   median {app:.3f} s (min {min(times['app']):.3f}), "
        f"peak RSS {max(peaks['app']) / 1024:.0f} MiB"
    )
    print(
        f"  floor median {floor:.3f} s (min {min(times['floor']):.3f}), "
        f"peak RSS {max(peaks['floor']) / 1024:.0f} MiB "
        "(QtWidgets + QtCharts + pydantic, JSON parse, window with a chart view)"
    )
    verdict = "meets" if ratio <= GOAL_RATIO else "MISSES"
    print(f"  ratio {ratio:.2f}× (goal ≤ {GOAL_RATIO}×): {verdict}")


if __name__ == "__main__":
    main()
