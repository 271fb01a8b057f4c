"""Start-up time: opening the window on the 8-week sample, against a floor in the same run.

Both are whole processes, run interleaved on the same machine and timed from spawn to exit.
The app is the real start, `planner_gui.launcher.main([PLAN])` exactly as the `planner-gui`
script calls it, with BRACE_QUIT_AFTER_FIRST_FRAME=1 so it leaves its event loop once the
window's first frame is shown (see `planner_gui.ui.app`). The floor (`FLOOR_SCRIPT`) is what
any Qt window on this plan must cost: it imports PySide6's QtWidgets and QtCharts and pydantic,
parses the catalog and the plan as JSON, shows a window with a chart view and leaves the same
way. Goal: the app's whole-process median within 1.5× the floor's.

Each child also notes when its event loop returned, so the report splits the whole process
into the start (spawn to first frame) and the exit after it (interpreter and Qt teardown).

Bytecode is cached (in a temporary PYTHONPYCACHEPREFIX, warmed by one untimed run of each) so
the numbers are those of every start after the first; settings and data folders are
temporary, so the user's window state and autosaves are neither read nor touched. Peak memory
is each process's peak resident set size up to its first frame (VmHWM; where there is no
/proc, the ru_maxrss that wait4 reports).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from planner_gui.resources import CATALOG_PATH, SAMPLE_PLAN

RUNS = 7
GOAL_RATIO = 1.5
TIMEOUT_S = 60
#: Written to stderr by each child once its event loop has returned (right after the first
#: frame), with time.time() and the peak resident set size so far in KiB.
LOOP_DONE = "bench-start: event loop done at"
#: The children's last lines. VmHWM counts this process image only; a child's ru_maxrss on
#: Linux starts from the parent's size at fork, which a long `make bench` run has grown.
REPORT = f"""
import time
peak = 0
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
except OSError:
    pass
sys.stderr.write("{LOOP_DONE} %r %d\\n" % (time.time(), peak))
sys.exit(code)
"""

FLOOR_SCRIPT = (
    """
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
code = app.exec()
"""
    + REPORT
)

APP_SCRIPT = (
    """
import sys
from planner_gui.launcher import main
code = main(sys.argv[1:])
"""
    + REPORT
)


@dataclass(frozen=True)
class Run:
    seconds: float  # spawn to exit
    to_first_frame: float  # spawn to the end of the event loop, right after the first frame
    peak_kib: int  # peak resident set size up to the first frame (0 where unknown)


def app_command(plan: Path) -> list[str]:
    return [sys.executable, "-c", APP_SCRIPT, str(plan)]


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


def run_once(command: list[str], env: dict[str, str], scratch: Path) -> Run:
    with tempfile.TemporaryFile(dir=scratch) as errors:
        wall_start = time.time()
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
        errors.seek(0)
        lines = errors.read().decode(errors="replace").splitlines()
    if process.returncode != 0:
        raise RuntimeError(f"{command[1:2]} exited {process.returncode}: {lines[-5:]}")
    done = [line.split()[-2:] for line in lines if line.startswith(LOOP_DONE)]
    if not done:
        raise RuntimeError(f"{command[1:2]} did not report the end of its event loop: {lines}")
    at, own_peak = float(done[0][0]), int(done[0][1])
    return Run(elapsed, at - wall_start, own_peak or peak)


def measure(plan: Path, runs: int = RUNS) -> dict[str, list[Run]]:
    """`runs` interleaved runs each of the floor and the app, after one untimed warm-up."""
    with tempfile.TemporaryDirectory(prefix="brace-bench-start-") as folder:
        scratch = Path(folder)
        env = child_environment(scratch)
        commands = {"floor": floor_command(plan), "app": app_command(plan)}
        for command in commands.values():  # untimed: fills the bytecode and file caches
            run_once(command, env, scratch)
        results: dict[str, list[Run]] = {name: [] for name in commands}
        for run in range(runs):
            # Alternate which goes first, so neither always follows the other.
            order = list(commands) if run % 2 == 0 else list(reversed(commands))
            for name in order:
                results[name].append(run_once(commands[name], env, scratch))
    return results


def main() -> None:
    plan = SAMPLE_PLAN
    results = measure(plan)
    whole = {name: statistics.median(r.seconds for r in runs) for name, runs in results.items()}
    start = {
        name: statistics.median(r.to_first_frame for r in runs) for name, runs in results.items()
    }
    peak = {name: max(r.peak_kib for r in runs) / 1024 for name, runs in results.items()}
    print(f"window start on {plan.name}, whole process, median of {RUNS} interleaved runs:")
    for name, label in (
        ("app", "app  "),
        ("floor", "floor"),
    ):
        print(
            f"  {label} {whole[name]:.3f} s (min {min(r.seconds for r in results[name]):.3f}): "
            f"{start[name]:.3f} s to the first frame + {whole[name] - start[name]:.3f} s to "
            f"exit; peak RSS {peak[name]:.0f} MiB"
        )
    print("  floor: QtWidgets + QtCharts + pydantic, JSON parse, window with a chart view")
    ratio = whole["app"] / whole["floor"]
    verdict = "meets" if ratio <= GOAL_RATIO else "MISSES"
    print(
        f"  ratio {ratio:.2f}× whole process (goal ≤ {GOAL_RATIO}×: {verdict}); "
        f"{start['app'] / start['floor']:.2f}× to the first frame; "
        f"peak RSS {peak['app'] / peak['floor']:.2f}×"
    )


if __name__ == "__main__":
    main()
