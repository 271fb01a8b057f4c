"""Peak memory of the window with the largest benchmark plan open, beside a bare window's.

Each measurement is a process of its own, so neither inherits the other's heap (nor `make
bench`'s): a child starts the real application (`ui.app.make_application`, `MainWindow`) in
temporary settings and data folders, opens either a blank plan (File ▸ New: the bare window)
or the 52-week plan of bench_check (6 sessions a week, 20 items a session, 6,240 items, on its
catalog, as bench_edit opens it), shows it at 1280 × 800 and waits until the first frame is
exposed and the findings panel and load chart show the checked plan. It then does what a user
looking through the plan does: opens every week and every session in the editor, makes one
undoable load edit, waiting each time for the panels to catch up, and exports the handout
(the window's export job, run on the main thread to wait for it). Every step runs from the
event loop, so what the window lets go of (`deleteLater`) is freed as it is in use; a loop
of bare `processEvents()` calls never frees it and grows by about 100 MB per tour of the big
plan, an artefact of the measurement, not of the window. The child reports the
peak resident set size of its whole life (VmHWM, as bench_start; where there is no /proc,
the ru_maxrss that wait4 reports). Goal: under 250 MB with the big plan open.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from benchmarks.bench_start import child_environment

GOAL_MIB = 250.0
RUNS = 2
TIMEOUT_S = 180
#: The child's last line on stderr: its peak resident set size in KiB.
REPORT = "bench-memory: peak KiB"

CHILD_SCRIPT = f"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from planner_gui.ui.export.worker import ExportJob
from planner_gui.ui.app import make_application
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.analysis import analysis_for
from planner_gui.ui.models.plan_model import COL_LOAD, ItemPath

app = make_application()
if sys.argv[1] == "plan":
    from benchmarks.bench_check import _catalog, build_program
    window = MainWindow(build_program(), catalog=_catalog(), autosave_interval_ms=3_600_000)
else:
    window = MainWindow(autosave_interval_ms=3_600_000)
window.resize(1280, 800)
window.show()
model, panel, chart = window.model, window.findings_panel, window.load_chart
analysis = analysis_for(model)


def high_water():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


marks = {{}}


def shown():
    revision = analysis.revision()
    return panel.revision_shown() == chart.revision_shown() == revision


def until(done, limit_s=60.0):
    deadline = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > deadline:
            raise SystemExit("the window did not settle")
        yield


def steps():
    yield from until(lambda: window.windowHandle().isExposed() and shown())
    program = model.program()
    for week_index, week in enumerate(program.weeks):
        window.editor.select_week(week_index)
        yield
        for session_index in range(len(week.sessions)):
            window.editor.select_session(session_index)
            yield
    if program.weeks and program.weeks[0].sessions:
        path = ItemPath(0, 0, program.weeks[0].sessions[0].blocks[1].kind, 0)
        before = analysis.revision()
        model.setData(model.item_index(path, COL_LOAD), 99.5)
        yield from until(lambda: analysis.revision() > before and shown())
    marks["before export"] = high_water()
    # Export PDF, as the window's worker does it (on this thread, to wait for it simply).
    job = ExportJob(model.program(), model.catalog(), Path(sys.argv[2]) / "handout.pdf")
    job.run()
    assert job.done.is_set() and (Path(sys.argv[2]) / "handout.pdf").stat().st_size > 0


# Every step runs from the event loop, as a user's clicks do, so widgets the window lets go
# of (deleteLater) are freed between steps as they are in use.
pending = steps()


def step():
    try:
        next(pending)
    except StopIteration:
        app.exit(0)
    else:
        QTimer.singleShot(0, step)


QTimer.singleShot(0, step)
code = app.exec()
window.undo_stack.setClean()
window.close()
sys.stderr.write("{REPORT} %d %d\\n" % (marks.get("before export", 0), high_water()))
sys.exit(code)
"""


def peak_kib(kind: str, scratch: Path) -> tuple[int, int]:
    """One child's peak resident set size in KiB before the export and over its whole life;
    `kind` is "plan" or "bare"."""
    env = child_environment(scratch)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")]
    )
    with tempfile.TemporaryFile(dir=scratch) as errors:
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD_SCRIPT, kind, str(scratch)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        # A window that never settles is killed rather than waited on forever.
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        usage_peak = 0
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            # Linux reports KiB, macOS bytes.
            usage_peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        else:
            process.wait()
        watchdog.cancel()
        errors.seek(0)
        lines = errors.read().decode(errors="replace").splitlines()
    if process.returncode != 0:
        raise RuntimeError(f"the {kind} window exited {process.returncode}: {lines[-5:]}")
    reported = [line.split()[-2:] for line in lines if line.startswith(REPORT)]
    if not reported:
        return 0, usage_peak
    before, whole = (int(value) for value in reported[0])
    return before, whole or usage_peak


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="brace-bench-memory-") as folder:
        scratch = Path(folder)
        peaks: dict[str, list[tuple[int, int]]] = {"bare": [], "plan": []}
        for _ in range(RUNS):
            for kind in peaks:
                peaks[kind].append(peak_kib(kind, scratch))
    (bare_open, bare), (plan_open, plan) = (
        (max(p[0] for p in peaks[kind]) / 1024, max(p[1] for p in peaks[kind]) / 1024)
        for kind in ("bare", "plan")
    )
    verdict = "meets" if plan < GOAL_MIB else "MISSES"
    print(f"window peak memory (VmHWM, highest of {RUNS} runs each; before the export, whole run):")
    print(f"  bare window (File ▸ New): {bare_open:.0f} MiB, {bare:.0f} MiB with its export")
    print(
        f"  52 weeks × 6 sessions × 20 items, every week and session opened, one edit: "
        f"{plan_open:.0f} MiB, {plan:.0f} MiB with its export "
        f"({plan - bare:+.0f} MiB over bare; goal < {GOAL_MIB:.0f} MiB: {verdict})"
    )


if __name__ == "__main__":
    main()
