"""The window starts without what its first frame does not need (issue 8: a fast start).

reportlab, QtPdf and QtPrintSupport load on the first export, preview or print. Each check
runs in a fresh interpreter, since this test process has long imported everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from planner_gui.resources import SAMPLE_PLAN

#: Imported only when the handout is made, previewed or printed.
DEFERRED = ("reportlab", "PIL", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport")


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRACE_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
    )
    script = textwrap.dedent(code) + textwrap.dedent(
        f"""
        import sys
        loaded = [
            d for d in {DEFERRED!r}
            if any(name == d or name.startswith(d + ".") for name in sys.modules)
        ]
        assert not loaded, f"imported at start: {{loaded}}"
        """
    )
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )


def test_importing_the_window_does_not_import_reportlab_or_qtpdf(tmp_path: Path) -> None:
    result = _run(
        """
        import planner_gui.launcher
        import planner_gui.cli
        import planner_gui.ui.app
        import planner_gui.ui.main_window
        import planner_gui.ui.export.actions
        import planner_gui.ui.export.worker
        import planner_gui.ui.dialogs.preferences
        import planner_gui.ui.settings
        import planner_gui.export
        import planner_gui.export.brand
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_the_real_start_to_its_first_frame_imports_none_of_them(tmp_path: Path) -> None:
    """`planner-gui PLAN` as the start-up benchmark runs it: it quits by itself once the
    window's first frame is shown, with the plan loaded and checked."""
    result = _run(
        f"""
        import os
        os.environ["BRACE_QUIT_AFTER_FIRST_FRAME"] = "1"
        from planner_gui.launcher import main
        from planner_gui.ui import app

        opened = []
        real_open = app.open_window

        def open_window(path):
            opened.append(real_open(path))
            return opened[-1]

        app.open_window = open_window
        assert main([{str(SAMPLE_PLAN)!r}]) == 0
        (window,) = opened
        assert window.isVisible()
        assert window.model.program().title == "Back-friendly strength, 8 weeks"
        assert window.findings_panel.revision_shown() >= 0
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_the_headless_check_does_not_import_reportlab(tmp_path: Path) -> None:
    result = _run(
        f"""
        from planner_gui.cli import build_parser
        from planner_gui.launcher import main
        build_parser()
        assert main(["check", {str(SAMPLE_PLAN)!r}]) in (0, 1)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_the_window_domain_imported_before_qt_needs_no_qt(tmp_path: Path) -> None:
    """`planner_gui.launcher.WINDOW_DOMAIN` loads before PySide6 so PySide never reads its source:
    none of it may pull Qt in itself."""
    result = _run(
        """
        import sys
        from importlib import import_module
        from planner_gui.launcher import WINDOW_DOMAIN
        for name in WINDOW_DOMAIN:
            import_module(name)
        qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
        assert not qt, qt
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
